// The worked examples of the specification (Store A to Store F) over real HTTP on 127.0.0.1: a
// `sitesyncctl serve` central and two remote sites synchronising real SQLite files.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "model/syncproblemlog.h"
#include "sync/outgoinglog.h"
#include "sync/routing.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

QJsonObject stockLine(const QString& id, const QString& store)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("store_id"), store},
            {QStringLiteral("item_id"), QStringLiteral("item-amox")},
            {QStringLiteral("quantity"), 7}};
}

}  // namespace

class TstSyncNetwork : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dataEntryFollowsTheExamples_data();
    void dataEntryFollowsTheExamples();
    void storesAtoF_data();
    void storesAtoF();
    void sitesKnowWhereTheirStoresAreActive();
    void transfersReachTheOtherStoresSite();
    void syncIsIdempotent();
    void dispensaryTransactionsStayLocal();
    void pullCountsDownWhatRemains();
    void centralSeesWhatEachSiteReports();

private:
    SiteSession& site(int id) { return id == DemoNetwork::kCentral ? *m_central : *m_remotes.value(id); }
    void syncAll();
    void syncOne(int id);
    // `sitesyncctl site list --json` on the central, by site.
    QHash<int, QJsonObject> listedSites();

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<SiteSession> m_central;
    QMap<int, SiteSession*> m_remotes;
    std::vector<std::unique_ptr<SiteSession>> m_owned;
};

void TstSyncNetwork::initTestCase()
{
    test::prepareEnvironment();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        m_dir.path(), [](const QString&) {}, test::centralPath(m_dir));
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    const QString started = m_server.start(demo->centralPath);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        Result<std::unique_ptr<SiteSession>> remote =
            RemoteSync::initialise(m_dir.filePath(QStringLiteral("site%1.db").arg(id)), QUrl(m_server.url()), id,
                                   DemoNetwork::sitePassword(id), m_credentials);
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
        m_remotes.insert(id, remote->get());
        m_owned.push_back(std::move(remote).value());
    }
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(demo->centralPath);
    QVERIFY(central.ok());
    m_central = std::move(central).value();
}

void TstSyncNetwork::cleanupTestCase()
{
    m_server.stop();
}

void TstSyncNetwork::syncAll()
{
    // Two rounds, so that what one remote pushes reaches the other.
    for (int round = 0; round < 2; ++round) {
        for (SiteSession* remote : std::as_const(m_remotes)) {
            RemoteSync sync(*remote, m_credentials);
            const Result<SyncReport> report = sync.syncOnce();
            QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
            QCOMPARE(report->integration.quarantined, 0);
            QCOMPARE(report->integration.pending, 0);
        }
    }
}

void TstSyncNetwork::syncOne(int id)
{
    RemoteSync sync(site(id), m_credentials);
    const Result<SyncReport> report = sync.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
}

QHash<int, QJsonObject> TstSyncNetwork::listedSites()
{
    const test::CliResult list = test::runCli(
        {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}, m_central->database().path());
    QHash<int, QJsonObject> rows;
    if (list.exitCode != 0)
        qWarning() << list.err;
    for (const QJsonValue& row : QJsonDocument::fromJson(list.out).array())
        rows.insert(row.toObject().value(QLatin1String("id")).toInt(), row.toObject());
    return rows;
}

void TstSyncNetwork::dataEntryFollowsTheExamples_data()
{
    QTest::addColumn<int>("siteId");
    QTest::addColumn<QString>("store");
    QTest::addColumn<bool>("allowed");
    // Store data can be entered only where the store is active.
    const struct {
        int site;
        const char* store;
        bool allowed;
    } rows[] = {{1, "A", true},  {1, "B", false}, {1, "E", true},  {1, "F", false}, {2, "A", false}, {2, "B", true},
                {2, "C", false}, {2, "F", true},  {3, "B", false}, {3, "C", true},  {3, "D", true}};
    for (const auto& row : rows)
        QTest::addRow("site %d, store %s", row.site, row.store)
            << row.site << QString::fromLatin1(row.store) << row.allowed;
}

// covers RT-6, DT-4, ST-2
void TstSyncNetwork::dataEntryFollowsTheExamples()
{
    QFETCH(int, siteId);
    QFETCH(QString, store);
    QFETCH(bool, allowed);
    const QString id = QStringLiteral("entered-%1-%2").arg(store).arg(siteId);
    const Result<WriteResult> written = site(siteId).writer().put(QStringLiteral("stock_line"), stockLine(id, store));
    QCOMPARE(written.ok(), allowed);
    if (!allowed)
        QCOMPARE(written.error().kind, ErrorKind::Refused);
}

