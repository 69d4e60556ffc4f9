// Patients (PT-1, PT-2) across a central server and two dispensary sites, with a real server on
// 127.0.0.1: patient data is changed only on the home site; prescriptions are made wherever the
// patient is visible, in dispensary stores only, and repeats only on the home site; a prescription
// finalised on another site takes the patient's home store there, with its insurance policies and
// repeats, and every site then agrees on who owns the patient.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "sync/integrator.h"
#include "testsupport.h"
#include "write/recordmerge.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"patients-site-password"_s;

QJsonObject prescription(const QString& id, const QString& store, const QString& patient, const QString& status)
{
    return {{u"id"_s, id},
            {u"store_id"_s, store},
            {u"name_id"_s, patient},
            {u"type"_s, u"prescription"_s},
            {u"status"_s, status}};
}

// A repeat of amoxicillin for `patient`, made in `home`.
QJsonObject repeat(const QString& id, const QString& patient, const QString& home, int quantity, int left)
{
    return {{u"id"_s, id},
            {u"patient_id"_s, patient},
            {u"home_store_id"_s, home},
            {u"item_id"_s, u"amox"_s},
            {u"quantity"_s, quantity},
            {u"repeats_left"_s, left}};
}

QString homeOf(SiteSession& site, const QString& table, const QString& id)
{
    return site.writer().fetch(table, id)->value(QLatin1String("home_store_id")).toString();
}

}  // namespace

class TstPatients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void homeSiteOwnsAndPrescriptionsMoveTheHome();
    void aRepeatMadeOnTheFormerHomeFollowsThePatient();
    void onlyTheFormerHomeSiteRehomesARecord();
    void prescribersGoWhereTheyHavePrescribed();
    void newPatientsAreVisibleInTheHomeSitesDispensaries();

private:
    void put(SiteSession& site, const QString& table, const QJsonObject& record);
    void sync(SiteSession& site);
    std::unique_ptr<SiteSession> initialise(int siteId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiteSession> m_central;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
};

void TstPatients::put(SiteSession& site, const QString& table, const QJsonObject& record)
{
    const Result<WriteResult> written = site.writer().put(table, record);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
}

void TstPatients::sync(SiteSession& site)
{
    RemoteSync remote(site, m_credentials);
    const Result<SyncReport> report = remote.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->integration.quarantined, 0);
    if (report->integration.pending)
        qWarning()
            << site.database()
                   .scalar(
                       u"SELECT group_concat(table_name || ':' || record_id || ':' || last_error, ' | ') FROM sync_in"_s)
                   .value();
    QCOMPARE(report->integration.pending, 0);
}

std::unique_ptr<SiteSession> TstPatients::initialise(int siteId)
{
    Result<std::unique_ptr<SiteSession>> site = RemoteSync::initialise(
        m_dir->filePath(u"site-%1.db"_s.arg(siteId)), QUrl(m_server.url()), siteId, kPassword, m_credentials);
    if (!site) {
        qWarning("%s", qPrintable(site.error().message));
        return nullptr;
    }
    return std::move(site).value();
}

void TstPatients::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_central = test::newCentral(*m_dir);
    for (int site : {2, 3})
        QVERIFY(m_central->sites().add(site, u"Clinic %1"_s.arg(site), u"desktop"_s, false, kPassword).ok());
    // Dispensaries D2 and D3, and a plain store S3 beside D3.
    for (const auto& [store, dispensary, site] :
         {std::tuple{u"D2"_s, true, 2}, std::tuple{u"D3"_s, true, 3}, std::tuple{u"S3"_s, false, 3}}) {
        QVERIFY(m_central->stores().add(store, store, u"Store "_s + store, dispensary).ok());
        SyncSettingsChange move;
        move.activeSiteId = site;
        QVERIFY(m_central->syncSettings().apply(store, move).ok());
    }
    put(*m_central, u"item"_s, {{u"id"_s, u"amox"_s}, {u"code"_s, u"AMOX"_s}, {u"name"_s, u"Amoxicillin"_s}});
    put(*m_central, u"insurance_provider"_s, {{u"id"_s, u"ins"_s}, {u"name"_s, u"National"_s}});
    put(*m_central, u"name"_s, {{u"id"_s, u"clinic"_s}, {u"type"_s, u"customer"_s}, {u"name"_s, u"Clinic"_s}});
    QCOMPARE(m_server.start(m_central->database().path()), QString());
}

