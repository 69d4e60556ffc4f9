// The sync report with an injected clock (AD-5), with the sites that need action (ACC-4), and the sync log of refused
// and quarantined records and of the audit trail (AD-7), offscreen.
#include "client/centralconnection.h"
#include "client/remotesync.h"
#include "client/syncworker.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "report/sitestatus.h"
#include "settings/unlockgate.h"
#include "sitecontactcolumns.h"
#include "sync/routing.h"
#include "sync/siteledger.h"
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

WireRecord wireRecord(qint64 seq, const QString& table, const QJsonObject& data)
{
    WireRecord record;
    record.seq = seq;
    record.table = table;
    record.id = data.value(QLatin1String("id")).toString();
    record.data = data;
    return record;
}

}  // namespace

class TstGuiSyncLogReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syncReportMarksSitesNotSeenForAMonth();
    void syncReportMarksSitesThatNeedAction();
    void remoteSyncReportSitsAtTheTop();
    void syncLogShowsProblemsAndAuditTrail();

private:
    // The demo network with remote site 1 initialised from a real server.
    test::ServedDemoNetwork m_network;
};

void TstGuiSyncLogReport::initTestCase()
{
    test::prepareEnvironment();
    const QString started = m_network.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TstGuiSyncLogReport::cleanupTestCase()
{
    m_network.stop();
}

// covers AD-5
void TstGuiSyncLogReport::syncReportMarksSitesNotSeenForAMonth()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    const QString path = session->database().path();
    // "Now" is 31 March, so "a month ago" is 28 February, not 3 March nor 1 March.
    struct Site {
        int id;
        const char* name;
        const char* type;
        const char* lastConnection;  // nullptr: no cursor row at all; "": a cursor row without a time
        const char* shown;           // the "Last connection" column
        const char* age;             // the "Age" column
    };
    const Site remotes[] = {
        {2, "Three days", "desktop", "2026-03-28T12:00:00Z", "2026-03-28 12:00 UTC", "3 day(s) ago"},
        {3, "Forty days", "mobile", "2026-02-19T12:00:00Z", "2026-02-19 12:00 UTC", nullptr},
        // 31 days: exactly one calendar month before 31 March 12:00, not over it.
        {4, "A month to the second", "desktop", "2026-02-28T12:00:00Z", "2026-02-28 12:00 UTC", nullptr},
        {5, "A second over a month", "desktop", "2026-02-28T11:59:59Z", "2026-02-28 11:59 UTC", nullptr},
        // Over 30 days, but within the month.
        {6, "Thirty and a half days", "desktop", "2026-03-01T00:00:00Z", "2026-03-01 00:00 UTC", nullptr},
        // 13:30 at UTC+2 is 11:30 UTC: over the month, though the local clock reads later than 12:00.
        {7, "East of Greenwich", "desktop", "2026-02-28T13:30:00+02:00", "2026-02-28 11:30 UTC", nullptr},
        {8, "Cursor but no connection", "desktop", "", "never", "overdue"},
        {9, "Never connected", "mobile", nullptr, "never", "overdue"},
    };
    QStringList cursors;
    for (const Site& site : remotes) {
        QVERIFY(session->sites()
                    .add(site.id, QString::fromUtf8(site.name), QString::fromLatin1(site.type), false,
                         QStringLiteral("password-%1").arg(site.id))
                    .ok());
        if (site.lastConnection) {
            cursors << QStringLiteral(
                           "INSERT INTO site_cursor (site_id, last_connection_at) VALUES (%1, %2)"
                           " ON CONFLICT (site_id) DO UPDATE SET last_connection_at = excluded.last_connection_at")
                           .arg(site.id)
                           .arg(*site.lastConnection ? QStringLiteral("'%1'").arg(QLatin1String(site.lastConnection))
                                                     : QStringLiteral("NULL"));
        } else {
            cursors << QStringLiteral("DELETE FROM site_cursor WHERE site_id = %1").arg(site.id);
        }
    }
    const QString written = test::rawSql(path, cursors);
    QVERIFY2(written.isEmpty(), qPrintable(written));

    QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-31T12:00:00Z"), Qt::ISODate);
    QVERIFY(now.isValid());
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    options.clock = [&now] { return now; };
    ui::MainWindow window(std::move(session), options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickRow(window.findChild<QListWidget*>(QStringLiteral("navigator")), 3);
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("syncReportTable"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QAction* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);

    // The remote sites, each once (the central is not reported on), with their times.
    QCOMPARE(table->rowCount(), int(std::size(remotes)));
    QHash<int, int> rowOf;
    for (const Site& site : remotes) {
        const QString label = QStringLiteral("%1 (%2)").arg(site.id).arg(QString::fromUtf8(site.name));
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == label) {
                QVERIFY2(!rowOf.contains(site.id), qPrintable(label));
                rowOf.insert(site.id, row);
            }
        }
        QVERIFY2(rowOf.contains(site.id), qPrintable(label));
        const int row = rowOf.value(site.id);
        QCOMPARE(table->item(row, 1)->text(), QString::fromLatin1(site.type));
        QCOMPARE(table->item(row, 2)->text(), QString::fromLatin1(site.shown));
        if (site.age)
            QCOMPARE(table->item(row, 3)->text(), QString::fromLatin1(site.age));
    }

    // Which sites are in red: every cell of their row, both as data and as colour.
    const QColor red = ui::SyncReportPage::overdueColour();
    const auto overdueSites = [&] {
        QList<int> overdue;
        for (auto it = rowOf.cbegin(); it != rowOf.cend(); ++it) {
            const int row = it.value();
            const bool marked = table->item(row, 0)->data(Qt::UserRole).toBool();
            bool consistent = true;
            for (int column = 0; column < table->columnCount(); ++column) {
                QTableWidgetItem* item = table->item(row, column);
                const QVariant foreground = item->data(Qt::ForegroundRole);
                const bool isRed = foreground.isValid() && item->foreground().color() == red;
                consistent = consistent && item->data(Qt::UserRole).toBool() == marked && isRed == marked &&
                             item->toolTip().isEmpty() != marked;
            }
            if (!consistent)
                overdue << -it.key();  // a row half marked shows as its negated ID
            else if (marked)
                overdue << it.key();
        }
        std::sort(overdue.begin(), overdue.end());
        return overdue;
    };
    QCOMPARE(overdueSites(), (QList<int>{3, 5, 7, 8, 9}));
    // Red is never the only sign: an overdue site's age says so in words, and a warning icon stands
    // beside its last connection.
    for (auto it = rowOf.cbegin(); it != rowOf.cend(); ++it) {
        const bool overdue = QList<int>{3, 5, 7, 8, 9}.contains(it.key());
        const QString shownAge = table->item(it.value(), 3)->text();
        QVERIFY2(shownAge.contains(QLatin1String("overdue")) == overdue, qPrintable(shownAge));
        QCOMPARE(!table->item(it.value(), 2)->icon().isNull(), overdue);
    }
    QCOMPARE(table->item(rowOf.value(3), 3)->text(), QStringLiteral("40 day(s) ago, overdue"));

    // Ten days on, the sites last seen before 10 March 12:00 turn red.
    now = QDateTime::fromString(QStringLiteral("2026-04-10T12:00:00Z"), Qt::ISODate);
    refresh->trigger();
    QCOMPARE(overdueSites(), (QList<int>{3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(table->item(rowOf.value(2), 3)->text(), QStringLiteral("13 day(s) ago"));

    // Back to 29 March 00:00: a month before is 28 February 00:00 (there is no 29 February in
    // 2026), so those seen on 28 February are no longer red: the red of before does not linger.
    now = QDateTime::fromString(QStringLiteral("2026-03-29T00:00:00Z"), Qt::ISODateWithMs);
    refresh->trigger();
    QCOMPARE(overdueSites(), (QList<int>{3, 8, 9}));
}

// covers AD-5
// On a remote site the page holds only its heading and a note: both sit at the top of the page.
void TstGuiSyncLogReport::remoteSyncReportSitsAtTheTop()
{
    ui::MainWindowOptions options;
    options.credentials = m_network.credentials();
    ui::MainWindow window(SiteSession::open(m_network.remotePath()).value(), options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(ui::MainWindow::Page::SyncReport);
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* note = window.findChild<QLabel*>(QStringLiteral("syncReportNote"));
    QVERIFY(pages && note && note->isVisible());
    QVERIFY(!window.findChild<QTableWidget*>(QStringLiteral("syncReportTable"))->isVisible());
    QVERIFY2(pages->height() > 300, qPrintable(QString::number(pages->height())));
    // The note ends within the first tenth of the page: nothing pushes it down.
    const int noteBottom = note->mapTo(pages, QPoint(0, note->height())).y();
    QVERIFY2(noteBottom < pages->height() / 10 + 2 * note->fontMetrics().height(),
             qPrintable(QStringLiteral("%1 of %2").arg(noteBottom).arg(pages->height())));
    QVERIFY(note->text().contains(QLatin1String("last synced")));
}

// covers AD-5, ACC-4
void TstGuiSyncLogReport::syncReportMarksSitesThatNeedAction()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    const QString path = session->database().path();
    struct Site {
        int id;
        QList<int> queues;  // its queue at its contacts, in order
        int problems;       // at its last contact
        const char* lastConnection;
    };
    const Site remotes[] = {
        {2, {4, 0}, 0, "2026-03-28T12:00:00Z"},          // all is well
        {3, {5, 9, 14, 20}, 0, "2026-03-28T12:00:00Z"},  // grew at three contacts
        {4, {5, 9, 9, 14}, 0, "2026-03-28T12:00:00Z"},   // grew twice, once the same: not yet
        {5, {1, 1}, 2, "2026-03-28T12:00:00Z"},          // reports problems
        {6, {7, 3}, 1, "2026-01-05T12:00:00Z"},          // reports a problem and is overdue
        {7, {1, 2, 3, 4}, 0, "2026-01-05T12:00:00Z"},    // grew, and is overdue
    };
    SiteLedger ledger(session->database());
    QStringList connections;
    for (const Site& site : remotes) {
        QVERIFY(session->sites()
                    .add(site.id, QStringLiteral("Site %1").arg(site.id), QStringLiteral("desktop"), false,
                         QStringLiteral("password-%1").arg(site.id))
                    .ok());
        for (int queue : site.queues) {
            SiteReport report;
            report.version = QStringLiteral("1.%1").arg(site.id);
            report.outgoing = queue;
            report.problems = queue == site.queues.last() ? site.problems : 0;
            QVERIFY(ledger.contact(site.id, report).ok());
        }
        connections << QStringLiteral("UPDATE site_cursor SET last_connection_at = '%1' WHERE site_id = %2")
                           .arg(QLatin1String(site.lastConnection))
                           .arg(site.id);
    }
    const QString written = test::rawSql(path, connections);
    QVERIFY2(written.isEmpty(), qPrintable(written));

    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-31T12:00:00Z"), Qt::ISODate);
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    options.clock = [now] { return now; };
    ui::MainWindow window(std::move(session), options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickRow(window.findChild<QListWidget*>(QStringLiteral("navigator")), 3);
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("syncReportTable"));
    QVERIFY(table && table->isVisible());
    const QString note = window.findChild<QLabel*>(QStringLiteral("syncReportNote"))->text();
    QVERIFY2(note.contains(QLatin1String("in red")) && note.contains(QLatin1String("\"Action needed\"")),
             qPrintable(note));

    const int badge = ui::SyncReportPage::kAttentionColumn;
    const int first = badge + 1;
    const QColor red = ui::SyncReportPage::overdueColour();
    const QColor attention = ui::SyncReportPage::attentionColour();
    QVERIFY(attention != red);
    QMap<int, int> rowOf;
    for (int row = 0; row < table->rowCount(); ++row)
        rowOf.insert(table->item(row, 0)->text().section(QLatin1Char(' '), 0, 0).toInt(), row);
    QCOMPARE(rowOf.keys(), (QList<int>{2, 3, 4, 5, 6, 7}));
    QList<int> needAction;
    for (const Site& site : remotes) {
        const int row = rowOf.value(site.id);
        const bool marked = table->item(row, 0)->data(ui::SyncReportPage::kAttentionRole).toBool();
        const bool overdue = table->item(row, 0)->data(Qt::UserRole).toBool();
        QCOMPARE(overdue, site.id >= 6);
        if (marked)
            needAction << site.id;
        // Every cell says the same; red stays red, the others take the colour of "action needed".
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem* item = table->item(row, column);
            QCOMPARE(item->data(ui::SyncReportPage::kAttentionRole).toBool(), marked);
            const QColor expected = overdue ? red : marked ? attention : QColor();
            if (column == badge && marked) {
                QCOMPARE(item->background().color(), attention);
                QCOMPARE(item->text(), QStringLiteral("Action needed"));
            } else if (expected.isValid()) {
                QCOMPARE(item->foreground().color(), expected);
            } else {
                QVERIFY(!item->data(Qt::ForegroundRole).isValid());
                QVERIFY(item->text().isEmpty() || column != badge);
            }
            QCOMPARE(item->toolTip().isEmpty(), !marked && !overdue);
        }
        // What it reported at its last contact.
        QCOMPARE(table->item(row, first)->text(), QStringLiteral("1.%1").arg(site.id));
        QCOMPARE(table->item(row, first + 1)->data(ui::SiteContactColumns::kCountRole).toInt(), site.queues.last());
        QCOMPARE(table->item(row, first + 2)->data(ui::SiteContactColumns::kCountRole).toInt(), site.problems);
    }
    QCOMPARE(needAction, (QList<int>{3, 5, 6, 7}));
    // The tooltips say why.
    const QString grew = table->item(rowOf.value(3), 0)->toolTip();
    QVERIFY2(grew.contains(QStringLiteral("grew at 3 contact(s)")), qPrintable(grew));
    QVERIFY2(grew.contains(QLocale().createSeparatedList(
                 {QStringLiteral("5"), QStringLiteral("9"), QStringLiteral("14"), QStringLiteral("20")})),
             qPrintable(grew));
    const QString reports = table->item(rowOf.value(5), 2)->toolTip();
    QCOMPARE(reports, QStringLiteral("It reports 2 open sync problem(s)."));
    const QString both = table->item(rowOf.value(6), 0)->toolTip();
    QVERIFY2(both.contains(QStringLiteral("No connection for over a month.")) &&
                 both.contains(QStringLiteral("It reports 1 open sync problem(s).")),
             qPrintable(both));

    // What waits for each site on the central, counted in a worker.
    const QMap<int, int> queued = *Routing::queuedBySite(window.session().database());
    for (const Site& site : remotes) {
        QTableWidgetItem* waiting = table->item(rowOf.value(site.id), first + 3);
        QTRY_VERIFY(waiting->data(ui::SiteContactColumns::kCountRole).isValid());
        QCOMPARE(waiting->data(ui::SiteContactColumns::kCountRole).toInt(), queued.value(site.id));
    }
}

// covers AD-7
void TstGuiSyncLogReport::syncLogShowsProblemsAndAuditTrail()
{
    QTemporaryDir dir;
    const QString password = QStringLiteral("site-two-password");
    QString path;
    {
        std::unique_ptr<SiteSession> central = test::newCentral(dir);
        QVERIFY(central);
        path = central->database().path();
        QVERIFY(central->sites().add(2, QStringLiteral("Remote"), QStringLiteral("desktop"), false, password).ok());
        QVERIFY(central->sites()
                    .add(3, QStringLiteral("Other"), QStringLiteral("desktop"), false, QStringLiteral("password-3"))
                    .ok());
        QVERIFY(central->stores().add(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Store A"), false).ok());
        QVERIFY(central->stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false).ok());
        SyncSettingsChange toTwo;
        toTwo.activeSiteId = 2;
        QVERIFY(central->syncSettings().apply(QStringLiteral("B"), toTwo).ok());
        QVERIFY(central->writer()
                    .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i1")},
                                                  {QStringLiteral("code"), QStringLiteral("AMOX")},
                                                  {QStringLiteral("name"), QStringLiteral("Amoxicillin")}})
                    .ok());
    }
    // Real refusals: site 2 pushes records it does not own to a real server.
    {
        test::ServerProcess server;
        const QString started = server.start(path);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        CentralConnection connection(QUrl(server.url()), 2, password, QStringLiteral("gui-test-machine"));
        QVERIFY(connection.post(QStringLiteral("initialise"), {}).ok());
        const QList<WireRecord> batch = {
            wireRecord(101, QStringLiteral("stock_line"),
                       {{"id", "ok-line"}, {"store_id", "B"}, {"item_id", "i1"}, {"quantity", 3}}),
            // store data of A, which is active on the central
            wireRecord(102, QStringLiteral("stock_line"),
                       {{"id", "forged-line"}, {"store_id", "A"}, {"item_id", "i1"}, {"quantity", 9}}),
            // central data from a site that is not the primary
            wireRecord(103, QStringLiteral("item"), {{"id", "forged-item"}, {"code", "X"}, {"name", "Forged"}}),
        };
        QJsonArray records;
        for (const WireRecord& record : batch)
            records.append(record.toJson());
        const Result<QJsonObject> answer =
            connection.post(QStringLiteral("push"), QJsonObject{{QStringLiteral("from_seq"), 0},
                                                                {QStringLiteral("upto_seq"), 103},
                                                                {QStringLiteral("batch"), QStringLiteral("forged")},
                                                                {QStringLiteral("records"), records}});
        QVERIFY2(answer.ok(), answer ? "" : qPrintable(answer.error().message));
    }
    QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM sync_problem WHERE kind = 'refused'")), qint64(2));
    // And logged by other means: quarantined, resolved, from an unknown site; later than the above.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(120);
    const QString inserted = test::rawSql(
        path,
        {QStringLiteral("INSERT INTO sync_problem (at, site_id, kind, table_name, record_id, reason, payload, resolved)"
                        " VALUES ('%1', 3, 'quarantined', 'stock_line', 'waiting-line',"
                        " 'Its item i9 has not arrived yet.', '{}', 0)")
             .arg(later.toString(Qt::ISODate)),
         QStringLiteral("INSERT INTO sync_problem (at, site_id, kind, table_name, record_id, reason, payload, resolved)"
                        " VALUES ('%1', 3, 'quarantined', 'item', 'late-item', 'Its code was missing.', NULL, 1)")
             .arg(later.addSecs(60).toString(Qt::ISODateWithMs)),
         QStringLiteral("INSERT INTO sync_problem (at, site_id, kind, table_name, record_id, reason, payload, resolved)"
                        " VALUES ('%1', NULL, 'refused', 'name', NULL, 'Sent by a site this server does not know.',"
                        " NULL, 0)")
             .arg(later.addSecs(120).toString(Qt::ISODate))});
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted));

    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(path);
    QVERIFY(opened.ok());
    ui::MainWindow window(std::move(opened).value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Entries of the audit trail, made while the window is open.
    UnlockGate gate(window.session().database());
    QVERIFY(gate.setPassword(QStringLiteral("unlock-me-please")).ok());
    QVERIFY(!gate.unlock(QStringLiteral("not the password")).ok());
    QVERIFY(gate.unlock(QStringLiteral("unlock-me-please")).ok());

    auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
    clickRow(navigator, 2);
    auto* problems = window.findChild<QTableWidget*>(QStringLiteral("syncProblemTable"));
    auto* audit = window.findChild<QTableWidget*>(QStringLiteral("auditTable"));
    QVERIFY(problems);
    QVERIFY(audit);
    QVERIFY(problems->isVisible());

    // The problems, newest first: when, site, problem, table, record, reason.
    QStringList expectedProblems;
    const QStringList rows =
        rawRows(path, QStringLiteral("SELECT p.at%1COALESCE(p.site_id || ' (' || s.name || ')', 'unknown')%1p.kind%1"
                                     "p.resolved%1p.table_name%1COALESCE(p.record_id, '')%1p.reason"
                                     " FROM sync_problem p LEFT JOIN site s ON s.id = p.site_id"
                                     " ORDER BY p.at DESC, p.id DESC")
                          .arg(kSqlSep));
    for (const QString& row : rows) {
        const QStringList cells = row.split(kSep);
        QCOMPARE(cells.size(), 7);
        const QString kind = cells[3] == QLatin1String("1") ? QStringLiteral("%1 (resolved)").arg(cells[2]) : cells[2];
        expectedProblems << QStringList{shownTime(cells[0]), cells[1], kind, cells[4], cells[5], cells[6]}.join(kSep);
    }
    QCOMPARE(rows.size(), 5);
    QCOMPARE(tableRows(problems), expectedProblems);
    // What the test made happen, known without asking the database: the newest three first.
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("unknown"));
    QCOMPARE(problems->item(1, 2)->text(), QStringLiteral("quarantined (resolved)"));
    QCOMPARE(problems->item(2, 4)->text(), QStringLiteral("waiting-line"));
    QStringList refusedFromTwo;
    for (int row = 0; row < problems->rowCount(); ++row) {
        if (problems->item(row, 1)->text() == QLatin1String("2 (Remote)") &&
            problems->item(row, 2)->text() == QLatin1String("refused"))
            refusedFromTwo << problems->item(row, 3)->text() + QLatin1Char('/') + problems->item(row, 4)->text();
    }
    QCOMPARE(sorted(refusedFromTwo),
             (QStringList{QStringLiteral("item/forged-item"), QStringLiteral("stock_line/forged-line")}));

    // The audit trail, newest first: when, who, action, detail.
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("syncLogTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(audit);
    QVERIFY(audit->isVisible());
    // When and who as stored; what, in the window's words (an older entry's English detail as it is).
    QStringList expectedAudit;
    for (const QString& row : rawRows(path, QStringLiteral("SELECT at%1actor FROM audit_log"
                                                           " ORDER BY at DESC, id DESC")
                                                .arg(kSqlSep))) {
        QStringList cells = row.split(kSep);
        QCOMPARE(cells.size(), 2);
        cells[0] = shownTime(cells[0]);
        expectedAudit << cells.join(kSep);
    }
    QStringList shownAudit;
    for (int row = 0; row < audit->rowCount(); ++row)
        shownAudit << audit->item(row, 0)->text() + kSep + audit->item(row, 1)->text();
    QCOMPARE(shownAudit, expectedAudit);
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    QVERIFY(audit->rowCount() >= 3);
    QCOMPARE(audit->item(0, 2)->text(), QStringLiteral("Unlocked"));
    QCOMPARE(audit->item(1, 2)->text(), QStringLiteral("Wrong unlock password"));
    QCOMPARE(audit->item(1, 3)->text(), QStringLiteral("Attempt 1 of 5"));
    QCOMPARE(audit->item(2, 2)->text(), QStringLiteral("Unlock password set"));
    QCOMPARE(audit->item(2, 1)->text(), user);
}

QTEST_MAIN(TstGuiSyncLogReport)
#include "tst_gui_synclogreport.moc"
