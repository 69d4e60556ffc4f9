#include "settings/storemove.h"

#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "settings/siteregistry.h"
#include "settings/syncsettingseditor.h"
#include "settings/syncsettingsimpact.h"
#include "sync/routing.h"
#include "sync/siteledger.h"
#include "write/recordwriter.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::StoreMove)
};

int waitingFor(const QMap<int, int>& queued, int siteId)
{
    return queued.value(siteId, 0);
}

}  // namespace

Result<SyncSettingsChange> StoreMove::changeFor(const StoreMovePlan& plan)
{
    const Result<StoreSyncSettings> current = m_services.syncSettings.load(plan.storeId);
    if (!current)
        return current.error();
    if (plan.toSiteId == current->activeSiteId)
        return makeError(ErrorKind::Invalid, Text::tr("Store '%1' is already active on site %2.")
                                                 .arg(plan.storeId, m_services.site.siteLabel(plan.toSiteId)));
    SyncSettingsChange change;
    change.activeSiteId = plan.toSiteId;
    change.with.insert(current->activeSiteId, plan.fromKeeps);
    return change;
}

Status StoreMove::onCentral() const
{
    const LocalSite& site = m_services.site;
    if (site.isCentral())
        return {};
    return makeError(
        ErrorKind::Refused,
        Text::tr("A store is moved on the central server, site %1.").arg(site.siteLabel(site.context().centralSiteId)));
}

Result<StoreMoveReadiness> StoreMove::check(const StoreMovePlan& plan)
{
    LocalSite& site = m_services.site;
    if (Status central = onCentral(); !central)
        return central.error();
    const Result<StoreSyncSettings> current = m_services.syncSettings.load(plan.storeId);
    if (!current)
        return current.error();
    // A move the rules refuse (TOP-5, ST-5) is refused with its reason before anything else.
    if (Status allowed = checkRules(plan); !allowed)
        return allowed.error();
    StoreMoveReadiness readiness;
    readiness.fromSiteId = current->activeSiteId;
    readiness.fromIsCentral = current->activeSiteId == site.context().centralSiteId;
    const Result<QMap<int, int>> queued = Routing::queuedBySite(m_services.database);
    if (!queued)
        return queued.error();
    readiness.waitingForFrom = waitingFor(*queued, readiness.fromSiteId);
    if (!plan.newSite)
        readiness.waitingForTo = waitingFor(*queued, plan.toSiteId);
    const Result<QList<SiteInfo>> sites = m_services.sites.list();
    if (!sites)
        return sites.error();
    for (const SiteInfo& info : *sites) {
        if (info.id == readiness.fromSiteId) {
            readiness.fromLastConnection = info.contact.lastConnectionAt;
            readiness.fromWouldBeEmpty = !info.isCentral && info.activeStores == QStringList{plan.storeId};
            if (!info.isCentral) {
                readiness.outgoingOnFrom = info.contact.outgoing;
                readiness.fromReportedAt = info.contact.reportedAt;
            }
        }
        if (info.id == plan.toSiteId && !plan.newSite) {
            readiness.toLastConnection = info.contact.lastConnectionAt;
            if (!info.isCentral) {
                readiness.outgoingOnTo = info.contact.outgoing;
                readiness.toReportedAt = info.contact.reportedAt;
            }
        }
    }
    const auto reportWaiting = [&](int siteId, int outgoing, const QString& at) {
        if (outgoing > 0)
            readiness.warnings << Text::tr("Site %1 had %n change(s) of its own waiting to be pushed at its last "
                                           "contact (%2): let it synchronise first.",
                                           nullptr, outgoing)
                                      .arg(site.siteLabel(siteId), at);
    };
    reportWaiting(readiness.fromSiteId, readiness.outgoingOnFrom, readiness.fromReportedAt);
    if (!plan.newSite)
        reportWaiting(plan.toSiteId, readiness.outgoingOnTo, readiness.toReportedAt);
    if (readiness.waitingForFrom > 0)
        readiness.warnings << Text::tr("%n record(s) still wait for site %1: let it synchronise first.", nullptr,
                                       readiness.waitingForFrom)
                                  .arg(site.siteLabel(readiness.fromSiteId));
    if (readiness.waitingForTo > 0)
        readiness.warnings << Text::tr("%n record(s) still wait for site %1: let it synchronise first.", nullptr,
                                       readiness.waitingForTo)
                                  .arg(site.siteLabel(plan.toSiteId));
    if (!readiness.fromIsCentral)
        readiness.warnings << Text::tr("The central cannot see changes site %1 has not pushed yet: make sure it "
                                       "synchronised after its last data entry, and that nobody enters data on "
                                       "either site until the move is complete.")
                                  .arg(site.siteLabel(readiness.fromSiteId));
    if (plan.fromKeeps == SyncWith::ActiveCollector && !readiness.fromIsCentral)
        readiness.warnings << Text::tr("A collector copy on the 'From' site keeps all of the store's sync traffic "
                                       "there; this is not normally wanted.");
    return readiness;
}

Status StoreMove::checkRules(const StoreMovePlan& plan)
{
    // A new 'To' site is made for the check in a transaction that is then rolled back.
    std::optional<Error> refusal;
    const Status tried = m_services.writer.inOneTransaction([&]() -> Status {
        if (plan.newSite) {
            if (const Result<SiteInfo> added = m_services.sites.add(plan.newSite->id, plan.newSite->name,
                                                                    plan.newSite->type, false, plan.newSite->password);
                !added) {
                refusal = added.error();
                return *refusal;
            }
        }
        const Result<SyncSettingsChange> change = changeFor(plan);
        if (!change) {
            refusal = change.error();
            return *refusal;
        }
        if (const Result<StoreSyncSettings> proposed = m_services.syncSettings.preview(plan.storeId, *change);
            !proposed) {
            refusal = proposed.error();
            return *refusal;
        }
        return makeError(ErrorKind::Invalid, QStringLiteral("checked"));  // never stored: only a check
    });
    if (plan.newSite) {
        if (Status refreshed = m_services.site.refresh(); !refreshed)
            return refreshed;
    }
    if (refusal)
        return *refusal;
    if (tried || tried.error().message != QLatin1String("checked"))
        return tried ? Status(makeError(ErrorKind::Database, Text::tr("The move could not be checked."))) : tried;
    return {};
}

