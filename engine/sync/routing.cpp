#include "sync/routing.h"

#include "db/database.h"
#include "model/localsite.h"
#include "protocol/jsontext.h"
#include "sync/siteledger.h"
#include "sync/waitingcounts.h"

#include <QSqlQuery>
#include <QStringList>

#include <iterator>

namespace sitesync {

QString Routing::routedToSite()
{
    return QStringLiteral(
               // A site is not sent its own changes back, except those made before it was last
               // initialised or before its database was restored, which its database lacks (RT-5, ACC-1).
               "(c.origin_site <> t.site"
               " OR c.seq <= (SELECT k.own_changes_until FROM site_cursor k WHERE k.site_id = t.site)) AND ") +
           routesToSite();
}

namespace {

// One way a change-log entry c reaches sites (RT-1 to RT-4): the entries of a data class it concerns
// (a further condition over c alone, or none), and the sites it reaches: a relation correlated with
// c whose column `site` names them, or every site. routesToSite() asks, for a site t.site, whether
// any route of the entry's class reaches it; sitesOfKeys() lists the sites each route reaches. Both
// are written from this one table, so the rule is stated once.
struct Route {
    const char* dataClass;
    const char* entries;  // nullptr: every entry of the class
    const char* from;     // "table x WHERE <conjunction>" correlated with c; nullptr: every site
    const char* site;     // the column of `from` that names a site
};

// store_site.sync_with 'collector' is the Active/collector value: the active site and collectors.
const Route kRoutes[] = {
    // RT-1: central data everywhere; dispensary central data only where a dispensary is active.
    {"central", "c.dispensary = 0", nullptr, nullptr},
    {"central", nullptr, "store_sync ss JOIN store st ON st.id = ss.id WHERE st.is_dispensary = 1",
     "ss.active_site_id"},
    // DT-3: central store data to the store's active site; the store record to every copy (ST-6).
    {"central_store", nullptr, "store_sync ss WHERE ss.id = c.store_id", "ss.active_site_id"},
    {"central_store", "c.table_name = 'store'", "store_site x WHERE x.store_id = c.store_id AND x.sync_with <> 'none'",
     "x.site_id"},
    // RT-2: store data to the active site and collectors; transfers also to transfer copies, but a
    // transfer copy serves the transfers with the stores active on that site only.
    {"store", nullptr,
     "store_site x WHERE x.store_id = c.store_id AND (x.sync_with = 'collector' OR (x.sync_with = 'transfer'"
     " AND c.transfer = 1 AND EXISTS (SELECT 1 FROM store_sync o WHERE o.id = c.other_store_id"
     " AND o.active_site_id = x.site_id)))",
     "x.site_id"},
    // DT-5: patient data to the primary and to sites with an active or collector store that sees the
    // patient. A patient's new visibility in a store goes only where that store is held in full (RT-4).
    {"patient", nullptr, "site p WHERE p.is_primary = 1", "p.id"},
    {"patient", "c.table_name = 'name_store_join'",
     "store_site x WHERE x.store_id = c.other_store_id AND x.sync_with = 'collector'", "x.site_id"},
    {"patient", "c.table_name <> 'name_store_join'",
     "name_store_join j JOIN store_site x ON x.store_id = j.store_id WHERE j.name_id = c.patient_id"
     " AND x.sync_with = 'collector'",
     "x.site_id"},
    // PT-4: a prescriber (c.patient_id names the person) goes where its home store is held, and to
    // the sites holding a store where it has prescribed.
    {"patient",
     "c.table_name <> 'name_store_join' AND (c.patient_id IS NULL"
     " OR EXISTS (SELECT 1 FROM prescriber r WHERE r.id = c.patient_id))",
     "store_site x WHERE x.store_id = c.store_id AND x.sync_with = 'collector'", "x.site_id"},
    {"patient", "c.table_name <> 'name_store_join'",
     "invoice i JOIN store_site x ON x.store_id = i.store_id WHERE i.prescriber_id = c.patient_id"
     " AND x.sync_with = 'collector'",
     "x.site_id"},
    // DT-9: a merge of people also goes where the merged-away one's home store is held.
    {"patient", "c.table_name = 'record_merge'",
     "store_site x WHERE x.store_id = c.other_store_id AND x.sync_with = 'collector'", "x.site_id"},
    // DT-6: sync data is not synced as such, but each site gets its own view: the sites, and the
    // sync settings of the stores it holds a copy of (and its own row when it loses one, whose ID
    // names the site: the first condition only finds the site, the second decides).
    {"sync", "c.table_name = 'site'", nullptr, nullptr},
    {"sync", "c.table_name = 'store_site'",
     "site s WHERE s.id = CAST(substr(c.record_id, length(c.store_id) + 2) AS INTEGER)"
     " AND c.record_id = c.store_id || '@' || s.id",
     "s.id"},
    {"sync", nullptr, "store_site x WHERE x.store_id = c.store_id AND x.sync_with <> 'none'", "x.site_id"},
    // DT-7: messages to the sites where the sending or receiving store is active.
    {"message", nullptr, "store_sync ss WHERE ss.id IN (c.store_id, c.other_store_id)", "ss.active_site_id"},
};

// A route as a condition for site t.site, without its data class.
QString reachesSite(const Route& route)
{
    QStringList terms;
    if (route.entries)
        terms << QString::fromLatin1(route.entries);
    if (route.from)
        terms << QStringLiteral("EXISTS (SELECT 1 FROM %1 AND %2 = t.site)")
                     .arg(QLatin1String(route.from), QLatin1String(route.site));
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
}

}  // namespace

QString Routing::routesToSite()
{
    // Grouped by data class, so that an entry is compared with its class once.
    QStringList classes;
    QStringList routes;
    QString current;
    const auto close = [&] {
        if (!current.isEmpty())
            classes << QStringLiteral("(c.data_class = '%1' AND ((%2)))")
                           .arg(current, routes.join(QStringLiteral(") OR (")));
        routes.clear();
    };
    for (const Route& route : kRoutes) {
        if (current != QLatin1String(route.dataClass)) {
            close();
            current = QString::fromLatin1(route.dataClass);
        }
        routes << reachesSite(route);
    }
    close();
    return QStringLiteral("(%1)").arg(classes.join(QStringLiteral(" OR ")));
}

QString Routing::sitesOfKeys()
{
    QStringList selects;
    for (const Route& route : kRoutes) {
        const QString entries =
            QStringLiteral("c.data_class = '%1'%2")
                .arg(QLatin1String(route.dataClass),
                     route.entries ? QStringLiteral(" AND (%1)").arg(QLatin1String(route.entries)) : QString());
        selects << (route.from
                        ? QStringLiteral("SELECT c.key_index, %1 FROM c CROSS JOIN %2 AND %3")
                              .arg(QLatin1String(route.site), QLatin1String(route.from), entries)
                        : QStringLiteral("SELECT c.key_index, t.site FROM c CROSS JOIN t WHERE %1").arg(entries));
    }
    return selects.join(QStringLiteral(" UNION "));
}

namespace {

struct KeyColumn {
    const char* name;
    const char* expression;  // over change_log c
    bool integer = false;
};

// Every column the conditions above read, but c.seq: a column added to them belongs here too
// (tst_waitingcounts checks that none is missing).
const KeyColumn kRoutingKey[] = {
    {"origin_site", "c.origin_site", true},
    {"data_class", "c.data_class"},
    {"table_name", "c.table_name"},
    {"store_id", "c.store_id"},
    {"other_store_id", "c.other_store_id"},
    {"patient_id", "c.patient_id"},
    {"dispensary", "c.dispensary", true},
    {"transfer", "c.transfer", true},
    // The record's ID is read only for a site's own row of a store's sync settings; kept for every
    // entry, it would make each entry a key of its own.
    {"record_id", "CASE WHEN c.data_class = 'sync' AND c.table_name = 'store_site' THEN c.record_id END"},
};

// The key's columns as expressions over change_log c, in the key's order.
QStringList keyExpressions()
{
    QStringList expressions;
    for (const KeyColumn& column : kRoutingKey)
        expressions << QString::fromLatin1(column.expression);
    return expressions;
}

}  // namespace

QString Routing::routingKey(const Dialect& dialect)
{
    return dialect.jsonArray(keyExpressions());
}

QString Routing::routingKeySelect(const Dialect& dialect)
{
    if (!dialect.isPostgres())
        return routingKey(dialect);
    return keyExpressions().join(QStringLiteral(", "));
}

void Routing::readRoutingKey(QByteArray& key, const Statement& row, int first, const Dialect& dialect)
{
    key.clear();
    if (!dialect.isPostgres()) {
        key.append(row.text(first));
        return;
    }
    key.append('[');
    for (int i = 0; i < int(std::size(kRoutingKey)); ++i) {
        if (i > 0)
            key.append(',');
        const int column = first + i;
        if (row.isNull(column))
            key.append("null");
        else if (kRoutingKey[i].integer)
            jsontext::appendInteger(key, row.integer(column));
        else
            jsontext::appendString(key, row.text(column));
    }
    key.append(']');
}

QString Routing::routingKeyColumns(const Dialect& dialect, int offset)
{
    QStringList columns;
    for (const KeyColumn& column : kRoutingKey)
        columns << QStringLiteral("%1 AS %2")
                       .arg(dialect.jsonElement(QStringLiteral("value"), offset++, column.integer),
                            QLatin1String(column.name));
    return columns.join(QStringLiteral(", "));
}

QString Routing::queuedStillRouted()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM change_log c WHERE c.table_name = q.table_name"
                          " AND c.record_id = q.record_id AND %1)")
        .arg(routesToSite());
}

