#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sitesync {

class LocalSite;
class SyncSettingsEditor;
struct SyncSettingsImpact;

// Whether a store is visible in another one (as a trading partner: its name record joined to the
// other store), which is what its copies on each site follow (ST-5).
struct StoreVisibilityRow {
    QString storeId;  // the other store
    QString storeName;
    int activeSiteId = 0;  // where the other store is active
    bool visible = false;  // the store is visible in this other store
};

// Where a store is visible in the other stores, and the one way to change it: on the central, as a
// visibility record written through the record writer, after which sync-with follows (ST-5), all
// in one transaction and audited like a change of sync settings.
class StoreVisibility {
public:
    explicit StoreVisibility(SyncSettingsEditor& editor)
        : m_editor(editor)
    {
    }

    // A store's visibility is a sync setting: refused, naming the central, anywhere else.
    static Status checkOnCentral(const LocalSite& site);
    // Every other store, and whether `storeId` is visible in it.
    Result<QList<StoreVisibilityRow>> of(const QString& storeId);
    // Makes `storeId` visible (true) or not (false) in each store of `visibleIn`. Returns the stores
    // where that changed something; asking for what already is changes nothing.
    Result<QStringList> apply(const QString& storeId, const QMap<QString, bool>& visibleIn);
    // What apply() would cause, measured as a change of sync settings is, and rolled back.
    Result<SyncSettingsImpact> measure(const QString& storeId, const QMap<QString, bool>& visibleIn);
    // Refuses, on the central, a raw write (`record put` or `record delete`) of the visibility
    // record `join` (its fields, or only its id) when it makes a store visible in another, or rewrites a
    // record that does: that is a change of sync settings, made with apply() behind the unlock password
    // and audited.
    Status refuseRawWrite(const QJsonObject& join);

private:
    // The visibility record of `storeId` in `inStoreId`, or an empty string; checks both stores.
    Result<QString> joinOf(const QString& storeId, const QString& inStoreId, QString* nameId);
    // The writes of apply(), inside the caller's transaction.
    Result<QStringList> write(const QString& storeId, const QMap<QString, bool>& visibleIn);

    SyncSettingsEditor& m_editor;
};

}  // namespace sitesync
