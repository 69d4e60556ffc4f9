#include "demo/demorun.h"

#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "server/serverthread.h"
#include "settings/unlockgate.h"
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

// Store C sends Store B two lines, each issued from one of C's stock lines (TR-1).
Status sendStock(RecordWriter& writer, const QString& nameOfB)
{
    return writer.inOneTransaction([&]() -> Status {
        const QString id = QStringLiteral("transfer-c-to-b");
        if (const Result<WriteResult> w =
                writer.put(QStringLiteral("invoice"), {{QStringLiteral("id"), id},
                                                       {QStringLiteral("store_id"), QStringLiteral("C")},
                                                       {QStringLiteral("name_id"), nameOfB},
                                                       {QStringLiteral("type"), QStringLiteral("customer_invoice")}});
            !w)
            return w.error();
        for (int line = 1; line <= 2; ++line) {
            if (const Result<WriteResult> w = writer.put(
                    QStringLiteral("invoice_line"),
                    {{QStringLiteral("id"), QStringLiteral("%1-%2").arg(id).arg(line)},
                     {QStringLiteral("store_id"), QStringLiteral("C")},
                     {QStringLiteral("invoice_id"), id},
                     {QStringLiteral("item_id"), line == 1 ? QStringLiteral("item-amox") : QStringLiteral("item-para")},
                     {QStringLiteral("stock_line_id"), QStringLiteral("stock-C-%1").arg(line)},
                     {QStringLiteral("quantity"), 10 * line},
                     {QStringLiteral("sell_price"), 0.5 * line}});
                !w)
                return w.error();
        }
        const Result<WriteResult> finalised =
            writer.put(QStringLiteral("invoice"),
                       {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("finalised")}});
        return finalised ? Status() : Status(finalised.error());
    });
}

}  // namespace

Result<DemoRun::Outcome> DemoRun::run(const QString& dir, const std::function<void(const QString&)>& progress,
                                      const QString& central)
{
    Result<DemoNetwork::Summary> network = DemoNetwork::build(dir, progress, central);
    if (!network)
        return network.error();
    Outcome outcome;
    outcome.network = *network;
    outcome.databases.insert(DemoNetwork::kCentral, network->centralPath);
    {
        // The technician's password for the sync settings and the changes of sites (ST-7).
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(network->centralPath);
        if (!central)
            return central.error();
        if (Status set = UnlockGate((*central)->database()).setPassword(DemoNetwork::unlockPassword()); !set)
            return set.error();
        outcome.unlockPassword = DemoNetwork::unlockPassword();
        progress(Text::tr("The central server's unlock password is %1.").arg(outcome.unlockPassword));
    }

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
    if (Status s = sendStock(remotes[DemoNetwork::kRemote2]->writer(), storeB->nameId); !s)
        return s.error();

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
    // The transfer counts where it is held with both its lines.
    for (auto& [id, site] : sites) {
        const Result<QVariant> lines = site->database().scalar(
            QStringLiteral("SELECT count(*) FROM invoice_line WHERE invoice_id = 'transfer-c-to-b'"));
        outcome.transfersBySite.insert(id, lines && lines->toInt() == 2 ? 1 : 0);
    }
    return outcome;
}

}  // namespace sitesync
