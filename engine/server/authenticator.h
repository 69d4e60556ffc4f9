#pragma once

#include "protocol/protocol.h"

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
// pays the slow hash once), the hardware binding (TOP-4), and throttling of repeated failures: wrong
// passwords per site, requests naming no known site per address.
class Authenticator {
public:
    using Clock = std::function<QDateTime()>;

    struct Failure {
        protocol::ErrorCode code;
        QString message;
        int retryAfterSeconds = 0;
    };
    struct Identity {
        int siteId = 0;
        QString hardwareId;
    };

    static constexpr int kMaxFailures = 5;
    static constexpr int kWindowSeconds = 300;
    static constexpr int kLockoutSeconds = 60;

    explicit Authenticator(Database& db, Clock clock = &QDateTime::currentDateTimeUtc);

    // `requireBinding` is false for initialisation, which binds an unbound site to the caller's hardware.
    std::optional<Failure> authenticate(const QHttpServerRequest& request, bool requireBinding, Identity* identity);

private:
    struct Strikes {
        int count = 0;
        QDateTime first;
        QDateTime lockedUntil;
    };
    std::optional<Failure> throttled(const QString& key);
    void strike(const QString& key);

    Database& m_db;
    Clock m_clock;
    QHash<QString, Strikes> m_strikes;  // "site:N" and "peer:ADDRESS"
    QHash<int, QByteArray> m_verified;  // site -> keyed digest of the password last verified
    QByteArray m_cacheKey;              // random per process
};

}  // namespace sitesync
