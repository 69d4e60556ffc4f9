#include "server/httpconnection.h"

#include "server/errorresponse.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QTcpSocket>

#include <algorithm>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::HttpConnection)
};

QAtomicInteger<quint64> g_nextId = 1;

// Seconds a busy server asks a site to wait before it tries again.
constexpr int kBusyRetrySeconds = 5;

// After a refusal in the middle of a request, what the client still sends is discarded for a
// while (never more than this long, this much, or past a pause this long) before the connection
// closes, so that the client reads the refusal rather than a reset connection.
constexpr qint64 kDrainMs = 10'000;
constexpr qint64 kMaxDrainedBytes = 32 * 1024 * 1024;
constexpr int kDrainPauseMs = 1000;

// What one connection holds of what it received and has not read yet, and of answers the client
// has not read yet before the next request is read.
constexpr qint64 kReadBufferBytes = 64 * 1024;
constexpr qint64 kWriteBacklogBytes = 1024 * 1024;

}  // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const ServerLimits& limits, qsizetype maxBodyBytes,
                               BodyBudget& bodies, bool busy, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_maxBodyBytes(maxBodyBytes)
    , m_bodies(bodies)
    , m_busy(busy)
    , m_id(g_nextId.fetchAndAddRelaxed(1))
{
    m_socket->setParent(this);
    // Qt reads no more from the network than this while the connection is not reading (a request
    // being served, a refusal being drained): what a client sends then waits in its own buffers.
    m_socket->setReadBufferSize(kReadBufferBytes);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Head && m_socket->bytesToWrite() < kWriteBacklogBytes)
            readSome();
    });
    m_request.peer = m_socket->peerAddress();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::deadlinePassed);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readSome);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_deadline.stop();
        m_state = State::Closing;
        Q_EMIT finished(this);
    });
    waitForNext();
}

HttpConnection::~HttpConnection()
{
    releaseBody();
}

void HttpConnection::releaseBody()
{
    m_bodies.release(m_reserved);
    m_reserved = 0;
}

void HttpConnection::waitForNext()
{
    releaseBody();
    m_state = State::Head;
    m_request.method.clear();
    m_request.path.clear();
    m_request.headers.clear();
    m_request.body.clear();
    m_bodyLength = 0;
    if (!m_buffer.isEmpty())
        m_since.start();
    armDeadline();
    // What already arrived of the next request is read now; readyRead will not say it again.
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readSome, Qt::QueuedConnection);
}

void HttpConnection::armDeadline()
{
    using namespace std::chrono;
    if (m_state == State::Head && m_buffer.isEmpty()) {
        m_deadline.start(seconds(m_limits.idleSeconds));
        return;
    }
    if (m_state == State::Head) {
        m_deadline.start(std::max<qint64>(0, qint64(m_limits.headerSeconds) * 1000 - m_since.elapsed()));
        return;
    }
    if (m_state == State::Body) {
        // The body may take `headerSeconds` plus the time its bytes so far take at the minimum rate.
        const qint64 allowed = qint64(m_limits.headerSeconds) * 1000 +
                               qint64(m_request.body.size()) * 1000 / std::max(1, m_limits.minBytesPerSecond);
        m_deadline.start(std::max<qint64>(0, allowed - m_since.elapsed()));
        return;
    }
    m_deadline.stop();
}

void HttpConnection::deadlinePassed()
{
    if (m_state == State::Draining) {
        closeAfterWrite();
        return;
    }
    if (m_state == State::Head && m_buffer.isEmpty()) {
        // Idle: nothing was asked, so nothing is answered.
        closeAfterWrite();
        return;
    }
    if (m_state == State::Body) {
        // Re-armed by the bytes received since it was set: passed only when the rate stayed too low.
        const qint64 allowed = qint64(m_limits.headerSeconds) * 1000 +
                               qint64(m_request.body.size()) * 1000 / std::max(1, m_limits.minBytesPerSecond);
        if (m_since.elapsed() < allowed) {
            armDeadline();
            return;
        }
    }
    if (m_state == State::Head || m_state == State::Body)
        refuse(protocol::ErrorCode::RequestTimeout,
               Text::tr("The request did not arrive in time; the connection is closed."));
}

