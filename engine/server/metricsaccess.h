#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace sitesync {

// Who may read the central's /metrics (OPS-4): when the server was given a metrics token
// (`serve --metrics-token-file`, or the systemd credential sitesync-metrics-token), every request
// that presents it (`Authorization: Bearer TOKEN`, the scheme in any case), loopback peers included,
// since behind a reverse proxy on this machine every request comes from loopback; without a token,
// peers on this machine (loopback) only. The token is compared in constant time.
struct MetricsAccess {
    enum class Decision { Allowed, NoToken, WrongToken, LoopbackOnly };

    static Decision decide(const QHostAddress& peer, const QByteArray& authorization, const QByteArray& token);
    // The HTTP status of a refusal (401 when a token would be accepted, 403 otherwise) and why, for
    // the body of the answer.
    static int status(Decision decision);
    static QString reason(Decision decision);
    // Whether the address is this machine's, an IPv4 loopback reached over IPv6 included.
    static bool isLoopback(const QHostAddress& peer);
};

}  // namespace sitesync
