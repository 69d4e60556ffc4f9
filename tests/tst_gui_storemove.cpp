// The store move wizard (AD-3) driven through every page, offscreen, on the demo network with a real
// server on 127.0.0.1 and real remote sites: from a remote to another remote, to the central, and to
// a new mobile site. Each move ends with syncs that deliver exactly the store's data.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "guitestsupport.h"
#include "settings/storemove.h"
#include "settings/unlockgate.h"
#include "storemovewizard.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
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

QString pageName(const QWizard& wizard)
{
    return wizard.currentPage() ? wizard.currentPage()->objectName() : QString();
}

const struct {
    SyncWith value;
    QString button;
} kKeepChoices[] = {{SyncWith::None, u"keepNone"_s},
                    {SyncWith::Transfer, u"keepTransfer"_s},
                    {SyncWith::ActiveCollector, u"keepCollector"_s}};

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
    void impactIsShownBeforeTheMove();
    void movingOffTheCentralKeepsACollector();
    void offersWhatTheRulesAccept();
    void changingTheChoiceClearsARefusal();

private:
    QString sync(int siteId);
    QStringList stockOf(const QString& path, const QString& storeId);
    // Walks the pages after the destination: what stays, the check, the impact, the unlock, the move.
    void finish(ui::StoreMoveWizard& wizard, const QString& keep);
    // Opens the wizard for a store and chooses an existing 'To' site.
    std::unique_ptr<ui::StoreMoveWizard> startMove(const QString& storeId, int toSiteId);

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
    // What the move will cause, before anything is moved.
    QCOMPARE(pageName(wizard), u"storeMoveImpact"_s);
    QVERIFY(child<QWidget>(&wizard, u"impactView"_s));
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
    // Done: the page says so, and nothing is left to cancel.
    QCOMPARE(wizard.currentPage()->title(), u"Store moved"_s);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
}

std::unique_ptr<ui::StoreMoveWizard> TstGuiStoreMove::startMove(const QString& storeId, int toSiteId)
{
    auto wizard = std::make_unique<ui::StoreMoveWizard>(*m_session, storeId);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    auto* site = child<QComboBox>(wizard.get(), u"toSiteCombo"_s);
    site->setCurrentIndex(site->findData(toSiteId));
    next(*wizard);
    return wizard;
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
    // Store D is visible to Store C on remote site 2: None is refused there (ST-5), so it is not
    // offered; Transfer is, and is the choice made.
    QCOMPARE(wizard.currentId(), int(ui::StoreMoveWizard::FromKeeps));
    QVERIFY(!child<QRadioButton>(&wizard, u"keepNone"_s)->isEnabled());
    QVERIFY(child<QRadioButton>(&wizard, u"keepTransfer"_s)->isEnabled());
    QVERIFY(child<QRadioButton>(&wizard, u"keepTransfer"_s)->isChecked());
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

    // TOP-5: a second store for the mobile site is refused on the page where it is chosen, whatever
    // stays on the 'From' site.
    std::unique_ptr<ui::StoreMoveWizard> second = startMove(u"E"_s, 4);
    QVERIFY(second);
    QCOMPARE(second->currentId(), int(ui::StoreMoveWizard::FromKeeps));
    for (const auto& choice : kKeepChoices)
        QVERIFY2(!child<QRadioButton>(second.get(), choice.button)->isEnabled(), qPrintable(choice.button));
    QVERIFY2(child<QLabel>(second.get(), u"fromKeepsProblem"_s)->text().contains(u"mobile site"_s),
             qPrintable(child<QLabel>(second.get(), u"fromKeepsProblem"_s)->text()));
    QVERIFY(!second->button(QWizard::NextButton)->isEnabled());
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

// The move's side effects are shown before "Move the store", measured by the engine as the
// Synchronisation tab's preview is: moving Store B off remote site 1 takes Store A's collector copy
// there with it, since Store A is visible only in Store B.
// covers AD-3, ST-5, RT-5
void TstGuiStoreMove::impactIsShownBeforeTheMove()
{
    // The central notes remote site 1's last connection a second after its sync.
    const auto connected = [this] {
        QStringList rows;
        return test::rawSql(
                   m_central,
                   {u"SELECT count(*) FROM site_cursor WHERE site_id = %1 AND last_connection_at IS NOT NULL"_s.arg(
                       kRemote1)},
                   &rows)
                   .isEmpty() &&
               rows.value(0) == u"1"_s;
    };
    QTRY_VERIFY_WITH_TIMEOUT(connected(), 10000);
    std::unique_ptr<ui::StoreMoveWizard> wizard = startMove(u"B"_s, kRemote2);
    QVERIFY(wizard);
    next(*wizard);
    QCOMPARE(wizard->currentId(), int(ui::StoreMoveWizard::Check));
    QTest::mouseClick(child<QCheckBox>(wizard.get(), u"frozenCheck"_s), Qt::LeftButton, {}, QPoint(4, 4));
    const QByteArray before = test::contentDigest(m_central);
    next(*wizard);
    QCOMPARE(pageName(*wizard), u"storeMoveImpact"_s);
    QCOMPARE(test::contentDigest(m_central), before);
    auto* copies = child<QTableWidget>(wizard.get(), u"impactCopies"_s);
    QVERIFY(copies);
    const QString remote1 = m_session->site().siteLabel(kRemote1);
    const QStringList rows = test::tableRows(copies, QLatin1Char('|'));
    QVERIFY2(rows.filter(u"Store A|%1|collector|no copy|"_s.arg(remote1)).size() == 1, qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.filter(u"Store B|%1|active|no copy|"_s.arg(remote1)).size() == 1, qPrintable(rows.join(u'\n')));
    auto* queued = child<QTableWidget>(wizard.get(), u"impactQueued"_s);
    QVERIFY(test::tableRows(queued, QLatin1Char('|')).filter(m_session->site().siteLabel(kRemote2)).size() == 1);
    const QString warnings = child<QLabel>(wizard.get(), u"impactWarnings"_s)->text();
    QVERIFY2(warnings.contains(u"last connected"_s), qPrintable(warnings));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

// The central is the usual 'From' site of a store that gets a site of its own: it keeps a collector
// copy, which is what the page proposes, and says so.
// covers AD-3, ST-5
void TstGuiStoreMove::movingOffTheCentralKeepsACollector()
{
    std::unique_ptr<ui::StoreMoveWizard> wizard = startMove(u"E"_s, kRemote2);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ui::StoreMoveWizard::FromKeeps));
    auto* collector = child<QRadioButton>(wizard.get(), u"keepCollector"_s);
    QVERIFY(collector->isChecked());
    QVERIFY2(!collector->text().contains(u"not recommended"_s), qPrintable(collector->text()));
    QVERIFY(!child<QLabel>(wizard.get(), u"collectorWarning"_s)->isVisible());
    // The default is accepted: the wizard goes on to the check.
    next(*wizard);
    QCOMPARE(wizard->currentId(), int(ui::StoreMoveWizard::Check));
}

