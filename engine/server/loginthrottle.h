#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>

#include <mutex>

namespace sitesync {

class Database;

// Counts failed logins on the central (SEC-3, OPS-6) per source address (every failure from it,
// whatever site it names) and per site and source address together, never per site alone: failures
// from elsewhere cannot lock a site out of its own machine. A key that fails too often waits, longer
// each time it trips again.
//
// The counts are kept in the central's database (`login_strike`), so that every server process
// serving it counts the failures made against any of them and refuses alike (OPS-5). Where a
// source stands is one indexed read; a failure is written by statements of their own, outside any
// transaction, so they never wait for the central's write lock nor hold it (failures counted at
// once, by several threads or processes, each count: a write that finds the row changed since it
// read it reads it again). The table stays bounded: quiet entries are forgotten, and when it holds
// too many, those due to be forgotten soonest make room.
class LoginThrottle {
public:
    using Clock = sitesync::Clock;

    static constexpr int kMaxPerSite = 5;      // wrong passwords for one site from one address
    static constexpr int kMaxPerAddress = 30;  // failures of any kind from one address (or IPv6 /64)
    static constexpr int kWindowSeconds = 300;
    static constexpr int kLockoutSeconds = 60;  // the first wait; it doubles with each lock-out
    static constexpr int kMaxLockoutSeconds = 900;
    static constexpr int kForgetLockoutsSeconds = 3600;  // after the last wait ends, the doubling starts again
    // Sources on record at most, give or take what other processes added since this one last made room.
    static constexpr qsizetype kMaxEntries = 10000;

    explicit LoginThrottle(Clock clock = systemClock(), qsizetype capacity = kMaxEntries);

    struct Standing {
        int waitSeconds = 0;      // before `peer` may try again; 0 when it may try now
        bool siteFailed = false;  // failures of the site from that address are on record
    };
    // Thread-safe, as are the calls below; `db` is the calling thread's connection, in no transaction.
    // Where `peer` stands, for `siteId` too when it is not 0.
    Result<Standing> standing(Database& db, const QHostAddress& peer, int siteId = 0) const;
    // A failed login from `peer`: counts for the address, and for the site with it when `siteId` is not 0.
    Status fail(Database& db, const QHostAddress& peer, int siteId = 0);
    // A login that succeeded forgets the failures of the site from that address (not the address's).
    Status succeed(Database& db, const QHostAddress& peer, int siteId);

    // How many sources are on record.
    static Result<qsizetype> size(Database& db);

private:
    struct Strikes;
    static QString addressKey(const QHostAddress& peer);
    static QString siteKey(int siteId, const QString& address);
    Status strike(Database& db, const QString& key, int limit, qint64 now);
    // Forgets the quiet entries now and then, and makes room when there are too many.
    Status keepSmall(Database& db, qint64 now, bool added);

    Clock m_clock;
    qsizetype m_capacity;
    std::mutex m_mutex;  // guards what follows
    qint64 m_nextSweep = 0;
    qsizetype m_addedSinceSweep = 0;
};

}  // namespace sitesync
