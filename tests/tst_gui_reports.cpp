// The reports page (AD-6), offscreen, driven as a user would: the navigator, the item chooser, the
// tabs and the usage range. The central holds Store A (active there), Store B (a collector copy of
// a store active on site 2) and Store F (a transfer copy, never reported). Every figure expected is
// worked out by hand from the records below.
#include "credentials/credentialstore.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace sitesync;
using namespace Qt::Literals::StringLiterals;
using sitesync::test::tableRows;

namespace {

constexpr int kCentral = 1;
constexpr int kRemote = 2;

QStringList headers(const QTableWidget* table)
{
    QStringList labels;
    for (int column = 0; column < table->columnCount(); ++column)
        labels << table->horizontalHeaderItem(column)->text();
    return labels;
}

// Each bar set of the chart as "label|value|value|...".
QStringList barSets(QChartView* view)
{
    QStringList sets;
    for (QAbstractSeries* series : view->chart()->series()) {
        auto* bars = qobject_cast<QBarSeries*>(series);
        if (!bars) {
            sets << u"<not a bar series>"_s;
            continue;
        }
        for (QBarSet* set : bars->barSets()) {
            QStringList cells{set->label()};
            for (int i = 0; i < set->count(); ++i)
                cells << QString::number(set->at(i));
            sets << cells.join(u'|');
        }
    }
    return sets;
}

QStringList monthAxis(QChartView* view)
{
    const QList<QAbstractAxis*> axes = view->chart()->axes(Qt::Horizontal);
    auto* categories = axes.size() == 1 ? qobject_cast<QBarCategoryAxis*>(axes.first()) : nullptr;
    return categories ? categories->categories() : QStringList{u"<no month axis>"_s};
}

// The month labels the chart does not show whole under their bars; empty when it shows them all.
QString cutMonthLabels(QChartView* view)
{
    QStringList drawn;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            drawn << text->toPlainText();
    }
    QStringList cut;
    for (const QString& month : monthAxis(view)) {
        if (!drawn.contains(month))
            cut << month;
    }
    for (const QString& text : std::as_const(drawn)) {
        if (text.endsWith(u"..."_s) || text.endsWith(QChar(0x2026)))
            cut << text;
    }
    return cut.join(u", "_s);
}

void clickText(QListWidget* list, const QString& text)
{
    const QList<QListWidgetItem*> found = list->findItems(text, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
}

void clickTab(QTabWidget* tabs, int index)
{
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

}  // namespace

class TstGuiReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsShowTheFiguresOfReportableStores();
    void siteWithNoReportableStoreSaysSo();

private:
    void put(SiteSession& session, const QString& table, const QJsonObject& record, int site = 0);
    void invoice(SiteSession& session, const QString& id, const QString& store, int site, const QString& type,
                 const QString& status, const QString& finalisedAt, const QList<double>& quantities);
    std::unique_ptr<ui::MainWindow> openWindow(std::unique_ptr<SiteSession> session, Clock clock = {});
};

void TstGuiReports::initTestCase()
{
    test::prepareEnvironment();
}

// Writes on the central, as site `site` would have pushed it (0: the central's own change).
void TstGuiReports::put(SiteSession& session, const QString& table, const QJsonObject& record, int site)
{
    WriteOptions options;
    SiteContext sender;
    if (site != 0) {
        sender.siteId = site;
        sender.centralSiteId = kCentral;
        sender.primarySiteId = kCentral;
        options = WriteOptions::fromSite(sender);
    }
    const Result<WriteResult> written = session.writer().put(table, record, options);
    QVERIFY2(written.ok(), written ? "" : qPrintable(table + u": "_s + written.error().message));
}

