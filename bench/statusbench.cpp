// The status mode of the benchmark: on a central whose log holds R stock lines, N sites wait for
// it, behind the whole log, spread along it, and up to date; it times what counts the records
// waiting for each site (Routing::queuedBySite, which `sitesyncctl status`, `site list`, the
// window's Sites page, the sync report and About run), in this process and as `sitesyncctl status`.
// With --compare it also times another sitesyncctl (an earlier build) on the same database and
// checks that both report the same counts.
//
// With --stores S the records are spread over S stores instead, one record in ten an invoice to one
// of ten other stores (a transfer), so that the log holds about 11 x S distinct routing keys; the
// stores stay active on the central, or with --stores-on-sites each is made active on a site.
//
//   sitesync-bench status [--sites N] [--records R] [--stores S [--stores-on-sites]] [--runs K]
//                         [--compare SITESYNCCTL] [--postgres SERVER]
#include "statusbench.h"

#include "benchcentral.h"
#include "benchdatabase.h"
#include "site/sitesession.h"
#include "sync/routing.h"
#include "sync/siteledger.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

namespace sitesync::bench {

namespace {

// Stores S0 .. S(count-1) holding `records` records between them: stock lines, and one in ten an
// invoice to one of ten other stores. They are entered on the central; with `sites` > 0 each store
// is then made active on one of the polling sites in turn (the central keeps a collector copy).
bool addTradingStores(const QString& path, int count, int records, int sites)
{
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(path);
    if (!check(opened, "open central"))
        return false;
    SiteSession& central = **opened;
    RecordWriter& writer = central.writer();
    QElapsedTimer timer;
    timer.start();
    QStringList names;
    const Status added = writer.inOneTransaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("S%1").arg(i);
            const Result<StoreInfo> store = central.stores().add(id, id, QStringLiteral("Store %1").arg(i), false);
            if (!store)
                return store.error();
            names << store->nameId;
        }
        for (int i = 0; i < records; ++i) {
            const int store = i % count;
            const int nth = i / count;  // the store's nth record
            const QString id = QStringLiteral("record-%1").arg(i, 8, 10, QLatin1Char('0'));
            const Result<WriteResult> w =
                nth % 10 == 9 ? writer.put(QStringLiteral("invoice"),
                                           {{QStringLiteral("id"), id},
                                            {QStringLiteral("store_id"), QStringLiteral("S%1").arg(store)},
                                            {QStringLiteral("name_id"), names[(store + 1 + nth / 10 % 10) % count]},
                                            {QStringLiteral("type"), QStringLiteral("customer_invoice")}})
                              : writer.put(QStringLiteral("stock_line"),
                                           {{QStringLiteral("id"), id},
                                            {QStringLiteral("store_id"), QStringLiteral("S%1").arg(store)},
                                            {QStringLiteral("item_id"), QStringLiteral("item-1")},
                                            {QStringLiteral("quantity"), double(i % 500)}});
            if (!w)
                return w.error();
        }
        return {};
    });
    if (!check(added, "stores"))
        return false;
    const qint64 writtenNs = timer.nsecsElapsed();
    const Status moved = writer.inOneTransaction([&]() -> Status {
        for (int i = 0; sites > 0 && i < count; ++i) {
            SyncSettingsChange change;
            change.activeSiteId = kFirstPollingSite + i % sites;
            if (const Result<StoreSyncSettings> applied =
                    central.syncSettings().apply(QStringLiteral("S%1").arg(i), change);
                !applied)
                return applied.error();
        }
        return {};
    });
    if (!check(moved, "moves"))
        return false;
    out() << QStringLiteral("  set-up: %1 stores holding %2 records written in %3%4")
                 .arg(count)
                 .arg(records)
                 .arg(seconds(writtenNs), sites > 0 ? QStringLiteral(", made active on the sites in %1")
                                                          .arg(seconds(timer.nsecsElapsed() - writtenNs))
                                                    : QStringLiteral(", active on the central"))
          << Qt::endl;
    return true;
}

qint64 median(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    return times.value(times.size() / 2);
}

