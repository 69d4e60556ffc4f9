#include "server/centralserver.h"

#include "protocol/protocol.h"
#include "server/errorresponse.h"
#include "server/httpconnection.h"
#include "server/httplistener.h"
#include "server/monitoringendpoints.h"
#include "server/serverworker.h"
#include "server/syncendpoints.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>

namespace sitesync {

Q_LOGGING_CATEGORY(lcServer, "sitesync.engine.server", QtWarningMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::CentralServer)
};

}  // namespace

CentralServer::CentralServer(std::unique_ptr<SiteSession> session, const ServerLimits& limits, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_limits(limits)
    , m_shared(std::make_unique<ServingShared>(m_session->database().clock()))
    , m_listener(new HttpListener(limits, protocol::kMaxBodyBytes, this))
{
    m_shared->databasePath = m_session->database().path();
    m_shared->connections = &m_connections;
    // Answers come back to this thread, which owns the connections; a connection closed meanwhile
    // is no longer in m_open and its answer is dropped.
    m_shared->answer = [this](quint64 connection, HttpResponse response, RequestSummary summary) {
        QMetaObject::invokeMethod(
            this,
            [this, connection, response = std::move(response), summary = std::move(summary)] {
                deliver(connection, response, summary);
            },
            Qt::QueuedConnection);
    };
    connect(m_listener, &HttpListener::connectionOpened, this, &CentralServer::accept);
}

CentralServer::~CentralServer()
{
    stopWorkers();
    if (Status s = m_connections.flush(m_session->database()); !s)
        qCWarning(lcServer) << "the sites' last connections were not written:" << s.error().message;
}

void CentralServer::stopWorkers()
{
    m_shared->requests.close();
    m_shared->logins.close();
    m_shared->monitoring.close();
    if (!m_workers.empty())
        m_shared->stop.release();
    for (const auto& worker : m_workers)
        worker->wait();
    m_workers.clear();
}

const Authenticator& CentralServer::authenticator() const
{
    return m_shared->authenticator;
}

void CentralServer::setMetricsToken(const QByteArray& token)
{
    m_shared->metricsToken = token;
}

int CentralServer::connectionCap() const
{
    return m_listener->connectionCap();
}

Status CentralServer::useTls(const QString& certificateFile, const QString& keyFile)
{
    QFile certFile(certificateFile);
    QFile keyData(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyData.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound,
                         Text::tr("Cannot read the TLS certificate %1 or key %2.").arg(certificateFile, keyFile));
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyData.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return makeError(ErrorKind::BadInput,
                         Text::tr("%1 or %2 is not a PEM certificate or key.").arg(certificateFile, keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_listener->useTls(configuration);
    return {};
}

Result<quint16> CentralServer::listen(const QHostAddress& address, quint16 port)
{
    // Without its key the central still serves; sites then log in with their passwords only.
    if (Status s = Authenticator::prepare(m_session->database()); !s)
        qCWarning(lcServer).noquote() << "no session tokens for now: their key cannot be read or created:"
                                      << s.error().message;
    if (m_workers.empty()) {
        for (int i = 0; i < std::max(1, m_limits.workers) + 3; ++i) {
            const auto lane = i == 0   ? ServerWorker::Lane::Logins
                              : i == 1 ? ServerWorker::Lane::Bookkeeping
                              : i == 2 ? ServerWorker::Lane::Monitoring
                                       : ServerWorker::Lane::Requests;
            m_workers.push_back(std::make_unique<ServerWorker>(*m_shared, lane));
            m_workers.back()->start();
            if (Status s = m_workers.back()->started(); !s) {
                stopWorkers();
                return s.error();
            }
        }
    }
    if (!m_listener->listen(address, port))
        return makeError(ErrorKind::Database,
                         Text::tr("Cannot listen on %1:%2; is the port in use?").arg(address.toString()).arg(port));
    qCInfo(lcServer) << "listening on" << address.toString() << m_listener->serverPort() << "with" << m_limits.workers
                     << "serving threads and at most" << connectionCap() << "connections";
    return m_listener->serverPort();
}

namespace {

// What a request's log line says before it is served.
RequestSummary summaryOf(const HttpRequest& request)
{
    RequestSummary summary;
    summary.endpoint = MonitoringEndpoints::handles(request) ? MonitoringEndpoints::endpointName(request)
                                                             : SyncEndpoints::endpointName(request);
    summary.bytesIn = request.body.size();
    summary.peer = request.peer;
    summary.siteVersion = versionFromHeader(request.header(protocol::kAppVersionHeader.toLower()));
    summary.received.start();
    return summary;
}

}  // namespace

void CentralServer::accept(HttpConnection* connection)
{
    m_open.insert(connection->id(), connection);
    m_shared->metrics.setConnections(int(m_open.size()));
    connect(connection, &HttpConnection::requestReady, this, &CentralServer::dispatch);
    connect(connection, &HttpConnection::refusedEarly, this,
            [this](HttpConnection*, const HttpRequest& request, const HttpResponse& response) {
                RequestSummary summary = summaryOf(request);
                account(summary, response);
            });
    connect(connection, &HttpConnection::finished, this, [this](HttpConnection* closed) {
        m_open.remove(closed->id());
        m_shared->metrics.setConnections(int(m_open.size()));
    });
}

void CentralServer::dispatch(HttpConnection* connection, const HttpRequest& request)
{
    RequestSummary summary = summaryOf(request);
    if (MonitoringEndpoints::handles(request)) {
        m_shared->monitoring.push(ServerJob{connection->id(), request, std::nullopt, std::move(summary)});
        return;
    }
    if (!SyncEndpoints::endpointOf(request)) {
        deliver(
            connection->id(),
            errorResponse(protocol::ErrorCode::UnknownEndpoint,
                          Text::tr("There is no endpoint %1 %2.")
                              .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path.left(200)))),
            std::move(summary));
        return;
    }
    m_shared->requests.push(ServerJob{connection->id(), request, std::nullopt, std::move(summary)});
}

void CentralServer::deliver(quint64 connection, const HttpResponse& response, RequestSummary summary)
{
    account(summary, response);
    const QPointer<HttpConnection> open = m_open.value(connection);
    if (open)
        open->respond(response);
}

void CentralServer::account(RequestSummary& summary, const HttpResponse& response)
{
    summary.status = response.status;
    summary.result = response.status < 400          ? QByteArrayLiteral("ok")
                     : response.errorCode.isEmpty() ? QByteArray("http_" + QByteArray::number(response.status))
                                                    : response.errorCode;
    summary.message = response.status < 400 ? QString() : response.errorMessage;
    summary.bytesOut = response.headOnly ? 0 : response.body.size();
    summary.milliseconds = summary.received.isValid() ? summary.received.elapsed() : 0;
    summary.log();
    m_shared->metrics.record(summary);
}

}  // namespace sitesync
