// The sync problems of the sync log, driven offscreen as a technician would (AD-7, ACC-2): a
// problem selected shows the record's content; Retry applies it once its cause is gone, Dismiss
// asks why; both only for an open problem, both audited. Records set aside by a real network (the
// demo network and a real `sitesyncctl serve`); outcomes checked on the file.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "dismissproblemdialog.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "model/syncproblemlog.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

using test::whenModal;

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

// Selects the row of the record; false when the table does not show it.
bool selectRecord(QTableWidget* table, const QString& record)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 4)->text() == record) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString kindOf(QTableWidget* table, const QString& record)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 4)->text() == record)
            return table->item(row, 2)->text();
    }
    return u"(not shown)"_s;
}

QJsonObject user(const QString& id, const QString& store, const QString& username)
{
    return {{u"id"_s, id}, {u"store_id"_s, store}, {u"username"_s, username}};
}

}  // namespace

class TstGuiSyncProblems : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void technicianRetriesAndDismissesOnTheCentral();
    void remoteQueuesItsOwnRecordAgain();

private:
    std::unique_ptr<ui::MainWindow> openWindow(std::unique_ptr<SiteSession> session);

    // The demo network with remote site 1 initialised from a real server.
    test::ServedDemoNetwork m_network;
};

void TstGuiSyncProblems::initTestCase()
{
    test::prepareEnvironment();
    const QString started = m_network.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));

    // The central's users of store A and remote site 1's new users of store B share two names: the
    // central sets site 1's aside, each with the record as sent.
    {
        std::unique_ptr<SiteSession> central = SiteSession::open(m_network.centralPath()).value();
        for (const QJsonObject& record :
             {user(u"user-a1"_s, u"A"_s, u"clerk"_s), user(u"user-a2"_s, u"A"_s, u"porter"_s)})
            QVERIFY(central->writer().put(u"user_account"_s, record).ok());
    }
    std::unique_ptr<SiteSession> remote = SiteSession::open(m_network.remotePath()).value();
    SiteSession& site = *remote;
    for (const QJsonObject& record : {user(u"user-b1"_s, u"B"_s, u"clerk"_s), user(u"user-b2"_s, u"B"_s, u"porter"_s)})
        QVERIFY(site.writer().put(u"user_account"_s, record).ok());
    const Result<SyncReport> report = RemoteSync(site, *m_network.credentials()).syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->refusedByCentral, 2);
}

void TstGuiSyncProblems::cleanupTestCase()
{
    m_network.stop();
}

std::unique_ptr<ui::MainWindow> TstGuiSyncProblems::openWindow(std::unique_ptr<SiteSession> session)
{
    ui::MainWindowOptions options;
    options.credentials = m_network.credentials();
    auto window = std::make_unique<ui::MainWindow>(std::move(session), options);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->showPage(ui::MainWindow::Page::SyncLog);
    return window;
}

