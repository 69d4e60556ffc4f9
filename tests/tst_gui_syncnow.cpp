// The window on a remote site, against a real server on 127.0.0.1: "sync now" at the bottom left
// with live progress, cancelling, a window that stays responsive, and the schedule (TOP-3, AD-4);
// and the Synchronisation tab, read-only there (ST-4).
#include "client/centralconnection.h"
#include "client/remotesync.h"
#include "client/syncworker.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "guitestsupport.h"
#include "language.h"
#include "linkproxy.h"
#include "mainwindow.h"
#include "model/syncproblemlog.h"
#include "report/sitestatus.h"
#include "settings/unlockgate.h"
#include "site/remotebootstrap.h"
#include "sitecontactcolumns.h"
#include "sitespage.h"
#include "storedialog.h"
#include "sync/outgoinglog.h"
#include "sync/routing.h"
#include "sync/wirerecord.h"
#include "syncreportpage.h"
#include "syncsettingstab.h"
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
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
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

// A central that takes every connection and reads every request, and never answers.
class SilentCentral {
public:
    SilentCentral()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { m_received += socket->readAll().size(); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    qint64 received() const { return m_received; }

private:
    QTcpServer m_server;
    qint64 m_received = 0;
};

}  // namespace

class TstGuiSyncNow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syncNowShowsProgressAndEmptiesTheQueue();
    void pullShowsWhatRemains();
    void cancelKeepsWhatIsDoneAndTheNextSyncCompletes();
    void cancelRightAfterSyncNowStopsThatSync();
    void waitingForTheLinkIsShown();
    void cancelAgainstASilentCentral();
    void silentCentralTimesOut();
    void syncKeepsTheWindowsClock();
    void statusBarFitsInEveryLanguage();
    void scheduleIsKeptWithTheSite();
    void syncSettingsAreReadOnlyHere();
    void remoteShowsItsCentralAddress();

private:
    qint64 stockOnCentral(const QString& prefix);
    int pendingOnRemote();
    std::unique_ptr<ui::MainWindow> openRemoteWindow(Clock clock = {});
    // A window on a copy of remote site 1 whose central is `central`.
    std::unique_ptr<ui::MainWindow> openCopyWindow(const QString& name, const QString& central,
                                                   Clock clock = systemClock());

    // The demo network with remote site 1 initialised from a real server.
    test::ServedDemoNetwork m_network;
};

void TstGuiSyncNow::initTestCase()
{
    test::prepareEnvironment();
    const QString started = m_network.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TstGuiSyncNow::cleanupTestCase()
{
    m_network.stop();
}

qint64 TstGuiSyncNow::stockOnCentral(const QString& prefix)
{
    return rawCount(m_network.centralPath(),
                    QStringLiteral("SELECT count(*) FROM stock_line WHERE substr(id, 1, %1) = '%2'")
                        .arg(prefix.size())
                        .arg(prefix));
}

// The remote's outgoing queue, through a session of its own.
int TstGuiSyncNow::pendingOnRemote()
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_network.remotePath());
    if (!session)
        return -1;
    const Result<int> pending = OutgoingLog::pendingOf((*session)->database(), (*session)->site());
    return pending ? *pending : -1;
}

std::unique_ptr<ui::MainWindow> TstGuiSyncNow::openRemoteWindow(Clock clock)
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_network.remotePath());
    if (!session)
        return nullptr;
    ui::MainWindowOptions options;
    options.credentials = m_network.credentials();
    options.clock = std::move(clock);
    auto window = std::make_unique<ui::MainWindow>(std::move(session).value(), options);
    window->show();
    return window;
}

