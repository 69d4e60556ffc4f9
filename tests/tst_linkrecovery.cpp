// A link that comes back (ACC-2, ACC-4): a TCP proxy between a site and a real `sitesyncctl serve`
// stops passing anything in the middle of a push of several batches, as a dead line does (every
// connection stays open, nothing answers), then comes back. The sync notices the stall, says that it
// waits for the link, tries again by itself and completes, and the central holds every record once.
#include "capturedmessages.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "linkproxy.h"
#include "protocol/protocol.h"
#include "sync/outgoinglog.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace sitesync;

namespace {

constexpr int kLines = 2 * protocol::kPushBatch + protocol::kPushBatch / 2;  // three batches
const QByteArray kPush = "POST /sync/v1/push ";

using test::CapturedMessages;

// The warnings Qt itself prints (not the engine's own logging categories).
bool qtWarning(QtMsgType type, const QByteArray& category)
{
    return type != QtDebugMsg && type != QtInfoMsg && !category.startsWith("sitesync");
}

// The lines of the site's link log.
bool linkLine(QtMsgType, const QByteArray& category)
{
    return category == "sitesync.engine.link";
}

}  // namespace

class TstLinkRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stalledPushCompletesByItself_data();
    void stalledPushCompletesByItself();
    void stalledPullCompletesByItself();
    void linkThatNeverComesBackTimesOut();
    void cancelWhileWaitingForTheLink();
    void cancelTakesEffectWithinTwoSeconds_data();
    void cancelTakesEffectWithinTwoSeconds();
    void timeoutSaysWhatToCheck();
    void everyRequestIsLoggedWhenAsked();

private:
    // Quick enough for a test: a stall is noticed after 3 seconds, retries follow within a second. A
    // busy central may take longer than that to store a batch of 2000 records; the tests hold either way.
    static LinkPolicy quickPolicy();
    void enterLines(int count);
    // Items entered on the central, for the site to pull.
    void enterCentralItems(int count);
    // The stock lines of store B the central holds, as "id:quantity".
    QStringList centralLines();

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ServerProcess m_server;
    std::unique_ptr<test::LinkProxy> m_proxy;
    MemoryCredentialStore m_credentials;
    QString m_central;
    std::unique_ptr<SiteSession> m_site;
};

LinkPolicy TstLinkRecovery::quickPolicy()
{
    LinkPolicy policy;
    policy.stallLimit = std::chrono::seconds(3);
    policy.retries = 5;
    policy.firstDelay = std::chrono::milliseconds(200);
    policy.longestDelay = std::chrono::seconds(1);
    policy.giveUpAfter = std::chrono::minutes(2);
    return policy;
}

void TstLinkRecovery::init()
{
    test::prepareEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        m_dir->path(), [](const QString&) {}, test::centralPath(*m_dir));
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    m_central = demo->centralPath;
    const QString started = m_server.start(m_central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_proxy = std::make_unique<test::LinkProxy>();
    const QString proxied = m_proxy->start(quint16(m_server.port()));
    QVERIFY2(proxied.isEmpty(), qPrintable(proxied));
    // The site knows the central only through the proxy.
    Result<std::unique_ptr<SiteSession>> site =
        RemoteSync::initialise(m_dir->filePath(QStringLiteral("site2.db")), QUrl(m_proxy->url()), DemoNetwork::kRemote1,
                               DemoNetwork::sitePassword(DemoNetwork::kRemote1), m_credentials);
    QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));
    m_site = std::move(site).value();
}

void TstLinkRecovery::cleanup()
{
    m_site.reset();
    m_proxy.reset();
    m_server.stop();
    m_dir.reset();
}

void TstLinkRecovery::enterLines(int count)
{
    const Status entered = test::enterStockLines(*m_site, count);
    QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));
}

void TstLinkRecovery::enterCentralItems(int count)
{
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_central);
    QVERIFY(central.ok());
    const Status entered = test::enterItems(**central, count);
    QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));
}

