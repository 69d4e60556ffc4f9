// Measures synchronisation over loopback on this machine and prints the figures for
// docs/performance.md: initialising a site, an incremental sync, an empty poll, bytes on the wire,
// and a raw SQLite insert of the same rows as the ceiling. Not a test: it asserts nothing.
//
//   sitesync-bench [--postgres SERVER] [records ...]     (default: 100000)
//   sitesync-bench compare --postgres SERVER [records ...]  SQLite and PostgreSQL centrals side by side
//                                                        (bench/comparebench.cpp)
//   sitesync-bench load [options]     many sites polling at once (bench/loadbench.cpp)
//   sitesync-bench status [options]   what waits for many sites behind a long log (bench/statusbench.cpp)
//
// With --postgres (the address of a database on a PostgreSQL server, e.g.
// postgresql://sitesync@/postgres?host=/tmp/pg) the central is kept in a new database on that
// server, dropped at the end; the sites stay in SQLite files.
#include "benchcentral.h"
#include "benchdatabase.h"
#include "client/remotesync.h"
#include "comparebench.h"
#include "credentials/credentialstore.h"
#include "loadbench.h"
#include "model/tablecounts.h"
#include "protocol/compression.h"
#include "report/sitestatus.h"
#include "server/serverthread.h"
#include "site/sitesession.h"
#include "statusbench.h"
#include "sync/integrator.h"
#include "sync/wirerecord.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace sitesync;
using bench::buildCentral;
using bench::check;
using bench::kPassword;

