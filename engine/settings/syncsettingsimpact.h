#pragma once

#include "core/result.h"
#include "model/syncsettings.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>

namespace sitesync {

class SyncSettingsEditor;

// A copy of a store on a site whose sync type a change of sync settings alters.
struct CopyChange {
    QString storeId;
    QString storeName;
    int siteId = 0;
    SyncType before = SyncType::None;
    SyncType after = SyncType::None;
    qint64 storeRecords = 0;  // the store's records the site loses with this change (when it loses any)

    // Whether the site loses records: a copy removed, or cut down to a transfer copy.
    bool losesRecords() const;
};

// What saving a change of a store's sync settings would cause, measured by making the change in a
// transaction that is then rolled back (issue: impact preview before saving sync settings).
struct SyncSettingsImpact {
    StoreSyncSettings proposed;
    QMap<int, int> queued;     // remote site -> records the change adds to what waits for it
    QList<CopyChange> copies;  // of this store and of any other whose sync-with follows (ST-5)
    int patientRecords = 0;    // PT-5: records resent to the active copy
    QStringList warnings;      // allowed, but the technician should know

    // Refuses, with the reason, a change that breaks an invariant (ST-2 to ST-5, TOP-5).
    static Result<SyncSettingsImpact> measure(SyncSettingsEditor& editor, const QString& storeId,
                                              const SyncSettingsChange& change);
    // The same measurement of any change that alters store `storeId`'s routing (a store move, a
    // visibility change): `makeChange` makes it inside a transaction that is then rolled back, and
    // may note what only it can count. `proposed` is the store's settings it leaves.
    static Result<SyncSettingsImpact> measureChange(SyncSettingsEditor& editor, const QString& storeId,
                                                    const std::function<Status(SyncSettingsImpact&)>& makeChange);
};

}  // namespace sitesync
