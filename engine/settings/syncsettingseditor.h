#pragma once

#include "core/result.h"
#include "model/syncsettings.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sitesync {

class RecordWriter;
struct TableInfo;

// Reads and changes a store's sync settings on the central server (ST-2 to ST-6, TOP-5), keeping
// every invariant: one active site, the central always holding a copy, collector and transfer copies
// only where the store is visible to a store active there, sync-with following visibility.
class SyncSettingsEditor {
public:
    explicit SyncSettingsEditor(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    Result<StoreSyncSettings> load(const QString& storeId);
    // The settings the change would produce, checked against every invariant; nothing is stored.
    Result<StoreSyncSettings> preview(const QString& storeId, const SyncSettingsChange& change);
    // Checks and stores the change, then brings every other store's sync-with in line with visibility.
    // With `expected` (what a preview showed), refuses when the change would now give anything else.
    Result<StoreSyncSettings> apply(const QString& storeId, const SyncSettingsChange& change,
                                    const std::optional<StoreSyncSettings>& expected = std::nullopt);

    RecordWriter& writer() { return m_writer; }

    // ST-5: sets sync-with to None where a store is visible to no store active on a site, and to
    // Transfer where it is visible but had no copy. An empty id means every store. Returns the changes.
    Result<QStringList> followVisibility(const QString& storeId = {});

    // Hook for the write path: a visibility change on the central re-runs followVisibility.
    Status afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after);

    // Is the store visible to at least one other store active on the site?
    Result<bool> visibleOnSite(const QString& storeId, int siteId);

private:
    Status validate(const StoreSyncSettings& current, const StoreSyncSettings& proposed);
    Status giveDefaultSettings(const QString& storeId);
    // Writes what differs and audits it under `auditAction` (an AuditAction code).
    Status store(const StoreSyncSettings& current, const StoreSyncSettings& proposed, const QString& auditAction);

    RecordWriter& m_writer;
};

}  // namespace sitesync