QString Routing::routedAfterCursor()
{
    return QStringLiteral("c.seq > t.cursor AND ") + routedToSite();
}

QString Routing::queuedAfterCursor()
{
    return QStringLiteral("q.site_id = t.site AND q.id > t.queue_cursor AND ") + queuedStillRouted();
}

QString Routing::pushedToCentral()
{
    return QStringLiteral(
        "NOT (c.data_class = 'store' AND c.transfer = 0 AND EXISTS (SELECT 1 FROM store_site x"
        "  WHERE x.store_id = c.store_id AND x.site_id = t.site AND x.sync_with = 'transfer'))"
        " AND NOT (c.table_name IN ('invoice', 'invoice_line', 'stock_line', 'stocktake', 'stocktake_line')"
        "  AND EXISTS (SELECT 1 FROM store st JOIN store_sync ss ON ss.id = st.id WHERE st.id = c.store_id"
        "   AND st.is_dispensary = 1 AND ss.include_transactions = 0))");
}

Result<QMap<int, int>> Routing::queuedBySite(Database& db)
{
    return WaitingCounts::bySite(db);
}

Result<qint64> Routing::toServe(Database& db, int siteId, qint64 cursor, qint64 queueCursor)
{
    const Result<QVariant> count = db.scalar(QStringLiteral("WITH t AS (SELECT CAST(? AS BIGINT) AS site, CAST(? AS "
                                                            "BIGINT) AS cursor, CAST(? AS BIGINT) AS queue_cursor)"
                                                            " SELECT (SELECT count(*) FROM site_queue q, t WHERE %1)"
                                                            " + (SELECT count(*) FROM change_log c, t WHERE %2)")
                                                 .arg(queuedAfterCursor(), routedAfterCursor()),
                                             {siteId, cursor, queueCursor});
    if (!count)
        return count.error();
    return count->toLongLong();
}

