// The central reports (AD-6) on a central server holding Store A (active there), Store B and
// Store C (collector copies of stores active on sites 2 and 3) and Store F (a transfer copy of a
// store active on site 2). The records of stores active elsewhere are written as the central's
// integrator applies a push: checked as the site that made them. Every expected figure is worked
// out by hand from the records below, never asked of the database.

#include "testsupport.h"

#include "report/stockreports.h"

#include <QTest>

using namespace sitesync;
using namespace Qt::Literals::StringLiterals;

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto& result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().message));                               \
    } while (false)

namespace {

constexpr int kCentral = 1;
const QString kPassword = u"report-site-password"_s;

// One stock-on-hand row as "store|location id|location code|item id|item code|item name|quantity".
QStringList texts(const QList<StockOnHandRow>& rows)
{
    QStringList out;
    for (const StockOnHandRow& row : rows)
        out << QStringList{row.storeId,
                           row.locationId,
                           row.locationCode,
                           row.itemId,
                           row.itemCode,
                           row.itemName,
                           QString::number(row.quantity)}
                   .join(u'|');
    return out;
}

// One usage row as "store|month|quantity".
QStringList texts(const QList<MonthlyUsageRow>& rows)
{
    QStringList out;
    for (const MonthlyUsageRow& row : rows)
        out << QStringList{row.storeId, row.month, QString::number(row.quantity)}.join(u'|');
    return out;
}

QStringList ids(const QList<ReportableStore>& stores)
{
    QStringList out;
    for (const ReportableStore& store : stores)
        out << store.id;
    return out;
}

}  // namespace

class TstStockReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportableStoresAreActiveOrCollectorCopies();
    void stockOnHandOfOneItem();
    void stockOnHandOfAllItems();
    void stockValuePerStoreAndTotal();
    void monthlyUsageWithAnEmptyMonth();
    void monthlyUsageCoversWholeMonths();
    void monthlyUsageOfAnInvertedRange();
    void noStoreReportable();
    void transferCopyTurnedCollectorIsReported();

private:
    // Writes the record on the central, as site `site` would have pushed it (0: the central's own).
    void put(const QString& table, const QJsonObject& record, int site = 0);
    void stockLine(const QString& id, const QString& store, int site, const QString& location, const QString& item,
                   double quantity, double cost);
    // An invoice of `store` to the customer, one line of item amox per quantity; finalised when
    // `finalisedAt` is given and the status says so.
    void invoice(const QString& id, const QString& store, int site, const QString& type, const QString& status,
                 const QString& finalisedAt, const QList<double>& quantities);

    QTemporaryDir m_dir;
    std::unique_ptr<SiteSession> m_central;
};

void TstStockReports::put(const QString& table, const QJsonObject& record, int site)
{
    WriteOptions options;
    SiteContext sender;
    if (site != 0) {
        sender.siteId = site;
        sender.centralSiteId = kCentral;
        sender.primarySiteId = kCentral;
        options = WriteOptions::fromSite(sender);
    }
    const Result<WriteResult> written = m_central->writer().put(table, record, options);
    QVERIFY2(written.ok(), written ? "" : qPrintable(table + u": "_s + written.error().message));
}

void TstStockReports::stockLine(const QString& id, const QString& store, int site, const QString& location,
                                const QString& item, double quantity, double cost)
{
    QJsonObject line{{u"id"_s, id},
                     {u"store_id"_s, store},
                     {u"item_id"_s, item},
                     {u"quantity"_s, quantity},
                     {u"cost_price"_s, cost}};
    if (!location.isEmpty())
        line.insert(u"location_id"_s, location);
    put(u"stock_line"_s, line, site);
}

