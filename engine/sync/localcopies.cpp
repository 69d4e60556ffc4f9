#include "sync/localcopies.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/localsite.h"
#include "sync/outgoinglog.h"
#include "write/recordwriter.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace sitesync {

Q_LOGGING_CATEGORY(lcCopies, "sitesync.engine.copies", QtWarningMsg)

namespace {

const QString kMarked = QStringLiteral("copies_to_review");

// The tables of RT-3: a dispensary store's transactions, kept off the central unless included.
const QStringList kDispensaryTransactions = {QStringLiteral("invoice"), QStringLiteral("invoice_line"),
                                             QStringLiteral("stock_line"), QStringLiteral("stocktake"),
                                             QStringLiteral("stocktake_line")};

}  // namespace

QStringList LocalCopies::marked()
{
    return LocalState::get(m_writer.database(), kMarked).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Status LocalCopies::mark(const QString& storeId)
{
    QStringList stores = marked();
    if (stores.contains(storeId))
        return {};
    stores << storeId;
    return LocalState::set(m_writer.database(), kMarked, stores.join(QLatin1Char(',')));
}

Status LocalCopies::afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after)
{
    LocalSite& site = m_writer.site();
    if (site.isCentral())
        return {};
    if (table.name == QLatin1String("store_sync")) {
        const QString storeId = (after.isEmpty() ? before : after).value(QLatin1String("id")).toString();
        const bool included = after.value(QLatin1String("include_transactions")).toInteger() == 1;
        const bool wasIncluded = before.value(QLatin1String("include_transactions")).toInteger() == 1;
        if (included && !wasIncluded && !before.isEmpty()) {
            if (Status s = resendTransactions(storeId); !s)
                return s;
        }
        if (before.value(QLatin1String("active_site_id")) != after.value(QLatin1String("active_site_id")))
            return mark(storeId);
        return {};
    }
    if (table.name == QLatin1String("store_site")) {
        const QJsonObject& row = after.isEmpty() ? before : after;
        if (row.value(QLatin1String("site_id")).toInteger() == site.siteId() &&
            before.value(QLatin1String("sync_with")) != after.value(QLatin1String("sync_with")))
            return mark(row.value(QLatin1String("store_id")).toString());
    }
    return {};
}

Status LocalCopies::resendTransactions(const QString& storeId)
{
    // Moved past the push cursor, the store's transactions are pushed again, in their old order.
    const Result<int> moved = OutgoingLog(m_writer.database(), m_writer.site().siteId())
                                  .moveToEnd(QStringLiteral("store_id = ? AND origin_site = ? AND table_name IN ('%1')")
                                                 .arg(kDispensaryTransactions.join(QStringLiteral("', '"))),
                                             {storeId, m_writer.site().siteId()});
    if (!moved)
        return moved.error();
    qCInfo(lcCopies) << "re-sending" << *moved << "transactions of store" << storeId;
    return {};
}

Result<int> LocalCopies::review()
{
    LocalSite& site = m_writer.site();
    Database& db = m_writer.database();
    if (site.isCentral())
        return 0;
    const OutgoingLog outgoing(db, site.siteId());
    int removed = 0;
    QStringList waiting;
    for (const QString& storeId : marked()) {
        // Changes not yet pushed would be lost with the copy: it waits for the next sync.
        const Result<int> unpushed = outgoing.unpushedInStore(storeId);
        if (!unpushed)
            return unpushed.error();
        if (*unpushed > 0) {
            waiting << storeId;
            continue;
        }
        if (site.activeSiteOf(storeId) == site.siteId())
            continue;
        const Result<QVariant> copy = db.scalar(QStringLiteral("SELECT sync_with FROM store_site WHERE id = ?"),
                                                {QStringLiteral("%1@%2").arg(storeId).arg(site.siteId())});
        if (!copy)
            return copy.error();
        const QString kind = copy->toString();
        if (kind == QLatin1String("collector"))
            continue;
        const Result<int> gone = removeCopy(storeId, kind == QLatin1String("transfer"));
        if (!gone) {
            // The copy stays as it is, and is looked at again after the next sync.
            qCWarning(lcCopies) << "cannot remove the copy of store" << storeId << gone.error().message;
            waiting << storeId;
            continue;
        }
        removed += *gone;
    }
    if (Status s = LocalState::set(db, kMarked, waiting.join(QLatin1Char(','))); !s)
        return s.error();
    return removed;
}

