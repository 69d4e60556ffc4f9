#pragma once

#include "core/result.h"
#include "server/authenticator.h"
#include "server/syncservice.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace sitesync {

class SiteSession;

// The central server's web service (`sitesyncctl serve`): /sync/v1/initialise, /push and /pull over
// HTTP or HTTPS, every request authenticated, bodies size-limited and optionally compressed.
class CentralServer : public QObject {
    Q_OBJECT

public:
    explicit CentralServer(std::unique_ptr<SiteSession> session, QObject* parent = nullptr);
    ~CentralServer() override;

    // Serves HTTPS from here on (SEC-3); call before listen().
    Status useTls(const QString& certificateFile, const QString& keyFile);
    // The port it listens on (useful with port 0).
    Result<quint16> listen(const QHostAddress& address, quint16 port);

    SiteSession& session() { return *m_session; }
    // Its counts may be read from any thread.
    const Authenticator& authenticator() const { return m_authenticator; }

private:
    enum class Endpoint { Initialise, Bind, Contact, Push, Pull };
    QHttpServerResponse handle(const QHttpServerRequest& request, Endpoint endpoint);

    std::unique_ptr<SiteSession> m_session;
    std::unique_ptr<QHttpServer> m_http;
    Authenticator m_authenticator;
    SyncService m_service;
};

}  // namespace sitesync
