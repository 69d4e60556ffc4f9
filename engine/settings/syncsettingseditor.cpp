#include "settings/syncsettingseditor.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "settings/patientresync.h"
#include "sync/routing.h"
#include "sync/storehandover.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncSettingsEditor)
};

struct SiteRow {
    int id = 0;
    bool central = false;
    bool mobile = false;
};

Result<QList<SiteRow>> sites(Database& db)
{
    QSqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("SELECT id, is_central, type FROM site ORDER BY id")))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<SiteRow> rows;
    while (query.next())
        rows.append(SiteRow{query.value(0).toInt(), query.value(1).toInt() == 1,
                            query.value(2).toString() == QLatin1String("mobile")});
    return rows;
}

}  // namespace

Result<StoreSyncSettings> SyncSettingsEditor::load(const QString& storeId)
{
    Database& db = m_writer.database();
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT st.name, st.is_dispensary, ss.active_site_id, ss.include_transactions"
                                 " FROM store st LEFT JOIN store_sync ss ON ss.id = st.id WHERE st.id = ?"));
    query.addBindValue(storeId);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    if (!query.next())
        return makeError(ErrorKind::NotFound, Text::tr("There is no store '%1'.").arg(storeId));
    if (query.value(2).isNull())
        return makeError(ErrorKind::NotFound,
                         Text::tr("This site holds no sync settings for store '%1'.").arg(storeId));
    StoreSyncSettings settings;
    settings.storeId = storeId;
    settings.storeName = query.value(0).toString();
    settings.dispensary = query.value(1).toInt() == 1;
    settings.activeSiteId = query.value(2).toInt();
    settings.includeTransactions = query.value(3).toInt() == 1;

    QSqlQuery copies(db.sql());
    copies.prepare(QStringLiteral("SELECT site_id, sync_with FROM store_site WHERE store_id = ?"));
    copies.addBindValue(storeId);
    if (!copies.exec())
        return makeError(ErrorKind::Database, sqlErrorText(copies));
    while (copies.next()) {
        const std::optional<SyncWith> with = syncWithFromId(copies.value(1).toString());
        if (with && *with != SyncWith::None)
            settings.with.insert(copies.value(0).toInt(), *with);
    }
    return settings;
}

Status SyncSettingsEditor::giveDefaultSettings(const QString& storeId)
{
    // ST-1: every store exists on the central; a new one, made here or on the primary of a mirrored
    // setup, is active here until a technician gives it a site.
    const Result<QJsonObject> settings = m_writer.fetch(QStringLiteral("store_sync"), storeId);
    if (!settings)
        return settings.error();
    if (!settings->isEmpty())
        return {};
    const int central = m_writer.site().siteId();
    const Result<WriteResult> sync = m_writer.put(QStringLiteral("store_sync"),
                                                  {{QStringLiteral("id"), storeId},
                                                   {QStringLiteral("active_site_id"), central},
                                                   {QStringLiteral("include_transactions"), 1}},
                                                  WriteOptions::managedTables());
    if (!sync)
        return sync.error();
    const Result<WriteResult> copy =
        m_writer.put(QStringLiteral("store_site"),
                     {{QStringLiteral("id"), QStringLiteral("%1@%2").arg(storeId).arg(central)},
                      {QStringLiteral("store_id"), storeId},
                      {QStringLiteral("site_id"), central},
                      {QStringLiteral("sync_with"), syncWithId(SyncWith::ActiveCollector)}},
                     WriteOptions::managedTables());
    return copy ? Status() : Status(copy.error());
}

Result<bool> SyncSettingsEditor::visibleOnSite(const QString& storeId, int siteId)
{
    const Result<QVariant> found = m_writer.database().scalar(
        QStringLiteral("SELECT 1 FROM name_store_join j JOIN name n ON n.id = j.name_id"
                       " JOIN store_sync ss ON ss.id = j.store_id"
                       " WHERE n.store_id = ? AND ss.active_site_id = ? AND j.store_id <> n.store_id LIMIT 1"),
        {storeId, siteId});
    if (!found)
        return found.error();
    return found->isValid();
}

