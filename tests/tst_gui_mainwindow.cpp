// The main window, offscreen: the navigator and its pages, Help > About with every table's record
// count (AD-4), and the real `sitesync` binary taking its screenshots or, without a display,
// printing a summary.
#include "client/centralconnection.h"
#include "client/syncworker.h"
#include "demo/demonetwork.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "report/sitestatus.h"
#include "settings/unlockgate.h"
#include "sitecontactcolumns.h"
#include "sitespage.h"
#include "sync/routing.h"
#include "sync/wirerecord.h"
#include "syncreportpage.h"
#include "syncstatuswidget.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <functional>
#include <iterator>

using namespace sitesync;
using namespace sitesync::test;

namespace {

// How long a sync in these tests may take at most; a limit, never an expectation.
constexpr int kSyncTimeoutMs = 60000;

// Runs `open`, which shows a modal dialog and returns once it is closed. While it is up, `inspect`
// gets the dialog; the dialog is closed after that if `inspect` left it open. Returns whether a
// modal dialog came up at all.
bool whileModal(const std::function<void()>& open, const std::function<void(QWidget*)>& inspect)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || seen)
            return;
        seen = true;
        poll.stop();
        inspect(modal);
        if (modal->isVisible())
            modal->close();
    });
    poll.start();
    open();
    poll.stop();
    return seen;
}

// The path of the GUI program next to this test's build directory, empty when it was not built.
QString guiBinary()
{
    const QString path =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/sitesync/sitesync"));
    return QFileInfo(path).isExecutable() ? path : QString();
}

}  // namespace

class TstGuiMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void navigatorShowsEveryPage();
    void aboutCountsEveryTable();
    void screenshotsOfEveryPageAndDialog();
    void withoutDisplayPrintsSummary();

private:
    // The demo network with remote site 1 initialised from a real server.
    test::ServedDemoNetwork m_network;
};