// The log entries up to what each remote site was served that route to it now, among those the
// store's settings can affect. A site may hold more than it has confirmed (its last answer), so
// the served cursor counts: a record queued twice is applied twice, harmlessly; one never queued
// would be missing for good.
Result<Routing::Delivered> Routing::deliveredFor(Database& db, const QString& storeId)
{
    Delivered delivered;
    if (Status s = SiteLedger(db).advanceServedEpoch(); !s)
        return s.error();
    QSqlQuery sites(db.sql());
    if (!sites.exec(QStringLiteral("SELECT s.id, COALESCE(k.served_seq, 0) FROM site s"
                                   " LEFT JOIN site_cursor k ON k.site_id = s.id WHERE s.is_central = 0")))
        return makeError(ErrorKind::Database, sqlErrorText(sites));
    QSqlQuery routed(db.sql());
    routed.setForwardOnly(true);
    routed.prepare(QStringLiteral("WITH t AS (SELECT CAST(? AS BIGINT) AS site) SELECT c.seq FROM change_log c, t"
                                  " WHERE c.seq <= ? AND c.op = 'upsert'"
                                  " AND (c.store_id = ? OR c.data_class = 'patient'"
                                  "  OR (c.data_class = 'central' AND c.dispensary = 1)) AND %1")
                       .arg(routedToSite()));
    while (sites.next()) {
        const int site = sites.value(0).toInt();
        const qint64 cursor = sites.value(1).toLongLong();
        QSet<qint64>& seqs = delivered[site];
        if (cursor == 0)
            continue;  // a site that was served nothing yet gets everything from the log anyway
        routed.bindValue(0, site);
        routed.bindValue(1, cursor);
        routed.bindValue(2, storeId);
        if (!routed.exec())
            return makeError(ErrorKind::Database, sqlErrorText(routed));
        while (routed.next())
            seqs.insert(routed.value(0).toLongLong());
    }
    return delivered;
}

Result<int> Routing::queueNewlyNeeded(Database& db, const QString& storeId, const Delivered& before,
                                      const QString& reason)
{
    const Result<Delivered> after = deliveredFor(db, storeId);
    if (!after)
        return after.error();
    SiteLedger ledger(db);
    int queued = 0;
    for (auto it = after->begin(); it != after->end(); ++it) {
        const QSet<qint64> fresh = it.value() - before.value(it.key());
        for (qint64 seq : fresh) {
            const Result<int> one = ledger.queue(
                QStringLiteral("SELECT CAST(? AS BIGINT), table_name, record_id FROM change_log WHERE seq = ?"),
                {it.key(), seq}, reason);
            if (!one)
                return one.error();
            queued += *one;
        }
    }
    return queued;
}

}  // namespace sitesync