QString summary(const QMap<int, int>& queued)
{
    qint64 records = 0;
    int sites = 0;
    for (int count : queued) {
        records += count;
        sites += count > 0 ? 1 : 0;
    }
    return QStringLiteral("%1 records waiting for %2 of %3 sites").arg(records).arg(sites).arg(queued.size());
}

// Every site's pull cursor at `cursorOf(index)`, its index counted from 0 in the order of the sites.
bool placeCursors(SiteSession& central, const std::function<qint64(int)>& cursorOf)
{
    Database& db = central.database();
    const Result<QVariant> sites =
        db.scalar(QStringLiteral("SELECT %1 FROM site WHERE is_central = 0")
                      .arg(db.dialect().joinedText(QStringLiteral("CAST(id AS TEXT)"), QStringLiteral("','"))));
    if (!check(sites, "sites"))
        return false;
    const QStringList ids = sites->toString().split(QLatin1Char(','));
    const Status placed = central.writer().inOneTransaction([&]() -> Status {
        SiteLedger ledger(db);
        for (int i = 0; i < int(ids.size()); ++i) {
            if (Status s = ledger.confirmStored(ids[i].toInt(), cursorOf(i), 0); !s)
                return s;
        }
        return {};
    });
    return check(placed, "cursors");
}

// One arrangement of the sites' cursors: the count in this process, then as whole processes.
bool measure(const QString& when, const QString& path, int runs, const QString& program, const QString& compare)
{
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(path);
    if (!check(opened, "open central"))
        return false;
    std::unique_ptr<SiteSession> central = std::move(opened).value();
    QList<qint64> times;
    QMap<int, int> counted;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<QMap<int, int>> queued = Routing::queuedBySite(central->database());
        times << timer.nsecsElapsed();
        if (!check(queued, "queuedBySite"))
            return false;
        counted = *queued;
    }
    central.reset();  // closed before the processes open it
    out() << QStringLiteral("  %1: Routing::queuedBySite in this process, median of %2: %3 (%4)")
                 .arg(when)
                 .arg(runs)
                 .arg(ms(median(times)), summary(counted))
          << Qt::endl;
    bool same = true;
    for (const auto& [name, binary] : {std::pair{QStringLiteral("sitesyncctl status"), program},
                                       std::pair{QStringLiteral("--compare sitesyncctl status"), compare}}) {
        if (binary.isEmpty())
            continue;
        const StatusRun run = runStatus(binary, path, runs);
        if (!run.ok)
            return false;
        const bool agrees = run.queuedBySite == counted;
        same = same && agrees;
        out() << QStringLiteral("  %1: %2 (the whole process), median of %3: %4 (%5)%6")
                     .arg(when, name)
                     .arg(runs)
                     .arg(ms(run.medianNs), summary(run.queuedBySite),
                          agrees ? QString() : QStringLiteral(" DIFFERENT COUNTS"))
              << Qt::endl;
    }
    return same;
}

}  // namespace

StatusRun runStatus(const QString& program, const QString& database, int runs)
{
    StatusRun run;
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QProcess status;
        QElapsedTimer timer;
        timer.start();
        status.start(program, {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), database});
        status.waitForFinished(900000);
        times << timer.nsecsElapsed();
        if (status.exitStatus() != QProcess::NormalExit || status.exitCode() != 0) {
            out() << "FAILED status: " << status.readAllStandardError() << Qt::endl;
            return run;
        }
        const QJsonObject queued = QJsonDocument::fromJson(status.readAllStandardOutput())
                                       .object()
                                       .value(QLatin1String("queued_by_site"))
                                       .toObject();
        run.queuedBySite.clear();
        for (auto it = queued.begin(); it != queued.end(); ++it)
            run.queuedBySite.insert(it.key().toInt(), it.value().toInt());
    }
    run.ok = true;
    run.medianNs = median(times);
    return run;
}

void timeStatus(const QString& program, const QString& database, const QString& when)
{
    const StatusRun run = runStatus(program, database, 3);
    if (run.ok)
        out() << QStringLiteral("  status (sitesyncctl status, the whole process, median of 3) %1: %2; it reports %3")
                     .arg(when, ms(run.medianNs), summary(run.queuedBySite))
              << Qt::endl;
}

