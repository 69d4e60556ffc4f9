// Merges (DT-9) across a central server and two remote sites, with a real server on 127.0.0.1:
// items are merged on the primary, patients on their home site, locations where their store is
// active. A merge reaches each site before or after the records that name the merged-away record,
// and every site ends with the same references and nothing that refers to a record it lacks.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "sync/integrator.h"
#include "testsupport.h"
#include "write/extracolumns.h"
#include "write/recordmerge.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"merges-site-password"_s;

QJsonObject stockLine(const QString& id, const QString& store, const QString& item)
{
    return {{u"id"_s, id}, {u"store_id"_s, store}, {u"item_id"_s, item}, {u"quantity"_s, 10}};
}

QString field(SiteSession& site, const QString& table, const QString& id, const char* column)
{
    return site.writer().fetch(table, id)->value(QLatin1String(column)).toString();
}

// The rows a query returns, one text per row.
QStringList rows(SiteSession& site, const QString& sql)
{
    QStringList result;
    const QString failed = test::rawSql(site.database().path(), {sql}, &result);
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed));
    return result;
}

// Hands `records` to a site as if received from `source`, then integrates them.
IntegrationReport deliver(SiteSession& site, int source, const QList<WireRecord>& records)
{
    Integrator integrator(site.writer());
    Transaction tx(site.database());
    const Result<int> received = integrator.receive(source, records);
    IntegrationReport failed;
    failed.applied = -1;
    if (!received || !tx.commit()) {
        qWarning("the records were not received");
        return failed;
    }
    const Result<IntegrationReport> integrated = integrator.integrate();
    if (!integrated) {
        qWarning("%s", qPrintable(integrated.error().message));
        return failed;
    }
    IntegrationReport report = *integrated;
    report.applied += *received;  // what the bulk path applied as it received
    return report;
}

}  // namespace

class TstMerges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void itemMergeReachesEverySiteBeforeAndAfterItsReferences();
    void patientMergeOnTheHomeSite();
    void locationMergeInItsStore();
    void mergesAreRefusedWhereTheyDoNotBelong();
    void mergedAwayRecordsKeepNoColumns();

private:
    void put(SiteSession& site, const QString& table, const QJsonObject& record);
    void merge(SiteSession& site, const QString& kind, const QString& kept, const QString& merged);
    Result<WriteResult> tryMerge(SiteSession& site, const QString& kind, const QString& kept, const QString& merged);
    void sync(SiteSession& site);
    void initialiseSites();
    void expectSameRows(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiteSession> m_central;
    std::unique_ptr<SiteSession> m_site2;
    std::unique_ptr<SiteSession> m_site3;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
};

void TstMerges::put(SiteSession& site, const QString& table, const QJsonObject& record)
{
    const Result<WriteResult> written = site.writer().put(table, record);
    QVERIFY2(written.ok(), written ? "" : qPrintable(table + u": "_s + written.error().message));
}

Result<WriteResult> TstMerges::tryMerge(SiteSession& site, const QString& kind, const QString& kept,
                                        const QString& merged)
{
    RecordWriter& writer = site.writer();
    return writer.put(recordmerge::kTable,
                      recordmerge::makeMerge(
                          kind, kept, merged,
                          [&writer](const QString& table, const QString& id) { return *writer.fetch(table, id); },
                          writer.database().now()));
}

void TstMerges::merge(SiteSession& site, const QString& kind, const QString& kept, const QString& merged)
{
    const Result<WriteResult> written = tryMerge(site, kind, kept, merged);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
}

void TstMerges::sync(SiteSession& site)
{
    RemoteSync remote(site, m_credentials);
    const Result<SyncReport> report = remote.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->integration.quarantined, 0);
    QCOMPARE(report->integration.refused, 0);
    if (report->integration.pending)
        qWarning() << rows(site, u"SELECT table_name || ':' || record_id || ':' || last_error FROM sync_in"_s);
    QCOMPARE(report->integration.pending, 0);
}