void HttpConnection::readSome()
{
    if (m_state == State::Draining) {
        drain();
        return;
    }
    // A client that sends requests without reading the answers is not read further until it does.
    if (m_socket->bytesToWrite() >= kWriteBacklogBytes)
        return;
    while (m_state == State::Head || m_state == State::Body) {
        if (m_state == State::Head) {
            if (m_buffer.isEmpty() && m_socket->bytesAvailable() == 0)
                return;
            if (m_buffer.isEmpty())
                m_since.start();
            // Blank lines between requests are allowed (RFC 9112) and skipped.
            while (m_buffer.isEmpty() && m_socket->bytesAvailable() >= 2 && m_socket->peek(2) == "\r\n")
                m_socket->skip(2);
            // Never more than the header limit is held before the head is complete.
            const qsizetype room = m_limits.maxHeaderBytes + 4 - m_buffer.size();
            if (room > 0)
                m_buffer.append(m_socket->read(room));
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > m_limits.maxHeaderBytes)
                    refuse(protocol::ErrorCode::MalformedBody,
                           Text::tr("The request's headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
                else
                    armDeadline();
                return;
            }
            if (!parseHead(headEnd))
                return;
            continue;
        }
        // Body: only this request's bytes; a following request stays in the socket until answered.
        const qsizetype missing = m_bodyLength - m_request.body.size();
        if (missing > 0) {
            if (!m_buffer.isEmpty()) {
                const qsizetype take = std::min(missing, m_buffer.size());
                m_request.body.append(m_buffer.left(take));
                m_buffer.remove(0, take);
            } else {
                const QByteArray bytes = m_socket->read(missing);
                if (bytes.isEmpty())
                    return;
                m_request.body.append(bytes);
            }
        }
        if (m_request.body.size() < m_bodyLength)
            continue;
        m_state = State::Handling;
        m_deadline.stop();
        Q_EMIT requestReady(this, m_request);
        return;
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0")) {
        refuse(protocol::ErrorCode::MalformedBody, Text::tr("This is not an HTTP/1.1 request."));
        return false;
    }
    m_request.method = requestLine[0];
    m_request.path = requestLine[1];
    m_keepAlive = requestLine[2] != "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // No space before the colon (RFC 9112): such a header is read differently by different
        // servers, so it is refused rather than guessed at.
        if (colon <= 0 || line[colon - 1] == ' ' || line[colon - 1] == '\t') {
            refuse(protocol::ErrorCode::MalformedBody, Text::tr("A request header is malformed."));
            return false;
        }
        m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;
    if (m_busy) {
        refuse(protocol::ErrorCode::ServerBusy,
               Text::tr("The central server is serving as many connections as it takes; try again shortly."),
               kBusyRetrySeconds);
        return false;
    }
    if (!m_request.header("transfer-encoding").isEmpty()) {
        refuse(protocol::ErrorCode::MalformedBody, Text::tr("A request body must state its length."));
        return false;
    }
    int lengths = 0;
    for (const auto& header : std::as_const(m_request.headers))
        lengths += header.first == "content-length" ? 1 : 0;
    if (lengths > 1) {
        refuse(protocol::ErrorCode::MalformedBody, Text::tr("The request states its length more than once."));
        return false;
    }
    const QByteArray lengthText = m_request.header("content-length");
    bool ok = lengthText.isEmpty();
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        refuse(protocol::ErrorCode::MalformedBody, Text::tr("The request's Content-Length is not a number."));
        return false;
    }
    // Refused from the header: a body over the limit is never read (OPS-6, SEC-4).
    if (length > m_maxBodyBytes) {
        refuse(protocol::ErrorCode::BodyTooLarge,
               Text::tr("The request body is larger than %1 bytes.").arg(m_maxBodyBytes));
        return false;
    }
    // Bodies in flight on all connections together stay under their limit; past it, try again.
    if (!m_bodies.reserve(length)) {
        refuse(protocol::ErrorCode::ServerBusy,
               Text::tr("The central server is receiving as much as it takes at once; try again shortly."),
               kBusyRetrySeconds);
        return false;
    }
    m_reserved = length;
    m_bodyLength = length;
    // Reserved as it arrives, not as announced.
    m_request.body.reserve(std::min<qint64>(length, kReadBufferBytes));
    if (m_request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::Body;
    m_since.start();
    armDeadline();
    return true;
}

void HttpConnection::refuse(protocol::ErrorCode code, const QString& message, int retryAfterSeconds)
{
    // After a refusal in the middle of a request, what follows on the connection cannot be told
    // apart from the rest of its body: the connection ends.
    HttpResponse response = errorResponse(code, message, retryAfterSeconds);
    response.close = true;
    const bool midRequest = m_state == State::Body || (m_state == State::Head && !m_request.method.isEmpty());
    m_state = State::Handling;
    Q_EMIT refusedEarly(this, m_request, response);
    if (!midRequest || code == protocol::ErrorCode::RequestTimeout) {
        respond(response);
        return;
    }
    m_socket->write(response.toBytes());
    m_buffer.clear();
    releaseBody();
    m_state = State::Draining;
    m_since.start();
    drain();
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (m_state != State::Handling)
        return;
    HttpResponse answer = response;
    answer.close = answer.close || !m_keepAlive;
    m_socket->write(answer.toBytes());
    if (answer.close) {
        closeAfterWrite();
        return;
    }
    waitForNext();
}

void HttpConnection::drain()
{
    // Discarded as it comes, never kept: the refusal is on its way, and a client still sending
    // the body it announced reads it only if the connection is not reset under it.
    while (m_socket->bytesAvailable() > 0)
        m_drained += m_socket->skip(m_socket->bytesAvailable());
    if (m_drained > kMaxDrainedBytes || m_since.elapsed() > kDrainMs) {
        closeAfterWrite();
        return;
    }
    // Closed once the client has stopped sending for a moment.
    m_deadline.start(std::chrono::milliseconds(kDrainPauseMs));
}

void HttpConnection::closeAfterWrite()
{
    releaseBody();
    m_state = State::Closing;
    m_buffer.clear();
    // disconnectFromHost() sends what is buffered first; a client that never reads it is cut off.
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_deadline.disconnect();
        connect(&m_deadline, &QTimer::timeout, m_socket, &QTcpSocket::abort);
        m_deadline.start(std::chrono::seconds(m_limits.idleSeconds));
    }
}

}  // namespace sitesync
