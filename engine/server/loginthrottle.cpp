#include "server/loginthrottle.h"

#include "db/database.h"

#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <utility>

namespace sitesync {

namespace {

constexpr qint64 kWindowMs = qint64(LoginThrottle::kWindowSeconds) * 1000;
// A failure whose row another thread or process changes between the read and the write is counted
// again on what it wrote; only a source failing from very many places at once gets this far.
constexpr int kWriteTries = 20;

}  // namespace

// One source's failures, as a row of login_strike holds them. Times are milliseconds since the
// epoch (UTC), 0 for none.
struct LoginThrottle::Strikes {
    int count = 0;     // counted since `first`, within the window
    int lockouts = 0;  // in a row, each doubling the wait
    qint64 first = 0;
    qint64 last = 0;
    qint64 lockedUntil = 0;
    qint64 revision = -1;  // of the row as read; -1: none on record

    // When the entry is forgotten.
    qint64 expiry() const
    {
        const qint64 quiet = last + kWindowMs;
        return lockouts == 0 ? quiet : std::max(quiet, lockedUntil + qint64(kForgetLockoutsSeconds) * 1000);
    }

    void add(int limit, qint64 now)
    {
        if (last != 0 && now >= expiry())
            *this = Strikes{0, 0, 0, 0, 0, revision};
        if (first == 0 || now - first >= kWindowMs) {
            count = 0;
            first = now;
        }
        last = now;
        if (++count < limit)
            return;
        ++lockouts;
        const qint64 seconds = qint64(kLockoutSeconds) << std::min(lockouts - 1, 20);
        lockedUntil = now + std::min<qint64>(seconds, kMaxLockoutSeconds) * 1000;
        count = 0;
        first = 0;
    }
};

LoginThrottle::LoginThrottle(Clock clock, qsizetype capacity)
    : m_clock(std::move(clock))
    , m_capacity(std::max<qsizetype>(capacity, 4))
{
}

QString LoginThrottle::addressKey(const QHostAddress& peer)
{
    bool v4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&v4);  // an IPv4-mapped IPv6 address too
    if (v4)
        return QHostAddress(ipv4).toString();
    if (peer.protocol() != QAbstractSocket::IPv6Protocol)
        return peer.toString();
    // One IPv6 network (a /64) is one source: its owner picks any address in it at will.
    Q_IPV6ADDR network = peer.toIPv6Address();
    std::fill(network.c + 8, network.c + 16, quint8(0));
    return QHostAddress(network).toString() + QLatin1String("/64");
}

QString LoginThrottle::siteKey(int siteId, const QString& address)
{
    return QString::number(siteId) + QLatin1Char('@') + address;
}

Result<LoginThrottle::Standing> LoginThrottle::standing(Database& db, const QHostAddress& peer, int siteId) const
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const QString address = addressKey(peer);
    const QString site = siteId != 0 ? siteKey(siteId, address) : address;
    // One statement for both keys, kept prepared: every login with a password asks it.
    const Result<QSqlQuery*> query =
        db.prepared(QStringLiteral("SELECT source, locked_until, forget_at FROM login_strike WHERE source IN (?, ?)"));
    if (!query)
        return query.error();
    QSqlQuery& rows = **query;
    rows.bindValue(0, address);
    rows.bindValue(1, site);
    if (!rows.exec())
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    Standing standing;
    while (rows.next()) {
        const qint64 waitMs = rows.value(1).toLongLong() - now;
        if (waitMs > 0)
            standing.waitSeconds = std::max(standing.waitSeconds, int((waitMs + 999) / 1000));
        if (siteId != 0 && rows.value(0).toString() == site && rows.value(2).toLongLong() > now)
            standing.siteFailed = true;
    }
    rows.finish();
    return standing;
}

