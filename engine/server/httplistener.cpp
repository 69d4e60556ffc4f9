#include "server/httplistener.h"

#include "server/httpconnection.h"

#include <QLoggingCategory>
#include <QSslSocket>

#include <sys/resource.h>

namespace sitesync {

namespace {

Q_LOGGING_CATEGORY(lcListener, "sitesync.engine.server", QtWarningMsg)

// Connections answered "busy" beyond the cap before new ones are closed unanswered, and
// descriptors kept free for the database, its journal and logs.
constexpr int kBusyAnswers = 64;
constexpr rlim_t kReservedDescriptors = 64;

// Descriptors each serving thread holds: its database, write-ahead log and shared memory, and a
// temporary file or two.
constexpr rlim_t kDescriptorsPerThread = 6;

// Raises the soft descriptor limit towards what `wanted` connections need, as far as the hard limit
// allows, and returns how many connections fit.
int fitDescriptors(int wanted, int threads)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    const rlim_t reserved = kReservedDescriptors + kDescriptorsPerThread * rlim_t(std::max(0, threads));
    const rlim_t needed = rlim_t(wanted) + kBusyAnswers + reserved;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < needed) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? needed : std::min(needed, limit.rlim_max);
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= needed)
        return wanted;
    const rlim_t fit =
        limit.rlim_cur > kBusyAnswers + kReservedDescriptors ? limit.rlim_cur - kBusyAnswers - kReservedDescriptors : 1;
    qCWarning(lcListener) << "the descriptor limit allows" << fit << "connections, not" << wanted;
    return int(fit);
}

}  // namespace

HttpListener::HttpListener(const ServerLimits& limits, qsizetype maxBodyBytes, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_maxBodyBytes(maxBodyBytes)
    , m_cap(fitDescriptors(std::max(1, limits.maxConnections), limits.workers + 2))
    , m_bodies(limits.maxBodyBytesInFlight)
{
    // Sites that all connect at once (after a restart) wait in the kernel's queue rather than have
    // their connections dropped and retried seconds later.
    setListenBacklogSize(std::max(128, std::min(4096, m_cap)));
}

HttpListener::~HttpListener()
{
    qDeleteAll(findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly));
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    if (m_open >= m_cap + kBusyAnswers) {
        // Not even a "busy" answer: the descriptor is closed at once.
        QTcpSocket dropped;
        dropped.setSocketDescriptor(descriptor);
        dropped.abort();
        return;
    }
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* secure = new QSslSocket;
        if (!secure->setSocketDescriptor(descriptor)) {
            delete secure;
            return;
        }
        secure->setSslConfiguration(*m_tls);
        connect(secure, &QSslSocket::sslErrors, secure, [secure] { secure->abort(); });
        secure->startServerEncryption();
        socket = secure;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    const bool busy = m_open >= m_cap;
    auto* connection = new HttpConnection(socket, m_limits, m_maxBodyBytes, m_bodies, busy, this);
    ++m_open;
    connect(connection, &HttpConnection::finished, this, [this](HttpConnection* closed) {
        --m_open;
        closed->deleteLater();
    });
    Q_EMIT connectionOpened(connection);
}

}  // namespace sitesync
