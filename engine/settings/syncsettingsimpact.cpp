#include "settings/syncsettingsimpact.h"

#include "db/database.h"
#include "model/localsite.h"
#include "settings/syncsettingseditor.h"
#include "sync/routing.h"
#include "sync/siteledger.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncSettingsImpact)
};

struct CopyKey {
    QString storeId;
    int siteId = 0;
    bool operator<(const CopyKey& other) const
    {
        return storeId != other.storeId ? storeId < other.storeId : siteId < other.siteId;
    }
};

// Every copy of every store, by its sync type.
Result<QMap<CopyKey, SyncType>> copyTypes(Database& db)
{
    QSqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("SELECT x.store_id, x.site_id, x.sync_with, ss.active_site_id FROM store_site x"
                                   " JOIN store_sync ss ON ss.id = x.store_id")))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QMap<CopyKey, SyncType> result;
    while (query.next()) {
        const int site = query.value(1).toInt();
        StoreSyncSettings one;
        one.activeSiteId = query.value(3).toInt();
        one.with.insert(site, syncWithFromId(query.value(2).toString()).value_or(SyncWith::None));
        const SyncType type = one.typeOn(site);
        if (type != SyncType::None)
            result.insert(CopyKey{query.value(0).toString(), site}, type);
    }
    return result;
}

// Stops the measuring transaction so that it rolls back; never shown to anyone.
constexpr const char* kMeasured = "measured";

}  // namespace

bool CopyChange::losesRecords() const
{
    const bool hadAll = before == SyncType::Active || before == SyncType::Collector;
    const bool hasAll = after == SyncType::Active || after == SyncType::Collector;
    return (hadAll && !hasAll) || (before == SyncType::Transfer && after == SyncType::None);
}

Result<SyncSettingsImpact> SyncSettingsImpact::measure(SyncSettingsEditor& editor, const QString& storeId,
                                                       const SyncSettingsChange& change)
{
    const LocalSite& site = editor.writer().site();
    if (!site.isCentral())
        return makeError(ErrorKind::Refused, Text::tr("Sync settings are changed only on the central server."));
    const Result<StoreSyncSettings> proposed = editor.preview(storeId, change);
    if (!proposed)
        return proposed.error();
    const Result<SyncSettingsImpact> measured =
        measureChange(editor, storeId, [&](SyncSettingsImpact& measuring) -> Status {
            Database& db = editor.writer().database();
            SyncSettingsChange withoutResync = change;
            withoutResync.resyncPatients = false;
            if (const Result<StoreSyncSettings> applied = editor.apply(storeId, withoutResync); !applied)
                return applied.error();
            if (!change.resyncPatients)
                return {};
            const Result<int> resendBefore = SiteLedger(db).queuedCount();
            if (!resendBefore)
                return resendBefore.error();
            SyncSettingsChange resync;
            resync.resyncPatients = true;
            if (const Result<StoreSyncSettings> resent = editor.apply(storeId, resync); !resent)
                return resent.error();
            const Result<int> resendAfter = SiteLedger(db).queuedCount();
            if (!resendAfter)
                return resendAfter.error();
            measuring.patientRecords = *resendAfter - *resendBefore;
            return {};
        });
    if (!measured)
        return measured.error();
    SyncSettingsImpact impact = *measured;
    // What saving checks against: the settings as the editor computes them for this change.
    impact.proposed = *proposed;
    if (change.resyncPatients && proposed->activeSiteId == site.context().centralSiteId)
        impact.warnings << Text::tr("Store '%1' is active on the central server, so there is no other copy to "
                                    "resend patient records to.")
                               .arg(storeId);
    return impact;
}

