#include "server/metricsaccess.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::CentralServer)
};

// Equal or not, in a time that does not say where they differ.
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const qsizetype length = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < length; ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

}  // namespace

bool MetricsAccess::isLoopback(const QHostAddress& peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).isLoopback() : peer.isLoopback();
}

MetricsAccess::Decision MetricsAccess::decide(const QHostAddress& peer, const QByteArray& authorization,
                                              const QByteArray& token)
{
    // With a token, loopback needs it too: behind a reverse proxy on this machine every request is loopback.
    if (token.isEmpty())
        return isLoopback(peer) ? Decision::Allowed : Decision::LoopbackOnly;
    // The authentication scheme's name is case-insensitive (RFC 9110, 11.1).
    const qsizetype space = authorization.indexOf(' ');
    const bool bearer = space > 0 && authorization.left(space).compare("Bearer", Qt::CaseInsensitive) == 0;
    const QByteArray given = bearer ? authorization.mid(space + 1).trimmed() : QByteArray();
    if (given.isEmpty())
        return Decision::NoToken;
    return sameSecret(given, token) ? Decision::Allowed : Decision::WrongToken;
}

int MetricsAccess::status(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return 200;
    case Decision::NoToken:
    case Decision::WrongToken:
        return 401;
    case Decision::LoopbackOnly:
        break;
    }
    return 403;
}

QString MetricsAccess::reason(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return {};
    case Decision::NoToken:
        return Text::tr("This server serves the metrics only with its metrics token: send "
                        "'Authorization: Bearer TOKEN'.");
    case Decision::WrongToken:
        return Text::tr("The metrics token sent is not this server's.");
    case Decision::LoopbackOnly:
        break;
    }
    return Text::tr("The metrics are served only to this machine. To read them from elsewhere, start the server "
                    "with --metrics-token-file and send 'Authorization: Bearer TOKEN' (from this machine too).");
}

}  // namespace sitesync