Result<FromKeepsChoices> StoreMove::fromKeepsChoices(const StoreMovePlan& plan)
{
    const LocalSite& site = m_services.site;
    if (Status central = onCentral(); !central)
        return central.error();
    const Result<StoreSyncSettings> current = m_services.syncSettings.load(plan.storeId);
    if (!current)
        return current.error();
    FromKeepsChoices result;
    result.fromIsCentral = current->activeSiteId == site.context().centralSiteId;
    for (SyncWith value : {SyncWith::None, SyncWith::Transfer, SyncWith::ActiveCollector}) {
        StoreMovePlan tried = plan;
        tried.fromKeeps = value;
        FromKeepsChoice choice{value, std::nullopt};
        if (Status allowed = checkRules(tried); !allowed)
            choice.refusal = allowed.error();
        result.choices << choice;
    }
    const auto accepted = [&](SyncWith value) {
        for (const FromKeepsChoice& choice : std::as_const(result.choices)) {
            if (choice.value == value)
                return !choice.refusal;
        }
        return false;
    };
    const QList<SyncWith> preference =
        result.fromIsCentral ? QList<SyncWith>{SyncWith::ActiveCollector, SyncWith::Transfer}
                             : QList<SyncWith>{SyncWith::None, SyncWith::Transfer, SyncWith::ActiveCollector};
    for (SyncWith value : preference) {
        if (accepted(value)) {
            result.proposed = value;
            break;
        }
    }
    return result;
}

Result<int> StoreMove::activeSiteBefore(const StoreMovePlan& plan)
{
    if (Status central = onCentral(); !central)
        return central.error();
    if (plan.newSite && plan.newSite->id != plan.toSiteId)
        return makeError(ErrorKind::BadInput, Text::tr("The new site's ID must be the 'To' site."));
    const Result<StoreSyncSettings> before = m_services.syncSettings.load(plan.storeId);
    if (!before)
        return before.error();
    return before->activeSiteId;
}

Result<SyncSettingsImpact> StoreMove::measure(const StoreMovePlan& plan)
{
    const Result<int> before = activeSiteBefore(plan);
    if (!before)
        return before.error();
    const int from = *before;
    LocalSite& site = m_services.site;
    const Result<SyncSettingsImpact> impact =
        SyncSettingsImpact::measureChange(m_services.syncSettings, plan.storeId, [&](SyncSettingsImpact&) {
            StoreMoveReport report;
            return perform(plan, from, report);
        });
    // A new site or a deleted one existed only in the rolled-back transaction.
    if (Status refreshed = site.refresh(); !refreshed)
        return refreshed.error();
    return impact;
}

Status StoreMove::perform(const StoreMovePlan& plan, int from, StoreMoveReport& report)
{
    LocalSite& site = m_services.site;
    if (plan.newSite) {
        const Result<SiteInfo> added = m_services.sites.add(plan.newSite->id, plan.newSite->name, plan.newSite->type,
                                                            false, plan.newSite->password);
        if (!added)
            return added.error();
    }
    const Result<SyncSettingsChange> change = changeFor(plan);
    if (!change)
        return change.error();
    const Result<int> queuedBefore = SiteLedger(m_services.database).queuedCount();
    if (!queuedBefore)
        return queuedBefore.error();
    const Result<StoreSyncSettings> applied = m_services.syncSettings.apply(plan.storeId, *change);
    if (!applied)
        return applied.error();
    report.settings = *applied;
    const Result<int> queuedAfter = SiteLedger(m_services.database).queuedCount();
    if (!queuedAfter)
        return queuedAfter.error();
    report.queued = *queuedAfter - *queuedBefore;
    const Result<QMap<int, int>> waiting = Routing::queuedBySite(m_services.database);
    if (!waiting)
        return waiting.error();
    report.waitingForTo = waiting->value(plan.toSiteId);
    if (plan.deleteEmptyFromSite && from != site.context().centralSiteId) {
        const Result<SiteInfo> fromSite = m_services.sites.find(from);
        if (!fromSite)
            return fromSite.error();
        if (fromSite->activeStores.isEmpty()) {
            if (Status removed = m_services.sites.remove(from); !removed)
                return removed;
            report.fromSiteDeleted = true;
        }
    }
    return {};
}

Result<StoreMoveReport> StoreMove::run(const StoreMovePlan& plan)
{
    const Result<int> before = activeSiteBefore(plan);
    if (!before)
        return before.error();
    const int from = *before;
    StoreMoveReport report;
    Status s = m_services.writer.inOneTransaction([&]() -> Status {
        if (Status moved = perform(plan, from, report); !moved)
            return moved;
        return AuditLog::record(m_services.database, AuditAction::kStoreMoved,
                                {{QStringLiteral("store"), plan.storeId},
                                 {QStringLiteral("from"), from},
                                 {QStringLiteral("to"), plan.toSiteId},
                                 {QStringLiteral("keeps"), syncWithId(plan.fromKeeps)},
                                 {QStringLiteral("from_deleted"), report.fromSiteDeleted}});
    });
    if (!s)
        return s.error();
    return report;
}

}  // namespace sitesync
