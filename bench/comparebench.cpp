// The compare mode of the benchmark: one central with N stock lines built twice, in a SQLite file
// and in a new database on a PostgreSQL server, each served on 127.0.0.1 by a server thread of this
// process; site 2 is initialised from each in turn (SQLite first in odd runs, PostgreSQL first in
// even ones, so that the machine's drift falls on both), then synced incrementally and polled. The
// figures are printed side by side with PostgreSQL's share of SQLite's.
//
//   sitesync-bench compare --postgres SERVER [--runs K] [records ...]   (defaults: 3 runs, 100000)
#include "comparebench.h"

#include "benchcentral.h"
#include "benchdatabase.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "server/serverthread.h"
#include "site/sitesession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <memory>

namespace sitesync::bench {

namespace {

// One of the two centrals and what was measured on it.
struct Side {
    std::unique_ptr<CentralDatabase> place;
    ServerThread server;
    QUrl url;
    double writeRate = 0;
    QList<double> initSeconds;
    int received = 0;
    std::unique_ptr<SiteSession> remote;  // the last site initialised from it
    qint64 incrementalNs = 0;
    qint64 emptyPollNs = 0;  // median of 21

    double initMedian() const
    {
        QList<double> sorted = initSeconds;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted[sorted.size() / 2];
    }
    double rate(double secondsTaken) const { return received / std::max(0.001, secondsTaken); }
};

bool initialiseFrom(Side& side, const QString& file, MemoryCredentialStore& credentials)
{
    side.remote.reset();
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<SiteSession>> made = RemoteSync::initialise(file, side.url, 2, kPassword, credentials);
    side.initSeconds << timer.nsecsElapsed() / 1e9;
    if (!check(made, "initialise"))
        return false;
    side.remote = std::move(made).value();
    side.received = side.remote->database().scalar(QStringLiteral("SELECT count(*) FROM stock_line"))->toInt();
    out() << QStringLiteral("  initialised from %1: %2 records in %3 s (%4 records/s)")
                 .arg(side.place->engineName())
                 .arg(side.received)
                 .arg(side.initSeconds.last(), 0, 'f', 2)
                 .arg(qRound64(side.rate(side.initSeconds.last())))
          << Qt::endl;
    return true;
}

// 1,000 stock lines changed on the central and pulled, then 21 polls with nothing to do.
bool syncAndPoll(Side& side, int count, MemoryCredentialStore& credentials)
{
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(side.place->address());
        if (!check(central, "open central"))
            return false;
        RecordWriter& writer = (*central)->writer();
        const int changes = std::min(1000, count);
        const Status changed = writer.inOneTransaction([&]() -> Status {
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
        if (!check(changed, "change stock lines"))
            return false;
    }
    RemoteSync sync(*side.remote, credentials);
    QElapsedTimer timer;
    timer.start();
    if (!check(sync.syncOnce(), "incremental"))
        return false;
    side.incrementalNs = timer.nsecsElapsed();
    QList<qint64> polls;
    for (int i = 0; i < 21; ++i) {
        timer.restart();
        if (!check(sync.syncOnce(), "poll"))
            return false;
        polls << timer.nsecsElapsed();
    }
    std::sort(polls.begin(), polls.end());
    side.emptyPollNs = polls[10];
    return true;
}

QString row(const QString& what, const QString& sqlite, const QString& postgres, const QString& share = {})
{
    return QStringLiteral("  | %1 | %2 | %3 | %4 |")
        .arg(what, sqlite, postgres, share.isEmpty() ? QStringLiteral("—") : share);
}

QString share(double postgres, double sqlite)
{
    return QStringLiteral("%1×").arg(postgres / std::max(1e-9, sqlite), 0, 'f', 2);
}

bool compare(int count, int runs, const QString& postgresServer)
{
    out() << "\n" << count << " records, the central on SQLite and on PostgreSQL" << Qt::endl;
    QTemporaryDir dir;
    std::array<Side, 2> sides;
    sides[0].place = std::make_unique<CentralDatabase>(dir, QString());
    sides[1].place = std::make_unique<CentralDatabase>(dir, postgresServer);
    for (Side& side : sides) {
        if (side.place->address().isEmpty() || !buildCentral(side.place->address(), count, &side.writeRate))
            return false;
        const Result<quint16> port = side.server.serve(side.place->address(), QHostAddress::LocalHost);
        if (!check(port, "serve"))
            return false;
        side.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }
    MemoryCredentialStore credentials;
    for (int run = 0; run < runs; ++run) {
        for (int turn = 0; turn < 2; ++turn) {
            Side& side = sides[size_t(run % 2 == 0 ? turn : 1 - turn)];
            const QString file = dir.filePath(QStringLiteral("remote-%1-%2.db").arg(side.place->engineName()).arg(run));
            if (!initialiseFrom(side, file, credentials))
                return false;
        }
    }
    for (Side& side : sides) {
        if (!syncAndPoll(side, count, credentials))
            return false;
    }
    const Side& lite = sides[0];
    const Side& pg = sides[1];
    auto rates = [](const Side& side) {
        QList<double> sorted = side.initSeconds;
        std::sort(sorted.begin(), sorted.end());
        return QStringLiteral("%1 – %2")
            .arg(qRound64(side.rate(sorted.last())))
            .arg(qRound64(side.rate(sorted.first())));
    };
    out() << QStringLiteral("  side by side, %1 records (median of %2 initialisations each, taking turns):")
                 .arg(count)
                 .arg(runs)
          << Qt::endl;
    out() << row(QStringLiteral("Measure"), QStringLiteral("SQLite"), QStringLiteral("PostgreSQL"),
                 QStringLiteral("PostgreSQL / SQLite"))
          << Qt::endl;
    out() << row(QStringLiteral("Write path on the central (records/s)"), QString::number(qRound64(lite.writeRate)),
                 QString::number(qRound64(pg.writeRate)), share(pg.writeRate, lite.writeRate))
          << Qt::endl;
    out() << row(QStringLiteral("Initialising a site (records/s)"),
                 QString::number(qRound64(lite.rate(lite.initMedian()))),
                 QString::number(qRound64(pg.rate(pg.initMedian()))),
                 share(pg.rate(pg.initMedian()), lite.rate(lite.initMedian())))
          << Qt::endl;
    out() << row(QStringLiteral("Initialising a site (time)"), QStringLiteral("%1 s").arg(lite.initMedian(), 0, 'f', 2),
                 QStringLiteral("%1 s").arg(pg.initMedian(), 0, 'f', 2))
          << Qt::endl;
    out() << row(QStringLiteral("Range of the initialisations (records/s)"), rates(lite), rates(pg)) << Qt::endl;
    out() << row(QStringLiteral("Incremental sync of 1,000 changes"), ms(lite.incrementalNs), ms(pg.incrementalNs))
          << Qt::endl;
    out() << row(QStringLiteral("Empty poll, median of 21"), ms(lite.emptyPollNs), ms(pg.emptyPollNs)) << Qt::endl;
    for (Side& side : sides)
        side.server.stop();
    return true;
}

}  // namespace

int runCompareBenchmark(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("postgres"),
                      QStringLiteral("The PostgreSQL server, as the address of a database on it."),
                      QStringLiteral("SERVER")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Initialisations from each central."), QStringLiteral("K"),
                      QStringLiteral("3")});
    parser.addPositionalArgument(QStringLiteral("records"), QStringLiteral("Stock lines on the central."));
    if (!parser.parse(arguments)) {
        out() << parser.errorText() << Qt::endl;
        return 2;
    }
    const QString server = parser.value(QStringLiteral("postgres"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QList<int> sizes;
    for (const QString& arg : parser.positionalArguments())
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes << 100000;
    if (server.isEmpty() || runs < 1 || std::any_of(sizes.begin(), sizes.end(), [](int n) { return n < 1; })) {
        out() << "usage: sitesync-bench compare --postgres SERVER [--runs K] [records ...]" << Qt::endl;
        return 2;
    }
    out() << "SiteSync sync benchmark over 127.0.0.1, SQLite and PostgreSQL centrals side by side" << Qt::endl;
    bool ok = true;
    for (int size : sizes)
        ok = compare(size, runs, server) && ok;
    if (ok)
        out() << "compare done" << Qt::endl;
    return ok ? 0 : 1;
}

}  // namespace sitesync::bench