void TstGuiReports::invoice(SiteSession& session, const QString& id, const QString& store, int site,
                            const QString& type, const QString& status, const QString& finalisedAt,
                            const QList<double>& quantities)
{
    put(session, u"invoice"_s,
        {{u"id"_s, id},
         {u"store_id"_s, store},
         {u"name_id"_s, type == u"prescription"_s ? u"pat-1"_s : u"cust-1"_s},
         {u"type"_s, type}},
        site);
    for (int i = 0; i < quantities.size(); ++i)
        put(session, u"invoice_line"_s,
            {{u"id"_s, u"%1-%2"_s.arg(id).arg(i)},
             {u"store_id"_s, store},
             {u"invoice_id"_s, id},
             {u"item_id"_s, u"i-amox"_s},
             {u"quantity"_s, quantities[i]}},
            site);
    put(session, u"invoice"_s, {{u"id"_s, id}, {u"status"_s, status}, {u"finalised_at"_s, finalisedAt}}, site);
}

std::unique_ptr<ui::MainWindow> TstGuiReports::openWindow(std::unique_ptr<SiteSession> session, Clock clock)
{
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    options.clock = std::move(clock);
    auto window = std::make_unique<ui::MainWindow>(std::move(session), options);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// covers AD-6, ST-2
void TstGuiReports::reportsShowTheFiguresOfReportableStores()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    QVERIFY(central);
    QVERIFY(central->sites().add(kRemote, u"Remote 1"_s, u"desktop"_s, false, u"site-password"_s).ok());
    for (const QString& id : {u"A"_s, u"B"_s, u"F"_s})
        QVERIFY(central->stores().add(id, id, u"Store "_s + id, id == u"A"_s).ok());  // A dispenses too
    for (const auto& [store, copy] : {std::pair{u"B"_s, SyncWith::ActiveCollector}, {u"F"_s, SyncWith::Transfer}}) {
        SyncSettingsChange change;
        change.activeSiteId = kRemote;
        change.with.insert(kCentral, copy);
        QVERIFY(central->syncSettings().apply(store, change).ok());
    }
    SiteSession& s = *central;
    put(s, u"item"_s, {{u"id"_s, u"i-amox"_s}, {u"code"_s, u"AMOX"_s}, {u"name"_s, u"Amoxicillin"_s}});
    put(s, u"item"_s, {{u"id"_s, u"i-para"_s}, {u"code"_s, u"PARA"_s}, {u"name"_s, u"Paracetamol"_s}});
    put(s, u"name"_s, {{u"id"_s, u"cust-1"_s}, {u"name"_s, u"Village clinic"_s}, {u"type"_s, u"customer"_s}});
    put(s, u"name"_s,
        {{u"id"_s, u"pat-1"_s}, {u"name"_s, u"Ada"_s}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, u"A"_s}});
    put(s, u"location"_s, {{u"id"_s, u"A-SHELF"_s}, {u"store_id"_s, u"A"_s}, {u"code"_s, u"SHELF-1"_s}});
    put(s, u"location"_s, {{u"id"_s, u"B-MAIN"_s}, {u"store_id"_s, u"B"_s}, {u"code"_s, u"MAIN"_s}}, kRemote);
    put(s, u"location"_s, {{u"id"_s, u"F-BACK"_s}, {u"store_id"_s, u"F"_s}, {u"code"_s, u"BACK"_s}}, kRemote);
    const struct {
        const char* id;
        const char* store;
        int site;
        const char* location;
        const char* item;
        double quantity;
        double cost;
    } lines[] = {
        // Store A: 100*0.5 + 20*0.25 + 40*1.5 = 50 + 5 + 60 = 115.
        {"ga1", "A", 0, "A-SHELF", "i-amox", 100, 0.5},
        {"ga2", "A", 0, nullptr, "i-amox", 20, 0.25},
        {"ga3", "A", 0, "A-SHELF", "i-para", 40, 1.5},
        // Store B: 30*2 + 10*0.75 = 60 + 7.5 = 67.5.
        {"gb1", "B", kRemote, "B-MAIN", "i-amox", 30, 2},
        {"gb2", "B", kRemote, "B-MAIN", "i-para", 10, 0.75},
        // Store F, a transfer copy here: never shown.
        {"gf1", "F", kRemote, "F-BACK", "i-amox", 500, 4},
    };
    for (const auto& line : lines) {
        QJsonObject record{{u"id"_s, QString::fromLatin1(line.id)},
                           {u"store_id"_s, QString::fromLatin1(line.store)},
                           {u"item_id"_s, QString::fromLatin1(line.item)},
                           {u"quantity"_s, line.quantity},
                           {u"cost_price"_s, line.cost}};
        if (line.location)
            record.insert(u"location_id"_s, QString::fromLatin1(line.location));
        put(s, u"stock_line"_s, record, line.site);
    }
    const QString customer = u"customer_invoice"_s;
    const QString finalised = u"finalised"_s;
    // Store A: January 12 + 3 = 15, March 4; a confirmed and a supplier invoice do not count.
    invoice(s, u"a1"_s, u"A"_s, 0, customer, finalised, u"2024-01-10T10:00:00Z"_s, {12, 3});
    invoice(s, u"a2"_s, u"A"_s, 0, u"prescription"_s, finalised, u"2024-03-05T10:00:00Z"_s, {4});
    invoice(s, u"a3"_s, u"A"_s, 0, customer, u"confirmed"_s, u"2024-02-02T10:00:00Z"_s, {50});
    invoice(s, u"a4"_s, u"A"_s, 0, u"supplier_invoice"_s, finalised, u"2024-02-02T10:00:00Z"_s, {80});
    // Store B: February 6, April 9. Store F: February 300, never shown.
    invoice(s, u"b1"_s, u"B"_s, kRemote, customer, finalised, u"2024-02-14T10:00:00Z"_s, {6});
    invoice(s, u"b2"_s, u"B"_s, kRemote, customer, finalised, u"2024-04-01T10:00:00Z"_s, {9});
    invoice(s, u"f1"_s, u"F"_s, kRemote, customer, finalised, u"2024-02-01T10:00:00Z"_s, {300});

    // The site's clock says it is April 2024.
    const QDateTime now = QDateTime::fromString(u"2024-04-20T12:00:00Z"_s, Qt::ISODate);
    std::unique_ptr<ui::MainWindow> window = openWindow(std::move(central), [now] { return now; });
    QVERIFY(window);
    auto* navigator = window->findChild<QListWidget*>(u"navigator"_s);
    auto* pages = window->findChild<QStackedWidget*>(u"pages"_s);
    QVERIFY(navigator && pages);
    QCOMPARE(navigator->item(int(ui::MainWindow::Page::Reports))->text(), u"Reports"_s);
    clickText(navigator, u"Reports"_s);
    QCOMPARE(navigator->currentRow(), int(ui::MainWindow::Page::Reports));

    auto* tabs = window->findChild<QTabWidget*>(u"reportTabs"_s);
    QVERIFY(tabs);
    QVERIFY(tabs->isVisible() && tabs->isEnabled());
    QCOMPARE(pages->currentWidget()->isAncestorOf(tabs), true);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), u"Stock on hand"_s);
    QCOMPARE(tabs->tabText(1), u"Stock value"_s);
    QCOMPARE(tabs->tabText(2), u"Monthly usage"_s);

    // Which stores take part, and why Store F does not.
    const QString note = window->findChild<QLabel*>(u"reportsNote"_s)->text();
    QVERIFY2(note.contains(u"Store A (active)"_s) && note.contains(u"Store B (collector)"_s), qPrintable(note));
    QVERIFY2(!note.contains(u"Store F"_s), qPrintable(note));
    QVERIFY2(note.contains(u"Transfer copies are not reportable"_s), qPrintable(note));

    // Stock on hand of every item, then of paracetamol only.
    auto* item = window->findChild<QComboBox*>(u"reportItemCombo"_s);
    auto* stockOnHand = window->findChild<QTableWidget*>(u"stockOnHandTable"_s);
    QVERIFY(item && stockOnHand);
    QVERIFY(stockOnHand->isVisible());
    QStringList choices;
    for (int i = 0; i < item->count(); ++i)
        choices << item->itemText(i);
    QCOMPARE(choices, (QStringList{u"All items"_s, u"AMOX - Amoxicillin"_s, u"PARA - Paracetamol"_s}));
    QCOMPARE(item->currentIndex(), 0);
    QCOMPARE(headers(stockOnHand), (QStringList{u"Store"_s, u"Location"_s, u"Item code"_s, u"Item"_s, u"Quantity"_s}));
    const QStringList everything = {u"Store A|no location|AMOX|Amoxicillin|20"_s,
                                    u"Store A|SHELF-1|AMOX|Amoxicillin|100"_s, u"Store A|SHELF-1|PARA|Paracetamol|40"_s,
                                    u"Store B|MAIN|AMOX|Amoxicillin|30"_s, u"Store B|MAIN|PARA|Paracetamol|10"_s};
    QCOMPARE(tableRows(stockOnHand, u'|'), everything);
    item->setFocus();
    QTest::keyClick(item, Qt::Key_Down);
    QTest::keyClick(item, Qt::Key_Down);
    QCOMPARE(item->currentText(), u"PARA - Paracetamol"_s);
    QCOMPARE(tableRows(stockOnHand, u'|'),
             (QStringList{u"Store A|SHELF-1|PARA|Paracetamol|40"_s, u"Store B|MAIN|PARA|Paracetamol|10"_s}));
    QCOMPARE(stockOnHand->item(1, 4)->data(Qt::UserRole).toDouble(), 10.0);
    // A refresh (F5, the timer) keeps the choice.
    window->refresh();
    QCOMPARE(item->currentText(), u"PARA - Paracetamol"_s);
    QCOMPARE(stockOnHand->rowCount(), 2);
    QTest::keyClick(item, Qt::Key_Up);
    QCOMPARE(item->currentText(), u"AMOX - Amoxicillin"_s);
    QCOMPARE(tableRows(stockOnHand, u'|'),
             (QStringList{u"Store A|no location|AMOX|Amoxicillin|20"_s, u"Store A|SHELF-1|AMOX|Amoxicillin|100"_s,
                          u"Store B|MAIN|AMOX|Amoxicillin|30"_s}));
    QTest::keyClick(item, Qt::Key_Up);
    QCOMPARE(tableRows(stockOnHand, u'|'), everything);

    // The value of all stock: 115 + 67.5 = 182.5, without Store F's 2000.
    clickTab(tabs, 1);
    auto* value = window->findChild<QTableWidget*>(u"stockValueTable"_s);
    QVERIFY(value && value->isVisible());
    QCOMPARE(tableRows(value, u'|'), (QStringList{u"Store A|115.00"_s, u"Store B|67.50"_s, u"Total|182.50"_s}));
    QCOMPARE(value->item(2, 1)->data(Qt::UserRole).toDouble(), 182.5);
    QVERIFY(value->item(2, 0)->font().bold());

    // Monthly usage, January to March 2024, then February to April.
    clickTab(tabs, 2);
    auto* from = window->findChild<QDateEdit*>(u"usageFrom"_s);
    auto* to = window->findChild<QDateEdit*>(u"usageTo"_s);
    auto* usage = window->findChild<QTableWidget*>(u"monthlyUsageTable"_s);
    auto* chart = window->findChild<QChartView*>(u"monthlyUsageChart"_s);
    QVERIFY(from && to && usage && chart);
    QVERIFY(usage->isVisible() && chart->isVisible());
    // It opens on the last twelve months by the site's clock, this one included.
    QCOMPARE(from->date(), QDate(2023, 5, 1));
    QCOMPARE(to->date(), QDate(2024, 4, 1));
    QCOMPARE(usage->columnCount(), 13);
    QCOMPARE(usage->rowCount(), 2);
    QCOMPARE(barSets(chart).size(), 2);
    // Every month's label shows whole under its bars, at the window's default size.
    QTRY_COMPARE(cutMonthLabels(chart), QString());
    from->setDate(QDate(2024, 1, 1));
    to->setDate(QDate(2024, 3, 31));
    QCOMPARE(headers(usage), (QStringList{u"Store"_s, u"2024-01"_s, u"2024-02"_s, u"2024-03"_s}));
    QCOMPARE(tableRows(usage, u'|'), (QStringList{u"Store A|15|0|4"_s, u"Store B|0|6|0"_s}));
    QCOMPARE(barSets(chart), (QStringList{u"Store A|15|0|4"_s, u"Store B|0|6|0"_s}));
    QCOMPARE(monthAxis(chart), (QStringList{u"2024-01"_s, u"2024-02"_s, u"2024-03"_s}));

    to->setDate(QDate(2024, 4, 15));
    from->setDate(QDate(2024, 2, 20));
    QCOMPARE(headers(usage), (QStringList{u"Store"_s, u"2024-02"_s, u"2024-03"_s, u"2024-04"_s}));
    QCOMPARE(tableRows(usage, u'|'), (QStringList{u"Store A|0|4|0"_s, u"Store B|6|0|9"_s}));
    QCOMPARE(barSets(chart), (QStringList{u"Store A|0|4|0"_s, u"Store B|6|0|9"_s}));
    QCOMPARE(monthAxis(chart), (QStringList{u"2024-02"_s, u"2024-03"_s, u"2024-04"_s}));
    auto* problem = window->findChild<QLabel*>(u"usageProblem"_s);
    QVERIFY(problem && !problem->isVisible());

    // A range that ends before it starts is refused, and says so, until it is put right.
    from->setDate(QDate(2024, 5, 1));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"2024-05"_s), qPrintable(problem->text()));
    QCOMPARE(usage->rowCount(), 0);
    QVERIFY(barSets(chart).isEmpty());
    to->setDate(QDate(2024, 5, 31));
    QVERIFY(!problem->isVisible());
    QCOMPARE(tableRows(usage, u'|'), (QStringList{u"Store A|0"_s, u"Store B|0"_s}));
    QCOMPARE(barSets(chart), (QStringList{u"Store A|0"_s, u"Store B|0"_s}));
}