QStringList TstLinkRecovery::centralLines()
{
    QStringList rows;
    const QString failed = test::rawSql(m_central,
                                        {QStringLiteral("SELECT id || ':' || CAST(quantity AS INTEGER) FROM stock_line"
                                                        " WHERE store_id = 'B' AND id LIKE 'line-%'")},
                                        &rows);
    if (!failed.isEmpty())
        qWarning() << failed;
    rows.sort();
    return rows;
}

void TstLinkRecovery::stalledPushCompletesByItself_data()
{
    QTest::addColumn<int>("where");
    QTest::addColumn<bool>("slowCentral");
    QTest::newRow("the second batch never reaches the central") << int(test::LinkProxy::Cut::BeforeRequest) << false;
    QTest::newRow("the central's answer to the second batch is lost")
        << int(test::LinkProxy::Cut::BeforeAnswer) << false;
    // The site gives up on the second batch before the central has stored it, then the line dies.
    QTest::newRow("the central outlasts the stall limit, then its answer is lost")
        << int(test::LinkProxy::Cut::BeforeAnswer) << true;
}

// covers ACC-2, ACC-4, TOP-3
void TstLinkRecovery::stalledPushCompletesByItself()
{
    QFETCH(int, where);
    QFETCH(bool, slowCentral);
    enterLines(kLines);
    QStringList expected;
    for (int i = 0; i < kLines; ++i)
        expected << QStringLiteral("line-%1:%2").arg(i).arg(i % 50 + 1);
    expected.sort();
    m_proxy->cutAt(kPush, 2, test::LinkProxy::Cut(where));

    RemoteSync sync(*m_site, m_credentials);
    sync.setLinkPolicy(quickPolicy());
    // A central busy for longer than the stall limit from the moment the second batch reaches it.
    std::thread busyCentral;
    if (slowCentral) {
        busyCentral = std::thread([this] {
            // A sync that fails before its second batch ends the test by itself; this thread then
            // gives up too.
            QDeadlineTimer deadline(std::chrono::minutes(2));
            while (m_proxy->requestsSeen() < 2) {
                if (deadline.hasExpired())
                    return;
                QThread::msleep(1);
            }
            m_server.pause();
            QThread::msleep(quickPolicy().stallLimit.count() + 1000);
            m_server.resume();
        });
    }
    QList<SyncProgress> waits;
    CapturedMessages warnings(&qtWarning);
    const Result<SyncReport> report = sync.syncOnce([&](const SyncProgress& p) {
        if (p.phase != SyncPhase::Wait)
            return;
        waits << p;
        // The link stays down through the first retry and comes back during the wait for the second.
        if (p.retry >= 2 && m_proxy->isCut())
            m_proxy->resume();
    });
    if (busyCentral.joinable())
        busyCentral.join();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));

    // The progress said it waited for the link, retry after retry.
    QVERIFY(!waits.isEmpty());
    QCOMPARE(waits.first().retry, 1);
    QVERIFY(waits.last().retry >= 2);
    QVERIFY(!m_proxy->isCut());
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(QLatin1Char('\n'))));
    // Nothing lost, nothing twice, nothing waiting; at most the batch in flight went again.
    QCOMPARE(centralLines(), expected);
    QCOMPARE(OutgoingLog::pendingOf(m_site->database(), m_site->site()).value(), 0);
    QVERIFY2(m_proxy->requestsSeen() <= 4, qPrintable(QString::number(m_proxy->requestsSeen())));
    // A batch whose answer was lost and that the central acknowledged at the next contact counts.
    QCOMPARE(report->pushed, kLines);
}

