#include "sync/waitingcounts.h"

#include "db/database.h"
#include "sync/routing.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace sitesync {

namespace {

// The remote sites with their pull cursors, as the conditions of Routing bind them. Every resend
// still in the queue counts (those a site confirmed are gone from it), hence queue_cursor 0.
const char* const kSites =
    "t AS (SELECT s.id AS site, COALESCE(k.pulled_seq, 0) AS cursor, 0 AS queue_cursor FROM site s"
    " LEFT JOIN site_cursor k ON k.site_id = s.id WHERE s.is_central = 0)";

// The log entries of one routing key past the lowest cursor, in log order.
struct KeyEntries {
    QByteArray key;  // the key as Routing::readRoutingKey() gives it, a JSON array
    std::vector<qint64> seqs;
};

// The log past the lowest cursor, read once.
struct WaitingLog {
    std::vector<KeyEntries> keys;
    // The entries a remote site made itself that lie past its cursor: its own changes come back to
    // it only from before it was last initialised (RT-5), so they are judged for it one by one, and
    // the keys are routed only to the other sites. A site that pulls after it pushes has few of them.
    std::vector<qint64> own;
};

Result<WaitingLog> readWaitingLog(Database& db, qint64 floor, const QHash<int, qint64>& cursors)
{
    const Result<Statement*> prepared =
        db.statement(QStringLiteral("SELECT c.seq, c.origin_site, %1 FROM change_log c WHERE c.seq > ? ORDER BY c.seq")
                         .arg(Routing::routingKeySelect(db.dialect())));
    if (!prepared)
        return prepared.error();
    Statement& log = **prepared;
    log.bindInteger(0, floor);
    WaitingLog waiting;
    std::vector<KeyEntries>& keys = waiting.keys;
    QHash<QByteArray, qsizetype> indexOf;
    qsizetype last = -1;  // entries logged together mostly share their key: compared before hashing
    QByteArray key;       // the current entry's
    while (true) {
        const Result<bool> row = log.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 seq = log.integer(0);
        Routing::readRoutingKey(key, log, 2, db.dialect());
        if (last < 0 || keys[size_t(last)].key != key) {
            const auto found = indexOf.constFind(key);
            if (found == indexOf.constEnd()) {
                last = qsizetype(keys.size());
                indexOf.insert(key, last);
                keys.push_back(KeyEntries{key, {}});
            } else {
                last = found.value();
            }
        }
        keys[size_t(last)].seqs.push_back(seq);
        const auto origin = cursors.constFind(int(log.integer(1)));
        if (origin != cursors.constEnd() && seq > origin.value())
            waiting.own.push_back(seq);
    }
    log.reset();
    return waiting;
}

// The entries set aside as a site's own that the routing condition sends back to it.
Status countOwn(Database& db, const std::vector<qint64>& own, QMap<int, int>& counts)
{
    QByteArray seqs("[");
    for (qint64 seq : own)
        seqs.append(QByteArray::number(seq)).append(',');
    seqs.back() = ']';
    const Result<Statement*> prepared =
        db.statement(QStringLiteral("WITH %1 SELECT t.site, count(*) FROM change_log c JOIN t ON t.site = c.origin_site"
                                    " WHERE %2 AND %3 GROUP BY t.site")
                         .arg(QLatin1String(kSites), db.dialect().inJsonArray(QStringLiteral("c.seq"), true),
                              Routing::routedAfterCursor()));
    if (!prepared)
        return prepared.error();
    Statement& judged = **prepared;
    judged.bindUtf8(0, seqs);
    while (true) {
        const Result<bool> row = judged.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        counts[int(judged.integer(0))] += int(judged.integer(1));
    }
    judged.reset();
    return {};
}

// Routes every key to the remote sites its routes lead to, but its origin, and adds to each site its
// keys' entries past its cursor. Each pair is judged by the routing condition itself, so the routes
// taken the other way round only spare asking the sites a key cannot reach.
Status countRoutedKeys(Database& db, const std::vector<KeyEntries>& keys, const QHash<int, qint64>& cursors,
                       QMap<int, int>& counts)
{
    // Each key travels as [its index, its last entry, the key's values...]; its last entry stands
    // for c.seq, so that a key with nothing past a site's cursor is not routed for it.
    QByteArray rows("[");
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i > 0)
            rows.append(',');
        rows.append('[').append(QByteArray::number(qint64(i))).append(',');
        rows.append(QByteArray::number(keys[i].seqs.back())).append(',');
        rows.append(QByteArrayView(keys[i].key).sliced(1));
    }
    rows.append(']');
    const Dialect& dialect = db.dialect();
    const Result<Statement*> prepared = db.statement(
        QStringLiteral("WITH %1, c AS MATERIALIZED (SELECT %2 AS key_index, %3 AS seq, %4 FROM %5),"
                       " r (key_index, site) AS (%6)"
                       " SELECT c.key_index, t.site FROM r JOIN c ON c.key_index = r.key_index"
                       " JOIN t ON t.site = r.site WHERE c.origin_site <> t.site AND %7")
            .arg(QLatin1String(kSites), dialect.jsonElement(QStringLiteral("value"), 0, true),
                 dialect.jsonElement(QStringLiteral("value"), 1, true), Routing::routingKeyColumns(dialect, 2),
                 dialect.jsonArrayRows(QStringLiteral("?"), QStringLiteral("e")), Routing::sitesOfKeys(),
                 Routing::routedAfterCursor()));
    if (!prepared)
        return prepared.error();
    Statement& routed = **prepared;
    routed.bindUtf8(0, rows);
    while (true) {
        const Result<bool> row = routed.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::vector<qint64>& seqs = keys[size_t(routed.integer(0))].seqs;
        const int site = int(routed.integer(1));
        const auto past = std::upper_bound(seqs.begin(), seqs.end(), cursors.value(site));
        counts[site] += int(seqs.end() - past);
    }
    routed.reset();
    return {};
}

