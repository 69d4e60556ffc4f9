// Crash safety: the central server or a remote site is killed with SIGKILL at a random point of
// push, pull or integration; after a restart the sites synchronise to the end, and every site holds
// exactly what the routing rules say, store by store: nothing lost, nothing duplicated. The same
// holds when a site's database is restored from a backup taken at a random point (ACC-1).
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "sync/routing.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sitesync;

namespace {

const char* const kStores[] = {"A", "B", "C", "D", "E", "F"};

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QSet<QString> ids(const QString& dbPath, const QString& statement, const QVariantList& bindings = {})
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(dbPath);
    QSet<QString> result;
    if (!session)
        return result;
    QSqlQuery query((*session)->database().sql());
    query.prepare(statement);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    query.exec();
    while (query.next())
        result.insert(query.value(0).toString());
    return result;
}

}  // namespace

class TstCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void killAtRandom();
    void restoreAtRandom();

private:
    void enterChanges(int run);
    bool runSite(int siteId, QString* error);
    void verify(int run);

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    int m_port = 0;
    QString m_central;
    QMap<int, QString> m_remotes;
    QMap<QString, QMap<int, SyncType>> m_types;  // store -> site -> sync type
    QRandomGenerator m_random{20261122};
};

void TstCrashSafety::initTestCase()
{
    test::prepareEnvironment();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        m_dir.path(), [](const QString&) {}, test::centralPath(m_dir));
    QVERIFY(demo.ok());
    m_central = demo->centralPath;
    for (const DemoNetwork::StorePlacement& store : demo->stores)
        m_types.insert(store.storeId, store.typeBySite);
    m_port = freePort();
    QVERIFY(m_server.start(m_central, m_port).isEmpty());
    MemoryCredentialStore credentials;
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        const QString path = m_dir.filePath(QStringLiteral("site%1.db").arg(id));
        const Result<std::unique_ptr<SiteSession>> remote =
            RemoteSync::initialise(path, QUrl(m_server.url()), id, DemoNetwork::sitePassword(id), credentials);
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
        m_remotes.insert(id, path);
    }
}

// New stock on every site (updates and deletions too), and a new item on the central.
void TstCrashSafety::enterChanges(int run)
{
    const QMap<int, QStringList> active = {{1, {QStringLiteral("A"), QStringLiteral("E")}},
                                           {2, {QStringLiteral("B"), QStringLiteral("F")}},
                                           {3, {QStringLiteral("C"), QStringLiteral("D")}}};
    for (auto it = active.begin(); it != active.end(); ++it) {
        const QString path = it.key() == 1 ? m_central : m_remotes.value(it.key());
        Result<std::unique_ptr<SiteSession>> session = SiteSession::open(path);
        QVERIFY(session.ok());
        RecordWriter& writer = (*session)->writer();
        const int count = int(m_random.bounded(20, 400));
        const Status s = writer.inOneTransaction([&]() -> Status {
            if (it.key() == 1) {
                const Result<WriteResult> item = writer.put(
                    QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("item-run-%1").arg(run)},
                                             {QStringLiteral("code"), QStringLiteral("R%1").arg(run)},
                                             {QStringLiteral("name"), QStringLiteral("Item of run %1").arg(run)}});
                if (!item)
                    return item.error();
            }
            for (int i = 0; i < count; ++i) {
                const QString store = it.value().at(i % it.value().size());
                const Result<WriteResult> w =
                    writer.put(QStringLiteral("stock_line"),
                               {{QStringLiteral("id"), QStringLiteral("r%1-s%2-%3").arg(run).arg(it.key()).arg(i)},
                                {QStringLiteral("store_id"), store},
                                {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                {QStringLiteral("quantity"), i}});
                if (!w)
                    return w.error();
            }
            // Change and remove some lines of the previous run.
            if (run > 0) {
                for (int i = 0; i < 10; ++i) {
                    const QString id = QStringLiteral("r%1-s%2-%3").arg(run - 1).arg(it.key()).arg(i);
                    if (writer.fetch(QStringLiteral("stock_line"), id)->isEmpty())
                        continue;
                    if (i % 2 == 0) {
                        if (Status removed = writer.remove(QStringLiteral("stock_line"), id); !removed)
                            return removed;
                    } else if (const Result<WriteResult> w =
                                   writer.put(QStringLiteral("stock_line"),
                                              {{QStringLiteral("id"), id}, {QStringLiteral("quantity"), 1000 + run}});
                               !w) {
                        return w.error();
                    }
                }
            }
            return {};
        });
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
    }
}