void TstSyncNetwork::storesAtoF_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QList<int>>("storeDataOn");  // sites that hold the store's stock lines
    QTest::addColumn<QList<int>>("storeRecordOn");
    QTest::newRow("Store A") << "A" << QList<int>{1, 2} << QList<int>{1, 2};
    QTest::newRow("Store B") << "B" << QList<int>{1, 2} << QList<int>{1, 2, 3};
    QTest::newRow("Store C") << "C" << QList<int>{1, 3} << QList<int>{1, 2, 3};
    QTest::newRow("Store D") << "D" << QList<int>{1, 3} << QList<int>{1, 3};
    QTest::newRow("Store E") << "E" << QList<int>{1} << QList<int>{1};
    QTest::newRow("Store F") << "F" << QList<int>{2} << QList<int>{1, 2};
}

// covers RT-6, RT-2, RT-4, DT-4, TOP-3
void TstSyncNetwork::storesAtoF()
{
    QFETCH(QString, store);
    QFETCH(QList<int>, storeDataOn);
    QFETCH(QList<int>, storeRecordOn);
    syncAll();
    for (int siteId : {1, 2, 3}) {
        const QString entered = QStringLiteral("entered-%1-").arg(store);
        const Result<QVariant> lines = site(siteId).database().scalar(
            QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = ? AND id LIKE ?"),
            {store, entered + QLatin1Char('%')});
        QVERIFY(lines.ok());
        QVERIFY2((lines->toInt() == 1) == storeDataOn.contains(siteId),
                 qPrintable(QStringLiteral("site %1 holds %2 entered stock lines of store %3")
                                .arg(siteId)
                                .arg(lines->toInt())
                                .arg(store)));
        const bool hasStore = !site(siteId).writer().fetch(QStringLiteral("store"), store)->isEmpty();
        QVERIFY2(hasStore == storeRecordOn.contains(siteId),
                 qPrintable(QStringLiteral("site %1 %2 the record of store %3")
                                .arg(siteId)
                                .arg(hasStore ? "has" : "lacks", store)));
    }
}

// covers ST-3, DT-6
void TstSyncNetwork::sitesKnowWhereTheirStoresAreActive()
{
    syncAll();
    QCOMPARE(site(2).site().activeSiteOf(QStringLiteral("B")), std::optional<int>(2));
    QCOMPARE(site(2).site().activeSiteOf(QStringLiteral("F")), std::optional<int>(2));
    QCOMPARE(site(2).site().activeSiteOf(QStringLiteral("A")), std::optional<int>(1));
    QCOMPARE(site(3).site().activeSiteOf(QStringLiteral("C")), std::optional<int>(3));
    QCOMPARE(site(3).site().activeSiteOf(QStringLiteral("B")), std::optional<int>(2));
    // Site 3 has no copy of store E and does not know it.
    QVERIFY(site(3).writer().fetch(QStringLiteral("store"), QStringLiteral("E"))->isEmpty());
    // Passwords never leave the central.
    QCOMPARE(
        site(2).database().scalar(QStringLiteral("SELECT count(*) FROM site WHERE password_hash IS NOT NULL"))->toInt(),
        0);
}

// covers RT-2, RT-6
void TstSyncNetwork::transfersReachTheOtherStoresSite()
{
    // Store C (site 3) sends stock to store B (site 2): C is a transfer copy on site 2.
    const QString bName = site(1).stores().find(QStringLiteral("B"))->nameId;
    const QString dName = site(1).stores().find(QStringLiteral("D"))->nameId;
    QVERIFY(site(3)
                .writer()
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("c-to-b")},
                                                 {QStringLiteral("store_id"), QStringLiteral("C")},
                                                 {QStringLiteral("name_id"), bName},
                                                 {QStringLiteral("type"), QStringLiteral("customer_invoice")}})
                .ok());
    QVERIFY(site(3)
                .writer()
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("c-to-d")},
                                                 {QStringLiteral("store_id"), QStringLiteral("C")},
                                                 {QStringLiteral("name_id"), dName},
                                                 {QStringLiteral("type"), QStringLiteral("customer_invoice")}})
                .ok());
    syncAll();
    QVERIFY(!site(1).writer().fetch(QStringLiteral("invoice"), QStringLiteral("c-to-b"))->isEmpty());
    QVERIFY(!site(2).writer().fetch(QStringLiteral("invoice"), QStringLiteral("c-to-b"))->isEmpty());
    QVERIFY(site(2).writer().fetch(QStringLiteral("invoice"), QStringLiteral("c-to-d"))->isEmpty());
    QVERIFY(!site(1).writer().fetch(QStringLiteral("invoice"), QStringLiteral("c-to-d"))->isEmpty());
}

