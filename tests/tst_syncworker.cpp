// The sync worker: its own thread and connection, "sync now" with progress, cancelling, and the
// schedule, against a real server on 127.0.0.1.
#include "client/remotesync.h"
#include "client/syncworker.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace std::chrono_literals;

class TstSyncWorker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void syncNowReportsProgress();
    void cancelStopsAndTheNextSyncContinues();
    void scheduleRunsAndPauses();

private:
    int stockOnCentral(const QString& prefix);

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    std::shared_ptr<MemoryCredentialStore> m_credentials = std::make_shared<MemoryCredentialStore>();
    QString m_remotePath;
    QString m_centralPath;
};

void TstSyncWorker::initTestCase()
{
    test::prepareEnvironment();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        m_dir.path(), [](const QString&) {}, test::centralPath(m_dir));
    QVERIFY(demo.ok());
    m_centralPath = demo->centralPath;
    QVERIFY(m_server.start(m_centralPath).isEmpty());
    m_remotePath = m_dir.filePath(QStringLiteral("remote1.db"));
    const Result<std::unique_ptr<SiteSession>> remote =
        RemoteSync::initialise(m_remotePath, QUrl(m_server.url()), DemoNetwork::kRemote1,
                               DemoNetwork::sitePassword(DemoNetwork::kRemote1), *m_credentials);
    QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
}

int TstSyncWorker::stockOnCentral(const QString& prefix)
{
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
    return central ? (*central)
                         ->database()
                         .scalar(QStringLiteral("SELECT count(*) FROM stock_line WHERE id LIKE ?"),
                                 {prefix + QLatin1Char('%')})
                         ->toInt()
                   : -1;
}

// covers TOP-3, AD-4
void TstSyncWorker::syncNowReportsProgress()
{
    QCOMPARE(test::enterStockLines(m_remotePath, 300, QStringLiteral("now-")), 300);
    SyncThread thread(m_remotePath, m_credentials);
    QSignalSpy progress(thread.worker(), &SyncWorker::progress);
    QSignalSpy finished(thread.worker(), &SyncWorker::finished);
    const Qt::HANDLE mainThread = QThread::currentThreadId();
    Qt::HANDLE workerThread = nullptr;
    connect(
        thread.worker(), &SyncWorker::started, this, [&] { workerThread = QThread::currentThreadId(); },
        Qt::DirectConnection);
    thread.syncNow();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(workerThread && workerThread != mainThread);
    QStringList phases;
    qint64 pushedTotal = -1;
    for (const QList<QVariant>& signal : std::as_const(progress)) {
        const QString phase = syncPhaseName(signal.at(0).value<SyncPhase>());
        if (!phases.contains(phase))
            phases << phase;
        if (phase == QLatin1String("push"))
            pushedTotal = signal.at(2).toLongLong();
    }
    QCOMPARE(phases, (QStringList{QStringLiteral("push"), QStringLiteral("pull"), QStringLiteral("integrate")}));
    QCOMPARE(pushedTotal, 300);
    QCOMPARE(stockOnCentral(QStringLiteral("now")), 300);
}

// covers TOP-3
void TstSyncWorker::cancelStopsAndTheNextSyncContinues()
{
    QCOMPARE(test::enterStockLines(m_remotePath, 4500, QStringLiteral("cancel-")), 4500);
    SyncThread thread(m_remotePath, m_credentials);
    QSignalSpy finished(thread.worker(), &SyncWorker::finished);
    // Cancel as soon as the first push batch is through.
    connect(
        thread.worker(), &SyncWorker::progress, this,
        [&](SyncPhase phase, qint64 done) {
            if (phase == SyncPhase::Push && done > 0)
                thread.cancel();
        },
        Qt::DirectConnection);
    thread.syncNow();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("Cancelled")));
    const int partial = stockOnCentral(QStringLiteral("cancel"));
    QVERIFY2(partial > 0 && partial < 4500, qPrintable(QString::number(partial)));
    disconnect(thread.worker(), &SyncWorker::progress, this, nullptr);
    thread.syncNow();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(stockOnCentral(QStringLiteral("cancel")), 4500);
}

// covers TOP-3
void TstSyncWorker::scheduleRunsAndPauses()
{
    SyncThread thread(m_remotePath, m_credentials);
    QSignalSpy finished(thread.worker(), &SyncWorker::finished);
    thread.setInterval(100ms);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 20000);
    thread.setInterval(0ms);
    QTest::qWait(300);  // let a sync that had already begun end
    const qsizetype paused = finished.count();
    QTest::qWait(1000);
    QCOMPARE(finished.count(), paused);
}

QTEST_GUILESS_MAIN(TstSyncWorker)
#include "tst_syncworker.moc"