std::unique_ptr<ui::MainWindow> TstGuiSyncNow::openCopyWindow(const QString& name, const QString& central, Clock clock)
{
    const QString path = m_network.filePath(QStringLiteral("network/%1.db").arg(name));
    QString failed = rawSql(m_network.remotePath(), {QStringLiteral("VACUUM INTO '%1'").arg(path)});
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(path);
    if (failed.isEmpty() && !session)
        failed = session.error().message;
    if (const Status moved =
            session ? LocalState::set((*session)->database(), remotestate::kCentralUrl, central) : Status();
        failed.isEmpty() && !moved)
        failed = moved.error().message;
    if (const Status kept = m_network.credentials()->write(CredentialStore::keyFor(central, DemoNetwork::kRemote1),
                                                           DemoNetwork::sitePassword(DemoNetwork::kRemote1));
        failed.isEmpty() && !kept)
        failed = kept.error().message;
    if (!failed.isEmpty()) {
        qWarning().noquote() << failed;
        return nullptr;
    }
    ui::MainWindowOptions options;
    options.credentials = m_network.credentials();
    options.clock = std::move(clock);
    auto window = std::make_unique<ui::MainWindow>(std::move(session).value(), options);
    window->show();
    return window;
}

// covers TOP-3, AD-4
void TstGuiSyncNow::syncNowShowsProgressAndEmptiesTheQueue()
{
    constexpr int kRecords = 3000;
    const QString prefix = QStringLiteral("gui-now-");
    QCOMPARE(test::enterStockLines(m_network.remotePath(), kRecords, prefix), kRecords);
    const int pending = pendingOnRemote();
    QVERIFY2(pending >= kRecords, qPrintable(QString::number(pending)));

    std::unique_ptr<ui::MainWindow> window = openRemoteWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* cancel = window->findChild<QToolButton*>(QStringLiteral("cancelSyncButton"));
    auto* queue = window->findChild<QLabel*>(QStringLiteral("syncOutLabel"));
    auto* phase = window->findChild<QLabel*>(QStringLiteral("syncPhaseLabel"));
    auto* progress = window->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
    auto* navigator = window->findChild<QListWidget*>(QStringLiteral("navigator"));
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(status && syncNow && cancel && queue && phase && progress && navigator && pages);
    QTRY_COMPARE(queue->text(), QStringLiteral("%1 record(s) queued to sync").arg(QLocale().toString(pending)));
    QVERIFY(syncNow->isEnabled());
    QVERIFY(!syncNow->toolTip().isEmpty());
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());

    // Every step of the bar, with the range it had then.
    QList<QPair<int, int>> steps;
    connect(progress, &QProgressBar::valueChanged, this,
            [&](int value) { steps.append(qMakePair(progress->maximum(), value)); });
    QSignalSpy finished(status, &ui::SyncStatusWidget::syncFinished);
    QVERIFY(finished.isValid());
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(status->isSyncing());
    QVERIFY(!syncNow->isEnabled());
    QTRY_VERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());

    // The phases as the label shows them; while one says what remains, the window is used.
    static const QRegularExpression remaining(QStringLiteral("^(Pushing|Integrating): \\d+ record\\(s\\) remaining$"));
    QStringList shown;
    bool usedWhileSyncing = false;
    QElapsedTimer waited;
    waited.start();
    while (finished.isEmpty() && waited.elapsed() < kSyncTimeoutMs) {
        if (!shown.contains(phase->text()))
            shown << phase->text();
        if (!usedWhileSyncing && status->isSyncing() && remaining.match(phase->text()).hasMatch()) {
            // The GUI thread is not held by the sync: events flow and the pages change.
            QTest::qWait(10);
            clickRow(navigator, 1);
            QCOMPARE(pages->currentIndex(), 1);
            clickRow(navigator, 0);
            QCOMPARE(pages->currentIndex(), 0);
            usedWhileSyncing = true;
        }
        QTest::qWait(1);
    }
    QCOMPARE(finished.count(), 1);
    QVERIFY2(usedWhileSyncing, qPrintable(shown.join(QStringLiteral(" | "))));
    bool pushingShown = false;
    for (const QString& text : std::as_const(shown))
        pushingShown = pushingShown || text.startsWith(QLatin1String("Pushing: "));
    QVERIFY2(pushingShown, qPrintable(shown.join(QStringLiteral(" | "))));
    // The bar ran over the whole push: from 0 to the queue the site had.
    QVERIFY2(steps.contains(qMakePair(pending, 0)), qPrintable(QString::number(steps.size())));
    QVERIFY(steps.contains(qMakePair(pending, pending)));

    const QList<QVariant> result = finished.takeFirst();
    QCOMPARE(result.at(0).toBool(), true);
    const QString message = result.at(1).toString();
    const QRegularExpressionMatch pushed =
        QRegularExpression(QStringLiteral("^Pushed (\\d+) and pulled \\d+ records\\.$")).match(message);
    QVERIFY2(pushed.hasMatch(), qPrintable(message));
    QVERIFY(pushed.captured(1).toInt() >= pending);
    // The outcome stays on the bar after the time it came.
    QVERIFY2(phase->text().endsWith(QStringLiteral(" \u2014 Synchronised: %1").arg(message)),
             qPrintable(phase->text()));
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(syncNow->isEnabled());
    QVERIFY(!status->isSyncing());

    // The queue is empty, and the central holds every record.
    QCOMPARE(pendingOnRemote(), 0);
    QTRY_COMPARE(queue->text(), QStringLiteral("0 record(s) queued to sync"));
    QCOMPARE(stockOnCentral(prefix), qint64(kRecords));

    // On a remote site the sync report is the central's; the page says when this site last synced.
    clickRow(navigator, 3);
    const QStringList lastSync =
        rawRows(m_network.remotePath(), QStringLiteral("SELECT value FROM sync_state WHERE key = 'last_sync'"));
    QCOMPARE(lastSync.size(), 1);
    QVERIFY(QDateTime::fromString(lastSync.first(), Qt::ISODateWithMs).isValid());
    const QString note = window->findChild<QLabel*>(QStringLiteral("syncReportNote"))->text();
    QVERIFY2(note.contains(shownTime(lastSync.first())), qPrintable(note));
    QVERIFY(!window->findChild<QTableWidget*>(QStringLiteral("syncReportTable"))->isVisible());
}

