#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace sitesync {

class SiteSession;

// What `status` reports (AD-4, ACC-4): who this site is, how much waits to go out, how much waits
// to be applied here, and how many sync problems are open.
struct SiteStatus {
    int siteId = 0;
    QString siteName;
    QString role;   // central, primary or remote
    QString setup;  // standard or mirrored
    bool isPrimary = false;
    int syncOut = 0;              // this site's outgoing queue
    QMap<int, int> queuedBySite;  // on the central: records waiting for each remote site
    QString lastSync;             // ISO 8601, empty when never
    int waiting = 0;              // received records not applied yet (sync_in)
    int problems = 0;             // sync problems still open, whatever their kind
    int schemaVersion = 0;

    static Result<SiteStatus> collect(SiteSession& session);
    QJsonObject toJson() const;
};

}  // namespace sitesync
