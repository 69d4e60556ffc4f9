#include "cli.h"
#include "model/auditlog.h"
#include "settings/storevisibility.h"
#include "settings/syncsettingsimpact.h"
#include "settings/unlockgate.h"
#include "site/sitesession.h"
#include "texttable.h"
#include "unlocking.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

QJsonObject storeJson(const StoreInfo& store)
{
    return {{QStringLiteral("id"), store.id},
            {QStringLiteral("code"), store.code},
            {QStringLiteral("name"), store.name},
            {QStringLiteral("is_dispensary"), store.dispensary},
            {QStringLiteral("active_site_id"), store.activeSiteId ? QJsonValue(*store.activeSiteId) : QJsonValue()},
            {QStringLiteral("name_id"), store.nameId}};
}

int storeAdd(Invocation& in)
{
    for (const char* required : {"id", "code", "name"}) {
        if (!in.isSet(QString::fromLatin1(required)))
            return in.usage(Text::tr("usage: sitesyncctl store add --id ID --code CODE --name NAME [--dispensary]"));
    }
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<StoreInfo> store =
        session->stores().add(in.value(QStringLiteral("id")), in.value(QStringLiteral("code")),
                              in.value(QStringLiteral("name")), in.isSet(QStringLiteral("dispensary")));
    if (!store)
        return in.fail(store.error());
    if (in.json()) {
        in.printJson(storeJson(*store));
    } else {
        in.out() << Text::tr("Added store %1 (%2).").arg(store->id, store->name);
        if (store->activeSiteId)
            in.out() << ' '
                     << Text::tr("It is active on site %1.").arg(session->site().siteLabel(*store->activeSiteId));
        in.out() << Qt::endl;
    }
    return ExitOk;
}

int storeList(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<QList<StoreInfo>> stores = session->stores().list();
    if (!stores)
        return in.fail(stores.error());
    if (in.json()) {
        QJsonArray rows;
        for (const StoreInfo& store : *stores)
            rows.append(storeJson(store));
        in.printJson(rows);
        return ExitOk;
    }
    TextTable table(
        {Text::tr("ID"), Text::tr("CODE"), Text::tr("NAME"), Text::tr("DISPENSARY"), Text::tr("ACTIVE ON")});
    for (const StoreInfo& store : *stores)
        table.addRow({store.id, store.code, store.name, store.dispensary ? Text::tr("yes") : Text::tr("no"),
                      store.activeSiteId ? session->site().siteLabel(*store.activeSiteId) : Text::tr("unknown here")});
    table.print(in.out());
    return ExitOk;
}

void printSettings(Invocation& in, SiteSession& session, const StoreSyncSettings& settings)
{
    const Result<QList<SiteInfo>> sites = session.sites().list();
    QJsonArray rows;
    TextTable table({Text::tr("SITE"), Text::tr("LOCAL"), Text::tr("SYNC WITH"), Text::tr("COPY THERE")});
    for (const SiteInfo& site : sites ? *sites : QList<SiteInfo>()) {
        const SyncWith with = settings.withOn(site.id);
        const SyncType type = settings.typeOn(site.id);
        rows.append(QJsonObject{{QStringLiteral("site_id"), site.id},
                                {QStringLiteral("site_name"), site.name},
                                {QStringLiteral("local"), site.id == settings.activeSiteId},
                                {QStringLiteral("sync_with"), syncWithId(with)},
                                {QStringLiteral("sync_type"), syncTypeId(type)}});
        table.addRow({session.site().siteLabel(site.id),
                      site.id == settings.activeSiteId ? QStringLiteral("[x]") : QStringLiteral("[ ]"),
                      syncWithLabel(with), syncTypeId(type)});
    }
    if (in.json()) {
        in.printJson(QJsonObject{{QStringLiteral("store_id"), settings.storeId},
                                 {QStringLiteral("store_name"), settings.storeName},
                                 {QStringLiteral("sync_id"), settings.activeSiteId},
                                 {QStringLiteral("is_dispensary"), settings.dispensary},
                                 {QStringLiteral("include_transactions"), settings.includeTransactions},
                                 {QStringLiteral("sites"), rows}});
        return;
    }
    in.out()
        << Text::tr("Store %1 (%2): Sync ID %3").arg(settings.storeId, settings.storeName).arg(settings.activeSiteId);
    if (settings.dispensary)
        in.out() << ", "
                 << Text::tr("include transactions in sync: %1")
                        .arg(settings.includeTransactions ? Text::tr("on") : Text::tr("off"));
    in.out() << '\n';
    table.print(in.out());
}