int runStatusBenchmark(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("sites"), QStringLiteral("Sites waiting."), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("Stock lines in the log."), QStringLiteral("R"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("stores"), QStringLiteral("Stores the records are spread over (1: store A)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("stores-on-sites"),
                      QStringLiteral("Make each of the --stores active on one of the sites (slow to set up: each "
                                     "move applies the visibility rule to every store and site).")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure (the median is reported)."),
                      QStringLiteral("K"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("sitesyncctl"), QStringLiteral("The sitesyncctl to run `status` with."),
                      QStringLiteral("PATH"), QStringLiteral(SITESYNCCTL)});
    parser.addOption({QStringLiteral("compare"),
                      QStringLiteral("Another sitesyncctl (an earlier build) to time and check against."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("postgres"),
                      QStringLiteral("Keep the central on this PostgreSQL server (the address of a database on it)."),
                      QStringLiteral("SERVER")});
    if (!parser.parse(arguments)) {
        out() << parser.errorText() << Qt::endl;
        return 2;
    }
    const int siteCount = parser.value(QStringLiteral("sites")).toInt();
    const int records = parser.value(QStringLiteral("records")).toInt();
    const int stores = parser.value(QStringLiteral("stores")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (siteCount < 1 || records < 0 || stores < 1 || runs < 1) {
        out() << "usage: sitesync-bench status [--sites N] [--records R] [--stores S [--stores-on-sites]]"
                 " [--runs K] [--compare SITESYNCCTL] [--postgres SERVER]"
              << Qt::endl;
        return 2;
    }
    out() << QStringLiteral("SiteSync status benchmark: what waits for %1 sites on a central whose log holds %2 %3")
                 .arg(siteCount)
                 .arg(records)
                 .arg(stores == 1 ? QStringLiteral("stock lines of store A")
                                  : QStringLiteral("records of %1 stores").arg(stores))
          << Qt::endl;
    QTemporaryDir dir;
    const CentralDatabase place(dir, parser.value(QStringLiteral("postgres")));
    const QString path = place.address();
    if (path.isEmpty() || !buildCentral(path, stores == 1 ? records : 0) || !addPollingSites(path, siteCount) ||
        (stores > 1 &&
         !addTradingStores(path, stores, records, parser.isSet(QStringLiteral("stores-on-sites")) ? siteCount : 0)))
        return 1;
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(path);
    if (!check(opened, "open central"))
        return 1;
    SiteSession& central = **opened;
    const Result<QVariant> keys =
        central.database().scalar(QStringLiteral("SELECT count(DISTINCT %1) FROM change_log c")
                                      .arg(Routing::routingKey(central.database().dialect())));
    if (!check(keys, "keys"))
        return 1;
    out() << QStringLiteral("  the log holds %1 distinct routing keys").arg(keys->toLongLong()) << Qt::endl;
    const Result<QVariant> top = central.database().scalar(QStringLiteral("SELECT max(seq) FROM change_log"));
    if (!check(top, "log"))
        return 1;
    const qint64 last = top->toLongLong();
    const QString program = parser.value(QStringLiteral("sitesyncctl"));
    const QString compare = parser.value(QStringLiteral("compare"));
    struct Arrangement {
        QString when;
        std::function<qint64(int)> cursorOf;
    };
    const int sites = siteCount + 1;  // site 2, which collects store A, and the N others
    const QList<Arrangement> arrangements = {
        {QStringLiteral("every site behind the whole log"), [](int) { return qint64(0); }},
        {QStringLiteral("the sites spread along the log"), [&](int i) { return last * i / sites; }},
        {QStringLiteral("every site up to date"), [&](int) { return last; }},
    };
    bool ok = true;
    for (const Arrangement& arrangement : arrangements) {
        if (!placeCursors(central, arrangement.cursorOf))
            return 1;
        ok = measure(arrangement.when, path, runs, program, compare) && ok;
    }
    if (ok)
        out() << "status done" << Qt::endl;
    return ok ? 0 : 1;
}

}  // namespace sitesync::bench
