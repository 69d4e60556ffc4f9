#include "demo/demorun.h"

#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "server/serverthread.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QDir>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::DemoRun)
};

// What each remote site enters: stock in each store active on it.
const QMap<int, QStringList> kEntered = {{DemoNetwork::kRemote1, {QStringLiteral("B"), QStringLiteral("F")}},
                                         {DemoNetwork::kRemote2, {QStringLiteral("C"), QStringLiteral("D")}}};

Status enterStock(SiteSession& site, const QStringList& stores)
{
    RecordWriter& writer = site.writer();
    return writer.inOneTransaction([&]() -> Status {
        for (const QString& store : stores) {
            int line = 0;
            for (const char* item : {"item-amox", "item-para", "item-ors"}) {
                const Result<WriteResult> w =
                    writer.put(QStringLiteral("stock_line"),
                               {{QStringLiteral("id"), QStringLiteral("stock-%1-%2").arg(store).arg(++line)},
                                {QStringLiteral("store_id"), store},
                                {QStringLiteral("item_id"), QString::fromLatin1(item)},
                                {QStringLiteral("batch"), QStringLiteral("%1%2").arg(store).arg(line)},
                                {QStringLiteral("quantity"), 50 * line},
                                {QStringLiteral("cost_price"), 0.5 * line}});
                if (!w)
                    return w.error();
            }
        }
        return {};
    });
}

}  // namespace

Result<DemoRun::Outcome> DemoRun::run(const QString& dir, const std::function<void(const QString&)>& progress)
{
    Result<DemoNetwork::Summary> network = DemoNetwork::build(dir, progress);
    if (!network)
        return network.error();
    Outcome outcome;
    outcome.network = *network;
    outcome.databases.insert(DemoNetwork::kCentral, network->centralPath);

    ServerThread server;
    const Result<quint16> port = server.serve(network->centralPath, QHostAddress::LocalHost);
    if (!port)
        return port.error();
    outcome.url = QStringLiteral("http://127.0.0.1:%1").arg(*port);
    progress(Text::tr("Serving the central server on %1.").arg(outcome.url));

    // The demo's sites share one process, so their passwords stay in memory, not in the keychain.
    MemoryCredentialStore credentials;
    std::map<int, std::unique_ptr<SiteSession>> remotes;
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        const QString path = QDir(dir).absoluteFilePath(QStringLiteral("site-%1.db").arg(id));
        progress(
            Text::tr("Initialising %1 (site %2) from the central server.").arg(network->siteNames.value(id)).arg(id));
        Result<std::unique_ptr<SiteSession>> remote =
            RemoteSync::initialise(path, QUrl(outcome.url), id, DemoNetwork::sitePassword(id), credentials);
        if (!remote)
            return remote.error();
        outcome.databases.insert(id, path);
        remotes[id] = std::move(remote).value();
    }

    for (auto& [id, remote] : remotes) {
        progress(Text::tr("Entering stock on %1 in stores %2.")
                     .arg(network->siteNames.value(id), kEntered.value(id).join(QStringLiteral(", "))));
        if (Status s = enterStock(*remote, kEntered.value(id)); !s)
            return s.error();
    }
    progress(Text::tr("Store C (remote site 2) sends stock to Store B (remote site 1)."));
    Result<std::unique_ptr<SiteSession>> centralSession = SiteSession::open(network->centralPath);
    if (!centralSession)
        return centralSession.error();
    const Result<StoreInfo> storeB = (*centralSession)->stores().find(QStringLiteral("B"));
    if (!storeB)
        return storeB.error();
    const Result<WriteResult> transfer = remotes[DemoNetwork::kRemote2]->writer().put(
        QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("transfer-c-to-b")},
                                    {QStringLiteral("store_id"), QStringLiteral("C")},
                                    {QStringLiteral("name_id"), storeB->nameId},
                                    {QStringLiteral("type"), QStringLiteral("customer_invoice")},
                                    {QStringLiteral("status"), QStringLiteral("finalised")}});
    if (!transfer)
        return transfer.error();

    // Each site pushes, then pulls; a second round carries what one remote sent to the other.
    for (int round = 1; round <= 2; ++round) {
        for (auto& [id, remote] : remotes) {
            progress(Text::tr("Synchronising %1 (round %2).").arg(network->siteNames.value(id)).arg(round));
            RemoteSync sync(*remote, credentials);
            if (const Result<SyncReport> report = sync.syncOnce(); !report)
                return report.error();
        }
    }
    server.stop();

    std::map<int, SiteSession*> sites = {{DemoNetwork::kCentral, centralSession->get()}};
    for (auto& [id, remote] : remotes)
        sites[id] = remote.get();
    for (const DemoNetwork::StorePlacement& store : network->stores) {
        for (auto& [id, site] : sites) {
            const Result<QVariant> count = site->database().scalar(
                QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = ?"), {store.storeId});
            outcome.stockLinesBySite[store.storeId].insert(id, count ? count->toInt() : -1);
        }
    }
    for (auto& [id, site] : sites)
        outcome.transfersBySite.insert(
            id, site->writer().fetch(QStringLiteral("invoice"), QStringLiteral("transfer-c-to-b")).isEmpty() ? 0 : 1);
    return outcome;
}

}  // namespace sitesync