// covers ACC-2
// The pull runs in a thread of its own: a pull whose answer never comes is noticed there, and the
// sync starts again from the batches it stored.
void TstLinkRecovery::stalledPullCompletesByItself()
{
    for (int i = 0; i < 3; ++i) {
        const test::CliResult put =
            test::runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("item"),
                          QStringLiteral(R"({"id":"item-after-%1","code":"AFTER%1","name":"Item %1"})").arg(i)},
                         m_central);
        QVERIFY2(put.exitCode == 0, put.err.constData());
    }
    m_proxy->cutAt("POST /sync/v1/pull ", 1, test::LinkProxy::Cut::BeforeAnswer);
    RemoteSync sync(*m_site, m_credentials);
    sync.setLinkPolicy(quickPolicy());
    int waits = 0;
    CapturedMessages warnings(&qtWarning);
    const Result<SyncReport> report = sync.syncOnce([&](const SyncProgress& p) {
        if (p.phase != SyncPhase::Wait)
            return;
        waits = std::max(waits, p.retry);
        if (m_proxy->isCut())
            m_proxy->resume();
    });
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(waits, 1);
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(QLatin1Char('\n'))));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!m_site->writer().fetch(QStringLiteral("item"), QStringLiteral("item-after-%1").arg(i))->isEmpty());
}

// covers ACC-2
// A link that stays down: the sync gives up after its retries, says it timed out (not that it was
// cancelled), and the next sync, once the link is back, completes.
void TstLinkRecovery::linkThatNeverComesBackTimesOut()
{
    enterLines(protocol::kPushBatch + 10);
    m_proxy->cutAt(kPush, 2, test::LinkProxy::Cut::BeforeRequest);
    RemoteSync sync(*m_site, m_credentials);
    LinkPolicy policy = quickPolicy();
    policy.retries = 2;
    sync.setLinkPolicy(policy);
    int waits = 0;
    CapturedMessages warnings(&qtWarning);
    const Result<SyncReport> failed = sync.syncOnce([&](const SyncProgress& p) {
        if (p.phase == SyncPhase::Wait && p.retryIn > 0)
            waits = std::max(waits, p.retry);
    });
    QVERIFY(!failed.ok());
    QCOMPARE(waits, 2);
    const QString message = failed.error().message;
    QVERIFY2(message.contains(QLatin1String("timed out")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("canceled"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(QLatin1Char('\n'))));

    m_proxy->resume();
    sync.setLinkPolicy(quickPolicy());
    const Result<SyncReport> again = sync.syncOnce();
    QVERIFY2(again.ok(), again ? "" : qPrintable(again.error().message));
    QCOMPARE(centralLines().size(), protocol::kPushBatch + 10);
}

// covers ACC-2
// A cancel given while the sync waits for the link ends the wait at once, however long it was to be.
void TstLinkRecovery::cancelWhileWaitingForTheLink()
{
    enterLines(10);
    m_proxy->cutAt(kPush, 1, test::LinkProxy::Cut::BeforeRequest);
    RemoteSync sync(*m_site, m_credentials);
    LinkPolicy policy = quickPolicy();
    policy.firstDelay = std::chrono::minutes(10);
    policy.longestDelay = std::chrono::minutes(10);
    policy.giveUpAfter = std::chrono::hours(1);
    sync.setLinkPolicy(policy);
    bool cancelled = false;
    QElapsedTimer clock;
    clock.start();
    const Result<SyncReport> report = sync.syncOnce(
        [&](const SyncProgress& p) {
            if (p.phase == SyncPhase::Wait)
                cancelled = true;
        },
        [&] { return cancelled; });
    QVERIFY(!report.ok());
    QVERIFY(cancelled);
    QVERIFY2(report.error().message.contains(QLatin1String("cancelled")), qPrintable(report.error().message));
    // Far less than the ten minutes it was to wait.
    QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));

    m_proxy->resume();
    RemoteSync next(*m_site, m_credentials);
    next.setLinkPolicy(quickPolicy());
    const Result<SyncReport> after = next.syncOnce();
    QVERIFY2(after.ok(), after ? "" : qPrintable(after.error().message));
    QCOMPARE(centralLines().size(), 10);
}

