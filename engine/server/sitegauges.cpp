#include "server/sitegauges.h"

#include "db/database.h"
#include "model/syncproblemlog.h"
#include "settings/siteregistry.h"
#include "site/sitesession.h"
#include "sync/routing.h"

namespace sitesync {

Result<SiteGauges> SiteGauges::collect(SiteSession& session)
{
    Database& db = session.database();
    // One read transaction: the counts are of one moment.
    Transaction tx(db, Database::Access::Read);
    if (!tx.started())
        return tx.started().error();
    const Result<QList<SiteInfo>> sites = session.sites().list();
    if (!sites)
        return sites.error();
    const Result<QMap<int, int>> queued = Routing::queuedBySite(db);
    if (!queued)
        return queued.error();
    const Result<QHash<int, int>> problems = SyncProblemLog::openBySite(db);
    if (!problems)
        return problems.error();
    SiteGauges gauges;
    gauges.countedAt = db.now();
    for (const SiteInfo& site : *sites) {
        if (site.isCentral)
            continue;
        SiteGauge gauge;
        gauge.siteId = site.id;
        gauge.name = site.name;
        gauge.version = site.contact.version;
        gauge.queued = queued->value(site.id, 0);
        gauge.reportedOutgoing = site.contact.outgoing;
        gauge.reportedProblems = site.contact.problems;
        gauge.problemsSetAside = problems->value(site.id, 0);
        gauge.lastConnection = QDateTime::fromString(site.contact.lastConnectionAt, Qt::ISODate);
        gauges.sites.append(gauge);
    }
    return gauges;
}

}  // namespace sitesync
