// The load mode of the benchmark: N sites poll a central served by `sitesyncctl serve` in a
// process of its own at a given rate over 127.0.0.1, while one further site initialises, and
// after a restart of the central. Prints the waits per phase (docs/performance.md, OPS-6).
// With --postgres the central is kept in a new database on that PostgreSQL server, and with
// --servers P it is served by P `sitesyncctl serve` processes on that one database, each on a port
// of its own; the sites are dealt out to them in turn.
//
//   sitesync-bench load [--sites N] [--rate POLLS_PER_S] [--records R] [--seconds S] [--threads T]
//                       [--postgres SERVER] [--servers P]
#include "loadbench.h"

#include "benchcentral.h"
#include "benchdatabase.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "pollingsites.h"
#include "site/sitesession.h"
#include "statusbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <map>
#include <memory>

namespace sitesync::bench {

namespace {

void waitFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitUntil(const std::function<bool()>& done, qint64 timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        waitFor(20);
    }
    return true;
}

// `sitesyncctl serve` on the central's database, on a port that stays the same across restarts.
class CentralProcess {
public:
    CentralProcess(QString program, QString database, QString log, quint16 port)
        : m_program(std::move(program))
        , m_database(std::move(database))
        , m_log(std::move(log))
        , m_port(port)
    {
    }
    ~CentralProcess() { stop(); }

    // Starts it and waits until it accepts connections.
    bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(m_log, QIODevice::Append);
        m_process->setStandardErrorFile(m_log, QIODevice::Append);
        m_process->start(m_program, {QStringLiteral("serve"), QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--db"), m_database});
        if (!m_process->waitForStarted(10000))
            return false;
        return waitUntil(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return probe.waitForConnected(200);
            },
            30000);
    }

