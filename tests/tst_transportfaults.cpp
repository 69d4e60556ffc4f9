// Faults a real link cannot be made to give on cue (ACC-1, ACC-2, ACC-4): a site syncs with a real
// `sitesyncctl serve` on 127.0.0.1 through test::FakeTransport, which answers a chosen request with
// a 500 or a gateway's 503, holds its answer back, never answers, cuts the answer's body half way
// or drops the connection. Whatever befalls a request, nothing is lost, nothing is applied twice,
// and the site says what happened.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "faketransport.h"
#include "protocol/protocol.h"
#include "sync/outgoinglog.h"
#include "testsupport.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using test::Fault;
using Stage = test::Fault::Stage;

Q_DECLARE_METATYPE(test::Fault)

class TstTransportFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void serverErrorOnTheThirdPushLosesNothing_data();
    void serverErrorOnTheThirdPushLosesNothing();
    void linkFailuresAreWaitedOut_data();
    void linkFailuresAreWaitedOut();
    void hungPullTimesOutAndTheNextSyncResumes();
    void cutBodyIsRefusedAndChangesNothing();
    void delayBelowTheStallLimitSucceeds();

private:
    // Retries follow within a second. The stall limit is generous, so that a central storing a
    // batch of 2000 records on a busy machine is never taken for a dead link: the faults decide
    // what fails, not the machine's speed. A test that needs a stall noticed sooner shortens it.
    static LinkPolicy quickPolicy();
    // A sync of the site whose requests go through the fake, as m_plan says.
    std::unique_ptr<RemoteSync> faultySync(const LinkPolicy& policy = quickPolicy());
    void enterLines(int count);
    void enterCentralItems(int count);
    // The central's change-log entry of each stock line the site entered: a line applied again
    // would have a new one.
    QMap<QString, QString> centralEntries();
    // How many of the central's new items the site holds.
    int itemsOnSite();
    qint64 pendingOnSite();

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
    QString m_central;
    std::unique_ptr<SiteSession> m_site;
    std::shared_ptr<test::FaultPlan> m_plan;
};

LinkPolicy TstTransportFaults::quickPolicy()
{
    LinkPolicy policy;
    policy.stallLimit = std::chrono::seconds(10);
    policy.retries = 5;
    policy.firstDelay = std::chrono::milliseconds(200);
    policy.longestDelay = std::chrono::seconds(1);
    policy.giveUpAfter = std::chrono::minutes(2);
    return policy;
}

void TstTransportFaults::init()
{
    test::prepareEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<QString> central = test::serveDemoNetwork(*m_dir, m_server);
    QVERIFY2(central.ok(), central ? "" : qPrintable(central.error().message));
    m_central = *central;
    Result<std::unique_ptr<SiteSession>> site =
        RemoteSync::initialise(m_dir->filePath(QStringLiteral("site2.db")), QUrl(m_server.url()), DemoNetwork::kRemote1,
                               DemoNetwork::sitePassword(DemoNetwork::kRemote1), m_credentials);
    QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));
    m_site = std::move(site).value();
    m_plan = std::make_shared<test::FaultPlan>();
}

void TstTransportFaults::cleanup()
{
    m_plan.reset();
    m_site.reset();
    m_server.stop();
    m_dir.reset();
}

std::unique_ptr<RemoteSync> TstTransportFaults::faultySync(const LinkPolicy& policy)
{
    auto sync = std::make_unique<RemoteSync>(*m_site, m_credentials);
    sync->setTransport(test::FakeTransport::following(m_plan));
    sync->setLinkPolicy(policy);
    return sync;
}

void TstTransportFaults::enterLines(int count)
{
    const Status entered = test::enterStockLines(*m_site, count);
    QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));
}

void TstTransportFaults::enterCentralItems(int count)
{
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_central);
    QVERIFY(central.ok());
    const Status entered = test::enterItems(**central, count);
    QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));
}

QMap<QString, QString> TstTransportFaults::centralEntries()
{
    QStringList rows;
    const QString failed = test::rawSql(m_central,
                                        {QStringLiteral("SELECT c.record_id || ' ' || CAST(c.seq AS TEXT) FROM"
                                                        " change_log c JOIN stock_line s ON s.id = c.record_id"
                                                        " WHERE c.table_name = 'stock_line' AND c.record_id LIKE"
                                                        " 'line-%'")},
                                        &rows);
    if (!failed.isEmpty())
        qWarning() << failed;
    QMap<QString, QString> entries;
    for (const QString& row : std::as_const(rows))
        entries.insert(row.section(QLatin1Char(' '), 0, 0), row.section(QLatin1Char(' '), 1));
    return entries;
}