namespace {

QTextStream& out = bench::out();

// The same insert through SQLite's own interface, as the bulk path of integration binds values.
double rawApiInsertRate(const QString& path, int count)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return 0;
    (void)(*db)->exec(
        QStringLiteral("CREATE TABLE raw_line (id TEXT PRIMARY KEY, store_id TEXT, item_id TEXT, batch TEXT,"
                       " expiry_date TEXT, quantity REAL, cost_price REAL)"));
    QElapsedTimer timer;
    timer.start();
    Transaction tx(**db);
    const Result<Statement*> insert =
        (*db)->statement(QStringLiteral("INSERT INTO raw_line VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return 0;
    for (int i = 0; i < count; ++i) {
        (*insert)->bindText(0, QStringLiteral("line-%1").arg(i, 8, 10, QLatin1Char('0')));
        (*insert)->bindText(1, QStringLiteral("A"));
        (*insert)->bindText(2, QStringLiteral("item-1"));
        (*insert)->bindText(3, QStringLiteral("B%1").arg(i % 997));
        (*insert)->bindText(4, QStringLiteral("2027-06-30"));
        (*insert)->bindReal(5, double(i % 500));
        (*insert)->bindReal(6, 0.25);
        if (!(*insert)->run())
            return 0;
    }
    if (!tx.commit())
        return 0;
    return count / std::max(0.001, timer.elapsed() / 1000.0);
}

double rawInsertRate(const QString& path, int count)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return 0;
    (void)(*db)->exec(
        QStringLiteral("CREATE TABLE raw_line (id TEXT PRIMARY KEY, store_id TEXT, item_id TEXT, batch TEXT,"
                       " expiry_date TEXT, quantity REAL, cost_price REAL)"));
    QElapsedTimer timer;
    timer.start();
    Transaction tx(**db);
    QSqlQuery insert((*db)->sql());
    insert.prepare(QStringLiteral("INSERT INTO raw_line VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        insert.bindValue(0, QStringLiteral("line-%1").arg(i, 8, 10, QLatin1Char('0')));
        insert.bindValue(1, QStringLiteral("A"));
        insert.bindValue(2, QStringLiteral("item-1"));
        insert.bindValue(3, QStringLiteral("B%1").arg(i % 997));
        insert.bindValue(4, QStringLiteral("2027-06-30"));
        insert.bindValue(5, double(i % 500));
        insert.bindValue(6, 0.25);
        insert.exec();
    }
    (void)tx.commit();
    return count / std::max(0.001, timer.elapsed() / 1000.0);
}

void measure(int count, const QString& postgresServer)
{
    QTemporaryDir dir;
    const bench::CentralDatabase place(dir, postgresServer);
    out << "\n" << count << " records, the central on " << place.engineName() << Qt::endl;
    const QString centralPath = place.address();
    if (centralPath.isEmpty() || !buildCentral(centralPath, count))
        return;
    ServerThread server;
    const Result<quint16> port = server.serve(centralPath, QHostAddress::LocalHost);
    if (!check(port, "serve"))
        return;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    MemoryCredentialStore credentials;

    // Initialised three times into new files (each initialisation restarts the site's pull from
    // the start of the log); the median is reported, with the range.
    QElapsedTimer timer;
    QList<double> initTimes;
    std::unique_ptr<SiteSession> remote;
    for (int run = 0; run < 3; ++run) {
        remote.reset();
        timer.start();
        Result<std::unique_ptr<SiteSession>> made = RemoteSync::initialise(
            dir.filePath(QStringLiteral("remote-%1.db").arg(run)), url, 2, kPassword, credentials);
        initTimes << timer.elapsed() / 1000.0;
        if (!check(made, "initialise"))
            return;
        remote = std::move(made).value();
    }
    const QList<double> sortedTimes = [&] {
        QList<double> sorted = initTimes;
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }();
    const double initSeconds = sortedTimes[1];
    const int received = remote->database().scalar(QStringLiteral("SELECT count(*) FROM stock_line"))->toInt();
    out << QStringLiteral("  initialise a site: %1 stock lines in %2 s, median of 3 (%3 records/s end to end;"
                          " runs from %4 to %5 records/s)")
               .arg(received)
               .arg(initSeconds, 0, 'f', 2)
               .arg(qRound64(received / std::max(0.001, initSeconds)))
               .arg(qRound64(received / std::max(0.001, sortedTimes.last())))
               .arg(qRound64(received / std::max(0.001, sortedTimes.first())))
        << Qt::endl;

    // Bytes on the wire against the same records as uncompressed JSON.
    RemoteSync sync(*remote, credentials);
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(centralPath);
        RecordWriter& writer = (*central)->writer();
        const int changes = std::min(1000, count);
        (void)writer.inOneTransaction([&]() -> Status {
            for (int i = 0; i < changes; ++i) {
                const Result<WriteResult> w =
                    writer.put(QStringLiteral("stock_line"),
                               {{QStringLiteral("id"),
                                 QStringLiteral("line-%1").arg(i * (count / changes), 8, 10, QLatin1Char('0'))},
                                {QStringLiteral("quantity"), 9999.0}});
                if (!w)
                    return w.error();
            }
            return {};
        });
        timer.restart();
        const Result<SyncReport> report = sync.syncOnce();
        if (!check(report, "incremental"))
            return;
        out << QStringLiteral("  incremental sync of %1 changes on a site of %2 records: %3 ms")
                   .arg(report->pulled)
                   .arg(count)
                   .arg(timer.elapsed())
            << Qt::endl;
        qint64 json = 0;
        QSqlQuery rows(remote->database().sql());
        rows.exec(QStringLiteral("SELECT id FROM stock_line WHERE quantity = 9999"));
        while (rows.next()) {
            WireRecord record;
            record.seq = 1;
            record.table = QStringLiteral("stock_line");
            record.id = rows.value(0).toString();
            record.data = *remote->writer().fetch(record.table, record.id);
            json += QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact).size() + 1;
        }
        out << QStringLiteral("  wire bytes: %1 received for %2 bytes of uncompressed JSON records (%3%), %4 bytes "
                              "per record")
                   .arg(report->bytesReceived)
                   .arg(json)
                   .arg(100.0 * report->bytesReceived / std::max<qint64>(1, json), 0, 'f', 1)
                   .arg(double(report->bytesReceived) / std::max(1, report->pulled), 0, 'f', 1)
            << Qt::endl;
    }
    QList<qint64> polls;
    for (int i = 0; i < 21; ++i) {
        timer.restart();
        if (!check(sync.syncOnce(), "poll"))
            return;
        polls << timer.nsecsElapsed() / 1000;
    }
    std::sort(polls.begin(), polls.end());
    out << QStringLiteral("  empty poll (push + pull, nothing to do), median of 21: %1 ms")
               .arg(polls[10] / 1000.0, 0, 'f', 2)
        << Qt::endl;
    // Help > About counts every table and the outgoing queue (AD-4): on the central (the store's
    // records plus a change-log entry for each) and on the initialised site.
    for (const auto& [label, path] :
         {std::pair{"central", centralPath}, std::pair{"site", remote->database().path()}}) {
        Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(path);
        if (!check(opened, "open for About"))
            return;
        QList<qint64> aboutTimes;
        qint64 rows = 0;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const Result<QList<TableCount>> counts = TableCounts::collect((*opened)->database());
            const Result<SiteStatus> status = SiteStatus::collect(**opened);
            aboutTimes << timer.nsecsElapsed() / 1000;
            if (!check(counts, "count tables") || !check(status, "status"))
                return;
            rows = 0;
            for (const TableCount& table : *counts)
                rows += table.records;
        }
        std::sort(aboutTimes.begin(), aboutTimes.end());
        out << QStringLiteral("  About dialog counts on the %1 (%2 rows in all tables), median of 5: %3 ms")
                   .arg(QString::fromLatin1(label))
                   .arg(rows)
                   .arg(aboutTimes[2] / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    const double raw = rawInsertRate(dir.filePath(QStringLiteral("raw.db")), count);
    const double rawApi = rawApiInsertRate(dir.filePath(QStringLiteral("raw-api.db")), count);
    const double initRate = received / std::max(0.001, initSeconds);
    out << QStringLiteral("  ceiling, raw SQLite insert of the same rows: %1 records/s through QSqlQuery, %2 through"
                          " SQLite's interface; initialisation reaches %3% and %4% of them")
               .arg(qRound64(raw))
               .arg(qRound64(rawApi))
               .arg(100.0 * initRate / std::max(1.0, raw), 0, 'f', 1)
               .arg(100.0 * initRate / std::max(1.0, rawApi), 0, 'f', 1)
        << Qt::endl;
    server.stop();
}

// ACC-2: what one pushed record costs the central to integrate while `waiting` received records
// wait for an invoice that has not arrived, median of 21.
void measureWaiting(int waiting, const QString& postgresServer)
{
    QTemporaryDir dir;
    const bench::CentralDatabase place(dir, postgresServer);
    const QString path = place.address();
    if (path.isEmpty() || !buildCentral(path, 0))
        return;
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(path);
    if (!check(opened, "open central"))
        return;
    SiteSession& central = **opened;
    auto line = [](const QString& id, const QString& invoice) {
        return WireRecord{0,
                          QStringLiteral("invoice_line"),
                          id,
                          false,
                          {{QStringLiteral("id"), id},
                           {QStringLiteral("store_id"), QStringLiteral("B")},
                           {QStringLiteral("invoice_id"), invoice},
                           {QStringLiteral("item_id"), QStringLiteral("item-1")},
                           {QStringLiteral("quantity"), 1}},
                          {},
                          false};
    };
    auto deliver = [&](const QList<WireRecord>& records) {
        Integrator integrator(central.writer());
        Transaction tx(central.database());
        return check(integrator.receive(2, records), "receive") && check(tx.commit(), "commit") &&
               check(integrator.integrate(), "integrate");
    };
    QList<WireRecord> lines;
    for (int i = 0; i < waiting; ++i)
        lines << line(QStringLiteral("waits-%1").arg(i), QStringLiteral("not-yet"));
    if (!deliver(lines))
        return;
    // The unrelated record waits too (for an invoice of its own), so that every delivery is alike.
    QList<qint64> times;
    QElapsedTimer timer;
    for (int i = 0; i < 21; ++i) {
        timer.start();
        if (!deliver({line(QStringLiteral("other-%1").arg(i), QStringLiteral("other-%1").arg(i))}))
            return;
        times << timer.nsecsElapsed() / 1000;
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("  one pushed record integrated on the central while %1 records wait, median of 21: %2 ms")
               .arg(waiting)
               .arg(times[10] / 1000.0, 0, 'f', 2)
        << Qt::endl;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (QCoreApplication::arguments().value(1) == QLatin1String("load"))
        return bench::runLoadBenchmark(QCoreApplication::arguments().mid(1));
    if (QCoreApplication::arguments().value(1) == QLatin1String("status"))
        return bench::runStatusBenchmark(QCoreApplication::arguments().mid(1));
    if (QCoreApplication::arguments().value(1) == QLatin1String("compare"))
        return bench::runCompareBenchmark(QCoreApplication::arguments().mid(1));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString postgresServer = bench::takePostgresOption(arguments);
    QList<int> sizes;
    for (const QString& arg : std::as_const(arguments))
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes << 100000;
    out << "SiteSync sync benchmark over 127.0.0.1" << Qt::endl;
    for (int size : sizes)
        measure(size, postgresServer);
    out << "\nwaiting records" << Qt::endl;
    for (int waiting : {0, 20000})
        measureWaiting(waiting, postgresServer);
    return 0;
}