// covers AD-6, ST-2
void TstGuiReports::siteWithNoReportableStoreSaysSo()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    QVERIFY(central);
    QVERIFY(central->sites().add(kRemote, u"Remote 1"_s, u"desktop"_s, false, u"site-password"_s).ok());
    QVERIFY(central->stores().add(u"T"_s, u"T"_s, u"Store T"_s, false).ok());
    SyncSettingsChange change;
    change.activeSiteId = kRemote;
    change.with.insert(kCentral, SyncWith::Transfer);
    QVERIFY(central->syncSettings().apply(u"T"_s, change).ok());

    std::unique_ptr<ui::MainWindow> window = openWindow(std::move(central));
    QVERIFY(window);
    clickText(window->findChild<QListWidget*>(u"navigator"_s), u"Reports"_s);
    const QString note = window->findChild<QLabel*>(u"reportsNote"_s)->text();
    QVERIFY2(note.startsWith(u"No store is reportable on this site"_s), qPrintable(note));
    QVERIFY(!window->findChild<QTabWidget*>(u"reportTabs"_s)->isEnabled());
    QCOMPARE(window->findChild<QTableWidget*>(u"stockOnHandTable"_s)->rowCount(), 0);
    QCOMPARE(window->findChild<QTableWidget*>(u"monthlyUsageTable"_s)->rowCount(), 0);
}

QTEST_MAIN(TstGuiReports)
#include "tst_gui_reports.moc"