void TstPatients::cleanup()
{
    m_server.stop();
    m_central.reset();
    m_dir.reset();
}

// covers PT-1, PT-2, DT-5, DT-8
void TstPatients::homeSiteOwnsAndPrescriptionsMoveTheHome()
{
    std::unique_ptr<SiteSession> site2 = initialise(2);
    QVERIFY(site2);
    // A patient of D2, made on site 2 with its policy, visible in D2.
    put(*site2, u"name"_s,
        {{u"id"_s, u"pat"_s}, {u"name"_s, u"Grace"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D2"_s}});
    put(*site2, u"insurance_policy"_s,
        {{u"id"_s, u"pol"_s},
         {u"patient_id"_s, u"pat"_s},
         {u"home_store_id"_s, u"D2"_s},
         {u"provider_id"_s, u"ins"_s},
         {u"policy_number"_s, u"N-1"_s}});
    // Repeats are made on the home site.
    put(*site2, u"prescription_repeat"_s, repeat(u"rep"_s, u"pat"_s, u"D2"_s, 20, 2));
    sync(*site2);
    // The primary makes the patient visible in D3 too.
    put(*m_central, u"name_store_join"_s, {{u"name_id"_s, u"pat"_s}, {u"store_id"_s, u"D3"_s}});
    std::unique_ptr<SiteSession> site3 = initialise(3);
    QVERIFY(site3);
    QCOMPARE(homeOf(*site3, u"prescription_repeat"_s, u"rep"_s), u"D2"_s);

    // PT-1: the patient and its data are site 2's.
    const Result<WriteResult> renamed = site3->writer().put(u"name"_s, {{u"id"_s, u"pat"_s}, {u"name"_s, u"Gracie"_s}});
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error().kind, ErrorKind::Refused);
    QVERIFY2(renamed.error().message.contains(u"home store 'D2'"_s), qPrintable(renamed.error().message));
    // PT-2: repeats only on the home site; prescriptions wherever the patient is.
    const Result<WriteResult> repeat = site3->writer().put(
        u"prescription_repeat"_s,
        {{u"id"_s, u"rep-3"_s}, {u"patient_id"_s, u"pat"_s}, {u"home_store_id"_s, u"D2"_s}, {u"item_id"_s, u"amox"_s}});
    QVERIFY(!repeat.ok());
    QCOMPARE(repeat.error().kind, ErrorKind::Refused);
    // PT-2: in a dispensary store, for a patient.
    for (const QJsonObject& wrong : {prescription(u"rx-s3"_s, u"S3"_s, u"pat"_s, u"new"_s),
                                     prescription(u"rx-clinic"_s, u"D3"_s, u"clinic"_s, u"new"_s)}) {
        const Result<WriteResult> refused = site3->writer().put(u"invoice"_s, wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY(site3->writer().fetch(u"invoice"_s, wrong.value(QLatin1String("id")).toString())->isEmpty());
    }
    put(*site3, u"invoice"_s, prescription(u"rx"_s, u"D3"_s, u"pat"_s, u"new"_s));
    // An unfinished prescription moves nothing.
    QCOMPARE(homeOf(*site3, u"name"_s, u"pat"_s), u"D2"_s);
    // A home store moved by hand, without a prescription, is not site 3's to make.
    const Result<WriteResult> byHand =
        site3->writer().put(u"name"_s, {{u"id"_s, u"pat"_s}, {u"home_store_id"_s, u"S3"_s}});
    QVERIFY(!byHand.ok());

    // PT-1: finalised on site 3, the prescription takes the patient home to D3, with its records.
    put(*site3, u"invoice"_s, {{u"id"_s, u"rx"_s}, {u"status"_s, u"finalised"_s}});
    for (const auto& [table, id] : {std::pair{u"name"_s, u"pat"_s}, std::pair{u"insurance_policy"_s, u"pol"_s},
                                    std::pair{u"prescription_repeat"_s, u"rep"_s}})
        QCOMPARE(homeOf(*site3, table, id), u"D3"_s);
    sync(*site3);
    sync(*site2);
    for (SiteSession* site : {m_central.get(), site2.get(), site3.get()}) {
        for (const auto& [table, id] : {std::pair{u"name"_s, u"pat"_s}, std::pair{u"insurance_policy"_s, u"pol"_s},
                                        std::pair{u"prescription_repeat"_s, u"rep"_s}})
            QVERIFY2(homeOf(*site, table, id) == u"D3"_s,
                     qPrintable(u"site %1, %2: %3"_s.arg(site->site().siteId()).arg(table, homeOf(*site, table, id))));
    }
    QCOMPARE(m_central->database().scalar(u"SELECT count(*) FROM sync_problem"_s)->toInt(), 0);

    // Now site 3 owns the patient and site 2 does not.
    const Result<WriteResult> formerHome =
        site2->writer().put(u"name"_s, {{u"id"_s, u"pat"_s}, {u"name"_s, u"Grace H."_s}});
    QVERIFY(!formerHome.ok());
    QVERIFY2(formerHome.error().message.contains(u"home store 'D3'"_s), qPrintable(formerHome.error().message));
    put(*site3, u"name"_s, {{u"id"_s, u"pat"_s}, {u"name"_s, u"Grace Hopper"_s}});
    sync(*site3);
    sync(*site2);
    QCOMPARE(site2->writer().fetch(u"name"_s, u"pat"_s)->value(QLatin1String("name")).toString(), u"Grace Hopper"_s);
}

// covers PT-1, PT-2, ACC-2
void TstPatients::aRepeatMadeOnTheFormerHomeFollowsThePatient()
{
    // Site 3 moves the patient's home to D3 while site 2, its home until then, makes a repeat
    // before it learns of the move.
    std::unique_ptr<SiteSession> site2 = initialise(2);
    QVERIFY(site2);
    put(*site2, u"name"_s,
        {{u"id"_s, u"pat"_s}, {u"name"_s, u"Grace"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D2"_s}});
    sync(*site2);
    put(*m_central, u"name_store_join"_s, {{u"name_id"_s, u"pat"_s}, {u"store_id"_s, u"D3"_s}});
    std::unique_ptr<SiteSession> site3 = initialise(3);
    QVERIFY(site3);
    put(*site3, u"invoice"_s, prescription(u"rx"_s, u"D3"_s, u"pat"_s, u"new"_s));
    put(*site3, u"invoice"_s, {{u"id"_s, u"rx"_s}, {u"status"_s, u"finalised"_s}});
    sync(*site3);
    put(*site2, u"prescription_repeat"_s, repeat(u"late"_s, u"pat"_s, u"D2"_s, 10, 1));
    // Nothing waits: the repeat follows its patient to D3, on every site.
    sync(*site2);
    sync(*site3);
    sync(*site2);
    for (SiteSession* site : {m_central.get(), site2.get(), site3.get()})
        QVERIFY2(
            homeOf(*site, u"prescription_repeat"_s, u"late"_s) == u"D3"_s,
            qPrintable(
                u"site %1: %2"_s.arg(site->site().siteId()).arg(homeOf(*site, u"prescription_repeat"_s, u"late"_s))));
    QCOMPARE(m_central->database().scalar(u"SELECT count(*) FROM sync_in"_s)->toInt(), 0);
    QCOMPARE(m_central->database().scalar(u"SELECT count(*) FROM sync_problem"_s)->toInt(), 0);
    // The central's audit log names the record, the site it came from and the store it followed.
    QStringList params;
    QCOMPARE(test::rawSql(m_central->database().path(),
                          {u"SELECT params FROM audit_log WHERE action = 'record follows its patient' ORDER BY id"_s},
                          &params),
             QString());
    QStringList followed;
    for (const QString& text : std::as_const(params)) {
        const QJsonObject entry = QJsonDocument::fromJson(text.toUtf8()).object();
        QStringList fields;
        for (const char* key : {"table", "record", "site", "store"})
            fields << entry.value(QLatin1String(key)).toVariant().toString();
        followed << fields.join(u' ');
    }
    QCOMPARE(followed.join(u';'), u"prescription_repeat late 2 D3"_s);
    // Site 2 is not the home site any more: a repeat it makes now is refused there.
    const Result<WriteResult> now = site2->writer().put(u"prescription_repeat"_s, {{u"id"_s, u"too-late"_s},
                                                                                   {u"patient_id"_s, u"pat"_s},
                                                                                   {u"home_store_id"_s, u"D2"_s},
                                                                                   {u"item_id"_s, u"amox"_s}});
    QVERIFY(!now.ok());
}

// covers PT-1, PT-2, DT-8, ACC-2
void TstPatients::onlyTheFormerHomeSiteRehomesARecord()
{
    // The central re-homes a record that follows its patient only for the site the patient's home
    // moved away from, and only while that site has not had the move: a push naming its own store
    // as the home of another site's patient is not turned into a record of that patient.
    std::unique_ptr<SiteSession> site2 = initialise(2);
    QVERIFY(site2);
    std::unique_ptr<SiteSession> site3 = initialise(3);
    QVERIFY(site3);
    // "other" was always a patient of D3; its record was changed lately, after site 2's last pull.
    put(*site3, u"name"_s,
        {{u"id"_s, u"other"_s}, {u"name"_s, u"Ada"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D3"_s}});
    put(*site3, u"prescription_repeat"_s, repeat(u"theirs"_s, u"other"_s, u"D3"_s, 30, 3));
    sync(*site3);
    put(*site3, u"name"_s, {{u"id"_s, u"other"_s}, {u"name"_s, u"Ada L."_s}});
    sync(*site3);
    const auto pushedBySite2 = [&](const QJsonObject& record) {
        Integrator integrator(m_central->writer());
        {
            Transaction tx(m_central->database());
            QVERIFY(
                integrator
                    .receive(
                        2,
                        {WireRecord{
                            0, u"prescription_repeat"_s, record.value(u"id"_s).toString(), false, record, {}, false}})
                    .ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(integrator.integrate().ok());
    };
    // A new repeat of "other" naming D2, and site 2's version of site 3's repeat of "other".
    pushedBySite2(repeat(u"forged"_s, u"other"_s, u"D2"_s, 99, 9));
    pushedBySite2(repeat(u"theirs"_s, u"other"_s, u"D2"_s, 99, 9));
    QVERIFY(m_central->writer().fetch(u"prescription_repeat"_s, u"forged"_s)->isEmpty());
    QCOMPARE(m_central->writer().fetch(u"prescription_repeat"_s, u"theirs"_s)->value(u"quantity"_s).toDouble(), 30.0);

    // "pat" moved from D2 to D3 before site 2 pulled: site 2 may re-home its own late repeat of
    // "pat", but not rewrite a repeat of another patient under the same id.
    put(*site2, u"name"_s,
        {{u"id"_s, u"pat"_s}, {u"name"_s, u"Grace"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D2"_s}});
    sync(*site2);
    put(*m_central, u"name_store_join"_s, {{u"name_id"_s, u"pat"_s}, {u"store_id"_s, u"D3"_s}});
    sync(*site3);
    put(*site3, u"invoice"_s, prescription(u"rx"_s, u"D3"_s, u"pat"_s, u"new"_s));
    put(*site3, u"invoice"_s, {{u"id"_s, u"rx"_s}, {u"status"_s, u"finalised"_s}});
    sync(*site3);
    QCOMPARE(homeOf(*m_central, u"name"_s, u"pat"_s), u"D3"_s);
    pushedBySite2(repeat(u"theirs"_s, u"pat"_s, u"D2"_s, 99, 9));
    QCOMPARE(m_central->writer().fetch(u"prescription_repeat"_s, u"theirs"_s)->value(u"patient_id"_s).toString(),
             u"other"_s);
    pushedBySite2(repeat(u"own-late"_s, u"pat"_s, u"D2"_s, 5, 1));
    QCOMPARE(homeOf(*m_central, u"prescription_repeat"_s, u"own-late"_s), u"D3"_s);
    // A record the patient's new home holds is not overwritten by a change the former home made
    // before it learnt of the move: that change is refused, with its reason.
    pushedBySite2(repeat(u"own-late"_s, u"pat"_s, u"D2"_s, 50, 5));
    QCOMPARE(m_central->writer().fetch(u"prescription_repeat"_s, u"own-late"_s)->value(u"quantity"_s).toDouble(), 5.0);
    QCOMPARE(m_central->database()
                 .scalar(u"SELECT count(*) FROM sync_problem WHERE record_id = 'own-late' AND kind = 'refused'"_s)
                 ->toInt(),
             1);
    // Once site 2 has had the move, a record naming the old home is judged by the ordinary rules,
    // even when its cursors are set back (by a restarted pull, or by what the site sends).
    sync(*site2);
    QCOMPARE(
        test::rawSql(m_central->database().path(),
                     {u"UPDATE site_cursor SET pulled_seq = 0, queue_seq = 0, served_seq = 0 WHERE site_id = 2"_s}),
        QString());
    pushedBySite2(repeat(u"after-move"_s, u"pat"_s, u"D2"_s, 5, 1));
    QVERIFY(m_central->writer().fetch(u"prescription_repeat"_s, u"after-move"_s)->isEmpty());
}

// covers PT-4, DT-5, DT-8, DT-9, RT-5
void TstPatients::prescribersGoWhereTheyHavePrescribed()
{
    // A second dispensary on site 2, D2B, of which site 3 holds a collector copy.
    QVERIFY(m_central->stores().add(u"D2B"_s, u"D2B"_s, u"Store D2B"_s, true).ok());
    SyncSettingsChange move;
    move.activeSiteId = 2;
    QVERIFY(m_central->syncSettings().apply(u"D2B"_s, move).ok());
    put(*m_central, u"name_store_join"_s,
        {{u"name_id"_s, m_central->stores().find(u"D2B"_s)->nameId}, {u"store_id"_s, u"D3"_s}});
    SyncSettingsChange collect;
    collect.with.insert(3, SyncWith::ActiveCollector);
    QVERIFY(m_central->syncSettings().apply(u"D2B"_s, collect).ok());

    std::unique_ptr<SiteSession> site2 = initialise(2);
    std::unique_ptr<SiteSession> site3 = initialise(3);
    QVERIFY(site2 && site3);
    // A prescriber's home is a dispensary store active on the site that makes it.
    const Result<WriteResult> plain = site3->writer().put(
        u"prescriber"_s, {{u"id"_s, u"dr-s3"_s}, {u"name"_s, u"Dr S"_s}, {u"home_store_id"_s, u"S3"_s}});
    QVERIFY(!plain.ok());
    QCOMPARE(plain.error().kind, ErrorKind::Invalid);
    put(*site2, u"prescriber"_s, {{u"id"_s, u"dr"_s}, {u"name"_s, u"Dr Who"_s}, {u"home_store_id"_s, u"D2"_s}});
    sync(*site2);
    // PT-4: synced to the primary; not to site 3, where the prescriber has not prescribed.
    QCOMPARE(m_central->writer().fetch(u"prescriber"_s, u"dr"_s)->value(QLatin1String("name")).toString(), u"Dr Who"_s);
    sync(*site3);
    QVERIFY(site3->writer().fetch(u"prescriber"_s, u"dr"_s)->isEmpty());

    // The prescriber prescribes in D2B; site 3, holding D2B, gets the prescription and, queued
    // for it, the prescriber the prescription names.
    put(*site2, u"name"_s,
        {{u"id"_s, u"pat"_s}, {u"name"_s, u"Grace"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D2B"_s}});
    QJsonObject rx = prescription(u"rx"_s, u"D2B"_s, u"pat"_s, u"finalised"_s);
    rx.insert(u"prescriber_id"_s, u"dr"_s);
    put(*site2, u"invoice"_s, rx);
    sync(*site2);
    sync(*site3);
    QCOMPARE(site3->writer().fetch(u"invoice"_s, u"rx"_s)->value(QLatin1String("prescriber_id")).toString(), u"dr"_s);
    QCOMPARE(homeOf(*site3, u"prescriber"_s, u"dr"_s), u"D2"_s);

    // Site 3 shares the prescriber but does not own it.
    const Result<WriteResult> notHome =
        site3->writer().put(u"prescriber"_s, {{u"id"_s, u"dr"_s}, {u"name"_s, u"Dr Whom"_s}});
    QVERIFY(!notHome.ok());
    QCOMPARE(notHome.error().kind, ErrorKind::Refused);
    QVERIFY2(notHome.error().message.contains(u"home store 'D2'"_s), qPrintable(notHome.error().message));
    // The home site's later changes reach it.
    put(*site2, u"prescriber"_s, {{u"id"_s, u"dr"_s}, {u"name"_s, u"Dr Who II"_s}});
    sync(*site2);
    sync(*site3);
    QCOMPARE(site3->writer().fetch(u"prescriber"_s, u"dr"_s)->value(QLatin1String("name")).toString(), u"Dr Who II"_s);

    // DT-9: a duplicate of the prescriber, at home in D2B, prescribes there too; the home site
    // merges it into the first, and every site ends with the prescriptions naming the kept one.
    put(*site2, u"prescriber"_s, {{u"id"_s, u"dr-dup"_s}, {u"name"_s, u"Dr Who"_s}, {u"home_store_id"_s, u"D2B"_s}});
    QJsonObject rx2 = prescription(u"rx2"_s, u"D2B"_s, u"pat"_s, u"new"_s);
    rx2.insert(u"prescriber_id"_s, u"dr-dup"_s);
    put(*site2, u"invoice"_s, rx2);
    sync(*site2);
    sync(*site3);
    QCOMPARE(homeOf(*site3, u"prescriber"_s, u"dr-dup"_s), u"D2B"_s);
    RecordWriter& writer = site2->writer();
    put(*site2, u"record_merge"_s,
        recordmerge::makeMerge(
            u"prescriber"_s, u"dr"_s, u"dr-dup"_s,
            [&writer](const QString& table, const QString& id) { return *writer.fetch(table, id); },
            writer.database().now()));
    sync(*site2);
    sync(*site3);
    for (SiteSession* site : {m_central.get(), site2.get(), site3.get()}) {
        QVERIFY(site->writer().fetch(u"prescriber"_s, u"dr-dup"_s)->isEmpty());
        QCOMPARE(site->writer().fetch(u"invoice"_s, u"rx2"_s)->value(QLatin1String("prescriber_id")).toString(),
                 u"dr"_s);
    }
    QCOMPARE(m_central->database().scalar(u"SELECT count(*) FROM sync_problem"_s)->toInt(), 0);
}

// covers PT-3, DT-5, RT-5
void TstPatients::newPatientsAreVisibleInTheHomeSitesDispensaries()
{
    // Besides D2 on site 2: dispensaries D2B and D2C (which takes no new patients of other
    // stores), and a plain store S2.
    for (const auto& [store, dispensary] :
         {std::pair{u"D2B"_s, true}, std::pair{u"D2C"_s, true}, std::pair{u"S2"_s, false}}) {
        QVERIFY(m_central->stores().add(store, store, u"Store "_s + store, dispensary).ok());
        SyncSettingsChange move;
        move.activeSiteId = 2;
        QVERIFY(m_central->syncSettings().apply(store, move).ok());
    }
    put(*m_central, u"store_preference"_s,
        {{u"store_id"_s, u"D2C"_s}, {u"key"_s, u"new_patients_visible"_s}, {u"value"_s, u"off"_s}});
    std::unique_ptr<SiteSession> site2 = initialise(2);
    std::unique_ptr<SiteSession> site3 = initialise(3);
    QVERIFY(site2 && site3);

    put(*site2, u"name"_s,
        {{u"id"_s, u"pat"_s}, {u"name"_s, u"Grace"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D2"_s}});
    const auto visibleIn = [](SiteSession& site) {
        QStringList stores;
        test::rawSql(site.database().path(),
                     {u"SELECT store_id FROM name_store_join WHERE name_id = 'pat' ORDER BY store_id"_s}, &stores);
        return stores;
    };
    QCOMPARE(visibleIn(*site2), (QStringList{u"D2"_s, u"D2B"_s}));
    // The new visibility records go to the central with the patient.
    sync(*site2);
    QCOMPARE(visibleIn(*m_central), (QStringList{u"D2"_s, u"D2B"_s}));
    QVERIFY(site3->writer().fetch(u"name"_s, u"pat"_s)->isEmpty());

    // From then on the primary decides: site 3 may not show the patient in D3, the primary may,
    // and site 3 then gets the patient.
    const Result<WriteResult> bySite3 =
        site3->writer().put(u"name_store_join"_s, {{u"name_id"_s, u"pat"_s}, {u"store_id"_s, u"D3"_s}});
    QVERIFY(!bySite3.ok());
    QCOMPARE(bySite3.error().kind, ErrorKind::Refused);
    put(*m_central, u"name_store_join"_s, {{u"name_id"_s, u"pat"_s}, {u"store_id"_s, u"D3"_s}});
    sync(*site3);
    QCOMPARE(site3->writer().fetch(u"name"_s, u"pat"_s)->value(QLatin1String("name")).toString(), u"Grace"_s);
    QCOMPARE(visibleIn(*site3), (QStringList{u"D3"_s}));
    QCOMPARE(m_central->database().scalar(u"SELECT count(*) FROM sync_problem"_s)->toInt(), 0);
}

QTEST_GUILESS_MAIN(TstPatients)
#include "tst_patients.moc"
