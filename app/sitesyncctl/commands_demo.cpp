#include "cli.h"
#include "demo/demonetwork.h"
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
    const Result<DemoNetwork::Summary> summary = DemoNetwork::build(in.value(QStringLiteral("dir")), progress);
    if (!summary)
        return in.fail(summary.error());

    if (in.json()) {
        QJsonArray stores;
        for (const DemoNetwork::StorePlacement& store : summary->stores) {
            QJsonObject types;
            for (auto it = store.typeBySite.begin(); it != store.typeBySite.end(); ++it)
                types.insert(QString::number(it.key()), syncTypeId(it.value()));
            stores.append(
                QJsonObject{{QStringLiteral("store_id"), store.storeId}, {QStringLiteral("sync_type_by_site"), types}});
        }
        QJsonObject queued;
        for (auto it = summary->queuedBySite.begin(); it != summary->queuedBySite.end(); ++it)
            queued.insert(QString::number(it.key()), it.value());
        in.printJson(QJsonObject{{QStringLiteral("central_db"), summary->centralPath},
                                 {QStringLiteral("stores"), stores},
                                 {QStringLiteral("queued_by_site"), queued}});
        return ExitOk;
    }
    QStringList headers = {Text::tr("STORE")};
    for (int site : summary->siteIds)
        headers << QStringLiteral("%1 (%2)").arg(site).arg(summary->siteNames.value(site));
    TextTable table(headers);
    for (const DemoNetwork::StorePlacement& store : summary->stores) {
        QStringList row = {store.storeName};
        for (int site : summary->siteIds) {
            const SyncType type = store.typeBySite.value(site);
            row << (type == SyncType::None ? QStringLiteral("-") : syncTypeId(type));
        }
        table.addRow(row);
    }
    in.out() << '\n'
             << Text::tr("Central server database: %1").arg(summary->centralPath) << "\n\n"
             << Text::tr("Where each store's records live (the sync type of its copy on each site):") << '\n';
    table.print(in.out());
    in.out() << '\n' << Text::tr("Records waiting on the central for each remote site:") << '\n';
    for (auto it = summary->queuedBySite.begin(); it != summary->queuedBySite.end(); ++it)
        in.out() << "  "
                 << QStringLiteral("%1 (%2): %3").arg(it.key()).arg(summary->siteNames.value(it.key())).arg(it.value())
                 << '\n';
    in.out() << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> demoCommands()
{
    return {
        {{QStringLiteral("demo")},
         QStringLiteral("--dir DIR"),
         Text::tr("Build the worked-example network of the specification (Store A to Store F) in DIR."),
         {QStringLiteral("dir")},
         0,
         0,
         demo},
    };
}

}  // namespace sitesync::cli