// What saving would do, as `--preview` shows it: nothing is stored.
void printImpact(Invocation& in, SiteSession& session, const SyncSettingsImpact& impact)
{
    const LocalSite& site = session.site();
    if (in.json()) {
        QJsonObject queued;
        for (auto it = impact.queued.begin(); it != impact.queued.end(); ++it)
            queued.insert(QString::number(it.key()), it.value());
        QJsonArray copies;
        for (const CopyChange& copy : impact.copies)
            copies.append(QJsonObject{{QStringLiteral("store_id"), copy.storeId},
                                      {QStringLiteral("site_id"), copy.siteId},
                                      {QStringLiteral("before"), syncTypeId(copy.before)},
                                      {QStringLiteral("after"), syncTypeId(copy.after)},
                                      {QStringLiteral("loses_records"), copy.losesRecords()},
                                      {QStringLiteral("store_records"), copy.storeRecords}});
        in.printJson(QJsonObject{{QStringLiteral("store_id"), impact.proposed.storeId},
                                 {QStringLiteral("sync_id"), impact.proposed.activeSiteId},
                                 {QStringLiteral("queued_by_site"), queued},
                                 {QStringLiteral("copies"), copies},
                                 {QStringLiteral("patient_records"), impact.patientRecords},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(impact.warnings)}});
        return;
    }
    in.out() << Text::tr("Preview only, nothing saved. Store %1 would be active on site %2.")
                    .arg(impact.proposed.storeId, site.siteLabel(impact.proposed.activeSiteId))
             << '\n';
    TextTable queued({Text::tr("SITE"), Text::tr("RECORDS QUEUED")});
    for (auto it = impact.queued.begin(); it != impact.queued.end(); ++it)
        queued.addRow({site.siteLabel(it.key()), QString::number(it.value())});
    queued.print(in.out());
    if (!impact.copies.isEmpty()) {
        TextTable copies(
            {Text::tr("STORE"), Text::tr("SITE"), Text::tr("NOW"), Text::tr("AFTER"), Text::tr("RECORDS REMOVED")});
        for (const CopyChange& copy : impact.copies)
            copies.addRow({copy.storeId, site.siteLabel(copy.siteId), syncTypeLabel(copy.before),
                           syncTypeLabel(copy.after),
                           copy.losesRecords() ? QString::number(copy.storeRecords) : QString()});
        copies.print(in.out());
    }
    if (impact.patientRecords > 0)
        in.out() << Text::tr("%1 patient records resent to the active copy.").arg(impact.patientRecords) << '\n';
    for (const QString& warning : impact.warnings)
        in.out() << Text::tr("Warning: %1").arg(warning) << '\n';
}