// covers ACC-4, AD-4
void TstGuiSyncNow::pullShowsWhatRemains()
{
    // Items on the central (central data goes to every site) for the remote to pull.
    constexpr int kItems = 2000;
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_network.centralPath());
        QVERIFY(central.ok());
        const Status entered = test::enterItems(**central, kItems);
        QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));
    }

    std::unique_ptr<ui::MainWindow> window = openRemoteWindow();
    QVERIFY(window);
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* phase = window->findChild<QLabel*>(QStringLiteral("syncPhaseLabel"));
    auto* progress = window->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
    QVERIFY(status && syncNow && phase && progress);
    // Every step of the bar, with its range and what the label said then.
    struct Step {
        int maximum;
        int value;
        QString text;
    };
    QList<Step> steps;
    connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
        steps.append(Step{progress->maximum(), value, phase->text()});
    });
    QSignalSpy finished(status, &ui::SyncStatusWidget::syncFinished);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    const QString message = finished.first().at(1).toString();
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(message));
    const QRegularExpressionMatch pulled =
        QRegularExpression(QStringLiteral("^Pushed \\d+ and pulled (\\d+) records\\.$")).match(message);
    QVERIFY2(pulled.hasMatch(), qPrintable(message));
    const int received = pulled.captured(1).toInt();
    QVERIFY(received >= kItems);

    // The bar ran over the pull as the central counted it, and ended saying nothing remains.
    const QString total = QLocale().toString(received);
    const QString end = QStringLiteral("Pulling: %1 of %1 records received, 0 remaining").arg(total);
    const auto atEnd = std::find_if(steps.begin(), steps.end(), [&](const Step& step) {
        return step.maximum == received && step.value == received;
    });
    QVERIFY2(atEnd != steps.end(), qPrintable(QString::number(steps.size())));
    QCOMPARE(atEnd->text, end);
}

