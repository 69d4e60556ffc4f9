#include "client/centralconnection.h"

#include "client/heldsessions.h"
#include "client/networktransport.h"
#include "protocol/compression.h"
#include "protocol/logfmt.h"
#include "protocol/protocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTimer>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::CentralConnection)
};

// A request failed for its link, not for what it asked: worth trying again once the link is back.
// Certificates and the HTTP exchange itself failing are not the link's doing; of the answers that
// did come, only a gateway's saying that the central is out of its reach is.
bool isLinkFailure(int status, QNetworkReply::NetworkError error)
{
    if (status != 0)
        return status == 502 || status == 503 || status == 504;
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return false;
    default:
        return true;
    }
}

// What a technician checks when no answer came from the central at all.
QString whatToCheck()
{
    return Text::tr("Check that this is the central server's address, that the central server is running, and "
                    "that the network reaches it.");
}

// What the technician does when the central does not serve this site's protocol version (OPS-3):
// upgrade this site, or the central first. `range`: the versions the central serves, from its
// answer (a central of SiteSync 0.1.0 names none: it speaks protocol 1 only).
QString versionRefusal(const QUrl& central, const protocol::VersionRange& range)
{
    const QString mine = QStringLiteral(SITESYNC_VERSION);
    if (protocol::kVersion > range.current)
        return Text::tr("The central server at %1 runs an older SiteSync than this site (it speaks protocol %2 at "
                        "most; this site runs SiteSync %3, protocol %4). Upgrade the central server first, to "
                        "SiteSync %3 or later, then sync this site again.")
            .arg(central.toString())
            .arg(range.current)
            .arg(mine)
            .arg(protocol::kVersion);
    const QString needed = protocol::firstReleaseSpeaking(range.oldest);
    return Text::tr("This site runs SiteSync %1 (protocol %2), which the central server at %3 no longer serves: it "
                    "speaks protocol %4 to %5. Upgrade SiteSync on this site to %6, then sync again.")
        .arg(mine)
        .arg(protocol::kVersion)
        .arg(central.toString())
        .arg(range.oldest)
        .arg(range.current)
        .arg(needed.isEmpty() ? Text::tr("the central server's version") : Text::tr("%1 or later").arg(needed));
}

}  // namespace

CentralConnection::CentralConnection(QUrl central, int siteId, QString password, QString hardwareId,
                                     QByteArray trustedPem, std::chrono::milliseconds stallLimit,
                                     const TransportFactory& transport)
    : m_central(std::move(central))
    , m_siteId(siteId)
    , m_password(std::move(password))
    , m_hardwareId(std::move(hardwareId))
    , m_trustedPem(std::move(trustedPem))
    , m_stallLimit(stallLimit)
    , m_transport(transport ? transport() : std::make_unique<NetworkTransport>())
{
}

CentralConnection::~CentralConnection() = default;

QString CentralConnection::machineHardwareId()
{
    const QString forced = qEnvironmentVariable("SITESYNC_HARDWARE_ID");
    if (!forced.isEmpty())
        return forced;
    QByteArray id = QSysInfo::machineUniqueId();
    if (id.isEmpty())
        id = QSysInfo::machineHostName().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(32));
}

// Every request a site makes of its central, one line each, in the form of the central's request log
// (docs/observability.md); off unless asked for: QT_LOGGING_RULES="sitesync.engine.link.info=true".
namespace {
Q_LOGGING_CATEGORY(lcLink, "sitesync.engine.link", QtWarningMsg)
}  // namespace

Result<QJsonObject> CentralConnection::post(const QString& endpoint, const QJsonObject& body)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 sent = m_bytesSent;
    const qint64 received = m_bytesReceived;
    Result<QJsonObject> answer = exchange(endpoint, body);
    if (lcLink().isInfoEnabled()) {
        QByteArray line;
        logfmt::appendField(line, "site", QByteArray::number(m_siteId));
        logfmt::appendField(line, "endpoint", endpoint.toUtf8());
        logfmt::appendField(line, "result", answer ? QByteArrayLiteral("ok") : QByteArrayLiteral("failed"));
        logfmt::appendField(line, "bytes_out", QByteArray::number(m_bytesSent - sent));
        logfmt::appendField(line, "bytes_in", QByteArray::number(m_bytesReceived - received));
        logfmt::appendField(line, "ms", QByteArray::number(timer.elapsed()));
        if (!answer)
            logfmt::appendField(line, "message", answer.error().message.toUtf8());
        qCInfo(lcLink).noquote() << QString::fromUtf8(line);
    }
    return answer;
}