void TstMerges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_central = test::newCentral(*m_dir);
    QVERIFY(m_central);
    for (int site : {2, 3})
        QVERIFY(m_central->sites().add(site, u"Clinic %1"_s.arg(site), u"desktop"_s, false, kPassword).ok());
    // Dispensaries D2 and D3 and a plain store S2; site 3 holds a collector copy of S2.
    for (const auto& [store, dispensary, site] :
         {std::tuple{u"D2"_s, true, 2}, std::tuple{u"S2"_s, false, 2}, std::tuple{u"D3"_s, true, 3}}) {
        QVERIFY(m_central->stores().add(store, store, u"Store "_s + store, dispensary).ok());
        SyncSettingsChange move;
        move.activeSiteId = site;
        QVERIFY(m_central->syncSettings().apply(store, move).ok());
    }
    const QString s2Name = m_central->stores().find(u"S2"_s)->nameId;
    put(*m_central, u"name_store_join"_s, {{u"name_id"_s, s2Name}, {u"store_id"_s, u"D3"_s}});
    SyncSettingsChange collect;
    collect.with.insert(3, SyncWith::ActiveCollector);
    QVERIFY(m_central->syncSettings().apply(u"S2"_s, collect).ok());

    put(*m_central, u"unit"_s, {{u"id"_s, u"tab"_s}, {u"code"_s, u"TAB"_s}});
    put(*m_central, u"unit"_s, {{u"id"_s, u"tablet"_s}, {u"code"_s, u"TABLET"_s}});
    for (const auto& [id, unit] : {std::pair{u"amox"_s, u"tab"_s}, std::pair{u"amox-dup"_s, u"tablet"_s}}) {
        put(*m_central, u"item"_s,
            {{u"id"_s, id}, {u"code"_s, id.toUpper()}, {u"name"_s, u"Amoxicillin"_s}, {u"unit_id"_s, unit}});
        // Both visible in S2: after the merge, one visibility record remains.
        put(*m_central, u"item_store_join"_s,
            {{u"id"_s, u"vis-"_s + id}, {u"item_id"_s, id}, {u"store_id"_s, u"S2"_s}});
    }
    put(*m_central, u"barcode"_s, {{u"id"_s, u"bc"_s}, {u"item_id"_s, u"amox-dup"_s}, {u"gtin"_s, u"0123"_s}});
    put(*m_central, u"insurance_provider"_s, {{u"id"_s, u"ins"_s}, {u"name"_s, u"National"_s}});
    QCOMPARE(m_server.start(m_central->database().path()), QString());
}

void TstMerges::initialiseSites()
{
    for (int siteId : {2, 3}) {
        Result<std::unique_ptr<SiteSession>> site = RemoteSync::initialise(
            m_dir->filePath(u"site-%1.db"_s.arg(siteId)), QUrl(m_server.url()), siteId, kPassword, m_credentials);
        QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));
        (siteId == 2 ? m_site2 : m_site3) = std::move(site).value();
    }
}

void TstMerges::cleanup()
{
    m_server.stop();
    m_site2.reset();
    m_site3.reset();
    m_central.reset();
    m_dir.reset();
}

// Every site that holds the records answers the query alike: the same references everywhere.
void TstMerges::expectSameRows(const QString& sql)
{
    const QStringList central = rows(*m_central, sql);
    QVERIFY2(!central.isEmpty(), qPrintable(sql));
    for (SiteSession* site : {m_site2.get(), m_site3.get()})
        QCOMPARE(rows(*site, sql), central);
}

