#include "cli.h"
#include "demo/demorun.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

int demo(Invocation& in)
{
    if (!in.isSet(QStringLiteral("dir")))
        return in.usage(Text::tr("usage: sitesyncctl demo --dir DIR"));
    const auto progress = [&](const QString& line) {
        if (!in.json())
            in.out() << "- " << line << Qt::endl;
    };
    const Result<DemoRun::Outcome> outcome =
        DemoRun::run(in.value(QStringLiteral("dir")), progress, in.value(QStringLiteral("central-db")));
    if (!outcome)
        return in.fail(outcome.error());
    const DemoNetwork::Summary& network = outcome->network;

    if (in.json()) {
        QJsonArray stores;
        for (const DemoNetwork::StorePlacement& store : network.stores) {
            QJsonObject types;
            QJsonObject lines;
            for (int site : network.siteIds) {
                types.insert(QString::number(site), syncTypeId(store.typeBySite.value(site)));
                lines.insert(QString::number(site), outcome->stockLinesBySite.value(store.storeId).value(site));
            }
            stores.append(QJsonObject{{QStringLiteral("store_id"), store.storeId},
                                      {QStringLiteral("sync_type_by_site"), types},
                                      {QStringLiteral("stock_lines_by_site"), lines}});
        }
        QJsonObject databases;
        QJsonObject transfer;
        for (int site : network.siteIds) {
            databases.insert(QString::number(site), outcome->databases.value(site));
            transfer.insert(QString::number(site), outcome->transfersBySite.value(site) == 1);
        }
        in.printJson(QJsonObject{{QStringLiteral("central_db"), network.centralPath},
                                 {QStringLiteral("unlock_password"), outcome->unlockPassword},
                                 {QStringLiteral("databases"), databases},
                                 {QStringLiteral("stores"), stores},
                                 {QStringLiteral("transfer_c_to_b_on_site"), transfer}});
        return ExitOk;
    }
    QStringList headers = {Text::tr("STORE")};
    for (int site : network.siteIds)
        headers << QStringLiteral("%1 (%2)").arg(site).arg(network.siteNames.value(site));
    TextTable table(headers);
    for (const DemoNetwork::StorePlacement& store : network.stores) {
        QStringList row = {store.storeName};
        for (int site : network.siteIds) {
            const SyncType type = store.typeBySite.value(site);
            const int lines = outcome->stockLinesBySite.value(store.storeId).value(site);
            row << (type == SyncType::None ? QStringLiteral("-")
                                           : Text::tr("%1, %2 stock lines").arg(syncTypeId(type)).arg(lines));
        }
        table.addRow(row);
    }
    in.out() << '\n'
             << Text::tr("Where each store's records ended up after synchronising (its copy on each site, and the "
                         "stock lines held there):")
             << '\n';
    table.print(in.out());
    QStringList transferSites;
    for (int site : network.siteIds) {
        if (outcome->transfersBySite.value(site) == 1)
            transferSites << QStringLiteral("%1 (%2)").arg(site).arg(network.siteNames.value(site));
    }
    in.out() << '\n'
             << Text::tr("The transfer from Store C to Store B is on sites %1.")
                    .arg(transferSites.join(QStringLiteral(", ")))
             << '\n'
             << '\n'
             << Text::tr("Databases:") << '\n';
    for (int site : network.siteIds)
        in.out() << "  " << network.siteNames.value(site) << ": " << outcome->databases.value(site) << '\n';
    in.out() << '\n'
             << Text::tr("The central server's unlock password (Click to unlock, and the changes of sites): %1")
                    .arg(outcome->unlockPassword)
             << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> demoCommands()
{
    return {
        {{QStringLiteral("demo")},
         QStringLiteral("--dir DIR [--central-db ADDRESS]"),
         Text::tr("Build the worked-example network of the specification (Store A to Store F) in DIR, serve the "
                  "central on 127.0.0.1, initialise the remote sites, enter data, synchronise, and show where "
                  "every store's records ended up."),
         {QStringLiteral("dir"), QStringLiteral("central-db")},
         0,
         0,
         demo},
    };
}

}  // namespace sitesync::cli