void TstLinkRecovery::cancelTakesEffectWithinTwoSeconds_data()
{
    QTest::addColumn<QByteArray>("marker");  // the request the link is cut at; none: it stays up
    QTest::addColumn<int>("where");
    QTest::addColumn<QString>("cancelIn");  // the phase the cancel comes in, as the progress names it
    QTest::addColumn<int>("stallSeconds");
    const int request = int(test::LinkProxy::Cut::BeforeRequest);
    const int answer = int(test::LinkProxy::Cut::BeforeAnswer);
    // Against a link that stays silent far longer than the test may run: only the cancel ends these.
    QTest::newRow("connecting: the contact never reaches the central")
        << QByteArray("POST /sync/v1/contact ") << request << QString() << 600;
    QTest::newRow("logging in: the central's answer to the contact never comes")
        << QByteArray("POST /sync/v1/contact ") << answer << QString() << 600;
    QTest::newRow("push: the batch never reaches the central") << kPush << request << QString() << 600;
    QTest::newRow("push: the central's answer never comes") << kPush << answer << QString() << 600;
    QTest::newRow("pull: the central's answer never comes")
        << QByteArray("POST /sync/v1/pull ") << answer << QString() << 600;
    QTest::newRow("pull: the closing request is never answered")
        << QByteArray("POST /sync/v1/pull ") << -answer << QString() << 600;
    // A link that is up: the cancel comes while the site integrates what it pulled.
    QTest::newRow("integrate") << QByteArray() << request << QStringLiteral("integrate") << 600;
    // The stall is noticed after a second; the wait before the retry would last ten minutes.
    QTest::newRow("waiting for the link") << kPush << request << QStringLiteral("wait") << 1;
}

// covers ACC-2, TOP-3
// A cancel ends the sync within two seconds in every phase, a request on its way or not, however
// long the link would stay silent; it says that it was cancelled, and nothing is lost: the next sync
// completes.
void TstLinkRecovery::cancelTakesEffectWithinTwoSeconds()
{
    QFETCH(QByteArray, marker);
    QFETCH(int, where);
    QFETCH(QString, cancelIn);
    QFETCH(int, stallSeconds);
    enterLines(10);
    enterCentralItems(300);
    if (!marker.isEmpty())
        m_proxy->cutAt(marker, where < 0 ? 2 : 1, test::LinkProxy::Cut(std::abs(where)));

    RemoteSync sync(*m_site, m_credentials);
    LinkPolicy policy = quickPolicy();
    policy.stallLimit = std::chrono::seconds(stallSeconds);
    policy.firstDelay = std::chrono::minutes(10);
    policy.longestDelay = std::chrono::minutes(10);
    policy.giveUpAfter = std::chrono::hours(1);
    sync.setLinkPolicy(policy);
    // The cancel comes once the link has been silent for a moment (the request is on its way), or
    // once the sync reports the phase.
    QElapsedTimer silent;
    QElapsedTimer sinceCancel;
    const Result<SyncReport> report = sync.syncOnce(
        [&](const SyncProgress& p) {
            if (syncPhaseName(p.phase) == cancelIn && !sinceCancel.isValid())
                sinceCancel.start();
        },
        [&] {
            if (cancelIn.isEmpty() && m_proxy->isCut() && !silent.isValid())
                silent.start();
            if (silent.isValid() && silent.elapsed() >= 300 && !sinceCancel.isValid())
                sinceCancel.start();
            return sinceCancel.isValid();
        });
    QVERIFY2(sinceCancel.isValid(), report ? "the sync completed" : qPrintable(report.error().message));
    QVERIFY(!report.ok());
    // From the moment the cancel was due: the link silent for 300 ms, or the phase reached.
    const qint64 took = silent.isValid() ? silent.elapsed() - 300 : sinceCancel.elapsed();
    QVERIFY2(took < 2000, qPrintable(QStringLiteral("%1 ms after the cancel").arg(took)));
    QVERIFY2(report.error().message.contains(QLatin1String("cancelled")), qPrintable(report.error().message));

    m_proxy->resume();
    RemoteSync next(*m_site, m_credentials);
    next.setLinkPolicy(quickPolicy());
    const Result<SyncReport> after = next.syncOnce();
    QVERIFY2(after.ok(), after ? "" : qPrintable(after.error().message));
    QCOMPARE(centralLines().size(), 10);
    QVERIFY(!m_site->writer().fetch(QStringLiteral("item"), QStringLiteral("item-pulled-299"))->isEmpty());
}