void TstGuiMainWindow::initTestCase()
{
    test::prepareEnvironment();
    const QString started = m_network.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TstGuiMainWindow::cleanupTestCase()
{
    m_network.stop();
}

// covers AD-4
void TstGuiMainWindow::navigatorShowsEveryPage()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    const QString path = session->database().path();
    QVERIFY(session->sites()
                .add(2, QStringLiteral("Remote 1"), QStringLiteral("desktop"), false, QStringLiteral("password-2"))
                .ok());
    QVERIFY(session->sites()
                .add(3, QStringLiteral("Clinic van"), QStringLiteral("mobile"), false, QStringLiteral("password-3"))
                .ok());
    QVERIFY(session->stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false).ok());
    QVERIFY(session->stores().add(QStringLiteral("C"), QStringLiteral("CLIN"), QStringLiteral("Clinic"), true).ok());
    QVERIFY(session->stores().add(QStringLiteral("D"), QStringLiteral("D"), QStringLiteral("Store D"), false).ok());
    SyncSettingsChange toTwo;
    toTwo.activeSiteId = 2;
    QVERIFY(session->syncSettings().apply(QStringLiteral("B"), toTwo).ok());

    ui::MainWindow window(std::move(session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QLatin1String("Central")));
    auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(navigator);
    QVERIFY(pages);
    QStringList titles;
    for (int row = 0; row < navigator->count(); ++row)
        titles << navigator->item(row)->text();
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Stores"), QStringLiteral("Sites"), QStringLiteral("Sync log"),
                          QStringLiteral("Sync report"), QStringLiteral("Reports"), QStringLiteral("Topology")}));
    QCOMPARE(pages->count(), 6);
    QCOMPARE(navigator->currentRow(), 0);  // the window opens on the stores

    // A click on each row, from the last to the first so that each changes the page, shows the
    // page with the matching table and hides the others.
    const QStringList tables = {QStringLiteral("storeTable"),       QStringLiteral("siteTable"),
                                QStringLiteral("syncProblemTable"), QStringLiteral("syncReportTable"),
                                QStringLiteral("stockOnHandTable"), QStringLiteral("topologyView")};
    for (int row = navigator->count() - 1; row >= 0; --row) {
        clickRow(navigator, row);
        QCOMPARE(navigator->currentRow(), row);
        QCOMPARE(pages->currentIndex(), row);
        QVERIFY(pages->currentWidget()->isVisible());
        for (int other = 0; other < tables.size(); ++other) {
            auto* table = window.findChild<QWidget*>(tables[other]);
            QVERIFY2(table, qPrintable(tables[other]));
            QCOMPARE(pages->widget(other)->isAncestorOf(table), true);
            QCOMPARE(table->isVisible(), other == row);
        }
    }

    // The stores, as the database holds them.
    const QString storeSql =
        QStringLiteral("SELECT st.id%1st.code%1st.name%1CASE st.is_dispensary WHEN 1 THEN 'yes' ELSE 'no' END%1"
                       "COALESCE(si.id || ' (' || si.name || ')', 'unknown here')"
                       " FROM store st LEFT JOIN store_sync ss ON ss.id = st.id"
                       " LEFT JOIN site si ON si.id = ss.active_site_id")
            .arg(kSqlSep);
    auto* stores = window.findChild<QTableWidget*>(QStringLiteral("storeTable"));
    QCOMPARE(sorted(tableRows(stores)), sorted(rawRows(path, storeSql)));
    QCOMPARE(stores->rowCount(), 3);
    QVERIFY(tableRows(stores).contains(QStringList({QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"),
                                                    QStringLiteral("no"), QStringLiteral("2 (Remote 1)")})
                                           .join(kSep)));

    // The sites: ID, name, type, role, active stores; never initialised nor connected here, so
    // nothing reported (ACC-4); and what waits for each on the central, once counted.
    auto* sites = window.findChild<QTableWidget*>(QStringLiteral("siteTable"));
    const int waitingColumn = ui::SitesPage::kContactColumn + 3;
    const QMap<int, int> queued = *Routing::queuedBySite(window.session().database());
    QTRY_VERIFY(sites->item(1, waitingColumn)->data(ui::SiteContactColumns::kCountRole).isValid() &&
                sites->item(2, waitingColumn)->data(ui::SiteContactColumns::kCountRole).isValid());
    const QStringList siteIds = rawRows(path, QStringLiteral("SELECT id FROM site ORDER BY id"));
    QCOMPARE(siteIds, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QStringList expectedSites;
    for (const QString& id : siteIds) {
        const QStringList site =
            rawRows(
                path,
                QStringLiteral("SELECT name%1type%1is_central%1is_primary FROM site WHERE id = %2").arg(kSqlSep, id))
                .value(0)
                .split(kSep);
        QCOMPARE(site.size(), 4);
        QStringList roles;
        if (site[2] == QLatin1String("1"))
            roles << QStringLiteral("central server");
        if (site[3] == QLatin1String("1"))
            roles << QStringLiteral("primary server");
        if (roles.isEmpty())
            roles << QStringLiteral("remote site");
        const QStringList active =
            rawRows(path, QStringLiteral("SELECT id FROM store_sync WHERE active_site_id = %1 ORDER BY id").arg(id));
        const bool central = site[2] == QLatin1String("1");
        expectedSites << QStringList{id,
                                     site[0],
                                     site[1],
                                     roles.join(QStringLiteral(", ")),
                                     active.join(QStringLiteral(", ")),
                                     central ? QString() : QStringLiteral("not yet"),
                                     central ? QString() : QStringLiteral("never"),
                                     central ? QString() : QStringLiteral("unknown"),
                                     central ? QString() : QStringLiteral("unknown"),
                                     central ? QString() : QStringLiteral("unknown"),
                                     central ? QString() : QString::number(queued.value(id.toInt())),
                                     central ? QString() : QStringLiteral("never connected")}
                             .join(kSep);
    }
    QCOMPARE(tableRows(sites), expectedSites);

    // A store added by another program shows once the page is shown again.
    {
        Result<std::unique_ptr<SiteSession>> other = SiteSession::open(path);
        QVERIFY(other.ok());
        QVERIFY(
            (*other)->stores().add(QStringLiteral("E"), QStringLiteral("E"), QStringLiteral("Store E"), false).ok());
    }
    clickRow(navigator, 1);
    clickRow(navigator, 0);
    QCOMPARE(stores->rowCount(), 4);
    QCOMPARE(sorted(tableRows(stores)), sorted(rawRows(path, storeSql)));

    // The central does not start syncs: "sync now" is disabled and says why; its queue is the
    // records waiting for the remote sites.
    auto* syncNow = window.findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* status = window.findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    QVERIFY(syncNow);
    QVERIFY(status);
    QVERIFY(!syncNow->isEnabled());
    QVERIFY(syncNow->toolTip().contains(QLatin1String("central server")));
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(!status->isSyncing());
    QVERIFY(!window.findChild<QProgressBar*>(QStringLiteral("syncProgress"))->isVisible());
    const Result<SiteStatus> siteStatus = SiteStatus::collect(window.session());
    QVERIFY(siteStatus.ok());
    QVERIFY(siteStatus->syncOut > 0);
    QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("syncOutLabel"))->text(),
                 QStringLiteral("%1 record(s) queued for remote sites").arg(QLocale().toString(siteStatus->syncOut)));
}