void TstStockReports::invoice(const QString& id, const QString& store, int site, const QString& type,
                              const QString& status, const QString& finalisedAt, const QList<double>& quantities)
{
    put(u"invoice"_s,
        {{u"id"_s, id},
         {u"store_id"_s, store},
         {u"name_id"_s, type == u"prescription"_s ? u"pat-1"_s : u"cust-1"_s},
         {u"type"_s, type},
         {u"status"_s, u"new"_s}},
        site);
    for (int i = 0; i < quantities.size(); ++i)
        put(u"invoice_line"_s,
            {{u"id"_s, u"%1-%2"_s.arg(id).arg(i)},
             {u"store_id"_s, store},
             {u"invoice_id"_s, id},
             {u"item_id"_s, u"i-amox"_s},
             {u"quantity"_s, quantities[i]}},
            site);
    QJsonObject done{{u"id"_s, id}, {u"status"_s, status}};
    if (!finalisedAt.isEmpty())
        done.insert(u"finalised_at"_s, finalisedAt);
    put(u"invoice"_s, done, site);
}

void TstStockReports::initTestCase()
{
    test::prepareEnvironment();
    QVERIFY(m_dir.isValid());
    m_central = test::newCentral(m_dir);
    QVERIFY(m_central);
    for (int site : {2, 3})
        VERIFY_OK(m_central->sites().add(site, u"Remote %1"_s.arg(site), u"desktop"_s, false, kPassword));
    // A and B dispense as well (PT-2: prescriptions are made in dispensary stores).
    for (const QString& id : {u"A"_s, u"B"_s, u"C"_s, u"F"_s})
        VERIFY_OK(m_central->stores().add(id, id, u"Store "_s + id, id == u"A"_s || id == u"B"_s));
    const struct {
        QString store;
        int activeSite;
        SyncWith central;
    } moves[] = {{u"B"_s, 2, SyncWith::ActiveCollector},
                 {u"C"_s, 3, SyncWith::ActiveCollector},
                 {u"F"_s, 2, SyncWith::Transfer}};
    for (const auto& move : moves) {
        SyncSettingsChange change;
        change.activeSiteId = move.activeSite;
        change.with.insert(kCentral, move.central);
        VERIFY_OK(m_central->syncSettings().apply(move.store, change));
    }
    const QMap<QString, SyncType> expectedHere = {{u"A"_s, SyncType::Active},
                                                  {u"B"_s, SyncType::Collector},
                                                  {u"C"_s, SyncType::Collector},
                                                  {u"F"_s, SyncType::Transfer}};
    for (auto it = expectedHere.begin(); it != expectedHere.end(); ++it) {
        const Result<StoreSyncSettings> settings = m_central->syncSettings().load(it.key());
        VERIFY_OK(settings);
        QCOMPARE(settings->typeOn(kCentral), it.value());
    }

    put(u"item"_s, {{u"id"_s, u"i-amox"_s}, {u"code"_s, u"AMOX"_s}, {u"name"_s, u"Amoxicillin"_s}});
    put(u"item"_s, {{u"id"_s, u"i-para"_s}, {u"code"_s, u"PARA"_s}, {u"name"_s, u"Paracetamol"_s}});
    put(u"item"_s, {{u"id"_s, u"i-ors"_s}, {u"code"_s, u"ORS"_s}, {u"name"_s, u"Oral salts"_s}});
    put(u"item"_s, {{u"id"_s, u"i-gauze"_s}, {u"code"_s, u"GAUZE"_s}, {u"name"_s, u"Gauze"_s}});
    put(u"name"_s, {{u"id"_s, u"cust-1"_s}, {u"name"_s, u"Village clinic"_s}, {u"type"_s, u"customer"_s}});
    put(u"name"_s,
        {{u"id"_s, u"pat-1"_s}, {u"name"_s, u"Ada"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"A"_s}});

    put(u"location"_s, {{u"id"_s, u"A-SHELF"_s}, {u"store_id"_s, u"A"_s}, {u"code"_s, u"SHELF-1"_s}});
    put(u"location"_s, {{u"id"_s, u"A-COLD"_s}, {u"store_id"_s, u"A"_s}, {u"code"_s, u"COLD"_s}});
    put(u"location"_s, {{u"id"_s, u"B-MAIN"_s}, {u"store_id"_s, u"B"_s}, {u"code"_s, u"MAIN"_s}}, 2);
    put(u"location"_s, {{u"id"_s, u"F-BACK"_s}, {u"store_id"_s, u"F"_s}, {u"code"_s, u"BACK"_s}}, 2);

    // Store A: value 100*0.5 + 20*0.75 + 30*0.5 + 200*0.25 + 12*2 = 50 + 15 + 15 + 50 + 24 = 154.
    stockLine(u"sa1"_s, u"A"_s, 0, u"A-SHELF"_s, u"i-amox"_s, 100, 0.5);
    stockLine(u"sa2"_s, u"A"_s, 0, u"A-SHELF"_s, u"i-amox"_s, 20, 0.75);
    stockLine(u"sa3"_s, u"A"_s, 0, u"A-COLD"_s, u"i-amox"_s, 30, 0.5);
    stockLine(u"sa4"_s, u"A"_s, 0, u"A-SHELF"_s, u"i-para"_s, 200, 0.25);
    stockLine(u"sa5"_s, u"A"_s, 0, QString(), u"i-ors"_s, 12, 2);
    // Store B: value 40*0.5 + 5*1 + 7*3 = 20 + 5 + 21 = 46.
    stockLine(u"sb1"_s, u"B"_s, 2, u"B-MAIN"_s, u"i-amox"_s, 40, 0.5);
    stockLine(u"sb2"_s, u"B"_s, 2, QString(), u"i-amox"_s, 5, 1);
    stockLine(u"sb3"_s, u"B"_s, 2, u"B-MAIN"_s, u"i-ors"_s, 7, 3);
    // Store C has no stock. Store F (a transfer copy here): 999*10 + 50*0.5 = 9990 + 25 = 10015.
    stockLine(u"sf1"_s, u"F"_s, 2, u"F-BACK"_s, u"i-amox"_s, 999, 10);
    stockLine(u"sf2"_s, u"F"_s, 2, u"F-BACK"_s, u"i-gauze"_s, 50, 0.5);

    const QString customer = u"customer_invoice"_s;
    const QString prescription = u"prescription"_s;
    const QString finalised = u"finalised"_s;
    // Store A: January 10 + 5 + 3 = 18, March 7; the rest does not count.
    invoice(u"ia1"_s, u"A"_s, 0, customer, finalised, u"2024-01-15T09:00:00Z"_s, {10, 5});
    invoice(u"ia2"_s, u"A"_s, 0, prescription, finalised, u"2024-01-31T23:30:00Z"_s, {3});
    invoice(u"ia3"_s, u"A"_s, 0, customer, finalised, u"2024-03-02T10:00:00Z"_s, {7});
    invoice(u"ia4"_s, u"A"_s, 0, customer, u"confirmed"_s, u"2024-03-10T10:00:00Z"_s, {100});          // not finalised
    invoice(u"ia5"_s, u"A"_s, 0, u"supplier_invoice"_s, finalised, u"2024-03-05T10:00:00Z"_s, {500});  // incoming
    invoice(u"ia6"_s, u"A"_s, 0, customer, finalised, u"2023-12-31T23:59:59Z"_s, {60});  // before the range
    invoice(u"ia7"_s, u"A"_s, 0, customer, finalised, u"2024-06-01T00:00:00Z"_s, {70});  // after the range
    invoice(u"ia8"_s, u"A"_s, 0, u"inventory_adjustment"_s, finalised, u"2024-02-01T10:00:00Z"_s, {40});
    // Store B: February 4 + 6 = 10, April 2.
    invoice(u"ib1"_s, u"B"_s, 2, customer, finalised, u"2024-02-10T08:00:00Z"_s, {4, 6});
    invoice(u"ib2"_s, u"B"_s, 2, prescription, finalised, u"2024-04-30T18:00:00Z"_s, {2});
    invoice(u"ib3"_s, u"B"_s, 2, customer, u"hold"_s, QString(), {8});
    // Store C: March 9 + 0.5 = 9.5. Store F: February 1000, never reported while a transfer copy.
    invoice(u"ic1"_s, u"C"_s, 3, customer, finalised, u"2024-03-20T12:00:00Z"_s, {9, 0.5});
    invoice(u"if1"_s, u"F"_s, 2, customer, finalised, u"2024-02-01T12:00:00Z"_s, {1000});
}

