#pragma once

#include "core/result.h"
#include "model/syncsettings.h"

#include <QList>
#include <QString>

namespace sitesync {

class SiteSession;

// The network as a picture shows it: the sites, each with the stores it holds and their sync
// types, and where each store's data flows (TOP-1, ST-2).
struct Topology {
    struct Copy {
        QString storeId;
        QString storeName;
        SyncType type = SyncType::None;
    };
    struct Site {
        int id = 0;
        QString name;
        QString type;  // "desktop" or "mobile"
        bool isCentral = false;
        bool isPrimary = false;
        QList<Copy> copies;  // active first, then collector, then transfer copies
    };
    // A store's data going from one site to another: from where the store is active up to the
    // central, and from the central down to every other site with a copy.
    struct Flow {
        int fromSiteId = 0;
        int toSiteId = 0;
        QStringList storeIds;  // the stores whose data takes this way, in order
    };

    QList<Site> sites;  // the central first, then by ID
    QList<Flow> flows;  // by source, then destination

    // On the central server, which holds every store's settings; elsewhere, as far as the site knows.
    static Result<Topology> collect(SiteSession& session);
};

}  // namespace sitesync
