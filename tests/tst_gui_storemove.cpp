// The store move wizard (AD-3) driven through every page, offscreen, on the demo network with a real
// server on 127.0.0.1 and real remote sites: from a remote to another remote, to the central, and to
// a new mobile site. Each move ends with syncs that deliver exactly the store's data.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "security/unlockgate.h"
#include "storemovewizard.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCentral = DemoNetwork::kCentral;
constexpr int kRemote1 = DemoNetwork::kRemote1;
constexpr int kRemote2 = DemoNetwork::kRemote2;
const QString kUnlock = u"unlock-the-settings"_s;

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

void next(QWizard& wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

}  // namespace

class TstGuiStoreMove : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void remoteToRemote();
    void remoteToCentral();
    void toANewMobileSite();
    void pagesRefuseWhatTheRulesRefuse();

private:
    QString sync(int siteId);
    QStringList stockOf(const QString& path, const QString& storeId);
    // Walks the pages after the destination: what stays, the check, the unlock, the move.
    void finish(ui::StoreMoveWizard& wizard, const QString& keep);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ServerProcess> m_server;
    MemoryCredentialStore m_credentials;
    QString m_central;
    QMap<int, QString> m_sites;
    std::unique_ptr<SiteSession> m_session;
};

void TstGuiStoreMove::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(m_dir->path(), [](const QString&) {});
    QVERIFY(demo.ok());
    m_central = demo->centralPath;
    m_server = std::make_unique<test::ServerProcess>();
    QCOMPARE(m_server->start(m_central), QString());
    for (int site : {kRemote1, kRemote2}) {
        const QString path = m_dir->filePath(u"site-%1.db"_s.arg(site));
        const Result<std::unique_ptr<SiteSession>> made =
            RemoteSync::initialise(path, QUrl(m_server->url()), site, DemoNetwork::sitePassword(site), m_credentials);
        QVERIFY(made.ok());
        m_sites.insert(site, path);
    }
    for (const auto& [site, store] :
         {std::pair{kRemote1, u"B"_s}, std::pair{kRemote2, u"C"_s}, std::pair{kRemote2, u"D"_s}}) {
        std::unique_ptr<SiteSession> session = SiteSession::open(m_sites.value(site)).value();
        for (int i = 0; i < 4; ++i)
            QVERIFY(session->writer()
                        .put(u"stock_line"_s, {{u"id"_s, u"%1-%2"_s.arg(store).arg(i)},
                                               {u"store_id"_s, store},
                                               {u"item_id"_s, u"item-ors"_s},
                                               {u"quantity"_s, i}})
                        .ok());
    }
    for (int site : {kRemote1, kRemote2})
        QCOMPARE(sync(site), QString());
    m_session = SiteSession::open(m_central).value();
    QVERIFY(UnlockGate(m_session->database()).setPassword(kUnlock).ok());
}

void TstGuiStoreMove::cleanup()
{
    m_session.reset();
    m_server.reset();
    m_sites.clear();
    m_dir.reset();
}

QString TstGuiStoreMove::sync(int siteId)
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_sites.value(siteId));
    if (!session)
        return session.error().message;
    const Result<SyncReport> report = RemoteSync(**session, m_credentials).syncOnce();
    return report ? QString() : report.error().message;
}

QStringList TstGuiStoreMove::stockOf(const QString& path, const QString& storeId)
{
    QStringList rows;
    const QString problem =
        test::rawSql(path, {u"SELECT id FROM stock_line WHERE store_id = '%1' ORDER BY id"_s.arg(storeId)}, &rows);
    return problem.isEmpty() ? rows : QStringList{problem};
}

