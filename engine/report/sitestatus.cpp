#include "report/sitestatus.h"

#include "model/syncproblemlog.h"
#include "site/sitesession.h"
#include "sync/outgoinglog.h"
#include "sync/routing.h"

#include <QJsonValue>

namespace sitesync {

Result<SiteStatus> SiteStatus::collect(SiteSession& session)
{
    Database& db = session.database();
    LocalSite& site = session.site();
    SiteStatus status;
    status.siteId = site.siteId();
    status.siteName = site.siteName(site.siteId());
    status.role = siteRoleId(site.role());
    status.setup = site.mirrored() ? QStringLiteral("mirrored") : QStringLiteral("standard");
    status.isPrimary = site.isPrimary();
    status.schemaVersion = db.schemaVersion();
    status.lastSync = LocalState::get(db, QStringLiteral("last_sync"));
    if (site.isCentral()) {
        const Result<QMap<int, int>> queued = Routing::queuedBySite(db);
        if (!queued)
            return queued.error();
        status.queuedBySite = *queued;
        for (int count : *queued)
            status.syncOut += count;
    } else {
        const Result<int> pending = OutgoingLog::pendingOf(db, site);
        if (!pending)
            return pending.error();
        status.syncOut = *pending;
    }
    // ACC-4: counted from the rows, every time.
    const Result<QVariant> waiting = db.scalar(QStringLiteral("SELECT count(*) FROM sync_in"));
    if (!waiting)
        return waiting.error();
    status.waiting = waiting->toInt();
    const Result<int> problems = SyncProblemLog::openCount(db);
    if (!problems)
        return problems.error();
    status.problems = *problems;
    return status;
}

QJsonObject SiteStatus::toJson() const
{
    QJsonObject queued;
    for (auto it = queuedBySite.begin(); it != queuedBySite.end(); ++it)
        queued.insert(QString::number(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("site_id"), siteId},
        {QStringLiteral("site_name"), siteName},
        {QStringLiteral("role"), role},
        {QStringLiteral("setup"), setup},
        {QStringLiteral("is_primary"), isPrimary},
        {QStringLiteral("sync_out"), syncOut},
        {QStringLiteral("queued_by_site"), queued},
        {QStringLiteral("last_sync"), lastSync.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastSync)},
        {QStringLiteral("waiting"), waiting},
        {QStringLiteral("problems"), problems},
        // The name scripts written before `problems` read: the same count.
        {QStringLiteral("quarantined"), problems},
        {QStringLiteral("schema_version"), schemaVersion}};
}

}  // namespace sitesync
