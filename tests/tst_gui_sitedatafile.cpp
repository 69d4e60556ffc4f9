// A new desktop site set up through the window, offscreen, as a technician would (AD-2): created
// in the site wizard on the central, its data file exported from the wizard's last page, then
// imported on "its machine" in the set-up dialog SiteSync shows for a database that does not exist
// yet; and a site initialised from the central in the same dialog, after a wrong password. Real
// SQLite files and a real `sitesyncctl serve` on 127.0.0.1; results checked on the files.
#include "credentials/credentialstore.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "siteexportdialog.h"
#include "sitesetupdialog.h"
#include "sitespage.h"
#include "sitewizard.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

using test::selectSite;

const QString kSitePassword = u"clinic-5-password"_s;

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

}  // namespace

class TstGuiSiteDataFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void wizardExportsAndTheNewMachineImports();
    void setupInitialisesFromTheCentral();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_central;
    test::ServerProcess m_server;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SitesPage* m_page = nullptr;
};

void TstGuiSiteDataFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<SiteSession> central = test::newCentral(*m_dir);
    m_central = central->database().path();
    QVERIFY(central->sites().add(3, u"Van"_s, u"mobile"_s, false, kSitePassword).ok());
    QVERIFY(central->stores().add(u"A"_s, u"A"_s, u"Store A"_s, false).ok());
    QVERIFY(central->writer()
                .put(u"item"_s, {{u"id"_s, u"item-1"_s}, {u"code"_s, u"AMOX"_s}, {u"name"_s, u"Amoxicillin"_s}})
                .ok());
    QCOMPARE(m_server.start(m_central), QString());
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    m_window = std::make_unique<ui::MainWindow>(std::move(central), options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(ui::MainWindow::Page::Sites);
    m_page = m_window->findChild<ui::SitesPage*>();
    QVERIFY(m_page && m_page->isVisible());
}

void TstGuiSiteDataFile::cleanup()
{
    m_window.reset();
    m_server.stop();
    m_dir.reset();
}

// covers AD-2, TOP-4
void TstGuiSiteDataFile::wizardExportsAndTheNewMachineImports()
{
    const QString file = m_dir->filePath(u"clinic.sitesync"_s);
    bool wizardDone = false;
    QString exportMessage;
    QTimer driver;
    driver.setInterval(10);
    connect(&driver, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* wizard = qobject_cast<ui::SiteWizard*>(modal); wizard && !wizardDone) {
            // Whatever happens on its pages, the wizard closes, so the test goes on to fail.
            const auto closing = qScopeGuard([wizard] {
                if (wizard->isVisible())
                    wizard->reject();
            });
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);  // desktop
            child<QSpinBox>(wizard, u"siteIdSpin"_s)->setValue(5);
            QTest::keyClicks(child<QLineEdit>(wizard, u"siteNameEdit"_s), u"Clinic"_s);
            QTest::keyClicks(child<QLineEdit>(wizard, u"sitePasswordEdit"_s), kSitePassword);
            QTest::keyClicks(child<QLineEdit>(wizard, u"siteRepeatEdit"_s), kSitePassword);
            // No unlock password is set on this central yet: the technician chooses it here.
            QTest::keyClicks(child<QLineEdit>(wizard, u"unlockTechnician"_s), u"Ana Technician"_s);
            QTest::keyClicks(child<QLineEdit>(wizard, u"siteUnlockEdit"_s), u"first-unlock-password"_s);
            QTest::keyClicks(child<QLineEdit>(wizard, u"unlockRepeatEdit"_s), u"first-unlock-password"_s);
            QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
            auto* exportNow = child<QCheckBox>(wizard, u"exportNow"_s);
            if (wizard->currentId() != ui::SiteWizard::Done || !exportNow->isVisible())
                return;
            QTest::mouseClick(exportNow, Qt::LeftButton, {}, QPoint(4, 4));
            wizardDone = true;
            QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        } else if (auto* dialog = qobject_cast<ui::SiteExportDialog*>(modal)) {
            driver.stop();
            auto* path = child<QLineEdit>(dialog, u"exportFile"_s);
            path->clear();
            QTest::keyClicks(path, file);
            QTest::mouseClick(child<QPushButton>(dialog, u"exportButton"_s), Qt::LeftButton);
            exportMessage = child<QLabel>(dialog, u"exportMessage"_s)->text();
            dialog->accept();  // exported or not: the checks below say which
        }
    });
    driver.start();
    QTest::mouseClick(child<QPushButton>(m_page, u"newSiteButton"_s), Qt::LeftButton);
    QVERIFY(wizardDone);
    QVERIFY2(QFileInfo::exists(file), qPrintable(exportMessage));
    QVERIFY2(exportMessage.contains(u"site import"_s), qPrintable(exportMessage));
    QCOMPARE(test::rawRows(file, u"SELECT name FROM item"_s), QStringList{u"Amoxicillin"_s});
    QCOMPARE(test::rawRows(m_central, u"SELECT count(*) FROM sync_state WHERE key = 'export_token_site_5' AND "
                                      "value <> ''"_s),
             QStringList{u"1"_s});
    // The site has no machine yet, so another export is still offered; the mobile site never.
    auto* table = child<QTableWidget>(m_page, u"siteTable"_s);
    auto* exportButton = child<QPushButton>(m_page, u"exportSiteButton"_s);
    selectSite(table, 3);
    QVERIFY(!exportButton->isEnabled());
    selectSite(table, 1);
    QVERIFY(!exportButton->isEnabled());
    selectSite(table, 5);
    QVERIFY(exportButton->isEnabled());

    // On the site's machine: SiteSync started on a database that does not exist yet.
    const QString site = m_dir->filePath(u"clinic.db"_s);
    MemoryCredentialStore keychain;
    ui::SiteSetupDialog setup(site, keychain);
    setup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    QTest::mouseClick(child<QRadioButton>(&setup, u"importRadio"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(!child<QSpinBox>(&setup, u"setupSiteId"_s)->isVisible());
    QVERIFY(child<QLineEdit>(&setup, u"dataFile"_s)->isVisible());
    auto* setUp = child<QPushButton>(&setup, u"setupButton"_s);
    QVERIFY(!setUp->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&setup, u"centralUrl"_s), m_server.url());
    QTest::keyClicks(child<QLineEdit>(&setup, u"dataFile"_s), file);
    QTest::keyClicks(child<QLineEdit>(&setup, u"setupPassword"_s), kSitePassword);
    QVERIFY(setUp->isEnabled());
    QTest::mouseClick(setUp, Qt::LeftButton);
    QVERIFY2(setup.result() == QDialog::Accepted, qPrintable(child<QLabel>(&setup, u"setupMessage"_s)->text()));
    QCOMPARE(test::rawRows(site, u"SELECT value FROM sync_state WHERE key = 'site_id'"_s), QStringList{u"5"_s});
    QCOMPARE(test::rawRows(site, u"SELECT name FROM item"_s), QStringList{u"Amoxicillin"_s});
    QCOMPARE(keychain.read(CredentialStore::keyFor(m_server.url(), 5)).value(), kSitePassword);
    // The central now knows the site's machine: no more exports of it.
    QCOMPARE(test::rawRows(m_central, u"SELECT hardware_id IS NOT NULL FROM site WHERE id = 5"_s), QStringList{u"1"_s});
    m_window->refresh();
    selectSite(table, 5);
    QVERIFY(!exportButton->isEnabled());
}