    // As a service manager stops it: SIGTERM, and the server finishes what it is doing.
    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(30000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

private:
    QString m_program;
    QString m_database;
    QString m_log;
    quint16 m_port;
    std::unique_ptr<QProcess> m_process;
};

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct Phase {
    int id = 0;
    QString name;
    qint64 durationNs = 0;
};

qint64 percentile(const QList<qint64>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

// Prints one phase's line; false when nothing in it was answered.
bool report(const Phase& phase, const QList<PollSample>& samples, const QString& extra)
{
    QList<qint64> waits;
    std::map<QString, int> errors;
    int errorCount = 0;
    int skipped = 0;
    for (const PollSample& sample : samples) {
        if (sample.phase != phase.id)
            continue;
        if (sample.skipped) {
            ++skipped;
        } else if (sample.error.isEmpty()) {
            waits << sample.latencyNs;
        } else {
            ++errors[sample.error];
            ++errorCount;
        }
    }
    std::sort(waits.begin(), waits.end());
    QString line = QStringLiteral("  phase %1, %2: %3 polls answered in %4 (%5 polls/s), p50 %6, p95 %7, p99 %8, "
                                  "max %9, %10 errors")
                       .arg(phase.id)
                       .arg(phase.name)
                       .arg(waits.size())
                       .arg(seconds(phase.durationNs))
                       .arg(waits.size() / std::max(1e-9, phase.durationNs / 1e9), 0, 'f', 1)
                       .arg(ms(percentile(waits, 0.50)), ms(percentile(waits, 0.95)), ms(percentile(waits, 0.99)),
                            ms(percentile(waits, 1.0)))
                       .arg(errorCount);
    if (!errors.empty()) {
        QStringList kinds;
        for (const auto& [what, count] : errors)
            kinds << QStringLiteral("%1 x %2").arg(count).arg(what);
        line += QStringLiteral(" (%1)").arg(kinds.join(QStringLiteral("; ")));
    }
    if (skipped > 0)
        line += QStringLiteral(", %1 polls not made (due while the site's last two still waited)").arg(skipped);
    out() << line << extra << Qt::endl;
    return !waits.isEmpty();
}

// The polling sites in their threads.
class PollingSites {
public:
    PollingSites(const PollingSiteGroup::Config& config, int sites, int threads, const QElapsedTimer& clock,
                 const std::atomic<int>& phase)
    {
        for (int t = 0; t < threads; ++t) {
            QList<PollingSiteGroup::SiteSpec> mine;
            for (int i = t; i < sites; i += threads)
                mine.append({kFirstPollingSite + i, i});
            auto group = std::make_unique<PollingSiteGroup>(config, mine, clock, phase);
            auto thread = std::make_unique<QThread>();
            group->moveToThread(thread.get());
            thread->start();
            m_groups.push_back(std::move(group));
            m_threads.push_back(std::move(thread));
        }
    }
    ~PollingSites()
    {
        each([](PollingSiteGroup& group) { group.closeAll(); }, Qt::BlockingQueuedConnection);
        for (auto& thread : m_threads) {
            thread->quit();
            thread->wait();
        }
    }

    void each(const std::function<void(PollingSiteGroup&)>& call, Qt::ConnectionType type = Qt::QueuedConnection)
    {
        for (auto& group : m_groups) {
            PollingSiteGroup* g = group.get();
            QMetaObject::invokeMethod(
                g, [g, call] { call(*g); }, type);
        }
    }
    int polling() const
    {
        int n = 0;
        for (const auto& group : m_groups)
            n += group->polling();
        return n;
    }
    int unanswered() const
    {
        int n = 0;
        for (const auto& group : m_groups)
            n += group->unanswered();
        return n;
    }
    QList<PollSample> takeSamples()
    {
        QList<PollSample> all;
        for (auto& group : m_groups)
            all += group->takeSamples();
        return all;
    }

private:
    std::vector<std::unique_ptr<PollingSiteGroup>> m_groups;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

// Every site polls at once until answered; returns the time until the last was answered.
qint64 everySiteAnswered(PollingSites& sites, const QElapsedTimer& clock, qint64 sinceNs, qint64 timeoutMs)
{
    // Blocking, so that every group counts its sites as unanswered before the wait begins.
    sites.each([sinceNs](PollingSiteGroup& group) { group.pollAllUntilAnswered(sinceNs); },
               Qt::BlockingQueuedConnection);
    if (!waitUntil([&] { return sites.unanswered() == 0; }, timeoutMs))
        return -1;
    return clock.nsecsElapsed() - sinceNs;
}

}  // namespace

int runLoadBenchmark(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("sites"), QStringLiteral("Polling sites."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Polls per second of all sites together."),
                      QStringLiteral("POLLS_PER_S"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records the initialising site receives."),
                      QStringLiteral("R"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Length of the steady phase."), QStringLiteral("S"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Threads the polling sites run in."),
                      QStringLiteral("T"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("sitesyncctl"), QStringLiteral("The sitesyncctl to serve the central with."),
                      QStringLiteral("PATH"), QStringLiteral(SITESYNCCTL)});
    parser.addOption({QStringLiteral("postgres"),
                      QStringLiteral("Keep the central on this PostgreSQL server (the address of a database on it)."),
                      QStringLiteral("SERVER")});
    parser.addOption({QStringLiteral("servers"), QStringLiteral("Serving processes on the one central database."),
                      QStringLiteral("P"), QStringLiteral("1")});
    if (!parser.parse(arguments)) {
        out() << parser.errorText() << Qt::endl;
        return 2;
    }
    const int siteCount = parser.value(QStringLiteral("sites")).toInt();
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const int records = parser.value(QStringLiteral("records")).toInt();
    const int steadySeconds = parser.value(QStringLiteral("seconds")).toInt();
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const QString program = parser.value(QStringLiteral("sitesyncctl"));
    const QString postgresServer = parser.value(QStringLiteral("postgres"));
    const int serverCount = parser.value(QStringLiteral("servers")).toInt();
    if (siteCount < 1 || rate <= 0 || records < 0 || steadySeconds < 1 || threads < 1 || serverCount < 1) {
        out() << "usage: sitesync-bench load [--sites N] [--rate POLLS_PER_S] [--records R] [--seconds S]"
                 " [--threads T] [--postgres SERVER] [--servers P]"
              << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    const CentralDatabase place(dir, postgresServer);
    out() << QStringLiteral("SiteSync load benchmark over 127.0.0.1: %1 sites polling at %2 polls/s (each every %3 "
                            "s) in %4 threads, a central on %5 served by sitesyncctl serve in %6 of its own")
                 .arg(siteCount)
                 .arg(rate)
                 .arg(siteCount / rate, 0, 'f', 2)
                 .arg(threads)
                 .arg(place.engineName(),
                      serverCount == 1 ? QStringLiteral("a process") : QStringLiteral("%1 processes").arg(serverCount))
          << Qt::endl;
    const QString centralPath = place.address();
    if (centralPath.isEmpty() || !buildCentral(centralPath, records) || !addPollingSites(centralPath, siteCount))
        return 1;
    std::vector<std::unique_ptr<CentralProcess>> servers;
    QList<quint16> ports;
    for (int i = 0; i < serverCount; ++i) {
        // Ports taken one after the other could come back the same while nothing listens on them yet.
        quint16 port = 0;
        while (port == 0 || ports.contains(port))
            port = freePort();
        ports << port;
        servers.push_back(std::make_unique<CentralProcess>(
            program, centralPath, dir.filePath(QStringLiteral("serve-%1.log").arg(i + 1)), port));
    }
    auto startAll = [&] {
        for (auto& server : servers) {
            if (!server->start())
                return false;
        }
        return true;
    };
    if (!startAll()) {
        out() << "FAILED the central did not start" << Qt::endl;
        return 1;
    }
    const quint16 port = ports.first();
    timeStatus(program, centralPath, QStringLiteral("before any site pulled"));

    QElapsedTimer clock;
    clock.start();
    std::atomic<int> phase{0};
    PollingSiteGroup::Config config;
    config.ports = ports;
    config.password = kPassword;
    config.totalSites = siteCount;
    config.rate = rate;
    config.timeoutNs = qint64(600) * 1'000'000'000;
    PollingSites sites(config, siteCount, threads, clock, phase);
    constexpr qint64 kEveryoneMs = 900'000;
    bool ok = true;

    // Phase 0: each site's first sync (its password verified, its first pull), all at once.
    phase = 0;
    const qint64 firstNs = everySiteAnswered(sites, clock, clock.nsecsElapsed(), kEveryoneMs);
    ok = report({0, QStringLiteral("every site's first sync at once"), std::max<qint64>(firstNs, 1)},
                sites.takeSamples(), {}) &&
         ok && firstNs >= 0;

    // Phase 1: steady polling.
    phase = 1;
    const qint64 steadyStart = clock.nsecsElapsed() + 100'000'000;
    sites.each([steadyStart](PollingSiteGroup& group) { group.startSchedule(steadyStart); });
    waitFor(100 + steadySeconds * 1000);
    const qint64 steadyNs = clock.nsecsElapsed() - steadyStart;

    // Phase 2: the same while site 2 initialises from the central.
    phase = 2;
    const qint64 initStart = clock.nsecsElapsed();
    {
        MemoryCredentialStore credentials;
        const Result<std::unique_ptr<SiteSession>> initialised =
            RemoteSync::initialise(dir.filePath(QStringLiteral("site-2.db")),
                                   QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 2, kPassword, credentials);
        phase = 9;  // after the phases: not counted
        ok = check(initialised, "initialise site 2") && ok;
    }
    const qint64 initNs = clock.nsecsElapsed() - initStart;
    sites.each([](PollingSiteGroup& group) { group.pause(); }, Qt::BlockingQueuedConnection);
    waitUntil([&] { return sites.polling() == 0; }, kEveryoneMs);
    const QList<PollSample> polled = sites.takeSamples();
    ok = report({1, QStringLiteral("steady polling"), steadyNs}, polled, {}) && ok;
    ok = report({2, QStringLiteral("while site 2 initialises"), initNs}, polled,
                QStringLiteral("; the initialisation: %1 records in %2 (%3 records/s)")
                    .arg(records)
                    .arg(seconds(initNs))
                    .arg(qRound64(records / std::max(1e-9, initNs / 1e9)))) &&
         ok;

    // Phase 3: the central restarts; every site polls at once until answered.
    for (auto& server : servers)
        server->stop();
    phase = 3;
    const qint64 restartNs = clock.nsecsElapsed();
    if (!startAll()) {
        out() << "FAILED the central did not start again" << Qt::endl;
        return 1;
    }
    const qint64 listeningNs = clock.nsecsElapsed() - restartNs;
    const qint64 allNs = everySiteAnswered(sites, clock, restartNs, kEveryoneMs);
    ok = report({3, QStringLiteral("restart, every site polls at once"), std::max<qint64>(allNs, 1)},
                sites.takeSamples(),
                allNs < 0 ? QStringLiteral("; not every site was answered")
                          : QStringLiteral("; the central accepted connections after %1, every site was answered %2 "
                                           "after it started")
                                .arg(ms(listeningNs), seconds(allNs))) &&
         ok && allNs >= 0;
    timeStatus(program, centralPath, QStringLiteral("after the run"));
    for (auto& server : servers)
        server->stop();
    if (ok)
        out() << "load done" << Qt::endl;
    return ok ? 0 : 1;
}

}  // namespace sitesync::bench
