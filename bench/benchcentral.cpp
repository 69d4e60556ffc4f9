#include "benchcentral.h"

#include "security/passwordhash.h"
#include "server/siteinitialisation.h"
#include "site/sitesession.h"

#include <QDateTime>
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

QString ms(qint64 ns)
{
    return QString::number(ns / 1e6, 'f', ns < 10'000'000 ? 2 : 1) + QStringLiteral(" ms");
}

QString seconds(qint64 ns)
{
    return QString::number(ns / 1e9, 'f', 1) + QStringLiteral(" s");
}

bool buildCentral(const QString& path, int count, double* writeRate)
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
    const double rate = count / std::max(0.001, timer.elapsed() / 1000.0);
    if (writeRate)
        *writeRate = rate;
    if (count > 0)
        out() << QStringLiteral("  write path on the central (%1): %2 records in %3 s (%4 records/s)")
                     .arg(central.database().isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
                     .arg(count)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(qRound64(rate))
              << Qt::endl;
    return true;
}

// The polling sites 3 .. N+2 on the central, written as SiteRegistry::add writes them but with one
// password hash for all: each hash costs a full PBKDF2 derivation, which for 1,000 sites would be
// minutes of set-up. The central still verifies each site's password in full at its first request.
// Then each is initialised as its first `initialise` request would (SiteInitialisation), bound to a
// hardware ID of its own.
bool addPollingSites(const QString& path, int count)
{
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(path);
    if (!check(opened, "open central"))
        return false;
    SiteSession& central = **opened;
    QElapsedTimer timer;
    timer.start();
    const QString hash = PasswordHash::create(kPassword);
    const qint64 hashNs = timer.nsecsElapsed();
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    RecordWriter& writer = central.writer();
    const Status added = writer.inOneTransaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            const int id = kFirstPollingSite + i;
            const Result<WriteResult> w = writer.put(QStringLiteral("site"),
                                                     {{QStringLiteral("id"), id},
                                                      {QStringLiteral("name"), QStringLiteral("Site %1").arg(id)},
                                                      {QStringLiteral("type"), QStringLiteral("desktop")},
                                                      {QStringLiteral("password_hash"), hash},
                                                      {QStringLiteral("created_at"), created}},
                                                     WriteOptions::managedTables());
            if (!w)
                return w.error();
        }
        return {};
    });
    if (!check(added, "add sites") || !check(central.site().refresh(), "refresh"))
        return false;
    const qint64 addedNs = timer.nsecsElapsed();
    SiteInitialisation service(central);
    for (int i = 0; i < count; ++i) {
        const int id = kFirstPollingSite + i;
        if (!check(service.initialise(id, QStringLiteral("bench-hardware-%1").arg(id)), "initialise site"))
            return false;
    }
    out() << QStringLiteral("  set-up: %1 polling sites written in %2 (one password hash for all, %3 to derive),"
                            " initialised on the central in %4")
                 .arg(count)
                 .arg(seconds(addedNs), ms(hashNs), seconds(timer.nsecsElapsed() - addedNs))
          << Qt::endl;
    return true;
}

}  // namespace sitesync::bench
