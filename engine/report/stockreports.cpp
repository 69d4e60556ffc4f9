#include "report/stockreports.h"

#include "db/database.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::StockReports)
};

const QString kMonthFormat = QStringLiteral("yyyy-MM");

// The copy this site holds of the store, as the write rules see it.
SyncType copyHere(const StoreSyncSettings& settings, const LocalSite& site)
{
    const SyncType type = settings.typeOn(site.siteId());
    // On a remote the Sync ID may still name this site after the store moved away, until the new
    // settings arrive; its own sync-with row already says what it keeps (LocalSite::activeSiteOf).
    if (type == SyncType::Active && site.activeSiteOf(settings.storeId) != site.siteId())
        return settings.withOn(site.siteId()) == SyncWith::Transfer ? SyncType::Transfer : SyncType::None;
    return type;
}

// "store_id IN (?, ?, ...)" for the stores, whose ids are bound by bindStores.
QString storeFilter(const QString& column, const QList<ReportableStore>& stores)
{
    return QStringLiteral("%1 IN (%2)")
        .arg(column, QStringList(stores.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
}

void bindStores(QSqlQuery& query, const QList<ReportableStore>& stores)
{
    for (const ReportableStore& store : stores)
        query.addBindValue(store.id);
}

}  // namespace

Result<QList<ReportableStore>> StockReports::reportableStores()
{
    const Result<QList<StoreInfo>> stores = m_session.stores().list();
    if (!stores)
        return stores.error();
    QList<ReportableStore> reportable;
    for (const StoreInfo& store : *stores) {
        const Result<StoreSyncSettings> settings = m_session.syncSettings().load(store.id);
        if (!settings) {
            // A remote holds no settings of a store it has no copy of.
            if (settings.error().kind == ErrorKind::NotFound)
                continue;
            return settings.error();
        }
        const SyncType type = copyHere(*settings, m_session.site());
        if (type == SyncType::Active || type == SyncType::Collector)
            reportable.append(ReportableStore{store.id, store.name, type});
    }
    std::stable_sort(reportable.begin(), reportable.end(), [](const ReportableStore& a, const ReportableStore& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return reportable;
}

Result<QList<ReportItem>> StockReports::items()
{
    QSqlQuery query(m_session.database().sql());
    if (!query.exec(QStringLiteral("SELECT id, code, name FROM item ORDER BY code, name, id")))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<ReportItem> items;
    while (query.next())
        items.append(ReportItem{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return items;
}

Result<QList<StockOnHandRow>> StockReports::stockOnHand(const std::optional<QString>& itemId)
{
    // The stores and their figures belong to one moment, even while a sync writes.
    Transaction tx(m_session.database(), Database::Access::Read);
    if (!tx.started())
        return tx.started().error();
    const Result<QList<ReportableStore>> stores = reportableStores();
    if (!stores)
        return stores.error();
    QList<StockOnHandRow> rows;
    if (stores->isEmpty())
        return rows;
    QSqlQuery query(m_session.database().sql());
    // Summed first, then named: the lookups run once per row of the report, not once per stock line.
    query.prepare(QStringLiteral("SELECT g.store_id, st.name, COALESCE(g.location_id, ''), COALESCE(l.code, ''),"
                                 " g.item_id, COALESCE(it.code, ''), COALESCE(it.name, ''), g.quantity"
                                 " FROM (SELECT store_id, location_id, item_id, SUM(quantity) AS quantity"
                                 "  FROM stock_line WHERE %1%2 GROUP BY store_id, location_id, item_id) g"
                                 " JOIN store st ON st.id = g.store_id"
                                 " LEFT JOIN location l ON l.id = g.location_id"
                                 " LEFT JOIN item it ON it.id = g.item_id"
                                 " ORDER BY st.name, g.store_id, COALESCE(l.code, ''), g.location_id,"
                                 " COALESCE(it.code, ''), g.item_id")
                      .arg(storeFilter(QStringLiteral("store_id"), *stores),
                           itemId ? QStringLiteral(" AND item_id = ?") : QString()));
    bindStores(query, *stores);
    if (itemId)
        query.addBindValue(*itemId);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    while (query.next()) {
        rows.append(StockOnHandRow{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                   query.value(6).toString(), query.value(7).toDouble()});
    }
    query.finish();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rows;
}

Result<StockValueReport> StockReports::stockValue()
{
    Transaction tx(m_session.database(), Database::Access::Read);
    if (!tx.started())
        return tx.started().error();
    const Result<QList<ReportableStore>> stores = reportableStores();
    if (!stores)
        return stores.error();
    StockValueReport report;
    if (stores->isEmpty())
        return report;
    QSqlQuery query(m_session.database().sql());
    query.prepare(QStringLiteral("SELECT store_id, SUM(quantity * cost_price) FROM stock_line WHERE %1"
                                 " GROUP BY store_id")
                      .arg(storeFilter(QStringLiteral("store_id"), *stores)));
    bindStores(query, *stores);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QHash<QString, double> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toDouble());
    query.finish();
    for (const ReportableStore& store : *stores) {
        const double value = values.value(store.id, 0.0);
        report.stores.append(StoreStockValue{store.id, store.name, value});
        report.total += value;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<QList<MonthlyUsageRow>> StockReports::monthlyUsage(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorKind::BadInput, Text::tr("Choose the first and the last month of the usage report."));
    const QStringList months = monthsBetween(from, to);
    if (months.isEmpty())
        return makeError(ErrorKind::BadInput, Text::tr("The usage report cannot start (%1) after it ends (%2).")
                                                  .arg(from.toString(kMonthFormat), to.toString(kMonthFormat)));
    Transaction tx(m_session.database(), Database::Access::Read);
    if (!tx.started())
        return tx.started().error();
    const Result<QList<ReportableStore>> stores = reportableStores();
    if (!stores)
        return stores.error();
    QList<MonthlyUsageRow> rows;
    if (stores->isEmpty())
        return rows;
    // Usage is what left the store for customers and patients; supplier invoices bring stock in,
    // and an invoice counts only once finalised, in the month it was finalised.
    QSqlQuery query(m_session.database().sql());
    query.prepare(
        QStringLiteral("SELECT store_id, month, SUM(quantity) FROM"
                       " (SELECT i.store_id, substr(i.finalised_at, 1, 7) AS month,"
                       "  (SELECT SUM(il.quantity) FROM invoice_line il"
                       "   WHERE il.invoice_id = i.id AND il.store_id = i.store_id) AS quantity"
                       "  FROM invoice i"
                       "  WHERE %1 AND i.status = 'finalised' AND i.type IN ('customer_invoice', 'prescription')"
                       "  AND substr(i.finalised_at, 1, 7) BETWEEN ? AND ?) AS usage"
                       " GROUP BY store_id, month")
            .arg(storeFilter(QStringLiteral("i.store_id"), *stores)));
    bindStores(query, *stores);
    query.addBindValue(months.first());
    query.addBindValue(months.last());
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QHash<QString, QHash<QString, double>> usage;  // by store id, then month
    while (query.next())
        usage[query.value(0).toString()].insert(query.value(1).toString(), query.value(2).toDouble());
    query.finish();
    for (const ReportableStore& store : *stores) {
        for (const QString& month : months)
            rows.append(MonthlyUsageRow{store.id, store.name, month, usage.value(store.id).value(month, 0.0)});
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return rows;
}

QStringList StockReports::monthsBetween(QDate from, QDate to)
{
    QStringList months;
    if (!from.isValid() || !to.isValid())
        return months;
    const QDate last(to.year(), to.month(), 1);
    for (QDate month(from.year(), from.month(), 1); month <= last; month = month.addMonths(1))
        months << month.toString(kMonthFormat);
    return months;
}

}  // namespace sitesync
