// The window's tables at its default size, with names as long as real ones, in every language:
// every column shows without scrolling sideways, every header and every figure, date and state
// shows whole, and a name that does not fit is cut short with the whole name as its tool tip.
// The same for a store's Synchronisation tab, the impact preview and the topology picture.
#include "credentials/credentialstore.h"
#include "impactdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "settings/syncsettingsimpact.h"
#include "settings/unlockgate.h"
#include "sitecontactcolumns.h"
#include "sitespage.h"
#include "storedialog.h"
#include "testsupport.h"
#include "topologypage.h"

#include <QAction>
#include <QApplication>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCentral = 1;
constexpr int kHospital = 2;
constexpr int kVan = 3;

// The Sites page's column of when each site last connected.
constexpr int kLastConnection = 6;
// What waits on the central for each site, counted in a worker.
constexpr int kWaiting = ui::SitesPage::kContactColumn + ui::SiteContactColumns::kWaitingOffset;
// Where each site last connected from.
constexpr int kAddress = ui::SitesPage::kContactColumn + ui::SiteContactColumns::kAddressOffset;

const QString kCentralName = u"National Medical Stores – Central Warehouse and Distribution"_s;
const QString kHospitalName =
    u"Provincial Hospital Pharmacy – Outpatients Department and Antiretroviral Therapy Clinic"_s;
const QString kVanName = u"Northern District Health Centre – Mobile Outreach Clinic"_s;
const QString kOutpatients = u"Provincial Hospital Pharmacy – Outpatients"_s;
const QString kWards = u"Provincial Hospital Pharmacy – Inpatients, Surgical Wards and Maternity Unit (North Wing)"_s;
const QString kOutreach = u"Northern District Mobile Outreach Clinic Dispensary"_s;
const QString kBulk = u"Central Medical Stores – Bulk Warehouse and Distribution"_s;

// The width a column needs to show its header and every cell whole.
int wholeWidth(const QTableWidget* table, int column)
{
    const QAbstractItemView* view = table;
    return std::max(table->horizontalHeader()->sectionSizeHint(column), view->sizeHintForColumn(column));
}

// What is wrong with how the table shows: a column that is not entirely on screen, a column
// other than a name column narrower than what it shows, sideways scrolling. Empty when nothing is.
// With `onScreenTo`, only the columns up to that one must be on screen (the table may scroll to
// the others) but every column must still show whole.
QString unfit(const QTableWidget* table, const QList<int>& nameColumns, int onScreenTo = -1)
{
    QStringList problems;
    const QHeaderView* header = table->horizontalHeader();
    const int room = table->viewport()->width();
    if (onScreenTo < 0 && table->horizontalScrollBar()->maximum() > 0)
        problems << u"scrolls sideways by %1"_s.arg(table->horizontalScrollBar()->maximum());
    for (int column = 0; column < table->columnCount(); ++column) {
        const QString name = table->horizontalHeaderItem(column)->text();
        const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
        if ((onScreenTo < 0 || column <= onScreenTo) && (header->sectionViewportPosition(column) < 0 || right > room))
            problems << u"\"%1\" ends at %2 of %3"_s.arg(name).arg(right).arg(room);
        if (!nameColumns.contains(column) && header->sectionSize(column) < wholeWidth(table, column))
            problems << u"\"%1\" is %2 wide for %3"_s.arg(name)
                            .arg(header->sectionSize(column))
                            .arg(wholeWidth(table, column));
    }
    return problems.join(u"; "_s);
}

// The tool tip the cell shows when the pointer rests on it.
QString toolTipOf(QTableWidget* table, int row, int column)
{
    const QRect cell = table->visualRect(table->model()->index(row, column));
    QHelpEvent event(QEvent::ToolTip, cell.center(), table->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(table->viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

// The cell that holds exactly `text`, as {row, column}; {-1, -1} when none does.
std::pair<int, int> cellWith(const QTableWidget* table, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->item(row, column) && table->item(row, column)->text() == text)
                return {row, column};
        }
    }
    return {-1, -1};
}

// The cell is cut short on screen, and its tool tip is the whole text.
QString wholeAsToolTip(QTableWidget* table, const QString& text)
{
    const auto [row, column] = cellWith(table, text);
    if (row < 0)
        return u"no cell holds \"%1\""_s.arg(text);
    if (table->horizontalHeader()->sectionSize(column) >= wholeWidth(table, column))
        return u"\"%1\" is not cut short: the test shows nothing"_s.arg(text);
    const QString tip = toolTipOf(table, row, column);
    return tip == text ? QString() : u"the tool tip of \"%1\" is \"%2\""_s.arg(text, tip);
}

}  // namespace

class TstGuiTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void storesAndSitesShowEveryColumn();
    void headersWholeInEveryLanguage();
    void syncWithTableShowsEveryColumn();
    void impactPreviewShowsEveryColumn();
    void topologyBoxesCutLongNames();

private:
    std::unique_ptr<ui::MainWindow> openWindow();

    QTemporaryDir m_dir;
    QString m_path;
};

void TstGuiTables::initTestCase()
{
    test::prepareEnvironment();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"central.db"_s);
    Result<std::unique_ptr<SiteSession>> created = SiteSession::initCentral(m_path, kCentral, kCentralName, QString());
    QVERIFY(created.ok());
    SiteSession& central = **created;
    QVERIFY(central.sites().add(kHospital, kHospitalName, u"desktop"_s, false, u"hospital-password"_s).ok());
    QVERIFY(central.sites().add(kVan, kVanName, u"mobile"_s, false, u"outreach-password"_s).ok());
    QVERIFY(central.stores().add(u"OUT"_s, u"PHP-OUT"_s, kOutpatients, true).ok());
    QVERIFY(central.stores().add(u"WARD"_s, u"PHP-WARD"_s, kWards, true).ok());
    QVERIFY(central.stores().add(u"VAN"_s, u"NDHC-VAN"_s, kOutreach, true).ok());
    QVERIFY(central.stores().add(u"BULK"_s, u"CMS-BULK"_s, kBulk, false).ok());
    for (const auto& [store, site] : {std::pair{u"OUT"_s, kHospital}, {u"WARD"_s, kHospital}, {u"VAN"_s, kVan}}) {
        SyncSettingsChange move;
        move.activeSiteId = site;
        QVERIFY(central.syncSettings().apply(store, move).ok());
    }
    QVERIFY(UnlockGate(central.database()).setPassword(u"correct horse battery"_s).ok());
    // Both remote sites set up and in touch, as on a central in use: dates and figures in every column.
    for (int site : {kHospital, kVan}) {
        QVERIFY(central.writer()
                    .put(u"site"_s, {{u"id"_s, site}, {u"initialised_at"_s, u"2024-05-01T08:30:00Z"_s}},
                         WriteOptions::managedTables())
                    .ok());
        const QString problem = test::rawSql(
            m_path, {u"INSERT INTO site_cursor (site_id, last_connection_at, reported_version, reported_outgoing,"
                     " reported_problems, reported_at) VALUES (%1, '2024-06-12T16:45:00Z', '1.4.2', 12345, 12,"
                     " '2024-06-12T16:45:00Z') ON CONFLICT (site_id) DO UPDATE SET"
                     " last_connection_at = excluded.last_connection_at, reported_version = excluded.reported_version,"
                     " reported_outgoing = excluded.reported_outgoing, reported_problems = excluded.reported_problems,"
                     " reported_at = excluded.reported_at"_s.arg(site)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TstGuiTables::cleanup()
{
    ui::Language::use(u"en"_s);
}

std::unique_ptr<ui::MainWindow> TstGuiTables::openWindow()
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_path);
    if (!session)
        return nullptr;
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    auto window = std::make_unique<ui::MainWindow>(std::move(session).value(), options);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TstGuiTables::storesAndSitesShowEveryColumn()
{
    std::unique_ptr<ui::MainWindow> window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(1280, 720));  // the window's default size

    // Stores: ID, code, name, dispensary, active on; the name and the site it is active on give way.
    auto* stores = window->findChild<QTableWidget*>(u"storeTable"_s);
    QVERIFY(stores && stores->isVisible());
    QTRY_COMPARE(unfit(stores, {2, 4}), QString());
    QCOMPARE(wholeAsToolTip(stores, kWards), QString());
    QCOMPARE(wholeAsToolTip(stores, window->session().site().siteLabel(kHospital)), QString());

    // Sites: the name, the roles, the active stores and the address give way, so that in English
    // all twelve columns show at the default size; in longer languages the ID to the last
    // connection always do (below). Every header, date, state and figure shows whole.
    window->showPage(ui::MainWindow::Page::Sites);
    auto* sites = window->findChild<QTableWidget*>(u"siteTable"_s);
    QVERIFY(sites && sites->isVisible());
    QTRY_VERIFY(sites->item(1, kWaiting)->data(ui::SiteContactColumns::kCountRole).isValid());
    QTRY_COMPARE(unfit(sites, {1, 3, 4, kAddress}), QString());
    QCOMPARE(wholeAsToolTip(sites, kVanName), QString());
}

// covers AD-8
void TstGuiTables::headersWholeInEveryLanguage()
{
    std::unique_ptr<ui::MainWindow> window = openWindow();
    QVERIFY(window);
    auto* stores = window->findChild<QTableWidget*>(u"storeTable"_s);
    auto* sites = window->findChild<QTableWidget*>(u"siteTable"_s);
    for (const QString& language : {u"fr"_s, u"es"_s, u"pt"_s, u"en"_s}) {
        auto* action = window->findChild<QAction*>(u"language_%1"_s.arg(language));
        QVERIFY2(action, qPrintable(language));
        action->trigger();
        window->showPage(ui::MainWindow::Page::Stores);
        QTRY_COMPARE(unfit(stores, {2, 4}), QString());
        window->showPage(ui::MainWindow::Page::Sites);
        QTRY_VERIFY(sites->item(1, kWaiting)->data(ui::SiteContactColumns::kCountRole).isValid());
        QTRY_COMPARE(unfit(sites, {1, 3, 4, kAddress}, kLastConnection), QString());
        // The header of the last connection, on one line and whole.
        QHeaderView* header = sites->horizontalHeader();
        QVERIFY2(header->sectionSize(kLastConnection) >= header->sectionSizeHint(kLastConnection),
                 qPrintable(language + u": "_s + sites->horizontalHeaderItem(kLastConnection)->text()));
        QVERIFY(!sites->horizontalHeaderItem(kLastConnection)->text().contains(u'\n'));
    }
}

void TstGuiTables::syncWithTableShowsEveryColumn()
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_path);
    QVERIFY(session.ok());
    ui::StoreDialog dialog(**session, u"OUT"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>(u"storeTabs"_s);
    tabs->setCurrentIndex(1);
    auto* table = dialog.findChild<QTableWidget*>(u"syncWithTable"_s);
    QVERIFY(table && table->isVisible());
    // Site, Local, Sync with, visible to a store there: the site gives way.
    QTRY_COMPARE(unfit(table, {0}), QString());
    QCOMPARE(wholeAsToolTip(table, (*session)->site().siteLabel(kHospital)), QString());
}