// covers AD-7, ACC-2
void TstGuiSyncProblems::technicianRetriesAndDismissesOnTheCentral()
{
    std::unique_ptr<ui::MainWindow> window = openWindow(SiteSession::open(m_network.centralPath()).value());
    QVERIFY(window);
    auto* table = child<QTableWidget>(window.get(), u"syncProblemTable"_s);
    auto* details = child<QLabel>(window.get(), u"problemDetails"_s);
    auto* content = child<QPlainTextEdit>(window.get(), u"problemContent"_s);
    auto* retry = child<QPushButton>(window.get(), u"retryProblemButton"_s);
    auto* dismiss = child<QPushButton>(window.get(), u"dismissProblemButton"_s);
    auto* message = child<QLabel>(window.get(), u"problemMessage"_s);
    auto* filter = child<QComboBox>(window.get(), u"problemFilter"_s);
    QVERIFY(table && details && content && retry && dismiss && message && filter);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    // Nothing selected, nothing to act on.
    QVERIFY(!retry->isEnabled());
    QVERIFY(!dismiss->isEnabled());

    // Selected: the site, the record, the reason, and the record as site 1 sent it.
    QVERIFY(selectRecord(table, u"user-b1"_s));
    QVERIFY2(details->text().contains(u"user-b1"_s) && details->text().contains(u"2 (Remote site 1)"_s) &&
                 details->text().contains(u"username"_s),
             qPrintable(details->text()));
    QVERIFY2(content->toPlainText().contains(uR"("username": "clerk")"_s), qPrintable(content->toPlainText()));
    QVERIFY(retry->isEnabled());
    QVERIFY(dismiss->isEnabled());

    // Retried while the central's own user has the name: not applied, and said why.
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY2(message->text().contains(u"still cannot be applied"_s) && message->text().contains(u"same value"_s),
             qPrintable(message->text()));
    QCOMPARE(test::rawCount(m_network.centralPath(), u"SELECT count(*) FROM user_account WHERE id = 'user-b1'"_s),
             qint64(0));
    QCOMPARE(kindOf(table, u"user-b1"_s), u"quarantined"_s);
    // The selection survives the refresh, with the attempt noted.
    QVERIFY2(details->text().contains(u"Last retry"_s), qPrintable(details->text()));

    // The central's user renamed, the retry applies it.
    QVERIFY(window->session()
                .writer()
                .put(u"user_account"_s, {{u"id"_s, u"user-a1"_s}, {u"username"_s, u"clerk-a"_s}})
                .ok());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY2(message->text().contains(u"was applied"_s), qPrintable(message->text()));
    QCOMPARE(test::rawRows(m_network.centralPath(), u"SELECT username FROM user_account WHERE id = 'user-b1'"_s),
             QStringList{u"clerk"_s});
    QCOMPARE(kindOf(table, u"user-b1"_s), u"quarantined (resolved)"_s);
    QVERIFY(!retry->isEnabled());
    QVERIFY(!dismiss->isEnabled());

    // Dismiss asks why, and goes ahead only with a reason; cancelled, nothing changes.
    QVERIFY(selectRecord(table, u"user-b2"_s));
    QVERIFY(dismiss->isEnabled());
    bool okWithoutReason = true;
    {
        const auto cancelling = whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<ui::DismissProblemDialog*>(modal);
            if (!dialog)
                return;
            okWithoutReason =
                child<QDialogButtonBox>(dialog, u"dismissButtons"_s)->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->reject();
        });
        QTest::mouseClick(dismiss, Qt::LeftButton);
    }
    QVERIFY(!okWithoutReason);
    QCOMPARE(test::rawCount(m_network.centralPath(), u"SELECT count(*) FROM sync_problem WHERE resolved = 0"_s),
             qint64(1));
    const QString why = u"Site 1 renames its porter"_s;
    {
        const auto answering = whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<ui::DismissProblemDialog*>(modal);
            if (!dialog)
                return;
            QTest::keyClicks(child<QLineEdit>(dialog, u"dismissReasonEdit"_s), why);
            QTest::mouseClick(child<QDialogButtonBox>(dialog, u"dismissButtons"_s)->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(dismiss, Qt::LeftButton);
    }
    QCOMPARE(kindOf(table, u"user-b2"_s), u"quarantined (dismissed)"_s);
    QCOMPARE(test::rawRows(m_network.centralPath(), u"SELECT closed_as || ': ' || resolution FROM sync_problem"
                                                    " WHERE record_id = 'user-b2'"_s),
             QStringList{u"dismissed: "_s + why});
    QCOMPARE(test::rawCount(m_network.centralPath(), u"SELECT count(*) FROM user_account WHERE id = 'user-b2'"_s),
             qint64(0));
    QVERIFY(selectRecord(table, u"user-b2"_s));
    QVERIFY2(details->text().contains(why), qPrintable(details->text()));
    QVERIFY(!retry->isEnabled());

    // Open only: nothing is left to do.
    filter->setCurrentIndex(filter->findData(int(SyncProblemLog::Filter::Open)));
    QCOMPARE(table->rowCount(), 0);
    filter->setCurrentIndex(filter->findData(int(SyncProblemLog::Filter::All)));
    QCOMPARE(table->rowCount(), 2);

    // Every retry and the dismissal, in the audit log the window shows, newest first.
    auto* audit = child<QTableWidget>(window.get(), u"auditTable"_s);
    QStringList actions;
    QStringList about;
    for (int row = 0; row < audit->rowCount(); ++row) {
        if (!audit->item(row, 2)->text().startsWith(u"Sync problem"_s))
            continue;
        actions << audit->item(row, 2)->text();
        about << audit->item(row, 3)->text();
    }
    QCOMPARE(actions, (QStringList{u"Sync problem dismissed"_s, u"Sync problem retried"_s, u"Sync problem retried"_s}));
    QVERIFY2(about[0].contains(u"user-b2"_s) && about[0].endsWith(why), qPrintable(about[0]));
    QVERIFY2(about[1].contains(u"user-b1"_s) && about[1].endsWith(u": applied"_s), qPrintable(about[1]));
    QVERIFY2(about[2].contains(u"user-b1"_s) && about[2].contains(u"not applied"_s), qPrintable(about[2]));
}

// covers AD-7, ACC-2
void TstGuiSyncProblems::remoteQueuesItsOwnRecordAgain()
{
    std::unique_ptr<ui::MainWindow> window = openWindow(SiteSession::open(m_network.remotePath()).value());
    QVERIFY(window);
    auto* table = child<QTableWidget>(window.get(), u"syncProblemTable"_s);
    auto* retry = child<QPushButton>(window.get(), u"retryProblemButton"_s);
    auto* message = child<QLabel>(window.get(), u"problemMessage"_s);
    // Its own two users, refused by the central, and the central's two it could not take.
    QCOMPARE(table->rowCount(), 4);
    QVERIFY(selectRecord(table, u"user-b2"_s));
    QCOMPARE(kindOf(table, u"user-b2"_s), u"refused"_s);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY2(message->text().contains(u"next sync"_s), qPrintable(message->text()));
    // Still open until the central takes it; queued to go.
    QCOMPARE(kindOf(table, u"user-b2"_s), u"refused"_s);
    QVERIFY(retry->isEnabled());
    QCOMPARE(test::rawCount(m_network.remotePath(),
                            u"SELECT count(*) FROM audit_log WHERE action = 'sync problem retried'"
                            " AND json_extract(params, '$.record') = 'user-b2'"
                            " AND json_extract(params, '$.outcome') = 'queued'"_s),
             qint64(1));
}

QTEST_MAIN(TstGuiSyncProblems)
#include "tst_gui_syncproblems.moc"