// Each choice of what stays is offered exactly when the engine's check accepts the plan with it.
// covers AD-3, ST-5, TOP-5
void TstGuiStoreMove::offersWhatTheRulesAccept()
{
    const struct {
        QString storeId;
        int to;
        QList<SyncWith> accepted;
    } cases[] = {
        // Store B leaves remote site 1, where no store it is visible in stays active: nothing else.
        {u"B"_s, kRemote2, {SyncWith::None}},
        // The central keeps every store: a collector or transfer copy, never none.
        {u"E"_s, kRemote2, {SyncWith::Transfer, SyncWith::ActiveCollector}},
        // Store D stays visible in Store C on remote site 2: at least a transfer copy.
        {u"D"_s, kRemote1, {SyncWith::Transfer, SyncWith::ActiveCollector}},
    };
    for (const auto& one : cases) {
        std::unique_ptr<ui::StoreMoveWizard> wizard = startMove(one.storeId, one.to);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ui::StoreMoveWizard::FromKeeps));
        for (const auto& choice : kKeepChoices) {
            StoreMovePlan plan;
            plan.storeId = one.storeId;
            plan.toSiteId = one.to;
            plan.fromKeeps = choice.value;
            const bool accepted = m_session->storeMove().check(plan).ok();
            QCOMPARE(accepted, one.accepted.contains(choice.value));
            QVERIFY2(child<QRadioButton>(wizard.get(), choice.button)->isEnabled() == accepted,
                     qPrintable(one.storeId + u" "_s + choice.button));
        }
        QVERIFY(child<QLabel>(wizard.get(), u"fromKeepsProblem"_s)->text().isEmpty());
    }
}

// A refusal on the page is about the choice that was made: choosing again clears it.
// covers AD-3
void TstGuiStoreMove::changingTheChoiceClearsARefusal()
{
    std::unique_ptr<ui::StoreMoveWizard> wizard = startMove(u"D"_s, kRemote1);
    QVERIFY(wizard);
    QTest::mouseClick(child<QRadioButton>(wizard.get(), u"keepTransfer"_s), Qt::LeftButton, {}, QPoint(4, 4));
    // Meanwhile Store D stops being visible in Store C: a transfer copy is no longer allowed.
    const QString nameId = m_session->stores().find(u"D"_s).value().nameId;
    const QVariant join =
        m_session->database()
            .scalar(u"SELECT id FROM name_store_join WHERE name_id = ? AND store_id = 'C'"_s, {nameId})
            .value();
    QVERIFY(join.isValid());
    QVERIFY(m_session->writer().remove(u"name_store_join"_s, join.toString()).ok());
    next(*wizard);
    QCOMPARE(wizard->currentId(), int(ui::StoreMoveWizard::FromKeeps));
    auto* problem = child<QLabel>(wizard.get(), u"fromKeepsProblem"_s);
    QVERIFY(!problem->text().isEmpty());
    QTest::mouseClick(child<QRadioButton>(wizard.get(), u"keepNone"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(child<QRadioButton>(wizard.get(), u"keepNone"_s)->isChecked());
    QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    next(*wizard);
    QCOMPARE(wizard->currentId(), int(ui::StoreMoveWizard::Check));
}

QTEST_MAIN(TstGuiStoreMove)
#include "tst_gui_storemove.moc"