// covers AD-6, ST-2
void TstStockReports::reportableStoresAreActiveOrCollectorCopies()
{
    StockReports reports(*m_central);
    const Result<QList<ReportableStore>> stores = reports.reportableStores();
    VERIFY_OK(stores);
    QCOMPARE(ids(*stores), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    QCOMPARE(stores->at(0).type, SyncType::Active);
    QCOMPARE(stores->at(1).type, SyncType::Collector);
    QCOMPARE(stores->at(2).type, SyncType::Collector);
    QCOMPARE(stores->at(1).name, u"Store B"_s);

    const Result<QList<ReportItem>> items = reports.items();
    VERIFY_OK(items);
    QStringList codes;
    for (const ReportItem& item : *items)
        codes << item.code;
    QCOMPARE(codes, (QStringList{u"AMOX"_s, u"GAUZE"_s, u"ORS"_s, u"PARA"_s}));
}

// covers AD-6
void TstStockReports::stockOnHandOfOneItem()
{
    StockReports reports(*m_central);
    const Result<QList<StockOnHandRow>> amox = reports.stockOnHand(u"i-amox"_s);
    VERIFY_OK(amox);
    // Store A's two SHELF-1 lines add up (100 + 20); Store F's 999 is a transfer copy's.
    QCOMPARE(
        texts(*amox),
        (QStringList{u"A|A-COLD|COLD|i-amox|AMOX|Amoxicillin|30"_s, u"A|A-SHELF|SHELF-1|i-amox|AMOX|Amoxicillin|120"_s,
                     u"B|||i-amox|AMOX|Amoxicillin|5"_s, u"B|B-MAIN|MAIN|i-amox|AMOX|Amoxicillin|40"_s}));
    const Result<QList<StockOnHandRow>> para = reports.stockOnHand(u"i-para"_s);
    VERIFY_OK(para);
    QCOMPARE(texts(*para), (QStringList{u"A|A-SHELF|SHELF-1|i-para|PARA|Paracetamol|200"_s}));
    QCOMPARE(para->first().storeName, u"Store A"_s);
    // Only Store F, a transfer copy here, holds gauze.
    const Result<QList<StockOnHandRow>> gauze = reports.stockOnHand(u"i-gauze"_s);
    VERIFY_OK(gauze);
    QVERIFY(gauze->isEmpty());
}

// covers AD-6, ST-2
void TstStockReports::stockOnHandOfAllItems()
{
    StockReports reports(*m_central);
    const Result<QList<StockOnHandRow>> all = reports.stockOnHand();
    VERIFY_OK(all);
    QCOMPARE(texts(*all),
             (QStringList{u"A|||i-ors|ORS|Oral salts|12"_s, u"A|A-COLD|COLD|i-amox|AMOX|Amoxicillin|30"_s,
                          u"A|A-SHELF|SHELF-1|i-amox|AMOX|Amoxicillin|120"_s,
                          u"A|A-SHELF|SHELF-1|i-para|PARA|Paracetamol|200"_s, u"B|||i-amox|AMOX|Amoxicillin|5"_s,
                          u"B|B-MAIN|MAIN|i-amox|AMOX|Amoxicillin|40"_s, u"B|B-MAIN|MAIN|i-ors|ORS|Oral salts|7"_s}));
    for (const StockOnHandRow& row : *all)
        QVERIFY2(row.storeId != u"F"_s, "a transfer copy is not reportable");
}

// covers AD-6
void TstStockReports::stockValuePerStoreAndTotal()
{
    StockReports reports(*m_central);
    const Result<StockValueReport> value = reports.stockValue();
    VERIFY_OK(value);
    QCOMPARE(value->stores.size(), 3);
    QCOMPARE(value->stores[0].storeId, u"A"_s);
    QCOMPARE(value->stores[0].storeName, u"Store A"_s);
    QCOMPARE(value->stores[0].value, 154.0);
    QCOMPARE(value->stores[1].storeId, u"B"_s);
    QCOMPARE(value->stores[1].value, 46.0);
    QCOMPARE(value->stores[2].storeId, u"C"_s);
    QCOMPARE(value->stores[2].value, 0.0);
    QCOMPARE(value->total, 200.0);  // 154 + 46 + 0, without Store F's 10015
}

// covers AD-6
void TstStockReports::monthlyUsageWithAnEmptyMonth()
{
    StockReports reports(*m_central);
    const Result<QList<MonthlyUsageRow>> usage = reports.monthlyUsage(QDate(2024, 1, 1), QDate(2024, 5, 31));
    VERIFY_OK(usage);
    // May is empty everywhere; not-finalised, supplier and adjustment invoices, the invoices of
    // December and June, and Store F's do not count.
    QCOMPARE(texts(*usage),
             (QStringList{u"A|2024-01|18"_s, u"A|2024-02|0"_s, u"A|2024-03|7"_s, u"A|2024-04|0"_s, u"A|2024-05|0"_s,
                          u"B|2024-01|0"_s, u"B|2024-02|10"_s, u"B|2024-03|0"_s, u"B|2024-04|2"_s, u"B|2024-05|0"_s,
                          u"C|2024-01|0"_s, u"C|2024-02|0"_s, u"C|2024-03|9.5"_s, u"C|2024-04|0"_s, u"C|2024-05|0"_s}));
    QCOMPARE(usage->at(5).storeName, u"Store B"_s);

    // A range after every invoice: every store, every month, all 0.
    const Result<QList<MonthlyUsageRow>> later = reports.monthlyUsage(QDate(2024, 7, 1), QDate(2024, 8, 1));
    VERIFY_OK(later);
    QCOMPARE(texts(*later), (QStringList{u"A|2024-07|0"_s, u"A|2024-08|0"_s, u"B|2024-07|0"_s, u"B|2024-08|0"_s,
                                         u"C|2024-07|0"_s, u"C|2024-08|0"_s}));
}

// covers AD-6
void TstStockReports::monthlyUsageCoversWholeMonths()
{
    StockReports reports(*m_central);
    // 20 February to 5 March is February and March whole: Store B's 10 of 10 February counts.
    const Result<QList<MonthlyUsageRow>> usage = reports.monthlyUsage(QDate(2024, 2, 20), QDate(2024, 3, 5));
    VERIFY_OK(usage);
    QCOMPARE(texts(*usage), (QStringList{u"A|2024-02|0"_s, u"A|2024-03|7"_s, u"B|2024-02|10"_s, u"B|2024-03|0"_s,
                                         u"C|2024-02|0"_s, u"C|2024-03|9.5"_s}));
    // One month, across a year's end: only December's 60 of Store A.
    const Result<QList<MonthlyUsageRow>> december = reports.monthlyUsage(QDate(2023, 12, 1), QDate(2023, 12, 31));
    VERIFY_OK(december);
    QCOMPARE(texts(*december), (QStringList{u"A|2023-12|60"_s, u"B|2023-12|0"_s, u"C|2023-12|0"_s}));
    QCOMPARE(StockReports::monthsBetween(QDate(2023, 11, 30), QDate(2024, 2, 1)),
             (QStringList{u"2023-11"_s, u"2023-12"_s, u"2024-01"_s, u"2024-02"_s}));
}

// covers AD-6
void TstStockReports::monthlyUsageOfAnInvertedRange()
{
    StockReports reports(*m_central);
    const Result<QList<MonthlyUsageRow>> inverted = reports.monthlyUsage(QDate(2024, 5, 1), QDate(2024, 4, 30));
    QVERIFY(!inverted.ok());
    QCOMPARE(inverted.error().kind, ErrorKind::BadInput);
    QVERIFY2(inverted.error().message.contains(u"2024-05"_s), qPrintable(inverted.error().message));
    const Result<QList<MonthlyUsageRow>> invalid = reports.monthlyUsage(QDate(), QDate(2024, 4, 30));
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().kind, ErrorKind::BadInput);
    // The same month twice is one month.
    const Result<QList<MonthlyUsageRow>> one = reports.monthlyUsage(QDate(2024, 4, 30), QDate(2024, 4, 1));
    VERIFY_OK(one);
    QCOMPARE(texts(*one), (QStringList{u"A|2024-04|0"_s, u"B|2024-04|2"_s, u"C|2024-04|0"_s}));
}