// covers TOP-3
void TstGuiSyncNow::cancelKeepsWhatIsDoneAndTheNextSyncCompletes()
{
    std::unique_ptr<ui::MainWindow> window = openRemoteWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* cancel = window->findChild<QToolButton*>(QStringLiteral("cancelSyncButton"));
    auto* queue = window->findChild<QLabel*>(QStringLiteral("syncOutLabel"));
    auto* phase = window->findChild<QLabel*>(QStringLiteral("syncPhaseLabel"));
    auto* refresh = window->findChild<QAction*>(QStringLiteral("refreshAction"));
    QVERIFY(status && syncNow && cancel && queue && phase && refresh);
    QSignalSpy finished(status, &ui::SyncStatusWidget::syncFinished);
    static const QRegularExpression pushing(QStringLiteral("^Pushing: (\\d+) record\\(s\\) remaining$"));

    // Cancel once the first push batch is through. Should the whole push be over before the click
    // lands, try again with more records, so that the push takes more batches.
    QMap<QString, int> entered;
    bool cancelledMidPush = false;
    for (const int count : {4500, 20000, 60000}) {
        const QString prefix = QStringLiteral("gui-cancel-%1-").arg(count);
        QCOMPARE(test::enterStockLines(m_network.remotePath(), count, prefix), count);
        entered.insert(prefix, count);
        const int pending = pendingOnRemote();
        QVERIFY(pending >= count);
        refresh->trigger();
        QTRY_COMPARE(queue->text(), QStringLiteral("%1 record(s) queued to sync").arg(QLocale().toString(pending)));

        finished.clear();
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY(status->isSyncing());
        bool clicked = false;
        QElapsedTimer waited;
        waited.start();
        while (finished.isEmpty() && waited.elapsed() < kSyncTimeoutMs) {
            const QRegularExpressionMatch match = pushing.match(phase->text());
            if (!clicked && match.hasMatch() && match.captured(1).toInt() < pending) {
                QVERIFY(cancel->isVisible());
                QVERIFY(cancel->isEnabled());
                QTest::mouseClick(cancel, Qt::LeftButton);
                clicked = true;
                QVERIFY(!cancel->isEnabled());
                QCOMPARE(phase->text(), QStringLiteral("Cancelling..."));
            }
            QTest::qWait(1);
        }
        QCOMPARE(finished.count(), 1);
        const bool completed = finished.first().at(0).toBool();
        const QString message = finished.first().at(1).toString();
        // Only a click cancels: a click that lands after the worker ended, before the window heard
        // of it, must not cancel the next sync instead.
        QVERIFY2(completed || clicked, qPrintable(QStringLiteral("cancelled with no click: ") + message));
        if (!completed) {
            QVERIFY2(message.contains(QLatin1String("Cancelled")), qPrintable(message));
            QVERIFY2(phase->text().endsWith(QStringLiteral(" \u2014 Sync stopped: %1").arg(message)),
                     qPrintable(phase->text()));
        }
        const qint64 onCentral = stockOnCentral(prefix);
        qInfo("%d records: %s after the click, %lld on the central", count, completed ? "completed" : "cancelled",
              onCentral);
        if (!completed && onCentral < count) {
            // What was pushed before the cancel is kept; the rest waits in the queue.
            QVERIFY2(onCentral > 0, qPrintable(QString::number(onCentral)));
            const int left = pendingOnRemote();
            QVERIFY(left > 0);
            QVERIFY(left >= count - onCentral);
            QTRY_COMPARE(queue->text(), QStringLiteral("%1 record(s) queued to sync").arg(QLocale().toString(left)));
            cancelledMidPush = true;
            break;
        }
        QCOMPARE(onCentral, qint64(count));
    }
    QVERIFY2(cancelledMidPush, "every push was over before the cancel click landed");
    QVERIFY(syncNow->isEnabled());
    QVERIFY(!cancel->isVisible());

    // The next sync continues where the cancelled one stopped.
    finished.clear();
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    for (auto it = entered.cbegin(); it != entered.cend(); ++it)
        QCOMPARE(stockOnCentral(it.key()), qint64(it.value()));
    QCOMPARE(pendingOnRemote(), 0);
    QTRY_COMPARE(queue->text(), QStringLiteral("0 record(s) queued to sync"));
}

