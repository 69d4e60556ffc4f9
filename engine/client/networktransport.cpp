#include "client/networktransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace sitesync {

namespace {

// A QNetworkReply as a TransportReply; the QNetworkReply goes with it.
class NetworkReply : public TransportReply {
public:
    explicit NetworkReply(QNetworkReply* reply)
        : m_reply(reply)
    {
        connect(reply, &QNetworkReply::uploadProgress, this, &TransportReply::moved);
        connect(reply, &QNetworkReply::downloadProgress, this, &TransportReply::moved);
        connect(reply, &QNetworkReply::metaDataChanged, this, &TransportReply::moved);
        connect(reply, &QNetworkReply::finished, this, &TransportReply::finished);
    }
    ~NetworkReply() override { m_reply->deleteLater(); }

    bool isFinished() const override { return m_reply->isFinished(); }
    void abort() override { m_reply->abort(); }
    int status() const override { return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
    QByteArray header(const QByteArray& name) const override { return m_reply->rawHeader(name); }
    // A reply given up is closed: there is nothing to read from it.
    QByteArray readBody() override { return m_reply->isOpen() ? m_reply->readAll() : QByteArray(); }
    QNetworkReply::NetworkError error() const override { return m_reply->error(); }
    QString errorText() const override { return m_reply->errorString(); }

private:
    QNetworkReply* m_reply;
};

}  // namespace

NetworkTransport::NetworkTransport()
    : m_network(std::make_unique<QNetworkAccessManager>())
{
}

NetworkTransport::~NetworkTransport() = default;

std::unique_ptr<TransportReply> NetworkTransport::post(const TransportRequest& request)
{
    QNetworkRequest sent(request.url);
    for (const auto& [name, value] : request.headers)
        sent.setRawHeader(name, value);
    if (!request.trustedPem.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(request.trustedPem, QSsl::Pem));
        sent.setSslConfiguration(tls);
    }
    return std::make_unique<NetworkReply>(m_network->post(sent, request.body));
}

}  // namespace sitesync