Result<int> LocalCopies::removeCopy(const QString& storeId, bool keepTransfers)
{
    Database& db = m_writer.database();
    const int siteId = m_writer.site().siteId();
    // A dispensary's transactions that were never sent (RT-3) exist only here: they stay.
    const Result<QVariant> unsent =
        db.scalar(QStringLiteral("SELECT count(*) FROM store st JOIN store_sync ss ON ss.id = st.id"
                                 " WHERE st.id = ? AND st.is_dispensary = 1 AND ss.include_transactions = 0"),
                  {storeId});
    if (!unsent)
        return unsent.error();
    const bool keepTransactions = unsent->toInt() > 0;
    // ST-1, ST-6: the primary keeps every store, its non-sync preferences and its visibility, which
    // it alone edits, whatever its copy of the store's transactions.
    const bool primary = m_writer.site().isPrimary();
    int removed = 0;
    const Status s = m_writer.inOneTransaction([&]() -> Status {
        // Children before parents: the registry lists parents first.
        const QList<TableInfo>& tables = TableRegistry::tables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            const TableInfo& table = *it;
            const DataClass usual = table.usualClass();
            if (table.managed || table.storeColumn != QLatin1String("store_id") ||
                table.name == QLatin1String("user_account") ||
                (usual != DataClass::Store && usual != DataClass::CentralStore) ||
                (primary && usual == DataClass::CentralStore))
                continue;
            if (keepTransactions && kDispensaryTransactions.contains(table.name))
                continue;
            QString condition = QStringLiteral("store_id = ?");
            QVariantList bindings = {storeId};
            // What the records that stay still refer to stays too.
            if (table.name == QLatin1String("stock_line"))
                condition += QStringLiteral(
                    " AND id NOT IN (SELECT stock_line_id FROM invoice_line WHERE stock_line_id IS NOT NULL"
                    " UNION SELECT stock_line_id FROM stocktake_line WHERE stock_line_id IS NOT NULL)");
            if (table.name == QLatin1String("location"))
                condition +=
                    QStringLiteral(" AND id NOT IN (SELECT location_id FROM stock_line WHERE location_id IS NOT NULL)");
            if (table.name == QLatin1String("name_store_join"))
                condition += QStringLiteral(" AND name_id NOT IN (SELECT id FROM name WHERE type = 'patient')");
            // A transfer copy keeps the transfers with the stores active on this site (ST-2).
            const QString header = table.name.endsWith(QLatin1String("_line")) ? table.name.chopped(5) : table.name;
            if (keepTransfers && (header == QLatin1String("invoice") || header == QLatin1String("requisition"))) {
                const QString transfer =
                    QStringLiteral("EXISTS (SELECT 1 FROM name n JOIN store_sync ss ON ss.id = n.store_id"
                                   " WHERE n.id = h.name_id AND ss.active_site_id = ?)");
                condition +=
                    header == table.name
                        ? QStringLiteral(" AND NOT (SELECT %1 FROM %2 h WHERE h.id = %2.id)").arg(transfer, header)
                        : QStringLiteral(" AND NOT (SELECT %1 FROM %2 h WHERE h.id = %3.%2_id)")
                              .arg(transfer, header, table.name);
                bindings << siteId;
            }
            if (Status s = db.exec(QStringLiteral("DELETE FROM \"%1\" WHERE %2").arg(table.name, condition), bindings,
                                   &removed);
                !s)
                return s;
        }
        if (keepTransfers || primary)
            return {};
        // ACC-3: with no copy left, the site's own view of the store goes too (its settings, and its
        // record where nothing kept here still refers to it), so that what the site says it holds
        // is what the central says. Should the store come back, its settings are sent again (RT-5).
        for (const char* statement :
             {"DELETE FROM store_site WHERE store_id = ?", "DELETE FROM store_sync WHERE id = ?"}) {
            if (Status s = db.exec(QString::fromLatin1(statement), {storeId}); !s)
                return s;
        }
        const Status record = m_writer.inOneTransaction(
            [&]() -> Status { return db.exec(QStringLiteral("DELETE FROM store WHERE id = ?"), {storeId}); });
        if (!record)
            qCInfo(lcCopies) << "the record of store" << storeId << "stays: records kept here refer to it";
        return {};
    });
    if (!s)
        return s.error();
    qCInfo(lcCopies) << "removed" << removed << "records of store" << storeId
                     << (keepTransfers ? "keeping its transfers" : "");
    return removed;
}

}  // namespace sitesync
