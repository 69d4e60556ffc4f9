#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

namespace sitesync {

// One HTTP POST of a site to its central as it goes on the wire: the address, the headers and the
// body (deflated or not). `trustedPem`: certificates to trust for an HTTPS central besides the
// system's.
struct TransportRequest {
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray trustedPem;

    // The protocol's endpoint the request is for ("contact", "push", "pull"): the end of its path.
    QString endpoint() const { return url.path().section(QLatin1Char('/'), -1); }
};

// One request on its way and, once it has `finished`, what came back. It says `moved` whenever
// bytes go either way or the answer's headers arrive: CentralConnection gives up a request that
// stays still for its stall limit, and that rule lives there, not in the transport.
class TransportReply : public QObject {
    Q_OBJECT

public:
    virtual bool isFinished() const = 0;
    // Gives the request up: it finishes at once, with no body to read.
    virtual void abort() = 0;

    // Once finished: the HTTP status (0 when no answer came), a header of the answer (its name in
    // any case), the answer's body (read once; empty once given up), and what went wrong on the way
    // as Qt's network layer names it (NoError when the whole of a 2xx answer came).
    virtual int status() const = 0;
    virtual QByteArray header(const QByteArray& name) const = 0;
    virtual QByteArray readBody() = 0;
    virtual QNetworkReply::NetworkError error() const = 0;
    virtual QString errorText() const = 0;

Q_SIGNALS:
    void moved();
    void finished();
};

// How a site's requests reach its central (docs/architecture.md, "The transport seam"): the network
// (NetworkTransport), or in tests a fake that injects faults per request. A transport and its
// replies live in the thread that made them.
class Transport {
public:
    virtual ~Transport() = default;
    [[nodiscard]] virtual std::unique_ptr<TransportReply> post(const TransportRequest& request) = 0;
};

// Makes a connection's transport, in the thread that uses it (a pull has a thread of its own);
// an empty factory stands for the network.
using TransportFactory = std::function<std::unique_ptr<Transport>()>;

}  // namespace sitesync