// covers TOP-3, RT-4
void TstSyncNetwork::syncIsIdempotent()
{
    syncAll();
    QList<QByteArray> before;
    for (int id : {1, 2, 3})
        before << test::contentDigest(site(id).database().path());
    syncAll();
    for (int id : {2, 3}) {
        QCOMPARE(site(id).database().scalar(QStringLiteral("SELECT count(*) FROM sync_in"))->toInt(), 0);
        const Result<int> pending = OutgoingLog::pendingOf(site(id).database(), site(id).site());
        QCOMPARE(*pending, 0);
    }
    QCOMPARE(test::contentDigest(site(2).database().path()), before[1]);
    QCOMPARE(test::contentDigest(site(3).database().path()), before[2]);
}

// covers RT-3, ST-4, RT-1, RT-5
void TstSyncNetwork::dispensaryTransactionsStayLocal()
{
    // RT-1: dispensary central data goes only to sites with an active dispensary; none has one yet.
    SiteSession& central = site(1);
    QVERIFY(
        central.writer()
            .put(QStringLiteral("abbreviation"), {{QStringLiteral("id"), QStringLiteral("tds")},
                                                  {QStringLiteral("code"), QStringLiteral("tds")},
                                                  {QStringLiteral("expansion"), QStringLiteral("three times a day")}})
            .ok());
    syncAll();
    QVERIFY(site(2).writer().fetch(QStringLiteral("abbreviation"), QStringLiteral("tds"))->isEmpty());

    // A dispensary on remote site 1 whose "Include transactions in sync" is off.
    QVERIFY(central.stores().add(QStringLiteral("G"), QStringLiteral("G"), QStringLiteral("Dispensary G"), true).ok());
    SyncSettingsChange settings;
    settings.activeSiteId = 2;
    settings.includeTransactions = false;
    QVERIFY(central.syncSettings().apply(QStringLiteral("G"), settings).ok());
    syncAll();
    QCOMPARE(site(2).site().activeSiteOf(QStringLiteral("G")), std::optional<int>(2));
    // With a dispensary active there, the site has been sent the dispensary data it lacked (RT-5);
    // the other site still has none.
    QVERIFY(!site(2).writer().fetch(QStringLiteral("abbreviation"), QStringLiteral("tds"))->isEmpty());
    QVERIFY(site(3).writer().fetch(QStringLiteral("abbreviation"), QStringLiteral("tds"))->isEmpty());
    RecordWriter& dispensary = site(2).writer();
    // PT-2: a prescription is for a patient; this one's home is G.
    const QString patient = QStringLiteral("g-patient");
    QVERIFY(dispensary
                .put(QStringLiteral("name"), {{QStringLiteral("id"), patient},
                                              {QStringLiteral("name"), QStringLiteral("Ada")},
                                              {QStringLiteral("type"), QStringLiteral("patient")},
                                              {QStringLiteral("home_store_id"), QStringLiteral("G")}})
                .ok());
    QVERIFY(dispensary
                .put(QStringLiteral("location"), {{QStringLiteral("id"), QStringLiteral("g-shelf")},
                                                  {QStringLiteral("store_id"), QStringLiteral("G")},
                                                  {QStringLiteral("code"), QStringLiteral("Shelf")}})
                .ok());
    QVERIFY(
        dispensary.put(QStringLiteral("stock_line"), stockLine(QStringLiteral("g-stock"), QStringLiteral("G"))).ok());
    QVERIFY(dispensary
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("g-prescription")},
                                                 {QStringLiteral("store_id"), QStringLiteral("G")},
                                                 {QStringLiteral("name_id"), patient},
                                                 {QStringLiteral("type"), QStringLiteral("prescription")}})
                .ok());
    syncAll();
    // Its other store data reaches the central; its transactions and stock stay on the site.
    QVERIFY(!central.writer().fetch(QStringLiteral("location"), QStringLiteral("g-shelf"))->isEmpty());
    QVERIFY(central.writer().fetch(QStringLiteral("stock_line"), QStringLiteral("g-stock"))->isEmpty());
    QVERIFY(central.writer().fetch(QStringLiteral("invoice"), QStringLiteral("g-prescription"))->isEmpty());
    QCOMPARE(*OutgoingLog::pendingOf(site(2).database(), site(2).site()), 0);

    // RT-3: turned on later, the central receives them with the site's next synchronisation.
    settings.includeTransactions = true;
    QVERIFY(central.syncSettings().apply(QStringLiteral("G"), settings).ok());
    RemoteSync once(site(2), m_credentials);
    const Result<SyncReport> report = once.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QVERIFY(!central.writer().fetch(QStringLiteral("stock_line"), QStringLiteral("g-stock"))->isEmpty());
    QVERIFY(!central.writer().fetch(QStringLiteral("invoice"), QStringLiteral("g-prescription"))->isEmpty());
    QCOMPARE(*OutgoingLog::pendingOf(site(2).database(), site(2).site()), 0);
}