// covers DT-9
void TstMerges::itemMergeReachesEverySiteBeforeAndAfterItsReferences()
{
    initialiseSites();
    QVERIFY(m_site2 && m_site3);
    // Site 2 has synced a stock line of the duplicate, then makes another while the merge is on
    // its way: the first is on the central before the merge, the second after it.
    put(*m_site2, u"stock_line"_s, stockLine(u"early"_s, u"S2"_s, u"amox-dup"_s));
    sync(*m_site2);
    sync(*m_site3);
    QCOMPARE(field(*m_site3, u"stock_line"_s, u"early"_s, "item_id"), u"amox-dup"_s);
    put(*m_site2, u"stock_line"_s, stockLine(u"late"_s, u"S2"_s, u"amox-dup"_s));

    // The primary merges the duplicate item into the kept one, and its unit likewise.
    merge(*m_central, u"item"_s, u"amox"_s, u"amox-dup"_s);
    merge(*m_central, u"unit"_s, u"tab"_s, u"tablet"_s);
    QVERIFY(m_central->writer().fetch(u"item"_s, u"amox-dup"_s)->isEmpty());
    QCOMPARE(field(*m_central, u"stock_line"_s, u"early"_s, "item_id"), u"amox"_s);
    QCOMPARE(field(*m_central, u"barcode"_s, u"bc"_s, "item_id"), u"amox"_s);

    // Site 3 gets the merge after the record naming the duplicate; site 2 pushes its late line
    // (the central reads it as the kept item) and then gets the merge, after both its lines.
    sync(*m_site3);
    sync(*m_site2);
    // Site 3 gets the late line after the merge, already naming the kept item.
    sync(*m_site3);
    for (SiteSession* site : {m_central.get(), m_site2.get(), m_site3.get()}) {
        const QString where = u"site %1"_s.arg(site->site().siteId());
        QVERIFY2(site->writer().fetch(u"item"_s, u"amox-dup"_s)->isEmpty(), qPrintable(where));
        QVERIFY2(site->writer().fetch(u"unit"_s, u"tablet"_s)->isEmpty(), qPrintable(where));
        for (const QString& line : {u"early"_s, u"late"_s})
            QVERIFY2(field(*site, u"stock_line"_s, line, "item_id") == u"amox"_s, qPrintable(where + u" "_s + line));
        QVERIFY2(field(*site, u"item"_s, u"amox"_s, "unit_id") == u"tab"_s, qPrintable(where));
        QVERIFY2(field(*site, u"barcode"_s, u"bc"_s, "item_id") == u"amox"_s, qPrintable(where));
    }
    // One visibility record for the kept item in S2, where each had one, on the sites that have
    // S2's visibility (central store data goes to its active site).
    for (SiteSession* site : {m_central.get(), m_site2.get()})
        QCOMPARE(rows(*site, u"SELECT item_id FROM item_store_join WHERE store_id = 'S2' ORDER BY item_id"_s),
                 QStringList{u"amox"_s});
    expectSameRows(u"SELECT id || ':' || item_id FROM stock_line ORDER BY id"_s);

    // A record that still names the duplicate, received later from the central, is read as naming
    // the kept item; the duplicate itself, received again, stays away.
    const IntegrationReport stale = deliver(
        *m_site3, 1,
        {WireRecord{0, u"stock_line"_s, u"stale"_s, false, stockLine(u"stale"_s, u"S2"_s, u"amox-dup"_s), {}, false},
         WireRecord{0,
                    u"item"_s,
                    u"amox-dup"_s,
                    false,
                    {{u"id"_s, u"amox-dup"_s}, {u"code"_s, u"AMOX-DUP"_s}, {u"name"_s, u"Amoxicillin"_s}},
                    {},
                    false}});
    QCOMPARE(stale.applied, 2);
    QCOMPARE(stale.pending + stale.quarantined + stale.refused, 0);
    QCOMPARE(field(*m_site3, u"stock_line"_s, u"stale"_s, "item_id"), u"amox"_s);
    QVERIFY(m_site3->writer().fetch(u"item"_s, u"amox-dup"_s)->isEmpty());

    // A merge keeping a record that a later merge took away keeps what stands for it now.
    const QJsonObject older{{u"id"_s, u"older-merge"_s},
                            {u"table_name"_s, u"item"_s},
                            {u"kept_id"_s, u"amox-dup"_s},
                            {u"merged_id"_s, u"amox-old"_s}};
    const IntegrationReport chained = deliver(
        *m_site3, 1,
        {WireRecord{0,
                    u"item"_s,
                    u"amox-old"_s,
                    false,
                    {{u"id"_s, u"amox-old"_s}, {u"code"_s, u"AMOX-OLD"_s}, {u"name"_s, u"Amox"_s}},
                    {},
                    false},
         WireRecord{0, u"stock_line"_s, u"old"_s, false, stockLine(u"old"_s, u"S2"_s, u"amox-old"_s), {}, false},
         WireRecord{0, recordmerge::kTable, u"older-merge"_s, false, older, {}, false}});
    QCOMPARE(chained.applied, 3);
    QCOMPARE(chained.pending + chained.quarantined + chained.refused, 0);
    QCOMPARE(field(*m_site3, u"stock_line"_s, u"old"_s, "item_id"), u"amox"_s);
    QVERIFY(m_site3->writer().fetch(u"item"_s, u"amox-old"_s)->isEmpty());
    QCOMPARE(field(*m_site3, recordmerge::kTable, u"older-merge"_s, "kept_id"), u"amox"_s);
    // Received again (a resend), the merge has been carried out already.
    const IntegrationReport twice =
        deliver(*m_site3, 1, {WireRecord{0, recordmerge::kTable, u"older-merge"_s, false, older, {}, false}});
    QCOMPARE(twice.applied, 1);
    QCOMPARE(twice.pending + twice.quarantined + twice.refused, 0);

    // Made here, a record of a merged-away id is refused with what it became.
    const Result<WriteResult> revived = m_central->writer().put(
        u"item"_s, {{u"id"_s, u"amox-dup"_s}, {u"code"_s, u"AMOX-DUP"_s}, {u"name"_s, u"Amoxicillin"_s}});
    QVERIFY(!revived.ok());
    QVERIFY2(revived.error().message.contains(u"merged into 'amox'"_s), qPrintable(revived.error().message));
}

