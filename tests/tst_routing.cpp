// What the central would send each site, counted from the one change log (RT-1 to RT-4).
#include "sync/routing.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

QJsonObject fields(std::initializer_list<std::pair<const char*, QJsonValue>> list)
{
    QJsonObject object;
    for (const auto& [key, value] : list)
        object.insert(QString::fromLatin1(key), value);
    return object;
}

}  // namespace

class TstRouting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup() { m_session.reset(); }

    void centralDataGoesEverywhere();
    void dispensaryDataOnlyWhereADispensaryIsActive();
    void storeDataGoesToCollectorsOnly();
    void transfersReachTransferCopies();
    void storeRecordReachesEveryCopy();
    void sitesDoNotGetTheirOwnChangesBack();
    void cursorAndResendQueue();
    void newCollectorGetsExactlyWhatItLacks();

private:
    int queuedFor(int site);
    void put(const char* table, const QJsonObject& record);

    QTemporaryDir m_dir;
    std::unique_ptr<SiteSession> m_session;
    QMap<int, int> m_baseline;
};

// Central 1; remote 2 runs dispensary store D; remote 3 runs store C; store A is active on the
// central with a collector copy on site 2 and a transfer copy on site 3.
void TstRouting::init()
{
    test::removeCentral(m_dir);
    m_session = test::newCentral(m_dir);
    QVERIFY(m_session);
    SiteRegistry& sites = m_session->sites();
    StoreRegistry& stores = m_session->stores();
    QVERIFY(
        sites.add(2, QStringLiteral("Remote 2"), QStringLiteral("desktop"), false, QStringLiteral("password-2")).ok());
    QVERIFY(
        sites.add(3, QStringLiteral("Remote 3"), QStringLiteral("desktop"), false, QStringLiteral("password-3")).ok());
    QVERIFY(stores.add(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Store A"), false).ok());
    QVERIFY(stores.add(QStringLiteral("C"), QStringLiteral("C"), QStringLiteral("Store C"), false).ok());
    QVERIFY(stores.add(QStringLiteral("D"), QStringLiteral("D"), QStringLiteral("Store D"), true).ok());
    SyncSettingsChange toTwo;
    toTwo.activeSiteId = 2;
    QVERIFY(m_session->syncSettings().apply(QStringLiteral("D"), toTwo).ok());
    SyncSettingsChange toThree;
    toThree.activeSiteId = 3;
    QVERIFY(m_session->syncSettings().apply(QStringLiteral("C"), toThree).ok());
    // A is visible to D (site 2) and C (site 3): transfer copies there; then a collector on 2.
    for (const char* viewer : {"D", "C"})
        put("name_store_join",
            fields({{"name_id", stores.find(QStringLiteral("A"))->nameId}, {"store_id", QString::fromLatin1(viewer)}}));
    SyncSettingsChange collector;
    collector.with.insert(2, SyncWith::ActiveCollector);
    QVERIFY(m_session->syncSettings().apply(QStringLiteral("A"), collector).ok());
    put("item", fields({{"id", "i1"}, {"code", "AMOX"}, {"name", "Amoxicillin"}}));
    put("name", fields({{"id", "cust"}, {"name", "Clinic"}, {"type", "customer"}}));
    m_baseline = *Routing::queuedBySite(m_session->database());
}

void TstRouting::put(const char* table, const QJsonObject& record)
{
    const Result<WriteResult> written = m_session->writer().put(QString::fromLatin1(table), record);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
}

int TstRouting::queuedFor(int site)
{
    const Result<QMap<int, int>> queued = Routing::queuedBySite(m_session->database());
    return queued ? queued->value(site) - m_baseline.value(site) : -1000;
}

// covers RT-1, DT-2
void TstRouting::centralDataGoesEverywhere()
{
    put("item", fields({{"id", "i2"}, {"code", "PARA"}, {"name", "Paracetamol"}}));
    QCOMPARE(queuedFor(2), 1);
    QCOMPARE(queuedFor(3), 1);
    const Result<QMap<int, int>> queued = Routing::queuedBySite(m_session->database());
    QVERIFY(!queued->contains(1));  // the central does not pull from itself
}

// covers RT-1
void TstRouting::dispensaryDataOnlyWhereADispensaryIsActive()
{
    put("abbreviation", fields({{"id", "ab1"}, {"code", "tds"}, {"expansion", "three times a day"}}));
    QCOMPARE(queuedFor(2), 1);  // D, a dispensary, is active on site 2
    QCOMPARE(queuedFor(3), 0);
}

// covers RT-2, DT-4
void TstRouting::storeDataGoesToCollectorsOnly()
{
    put("stock_line", fields({{"id", "s1"}, {"store_id", "A"}, {"item_id", "i1"}, {"quantity", 10}}));
    QCOMPARE(queuedFor(2), 1);  // collector copy of A
    QCOMPARE(queuedFor(3), 0);  // transfer copy: no stock lines
}

// covers RT-2
void TstRouting::transfersReachTransferCopies()
{
    const QString cName = m_session->stores().find(QStringLiteral("C"))->nameId;
    put("invoice", fields({{"id", "inv1"}, {"store_id", "A"}, {"name_id", cName}, {"type", "customer_invoice"}}));
    put("invoice", fields({{"id", "inv2"}, {"store_id", "A"}, {"name_id", "cust"}, {"type", "customer_invoice"}}));
    QCOMPARE(queuedFor(2), 2);  // the collector gets both
    QCOMPARE(queuedFor(3), 1);  // the transfer copy gets only the transfer to store C
    // A transfer to store D (active on site 2) is none of site 3's business, although it holds a
    // transfer copy of A.
    const QString dName = m_session->stores().find(QStringLiteral("D"))->nameId;
    put("invoice", fields({{"id", "inv3"}, {"store_id", "A"}, {"name_id", dName}, {"type", "customer_invoice"}}));
    QCOMPARE(queuedFor(2), 3);
    QCOMPARE(queuedFor(3), 1);
}

// covers ST-6, DT-3
void TstRouting::storeRecordReachesEveryCopy()
{
    // Both sites have pulled everything so far.
    QSqlQuery query(m_session->database().sql());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO site_cursor (site_id, pulled_seq, served_seq)"
                                  " SELECT s.id, m.seq, m.seq FROM site s, (SELECT max(seq) AS seq FROM change_log) m"
                                  " WHERE s.is_central = 0")));
    m_baseline.clear();
    // The store record of A reaches its collector (2) and its transfer copy (3) ...
    put("store_preference", fields({{"store_id", "A"}, {"key", "label"}, {"value", "north"}}));
    QCOMPARE(queuedFor(2), 0);  // ... but its preferences only the active site, the central itself
    QCOMPARE(queuedFor(3), 0);
    const Status renamed = m_session->writer().inOneTransaction([&]() -> Status {
        const Result<WriteResult> w = m_session->writer().put(
            QStringLiteral("store"),
            {{QStringLiteral("id"), QStringLiteral("A")}, {QStringLiteral("name"), QStringLiteral("Store A (north)")}},
            WriteOptions::managedTables());
        return w ? Status() : Status(w.error());
    });
    QVERIFY(renamed.ok());
    QCOMPARE(queuedFor(2), 1);
    QCOMPARE(queuedFor(3), 1);
    // A store preference of D, active on site 2, goes to site 2 only.
    put("store_preference", fields({{"store_id", "D"}, {"key", "label"}, {"value", "ward"}}));
    QCOMPARE(queuedFor(2), 2);
    QCOMPARE(queuedFor(3), 1);
}