bool TstCrashSafety::runSite(int siteId, QString* error)
{
    QProcess site;
    site.start(QStringLiteral(SITESYNC_TESTSITE), {m_remotes.value(siteId), DemoNetwork::sitePassword(siteId)});
    if (!site.waitForFinished(120000)) {
        *error = QStringLiteral("site %1 did not finish").arg(siteId);
        return false;
    }
    *error = QString::fromUtf8(site.readAllStandardError());
    return site.exitCode() == 0;
}

// covers TOP-3, RT-2, RT-4, RT-6
void TstCrashSafety::killAtRandom()
{
    const int runs = qEnvironmentVariableIntValue("SITESYNC_CRASH_RUNS") > 0
                         ? qEnvironmentVariableIntValue("SITESYNC_CRASH_RUNS")
                         : 50;
    const char* const phases[] = {"push", "pull", "integrate"};
    QMap<QString, int> kills;
    for (int run = 0; run < runs; ++run) {
        enterChanges(run);
        const int siteId = m_random.bounded(2) == 0 ? DemoNetwork::kRemote1 : DemoNetwork::kRemote2;
        const bool killCentral = m_random.bounded(2) == 0;
        const QByteArray phase = phases[m_random.bounded(3)];
        const int delayMs = int(m_random.bounded(0, 40));

        QProcess site;
        site.start(QStringLiteral(SITESYNC_TESTSITE), {m_remotes.value(siteId), DemoNetwork::sitePassword(siteId)});
        QVERIFY(site.waitForStarted());
        QByteArray output;
        bool killed = false;
        while (site.state() != QProcess::NotRunning && !killed) {
            site.waitForReadyRead(50);
            output += site.readAllStandardOutput();
            if (output.contains(phase + ' ')) {
                QThread::msleep(delayMs);
                if (killCentral)
                    m_server.kill();
                else
                    site.kill();
                killed = true;
                kills[QStringLiteral("%1 during %2")
                          .arg(killCentral ? "central" : "remote", QString::fromLatin1(phase))] += 1;
            }
        }
        site.waitForFinished(30000);
        if (killCentral || !m_server.port())
            QVERIFY(m_server.start(m_central, m_port).isEmpty());

        // Restarted, every site synchronises to the end.
        for (int round = 0; round < 2; ++round) {
            for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
                QString error;
                QVERIFY2(runSite(id, &error),
                         qPrintable(QStringLiteral("run %1, site %2: %3").arg(run).arg(id).arg(error)));
            }
        }
        verify(run);
    }
    qInfo() << "kills:" << kills;
}