Result<StoreSyncSettings> SyncSettingsEditor::preview(const QString& storeId, const SyncSettingsChange& change)
{
    const Result<StoreSyncSettings> current = load(storeId);
    if (!current)
        return current;
    StoreSyncSettings proposed = *current;
    change.mergeInto(proposed);
    if (change.activeSiteId && *change.activeSiteId != current->activeSiteId) {
        const int from = current->activeSiteId;
        const int to = *change.activeSiteId;
        proposed.activeSiteId = to;
        if (!change.with.contains(from)) {
            // As the specification does by default, the 'From' site keeps a collector copy where it may.
            const Result<bool> visible = visibleOnSite(storeId, from);
            if (!visible)
                return visible.error();
            const bool central = from == m_writer.site().context().centralSiteId;
            if (central || *visible)
                proposed.with.insert(from, SyncWith::ActiveCollector);
            else
                proposed.with.remove(from);
        }
    }
    if (change.with.contains(proposed.activeSiteId) &&
        change.with.value(proposed.activeSiteId) != SyncWith::ActiveCollector)
        return makeError(ErrorKind::Invalid,
                         Text::tr("Site %1 is the active site of store '%2', so its sync-with is "
                                  "Active/collector, not %3.")
                             .arg(proposed.activeSiteId)
                             .arg(storeId, syncWithLabel(change.with.value(proposed.activeSiteId))));
    proposed.with.insert(proposed.activeSiteId, SyncWith::ActiveCollector);
    if (Status s = validate(*current, proposed); !s)
        return s.error();
    return proposed;
}

Status SyncSettingsEditor::validate(const StoreSyncSettings& current, const StoreSyncSettings& proposed)
{
    Database& db = m_writer.database();
    const LocalSite& local = m_writer.site();
    const Result<QList<SiteRow>> all = sites(db);
    if (!all)
        return all.error();
    auto siteRow = [&](int id) -> const SiteRow* {
        for (const SiteRow& row : *all) {
            if (row.id == id)
                return &row;
        }
        return nullptr;
    };
    const SiteRow* active = siteRow(proposed.activeSiteId);
    if (!active)
        return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(proposed.activeSiteId));
    for (auto it = proposed.with.begin(); it != proposed.with.end(); ++it) {
        if (!siteRow(it.key()))
            return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(it.key()));
    }
    if (proposed.includeTransactions != current.includeTransactions && !proposed.dispensary)
        return makeError(ErrorKind::Invalid,
                         Text::tr("'Include transactions in sync' applies to dispensary stores only; "
                                  "store '%1' is not one.")
                             .arg(proposed.storeId));
    // TOP-5: a mobile site runs one active store.
    if (active->mobile) {
        const Result<QVariant> other = db.scalar(
            QStringLiteral("SELECT id FROM store_sync WHERE active_site_id = ? AND id <> ? ORDER BY id LIMIT 1"),
            {proposed.activeSiteId, proposed.storeId});
        if (!other)
            return other.error();
        if (other->isValid())
            return makeError(ErrorKind::Invalid,
                             Text::tr("Site %1 is a mobile site and store '%2' is already active on it; "
                                      "a mobile site can have only one active store.")
                                 .arg(local.siteLabel(proposed.activeSiteId), other->toString()));
    }
    for (const SiteRow& site : *all) {
        if (site.id == proposed.activeSiteId)
            continue;
        const SyncWith with = proposed.withOn(site.id);
        if (site.central) {
            // ST-1, ST-5: the central holds every store, as a collector or a transfer copy.
            if (with == SyncWith::None)
                return makeError(ErrorKind::Invalid,
                                 Text::tr("Every store exists on the central server: store '%1' needs "
                                          "a collector or transfer copy on site %2.")
                                     .arg(proposed.storeId, local.siteLabel(site.id)));
            continue;
        }
        // ACC-3: a collector is filled through the central, which receives no store data of a store
        // it holds only a transfer copy of; such a collector would stay empty for ever.
        if (with == SyncWith::ActiveCollector && !active->central &&
            proposed.withOn(local.context().centralSiteId) == SyncWith::Transfer)
            return makeError(ErrorKind::Invalid,
                             Text::tr("Store '%1' cannot be a collector on site %2 while the central server holds only "
                                      "a transfer copy of it: a collector is filled through the central, which does "
                                      "not receive the store's data. Make the central a collector of the store "
                                      "first, or keep a transfer copy on site %2.")
                                 .arg(proposed.storeId, local.siteLabel(site.id)));
        const Result<bool> visible = visibleOnSite(proposed.storeId, site.id);
        if (!visible)
            return visible.error();
        if (!*visible && with != SyncWith::None)
            return makeError(
                ErrorKind::Invalid,
                Text::tr("Store '%1' cannot be %2 on site %3: it is not visible in any store active there. "
                         "Make it visible in one of them first (the store's Visibility tab, or "
                         "sitesyncctl store visibility).")
                    .arg(proposed.storeId,
                         with == SyncWith::Transfer ? Text::tr("a transfer copy") : Text::tr("a collector"),
                         local.siteLabel(site.id)));
        if (*visible && with == SyncWith::None)
            return makeError(
                ErrorKind::Invalid,
                Text::tr("Store '%1' is visible in a store active on site %2, so it keeps at least a transfer "
                         "copy there. Hide it from that store first (the store's Visibility tab, or "
                         "sitesyncctl store visibility).")
                    .arg(proposed.storeId, local.siteLabel(site.id)));
    }
    return {};
}

