#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace sitesync {

// The value of one row of the sync-with table (ST-4): what a site holds of the store.
enum class SyncWith { None, ActiveCollector, Transfer };
// The sync type of a store's copy on one site (ST-2), derived from the Sync ID and sync-with.
enum class SyncType { None, Active, Collector, Transfer };

QString syncWithId(SyncWith value);  // "none", "collector", "transfer" (as stored and typed)
std::optional<SyncWith> syncWithFromId(const QString& id);
QString syncWithLabel(SyncWith value);  // "None", "Active/collector", "Transfer"
QString syncTypeId(SyncType type);      // "none", "active", "collector", "transfer"
QString syncTypeLabel(SyncType type);   // "no copy", "active", "collector", "transfer copy"

// A store's sync settings as the central server holds them.
struct StoreSyncSettings {
    QString storeId;
    QString storeName;
    bool dispensary = false;
    int activeSiteId = 0;  // the Sync ID (ST-3)
    bool includeTransactions = true;
    QMap<int, SyncWith> with;  // one entry per site; missing means None

    SyncWith withOn(int siteId) const { return with.value(siteId, SyncWith::None); }
    SyncType typeOn(int siteId) const;

    bool operator==(const StoreSyncSettings& other) const = default;
};

// What a technician asks to change; anything unset keeps its value.
struct SyncSettingsChange {
    std::optional<int> activeSiteId;
    QMap<int, SyncWith> with;
    std::optional<bool> includeTransactions;
    bool resyncPatients = false;  // PT-5: resend the store's patient records to its active copy

    bool isEmpty() const { return !activeSiteId && with.isEmpty() && !includeTransactions && !resyncPatients; }
    // The sync-with values and "include transactions" of the change, written over `settings`; the
    // Sync ID and what a move implies are the editor's (SyncSettingsEditor::preview).
    void mergeInto(StoreSyncSettings& settings) const;
};

}  // namespace sitesync