// covers ACC-1, TOP-3, RT-4
void TstCrashSafety::restoreAtRandom()
{
    const int runs = qEnvironmentVariableIntValue("SITESYNC_RESTORE_RUNS") > 0
                         ? qEnvironmentVariableIntValue("SITESYNC_RESTORE_RUNS")
                         : 20;
    const char* const phases[] = {"push", "pull", "integrate"};
    QMap<QString, int> backups;
    for (int i = 0; i < runs; ++i) {
        const int run = 1000 + i;  // apart from the runs of killAtRandom
        const int siteId = m_random.bounded(2) == 0 ? DemoNetwork::kRemote1 : DemoNetwork::kRemote2;
        const QString path = m_remotes.value(siteId);
        const QString saved = m_dir.filePath(QStringLiteral("backup-%1.db").arg(run));
        auto takeBackup = [&](const QString& when) {
            const QString failed = test::rawSql(path, {QStringLiteral("VACUUM INTO '%1'").arg(saved)});
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            backups[when] += 1;
        };
        // The backup is taken before the run's changes, after them, or while the site synchronises.
        const int when = int(m_random.bounded(3));
        if (when == 0)
            takeBackup(QStringLiteral("before the changes"));
        enterChanges(run);
        if (when == 1)
            takeBackup(QStringLiteral("after the changes"));
        QProcess site;
        site.start(QStringLiteral(SITESYNC_TESTSITE), {path, DemoNetwork::sitePassword(siteId)});
        QVERIFY(site.waitForStarted());
        if (when == 2) {
            const QByteArray phase = phases[m_random.bounded(3)];
            QByteArray output;
            while (site.state() != QProcess::NotRunning && !output.contains(phase + ' ')) {
                site.waitForReadyRead(20);
                output += site.readAllStandardOutput();
            }
            QThread::msleep(m_random.bounded(0, 30));
            takeBackup(QStringLiteral("during %1").arg(QString::fromLatin1(phase)));
        }
        QVERIFY(site.waitForFinished(120000));
        // Everything goes everywhere, then the site's database goes back to the backup.
        for (int round = 0; round < 2; ++round) {
            for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
                QString error;
                QVERIFY2(runSite(id, &error),
                         qPrintable(QStringLiteral("run %1, site %2: %3").arg(run).arg(id).arg(error)));
            }
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QVERIFY(QFile::rename(saved, path));
        for (int round = 0; round < 2; ++round) {
            for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
                QString error;
                QVERIFY2(runSite(id, &error), qPrintable(QStringLiteral("run %1 after restoring site %2, site %3: %4")
                                                             .arg(run)
                                                             .arg(siteId)
                                                             .arg(id)
                                                             .arg(error)));
            }
        }
        verify(run);
    }
    qInfo() << "backups:" << backups;
}

void TstCrashSafety::verify(int run)
{
    QMap<int, QString> paths = m_remotes;
    paths.insert(DemoNetwork::kCentral, m_central);
    // Central data: every site holds every item.
    const QSet<QString> items = ids(m_central, QStringLiteral("SELECT id FROM item"));
    QVERIFY(items.contains(QStringLiteral("item-run-%1").arg(run)));
    for (int site : paths.keys())
        QCOMPARE(ids(paths.value(site), QStringLiteral("SELECT id FROM item")), items);
    // Store data: the active site's stock lines are on every active or collector copy, nowhere else.
    for (const char* storeName : kStores) {
        const QString store = QString::fromLatin1(storeName);
        const QMap<int, SyncType> types = m_types.value(store);
        const int activeSite = types.key(SyncType::Active);
        const QString query = QStringLiteral("SELECT id || ':' || quantity FROM stock_line WHERE store_id = ?");
        const QSet<QString> truth = ids(paths.value(activeSite), query, {store});
        for (int site : paths.keys()) {
            const SyncType type = types.value(site);
            const bool full = type == SyncType::Active || type == SyncType::Collector;
            const QSet<QString> held = ids(paths.value(site), query, {store});
            QVERIFY2(held == (full ? truth : QSet<QString>()),
                     qPrintable(QStringLiteral("run %1: store %2 on site %3 holds %4 stock lines, expected %5")
                                    .arg(run)
                                    .arg(store)
                                    .arg(site)
                                    .arg(held.size())
                                    .arg(full ? truth.size() : 0)));
        }
    }
    // Nothing waits anywhere.
    for (int site : m_remotes.keys()) {
        QCOMPARE(ids(paths.value(site), QStringLiteral("SELECT id FROM sync_in")).size(), 0);
        QCOMPARE(ids(paths.value(site), QStringLiteral("SELECT id FROM sync_problem")).size(), 0);
    }
    QCOMPARE(ids(m_central, QStringLiteral("SELECT id FROM sync_in")).size(), 0);
    QCOMPARE(ids(m_central, QStringLiteral("SELECT id FROM sync_problem")).size(), 0);
}

QTEST_GUILESS_MAIN(TstCrashSafety)
#include "tst_crashsafety.moc"