void TstGuiStoreMove::finish(ui::StoreMoveWizard& wizard, const QString& keep)
{
    QCOMPARE(wizard.currentId(), int(ui::StoreMoveWizard::FromKeeps));
    QTest::mouseClick(child<QRadioButton>(&wizard, keep), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(child<QRadioButton>(&wizard, keep)->isChecked());
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ui::StoreMoveWizard::Check));
    QVERIFY2(child<QLabel>(&wizard, u"checkState"_s)->text().contains(u"received everything"_s),
             qPrintable(child<QLabel>(&wizard, u"checkState"_s)->text()));
    // Not before data entry is frozen.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(child<QCheckBox>(&wizard, u"frozenCheck"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ui::StoreMoveWizard::Unlock));
    QTest::keyClicks(child<QLineEdit>(&wizard, u"unlockTechnician"_s), u"Ana Technician"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"moveUnlockPassword"_s), u"wrong password"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ui::StoreMoveWizard::Unlock));
    QVERIFY(child<QLabel>(&wizard, u"unlockProblem"_s)->text().contains(u"Wrong unlock password"_s));
    QTest::keyClicks(child<QLineEdit>(&wizard, u"moveUnlockPassword"_s), kUnlock);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ui::StoreMoveWizard::Run));
    QVERIFY2(wizard.moved(), qPrintable(child<QLabel>(&wizard, u"moveResult"_s)->text()));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

// covers AD-3, ST-3
void TstGuiStoreMove::remoteToRemote()
{
    const QStringList storeB = stockOf(m_central, u"B"_s);
    QCOMPARE(storeB.size(), 4);
    ui::StoreMoveWizard wizard(*m_session, u"B"_s);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* site = child<QComboBox>(&wizard, u"toSiteCombo"_s);
    site->setCurrentIndex(site->findData(kRemote2));
    next(wizard);
    finish(wizard, u"keepNone"_s);
    QCOMPARE(sync(kRemote2), QString());
    QCOMPARE(sync(kRemote1), QString());
    QCOMPARE(stockOf(m_sites.value(kRemote2), u"B"_s), storeB);
    QCOMPARE(stockOf(m_sites.value(kRemote1), u"B"_s), QStringList());
}

// covers AD-3
void TstGuiStoreMove::remoteToCentral()
{
    const QStringList storeC = stockOf(m_central, u"C"_s);
    ui::StoreMoveWizard wizard(*m_session, u"C"_s);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* site = child<QComboBox>(&wizard, u"toSiteCombo"_s);
    site->setCurrentIndex(site->findData(kCentral));
    next(wizard);
    finish(wizard, u"keepNone"_s);
    QCOMPARE(sync(kRemote2), QString());
    QCOMPARE(stockOf(m_sites.value(kRemote2), u"C"_s), QStringList());
    QCOMPARE(stockOf(m_central, u"C"_s), storeC);
    QVERIFY(
        m_session->writer()
            .put(u"stock_line"_s, {{u"id"_s, u"C-central"_s}, {u"store_id"_s, u"C"_s}, {u"item_id"_s, u"item-ors"_s}})
            .ok());
}