Result<SyncSettingsImpact>
SyncSettingsImpact::measureChange(SyncSettingsEditor& editor, const QString& storeId,
                                  const std::function<Status(SyncSettingsImpact&)>& makeChange)
{
    RecordWriter& writer = editor.writer();
    Database& db = writer.database();
    const LocalSite& site = writer.site();
    if (!site.isCentral())
        return makeError(ErrorKind::Refused, Text::tr("Sync settings are changed only on the central server."));
    const Result<StoreSyncSettings> current = editor.load(storeId);
    if (!current)
        return current.error();

    SyncSettingsImpact impact;
    std::optional<Error> failure;
    const Status measured = writer.inOneTransaction([&]() -> Status {
        const Result<QMap<int, int>> queuedBefore = Routing::queuedBySite(db);
        const Result<QMap<CopyKey, SyncType>> copiesBefore = copyTypes(db);
        if (!queuedBefore || !copiesBefore) {
            failure = !queuedBefore ? queuedBefore.error() : copiesBefore.error();
            return *failure;
        }
        if (Status made = makeChange(impact); !made) {
            failure = made.error();
            return *failure;
        }
        const Result<StoreSyncSettings> after = editor.load(storeId);
        const Result<QMap<int, int>> queuedAfter = Routing::queuedBySite(db);
        const Result<QMap<CopyKey, SyncType>> copiesAfter = copyTypes(db);
        if (!after || !queuedAfter || !copiesAfter) {
            failure = makeError(ErrorKind::Database, Text::tr("Could not measure the change's effect."));
            return *failure;
        }
        impact.proposed = *after;
        for (auto it = queuedAfter->begin(); it != queuedAfter->end(); ++it) {
            const int added = it.value() - queuedBefore->value(it.key());
            if (added > 0)
                impact.queued.insert(it.key(), added);
        }
        QList<CopyKey> keys = copiesBefore->keys() + copiesAfter->keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end(),
                               [](const CopyKey& a, const CopyKey& b) { return !(a < b) && !(b < a); }),
                   keys.end());
        for (const CopyKey& key : std::as_const(keys)) {
            CopyChange copy{key.storeId,
                            {},
                            key.siteId,
                            copiesBefore->value(key, SyncType::None),
                            copiesAfter->value(key, SyncType::None),
                            0};
            if (copy.before != copy.after)
                impact.copies.append(copy);
        }
        return makeError(ErrorKind::Invalid, QString::fromLatin1(kMeasured));
    });
    if (failure)
        return *failure;
    if (measured || measured.error().message != QLatin1String(kMeasured))
        return measured ? makeError(ErrorKind::Database, Text::tr("Could not measure the change's effect."))
                        : measured.error();
    const StoreSyncSettings& proposed = impact.proposed;

    // Outside the rolled-back transaction: what each lost copy takes with it.
    for (CopyChange& copy : impact.copies) {
        const Result<QVariant> name = db.scalar(QStringLiteral("SELECT name FROM store WHERE id = ?"), {copy.storeId});
        copy.storeName = name && name->isValid() ? name->toString() : copy.storeId;
        if (!copy.losesRecords())
            continue;
        // A copy cut down to a transfer copy keeps the transfers; one removed from a transfer copy
        // loses only those.
        QString which;
        if (copy.after == SyncType::Transfer)
            which = QStringLiteral(" AND transfer = 0");
        else if (copy.before == SyncType::Transfer)
            which = QStringLiteral(" AND transfer = 1");
        const Result<QVariant> records =
            db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE store_id = ? AND data_class = 'store'"
                                     " AND op = 'upsert'%1")
                          .arg(which),
                      {copy.storeId});
        if (!records)
            return records.error();
        copy.storeRecords = records->toLongLong();
    }

    // Warnings: allowed, but worth a second look (AD-3).
    const int central = site.context().centralSiteId;
    if (proposed.activeSiteId != current->activeSiteId) {
        const int from = current->activeSiteId;
        if (from != central) {
            const Result<QVariant> last =
                db.scalar(QStringLiteral("SELECT last_connection_at FROM site_cursor WHERE site_id = ?"), {from});
            const QString when = last && last->isValid() && !last->isNull()
                                     ? QDateTime::fromString(last->toString(), Qt::ISODate)
                                           .toUTC()
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                     : QString();
            impact.warnings << (when.isEmpty()
                                    ? Text::tr("Site %1 has never connected. Anything entered there for store '%2' "
                                               "and not yet pushed is lost to the move.")
                                          .arg(site.siteLabel(from), storeId)
                                    : Text::tr("Site %1 last connected at %2. Make sure it has pushed all its "
                                               "changes to store '%3' and stopped data entry before the move.")
                                          .arg(site.siteLabel(from), when, storeId));
        }
        if (proposed.withOn(from) == SyncWith::ActiveCollector)
            impact.warnings << Text::tr("Site %1 keeps a read-only collector copy: anything entered there for "
                                        "store '%2' after the move is refused.")
                                   .arg(site.siteLabel(from), storeId);
        const int to = proposed.activeSiteId;
        if (to != central) {
            const Result<QVariant> initialised =
                db.scalar(QStringLiteral("SELECT initialised_at FROM site WHERE id = ?"), {to});
            if (initialised && (!initialised->isValid() || initialised->isNull()))
                impact.warnings << Text::tr("Site %1 is not initialised yet: the store's records wait for it "
                                            "until it is.")
                                       .arg(site.siteLabel(to));
        }
    }
    if (current->includeTransactions && !proposed.includeTransactions) {
        // RT-3 holds back only what a remote site pushes: on the central the transactions are where
        // they are made.
        if (proposed.activeSiteId == central)
            impact.warnings << Text::tr("Store '%1' is active on the central server, so its transactions, "
                                        "prescriptions, stock lines and stocktakes are kept there as before. The "
                                        "setting takes effect if the store becomes active on a remote site: they "
                                        "will then stay on that site.")
                                   .arg(storeId);
        else
            impact.warnings << Text::tr("The transactions, prescriptions, stock lines and stocktakes of store '%1' "
                                        "will stay on site %2 and no longer reach the central server.")
                                   .arg(storeId, site.siteLabel(proposed.activeSiteId));
    }
    return impact;
}

}  // namespace sitesync