int storeSyncSettings(Invocation& in)
{
    if (!in.isSet(QStringLiteral("store")))
        return in.usage(Text::tr("usage: sitesyncctl store sync-settings --store ID [--active-site N] "
                                 "[--with SITE=none|collector|transfer ...] [--include-transactions on|off] "
                                 "[--resync-patients] [--preview]"));
    SyncSettingsChange change;
    if (in.isSet(QStringLiteral("active-site"))) {
        change.activeSiteId = in.intValue(QStringLiteral("active-site"));
        if (!change.activeSiteId)
            return ExitUsage;
    }
    for (const QString& pair : in.values(QStringLiteral("with"))) {
        const QString siteText = pair.section(QLatin1Char('='), 0, 0);
        const std::optional<SyncWith> with = syncWithFromId(pair.section(QLatin1Char('='), 1));
        bool ok = false;
        const int siteId = siteText.toInt(&ok);
        if (!ok || !with || !pair.contains(QLatin1Char('=')))
            return in.usage(
                Text::tr("--with takes SITE=none|collector|transfer, for example 1=collector; not '%1'.").arg(pair));
        if (change.with.contains(siteId))
            return in.usage(Text::tr("--with names site %1 twice.").arg(siteId));
        change.with.insert(siteId, *with);
    }
    if (in.isSet(QStringLiteral("include-transactions"))) {
        const QString value = in.value(QStringLiteral("include-transactions"));
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return in.usage(Text::tr("--include-transactions takes on or off."));
        change.includeTransactions = value == QLatin1String("on");
    }
    change.resyncPatients = in.isSet(QStringLiteral("resync-patients"));
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const QString storeId = in.value(QStringLiteral("store"));
    if (change.isEmpty()) {
        const Result<StoreSyncSettings> settings = session->syncSettings().load(storeId);
        if (!settings)
            return in.fail(settings.error());
        printSettings(in, *session, *settings);
        return ExitOk;
    }
    if (!session->site().isCentral())
        return in.fail(makeError(ErrorKind::Refused,
                                 Text::tr("Sync settings are edited only on the central server, site %1.")
                                     .arg(session->site().siteLabel(session->site().context().centralSiteId))));
    if (in.isSet(QStringLiteral("preview"))) {
        const Result<SyncSettingsImpact> impact = SyncSettingsImpact::measure(session->syncSettings(), storeId, change);
        if (!impact)
            return in.fail(impact.error());
        printImpact(in, *session, *impact);
        return ExitOk;
    }
    const std::unique_ptr<AuditActor> unlocked =
        unlockForChange(in, session->database(), {UnlockPurpose::kSyncSettings, storeId, 0}, &status);
    if (!unlocked)
        return status;
    const Result<StoreSyncSettings> applied = session->syncSettings().apply(storeId, change);
    if (!applied)
        return in.fail(applied.error());
    printSettings(in, *session, *applied);
    return ExitOk;
}

