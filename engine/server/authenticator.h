#pragma once

#include "core/result.h"
#include "protocol/protocol.h"
#include "server/loginthrottle.h"
#include "server/sessiontokens.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace sitesync {

class Database;

// Authenticates every request (SEC-1 to SEC-3): protocol version, site ID and password (checked
// against the salted PBKDF2 hash, then remembered as a fast keyed digest so a sync of many batches
// pays the slow hash once), the hardware binding (TOP-4), and throttling of repeated failures per
// source address and per site from that address (LoginThrottle), decided before any slow hash. A
// login with the password earns a session token (SessionTokens) that later requests present with
// it, so that a site costs no derivation even after the central restarts.
//
// One Authenticator serves every thread of the central; each call brings its thread's database.
// The slow derivation runs outside the lock, so one login never holds the others up. Several
// server processes may serve one database (OPS-5): what they must agree on is kept there (the
// failed logins, the key that signs the tokens), so a token one issued is honoured by the others and
// failures against any of them add up; what each remembers for itself (the passwords it verified)
// only spares it work.
class Authenticator {
public:
    using Clock = LoginThrottle::Clock;

    struct Failure {
        protocol::ErrorCode code = protocol::ErrorCode::ServerError;
        QString message;
        int retryAfterSeconds = 0;
    };
    struct Identity {
        int siteId = 0;
        QString hardwareId;
        int protocolVersion = protocol::kVersion;  // the version the request speaks, one the central serves
    };
    // What of a request counts here.
    struct Attempt {
        QHostAddress peer;
        QByteArray version;        // kVersionHeader
        QByteArray authorization;  // the Authorization header
        QByteArray hardware;       // kHardwareHeader
        QByteArray session;        // kSessionHeader
    };
    enum class Outcome { Accepted, Refused, NeedsDerivation };
    struct Verdict {
        Outcome outcome = Outcome::Refused;
        Failure failure;    // when refused
        Identity identity;  // when accepted
        QByteArray session;
    };

    explicit Authenticator(Clock clock = systemClock());

    // Creates the key that signs session tokens in the central's database if it has none; call once
    // when the central starts, before it serves. (Authenticating without it creates it then.)
    static Status prepare(Database& db);

    // Thread-safe. `requireBinding` is false for initialisation, which binds an unbound site to the
    // caller's hardware. mayDerive=false: when only the slow password derivation could decide,
    // returns NeedsDerivation at once without deriving (the server then hands the request to its
    // login lane, which calls again with mayDerive=true). `session`: a token to send back to the
    // site (empty when the one it presented is still good).
    Verdict authenticate(Database& db, const Attempt& attempt, bool requireBinding, bool mayDerive);

    // How many slow password hashes were computed so far.
    qint64 derivations() const;

private:
    struct SiteLogin;  // the site's row as a login reads it
    static std::optional<Failure> throttled(const LoginThrottle::Standing& standing);
    // Counts a failed login (LoginThrottle::fail); a failure to count it is logged.
    void countFailure(Database& db, const QHostAddress& peer, int siteId = 0);
    // The protocol version the request speaks, or why the central does not serve it (OPS-3).
    static std::optional<Failure> unserved(const QByteArray& version, int* protocolVersion);
    // The signer of session tokens, its key read from (or created in) `db` the first time.
    const SessionTokens* tokens(Database& db);
    // Whether the request's token is this central's, unexpired, for the site and machine the
    // request names, and issued on the site's current password and binding.
    bool tokenHolds(Database& db, const Attempt& attempt, int siteId, const QString& hardware);
    // A token for a site bound to the machine that just logged in with its password.
    QByteArray issueToken(Database& db, int siteId, const SiteLogin& site);

    const Clock m_clock;
    const QByteArray m_cacheKey;        // random per process
    LoginThrottle m_throttle;           // thread-safe; its counts are in the database
    mutable std::mutex m_mutex;         // guards what follows
    QHash<int, QByteArray> m_verified;  // site -> keyed digest of the password last verified and its hash
    qint64 m_derivations = 0;
    std::unique_ptr<const SessionTokens> m_tokens;  // set once, never replaced
    QDateTime m_keyRetry;                           // when to ask for the key again after it could not be had
};

}  // namespace sitesync