// A cancel clicked before the worker has begun the sync it was asked for stops that sync; it is not
// forgotten when the sync starts.
// covers TOP-3
void TstGuiSyncNow::cancelRightAfterSyncNowStopsThatSync()
{
    std::unique_ptr<ui::MainWindow> window = openRemoteWindow();
    QVERIFY(window);
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* cancel = window->findChild<QToolButton*>(QStringLiteral("cancelSyncButton"));
    QVERIFY(status && syncNow && cancel);
    const QString prefix = QStringLiteral("gui-early-cancel-");
    QCOMPARE(test::enterStockLines(m_network.remotePath(), 3000, prefix), 3000);
    QSignalSpy finished(status, &ui::SyncStatusWidget::syncFinished);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("Cancelled")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(stockOnCentral(prefix) < 3000);

    // The cancel was spent on that sync: the next one runs to the end.
    finished.clear();
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(stockOnCentral(prefix), qint64(3000));
}

// covers ACC-2, TOP-3
// A link that stalls: the bar says that the sync waits for the link and when it tries again, instead
// of the last count; Cancel ends the wait, and once the link is back the next sync completes.
void TstGuiSyncNow::waitingForTheLinkIsShown()
{
    LinkProxy proxy;
    const QString proxied = proxy.start(quint16(m_network.port()));
    QVERIFY2(proxied.isEmpty(), qPrintable(proxied));
    const QString path = m_network.filePath(QStringLiteral("network/remote2-through-proxy.db"));
    {
        Result<std::unique_ptr<SiteSession>> remote =
            RemoteSync::initialise(path, QUrl(proxy.url()), DemoNetwork::kRemote2,
                                   DemoNetwork::sitePassword(DemoNetwork::kRemote2), *m_network.credentials());
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
        const Result<WriteResult> entered = (*remote)->writer().put(
            QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("gui-through-a-stall")},
                                           {QStringLiteral("store_id"), QStringLiteral("C")},
                                           {QStringLiteral("item_id"), QStringLiteral("item-ors")},
                                           {QStringLiteral("quantity"), 4}});
        QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));
    }
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(path);
    QVERIFY(session.ok());
    ui::MainWindowOptions options;
    options.credentials = m_network.credentials();
    auto window = std::make_unique<ui::MainWindow>(std::move(session).value(), options);
    window->show();
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* cancel = window->findChild<QToolButton*>(QStringLiteral("cancelSyncButton"));
    auto* phase = window->findChild<QLabel*>(QStringLiteral("syncPhaseLabel"));
    QVERIFY(status && syncNow && cancel && phase);
    QSignalSpy finished(status, &ui::SyncStatusWidget::syncFinished);

    // The window's sync thread takes the product's link policy: a stall is noticed after two
    // seconds. Set only now: the initialisation above moves a whole site, slowly under sanitizers.
    qputenv("SITESYNC_STALL_SECONDS", "2");
    const auto unset = qScopeGuard([] { qunsetenv("SITESYNC_STALL_SECONDS"); });
    proxy.cutAt("POST /sync/v1/push ", 1, LinkProxy::Cut::BeforeRequest);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        phase->text().startsWith(QLatin1String("Waiting for the link to the central server, retry 1 in ")),
        kSyncTimeoutMs);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("Cancelled")),
             qPrintable(finished.first().at(1).toString()));
    QCOMPARE(stockOnCentral(QStringLiteral("gui-through-a-stall")), qint64(0));

    proxy.resume();
    finished.clear();
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(stockOnCentral(QStringLiteral("gui-through-a-stall")), qint64(1));
    window.reset();
}

// covers TOP-3, ACC-2
// A central that takes the connection and never answers, and a stall limit far beyond the test:
// Cancel brings the bar back to rest within two seconds, saying that the sync was cancelled.
void TstGuiSyncNow::cancelAgainstASilentCentral()
{
    SilentCentral silent;
    qputenv("SITESYNC_STALL_SECONDS", "600");
    const auto unset = qScopeGuard([] { qunsetenv("SITESYNC_STALL_SECONDS"); });
    std::unique_ptr<ui::MainWindow> window = openCopyWindow(QStringLiteral("remote1-silent"), silent.url());
    QVERIFY(window);
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* cancel = window->findChild<QToolButton*>(QStringLiteral("cancelSyncButton"));
    auto* phase = window->findChild<QLabel*>(QStringLiteral("syncPhaseLabel"));
    auto* progress = window->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
    QVERIFY(status && syncNow && cancel && phase && progress);

    QTest::mouseClick(syncNow, Qt::LeftButton);
    // The request is on its way: the central has read it.
    QTRY_VERIFY_WITH_TIMEOUT(silent.received() > 0, kSyncTimeoutMs);
    QTest::qWait(300);
    QVERIFY(status->isSyncing());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!status->isSyncing(), 2000);
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(syncNow->isEnabled());
    QVERIFY2(phase->text().contains(QLatin1String("Cancelled")), qPrintable(phase->text()));
}