int storeVisibility(Invocation& in)
{
    const QString usage = Text::tr("usage: sitesyncctl store visibility --store ID [--visible-in ID on|off] "
                                   "[--preview] [--unlock-password-stdin]");
    const bool changing = in.isSet(QStringLiteral("visible-in"));
    if (!in.isSet(QStringLiteral("store")) || changing != (in.arguments().size() == 1))
        return in.usage(usage);
    std::optional<bool> visible;
    if (changing) {
        const QString value = in.arguments().constFirst();
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return in.usage(Text::tr("--visible-in takes a store and on or off, not '%1'.").arg(value));
        visible = value == QLatin1String("on");
    }
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const QString storeId = in.value(QStringLiteral("store"));
    StoreVisibility visibility(session->syncSettings());
    if (!changing) {
        const Result<QList<StoreVisibilityRow>> rows = visibility.of(storeId);
        if (!rows)
            return in.fail(rows.error());
        if (in.json()) {
            QJsonArray array;
            for (const StoreVisibilityRow& row : *rows)
                array.append(QJsonObject{{QStringLiteral("store_id"), row.storeId},
                                         {QStringLiteral("store_name"), row.storeName},
                                         {QStringLiteral("active_site_id"), row.activeSiteId},
                                         {QStringLiteral("visible"), row.visible}});
            in.printJson(array);
            return ExitOk;
        }
        in.out() << Text::tr("Where store %1 is visible:").arg(storeId) << '\n';
        TextTable table({Text::tr("STORE"), Text::tr("NAME"), Text::tr("ACTIVE ON"), Text::tr("VISIBLE")});
        for (const StoreVisibilityRow& row : *rows)
            table.addRow({row.storeId, row.storeName, session->site().siteLabel(row.activeSiteId),
                          row.visible ? Text::tr("yes") : Text::tr("no")});
        table.print(in.out());
        return ExitOk;
    }
    const QString inStoreId = in.value(QStringLiteral("visible-in"));
    const QMap<QString, bool> change{{inStoreId, *visible}};
    if (in.isSet(QStringLiteral("preview"))) {
        const Result<SyncSettingsImpact> impact = visibility.measure(storeId, change);
        if (!impact)
            return in.fail(impact.error());
        printImpact(in, *session, *impact);
        return ExitOk;
    }
    if (Status central = StoreVisibility::checkOnCentral(session->site()); !central)
        return in.fail(central.error());
    const std::unique_ptr<AuditActor> unlocked =
        unlockForChange(in, session->database(), {UnlockPurpose::kStoreVisibility, storeId, 0}, &status);
    if (!unlocked)
        return status;
    const Result<QStringList> changed = visibility.apply(storeId, change);
    if (!changed)
        return in.fail(changed.error());
    if (in.json()) {
        in.printJson(QJsonObject{{QStringLiteral("store_id"), storeId},
                                 {QStringLiteral("visible_in"), inStoreId},
                                 {QStringLiteral("visible"), *visible},
                                 {QStringLiteral("changed"), !changed->isEmpty()}});
        return ExitOk;
    }
    if (changed->isEmpty())
        in.out() << (*visible ? Text::tr("Store %1 is already visible in store %2.")
                              : Text::tr("Store %1 is already not visible in store %2."))
                        .arg(storeId, inStoreId)
                 << '\n';
    else
        in.out() << (*visible ? Text::tr("Store %1 is now visible in store %2.")
                              : Text::tr("Store %1 is no longer visible in store %2."))
                        .arg(storeId, inStoreId)
                 << '\n';
    const Result<StoreSyncSettings> settings = session->syncSettings().load(storeId);
    if (settings)
        printSettings(in, *session, *settings);
    return ExitOk;
}

}  // namespace

QList<Command> storeCommands()
{
    return {
        {{QStringLiteral("store"), QStringLiteral("add")},
         QStringLiteral("--id ID --code CODE --name NAME [--dispensary]"),
         Text::tr("Create a store (on the primary server)."),
         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("dispensary")},
         0,
         0,
         storeAdd},
        {{QStringLiteral("store"), QStringLiteral("list")},
         QString(),
         Text::tr("List the stores and where each is active."),
         {},
         0,
         0,
         storeList},
        {{QStringLiteral("store"), QStringLiteral("sync-settings")},
         QStringLiteral("--store ID [--active-site N] [--with SITE=none|collector|transfer ...] "
                        "[--include-transactions on|off] [--resync-patients] [--preview] [--unlock-password-stdin] "
                        "[--technician NAME]"),
         Text::tr("Show a store's sync settings or, on the central server, change them."),
         {QStringLiteral("store"), QStringLiteral("active-site"), QStringLiteral("with"),
          QStringLiteral("include-transactions"), QStringLiteral("resync-patients"), QStringLiteral("preview"),
          QStringLiteral("unlock-password-stdin"), QStringLiteral("technician")},
         0,
         0,
         storeSyncSettings},
        {{QStringLiteral("store"), QStringLiteral("visibility")},
         QStringLiteral(
             "--store ID [--visible-in ID on|off] [--preview] [--unlock-password-stdin] [--technician NAME]"),
         Text::tr("Show the stores a store is visible in or, on the central server, make it visible in one or "
                  "hide it there; its copies follow."),
         {QStringLiteral("store"), QStringLiteral("visible-in"), QStringLiteral("preview"),
          QStringLiteral("unlock-password-stdin"), QStringLiteral("technician")},
         0,
         1,
         storeVisibility},
    };
}

}  // namespace sitesync::cli
