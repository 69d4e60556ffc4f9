#pragma once

#include "client/transport.h"

#include <memory>

class QNetworkAccessManager;

namespace sitesync {

// The transport of the product: HTTP(S) over Qt's QNetworkAccessManager.
class NetworkTransport : public Transport {
public:
    NetworkTransport();
    ~NetworkTransport() override;

    std::unique_ptr<TransportReply> post(const TransportRequest& request) override;

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
};

}  // namespace sitesync