// covers ACC-2
// The same central with a short stall limit: the sync says that the connection timed out and what
// to check, not that it was cancelled.
void TstGuiSyncNow::silentCentralTimesOut()
{
    SilentCentral silent;
    qputenv("SITESYNC_STALL_SECONDS", "1");
    const auto unset = qScopeGuard([] { qunsetenv("SITESYNC_STALL_SECONDS"); });
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-31T12:41:00Z"), Qt::ISODate);
    std::unique_ptr<ui::MainWindow> window =
        openCopyWindow(QStringLiteral("remote1-timeout"), silent.url(), [now] { return now; });
    QVERIFY(window);
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* phase = window->findChild<QLabel*>(QStringLiteral("syncPhaseLabel"));
    QVERIFY(status && syncNow && phase);
    QSignalSpy finished(status, &ui::SyncStatusWidget::syncFinished);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("timed out")), qPrintable(message));
    QVERIFY2(message.contains(silent.url()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the central server is running")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("cancel"), Qt::CaseInsensitive), qPrintable(message));
    // The bar says when the sync stopped, in the locale's short time.
    const QString at = QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat);
    QCOMPARE(phase->text(), QStringLiteral("%1 \u2014 Sync stopped: %2").arg(at, message));
}

// covers AD-4, TOP-3
// A sync started from the window runs in a thread with a session of its own, on the window's clock:
// the site stores its last sync at the time that clock gives, and the bar says the same time.
void TstGuiSyncNow::syncKeepsTheWindowsClock()
{
    QDateTime then = QDateTime::currentDateTimeUtc().addDays(-3);
    then.setTime(QTime(then.time().hour(), then.time().minute(), then.time().second()));
    std::unique_ptr<ui::MainWindow> window = openRemoteWindow([then] { return then; });
    QVERIFY(window);
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* phase = window->findChild<QLabel*>(QStringLiteral("syncPhaseLabel"));
    QVERIFY(status && syncNow && phase);
    QSignalSpy finished(status, &ui::SyncStatusWidget::syncFinished);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString at = QLocale().toString(then.toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(phase->text().startsWith(at + QStringLiteral(" \u2014 ")), qPrintable(phase->text()));
    window.reset();

    Result<std::unique_ptr<SiteSession>> site = SiteSession::open(m_network.remotePath());
    QVERIFY(site.ok());
    QCOMPARE(LocalState::get((*site)->database(), QStringLiteral("last_sync")), then.toString(Qt::ISODate));
}

// covers AD-4, AD-8
// In every language the status bar gives each of its parts room of its own at the window's default
// size, during a sync and after it: none overlaps another or runs past the bar, none is squeezed
// below what it needs, and a text too long for its room is cut short with its whole text in its
// tooltip.
void TstGuiSyncNow::statusBarFitsInEveryLanguage()
{
    SilentCentral silent;
    qputenv("SITESYNC_STALL_SECONDS", "600");
    const auto unset = qScopeGuard([] { qunsetenv("SITESYNC_STALL_SECONDS"); });
    std::unique_ptr<ui::MainWindow> window = openCopyWindow(QStringLiteral("remote1-languages"), silent.url());
    QVERIFY(window);
    // Open problems: the queue count says more.
    for (int i = 0; i < 3; ++i) {
        const Result<qint64> added =
            SyncProblemLog::add(window->session().database(), DemoNetwork::kRemote1, QStringLiteral("refused"),
                                QStringLiteral("stock_line"), QStringLiteral("crowded-%1").arg(i),
                                QStringLiteral("A reason."), QJsonObject{});
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().message));
    }
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const auto english = qScopeGuard([&window] {
        window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
        QCoreApplication::processEvents();
    });
    const QSize defaultSize = window->size();
    QStatusBar* bar = window->statusBar();
    auto* status = window->findChild<ui::SyncStatusWidget*>(QStringLiteral("syncStatus"));
    auto* syncNow = window->findChild<QToolButton*>(QStringLiteral("syncNowButton"));
    auto* cancel = window->findChild<QToolButton*>(QStringLiteral("cancelSyncButton"));
    auto* queue = window->findChild<QLabel*>(QStringLiteral("syncOutLabel"));
    auto* phase = window->findChild<QLabel*>(QStringLiteral("syncPhaseLabel"));
    QVERIFY(status && syncNow && cancel && queue && phase);
    QList<QWidget*> parts{syncNow, queue,   window->findChild<QProgressBar*>(QStringLiteral("syncProgress")), phase,
                          cancel,  nullptr, window->findChild<QSpinBox*>(QStringLiteral("syncIntervalSpin"))};
    QVERIFY(!parts.contains(nullptr) || parts.indexOf(nullptr) == 5);
    // "Sync every": the label of the schedule's spin box.
    for (QLabel* label : status->findChildren<QLabel*>()) {
        if (label->buddy() == parts.last())
            parts[5] = label;
    }
    QVERIFY(!parts.contains(nullptr));

    // What is wrong with the bar as it shows now; empty when nothing is.
    const auto crowding = [&]() -> QStringList {
        QStringList wrong;
        if (window->size() != defaultSize)
            wrong << QStringLiteral("the window grew to %1 px").arg(window->width());
        QList<QPair<QWidget*, QRect>> shown;
        for (QWidget* part : parts) {
            if (!part->isVisible())
                continue;
            const QRect area(part->mapTo(bar, QPoint(0, 0)), part->size());
            const QString name = part->objectName();
            if (!bar->rect().contains(area))
                wrong << QStringLiteral("%1 runs past the bar").arg(name);
            for (const auto& [other, otherArea] : std::as_const(shown)) {
                if (area.intersects(otherArea))
                    wrong << QStringLiteral("%1 overlaps %2").arg(name, other->objectName());
            }
            if (auto* label = qobject_cast<QLabel*>(part)) {
                if (label->width() < label->sizeHint().width() && label->toolTip() != label->text())
                    wrong << QStringLiteral("%1 is cut short with no tooltip").arg(name);
            } else if (part->width() < part->sizeHint().width()) {
                wrong << QStringLiteral("%1 is squeezed").arg(name);
            }
            shown.append({part, area});
        }
        return wrong;
    };

    // The layouts have placed everything they were asked to.
    const auto settle = [] {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };

    QTRY_VERIFY(queue->text().contains(QLatin1String("queued")));
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")}) {
        const QString everyBefore = parts[5]->property("text").toString();
        const QString queueBefore = queue->text();
        window->findChild<QAction*>(QStringLiteral("language_%1").arg(language))->trigger();
        QCOMPARE(ui::Language::current(), language);
        // The bar speaks the language, its queue counted again.
        QTRY_VERIFY(parts[5]->property("text").toString() != everyBefore);
        QTRY_VERIFY(queue->text() != queueBefore && !status->isCounting());
        settle();
        QVERIFY2(crowding().isEmpty(), qPrintable(language + QStringLiteral(" at rest: ") + crowding().join(u", ")));

        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY(cancel->isVisible());
        settle();
        QVERIFY2(crowding().isEmpty(), qPrintable(language + QStringLiteral(" syncing: ") + crowding().join(u", ")));

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->isSyncing(), kSyncTimeoutMs);
        QTRY_VERIFY(!status->isCounting());
        settle();
        QVERIFY2(crowding().isEmpty(), qPrintable(language + QStringLiteral(" stopped: ") + crowding().join(u", ")));
    }
}

