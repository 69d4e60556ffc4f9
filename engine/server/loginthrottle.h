#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QString>

#include <functional>

namespace sitesync {

// Counts failed logins on the central (SEC-3, OPS-6) per source address (every failure from it,
// whatever site it names) and per site and source address together, never per site alone: failures
// from elsewhere cannot lock a site out of its own machine. A key that fails too often waits, longer
// each time it trips again. Memory stays bounded: quiet entries are forgotten, and when the table is
// full those due to be forgotten soonest make room.
class LoginThrottle {
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int kMaxPerSite = 5;      // wrong passwords for one site from one address
    static constexpr int kMaxPerAddress = 30;  // failures of any kind from one address (or IPv6 /64)
    static constexpr int kWindowSeconds = 300;
    static constexpr int kLockoutSeconds = 60;  // the first wait; it doubles with each lock-out
    static constexpr int kMaxLockoutSeconds = 900;
    static constexpr int kForgetLockoutsSeconds = 3600;  // after the last wait ends, the doubling starts again
    static constexpr qsizetype kMaxEntries = 10000;

    explicit LoginThrottle(Clock clock = &QDateTime::currentDateTimeUtc, qsizetype capacity = kMaxEntries);

    // Seconds `peer` must wait before trying again (for `siteId`, when not 0); 0 when it may try.
    int wait(const QHostAddress& peer, int siteId = 0) const;
    // A failed login from `peer`: counts for the address, and for the site with it when `siteId` is not 0.
    void fail(const QHostAddress& peer, int siteId = 0);
    // A login that succeeded forgets the failures of the site from that address (not the address's).
    void succeed(const QHostAddress& peer, int siteId);

    qsizetype size() const { return m_entries.size(); }

private:
    struct Strikes {
        int count = 0;
        int lockouts = 0;  // in a row, each doubling the wait
        QDateTime first;   // of the counted failures
        QDateTime last;
        QDateTime lockedUntil;
        QDateTime expiry() const;  // when the entry is forgotten
    };
    static QString addressKey(const QHostAddress& peer);
    int waitFor(const QString& key, const QDateTime& now) const;
    void strike(const QString& key, int limit, const QDateTime& now);
    void forgetExpired(const QDateTime& now);
    void makeRoom(const QDateTime& now);

    Clock m_clock;
    qsizetype m_capacity;
    QHash<QString, Strikes> m_entries;  // "ADDRESS" and "SITE@ADDRESS"
    QDateTime m_nextSweep;
};

}  // namespace sitesync