Result<QJsonObject> CentralConnection::exchange(const QString& endpoint, const QJsonObject& body)
{
    QUrl url = m_central;
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + QStringLiteral("/sync/v1/") + endpoint);
    TransportRequest request{url, {}, {}, m_trustedPem};
    request.headers.emplaceBack("Content-Type", protocol::kJsonType);
    request.headers.emplaceBack("Authorization",
                                "Basic " + (QByteArray::number(m_siteId) + ':' + m_password.toUtf8()).toBase64());
    request.headers.emplaceBack(protocol::kVersionHeader, QByteArray::number(protocol::kVersion));
    request.headers.emplaceBack(protocol::kAppVersionHeader, QByteArrayLiteral(SITESYNC_VERSION));
    request.headers.emplaceBack(protocol::kHardwareHeader, m_hardwareId.toUtf8());
    // The password goes with the token: when the token no longer holds (expired, a new password),
    // the password decides at once, without another round trip.
    if (const QByteArray session = HeldSessions::token(m_central, m_siteId, m_hardwareId); !session.isEmpty())
        request.headers.emplaceBack(protocol::kSessionHeader, session);
    request.headers.emplaceBack("Accept-Encoding", "deflate");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (request.body.size() > 1024) {
        request.body = protocol::deflate(request.body);
        request.headers.emplaceBack("Content-Encoding", "deflate");
    }
    m_bytesSent += request.body.size();

    const std::unique_ptr<TransportReply> reply = m_transport->post(request);
    // A request lives while bytes move either way. A dead link keeps its connection open for minutes
    // before TCP gives up on it, so one that moves nothing for the stall limit is given up here.
    enum class GivenUp { No, Stalled, Cancelled } givenUp = GivenUp::No;
    QEventLoop loop;
    QTimer stall;
    stall.setSingleShot(true);
    stall.setInterval(m_stallLimit);
    QObject::connect(reply.get(), &TransportReply::moved, &stall, [&stall] { stall.start(); });
    QObject::connect(&stall, &QTimer::timeout, reply.get(), [&] {
        givenUp = GivenUp::Stalled;
        reply->abort();
    });
    QTimer cancelCheck;
    if (m_cancelled) {
        QObject::connect(&cancelCheck, &QTimer::timeout, reply.get(), [&] {
            if (!m_cancelled())
                return;
            givenUp = GivenUp::Cancelled;
            reply->abort();
        });
        cancelCheck.start(100);
    }
    QObject::connect(reply.get(), &TransportReply::finished, &loop, &QEventLoop::quit);
    stall.start();
    if (!reply->isFinished())
        loop.exec();
    stall.stop();
    cancelCheck.stop();
    QByteArray answer = reply->readBody();
    m_bytesReceived += answer.size();
    if (reply->header("Content-Encoding") == "deflate") {
        // Inflated here rather than by the network layer, with the same limit the central applies.
        Result<QByteArray> inflated = protocol::inflate(answer, protocol::kMaxInflatedBytes);
        answer = inflated ? std::move(inflated).value() : QByteArray();
    }
    const int status = reply->status();
    const protocol::VersionRange range = protocol::VersionRange::fromHeader(reply->header(protocol::kRangeHeader));
    if (status == 200)
        HeldSessions::keep(m_central, m_siteId, m_hardwareId, reply->header(protocol::kSessionHeader));
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkText = reply->errorText();

    if (givenUp == GivenUp::Stalled)
        return makeError(ErrorKind::Unreachable,
                         Text::tr("The connection to the central server at %1 timed out: nothing moved for %n "
                                  "second(s).",
                                  nullptr, int(std::chrono::ceil<std::chrono::seconds>(m_stallLimit).count()))
                                 .arg(m_central.toString()) +
                             QLatin1Char(' ') + whatToCheck());
    if (givenUp == GivenUp::Cancelled)
        return makeError(ErrorKind::Database, Text::tr("The request to the central server was cancelled."));
    const QJsonDocument document = QJsonDocument::fromJson(answer);
    if (status == 200 && document.isObject())
        return document.object();
    if (status == 0 || (networkError != QNetworkReply::NoError && !document.isObject())) {
        const bool link = isLinkFailure(status, networkError);
        return makeError(link ? ErrorKind::Unreachable : ErrorKind::Database,
                         Text::tr("Cannot reach the central server at %1: %2").arg(m_central.toString(), networkText) +
                             (link && status == 0 ? QLatin1Char(' ') + whatToCheck() : QString()));
    }
    const QJsonObject error = document.object().value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    if (code == protocol::errorCodeId(protocol::ErrorCode::IncompatibleVersion) && !range.serves(protocol::kVersion))
        return makeError(ErrorKind::Incompatible, versionRefusal(m_central, range));
    const ErrorKind kind = code == protocol::errorCodeId(protocol::ErrorCode::MalformedBody) ||
                                   code == protocol::errorCodeId(protocol::ErrorCode::BodyTooLarge)
                               ? ErrorKind::BadInput
                           : code == protocol::errorCodeId(protocol::ErrorCode::ServerError) ? ErrorKind::Database
                           : code == protocol::errorCodeId(protocol::ErrorCode::OutOfSequence)
                               ? ErrorKind::OutOfSequence
                               : ErrorKind::Refused;
    return makeError(
        kind, Text::tr("The central server refused the request (%1): %2")
                  .arg(code.isEmpty() ? QString::number(status) : code, message.isEmpty() ? networkText : message));
}

}  // namespace sitesync