Status SyncSettingsEditor::store(const StoreSyncSettings& current, const StoreSyncSettings& proposed,
                                 const QString& auditAction)
{
    // RT-5: what each site already received, so that afterwards exactly the rest can be queued.
    const Result<Routing::Delivered> delivered = Routing::deliveredFor(m_writer.database(), proposed.storeId);
    if (!delivered)
        return delivered.error();
    QJsonObject changes{{QStringLiteral("store"), proposed.storeId}};
    QJsonArray with;
    if (current.activeSiteId != proposed.activeSiteId || current.includeTransactions != proposed.includeTransactions) {
        const Result<WriteResult> written =
            m_writer.put(QStringLiteral("store_sync"),
                         {{QStringLiteral("id"), proposed.storeId},
                          {QStringLiteral("active_site_id"), proposed.activeSiteId},
                          {QStringLiteral("include_transactions"), proposed.includeTransactions ? 1 : 0}},
                         WriteOptions::managedTables());
        if (!written)
            return written.error();
        if (current.activeSiteId != proposed.activeSiteId) {
            changes.insert(QStringLiteral("active_from"), current.activeSiteId);
            changes.insert(QStringLiteral("active_to"), proposed.activeSiteId);
            // ACC-1: what the former active site changed before it learns of the move still counts.
            if (current.activeSiteId != m_writer.site().context().centralSiteId) {
                if (Status s = StoreHandovers(m_writer.database())
                                   .open(proposed.storeId, current.activeSiteId, proposed.activeSiteId);
                    !s)
                    return s;
            }
        }
        if (current.includeTransactions != proposed.includeTransactions)
            changes.insert(QStringLiteral("transactions"), proposed.includeTransactions);
    }
    QList<int> siteIds = current.with.keys() + proposed.with.keys();
    std::sort(siteIds.begin(), siteIds.end());
    siteIds.erase(std::unique(siteIds.begin(), siteIds.end()), siteIds.end());
    for (int siteId : siteIds) {
        const SyncWith before = current.withOn(siteId);
        const SyncWith after = proposed.withOn(siteId);
        if (before == after)
            continue;
        const Result<WriteResult> written =
            m_writer.put(QStringLiteral("store_site"),
                         {{QStringLiteral("id"), QStringLiteral("%1@%2").arg(proposed.storeId).arg(siteId)},
                          {QStringLiteral("store_id"), proposed.storeId},
                          {QStringLiteral("site_id"), siteId},
                          {QStringLiteral("sync_with"), syncWithId(after)}},
                         WriteOptions::managedTables());
        if (!written)
            return written.error();
        with.append(QJsonObject{{QStringLiteral("site"), siteId},
                                {QStringLiteral("from"), syncWithId(before)},
                                {QStringLiteral("to"), syncWithId(after)}});
    }
    if (!with.isEmpty())
        changes.insert(QStringLiteral("with"), with);
    if (changes.size() == 1)
        return {};
    const Result<int> queued =
        Routing::queueNewlyNeeded(m_writer.database(), proposed.storeId, *delivered,
                                  QStringLiteral("sync settings of store %1").arg(proposed.storeId));
    if (!queued)
        return queued.error();
    if (*queued > 0)
        changes.insert(QStringLiteral("queued"), *queued);
    return AuditLog::record(m_writer.database(), auditAction, changes);
}