// covers ACC-4
void TstSyncNetwork::pullCountsDownWhatRemains()
{
    syncAll();
    // Central data goes to every site (RT-1): items for remote site 2 to pull in many batches.
    constexpr int kItems = 60;
    const Status entered = test::enterItems(site(1), kItems);
    QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));

    RemoteSync sync(site(3), m_credentials);
    sync.setPullBatch(7);
    QList<SyncProgress> pulling;
    const Result<SyncReport> report = sync.syncOnce([&](const SyncProgress& p) {
        if (p.phase == SyncPhase::Pull)
            pulling << p;
    });
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QVERIFY(report->pulled >= kItems);

    // The pull counts what it receives of what the central counted at its first answer: from all of
    // it remaining, batch by batch, down to nothing.
    QList<SyncProgress> counted;
    for (const SyncProgress& p : std::as_const(pulling)) {
        if (p.total >= 0)
            counted << p;
    }
    QVERIFY2(counted.size() > kItems / 7, qPrintable(QString::number(counted.size())));
    QCOMPARE(counted.first().done, qint64(0));
    QCOMPARE(counted.first().remaining(), qint64(report->pulled));
    for (const SyncProgress& p : std::as_const(counted)) {
        QCOMPARE(p.total, qint64(report->pulled));
        QCOMPARE(p.remaining(), qint64(report->pulled) - p.done);
    }
    QCOMPARE(counted.last().remaining(), qint64(0));
    QCOMPARE(counted.last().done, qint64(report->pulled));
}