int TstTransportFaults::itemsOnSite()
{
    QStringList rows;
    const QString failed = test::rawSql(
        m_site->database().path(), {QStringLiteral("SELECT count(*) FROM item WHERE id LIKE 'item-pulled-%'")}, &rows);
    return failed.isEmpty() && rows.size() == 1 ? rows.first().toInt() : -1;
}

qint64 TstTransportFaults::pendingOnSite()
{
    const Result<int> pending = OutgoingLog::pendingOf(m_site->database(), m_site->site());
    return pending ? *pending : -1;
}

void TstTransportFaults::serverErrorOnTheThirdPushLosesNothing_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("the central failed before storing it") << int(Stage::BeforeCentral);
    QTest::newRow("the central stored it; its answer is a 500") << int(Stage::AfterCentral);
}

// covers ACC-1, ACC-4
// A 500 on the third push of a sync: the sync stops and says the central failed; the batch stays
// counted as waiting on the site; the next sync sends it (or learns that it arrived) and the
// central holds every line, none applied twice.
void TstTransportFaults::serverErrorOnTheThirdPushLosesNothing()
{
    QFETCH(int, stage);
    const bool stored = Stage(stage) == Stage::AfterCentral;
    constexpr int kLines = 2 * protocol::kPushBatch + 10;
    enterLines(kLines);
    m_plan->inject(QStringLiteral("push"), 3, Fault::serverError(Stage(stage)));

    const Result<SyncReport> failed = faultySync()->syncOnce();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Database);
    QVERIFY2(failed.error().message.contains(QLatin1String("refused the request (server_error)")),
             qPrintable(failed.error().message));
    // The central's failure is not the link's: not sent again within the sync.
    QCOMPARE(m_plan->requests(QStringLiteral("push")), 3);
    QCOMPARE(pendingOnSite(), 10);
    const QMap<QString, QString> held = centralEntries();
    QCOMPARE(held.size(), stored ? kLines : 2 * protocol::kPushBatch);

    const Result<SyncReport> next = faultySync()->syncOnce();
    QVERIFY2(next.ok(), next ? "" : qPrintable(next.error().message));
    QVERIFY2(next->recovery.isEmpty(), qPrintable(next->recovery));
    QCOMPARE(pendingOnSite(), 0);
    // A batch the central stored is known by its token and not sent again.
    QCOMPARE(m_plan->requests(QStringLiteral("push")), stored ? 3 : 4);
    QCOMPARE(next->pushed, stored ? 0 : 10);
    const QMap<QString, QString> after = centralEntries();
    QCOMPARE(after.size(), kLines);
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" was applied again")));
}

void TstTransportFaults::linkFailuresAreWaitedOut_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("pushes");  // push requests the whole sync makes
    QTest::newRow("the connection drops after the central stored the second push")
        << QStringLiteral("push") << 2 << Fault::dropped(Stage::AfterCentral) << 2;
    QTest::newRow("a gateway answers 503 to the second push") << QStringLiteral("push") << 2 << Fault::answer(503) << 3;
    QTest::newRow("the second push, stored, is never answered")
        << QStringLiteral("push") << 2 << Fault::hang(Stage::AfterCentral) << 2;
    QTest::newRow("the first pull's connection drops") << QStringLiteral("pull") << 1 << Fault::dropped() << 2;
}

// covers ACC-2, ACC-4
// A link that fails once the central has answered: the sync says it waits, tries again by itself
// and completes; the central holds every line once, and a batch it stored is not sent again.
void TstTransportFaults::linkFailuresAreWaitedOut()
{
    QFETCH(QString, endpoint);
    QFETCH(int, occurrence);
    QFETCH(Fault, fault);
    QFETCH(int, pushes);
    constexpr int kLines = protocol::kPushBatch + 10;
    enterLines(kLines);
    enterCentralItems(20);
    m_plan->inject(endpoint, occurrence, fault);

    int waits = 0;
    const Result<SyncReport> report = faultySync()->syncOnce([&](const SyncProgress& p) {
        if (p.phase == SyncPhase::Wait)
            waits = std::max(waits, p.retry);
    });
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(waits, 1);
    // Nothing for the central to put right: the site knew where it stood.
    QVERIFY2(report->recovery.isEmpty(), qPrintable(report->recovery));
    QCOMPARE(m_plan->requests(QStringLiteral("push")), pushes);
    QCOMPARE(report->pushed, kLines);
    QCOMPARE(centralEntries().size(), kLines);
    QCOMPARE(pendingOnSite(), 0);
    QCOMPARE(itemsOnSite(), 20);
}

