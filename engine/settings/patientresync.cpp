#include "settings/patientresync.h"

#include "db/database.h"
#include "sync/siteledger.h"

namespace sitesync {

namespace {

// The records to resend, parents before the records that refer to them, since the site applies
// its resend queue in order. %1 in a query stands for the patients visible in the store.
const char* const kPatients = "SELECT n.id FROM name n JOIN name_store_join j ON j.name_id = n.id"
                              " WHERE j.store_id = :store AND n.type = 'patient'";

struct Part {
    const char* table;
    const char* ids;  // a query for the ids to queue; :store is the store
};

const Part kParts[] = {
    {"abbreviation", "SELECT id FROM abbreviation"},
    {"diagnosis", "SELECT id FROM diagnosis"},
    {"insurance_provider", "SELECT id FROM insurance_provider"},
    {"item_direction", "SELECT id FROM item_direction"},
    {"prescriber", "SELECT id FROM prescriber WHERE home_store_id = :store"
                   " UNION SELECT prescriber_id FROM invoice WHERE store_id = :store AND type = 'prescription'"
                   " AND prescriber_id IS NOT NULL AND name_id IN (%1)"},
    {"name", "%1"},
    {"name_store_join", "SELECT j.id FROM name_store_join j JOIN name n ON n.id = j.name_id"
                        " WHERE j.store_id = :store AND n.type = 'patient'"},
    {"insurance_policy", "SELECT id FROM insurance_policy WHERE patient_id IN (%1)"},
    {"prescription_repeat", "SELECT id FROM prescription_repeat WHERE patient_id IN (%1)"},
    {"invoice", "SELECT id FROM invoice WHERE store_id = :store AND type = 'prescription' AND name_id IN (%1)"},
    {"invoice_line", "SELECT l.id FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id"
                     " WHERE i.store_id = :store AND i.type = 'prescription' AND i.name_id IN (%1)"},
};

}  // namespace

Result<int> PatientResync::queue(Database& db, const QString& storeId, const QString& reason)
{
    const Result<QVariant> active =
        db.scalar(QStringLiteral("SELECT ss.active_site_id FROM store_sync ss JOIN site s ON s.id = ss.active_site_id"
                                 " WHERE ss.id = ? AND s.is_central = 0"),
                  {storeId});
    if (!active)
        return active.error();
    if (!active->isValid())
        return 0;
    int queued = 0;
    for (const Part& part : kParts) {
        QString ids = QString::fromLatin1(part.ids);
        if (ids.contains(QLatin1String("%1")))
            ids = ids.arg(QLatin1String(kPatients));
        // Positional bindings: every :store becomes the same value.
        const qsizetype storeMentions = ids.count(QLatin1String(":store"));
        ids.replace(QLatin1String(":store"), QLatin1String("?"));
        QVariantList bindings{active->toInt(), QString::fromLatin1(part.table)};
        for (qsizetype i = 0; i < storeMentions; ++i)
            bindings << storeId;
        const Result<int> added = SiteLedger(db).queue(
            QStringLiteral("SELECT CAST(? AS BIGINT), CAST(? AS TEXT), id FROM (%1) AS ids").arg(ids), bindings,
            reason);
        if (!added)
            return added.error();
        queued += *added;
    }
    return queued;
}

}  // namespace sitesync
