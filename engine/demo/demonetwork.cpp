#include "demo/demonetwork.h"

#include "report/sitestatus.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::DemoNetwork)
};

struct DemoStore {
    const char* id;
    const char* name;
};

const DemoStore kStores[] = {{"A", "Store A"}, {"B", "Store B"}, {"C", "Store C"},
                             {"D", "Store D"}, {"E", "Store E"}, {"F", "Store F"}};

// Visibility the copies of the examples need (ST-5): shown store -> store it is visible in.
const char* const kVisibility[][2] = {{"A", "B"}, {"B", "C"}, {"C", "B"}, {"D", "C"}, {"E", "A"}, {"F", "B"}};

struct Move {
    const char* storeId;
    int activeSite;
    QMap<int, SyncWith> with;
};

// A write's outcome as a plain status, so the steps below read as a list.
template <typename T> Status check(const Result<T>& r)
{
    return r ? Status() : Status(r.error());
}

}  // namespace

QString DemoNetwork::unlockPassword()
{
    return QStringLiteral("demo-unlock-password");
}

QString DemoNetwork::sitePassword(int siteId)
{
    return QStringLiteral("demo-site-%1-password").arg(siteId);
}

Result<DemoNetwork::Summary> DemoNetwork::build(const QString& dir, const std::function<void(const QString&)>& progress,
                                                const QString& centralAddress)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorKind::Database, Text::tr("Cannot create the directory %1.").arg(dir));
    const QString centralPath =
        centralAddress.isEmpty() ? QDir(dir).absoluteFilePath(QStringLiteral("central.db")) : centralAddress;
    if (QFileInfo::exists(centralPath))
        return makeError(
            ErrorKind::Invalid,
            Text::tr("%1 already holds a demo network; choose an empty directory.").arg(QDir(dir).absolutePath()));

    progress(Text::tr("Creating the central server (site %1), which is also the primary.").arg(kCentral));
    Result<std::unique_ptr<SiteSession>> opened =
        SiteSession::initCentral(centralPath, kCentral, QStringLiteral("Sync server"), QString());
    if (!opened)
        return opened.error();
    SiteSession& central = **opened;

    Status s = central.writer().inOneTransaction([&]() -> Status {
        progress(Text::tr("Adding remote site 1 (site %1) and remote site 2 (site %2).").arg(kRemote1).arg(kRemote2));
        for (const auto& [id, name] : {std::pair{kRemote1, "Remote site 1"}, std::pair{kRemote2, "Remote site 2"}}) {
            if (Status added = check(central.sites().add(id, QString::fromLatin1(name), QStringLiteral("desktop"),
                                                         false, sitePassword(id)));
                !added)
                return added;
        }
        progress(Text::tr("Creating Store A to Store F on the primary."));
        for (const DemoStore& store : kStores) {
            if (Status added = check(central.stores().add(QString::fromLatin1(store.id), QString::fromLatin1(store.id),
                                                          QString::fromLatin1(store.name), false));
                !added)
                return added;
        }
        progress(Text::tr("Making stores visible to each other where the examples need transfers."));
        for (const auto& pair : kVisibility) {
            const Result<StoreInfo> shown = central.stores().find(QString::fromLatin1(pair[0]));
            if (!shown)
                return shown.error();
            if (Status put = check(central.writer().put(QStringLiteral("name_store_join"),
                                                        {{QStringLiteral("name_id"), shown->nameId},
                                                         {QStringLiteral("store_id"), QString::fromLatin1(pair[1])}}));
                !put)
                return put;
        }
        progress(Text::tr("Setting each store's sync settings as in the examples."));
        const QList<Move> moves = {
            {"B", kRemote1, {{kCentral, SyncWith::ActiveCollector}}},
            {"C", kRemote2, {{kCentral, SyncWith::ActiveCollector}}},
            {"D", kRemote2, {{kCentral, SyncWith::ActiveCollector}}},
            {"F", kRemote1, {{kCentral, SyncWith::Transfer}}},
            {"A", kCentral, {{kRemote1, SyncWith::ActiveCollector}}},
        };
        for (const Move& move : moves) {
            SyncSettingsChange change;
            change.activeSiteId = move.activeSite;
            change.with = move.with;
            if (Status applied = check(central.syncSettings().apply(QString::fromLatin1(move.storeId), change));
                !applied)
                return applied;
        }
        progress(Text::tr("Entering items, their visibility, and opening stock in the stores active on the central."));
        const char* const items[][3] = {{"item-amox", "AMOX250", "Amoxicillin 250mg capsules"},
                                        {"item-para", "PARA500", "Paracetamol 500mg tablets"},
                                        {"item-ors", "ORS", "Oral rehydration salts sachet"}};
        for (const auto& item : items) {
            if (Status put = check(central.writer().put(QStringLiteral("item"),
                                                        {{QStringLiteral("id"), QString::fromLatin1(item[0])},
                                                         {QStringLiteral("code"), QString::fromLatin1(item[1])},
                                                         {QStringLiteral("name"), QString::fromLatin1(item[2])}}));
                !put)
                return put;
            for (const DemoStore& store : kStores) {
                if (Status put = check(central.writer().put(
                        QStringLiteral("item_store_join"),
                        {{QStringLiteral("id"),
                          QStringLiteral("%1@%2").arg(QString::fromLatin1(item[0]), QString::fromLatin1(store.id))},
                         {QStringLiteral("item_id"), QString::fromLatin1(item[0])},
                         {QStringLiteral("store_id"), QString::fromLatin1(store.id)}}));
                    !put)
                    return put;
            }
        }
        int line = 0;
        for (const char* store : {"A", "E"}) {
            for (const auto& item : items) {
                ++line;
                if (Status put = check(central.writer().put(
                        QStringLiteral("stock_line"),
                        {{QStringLiteral("id"), QStringLiteral("stock-%1").arg(line)},
                         {QStringLiteral("store_id"), QString::fromLatin1(store)},
                         {QStringLiteral("item_id"), QString::fromLatin1(item[0])},
                         {QStringLiteral("batch"), QStringLiteral("B%1").arg(line, 3, 10, QLatin1Char('0'))},
                         {QStringLiteral("quantity"), 100 * line},
                         {QStringLiteral("cost_price"), 0.25 * line}}));
                    !put)
                    return put;
            }
        }
        return {};
    });
    if (!s)
        return s.error();

    Summary summary;
    summary.centralPath = centralPath;
    summary.siteIds = {kCentral, kRemote1, kRemote2};
    for (int site : summary.siteIds)
        summary.siteNames.insert(site, central.site().siteName(site));
    for (const DemoStore& store : kStores) {
        const Result<StoreSyncSettings> settings = central.syncSettings().load(QString::fromLatin1(store.id));
        if (!settings)
            return settings.error();
        StorePlacement placement{settings->storeId, settings->storeName, {}};
        for (int site : summary.siteIds)
            placement.typeBySite.insert(site, settings->typeOn(site));
        summary.stores.append(placement);
    }
    const Result<SiteStatus> status = SiteStatus::collect(central);
    if (!status)
        return status.error();
    summary.queuedBySite = status->queuedBySite;
    return summary;
}

}  // namespace sitesync