// covers ACC-2
// The pull runs in a thread of its own: a pull answer that never comes is given up there after the
// stall limit, the sync says the connection timed out, and the next sync goes on from the batches
// the site stored.
void TstTransportFaults::hungPullTimesOutAndTheNextSyncResumes()
{
    enterCentralItems(50);
    m_plan->inject(QStringLiteral("pull"), 3, Fault::hang());
    LinkPolicy policy = quickPolicy();
    policy.stallLimit = std::chrono::seconds(2);
    policy.retries = 0;
    std::unique_ptr<RemoteSync> sync = faultySync(policy);
    sync->setPullBatch(10);

    const Result<SyncReport> failed = sync->syncOnce();
    QVERIFY(!failed.ok());
    const QString message = failed.error().message;
    QCOMPARE(failed.error().kind, ErrorKind::Unreachable);
    QVERIFY2(message.contains(QLatin1String("timed out: nothing moved for 2 second(s)")), qPrintable(message));
    QVERIFY2(message.contains(m_server.url()), qPrintable(message));
    QCOMPARE(m_plan->requests(QStringLiteral("pull")), 3);
    // The two batches answered are stored.
    QCOMPARE(itemsOnSite(), 20);

    std::unique_ptr<RemoteSync> next = faultySync();
    next->setPullBatch(10);
    const Result<SyncReport> resumed = next->syncOnce();
    QVERIFY2(resumed.ok(), resumed ? "" : qPrintable(resumed.error().message));
    QCOMPARE(resumed->pulled, 30);
    QCOMPARE(itemsOnSite(), 50);
}

// covers ACC-1
// A pull answer whose body is cut half way as the connection closes: the site applies none of it,
// says why, and the next sync brings everything.
void TstTransportFaults::cutBodyIsRefusedAndChangesNothing()
{
    enterCentralItems(50);
    const QByteArray before = test::contentDigest(m_site->database().path());
    m_plan->inject(QStringLiteral("pull"), 1, Fault::truncated());
    LinkPolicy policy = quickPolicy();
    policy.retries = 0;

    const Result<SyncReport> failed = faultySync(policy)->syncOnce();
    QVERIFY(!failed.ok());
    const QString message = failed.error().message;
    QVERIFY2(message.contains(m_server.url()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Connection closed")), qPrintable(message));
    QCOMPARE(m_plan->requests(QStringLiteral("pull")), 1);
    QCOMPARE(test::contentDigest(m_site->database().path()), before);

    const Result<SyncReport> next = faultySync()->syncOnce();
    QVERIFY2(next.ok(), next ? "" : qPrintable(next.error().message));
    QCOMPARE(next->pulled, 50);
    QCOMPARE(itemsOnSite(), 50);
}

// covers ACC-2
// Every request of a sync held back for a second before it goes, against a stall limit of three: a
// slow link is not a dead one. Without retries, a request given up would fail the sync.
void TstTransportFaults::delayBelowTheStallLimitSucceeds()
{
    constexpr int kLines = 10;
    enterLines(kLines);
    enterCentralItems(20);
    for (const QString& endpoint : {QStringLiteral("contact"), QStringLiteral("push"), QStringLiteral("pull")})
        m_plan->inject(endpoint, 1, Fault::delayed(std::chrono::seconds(1)), 100);
    LinkPolicy policy = quickPolicy();
    policy.stallLimit = std::chrono::seconds(3);
    policy.retries = 0;

    bool waited = false;
    const Result<SyncReport> report =
        faultySync(policy)->syncOnce([&](const SyncProgress& p) { waited = waited || p.phase == SyncPhase::Wait; });
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QVERIFY(!waited);
    QCOMPARE(m_plan->requests(QStringLiteral("contact")), 1);
    QCOMPARE(m_plan->requests(QStringLiteral("push")), 1);
    QVERIFY(m_plan->requests(QStringLiteral("pull")) >= 1);
    QCOMPARE(report->pushed, kLines);
    QCOMPARE(centralEntries().size(), kLines);
    QCOMPARE(itemsOnSite(), 20);
}

QTEST_GUILESS_MAIN(TstTransportFaults)
#include "tst_transportfaults.moc"
