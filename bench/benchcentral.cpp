#include "benchcentral.h"

#include "site/sitesession.h"

#include <QElapsedTimer>

#include <algorithm>

namespace sitesync::bench {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool check(const Status& s, const char* what)
{
    if (!s)
        out() << "FAILED " << what << ": " << s.error().message << Qt::endl;
    return s.ok();
}

// A central with store A (active there, collector on site 2) holding `count` stock lines.
bool buildCentral(const QString& path, int count)
{
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::initCentral(path, 1, QStringLiteral("Central"), {});
    if (!check(opened, "init central"))
        return false;
    SiteSession& central = **opened;
    if (!check(central.sites().add(2, QStringLiteral("Remote"), QStringLiteral("desktop"), false, kPassword), "site") ||
        !check(central.stores().add(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Store A"), false), "A") ||
        !check(central.stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false), "B"))
        return false;
    SyncSettingsChange toRemote;
    toRemote.activeSiteId = 2;
    if (!check(central.syncSettings().apply(QStringLiteral("B"), toRemote), "move B"))
        return false;
    RecordWriter& writer = central.writer();
    const QString aName = central.stores().find(QStringLiteral("A"))->nameId;
    if (!check(writer.put(QStringLiteral("name_store_join"),
                          {{QStringLiteral("name_id"), aName}, {QStringLiteral("store_id"), QStringLiteral("B")}}),
               "visibility"))
        return false;
    SyncSettingsChange collector;
    collector.with.insert(2, SyncWith::ActiveCollector);
    if (!check(central.syncSettings().apply(QStringLiteral("A"), collector), "collector"))
        return false;
    if (!check(writer.put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("item-1")},
                                                   {QStringLiteral("code"), QStringLiteral("AMOX")},
                                                   {QStringLiteral("name"), QStringLiteral("Amoxicillin 250mg")}}),
               "item"))
        return false;
    QElapsedTimer timer;
    timer.start();
    const Status filled = writer.inOneTransaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            const Result<WriteResult> w =
                writer.put(QStringLiteral("stock_line"),
                           {{QStringLiteral("id"), QStringLiteral("line-%1").arg(i, 8, 10, QLatin1Char('0'))},
                            {QStringLiteral("store_id"), QStringLiteral("A")},
                            {QStringLiteral("item_id"), QStringLiteral("item-1")},
                            {QStringLiteral("batch"), QStringLiteral("B%1").arg(i % 997)},
                            {QStringLiteral("expiry_date"), QStringLiteral("2027-06-30")},
                            {QStringLiteral("quantity"), double(i % 500)},
                            {QStringLiteral("cost_price"), 0.25}});
            if (!w)
                return w.error();
        }
        return {};
    });
    if (!check(filled, "stock lines"))
        return false;
    if (count > 0)
        out() << QStringLiteral("  write path on the central: %1 records in %2 s (%3 records/s)")
                     .arg(count)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(qRound64(count / std::max(0.001, timer.elapsed() / 1000.0)))
              << Qt::endl;
    return true;
}

}  // namespace sitesync::bench