Result<StoreSyncSettings> SyncSettingsEditor::apply(const QString& storeId, const SyncSettingsChange& change,
                                                    const std::optional<StoreSyncSettings>& expected)
{
    std::optional<StoreSyncSettings> result;
    Status s = m_writer.inOneTransaction([&]() -> Status {
        const Result<StoreSyncSettings> current = load(storeId);
        if (!current)
            return current.error();
        const Result<StoreSyncSettings> proposed = preview(storeId, change);
        if (!proposed)
            return proposed.error();
        if (expected && *proposed != *expected)
            return makeError(ErrorKind::Refused,
                             Text::tr("The settings of store '%1' or the visibility they follow changed since the "
                                      "preview; look at the preview again before saving.")
                                 .arg(storeId));
        if (Status stored = store(*current, *proposed, AuditAction::kSyncSettingsChanged); !stored)
            return stored;
        // A store active on the central has no other copy to resend to: nothing to do or record.
        if (change.resyncPatients && proposed->activeSiteId != m_writer.site().context().centralSiteId) {
            const Result<int> resent = PatientResync::queue(
                m_writer.database(), storeId, QStringLiteral("patient records of store %1 resent").arg(storeId));
            if (!resent)
                return resent.error();
            if (Status s = AuditLog::record(m_writer.database(), AuditAction::kPatientRecordsResent,
                                            {{QStringLiteral("store"), storeId},
                                             {QStringLiteral("queued"), *resent},
                                             {QStringLiteral("site"), proposed->activeSiteId}});
                !s)
                return s;
        }
        // The store's move changes which stores are active where, so others may gain or lose copies.
        if (const Result<QStringList> followed = followVisibility(); !followed)
            return followed.error();
        result = *proposed;
        return {};
    });
    if (!s)
        return s.error();
    return *result;
}

Result<QStringList> SyncSettingsEditor::followVisibility(const QString& storeId)
{
    Database& db = m_writer.database();
    QStringList storeIds;
    if (storeId.isEmpty()) {
        QSqlQuery query(db.sql());
        if (!query.exec(QStringLiteral("SELECT id FROM store_sync ORDER BY id")))
            return makeError(ErrorKind::Database, sqlErrorText(query));
        while (query.next())
            storeIds << query.value(0).toString();
    } else {
        storeIds << storeId;
    }
    const Result<QList<SiteRow>> all = sites(db);
    if (!all)
        return all.error();
    QStringList changed;
    for (const QString& id : storeIds) {
        const Result<StoreSyncSettings> current = load(id);
        if (!current)
            return current.error();
        StoreSyncSettings proposed = *current;
        for (const SiteRow& site : *all) {
            if (site.central || site.id == current->activeSiteId)
                continue;
            const Result<bool> visible = visibleOnSite(id, site.id);
            if (!visible)
                return visible.error();
            if (!*visible)
                proposed.with.remove(site.id);
            else if (proposed.withOn(site.id) == SyncWith::None)
                proposed.with.insert(site.id, SyncWith::Transfer);
        }
        if (proposed.with == current->with)
            continue;
        Status s = m_writer.inOneTransaction(
            [&] { return store(*current, proposed, AuditAction::kSyncWithFollowedVisibility); });
        if (!s)
            return s.error();
        changed << id;
    }
    return changed;
}

Status SyncSettingsEditor::afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after)
{
    if (!m_writer.site().isCentral())
        return {};
    if (table.name == QLatin1String("store") && before.isEmpty() && !after.isEmpty())
        return giveDefaultSettings(after.value(QLatin1String("id")).toString());
    if (table.name != QLatin1String("name_store_join"))
        return {};
    QStringList nameIds;
    for (const QJsonObject* row : {&before, &after}) {
        const QString nameId = row->value(QLatin1String("name_id")).toString();
        if (!nameId.isEmpty() && !nameIds.contains(nameId))
            nameIds << nameId;
    }
    for (const QString& nameId : nameIds) {
        const Result<QJsonObject> name = m_writer.fetch(QStringLiteral("name"), nameId);
        if (!name)
            return name.error();
        const QString storeId = name->value(QLatin1String("store_id")).toString();
        if (storeId.isEmpty())
            continue;
        if (const Result<QStringList> followed = followVisibility(storeId); !followed)
            return followed.error();
    }
    return {};
}

}  // namespace sitesync
