// The window from the keyboard alone, offscreen: every key goes to the widget that has the focus,
// as it would from a technician's keyboard. The stores page's tab order, then a store's sync
// settings changed and saved on the demo network's central server without a mouse.
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "guitestsupport.h"
#include "impactdialog.h"
#include "mainwindow.h"
#include "sitewizard.h"
#include "storedialog.h"
#include "testsupport.h"
#include "unlockdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

const QString kUnlockPassword = u"correct horse battery"_s;

// One key, to whatever has the focus.
bool press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return false;
    QTest::keyClick(focus, Qt::Key(key), modifiers);
    return true;
}

QString focusName()
{
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus->objectName() + u" ("_s + QString::fromLatin1(focus->metaObject()->className()) + u")"_s
                 : u"<nothing>"_s;
}

// Presses Tab until the focus is on `name`, at most `most` times: whether it got there.
bool tabTo(const QString& name, int most = 20)
{
    for (int i = 0; i < most; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (focus && focus->objectName() == name)
            return true;
        if (!press(Qt::Key_Tab))
            return false;
    }
    QWidget* focus = QApplication::focusWidget();
    return focus && focus->objectName() == name;
}

// Runs `script` on the first modal dialog of type T that comes up while `open` runs. A dialog
// still open once the script has returned (it failed half-way) is closed, so the test goes on.
template <typename T> bool whenModal(const std::function<void()>& open, const std::function<void(T*)>& script)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        poll.stop();
        // The focus comes to the dialog once the window system has activated it.
        if (QTest::qWaitForWindowActive(dialog) &&
            QTest::qWaitFor([dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); }))
            script(dialog);
        if (dialog->isVisible())
            dialog->close();
    });
    poll.start();
    open();
    return seen;
}

}  // namespace

class TstGuiKeyboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void tabGoesFromNavigatorToTableToButtons();
    void syncSettingsChangedWithoutAMouse();
    void siteDeletedWithoutAMouse();

private:
    void walkStoreDialog(QWidget* dialog, bool* saved);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_centralPath;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TstGuiKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<SiteSession>> session = test::openUnlockedDemoCentral(m_dir->path(), kUnlockPassword);
    QVERIFY2(session.ok(), session ? "" : qPrintable(session.error().message));
    m_centralPath = (*session)->database().path();
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    m_window = std::make_unique<ui::MainWindow>(std::move(session).value(), options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TstGuiKeyboard::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

// The technician starts in the navigator; Tab goes to the page's table, then to the page's
// buttons in reading order, and Shift+Tab back; the arrow keys move inside the table.
void TstGuiKeyboard::tabGoesFromNavigatorToTableToButtons()
{
    auto* navigator = m_window->findChild<QListWidget*>(u"navigator"_s);
    auto* stores = m_window->findChild<QTableWidget*>(u"storeTable"_s);
    QVERIFY(navigator && stores);
    QCOMPARE(QApplication::focusWidget(), navigator);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), u"storeTable (QTableWidget)"_s);
    const int row = stores->currentRow();
    QVERIFY(press(Qt::Key_Down));
    QCOMPARE(stores->currentRow(), row + 1);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), u"openStoreButton (QPushButton)"_s);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), u"moveStoreButton (QPushButton)"_s);
    QVERIFY(press(Qt::Key_Backtab, Qt::ShiftModifier));
    QVERIFY(press(Qt::Key_Backtab, Qt::ShiftModifier));
    QCOMPARE(focusName(), u"storeTable (QTableWidget)"_s);
    QCOMPARE(stores->currentRow(), row + 1);  // Tab moved the focus, not the current cell
    QVERIFY(press(Qt::Key_Backtab, Qt::ShiftModifier));
    QCOMPARE(QApplication::focusWidget(), navigator);

    // The navigator's arrows go through the pages; Tab then reaches that page's table and buttons.
    QVERIFY(press(Qt::Key_Down));
    QCOMPARE(m_window->findChild<QStackedWidget*>(u"pages"_s)->currentIndex(), int(ui::MainWindow::Page::Sites));
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), u"siteTable (QTableWidget)"_s);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), u"newSiteButton (QPushButton)"_s);

    // On the Sites page, Alt and the underlined letter presses a button from anywhere on it.
    bool wizardOpened = false;
    // A mnemonic clicks its button a moment later, as if pressed and released.
    QVERIFY(whenModal<ui::SiteWizard>(
        [&] {
            press(Qt::Key_N, Qt::AltModifier);
            (void)QTest::qWaitFor([&] { return wizardOpened; }, 2000);
        },
        [&](ui::SiteWizard* wizard) {
            wizardOpened = true;
            wizard->reject();
        }));
    QVERIFY(wizardOpened);
    for (const auto& [button, key] :
         {std::pair{u"exportSiteButton"_s, Qt::Key_X}, std::pair{u"resetHardwareButton"_s, Qt::Key_R},
          std::pair{u"deleteSiteButton"_s, Qt::Key_D}}) {
        auto* pushButton = m_window->findChild<QPushButton*>(button);
        QVERIFY2(pushButton, qPrintable(button));
        QCOMPARE(pushButton->shortcut(), QKeySequence(Qt::ALT | key));
    }
}

