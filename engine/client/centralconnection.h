#pragma once

#include "client/linkpolicy.h"
#include "client/transport.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace sitesync {

// One remote site's authenticated link to the central server: posts a JSON body to an endpoint of
// protocol v1 and returns the JSON answer, or the central's error code and message as an Error. A
// failed link (no answer, or nothing moving for the stall limit) is ErrorKind::Unreachable. Every
// request carries the password and the session token the central last gave (HeldSessions).
class CentralConnection {
public:
    // `trustedPem`: certificates (PEM) to trust for an HTTPS central besides the system's, for a
    // central with its own certificate authority. `stallLimit`: how long a request may move no
    // bytes either way before it is given up as timed out. `transport`: how the requests travel,
    // the network unless given (tests inject faults there).
    CentralConnection(QUrl central, int siteId, QString password, QString hardwareId, QByteArray trustedPem = {},
                      std::chrono::milliseconds stallLimit = LinkPolicy::standard().stallLimit,
                      const TransportFactory& transport = {});
    ~CentralConnection();

    // Asked while a request is on its way (in this connection's thread): true gives it up at once.
    void setCancelled(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    Result<QJsonObject> post(const QString& endpoint, const QJsonObject& body);
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    // This machine's hardware ID (TOP-4); SITESYNC_HARDWARE_ID overrides it, for running several
    // simulated machines on one computer.
    static QString machineHardwareId();

private:
    // One request and its answer (post() logs it).
    Result<QJsonObject> exchange(const QString& endpoint, const QJsonObject& body);

    QUrl m_central;
    int m_siteId;
    QString m_password;
    QString m_hardwareId;
    QByteArray m_trustedPem;
    std::chrono::milliseconds m_stallLimit;
    std::function<bool()> m_cancelled;
    std::unique_ptr<Transport> m_transport;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

}  // namespace sitesync
