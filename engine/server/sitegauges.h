#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sitesync {

class SiteSession;

// What the central's /metrics says of each remote site (OPS-4, ACC-4), counted with the queries the
// Sites page and `site list` use: what waits on the central for the site (Routing::queuedBySite),
// what the site reported at its last contact and the version it runs (SiteLedger's contacts), and
// the sync problems the central set aside for records that came from it (SyncProblemLog).
struct SiteGauge {
    int siteId = 0;
    QString name;
    QString version;            // empty when it never said
    int queued = 0;             // records waiting on the central for it
    int reportedOutgoing = -1;  // its own outgoing queue at its last contact; -1 when it never reported
    int reportedProblems = -1;  // its open sync problems at its last contact; -1 when it never reported
    int problemsSetAside = 0;   // open sync problems on the central about records from it
    QDateTime lastConnection;   // invalid when it never connected
};

struct SiteGauges {
    QList<SiteGauge> sites;
    QDateTime countedAt;

    // Counts every remote site now, on the session's connection (a read: it holds up no writer).
    static Result<SiteGauges> collect(SiteSession& session);
};

}  // namespace sitesync