// covers AD-1, ST-4, ST-7
void TstGuiKeyboard::syncSettingsChangedWithoutAMouse()
{
    // Store B, active on remote site 1, comes to the central through "Set as local store".
    QStringList before;
    QVERIFY(
        test::rawSql(m_centralPath, {u"SELECT active_site_id FROM store_sync WHERE id = 'B'"_s}, &before).isEmpty());
    QCOMPARE(before, QStringList{QString::number(DemoNetwork::kRemote1)});

    auto* stores = m_window->findChild<QTableWidget*>(u"storeTable"_s);
    QVERIFY(stores);
    QCOMPARE(QApplication::focusWidget(), m_window->findChild<QListWidget*>(u"navigator"_s));
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), stores);
    for (int i = 0; i < stores->rowCount() && stores->item(stores->currentRow(), 0)->text() != u"B"_s; ++i)
        QVERIFY(press(Qt::Key_Down));
    QCOMPARE(stores->item(stores->currentRow(), 0)->text(), u"B"_s);

    const QString kAudited = u"SELECT count(*) FROM audit_log WHERE action = 'sync settings changed' AND "
                             u"json_extract(params, '$.store') = 'B'"
                             " AND actor = 'Ana Technician'"_s;
    QStringList auditedBefore;
    QVERIFY(test::rawSql(m_centralPath, {kAudited}, &auditedBefore).isEmpty());
    bool saved = false;
    const bool opened = whenModal<ui::StoreDialog>([] { press(Qt::Key_Return); },
                                                   [&](ui::StoreDialog* dialog) { walkStoreDialog(dialog, &saved); });
    QVERIFY2(opened, "Return on the store's row did not open the store");
    QVERIFY(saved);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QStringList after;
    QVERIFY(test::rawSql(m_centralPath, {u"SELECT active_site_id FROM store_sync WHERE id = 'B'"_s}, &after).isEmpty());
    QCOMPARE(after, QStringList{QString::number(DemoNetwork::kCentral)});
    QStringList audited;
    QVERIFY(test::rawSql(m_centralPath, {kAudited}, &audited).isEmpty());
    QCOMPARE(audited.value(0).toInt(), auditedBefore.value(0).toInt() + 1);
}

