#pragma once

#include "protocol/protocol.h"
#include "server/loginthrottle.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QString>

#include <functional>
#include <optional>

class QHttpServerRequest;

namespace sitesync {

class Database;

// Authenticates every request (SEC-1 to SEC-3): protocol version, site ID and password (checked
// against the salted PBKDF2 hash, then remembered as a fast keyed digest so a sync of many batches
// pays the slow hash once), the hardware binding (TOP-4), and throttling of repeated failures per
// source address and per site from that address (LoginThrottle), decided before any slow hash.
class Authenticator {
public:
    using Clock = LoginThrottle::Clock;

    struct Failure {
        protocol::ErrorCode code;
        QString message;
        int retryAfterSeconds = 0;
    };
    struct Identity {
        int siteId = 0;
        QString hardwareId;
    };
    // What of a request counts here.
    struct Attempt {
        QHostAddress peer;
        QByteArray version;        // kVersionHeader
        QByteArray authorization;  // the Authorization header
        QByteArray hardware;       // kHardwareHeader
    };

    explicit Authenticator(Database& db, Clock clock = &QDateTime::currentDateTimeUtc);

    // `requireBinding` is false for initialisation, which binds an unbound site to the caller's hardware.
    std::optional<Failure> authenticate(const QHttpServerRequest& request, bool requireBinding, Identity* identity);
    std::optional<Failure> authenticate(const Attempt& attempt, bool requireBinding, Identity* identity);

    // How many slow password hashes were computed so far.
    qint64 derivations() const { return m_derivations; }

private:
    std::optional<Failure> throttled(const QHostAddress& peer, int siteId = 0) const;
    // The presented password against the site's stored hash, slowly only when not remembered.
    bool passwordMatches(int siteId, const QByteArray& password, const QString& hash);

    Database& m_db;
    LoginThrottle m_throttle;
    QHash<int, QByteArray> m_verified;  // site -> keyed digest of the password last verified and its hash
    QByteArray m_cacheKey;              // random per process
    qint64 m_derivations = 0;
};

}  // namespace sitesync