// covers RT-4
void TstRouting::sitesDoNotGetTheirOwnChangesBack()
{
    put("item", fields({{"id", "i3"}, {"code", "ORS"}, {"name", "ORS"}}));
    // Mark the entry as pushed by site 2, as the central will when it applies a push.
    QSqlQuery query(m_session->database().sql());
    m_session->database().setWriteOpen(true);  // change_log is guarded like the data
    QVERIFY(query.exec(QStringLiteral("UPDATE change_log SET origin_site = 2 WHERE record_id = 'i3'")));
    m_session->database().setWriteOpen(false);
    QCOMPARE(queuedFor(2), 0);
    QCOMPARE(queuedFor(3), 1);
}

// covers RT-4, RT-5
void TstRouting::cursorAndResendQueue()
{
    QSqlQuery query(m_session->database().sql());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO site_cursor (site_id, pulled_seq) SELECT 3, max(seq) FROM change_log")));
    QCOMPARE(queuedFor(3), -m_baseline.value(3));  // nothing left for site 3
    put("item", fields({{"id", "i4"}, {"code", "ZINC"}, {"name", "Zinc"}}));
    QCOMPARE(queuedFor(3), 1 - m_baseline.value(3));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO site_queue (site_id, table_name, record_id, reason, queued_at)"
        " VALUES (3, 'item', 'i1', 'resend', '2026-01-01'), (3, 'item', 'i4', 'resend', '2026-01-01')")));
    QCOMPARE(queuedFor(3), 2 - m_baseline.value(3));  // i4 is counted once
}

// covers RT-5
void TstRouting::newCollectorGetsExactlyWhatItLacks()
{
    const QString cName = m_session->stores().find(QStringLiteral("C"))->nameId;
    for (int i = 0; i < 3; ++i)
        put("stock_line",
            fields(
                {{"id", QStringLiteral("a-line-%1").arg(i)}, {"store_id", "A"}, {"item_id", "i1"}, {"quantity", i}}));
    put("invoice", fields({{"id", "a-to-c"}, {"store_id", "A"}, {"name_id", cName}, {"type", "customer_invoice"}}));
    put("invoice",
        fields({{"id", "a-to-clinic"}, {"store_id", "A"}, {"name_id", "cust"}, {"type", "customer_invoice"}}));
    // Every site has pulled everything so far: site 3 holds A's transfer to C, not its stock.
    QSqlQuery query(m_session->database().sql());
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO site_cursor (site_id, pulled_seq, served_seq)"
                                  " SELECT s.id, m.seq, m.seq FROM site s, (SELECT max(seq) AS seq FROM change_log) m"
                                  " WHERE s.is_central = 0")));
    m_baseline.clear();
    QCOMPARE(queuedFor(3), 0);

    SyncSettingsChange collector;
    collector.with.insert(3, SyncWith::ActiveCollector);
    QVERIFY(m_session->syncSettings().apply(QStringLiteral("A"), collector).ok());
    QStringList queued;
    QVERIFY(query.exec(QStringLiteral("SELECT record_id FROM site_queue WHERE site_id = 3 ORDER BY record_id")));
    while (query.next())
        queued << query.value(0).toString();
    // The stock and the non-transfer invoice, not the transfer it already has.
    QCOMPARE(queued, (QStringList{QStringLiteral("a-line-0"), QStringLiteral("a-line-1"), QStringLiteral("a-line-2"),
                                  QStringLiteral("a-to-clinic")}));
    // Site 2 already was a collector: nothing is queued for it.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM site_queue WHERE site_id = 2")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TstRouting)
#include "tst_routing.moc"
