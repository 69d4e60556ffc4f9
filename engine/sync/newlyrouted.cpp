#include "sync/newlyrouted.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "sync/siteledger.h"

namespace sitesync::newlyrouted {

namespace {

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

// The remote sites (not the primary, which has every patient and prescriber) holding `store` in
// full, for a statement's WHERE clause: x is the store_site row, bound to the store.
const char* const kHolders = "x.store_id = ? AND x.sync_with = 'collector'"
                             " AND x.site_id IN (SELECT id FROM site WHERE is_central = 0 AND is_primary = 0)";

Status queue(Database& db, const QString& table, const QString& ids, const QString& sites, const QVariantList& bindings,
             const QString& reason)
{
    // Only what the site's cursor has passed in the log: the rest reaches it from the log, routed
    // as it is when served.
    const Result<int> queued =
        SiteLedger(db).queue(QStringLiteral("SELECT s.site_id, '%1', r.id FROM (%2) s, (%3) r"
                                            " WHERE EXISTS (SELECT 1 FROM change_log c WHERE c.table_name = '%1'"
                                            "  AND c.record_id = r.id AND c.seq <= COALESCE((SELECT k.served_seq"
                                            "  FROM site_cursor k WHERE k.site_id = s.site_id), 0))")
                                 .arg(table, sites, ids),
                             bindings, reason);
    return queued ? Status() : Status(queued.error());
}

// A patient and the records that follow it, in that order, to `sites`.
Status queuePatient(Database& db, const QString& patient, const QString& sites, const QVariantList& siteBindings,
                    const QString& reason)
{
    if (Status s = queue(db, QStringLiteral("name"), QStringLiteral("SELECT CAST(? AS TEXT) AS id"), sites,
                         siteBindings + QVariantList{patient}, reason);
        !s)
        return s;
    for (const char* follower : {"insurance_policy", "prescription_repeat"}) {
        const QString table = QString::fromLatin1(follower);
        if (Status s = queue(db, table, QStringLiteral("SELECT id FROM %1 WHERE patient_id = ?").arg(table), sites,
                             siteBindings + QVariantList{patient}, reason);
            !s)
            return s;
    }
    return {};
}

Status patientVisible(Database& db, const QJsonObject& before, const QJsonObject& after)
{
    const QString patient = text(after, "name_id");
    const QString store = text(after, "store_id");
    if (before.value(QLatin1String("store_id")) == after.value(QLatin1String("store_id")) &&
        before.value(QLatin1String("name_id")) == after.value(QLatin1String("name_id")))
        return {};
    const Result<QVariant> type = db.scalar(QStringLiteral("SELECT type FROM name WHERE id = ?"), {patient});
    if (!type)
        return type.error();
    if (type->toString() != QLatin1String("patient"))
        return {};
    const QString sites =
        QStringLiteral("SELECT x.site_id FROM store_site x WHERE %1 AND NOT EXISTS (SELECT 1 FROM name_store_join j"
                       " JOIN store_site y ON y.store_id = j.store_id WHERE j.name_id = ? AND j.store_id <> x.store_id"
                       " AND y.site_id = x.site_id AND y.sync_with = 'collector')")
            .arg(QLatin1String(kHolders));
    return queuePatient(db, patient, sites, {store, patient}, QStringLiteral("patient made visible in store ") + store);
}

Status prescribed(Database& db, const QJsonObject& before, const QJsonObject& after)
{
    const QString prescriber = text(after, "prescriber_id");
    if (prescriber.isEmpty() || text(after, "type") != QLatin1String("prescription") ||
        (text(before, "prescriber_id") == prescriber && text(before, "store_id") == text(after, "store_id")))
        return {};
    const QString store = text(after, "store_id");
    const QString sites =
        QStringLiteral("SELECT x.site_id FROM store_site x WHERE %1"
                       " AND NOT EXISTS (SELECT 1 FROM prescriber r JOIN store_site y ON y.store_id = r.home_store_id"
                       "  WHERE r.id = ? AND y.site_id = x.site_id AND y.sync_with = 'collector')"
                       " AND NOT EXISTS (SELECT 1 FROM invoice i JOIN store_site y ON y.store_id = i.store_id"
                       "  WHERE i.prescriber_id = ? AND i.store_id <> x.store_id AND y.site_id = x.site_id"
                       "  AND y.sync_with = 'collector')")
            .arg(QLatin1String(kHolders));
    return queue(db, QStringLiteral("prescriber"), QStringLiteral("SELECT CAST(? AS TEXT) AS id"), sites,
                 {store, prescriber, prescriber, prescriber}, QStringLiteral("prescribed in store ") + store);
}

Status merged(Database& db, const QJsonObject& after)
{
    const QString kind = text(after, "table_name");
    const QString kept = text(after, "kept_id");
    const QString reason = QStringLiteral("merged into ") + kept;
    const QString remote =
        QStringLiteral(" AND x.site_id IN (SELECT id FROM site WHERE is_central = 0 AND is_primary = 0)");
    // The sites holding the merged-away person's home store get the merge too.
    const QString holders =
        QStringLiteral(" UNION SELECT x.site_id FROM store_site x WHERE x.store_id = ? AND x.sync_with = 'collector'") +
        remote;
    const QString mergedHome = text(after, "merged_store_id");
    if (kind == QLatin1String("patient"))
        return queuePatient(
            db, kept,
            QStringLiteral("SELECT x.site_id FROM name_store_join j JOIN store_site x"
                           " ON x.store_id = j.store_id WHERE j.name_id = ? AND x.sync_with = 'collector'") +
                remote + holders,
            {kept, mergedHome}, reason);
    if (kind == QLatin1String("prescriber"))
        return queue(db, QStringLiteral("prescriber"), QStringLiteral("SELECT CAST(? AS TEXT) AS id"),
                     QStringLiteral("SELECT x.site_id FROM invoice i JOIN store_site x ON x.store_id = i.store_id"
                                    " WHERE i.prescriber_id = ? AND x.sync_with = 'collector'") +
                         remote + holders,
                     {kept, mergedHome, kept}, reason);
    return {};
}

}  // namespace

Status afterWrite(Database& db, const TableInfo& table, const QJsonObject& before, const QJsonObject& after)
{
    if (after.isEmpty())
        return {};
    if (table.name == QLatin1String("name_store_join"))
        return patientVisible(db, before, after);
    if (table.name == QLatin1String("invoice"))
        return prescribed(db, before, after);
    if (table.name == QLatin1String("record_merge") && before.isEmpty())
        return merged(db, after);
    return {};
}

}  // namespace sitesync::newlyrouted
