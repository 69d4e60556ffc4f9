// "Resync patient records when store is saved" (PT-5) end to end: the central queues the store's
// patient records for its active site, a real server on 127.0.0.1 serves them, and the remote site
// applies every one of them, in order, without a problem.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

class TstPatientResync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void resentRecordsArriveWhole();
    void nothingToResendForAStoreOnTheCentral();
};

namespace {

// A dispensary G active on remote site 2 that sees two patients of Store A, with their policies
// and a prescription in G.
Status giveDispensaryPatients(SiteSession& central)
{
    if (const Result<StoreInfo> added = central.stores().add(u"G"_s, u"G"_s, u"Dispensary G"_s, true); !added)
        return added.error();
    SyncSettingsChange move;
    move.activeSiteId = DemoNetwork::kRemote2;
    if (const Result<StoreSyncSettings> moved = central.syncSettings().apply(u"G"_s, move); !moved)
        return moved.error();
    // The prescriber's home is a dispensary of the central's own (PT-4).
    if (const Result<StoreInfo> added = central.stores().add(u"H"_s, u"H"_s, u"Dispensary H"_s, true); !added)
        return added.error();
    RecordWriter& writer = central.writer();
    const QList<std::pair<QString, QJsonObject>> records = {
        {u"insurance_provider"_s, {{u"id"_s, u"ins-1"_s}, {u"name"_s, u"National"_s}}},
        {u"diagnosis"_s, {{u"id"_s, u"dx-1"_s}, {u"code"_s, u"A09"_s}, {u"description"_s, u"Gastroenteritis"_s}}},
        {u"prescriber"_s, {{u"id"_s, u"dr-1"_s}, {u"name"_s, u"Dr One"_s}, {u"home_store_id"_s, u"H"_s}}},
    };
    for (const auto& [table, fields] : records) {
        if (const Result<WriteResult> put = writer.put(table, fields); !put)
            return put.error();
    }
    for (const QString& patient : {u"pat-1"_s, u"pat-2"_s}) {
        for (const auto& [table, fields] : QList<std::pair<QString, QJsonObject>>{
                 {u"name"_s,
                  {{u"id"_s, patient}, {u"name"_s, patient}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"A"_s}}},
                 {u"name_store_join"_s, {{u"name_id"_s, patient}, {u"store_id"_s, u"G"_s}}},
                 {u"insurance_policy"_s,
                  {{u"id"_s, u"pol-"_s + patient},
                   {u"patient_id"_s, patient},
                   {u"home_store_id"_s, u"A"_s},
                   {u"provider_id"_s, u"ins-1"_s},
                   {u"policy_number"_s, u"N-"_s + patient}}}}) {
            if (const Result<WriteResult> put = writer.put(table, fields); !put)
                return put.error();
        }
    }
    return {};
}

int count(SiteSession& site, const QString& sql)
{
    const Result<QVariant> value = site.database().scalar(sql);
    return value ? value->toInt() : -1;
}

}  // namespace

// covers PT-5, RT-5
void TstPatientResync::resentRecordsArriveWhole()
{
    QTemporaryDir dir;
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        dir.path(), [](const QString&) {}, test::centralPath(dir));
    QVERIFY(demo.ok());
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(demo->centralPath);
        QVERIFY(central.ok());
        const Status given = giveDispensaryPatients(**central);
        QVERIFY2(given.ok(), given ? "" : qPrintable(given.error().message));
    }
    test::ServerProcess server;
    QVERIFY(server.start(demo->centralPath).isEmpty());
    MemoryCredentialStore credentials;
    Result<std::unique_ptr<SiteSession>> remote =
        RemoteSync::initialise(dir.filePath(u"site-3.db"_s), QUrl(server.url()), DemoNetwork::kRemote2,
                               DemoNetwork::sitePassword(DemoNetwork::kRemote2), credentials);
    QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
    SiteSession& site = **remote;
    QCOMPARE(count(site, u"SELECT count(*) FROM name WHERE type = 'patient'"_s), 2);

    // Nothing waits; then the technician saves G with "Resync patient records" ticked.
    RemoteSync sync(site, credentials);
    const Result<SyncReport> idle = sync.syncOnce();
    QVERIFY(idle.ok());
    QCOMPARE(idle->pulled, 0);
    const test::CliResult resync = test::runCli(
        {u"store"_s, u"sync-settings"_s, u"--store"_s, u"G"_s, u"--resync-patients"_s, u"--json"_s}, demo->centralPath);
    QCOMPARE(resync.exitCode, 0);

    // Two patients, their visibility and policies, the prescriber of Store H is not G's, the
    // insurance provider and the diagnosis: 2 + 2 + 2 + 1 + 1.
    const Result<SyncReport> report = sync.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->pulled, 8);
    QCOMPARE(report->integration.quarantined, 0);
    QCOMPARE(report->integration.pending, 0);
    QCOMPARE(count(site, u"SELECT count(*) FROM insurance_policy"_s), 2);
    QCOMPARE(count(site, u"SELECT count(*) FROM diagnosis WHERE id = 'dx-1'"_s), 1);
    QCOMPARE(count(site, u"SELECT count(*) FROM sync_problem"_s), 0);

    // Delivered: a further sync brings nothing, and confirms it, which empties the site's queue.
    const Result<SyncReport> after = sync.syncOnce();
    QVERIFY(after.ok());
    QCOMPARE(after->pulled, 0);
    QStringList waiting;
    QVERIFY(test::rawSql(demo->centralPath,
                         {u"SELECT count(*) FROM site_queue WHERE site_id = %1"_s.arg(DemoNetwork::kRemote2)}, &waiting)
                .isEmpty());
    QCOMPARE(waiting.value(0), u"0"_s);
}

// covers PT-5
void TstPatientResync::nothingToResendForAStoreOnTheCentral()
{
    QTemporaryDir dir;
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        dir.path(), [](const QString&) {}, test::centralPath(dir));
    QVERIFY(demo.ok());
    const QByteArray before = test::contentDigest(demo->centralPath);
    const test::CliResult preview =
        test::runCli({u"store"_s, u"sync-settings"_s, u"--store"_s, u"A"_s, u"--resync-patients"_s, u"--preview"_s},
                     demo->centralPath);
    QCOMPARE(preview.exitCode, 0);
    QVERIFY2(preview.out.contains("no other copy"), preview.out.constData());
    QCOMPARE(test::contentDigest(demo->centralPath), before);
}

QTEST_GUILESS_MAIN(TstPatientResync)
#include "tst_patientresync.moc"
