#pragma once

#include "server/serverlimits.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace sitesync {

class HttpConnection;

// Accepts the central's connections, over TLS when configured, up to ServerLimits::maxConnections:
// past the cap a connection is answered "busy" and closed, and past a little more it is closed at
// once, so that running out of file descriptors never leaves the accept loop spinning.
class HttpListener : public QTcpServer {
    Q_OBJECT

public:
    HttpListener(const ServerLimits& limits, qsizetype maxBodyBytes, QObject* parent = nullptr);
    // Closes the connections before the budget they hold goes.
    ~HttpListener() override;

    void useTls(const QSslConfiguration& configuration) { m_tls = configuration; }
    // The cap in force: the configured one, lowered to what the file descriptor limit allows.
    int connectionCap() const { return m_cap; }

Q_SIGNALS:
    // A new connection, already wired to close itself on its limits; its owner answers its requests.
    void connectionOpened(HttpConnection* connection);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ServerLimits m_limits;
    qsizetype m_maxBodyBytes;
    std::optional<QSslConfiguration> m_tls;
    int m_cap;
    int m_open = 0;
    BodyBudget m_bodies;
};

}  // namespace sitesync