// covers DT-9, PT-1, PT-3, RT-5
void TstMerges::patientMergeOnTheHomeSite()
{
    initialiseSites();
    QVERIFY(m_site2 && m_site3);
    // Two records of the same patient at D2 (each visible there as it is made, PT-3), one with a
    // policy and a prescription.
    for (const QString& id : {u"grace"_s, u"grace-dup"_s}) {
        put(*m_site2, u"name"_s,
            {{u"id"_s, id}, {u"name"_s, u"Grace"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D2"_s}});
    }
    put(*m_site2, u"insurance_policy"_s,
        {{u"id"_s, u"pol"_s},
         {u"patient_id"_s, u"grace-dup"_s},
         {u"home_store_id"_s, u"D2"_s},
         {u"provider_id"_s, u"ins"_s},
         {u"policy_number"_s, u"N-1"_s}});
    put(*m_site2, u"invoice"_s,
        {{u"id"_s, u"rx"_s}, {u"store_id"_s, u"D2"_s}, {u"name_id"_s, u"grace-dup"_s}, {u"type"_s, u"prescription"_s}});
    sync(*m_site2);
    sync(*m_site3);
    QVERIFY(m_site3->writer().fetch(u"name"_s, u"grace-dup"_s)->isEmpty());

    // PT-3: the primary makes the duplicate visible in D3; site 3, already past it in the log,
    // has it queued with its policy.
    put(*m_central, u"name_store_join"_s, {{u"name_id"_s, u"grace-dup"_s}, {u"store_id"_s, u"D3"_s}});
    sync(*m_site3);
    QCOMPARE(field(*m_site3, u"insurance_policy"_s, u"pol"_s, "patient_id"), u"grace-dup"_s);
    QVERIFY(m_site3->writer().fetch(u"name"_s, u"grace"_s)->isEmpty());

    // Patients are merged on their home site only.
    put(*m_site3, u"name"_s,
        {{u"id"_s, u"other"_s}, {u"name"_s, u"Other"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D3"_s}});
    const Result<WriteResult> notHome = tryMerge(*m_site3, u"patient"_s, u"other"_s, u"grace-dup"_s);
    QVERIFY(!notHome.ok());
    QCOMPARE(notHome.error().kind, ErrorKind::Refused);
    const Result<WriteResult> onCentral = tryMerge(*m_central, u"patient"_s, u"grace"_s, u"grace-dup"_s);
    QVERIFY(!onCentral.ok());
    QCOMPARE(onCentral.error().kind, ErrorKind::Refused);

    merge(*m_site2, u"patient"_s, u"grace"_s, u"grace-dup"_s);
    QCOMPARE(field(*m_site2, u"insurance_policy"_s, u"pol"_s, "patient_id"), u"grace"_s);
    sync(*m_site2);
    // Site 3 saw only the duplicate: it gets the kept patient with the merge.
    sync(*m_site3);
    for (SiteSession* site : {m_central.get(), m_site2.get(), m_site3.get()}) {
        const QString where = u"site %1"_s.arg(site->site().siteId());
        QVERIFY2(site->writer().fetch(u"name"_s, u"grace-dup"_s)->isEmpty(), qPrintable(where));
        QVERIFY2(field(*site, u"insurance_policy"_s, u"pol"_s, "patient_id") == u"grace"_s, qPrintable(where));
        QVERIFY2(rows(*site, u"SELECT count(*) FROM name_store_join WHERE name_id = 'grace-dup'"_s) ==
                     QStringList{u"0"_s},
                 qPrintable(where));
    }
    for (SiteSession* site : {m_central.get(), m_site2.get()})
        QCOMPARE(field(*site, u"invoice"_s, u"rx"_s, "name_id"), u"grace"_s);
    // The kept patient is now visible in D3 as the duplicate was, and site 3 has it.
    QCOMPARE(rows(*m_central, u"SELECT store_id FROM name_store_join WHERE name_id = 'grace' ORDER BY store_id"_s),
             (QStringList{u"D2"_s, u"D3"_s}));
    QCOMPARE(field(*m_site3, u"name"_s, u"grace"_s, "home_store_id"), u"D2"_s);
    expectSameRows(u"SELECT id || ':' || patient_id || ':' || home_store_id FROM insurance_policy"_s);

    // Later changes of the kept patient reach site 3 as for any patient it sees.
    put(*m_site2, u"name"_s, {{u"id"_s, u"grace"_s}, {u"name"_s, u"Grace Hopper"_s}});
    sync(*m_site2);
    sync(*m_site3);
    QCOMPARE(field(*m_site3, u"name"_s, u"grace"_s, "name"), u"Grace Hopper"_s);
}

// covers DT-9, DT-4, DT-8
void TstMerges::locationMergeInItsStore()
{
    initialiseSites();
    QVERIFY(m_site2 && m_site3);
    put(*m_site2, u"location"_s, {{u"id"_s, u"shelf"_s}, {u"store_id"_s, u"S2"_s}, {u"code"_s, u"SHELF"_s}});
    put(*m_site2, u"location"_s, {{u"id"_s, u"shelf-2"_s}, {u"store_id"_s, u"S2"_s}, {u"code"_s, u"SHELF 2"_s}});
    QJsonObject line = stockLine(u"on-shelf-2"_s, u"S2"_s, u"amox"_s);
    line.insert(u"location_id"_s, u"shelf-2"_s);
    put(*m_site2, u"stock_line"_s, line);
    sync(*m_site2);
    sync(*m_site3);
    QCOMPARE(field(*m_site3, u"stock_line"_s, u"on-shelf-2"_s, "location_id"), u"shelf-2"_s);

    // Only where S2 is active.
    for (SiteSession* site : {m_central.get(), m_site3.get()}) {
        const Result<WriteResult> refused = tryMerge(*site, u"location"_s, u"shelf"_s, u"shelf-2"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY2(refused.error().message.contains(u"site 2"_s), qPrintable(refused.error().message));
    }
    // Pushed by a site that does not own them, the central refuses it and keeps syncing.
    QJsonObject forged{{u"id"_s, u"forged"_s},     {u"table_name"_s, u"location"_s},
                       {u"kept_id"_s, u"shelf"_s}, {u"merged_id"_s, u"shelf-2"_s},
                       {u"store_id"_s, u"S2"_s},   {u"merged_store_id"_s, u"S2"_s}};
    const IntegrationReport judged =
        deliver(*m_central, 3, {WireRecord{0, recordmerge::kTable, u"forged"_s, false, forged, {}, false}});
    QCOMPARE(judged.refused, 1);
    QVERIFY(!m_central->writer().fetch(u"location"_s, u"shelf-2"_s)->isEmpty());
    QVERIFY(m_central->writer().fetch(recordmerge::kTable, u"forged"_s)->isEmpty());

    merge(*m_site2, u"location"_s, u"shelf"_s, u"shelf-2"_s);
    sync(*m_site2);
    sync(*m_site3);
    for (SiteSession* site : {m_central.get(), m_site2.get(), m_site3.get()}) {
        const QString where = u"site %1"_s.arg(site->site().siteId());
        QVERIFY2(site->writer().fetch(u"location"_s, u"shelf-2"_s)->isEmpty(), qPrintable(where));
        QVERIFY2(field(*site, u"stock_line"_s, u"on-shelf-2"_s, "location_id") == u"shelf"_s, qPrintable(where));
    }
    expectSameRows(u"SELECT id || ':' || COALESCE(location_id, '') FROM stock_line ORDER BY id"_s);
}

// covers DT-9, DT-2, DT-8
void TstMerges::mergesAreRefusedWhereTheyDoNotBelong()
{
    initialiseSites();
    QVERIFY(m_site2 && m_site3);
    put(*m_site2, u"location"_s, {{u"id"_s, u"d2-shelf"_s}, {u"store_id"_s, u"D2"_s}, {u"code"_s, u"SHELF"_s}});
    put(*m_site2, u"location"_s, {{u"id"_s, u"s2-shelf"_s}, {u"store_id"_s, u"S2"_s}, {u"code"_s, u"SHELF"_s}});
    put(*m_central, u"name"_s, {{u"id"_s, u"clinic"_s}, {u"name"_s, u"Clinic"_s}, {u"type"_s, u"customer"_s}});
    put(*m_site2, u"name"_s,
        {{u"id"_s, u"pat"_s}, {u"name"_s, u"Pat"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"D2"_s}});
    const QString d2Name = m_central->stores().find(u"D2"_s)->nameId;
    const QString s2Name = m_central->stores().find(u"S2"_s)->nameId;
    const QByteArray before = test::contentDigest(m_site2->database().path());

    // Items, units and names are the primary's.
    const Result<WriteResult> item = tryMerge(*m_site2, u"item"_s, u"amox"_s, u"amox-dup"_s);
    QVERIFY(!item.ok());
    QCOMPARE(item.error().kind, ErrorKind::Refused);
    QVERIFY2(item.error().message.contains(u"primary"_s), qPrintable(item.error().message));
    // What a merge cannot be.
    const struct {
        SiteSession* site;
        QString kind;
        QString kept;
        QString merged;
    } invalid[] = {
        {m_site2.get(), u"location"_s, u"d2-shelf"_s, u"s2-shelf"_s},  // across stores
        {m_site2.get(), u"name"_s, u"pat"_s, u"clinic"_s},             // a patient as a name
        {m_central.get(), u"name"_s, d2Name, s2Name},                  // the names of stores
        {m_central.get(), u"name"_s, u"clinic"_s, u"clinic"_s},        // a record into itself
        {m_central.get(), u"store"_s, u"D2"_s, u"S2"_s},               // not a kind of merge
        {m_central.get(), u"item"_s, u"amox"_s, u"no-such-item"_s},    // nothing to merge away
    };
    for (const auto& attempt : invalid) {
        const Result<WriteResult> refused = tryMerge(*attempt.site, attempt.kind, attempt.kept, attempt.merged);
        QVERIFY2(!refused.ok(), qPrintable(attempt.kind + u" "_s + attempt.merged));
        QVERIFY2(refused.error().kind == ErrorKind::Invalid, qPrintable(refused.error().message));
    }
    QCOMPARE(test::contentDigest(m_site2->database().path()), before);

    // A merge is neither changed nor undone.
    merge(*m_central, u"item"_s, u"amox"_s, u"amox-dup"_s);
    const QString mergeId = rows(*m_central, u"SELECT id FROM record_merge"_s).value(0);
    const Result<WriteResult> changed =
        m_central->writer().put(recordmerge::kTable, {{u"id"_s, mergeId}, {u"merged_at"_s, u"2020-01-01"_s}});
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().message.contains(u"not changed"_s), qPrintable(changed.error().message));
    QVERIFY(!m_central->writer().remove(recordmerge::kTable, mergeId).ok());
    QCOMPARE(field(*m_central, recordmerge::kTable, mergeId, "kept_id"), u"amox"_s);

    // The command line merges as the technician names it.
    const test::CliResult cli =
        test::runCli({u"record"_s, u"merge"_s, u"unit"_s, u"tab"_s, u"tablet"_s}, m_central->database().path());
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QVERIFY(m_central->writer().fetch(u"unit"_s, u"tablet"_s)->isEmpty());
    const test::CliResult wrong = test::runCli({u"record"_s, u"merge"_s, u"location"_s, u"d2-shelf"_s, u"s2-shelf"_s},
                                               m_site2->database().path());
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("within one store"), wrong.err.constData());
}

// The columns the central kept for a merged-away record, and for a reference the merge removed as
// a duplicate, go with them (OPS-3): nothing is kept for a record that is gone.
// covers DT-9, OPS-3
void TstMerges::mergedAwayRecordsKeepNoColumns()
{
    ExtraColumns extra(m_central->database());
    for (const auto& [table, id] : {std::pair{u"item"_s, u"amox"_s}, std::pair{u"item"_s, u"amox-dup"_s},
                                    std::pair{u"item_store_join"_s, u"vis-amox-dup"_s}})
        QVERIFY(extra.keep(table, id, {{u"colour"_s, u"red"_s}}).ok());
    merge(*m_central, u"item"_s, u"amox"_s, u"amox-dup"_s);
    QVERIFY(m_central->writer().fetch(u"item"_s, u"amox-dup"_s)->isEmpty());
    QVERIFY(m_central->writer().fetch(u"item_store_join"_s, u"vis-amox-dup"_s)->isEmpty());
    QCOMPARE(rows(*m_central, u"SELECT table_name || '/' || record_id FROM record_extra_columns"_s),
             QStringList{u"item/amox"_s});
}

QTEST_GUILESS_MAIN(TstMerges)
#include "tst_merges.moc"
