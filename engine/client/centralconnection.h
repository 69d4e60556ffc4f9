#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace sitesync {

// One remote site's authenticated link to the central server: posts a JSON body to an endpoint of
// protocol v1 and returns the JSON answer, or the central's error code and message as an Error.
class CentralConnection {
public:
    // `trustedPem`: certificates (PEM) to trust for an HTTPS central besides the system's, for a
    // central with its own certificate authority.
    CentralConnection(QUrl central, int siteId, QString password, QString hardwareId, QByteArray trustedPem = {});
    ~CentralConnection();

    Result<QJsonObject> post(const QString& endpoint, const QJsonObject& body);
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    // This machine's hardware ID (TOP-4); SITESYNC_HARDWARE_ID overrides it, for running several
    // simulated machines on one computer.
    static QString machineHardwareId();
    static constexpr int kTimeoutMs = 120000;

private:
    QUrl m_central;
    int m_siteId;
    QString m_password;
    QString m_hardwareId;
    QByteArray m_trustedPem;
    std::unique_ptr<QNetworkAccessManager> m_network;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

}  // namespace sitesync