// covers AD-3, TOP-5
void TstGuiStoreMove::toANewMobileSite()
{
    const QStringList storeD = stockOf(m_central, u"D"_s);
    ui::StoreMoveWizard wizard(*m_session, u"D"_s);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QRadioButton>(&wizard, u"toNewRadio"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    child<QSpinBox>(&wizard, u"newSiteId"_s)->setValue(4);
    QTest::keyClicks(child<QLineEdit>(&wizard, u"newSiteName"_s), u"Mobile 4"_s);
    auto* type = child<QComboBox>(&wizard, u"newSiteType"_s);
    type->setCurrentIndex(type->findData(u"mobile"_s));
    QTest::keyClicks(child<QLineEdit>(&wizard, u"newSitePassword"_s), u"mobile-4-password"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    next(wizard);
    // Store D is visible to Store C on remote site 2: None is refused there (ST-5), Transfer is not.
    QTest::mouseClick(child<QRadioButton>(&wizard, u"keepNone"_s), Qt::LeftButton, {}, QPoint(4, 4));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ui::StoreMoveWizard::FromKeeps));
    QVERIFY2(child<QLabel>(&wizard, u"fromKeepsProblem"_s)->text().contains(u"ST-5"_s),
             qPrintable(child<QLabel>(&wizard, u"fromKeepsProblem"_s)->text()));
    // The check made the new site only to roll it back.
    QVERIFY(!m_session->sites().find(4).ok());
    finish(wizard, u"keepTransfer"_s);
    const QString path = m_dir->filePath(u"site-4.db"_s);
    const Result<std::unique_ptr<SiteSession>> mobile =
        RemoteSync::initialise(path, QUrl(m_server->url()), 4, u"mobile-4-password"_s, m_credentials);
    QVERIFY2(mobile.ok(), mobile ? "" : qPrintable(mobile.error().message));
    QCOMPARE(stockOf(path, u"D"_s), storeD);
    QCOMPARE(sync(kRemote2), QString());
    QCOMPARE(stockOf(m_sites.value(kRemote2), u"D"_s), QStringList());

    // TOP-5: a second store for the mobile site is refused on the page where it is chosen.
    ui::StoreMoveWizard second(*m_session, u"E"_s);
    second.show();
    auto* site = child<QComboBox>(&second, u"toSiteCombo"_s);
    site->setCurrentIndex(site->findData(4));
    next(second);
    QTest::mouseClick(child<QRadioButton>(&second, u"keepCollector"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(child<QLabel>(&second, u"collectorWarning"_s)->isVisible());
    next(second);
    QCOMPARE(second.currentId(), int(ui::StoreMoveWizard::FromKeeps));
    QVERIFY2(child<QLabel>(&second, u"fromKeepsProblem"_s)->text().contains(u"mobile site"_s),
             qPrintable(child<QLabel>(&second, u"fromKeepsProblem"_s)->text()));
}

// covers AD-3, ST-5
void TstGuiStoreMove::pagesRefuseWhatTheRulesRefuse()
{
    // Something new waits for remote site 1: the check page does not let the move go on.
    QVERIFY(m_session->writer()
                .put(u"item"_s, {{u"id"_s, u"item-new"_s}, {u"code"_s, u"NEW"_s}, {u"name"_s, u"New"_s}})
                .ok());
    ui::StoreMoveWizard wizard(*m_session, u"B"_s);
    wizard.show();
    auto* site = child<QComboBox>(&wizard, u"toSiteCombo"_s);
    site->setCurrentIndex(site->findData(kRemote2));
    next(wizard);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ui::StoreMoveWizard::Check));
    QTest::mouseClick(child<QCheckBox>(&wizard, u"frozenCheck"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(&wizard, u"checkWarnings"_s)->text().contains(u"still wait"_s));
    // After the sites synchronise, checking again lets it go on.
    QCOMPARE(sync(kRemote1), QString());
    QCOMPARE(sync(kRemote2), QString());
    QTest::mouseClick(child<QAbstractButton>(&wizard, u"recheckButton"_s), Qt::LeftButton);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // An existing site ID is refused for a new site.
    ui::StoreMoveWizard other(*m_session, u"C"_s);
    other.show();
    QTest::mouseClick(child<QRadioButton>(&other, u"toNewRadio"_s), Qt::LeftButton, {}, QPoint(4, 4));
    child<QSpinBox>(&other, u"newSiteId"_s)->setValue(kRemote1);
    QTest::keyClicks(child<QLineEdit>(&other, u"newSiteName"_s), u"Clash"_s);
    QTest::keyClicks(child<QLineEdit>(&other, u"newSitePassword"_s), u"a-long-password"_s);
    next(other);
    QCOMPARE(other.currentId(), int(ui::StoreMoveWizard::Destination));
    QVERIFY(child<QLabel>(&other, u"destinationProblem"_s)->text().contains(u"already exists"_s));
}

QTEST_MAIN(TstGuiStoreMove)
#include "tst_gui_storemove.moc"