// covers AD-6, ST-2
void TstStockReports::noStoreReportable()
{
    // A central whose one store is active on site 2 and of which it keeps only a transfer copy.
    std::unique_ptr<SiteSession> central = test::newCentral(m_dir, kCentral, u"transfer-only.db"_s);
    QVERIFY(central);
    VERIFY_OK(central->sites().add(2, u"Remote 2"_s, u"desktop"_s, false, kPassword));
    VERIFY_OK(central->stores().add(u"T"_s, u"T"_s, u"Store T"_s, false));
    SyncSettingsChange change;
    change.activeSiteId = 2;
    change.with.insert(kCentral, SyncWith::Transfer);
    VERIFY_OK(central->syncSettings().apply(u"T"_s, change));

    StockReports reports(*central);
    const Result<QList<ReportableStore>> stores = reports.reportableStores();
    VERIFY_OK(stores);
    QVERIFY(stores->isEmpty());
    const Result<QList<StockOnHandRow>> stock = reports.stockOnHand();
    VERIFY_OK(stock);
    QVERIFY(stock->isEmpty());
    const Result<StockValueReport> value = reports.stockValue();
    VERIFY_OK(value);
    QVERIFY(value->stores.isEmpty());
    QCOMPARE(value->total, 0.0);
    const Result<QList<MonthlyUsageRow>> usage = reports.monthlyUsage(QDate(2024, 1, 1), QDate(2024, 12, 31));
    VERIFY_OK(usage);
    QVERIFY(usage->isEmpty());
}