// covers AD-4
void TstGuiMainWindow::aboutCountsEveryTable()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    const QString path = session->database().path();
    QVERIFY(session->sites()
                .add(2, QStringLiteral("Remote 1"), QStringLiteral("desktop"), false, QStringLiteral("password-2"))
                .ok());
    QVERIFY(session->stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false).ok());
    RecordWriter& writer = session->writer();
    QVERIFY(writer
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i1")},
                                              {QStringLiteral("code"), QStringLiteral("AMOX")},
                                              {QStringLiteral("name"), QStringLiteral("Amoxicillin")}})
                .ok());
    constexpr int kLines = 1234;
    QVERIFY(writer
                .inOneTransaction([&]() -> Status {
                    for (int i = 0; i < kLines; ++i) {
                        const Result<WriteResult> w = writer.put(
                            QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("line-%1").arg(i)},
                                                           {QStringLiteral("store_id"), QStringLiteral("B")},
                                                           {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                           {QStringLiteral("quantity"), i}});
                        if (!w)
                            return w.error();
                    }
                    return {};
                })
                .ok());

    ui::MainWindow window(std::move(session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);

    QString dialogName;
    QString heading;
    QString headingTip;
    QStringList names;
    QMap<QString, QVariant> counts;
    QMap<QString, QString> texts;
    bool closeClicked = false;
    const auto readDialog = [&](QWidget* dialog) {
        dialogName = dialog->objectName();
        if (auto* label = dialog->findChild<QLabel*>(QStringLiteral("aboutHeading"))) {
            heading = label->text();
            headingTip = label->toolTip();
        }
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("tableCounts"));
        // The outgoing queue is counted in a worker thread; its row fills in when that is done.
        const auto queueCounted = [table] {
            const QList<QTableWidgetItem*> found = table->findItems(QStringLiteral("sync_out"), Qt::MatchExactly);
            return found.size() == 1 && table->item(found.first()->row(), 1)->data(Qt::UserRole).isValid();
        };
        if (table)
            QTRY_VERIFY(queueCounted());
        for (int row = 0; table && row < table->rowCount(); ++row) {
            const QString name = table->item(row, 0)->text();
            names << name;
            counts.insert(name, table->item(row, 1)->data(Qt::UserRole));
            texts.insert(name, table->item(row, 1)->text());
        }
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        if (buttons && buttons->button(QDialogButtonBox::Close)) {
            QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
            closeClicked = !dialog->isVisible();
        }
    };
    const bool shown = whileModal([&] { about->trigger(); }, readDialog);
    QVERIFY(shown);
    QCOMPARE(dialogName, QStringLiteral("aboutDialog"));
    QVERIFY(closeClicked);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY2(heading.contains(QLatin1String("1 (Central)")), qPrintable(heading));
    // The file by its name; the whole path on hovering.
    QVERIFY2(heading.contains(QFileInfo(path).fileName()), qPrintable(heading));
    QCOMPARE(headingTip, path);

    // Every table of the schema but SQLite's own, each once, and the outgoing queue.
    const QStringList tables = rawRows(
        path,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'"));
    QVERIFY(tables.size() > 10);
    QVERIFY(!tables.contains(QStringLiteral("sync_out")));
    QCOMPARE(sorted(names), sorted(tables + QStringList{QStringLiteral("sync_out")}));
    for (const QString& table : tables) {
        const qint64 expected = rawCount(path, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        QVERIFY2(expected >= 0, qPrintable(table));
        QCOMPARE(counts.value(table).toLongLong(), expected);
        QCOMPARE(texts.value(table), QLocale().toString(expected));
    }
    // What the test put there, known without asking the database.
    QCOMPARE(counts.value(QStringLiteral("stock_line")).toLongLong(), qint64(kLines));
    QCOMPARE(counts.value(QStringLiteral("site")).toLongLong(), qint64(2));
    QCOMPARE(counts.value(QStringLiteral("store")).toLongLong(), qint64(1));
    QCOMPARE(counts.value(QStringLiteral("item")).toLongLong(), qint64(1));

    // sync_out: the queue SiteStatus reports, and the number at the bottom left.
    const Result<SiteStatus> status = SiteStatus::collect(window.session());
    QVERIFY(status.ok());
    QVERIFY(status->syncOut > 0);
    QCOMPARE(counts.value(QStringLiteral("sync_out")).toLongLong(), qint64(status->syncOut));
    QTRY_VERIFY(!window.findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"))->isCounting());
    const QString queueText = window.findChild<QLabel*>(QStringLiteral("syncOutLabel"))->text();
    const QRegularExpressionMatch queued = QRegularExpression(QStringLiteral("^(\\d+) record")).match(queueText);
    QVERIFY2(queued.hasMatch(), qPrintable(queueText));
    QCOMPARE(queued.captured(1).toLongLong(), counts.value(QStringLiteral("sync_out")).toLongLong());
}

// covers AD-4
void TstGuiMainWindow::screenshotsOfEveryPageAndDialog()
{
    const QString binary = guiBinary();
    if (binary.isEmpty())
        QSKIP("The sitesync program is not built next to the tests.");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<DemoNetwork::Summary> demo =
        DemoNetwork::build(dir.filePath(QStringLiteral("network")), [](const QString&) {});
    QVERIFY(demo.ok());
    const QByteArray before = test::contentDigest(demo->centralPath);
    const QString pictures = dir.filePath(QStringLiteral("pictures"));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(binary, {QStringLiteral("--db"), demo->centralPath, QStringLiteral("--screenshots"), pictures});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, err.constData());

    const QStringList names = {QStringLiteral("stores"),
                               QStringLiteral("sites"),
                               QStringLiteral("sync-log"),
                               QStringLiteral("sync-report"),
                               QStringLiteral("reports"),
                               QStringLiteral("topology"),
                               QStringLiteral("store-synchronisation"),
                               QStringLiteral("store-visibility"),
                               QStringLiteral("impact-preview"),
                               QStringLiteral("site-export"),
                               QStringLiteral("site-setup"),
                               QStringLiteral("stores-fr"),
                               QStringLiteral("about")};
    QStringList expectedFiles;
    QSize windowSize;
    for (const QString& name : names) {
        const QString file = QDir(pictures).filePath(name + QStringLiteral(".png"));
        expectedFiles << file;
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY2(image.width() >= 200 && image.height() >= 150, qPrintable(file));
        QVERIFY2(image.width() <= 4000 && image.height() <= 4000, qPrintable(file));
        // Something was drawn: not a single colour all over.
        const QImage small = image.convertToFormat(QImage::Format_RGB32);
        bool varied = false;
        for (int y = 0; y < small.height() && !varied; y += 3) {
            for (int x = 0; x < small.width() && !varied; x += 3)
                varied = small.pixel(x, y) != small.pixel(0, 0);
        }
        QVERIFY2(varied, qPrintable(file));
        // The pages are pictures of the whole window, all the same size.
        if (names.indexOf(name) < 6) {
            if (!windowSize.isValid())
                windowSize = image.size();
            QCOMPARE(image.size(), windowSize);
        }
    }
    QVERIFY(windowSize.width() >= 600 && windowSize.height() >= 400);
    // It lists what it wrote, and nothing else.
    QStringList listed =
        QString::fromLocal8Bit(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& file : listed)
        file = QDir::cleanPath(file);
    for (QString& file : expectedFiles)
        file = QDir::cleanPath(file);
    QCOMPARE(sorted(listed), sorted(expectedFiles));
    // Taking pictures changes nothing: the impact preview is measured, never saved.
    QCOMPARE(test::contentDigest(demo->centralPath), before);
}

// covers AD-4
void TstGuiMainWindow::withoutDisplayPrintsSummary()
{
    const QString binary = guiBinary();
    if (binary.isEmpty())
        QSKIP("The sitesync program is not built next to the tests.");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(binary, {QStringLiteral("--db"), m_network.centralPath()});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(out.contains(QLatin1String("No display")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Site 1 (Sync server)")), qPrintable(out));
    // Every store, one line each: "  <id>  <name>  active on <site>".
    const QStringList stores = rawRows(
        m_network.centralPath(), QStringLiteral("SELECT st.id%1st.name%1COALESCE(si.id || ' (' || si.name || ')', '')"
                                                " FROM store st LEFT JOIN store_sync ss ON ss.id = st.id"
                                                " LEFT JOIN site si ON si.id = ss.active_site_id ORDER BY st.id")
                                     .arg(kSqlSep));
    QCOMPARE(stores.size(), 6);
    const QStringList lines = out.split(QLatin1Char('\n'));
    for (const QString& store : stores) {
        const QStringList cells = store.split(kSep);
        QCOMPARE(cells.size(), 3);
        const QString line = QStringLiteral("  %1  %2  active on %3").arg(cells[0], cells[1], cells[2]);
        QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral("\n---\n") + out));
    }
}

QTEST_MAIN(TstGuiMainWindow)
#include "tst_gui_mainwindow.moc"