// covers ACC-4, AD-5
void TstSyncNetwork::centralSeesWhatEachSiteReports()
{
    syncAll();
    const int growing = DemoNetwork::kRemote2;
    const int troubled = DemoNetwork::kRemote1;
    QHash<int, QJsonObject> listed = listedSites();
    QCOMPARE(listed.value(growing).value(QLatin1String("outgoing_rises")).toInt(-1), 0);
    QCOMPARE(listed.value(growing).value(QLatin1String("attention")).toBool(true), false);

    // Site 3 finds more waiting to be pushed at each of three contacts: 2, 4, then 6 changes of
    // store C. Each sync pushes them all; the queue at the contacts grows all the same.
    int made = 0;
    for (int contact = 1; contact <= 3; ++contact) {
        QCOMPARE(listed.value(growing).value(QLatin1String("attention")).toBool(true), false);
        for (int i = 0; i < 2 * contact; ++i) {
            QVERIFY(site(growing)
                        .writer()
                        .put(QStringLiteral("stock_line"), stockLine(QStringLiteral("grown-%1").arg(++made), "C"))
                        .ok());
        }
        QCOMPARE(*OutgoingLog::pendingOf(site(growing).database(), site(growing).site()), 2 * contact);
        syncOne(growing);
        listed = listedSites();
        QCOMPARE(listed.value(growing).value(QLatin1String("outgoing_rises")).toInt(), contact);
    }
    QJsonObject row = listed.value(growing);
    QCOMPARE(row.value(QLatin1String("attention")).toBool(), true);
    QCOMPARE(row.value(QLatin1String("outgoing")).toInt(-1), 0);  // pushed, as its last report says
    QCOMPARE(row.value(QLatin1String("problems")).toInt(-1), 0);
    QCOMPARE(row.value(QLatin1String("version")).toString(), QStringLiteral(SITESYNC_VERSION));
    const QJsonArray reasons = row.value(QLatin1String("attention_reasons")).toArray();
    QCOMPARE(reasons.size(), 1);
    QVERIFY2(reasons.first().toString().contains(
                 QRegularExpression(QStringLiteral("grew at 3 contact.* 0, 2, 4(,| and) 6\\.$"))),
             qPrintable(reasons.first().toString()));
    // A site whose queue did not grow needs nothing.
    QCOMPARE(listed.value(troubled).value(QLatin1String("attention")).toBool(true), false);
    QVERIFY(listed.value(troubled).value(QLatin1String("attention_reasons")).toArray().isEmpty());

    // A contact with a smaller queue ends the trend.
    syncOne(growing);
    QCOMPARE(listedSites().value(growing).value(QLatin1String("attention")).toBool(true), false);

    // Site 2 has an open sync problem: at its next contact the central knows it, and why it needs
    // attention; once the problem is closed, the next contact clears it.
    QVERIFY(SyncProblemLog::add(site(troubled).database(), troubled, QStringLiteral("quarantined"),
                                QStringLiteral("item"), QStringLiteral("broken-item"), QStringLiteral("Broken."), {})
                .ok());
    syncOne(troubled);
    row = listedSites().value(troubled);
    QCOMPARE(row.value(QLatin1String("problems")).toInt(), 1);
    QCOMPARE(row.value(QLatin1String("attention")).toBool(), true);
    QVERIFY2(row.value(QLatin1String("attention_reasons"))
                 .toArray()
                 .first()
                 .toString()
                 .contains(QLatin1String("1 open sync problem")),
             qPrintable(QJsonDocument(row).toJson()));
    const QList<SyncProblem> open = *SyncProblemLog::list(site(troubled).database(), SyncProblemLog::Filter::Open);
    QCOMPARE(open.size(), 1);
    QVERIFY(SyncProblemLog::close(site(troubled).database(), open.first().id, SyncProblemLog::Closing::Dismissed,
                                  QStringLiteral("A test."), QStringLiteral("tester"), QDateTime::currentDateTimeUtc())
                .ok());
    syncOne(troubled);
    QCOMPARE(listedSites().value(troubled).value(QLatin1String("attention")).toBool(true), false);

    // What waits for each site on the central is what the routing counts: a new item waits for both.
    QVERIFY(m_central->writer()
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("item-waiting")},
                                              {QStringLiteral("code"), QStringLiteral("WAIT")},
                                              {QStringLiteral("name"), QStringLiteral("Waiting item")}})
                .ok());
    const QMap<int, int> queued = *Routing::queuedBySite(m_central->database());
    listed = listedSites();
    for (int id : {troubled, growing}) {
        QVERIFY(queued.value(id) > 0);
        QCOMPARE(listed.value(id).value(QLatin1String("queued")).toInt(-1), queued.value(id));
    }
    QVERIFY(listed.value(DemoNetwork::kCentral).value(QLatin1String("queued")).isNull());
    syncOne(growing);
    QCOMPARE(listedSites().value(growing).value(QLatin1String("queued")).toInt(-1), 0);

    // The table for people says the same, with the reason under it.
    QVERIFY(SyncProblemLog::add(site(troubled).database(), troubled, QStringLiteral("quarantined"),
                                QStringLiteral("item"), QStringLiteral("broken-item"), QStringLiteral("Broken."), {})
                .ok());
    syncOne(troubled);
    const test::CliResult text =
        test::runCli({QStringLiteral("site"), QStringLiteral("list")}, m_central->database().path());
    QCOMPARE(text.exitCode, 0);
    for (const char* header : {"VERSION", "ITS QUEUE", "PROBLEMS", "WAITING ON CENTRAL", "ATTENTION"})
        QVERIFY2(text.out.contains(header), text.out.constData());
    QVERIFY2(text.out.contains("Site 2 needs attention: It reports 1 open sync problem"), text.out.constData());
    QVERIFY2(!text.out.contains("Site 3 needs attention"), text.out.constData());
}

QTEST_GUILESS_MAIN(TstSyncNetwork)
#include "tst_syncnetwork.moc"
