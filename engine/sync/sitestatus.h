#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace sitesync {

class SiteSession;

// What `status` reports (AD-4): who this site is and how much waits to go out.
struct SiteStatus {
    int siteId = 0;
    QString siteName;
    QString role;   // central, primary or remote
    QString setup;  // standard or mirrored
    bool isPrimary = false;
    int syncOut = 0;              // this site's outgoing queue
    QMap<int, int> queuedBySite;  // on the central: records waiting for each remote site
    QString lastSync;             // ISO 8601, empty when never
    int quarantined = 0;
    int schemaVersion = 0;

    static Result<SiteStatus> collect(SiteSession& session);
    QJsonObject toJson() const;
};

}  // namespace sitesync
