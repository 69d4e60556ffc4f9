#pragma once

#include "core/result.h"
#include "model/syncsettings.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace sitesync {

// The worked-example network of the specification (Store A to Store F): a central server that is
// also the primary, remote site 1 and remote site 2, the six stores with the visibility each copy
// needs, a few items, and opening stock in the stores active on the central.
class DemoNetwork {
public:
    static constexpr int kCentral = 1;
    static constexpr int kRemote1 = 2;
    static constexpr int kRemote2 = 3;

    struct StorePlacement {
        QString storeId;
        QString storeName;
        QMap<int, SyncType> typeBySite;
    };
    struct Summary {
        QString centralPath;
        QList<int> siteIds;
        QMap<int, QString> siteNames;
        QList<StorePlacement> stores;
        QMap<int, int> queuedBySite;
    };

    // Builds the network in `dir` (which must not hold one already). `progress` gets one line per step.
    // The central is `dir`/central.db, or the empty PostgreSQL database `central` names.
    static Result<Summary> build(const QString& dir, const std::function<void(const QString&)>& progress,
                                 const QString& central = {});
    // The password the demo gives each remote site.
    static QString sitePassword(int siteId);
    // The unlock password the full demo (DemoRun) sets on its central server.
    static QString unlockPassword();
};

}  // namespace sitesync