// covers TOP-3
void TstGuiSyncNow::scheduleIsKeptWithTheSite()
{
    const auto storedInterval = [this] {
        return rawRows(m_network.remotePath(),
                       QStringLiteral("SELECT value FROM sync_state WHERE key = 'sync_interval_minutes'"));
    };
    const QStringList before = storedInterval();
    {
        std::unique_ptr<ui::MainWindow> window = openRemoteWindow();
        QVERIFY(window);
        auto* interval = window->findChild<QSpinBox*>(QStringLiteral("syncIntervalSpin"));
        QVERIFY(interval);
        QVERIFY(interval->isVisible());
        // What the site holds, or the default when it holds nothing yet.
        QCOMPARE(interval->value(), before.isEmpty() ? SyncWorker::kDefaultIntervalMinutes : before.first().toInt());
        interval->setValue(0);
        QCOMPARE(storedInterval(), QStringList{QStringLiteral("0")});
        QCOMPARE(interval->text(), QStringLiteral("paused"));
        interval->setValue(25);
        QCOMPARE(storedInterval(), QStringList{QStringLiteral("25")});
        interval->setValue(SyncWorker::kMaxIntervalMinutes + 1);  // beyond the range: held at its top
        QCOMPARE(storedInterval(), QStringList{QString::number(SyncWorker::kMaxIntervalMinutes)});
        interval->setValue(25);
    }
    // A window opened later shows the site's schedule.
    std::unique_ptr<ui::MainWindow> window = openRemoteWindow();
    QVERIFY(window);
    QCOMPARE(window->findChild<QSpinBox*>(QStringLiteral("syncIntervalSpin"))->value(), 25);
    // The central has no schedule: remote sites connect to it.
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_network.centralPath());
    QVERIFY(central.ok());
    ui::MainWindow centralWindow(std::move(central).value());
    QVERIFY(!centralWindow.findChild<QSpinBox*>(QStringLiteral("syncIntervalSpin")));
}