// covers ACC-2
// A central that takes the connection and never answers: the sync gives up after the stall limit
// and says that the connection timed out, and what to check; never that it was cancelled.
void TstLinkRecovery::timeoutSaysWhatToCheck()
{
    m_proxy->cutAt("POST /sync/v1/contact ", 1, test::LinkProxy::Cut::BeforeRequest);
    RemoteSync sync(*m_site, m_credentials);
    LinkPolicy policy = quickPolicy();
    policy.stallLimit = std::chrono::seconds(1);
    sync.setLinkPolicy(policy);
    CapturedMessages warnings(&qtWarning);
    const Result<SyncReport> report = sync.syncOnce();
    QVERIFY(!report.ok());
    const QString message = report.error().message;
    QCOMPARE(report.error().kind, ErrorKind::Unreachable);
    QVERIFY2(message.contains(QLatin1String("timed out")), qPrintable(message));
    QVERIFY2(message.contains(m_proxy->url()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the central server is running")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("network")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("cancel"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(QLatin1Char('\n'))));
}

// A technician following a site's link turns on its log (docs/observability.md): one line per
// request, in the form of the central's request log, a failed one with its reason. Off otherwise.
void TstLinkRecovery::everyRequestIsLoggedWhenAsked()
{
    CapturedMessages log(&linkLine);
    RemoteSync quiet(*m_site, m_credentials);
    QVERIFY(quiet.syncOnce().ok());
    QVERIFY2(log.seen().isEmpty(), qPrintable(log.seen().join(QLatin1Char('\n'))));

    QLoggingCategory::setFilterRules(QStringLiteral("sitesync.engine.link.info=true"));
    enterLines(3);
    RemoteSync sync(*m_site, m_credentials);
    QVERIFY(sync.syncOnce().ok());
    const QString site = QStringLiteral("site=%1 ").arg(m_site->site().siteId());
    const auto logged = [&](const QString& endpoint, const QString& result) {
        for (const QString& line : log.seen()) {
            if (line.startsWith(site + QStringLiteral("endpoint=%1 result=%2 ").arg(endpoint, result)) &&
                line.contains(QLatin1String(" ms=")))
                return true;
        }
        return false;
    };
    for (const char* endpoint : {"contact", "push", "pull"})
        QVERIFY2(logged(QLatin1String(endpoint), QStringLiteral("ok")),
                 qPrintable(endpoint + QStringLiteral(" not in:\n") + log.seen().join(QLatin1Char('\n'))));

    log.clear();
    m_proxy->cutAt("POST /sync/v1/contact ", 1, test::LinkProxy::Cut::BeforeRequest);
    LinkPolicy policy = quickPolicy();
    policy.stallLimit = std::chrono::seconds(1);
    sync.setLinkPolicy(policy);
    QVERIFY(!sync.syncOnce().ok());
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(logged(QStringLiteral("contact"), QStringLiteral("failed")),
             qPrintable(log.seen().join(QLatin1Char('\n'))));
    QVERIFY2(log.seen().constFirst().contains(QLatin1String("message=\"The connection to the central server")),
             qPrintable(log.seen().constFirst()));
}

QTEST_GUILESS_MAIN(TstLinkRecovery)
#include "tst_linkrecovery.moc"