// The targeted resends that still route to each site and are not among its routed log entries
// (the log holds each record once, the queue once per site): one pass over the queue.
Status countQueued(Database& db, QMap<int, int>& counts)
{
    QSqlQuery queued(db.sql());
    queued.setForwardOnly(true);
    if (!queued.exec(QStringLiteral("WITH %1 SELECT t.site, count(*) FROM t, site_queue q WHERE %2 AND NOT EXISTS ("
                                    " SELECT 1 FROM change_log c WHERE c.table_name = q.table_name"
                                    " AND c.record_id = q.record_id AND %3) GROUP BY t.site")
                         .arg(QLatin1String(kSites), Routing::queuedAfterCursor(), Routing::routedAfterCursor())))
        return makeError(ErrorKind::Database, sqlErrorText(queued));
    while (queued.next())
        counts[queued.value(0).toInt()] += queued.value(1).toInt();
    return {};
}

}  // namespace

Result<QMap<int, int>> WaitingCounts::bySite(Database& db)
{
    // One read transaction: the cursors, the log and the queue of one moment, without the write lock.
    Transaction tx(db, Database::Access::Read);
    if (!tx.started())
        return tx.started().error();
    QSqlQuery sites(db.sql());
    sites.setForwardOnly(true);
    if (!sites.exec(QStringLiteral("WITH %1 SELECT site, cursor FROM t").arg(QLatin1String(kSites))))
        return makeError(ErrorKind::Database, sqlErrorText(sites));
    QMap<int, int> counts;
    QHash<int, qint64> cursors;
    qint64 floor = -1;
    while (sites.next()) {
        const int site = sites.value(0).toInt();
        const qint64 cursor = sites.value(1).toLongLong();
        counts.insert(site, 0);
        cursors.insert(site, cursor);
        floor = floor < 0 ? cursor : std::min(floor, cursor);
    }
    sites.finish();
    if (counts.isEmpty())
        return counts;

    const Result<WaitingLog> waiting = readWaitingLog(db, floor, cursors);
    if (!waiting)
        return waiting.error();
    if (!waiting->own.empty()) {
        if (Status s = countOwn(db, waiting->own, counts); !s)
            return s.error();
    }
    if (!waiting->keys.empty()) {
        if (Status s = countRoutedKeys(db, waiting->keys, cursors, counts); !s)
            return s.error();
    }
    if (Status s = countQueued(db, counts); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

}  // namespace sitesync