Status LoginThrottle::fail(Database& db, const QHostAddress& peer, int siteId)
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const QString address = addressKey(peer);
    if (Status s = strike(db, address, kMaxPerAddress, now); !s)
        return s;
    if (siteId == 0)
        return {};
    return strike(db, siteKey(siteId, address), kMaxPerSite, now);
}

Status LoginThrottle::succeed(Database& db, const QHostAddress& peer, int siteId)
{
    return db.exec(QStringLiteral("DELETE FROM login_strike WHERE source = ?"), {siteKey(siteId, addressKey(peer))});
}

Result<qsizetype> LoginThrottle::size(Database& db)
{
    const Result<QVariant> count = db.scalar(QStringLiteral("SELECT count(*) FROM login_strike"));
    if (!count)
        return count.error();
    return qsizetype(count->toLongLong());
}

Status LoginThrottle::strike(Database& db, const QString& key, int limit, qint64 now)
{
    for (int attempt = 0; attempt < kWriteTries; ++attempt) {
        QSqlQuery read(db.sql());
        read.prepare(QStringLiteral("SELECT failures, lockouts, first_at, last_at, locked_until, revision"
                                    " FROM login_strike WHERE source = ?"));
        read.addBindValue(key);
        if (!read.exec())
            return makeError(ErrorKind::Database, sqlErrorText(read));
        Strikes strikes;
        if (read.next())
            strikes = {read.value(0).toInt(),      read.value(1).toInt(),      read.value(2).toLongLong(),
                       read.value(3).toLongLong(), read.value(4).toLongLong(), read.value(5).toLongLong()};
        read.finish();
        const bool added = strikes.revision < 0;
        strikes.add(limit, now);
        const QVariantList values = {strikes.count, strikes.lockouts,    strikes.first,
                                     strikes.last,  strikes.lockedUntil, strikes.expiry()};
        int changed = 0;
        // Written only over the row as it was read, or as a new row when none was there.
        const Status written =
            added ? db.exec(QStringLiteral("INSERT INTO login_strike (failures, lockouts, first_at, last_at,"
                                           " locked_until, forget_at, revision, source) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"
                                           " ON CONFLICT (source) DO NOTHING"),
                            values + QVariantList{key}, &changed)
                  : db.exec(QStringLiteral("UPDATE login_strike SET failures = ?, lockouts = ?, first_at = ?,"
                                           " last_at = ?, locked_until = ?, forget_at = ?, revision = revision + 1"
                                           " WHERE source = ? AND revision = ?"),
                            values + QVariantList{key, strikes.revision}, &changed);
        if (!written)
            return written;
        if (changed > 0)
            return keepSmall(db, now, added);
    }
    return makeError(ErrorKind::Database,
                     QStringLiteral("A failed login from %1 was not counted: its count changed under each of %2 tries.")
                         .arg(key)
                         .arg(kWriteTries));
}

Status LoginThrottle::keepSmall(Database& db, qint64 now, bool added)
{
    {
        const std::lock_guard lock(m_mutex);
        if (added)
            ++m_addedSinceSweep;
        // Made room for a quarter of the table at the last sweep: swept again before that is used up.
        if (now < m_nextSweep && m_addedSinceSweep < m_capacity / 4)
            return {};
        m_nextSweep = now + kWindowMs;
        m_addedSinceSweep = 0;
    }
    if (Status s = db.exec(QStringLiteral("DELETE FROM login_strike WHERE forget_at <= ?"), {now}); !s)
        return s;
    const Result<qsizetype> held = size(db);
    if (!held)
        return held.error();
    // Still too many (failures from very many addresses): those that would be forgotten soonest go,
    // so that making room stays cheap however long the flood.
    const qsizetype keep = m_capacity - m_capacity / 4;
    if (*held <= keep)
        return {};
    return db.exec(QStringLiteral("DELETE FROM login_strike WHERE source IN"
                                  " (SELECT source FROM login_strike ORDER BY forget_at, source LIMIT ?)"),
                   {qint64(*held - keep)});
}

}  // namespace sitesync
