#pragma once

#include "core/result.h"
#include "server/connectionbook.h"
#include "server/httpmessage.h"
#include "server/requestlog.h"
#include "server/serverlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace sitesync {

class Authenticator;
class HttpConnection;
class HttpListener;
class ServerWorker;
class SiteSession;
struct ServingShared;

// The central server's web service (`sitesyncctl serve`): /sync/v1/initialise, bind, contact, push
// and pull over HTTP or HTTPS, and /health and /metrics (MonitoringEndpoints). Connections are read in the thread that
// owns this object; requests are served concurrently by a pool of threads, each with its own database connection, and
// password derivations by a login lane of their own (docs/adr/0007-concurrent-serving.md). Every
// request is authenticated and held to ServerLimits. Every answer leaves through one place, which
// writes the request's log line and counts it in the metrics (OPS-4).
class CentralServer : public QObject {
    Q_OBJECT

public:
    explicit CentralServer(std::unique_ptr<SiteSession> session, const ServerLimits& limits = {},
                           QObject* parent = nullptr);
    ~CentralServer() override;

    // Serves HTTPS from here on (SEC-3); call before listen().
    Status useTls(const QString& certificateFile, const QString& keyFile);
    // /metrics is served to other machines that present this token (MetricsAccess); without one,
    // only to this machine. Call before listen().
    void setMetricsToken(const QByteArray& token);
    // Starts the serving threads and listens; returns the port (useful with port 0).
    Result<quint16> listen(const QHostAddress& address, quint16 port);

    SiteSession& session() { return *m_session; }
    // Shared by every serving thread (for the derivations it counted, for instance).
    const Authenticator& authenticator() const;
    // The connection cap in force (ServerLimits::maxConnections, lowered to the descriptor limit).
    int connectionCap() const;

private:
    void accept(HttpConnection* connection);
    void dispatch(HttpConnection* connection, const HttpRequest& request);
    void deliver(quint64 connection, const HttpResponse& response, RequestSummary summary);
    // The one place a request's end is known: its log line and its metrics.
    void account(RequestSummary& summary, const HttpResponse& response);
    void stopWorkers();

    std::unique_ptr<SiteSession> m_session;
    ServerLimits m_limits;
    ConnectionBook m_connections;
    std::unique_ptr<ServingShared> m_shared;
    std::vector<std::unique_ptr<ServerWorker>> m_workers;
    HttpListener* m_listener;
    QHash<quint64, QPointer<HttpConnection>> m_open;
};

}  // namespace sitesync