// covers AD-2, SEC-1, TOP-4
void TstGuiSiteDataFile::setupInitialisesFromTheCentral()
{
    const QString site = m_dir->filePath(u"van.db"_s);
    MemoryCredentialStore keychain;
    ui::SiteSetupDialog setup(site, keychain);
    setup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    QVERIFY(child<QRadioButton>(&setup, u"initialiseRadio"_s)->isChecked());
    QVERIFY(!child<QLineEdit>(&setup, u"dataFile"_s)->isVisible());
    QTest::keyClicks(child<QLineEdit>(&setup, u"centralUrl"_s), m_server.url());
    QTest::keyClicks(child<QLineEdit>(&setup, u"setupPassword"_s), u"not-the-password"_s);
    // No site ID is offered (1 would be the central's): none chosen, no setting up.
    auto* siteId = child<QSpinBox>(&setup, u"setupSiteId"_s);
    QCOMPARE(siteId->value(), 0);
    QCOMPARE(siteId->text(), u"choose"_s);
    QVERIFY(!child<QPushButton>(&setup, u"setupButton"_s)->isEnabled());
    siteId->setValue(3);
    QVERIFY(child<QPushButton>(&setup, u"setupButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&setup, u"setupButton"_s), Qt::LeftButton);
    // Refused by the central: the dialog stays, says why, and leaves no database.
    QVERIFY(setup.isVisible());
    QVERIFY(setup.result() != QDialog::Accepted);
    const QString refusal = child<QLabel>(&setup, u"setupMessage"_s)->text();
    QVERIFY2(refusal.contains(u"Wrong password"_s), qPrintable(refusal));
    QVERIFY(!QFileInfo::exists(site));

    auto* password = child<QLineEdit>(&setup, u"setupPassword"_s);
    password->clear();
    QTest::keyClicks(password, kSitePassword);
    QTest::mouseClick(child<QPushButton>(&setup, u"setupButton"_s), Qt::LeftButton);
    QVERIFY2(setup.result() == QDialog::Accepted, qPrintable(child<QLabel>(&setup, u"setupMessage"_s)->text()));
    QCOMPARE(test::rawRows(site, u"SELECT value FROM sync_state WHERE key = 'site_id'"_s), QStringList{u"3"_s});
    QCOMPARE(test::rawRows(site, u"SELECT name FROM item"_s), QStringList{u"Amoxicillin"_s});
    QCOMPARE(test::rawRows(m_central, u"SELECT hardware_id IS NOT NULL FROM site WHERE id = 3"_s), QStringList{u"1"_s});
}

QTEST_MAIN(TstGuiSiteDataFile)
#include "tst_gui_sitedatafile.moc"