void TstGuiTables::impactPreviewShowsEveryColumn()
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_path);
    QVERIFY(session.ok());
    // The outpatients come back to the central: the hospital loses its copy.
    SyncSettingsChange change;
    change.activeSiteId = kCentral;
    const Result<SyncSettingsImpact> impact = SyncSettingsImpact::measure((*session)->syncSettings(), u"OUT"_s, change);
    QVERIFY(impact.ok());
    QVERIFY(!impact->copies.isEmpty());
    ui::ImpactDialog dialog((*session)->site(), *impact);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* copies = dialog.findChild<QTableWidget*>(u"impactCopies"_s);
    auto* queued = dialog.findChild<QTableWidget*>(u"impactQueued"_s);
    QVERIFY(copies && queued);
    // Store, site, now, after saving, effect: the store and the site give way.
    QTRY_COMPARE(unfit(copies, {0, 1}), QString());
    QCOMPARE(wholeAsToolTip(copies, kOutpatients), QString());
    if (queued->isVisible())
        QTRY_COMPARE(unfit(queued, {0}), QString());
}

void TstGuiTables::topologyBoxesCutLongNames()
{
    std::unique_ptr<ui::MainWindow> window = openWindow();
    QVERIFY(window);
    window->showPage(ui::MainWindow::Page::Topology);
    auto* view = window->findChild<ui::TopologyView*>(u"topologyView"_s);
    QVERIFY(view && view->isVisible());
    for (int site : {kCentral, kHospital, kVan}) {
        const QRectF node = view->nodeRect(site);
        QVERIFY(!node.isNull());
        // The name is cut short inside its box...
        const QString title = view->title(site);
        QVERIFY2(title.endsWith(QChar(0x2026)), qPrintable(title));
        QFont bold = view->font();
        bold.setBold(true);
        QVERIFY2(QFontMetricsF(bold).horizontalAdvance(title) <= node.width() - 16, qPrintable(title));
        // ...and whole in the box's tool tip.
        QHelpEvent event(QEvent::ToolTip, node.center().toPoint(), view->mapToGlobal(node.center().toPoint()));
        QApplication::sendEvent(view, &event);
        QVERIFY(QToolTip::isVisible());
        const QString name = site == kCentral ? kCentralName : site == kHospital ? kHospitalName : kVanName;
        QVERIFY2(QToolTip::text().contains(name), qPrintable(QToolTip::text()));
    }
}

QTEST_MAIN(TstGuiTables)
#include "tst_gui_tables.moc"