// covers AD-6, ST-2
void TstStockReports::transferCopyTurnedCollectorIsReported()
{
    // Store F's records were here all along; only its copy kept them out of the reports.
    SyncSettingsChange change;
    change.with.insert(kCentral, SyncWith::ActiveCollector);
    VERIFY_OK(m_central->syncSettings().apply(u"F"_s, change));
    StockReports reports(*m_central);
    const Result<QList<ReportableStore>> stores = reports.reportableStores();
    VERIFY_OK(stores);
    QCOMPARE(ids(*stores), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"F"_s}));

    const Result<QList<StockOnHandRow>> gauze = reports.stockOnHand(u"i-gauze"_s);
    VERIFY_OK(gauze);
    QCOMPARE(texts(*gauze), (QStringList{u"F|F-BACK|BACK|i-gauze|GAUZE|Gauze|50"_s}));
    const Result<StockValueReport> value = reports.stockValue();
    VERIFY_OK(value);
    QCOMPARE(value->stores.size(), 4);
    QCOMPARE(value->stores[3].value, 10015.0);
    QCOMPARE(value->total, 10215.0);  // 154 + 46 + 0 + 10015
    const Result<QList<MonthlyUsageRow>> usage = reports.monthlyUsage(QDate(2024, 2, 1), QDate(2024, 2, 29));
    VERIFY_OK(usage);
    QCOMPARE(texts(*usage), (QStringList{u"A|2024-02|0"_s, u"B|2024-02|10"_s, u"C|2024-02|0"_s, u"F|2024-02|1000"_s}));
}

QTEST_GUILESS_MAIN(TstStockReports)
#include "tst_stockreports.moc"