// On a remote site the Synchronisation tab shows the settings and says why they cannot be changed
// here; there is nothing to unlock and nothing to save.
// covers AD-1, ST-4
void TstGuiSyncNow::syncSettingsAreReadOnlyHere()
{
    std::unique_ptr<SiteSession> session = SiteSession::open(m_network.remotePath()).value();
    ui::StoreDialog dialog(*session, QStringLiteral("B"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tab = dialog.findChild<ui::SyncSettingsTab*>(QStringLiteral("syncSettingsTab"));
    QVERIFY(tab);
    QVERIFY(!tab->isEditable());
    const QString reason = dialog.findChild<QLabel*>(QStringLiteral("readOnlyReason"))->text();
    QVERIFY2(reason.contains(QLatin1String("only on the central server")), qPrintable(reason));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"))->isVisibleTo(&dialog));
    // Nothing to save: the dialog only closes.
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveButton")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("closeButton"))->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("setLocalCheck"))->isEnabled());
    // What the remote holds of Store B's settings: active here, the Sync ID this site.
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("syncIdEdit"))->text(),
             session->site().siteLabel(DemoNetwork::kRemote1));
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("syncWith_%1").arg(DemoNetwork::kCentral))->isEnabled());
}

// A remote site's Sites page shows the address it reaches its central at, on the central's row.
// covers AD-5
void TstGuiSyncNow::remoteShowsItsCentralAddress()
{
    std::unique_ptr<SiteSession> session = SiteSession::open(m_network.remotePath()).value();
    ui::SitesPage page(*session);
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("siteTable"));
    QVERIFY(table);
    const int address = ui::SitesPage::kContactColumn + ui::SiteContactColumns::kAddressOffset;
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().toInt() == DemoNetwork::kCentral)
            QCOMPARE(table->item(row, address)->text(), m_network.url());
        else
            shown << table->item(row, address)->text();
    }
    // Only the central knows where the other sites connect from.
    for (const QString& text : shown)
        QVERIFY2(text.isEmpty(), qPrintable(text));
}

QTEST_MAIN(TstGuiSyncNow)
#include "tst_gui_syncnow.moc"