void TstGuiKeyboard::walkStoreDialog(QWidget* dialog, bool* saved)
{
    auto* tabs = dialog->findChild<QTabWidget*>(u"storeTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY2(dialog->isAncestorOf(QApplication::focusWidget()), qPrintable(focusName()));
    QVERIFY(press(Qt::Key_Tab, Qt::ControlModifier));
    QCOMPARE(tabs->currentIndex(), 1);

    // Unlocking: the button, the space bar, the technician's name, Tab, the password, Return.
    QVERIFY2(tabTo(u"unlockButton"_s), qPrintable(focusName()));
    QVERIFY(press(Qt::Key_Space));
    QCOMPARE(focusName(), u"unlockTechnician (QLineEdit)"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Ana Technician"_s);
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(focusName(), u"unlockPassword (QLineEdit)"_s);
    QTest::keyClicks(QApplication::focusWidget(), kUnlockPassword);
    QVERIFY(press(Qt::Key_Return));
    QVERIFY2(dialog->isVisible(), "Return in the password field closed the dialog");
    auto* setLocal = dialog->findChild<QCheckBox*>(u"setLocalCheck"_s);
    QVERIFY(setLocal && setLocal->isEnabled());

    // The change: "Set as local store", ticked with the space bar.
    QVERIFY2(tabTo(u"setLocalCheck"_s), qPrintable(focusName()));
    QVERIFY(press(Qt::Key_Space));
    QVERIFY(setLocal->isChecked());
    auto* save = dialog->findChild<QPushButton*>(u"saveButton"_s);
    QVERIFY(save && save->isEnabled());

    // Save, then Save again in the preview of what it will cause.
    QVERIFY2(tabTo(u"saveButton"_s), qPrintable(focusName()));
    bool confirmed = false;
    const bool previewed =
        whenModal<ui::ImpactDialog>([] { press(Qt::Key_Space); },
                                    [&](ui::ImpactDialog*) {
                                        QVERIFY2(tabTo(u"confirmSaveButton"_s), qPrintable(focusName()));
                                        QVERIFY(press(Qt::Key_Space));
                                        confirmed = true;
                                    });
    QVERIFY(previewed);
    QVERIFY(confirmed);
    QTRY_VERIFY(!save->isEnabled());
    *saved = true;

    // Escape closes the store.
    QTRY_COMPARE(QApplication::activeModalWidget(), dialog);
    // A window manager activates the store again once the preview closes; offscreen, nothing
    // does, so the test stands in for it. The focus is then where the store dialog kept it.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(press(Qt::Key_Escape));
    QVERIFY(!dialog->isVisible());
}

// Deleting a site from the keyboard alone: Alt+D on its row, the technician's name, Return to the
// password, a wrong one refused with the dialog still open, the right one, Return.
// covers AD-2, ST-7
void TstGuiKeyboard::siteDeletedWithoutAMouse()
{
    SiteSession& session = m_window->session();
    QVERIFY(session.sites().add(9, u"Spare depot"_s, u"desktop"_s, false, u"spare-site-password"_s).ok());
    QVERIFY(press(Qt::Key_2, Qt::ControlModifier));
    QVERIFY(press(Qt::Key_Tab));
    auto* sites = m_window->findChild<QTableWidget*>(u"siteTable"_s);
    QCOMPARE(QApplication::focusWidget(), sites);
    for (int i = 0; i < sites->rowCount() && sites->item(sites->currentRow(), 0)->text() != u"9"_s; ++i)
        QVERIFY(press(Qt::Key_Down));
    QCOMPARE(sites->item(sites->currentRow(), 0)->text(), u"9"_s);

    bool refusedAndStillOpen = false;
    bool accepted = false;
    QVERIFY(whenModal<ui::UnlockDialog>(
        [&] {
            press(Qt::Key_D, Qt::AltModifier);
            (void)QTest::qWaitFor([&] { return accepted; }, 5000);
        },
        [&](ui::UnlockDialog* dialog) {
            QCOMPARE(focusName(), u"unlockTechnician (QLineEdit)"_s);
            QTest::keyClicks(QApplication::focusWidget(), u"Ana Technician"_s);
            QVERIFY(press(Qt::Key_Return));
            QVERIFY2(dialog->isVisible(), "Return in the name field closed the dialog");
            QCOMPARE(focusName(), u"unlockPasswordEdit (QLineEdit)"_s);
            QTest::keyClicks(QApplication::focusWidget(), u"not the password"_s);
            QVERIFY(press(Qt::Key_Return));
            QVERIFY2(dialog->isVisible(), "a wrong password closed the dialog");
            const QString message = dialog->findChild<QLabel*>(u"unlockFormMessage"_s)->text();
            QVERIFY2(message.contains(u"Wrong unlock password"_s), qPrintable(message));
            refusedAndStillOpen = true;
            QCOMPARE(focusName(), u"unlockPasswordEdit (QLineEdit)"_s);
            QTest::keyClicks(QApplication::focusWidget(), kUnlockPassword);
            QVERIFY(press(Qt::Key_Return));
            accepted = dialog->result() == QDialog::Accepted;
        }));
    QVERIFY(refusedAndStillOpen);
    QVERIFY(accepted);
    QTRY_VERIFY(!session.sites().find(9));
    QStringList actors;
    QVERIFY(test::rawSql(m_centralPath, {u"SELECT actor FROM audit_log WHERE action = 'site deleted'"_s}, &actors)
                .isEmpty());
    QCOMPARE(actors, QStringList{u"Ana Technician"_s});
}

QTEST_MAIN(TstGuiKeyboard)
#include "tst_gui_keyboard.moc"
