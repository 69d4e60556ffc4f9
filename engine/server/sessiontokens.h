#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sitesync {

class Database;

// The session tokens the central gives a site after a login with its password (docs/protocol.md,
// protocol::kSessionHeader). A token names the site, the hardware ID the login named, when it
// expires and a fingerprint of the site's login record (password hash and binding), all signed
// with a key kept in the central's database: it is checked by one HMAC and survives a restart of
// the central, holds on every server process serving that database, and a new password or binding
// voids it. Nothing is stored per token: the site's row, which every check reads, is its state.
class SessionTokens {
public:
    // A day: a site syncs many times a day, so nearly all of its requests are answered without a
    // derivation (one a day per site, at the hour that site last logged in, so a restart does not
    // bring them all at once), while a token copied off a machine or out of a proxy's log stops
    // working within a day without anyone having to change the site's password.
    static constexpr qint64 kLifetimeSeconds = 24 * 60 * 60;

    struct Claims {
        int siteId = 0;
        QString hardwareId;
        QDateTime expires;
        QByteArray fingerprint;
    };

    // The central's signing key, created at random the first time it is asked for. Several
    // connections, of one server process or of several serving the same database, may ask at once:
    // each stores its key only if none is stored, and all then use the one that was. A damaged key
    // is replaced the same way, so every server process signs and checks with the same key.
    static Result<QByteArray> loadKey(Database& db);

    explicit SessionTokens(QByteArray key);

    // What of a site's record a token depends on: a new password hash, a binding reset or made
    // again (its time) gives a new fingerprint. Keyed, so a token tells nothing of the hash.
    QByteArray fingerprint(const QString& passwordHash, const QString& hardwareId, const QString& boundAt) const;
    // Empty when the claims do not fit a token (a hardware ID of hundreds of characters).
    QByteArray issue(const Claims& claims) const;
    // The claims of a token signed with this key; nothing for anything else (damaged, forged,
    // signed by another central). Whether the claims still hold is the caller's to check.
    std::optional<Claims> read(const QByteArray& token) const;

private:
    QByteArray sign(const QByteArray& data) const;

    QByteArray m_key;
};

}  // namespace sitesync
