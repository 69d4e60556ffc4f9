// The main window opens on a site database and shows its stores and outgoing queue (AD-4).
#include "mainwindow.h"
#include "sync/sitestatus.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

class TstGuiMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void showsStoresAndQueue();
};

// covers AD-4
void TstGuiMainWindow::showsStoresAndQueue()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    QVERIFY(session->sites()
                .add(2, QStringLiteral("Remote 1"), QStringLiteral("desktop"), false, QStringLiteral("password-2"))
                .ok());
    QVERIFY(session->stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false).ok());
    QVERIFY(session->writer()
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i1")},
                                              {QStringLiteral("code"), QStringLiteral("AMOX")},
                                              {QStringLiteral("name"), QStringLiteral("Amoxicillin")}})
                .ok());
    const Result<SiteStatus> status = SiteStatus::collect(*session);
    QVERIFY(status.ok());
    ui::MainWindow window(std::move(session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* stores = window.findChild<QTableWidget*>(QStringLiteral("storeTable"));
    QVERIFY(stores);
    QCOMPARE(stores->rowCount(), 1);
    QCOMPARE(stores->item(0, 0)->text(), QStringLiteral("B"));
    QCOMPARE(stores->item(0, 3)->text(), QStringLiteral("1 (Central)"));
    auto* queue = window.findChild<QLabel*>(QStringLiteral("syncOutLabel"));
    QVERIFY(queue);
    QVERIFY(status->syncOut > 0);
    QCOMPARE(queue->text(), QStringLiteral("%1 record(s) queued to sync").arg(status->syncOut));
}

QTEST_MAIN(TstGuiMainWindow)
#include "tst_gui_mainwindow.moc"
