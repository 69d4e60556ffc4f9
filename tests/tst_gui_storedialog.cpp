// The store dialog's Synchronisation tab, driven as a technician would on the demo network's
// central server: unlocking, each Local tick and sync-with value, the impact preview, saving.
#include "demo/demonetwork.h"
#include "guitestsupport.h"
#include "impactdialog.h"
#include "settings/syncsettingsimpact.h"
#include "settings/unlockgate.h"
#include "storedialog.h"
#include "sync/routing.h"
#include "syncsettingstab.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sitesync;
using namespace Qt::StringLiterals;
using ui::StoreDialog;

namespace {

const QString kUnlockPassword = u"correct horse battery"_s;

constexpr int kCentral = DemoNetwork::kCentral;
constexpr int kRemote1 = DemoNetwork::kRemote1;
constexpr int kRemote2 = DemoNetwork::kRemote2;

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

QTableWidget* withTable(QWidget* dialog)
{
    return child<QTableWidget>(dialog, u"syncWithTable"_s);
}

int rowOf(QTableWidget* table, int siteId)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().startsWith(QString::number(siteId) + u" ("_s))
            return row;
    }
    return -1;
}

bool localTicked(QWidget* dialog, int siteId)
{
    QTableWidget* table = withTable(dialog);
    const int row = rowOf(table, siteId);
    return row >= 0 && table->item(row, 1)->checkState() == Qt::Checked;
}

// Ticks or unticks Local as from the keyboard: the cell made current, then the space bar.
void toggleLocal(QWidget* dialog, int siteId)
{
    QTableWidget* table = withTable(dialog);
    table->setFocus();
    table->setCurrentCell(rowOf(table, siteId), 1);
    QTest::keyClick(table, Qt::Key_Space);
}

QComboBox* withCombo(QWidget* dialog, int siteId)
{
    return child<QComboBox>(dialog, u"syncWith_%1"_s.arg(siteId));
}

bool choiceEnabled(QComboBox* combo, SyncWith value)
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    return model && model->item(combo->findData(int(value)))->isEnabled();
}

SyncWith shownWith(QWidget* dialog, int siteId)
{
    return SyncWith(withCombo(dialog, siteId)->currentData().toInt());
}

void choose(QComboBox* combo, SyncWith value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

// Clicks a check box where its box is drawn, as a mouse would.
void click(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
}

void typeAndUnlock(QWidget* dialog, const QString& password, const QString& repeat = {})
{
    QLineEdit* technician = child<QLineEdit>(dialog, u"unlockTechnician"_s);
    if (technician->text().isEmpty())
        QTest::keyClicks(technician, u"Ana Technician"_s);
    QLineEdit* field = child<QLineEdit>(dialog, u"unlockPassword"_s);
    field->clear();
    QTest::keyClicks(field, password);
    if (!repeat.isNull()) {
        QLineEdit* again = child<QLineEdit>(dialog, u"repeatUnlockPassword"_s);
        again->clear();
        QTest::keyClicks(again, repeat);
    }
    QTest::mouseClick(child<QPushButton>(dialog, u"unlockConfirmButton"_s), Qt::LeftButton);
}

int rowCount(const QString& path, const QString& sql)
{
    QStringList rows;
    const QString problem = test::rawSql(path, {sql}, &rows);
    return problem.isEmpty() && !rows.isEmpty() ? rows.first().toInt() : -1;
}

// Answers the impact preview once it is up: it comes after the change is measured in a worker thread.
std::unique_ptr<QTimer> answerPreview(std::function<void(ui::ImpactDialog*)> answer)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(10);
    QTimer* raw = timer.get();
    QObject::connect(raw, &QTimer::timeout, [raw, answer = std::move(answer)] {
        auto* preview = qobject_cast<ui::ImpactDialog*>(QApplication::activeModalWidget());
        if (!preview)
            return;
        raw->stop();
        answer(preview);
    });
    timer->start();
    return timer;
}

// Answers the next question box with `answer` once it is up; records its text.
std::unique_ptr<QTimer> answerQuestion(QMessageBox::StandardButton answer, QString* text)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(10);
    QTimer* raw = timer.get();
    QObject::connect(raw, &QTimer::timeout, [raw, answer, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        raw->stop();
        *text = box->text();
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
    timer->start();
    return timer;
}

// Confirms the impact preview once it is up.
std::unique_ptr<QTimer> confirmPreview(bool* seen)
{
    return answerPreview([seen](ui::ImpactDialog* preview) {
        *seen = true;
        QTest::mouseClick(child<QPushButton>(preview, u"confirmSaveButton"_s), Qt::LeftButton);
    });
}

}  // namespace

class TstGuiStoreDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void lockedUntilTheRightPassword();
    void wrongPasswordsLockOut();
    void firstUnlockSetsThePassword();
    void localTickMovesTheSyncId();
    void setAsLocalStoreClearsTheTicks();
    void valuesFollowVisibility();
    void mobileSiteRefusesASecondActiveStore();
    void includeTransactionsOnlyForDispensaries();
    void impactPreviewMatchesWhatSavingDoes();
    void cancelledPreviewChangesNothing();
    void resyncPatientRecords();
    void applySavesAndSaysSo();
    void okSavesAndCloses();
    void unsavedChangesAreNotDroppedSilently();
    void visibilityIsSetInTheDialog();
    void previewOpensShowingEveryColumn();

private:
    StoreDialog* open(const QString& storeId);
    void unlock(StoreDialog* dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_centralPath;
    std::unique_ptr<SiteSession> m_session;
    std::unique_ptr<StoreDialog> m_dialog;
};

void TstGuiStoreDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<SiteSession>> session = test::openUnlockedDemoCentral(m_dir->path(), kUnlockPassword);
    QVERIFY2(session.ok(), session ? "" : qPrintable(session.error().message));
    m_session = std::move(session).value();
    m_centralPath = m_session->database().path();
}

void TstGuiStoreDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_dir.reset();
}

StoreDialog* TstGuiStoreDialog::open(const QString& storeId)
{
    m_dialog = std::make_unique<StoreDialog>(*m_session, storeId);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        return nullptr;
    // The technician clicks the Synchronisation tab.
    auto* tabs = child<QTabWidget>(m_dialog.get(), u"storeTabs"_s);
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    if (tabs->currentIndex() != 1)
        return nullptr;
    return m_dialog.get();
}

void TstGuiStoreDialog::unlock(StoreDialog* dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, u"unlockButton"_s), Qt::LeftButton);
    typeAndUnlock(dialog, kUnlockPassword);
}

// covers AD-1, ST-4, ST-7
void TstGuiStoreDialog::lockedUntilTheRightPassword()
{
    StoreDialog* dialog = open(u"B"_s);
    QVERIFY(dialog);
    auto* tab = child<ui::SyncSettingsTab>(dialog, u"syncSettingsTab"_s);
    QVERIFY(tab);
    QVERIFY(tab->isEditable());
    QVERIFY(!tab->isUnlocked());
    QVERIFY(!withCombo(dialog, kRemote2)->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, u"setLocalCheck"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());

    QTest::mouseClick(child<QPushButton>(dialog, u"unlockButton"_s), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(dialog, u"unlockPassword"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, u"repeatUnlockPassword"_s)->isVisible());
    typeAndUnlock(dialog, u"not the password"_s);
    QVERIFY(!tab->isUnlocked());
    QVERIFY2(child<QLabel>(dialog, u"unlockMessage"_s)->text().contains(u"1 of 5"_s),
             qPrintable(child<QLabel>(dialog, u"unlockMessage"_s)->text()));
    QVERIFY(child<QLineEdit>(dialog, u"unlockPassword"_s)->text().isEmpty());
    QVERIFY(!withCombo(dialog, kRemote2)->isEnabled());

    typeAndUnlock(dialog, kUnlockPassword);
    QVERIFY(tab->isUnlocked());
    QVERIFY(child<QLabel>(dialog, u"lockStateLabel"_s)->text().contains(u"Unlocked"_s));
    QVERIFY(withCombo(dialog, kRemote2)->isEnabled());
    QVERIFY(child<QCheckBox>(dialog, u"setLocalCheck"_s)->isEnabled());
    // The active site's own row is fixed: it is Active/collector by definition.
    QVERIFY(!withCombo(dialog, kRemote1)->isEnabled());

    // ST-7: both attempts are in the audit trail; the password is nowhere in the file.
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM audit_log WHERE action = 'unlock failed'"_s), 1);
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM audit_log WHERE action = 'unlocked'"_s), 1);
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM sync_state WHERE value LIKE '%correct horse%'"_s), 0);
}

// covers ST-7
void TstGuiStoreDialog::wrongPasswordsLockOut()
{
    StoreDialog* dialog = open(u"B"_s);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, u"unlockButton"_s), Qt::LeftButton);
    for (int attempt = 1; attempt <= UnlockGate::kMaxFailures; ++attempt)
        typeAndUnlock(dialog, u"guess %1"_s.arg(attempt));
    QVERIFY(child<QLabel>(dialog, u"unlockMessage"_s)->text().contains(u"locked for"_s));
    // Locked out: even the right password is refused now.
    typeAndUnlock(dialog, kUnlockPassword);
    auto* tab = child<ui::SyncSettingsTab>(dialog, u"syncSettingsTab"_s);
    QVERIFY(!tab->isUnlocked());
    QVERIFY2(child<QLabel>(dialog, u"unlockMessage"_s)->text().contains(u"Too many"_s),
             qPrintable(child<QLabel>(dialog, u"unlockMessage"_s)->text()));
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM audit_log WHERE action = 'unlock failed'"_s),
             UnlockGate::kMaxFailures);
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM audit_log WHERE action = 'unlock refused'"_s), 1);
}

// covers ST-7
void TstGuiStoreDialog::firstUnlockSetsThePassword()
{
    QVERIFY(LocalState::set(m_session->database(), u"unlock_password_hash"_s, QString()).ok());
    StoreDialog* dialog = open(u"B"_s);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, u"unlockButton"_s), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(dialog, u"repeatUnlockPassword"_s)->isVisible());
    auto* tab = child<ui::SyncSettingsTab>(dialog, u"syncSettingsTab"_s);
    typeAndUnlock(dialog, u"first choice 1"_s, u"first choice 2"_s);
    QVERIFY(!tab->isUnlocked());
    QVERIFY(child<QLabel>(dialog, u"unlockMessage"_s)->text().contains(u"differ"_s));
    typeAndUnlock(dialog, u"short"_s, u"short"_s);
    QVERIFY(!tab->isUnlocked());
    QVERIFY(child<QLabel>(dialog, u"unlockMessage"_s)->text().contains(u"at least"_s));
    typeAndUnlock(dialog, u"a new unlock password"_s, u"a new unlock password"_s);
    QVERIFY(tab->isUnlocked());
    UnlockGate gate(m_session->database());
    QVERIFY(gate.isSet());
    QVERIFY(!gate.unlock(u"first choice 1"_s).ok());
    QVERIFY(gate.unlock(u"a new unlock password"_s).ok());
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM sync_state WHERE value LIKE '%new unlock%'"_s), 0);
}

// covers ST-4, ST-3
void TstGuiStoreDialog::localTickMovesTheSyncId()
{
    StoreDialog* dialog = open(u"B"_s);
    QVERIFY(dialog);
    unlock(dialog);
    QVERIFY(localTicked(dialog, kRemote1));
    QCOMPARE(child<QLineEdit>(dialog, u"syncIdEdit"_s)->text(), m_session->site().siteLabel(kRemote1));

    toggleLocal(dialog, kRemote2);
    QVERIFY(localTicked(dialog, kRemote2));
    QVERIFY(!localTicked(dialog, kRemote1));
    QCOMPARE(child<QLineEdit>(dialog, u"syncIdEdit"_s)->text(), m_session->site().siteLabel(kRemote2));
    QVERIFY(!child<QCheckBox>(dialog, u"setLocalCheck"_s)->isChecked());
    QCOMPARE(shownWith(dialog, kRemote2), SyncWith::ActiveCollector);
    QVERIFY(!withCombo(dialog, kRemote2)->isEnabled());
    // The 'From' site keeps a collector copy where the store is visible to a store active there,
    // otherwise none (ST-5).
    const Result<bool> visible = m_session->syncSettings().visibleOnSite(u"B"_s, kRemote1);
    QVERIFY(visible.ok());
    QCOMPARE(shownWith(dialog, kRemote1), *visible ? SyncWith::ActiveCollector : SyncWith::None);
    QVERIFY(withCombo(dialog, kRemote1)->isEnabled());
    QCOMPARE(*child<ui::SyncSettingsTab>(dialog, u"syncSettingsTab"_s)->pendingChange().activeSiteId, kRemote2);
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());

    // Unticking the active row cannot leave the store active nowhere: the tick stays.
    toggleLocal(dialog, kRemote2);
    QVERIFY(localTicked(dialog, kRemote2));

    // Ticking the stored site again undoes the move: nothing left to save.
    toggleLocal(dialog, kRemote1);
    QVERIFY(localTicked(dialog, kRemote1));
    QVERIFY(!localTicked(dialog, kRemote2));
    QVERIFY(!child<ui::SyncSettingsTab>(dialog, u"syncSettingsTab"_s)->pendingChange().activeSiteId);
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
}

// covers ST-4
void TstGuiStoreDialog::setAsLocalStoreClearsTheTicks()
{
    StoreDialog* dialog = open(u"C"_s);
    QVERIFY(dialog);
    unlock(dialog);
    auto* combo = child<QComboBox>(dialog, u"syncTypeCombo"_s);
    QCOMPARE(SyncType(combo->currentData().toInt()), SyncType::Collector);
    QVERIFY(combo->isEnabled());
    QVERIFY(localTicked(dialog, kRemote2));

    click(child<QCheckBox>(dialog, u"setLocalCheck"_s));
    QVERIFY(child<QCheckBox>(dialog, u"setLocalCheck"_s)->isChecked());
    QVERIFY(!localTicked(dialog, kRemote1));
    QVERIFY(!localTicked(dialog, kRemote2));
    QCOMPARE(child<QLineEdit>(dialog, u"syncIdEdit"_s)->text(), m_session->site().siteLabel(kCentral));
    QCOMPARE(SyncType(combo->currentData().toInt()), SyncType::Active);
    QVERIFY(!combo->isEnabled());

    // Ticking Local on a row clears "Set as local store" again.
    toggleLocal(dialog, kRemote1);
    QVERIFY(!child<QCheckBox>(dialog, u"setLocalCheck"_s)->isChecked());
    QVERIFY(localTicked(dialog, kRemote1));
    QVERIFY(combo->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog, u"syncIdEdit"_s)->text(), m_session->site().siteLabel(kRemote1));
}

// covers ST-5, ST-4
void TstGuiStoreDialog::valuesFollowVisibility()
{
    // Site 4 runs no store, so Store B is visible to nothing there.
    QVERIFY(m_session->sites().add(4, u"Empty"_s, u"desktop"_s, false, u"empty-site-password"_s).ok());
    StoreDialog* dialog = open(u"B"_s);
    QVERIFY(dialog);
    unlock(dialog);
    // Each row offers exactly the values visibility allows: a copy where the store is visible to a
    // store active there (at least Transfer), none where it is not.
    QVERIFY(!*m_session->syncSettings().visibleOnSite(u"B"_s, 4));
    for (int site : {kRemote2, 4}) {
        const Result<bool> visible = m_session->syncSettings().visibleOnSite(u"B"_s, site);
        QVERIFY(visible.ok());
        QComboBox* combo = withCombo(dialog, site);
        QCOMPARE(choiceEnabled(combo, SyncWith::None), !*visible);
        QCOMPARE(choiceEnabled(combo, SyncWith::ActiveCollector), *visible);
        QCOMPARE(choiceEnabled(combo, SyncWith::Transfer), *visible);
    }
    // Store B is visible to Store C on remote site 2: its transfer copy there can become a collector.
    QCOMPARE(shownWith(dialog, kRemote2), SyncWith::Transfer);
    choose(withCombo(dialog, kRemote2), SyncWith::ActiveCollector);
    QCOMPARE(shownWith(dialog, kRemote2), SyncWith::ActiveCollector);
    QVERIFY2(child<QLabel>(dialog, u"validationLabel"_s)->text().isEmpty(),
             qPrintable(child<QLabel>(dialog, u"validationLabel"_s)->text()));
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    QCOMPARE(child<ui::SyncSettingsTab>(dialog, u"syncSettingsTab"_s)->pendingChange().with.value(kRemote2),
             SyncWith::ActiveCollector);
    // Forcing a value visibility forbids (as a stale screen might) is refused with the reason.
    choose(withCombo(dialog, kRemote2), SyncWith::None);
    QVERIFY(child<QLabel>(dialog, u"validationLabel"_s)->text().contains(u"keeps at least a transfer copy"_s));
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    choose(withCombo(dialog, kRemote2), SyncWith::Transfer);
    QVERIFY(child<QLabel>(dialog, u"validationLabel"_s)->text().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    // A collector where the store is visible to no store active there is refused (ST-5).
    choose(withCombo(dialog, 4), SyncWith::ActiveCollector);
    QVERIFY2(child<QLabel>(dialog, u"validationLabel"_s)->text().contains(u"cannot be a collector"_s),
             qPrintable(child<QLabel>(dialog, u"validationLabel"_s)->text()));
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
}

// covers TOP-5, ST-4
void TstGuiStoreDialog::mobileSiteRefusesASecondActiveStore()
{
    QVERIFY(m_session->sites().add(4, u"Mobile"_s, u"mobile"_s, false, u"mobile-site-password"_s).ok());
    SyncSettingsChange first;
    first.activeSiteId = 4;
    QVERIFY(m_session->syncSettings().apply(u"E"_s, first).ok());
    StoreDialog* dialog = open(u"A"_s);
    QVERIFY(dialog);
    unlock(dialog);
    toggleLocal(dialog, 4);
    QVERIFY2(child<QLabel>(dialog, u"validationLabel"_s)->text().contains(u"mobile site"_s),
             qPrintable(child<QLabel>(dialog, u"validationLabel"_s)->text()));
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
}

// covers ST-4, RT-3
void TstGuiStoreDialog::includeTransactionsOnlyForDispensaries()
{
    {
        StoreDialog* dialog = open(u"B"_s);
        QVERIFY(dialog);
        unlock(dialog);
        QVERIFY(!child<QCheckBox>(dialog, u"includeTransactionsCheck"_s)->isEnabled());
    }
    QVERIFY(m_session->stores().add(u"G"_s, u"G"_s, u"Dispensary G"_s, true).ok());
    StoreDialog* dialog = open(u"G"_s);
    QVERIFY(dialog);
    unlock(dialog);
    auto* include = child<QCheckBox>(dialog, u"includeTransactionsCheck"_s);
    QVERIFY(include->isEnabled());
    QVERIFY(include->isChecked());
    click(include);
    QCOMPARE(child<ui::SyncSettingsTab>(dialog, u"syncSettingsTab"_s)->pendingChange().includeTransactions, false);
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    click(include);
    QVERIFY(!child<ui::SyncSettingsTab>(dialog, u"syncSettingsTab"_s)->pendingChange().includeTransactions);
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
}

// covers ST-4, ST-5, ST-7, RT-5
void TstGuiStoreDialog::impactPreviewMatchesWhatSavingDoes()
{
    // Store B comes back from remote site 1 to the central: Store A and Store C lose the copies
    // they had on remote site 1 only because Store B was active there. Both remote sites have
    // been served and stored the whole log, so what the change queues is all that waits for them.
    QVERIFY(test::rawSql(m_centralPath, {u"INSERT INTO site_cursor (site_id, pulled_seq, served_seq)"
                                         " SELECT id, (SELECT max(seq) FROM change_log), (SELECT max(seq) FROM"
                                         " change_log) FROM site WHERE is_central = 0"_s})
                .isEmpty());
    StoreDialog* dialog = open(u"B"_s);
    QVERIFY(dialog);
    unlock(dialog);
    click(child<QCheckBox>(dialog, u"setLocalCheck"_s));
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());

    const Result<QMap<int, int>> queuedBefore = Routing::queuedBySite(m_session->database());
    QVERIFY(queuedBefore.ok());
    QStringList copiesBefore;
    QVERIFY(test::rawSql(m_centralPath,
                         {u"SELECT store_id || '@' || site_id || '=' || sync_with FROM store_site ORDER BY 1"_s},
                         &copiesBefore)
                .isEmpty());

    const QString kAuditedChangesOfB =
        u"SELECT count(*) FROM audit_log WHERE action = 'sync settings changed' AND json_extract(params, '$.store') = 'B'"_s;
    const int auditedBefore = rowCount(m_centralPath, kAuditedChangesOfB);
    QMap<QString, int> shownQueued;
    QStringList shownCopies;
    QString warnings;
    bool seen = false;
    const std::unique_ptr<QTimer> answering = answerPreview([&](ui::ImpactDialog* preview) {
        seen = true;
        auto* queued = child<QTableWidget>(preview, u"impactQueued"_s);
        for (int row = 0; row < queued->rowCount(); ++row)
            shownQueued.insert(queued->item(row, 0)->text(), queued->item(row, 1)->data(Qt::UserRole).toInt());
        auto* copies = child<QTableWidget>(preview, u"impactCopies"_s);
        for (int row = 0; row < copies->rowCount(); ++row)
            shownCopies << copies->item(row, 0)->text() + u" @ "_s + copies->item(row, 1)->text() + u": "_s +
                               copies->item(row, 2)->text() + u" -> "_s + copies->item(row, 3)->text();
        warnings = child<QLabel>(preview, u"impactWarnings"_s)->text();
        QTest::mouseClick(child<QPushButton>(preview, u"confirmSaveButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(seen);

    // What the preview promised is what saving did.
    const Result<QMap<int, int>> queuedAfter = Routing::queuedBySite(m_session->database());
    QVERIFY(queuedAfter.ok());
    QMap<QString, int> actual;
    for (auto it = queuedAfter->begin(); it != queuedAfter->end(); ++it) {
        if (it.value() > queuedBefore->value(it.key()))
            actual.insert(m_session->site().siteLabel(it.key()), it.value() - queuedBefore->value(it.key()));
    }
    QCOMPARE(shownQueued, actual);
    QVERIFY(!actual.isEmpty());
    QStringList copiesAfter;
    QVERIFY(test::rawSql(m_centralPath,
                         {u"SELECT store_id || '@' || site_id || '=' || sync_with FROM store_site ORDER BY 1"_s},
                         &copiesAfter)
                .isEmpty());
    const QString remote1 = m_session->site().siteLabel(kRemote1);
    QVERIFY(shownCopies.contains(u"Store A @ %1: collector -> no copy"_s.arg(remote1)));
    QVERIFY(shownCopies.contains(u"Store B @ %1: active -> no copy"_s.arg(remote1)));
    QVERIFY(shownCopies.contains(u"Store C @ %1: transfer copy -> no copy"_s.arg(remote1)));
    for (const QString& copy : {u"A@2=collector"_s, u"B@2=collector"_s, u"C@2=transfer"_s}) {
        QVERIFY2(copiesBefore.contains(copy), qPrintable(copy));
        QVERIFY2(!copiesAfter.contains(copy), qPrintable(copy));
    }
    QVERIFY(warnings.contains(u"last connected"_s) || warnings.contains(u"never connected"_s));
    QCOMPARE(rowCount(m_centralPath, u"SELECT active_site_id FROM store_sync WHERE id = 'B'"_s), kCentral);
    QCOMPARE(rowCount(m_centralPath, kAuditedChangesOfB), auditedBefore + 1);
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    QVERIFY(child<QCheckBox>(dialog, u"setLocalCheck"_s)->isChecked());
}

// covers ST-4
void TstGuiStoreDialog::cancelledPreviewChangesNothing()
{
    StoreDialog* dialog = open(u"D"_s);
    QVERIFY(dialog);
    unlock(dialog);
    toggleLocal(dialog, kRemote1);
    const QByteArray before = test::contentDigest(m_centralPath);
    bool seen = false;
    const std::unique_ptr<QTimer> answering = answerPreview([&](ui::ImpactDialog* preview) {
        seen = true;
        QTest::mouseClick(child<QPushButton>(preview, u"cancelSaveButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(test::contentDigest(m_centralPath), before);
    // The change is still on screen, ready to save or undo.
    QVERIFY(localTicked(dialog, kRemote1));
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
}

// covers PT-5, ST-4
void TstGuiStoreDialog::resyncPatientRecords()
{
    // A dispensary active on remote site 2 that sees two patients of Store A (home store on the central).
    QVERIFY(m_session->stores().add(u"G"_s, u"G"_s, u"Dispensary G"_s, true).ok());
    SyncSettingsChange move;
    move.activeSiteId = kRemote2;
    QVERIFY(m_session->syncSettings().apply(u"G"_s, move).ok());
    RecordWriter& writer = m_session->writer();
    QVERIFY(writer.put(u"insurance_provider"_s, {{u"id"_s, u"ins-1"_s}, {u"name"_s, u"National"_s}}).ok());
    for (const QString& patient : {u"pat-1"_s, u"pat-2"_s}) {
        QVERIFY(writer
                    .put(u"name"_s, {{u"id"_s, patient},
                                     {u"name"_s, u"Patient "_s + patient},
                                     {u"type"_s, u"patient"_s},
                                     {u"home_store_id"_s, u"A"_s}})
                    .ok());
        QVERIFY(writer.put(u"name_store_join"_s, {{u"name_id"_s, patient}, {u"store_id"_s, u"G"_s}}).ok());
        QVERIFY(writer
                    .put(u"insurance_policy"_s, {{u"id"_s, u"pol-"_s + patient},
                                                 {u"patient_id"_s, patient},
                                                 {u"home_store_id"_s, u"A"_s},
                                                 {u"provider_id"_s, u"ins-1"_s},
                                                 {u"policy_number"_s, u"N-"_s + patient}})
                    .ok());
    }
    // A patient of Store A that Store G does not see stays where it is.
    QVERIFY(writer
                .put(u"name"_s, {{u"id"_s, u"pat-3"_s},
                                 {u"name"_s, u"Patient 3"_s},
                                 {u"type"_s, u"patient"_s},
                                 {u"home_store_id"_s, u"A"_s}})
                .ok());

    StoreDialog* dialog = open(u"G"_s);
    QVERIFY(dialog);
    unlock(dialog);
    click(child<QCheckBox>(dialog, u"resyncPatientsCheck"_s));
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    QString summary;
    const std::unique_ptr<QTimer> answering = answerPreview([&](ui::ImpactDialog* preview) {
        summary = child<QLabel>(preview, u"impactSummary"_s)->text();
        QTest::mouseClick(child<QPushButton>(preview, u"confirmSaveButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);

    // Two patients, their two visibility records and two policies, and the provider.
    QStringList queued;
    QVERIFY(test::rawSql(m_centralPath,
                         {u"SELECT table_name || ':' || record_id FROM site_queue WHERE site_id = %1"
                          " AND reason LIKE 'patient records%' ORDER BY id"_s.arg(kRemote2)},
                         &queued)
                .isEmpty());
    QCOMPARE(queued.size(), 7);
    QVERIFY(queued.indexOf(u"insurance_provider:ins-1"_s) < queued.indexOf(u"insurance_policy:pol-pat-1"_s));
    QVERIFY(queued.indexOf(u"name:pat-1"_s) < queued.indexOf(u"insurance_policy:pol-pat-1"_s));
    QVERIFY(!queued.contains(u"name:pat-3"_s));
    QVERIFY2(summary.contains(u"7 patient record(s)"_s), qPrintable(summary));
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM audit_log WHERE action = 'patient records resent'"_s), 1);
    // With the store, how many records and for which site.
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM audit_log WHERE action = 'patient records resent' AND"
                                     " json_extract(params, '$.store') = 'G' AND json_extract(params, '$.queued') = 7"
                                     " AND json_extract(params, '$.site') = %1"_s.arg(kRemote2)),
             1);
    QVERIFY(!child<QCheckBox>(dialog, u"resyncPatientsCheck"_s)->isChecked());
}

// Apply saves (through the preview) and leaves the dialog open, saying so.
// covers AD-1, ST-4
void TstGuiStoreDialog::applySavesAndSaysSo()
{
    StoreDialog* dialog = open(u"D"_s);
    QVERIFY(dialog);
    unlock(dialog);
    auto* saved = child<QLabel>(dialog, u"savedLabel"_s);
    QVERIFY(saved);
    QVERIFY(!saved->isVisible());
    toggleLocal(dialog, kRemote1);
    bool seen = false;
    const std::unique_ptr<QTimer> answering = confirmPreview(&seen);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(rowCount(m_centralPath, u"SELECT active_site_id FROM store_sync WHERE id = 'D'"_s), kRemote1);
    QVERIFY(dialog->isVisible());
    QVERIFY(saved->isVisible());
    QCOMPARE(saved->text(), u"Saved."_s);
    QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    // The next change takes the confirmation away until it is saved too.
    toggleLocal(dialog, kRemote2);
    QVERIFY(!saved->isVisible());
}

// OK saves (through the preview) and closes; with nothing changed it just closes.
// covers AD-1, ST-4
void TstGuiStoreDialog::okSavesAndCloses()
{
    StoreDialog* dialog = open(u"D"_s);
    QVERIFY(dialog);
    unlock(dialog);
    toggleLocal(dialog, kRemote1);
    bool seen = false;
    const std::unique_ptr<QTimer> answering = confirmPreview(&seen);
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(rowCount(m_centralPath, u"SELECT active_site_id FROM store_sync WHERE id = 'D'"_s), kRemote1);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    dialog = open(u"B"_s);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
}

// Cancel, Escape or closing the window with unsaved changes asks before dropping them.
// covers AD-1, ST-4
void TstGuiStoreDialog::unsavedChangesAreNotDroppedSilently()
{
    StoreDialog* dialog = open(u"D"_s);
    QVERIFY(dialog);
    unlock(dialog);
    toggleLocal(dialog, kRemote1);
    const QByteArray before = test::contentDigest(m_centralPath);
    QString question;
    {
        const std::unique_ptr<QTimer> answering = answerQuestion(QMessageBox::Cancel, &question);
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    }
    QCOMPARE(question, u"Discard the changes?"_s);
    QVERIFY(dialog->isVisible());
    QVERIFY(localTicked(dialog, kRemote1));
    question.clear();
    {
        const std::unique_ptr<QTimer> answering = answerQuestion(QMessageBox::Cancel, &question);
        dialog->close();
    }
    QCOMPARE(question, u"Discard the changes?"_s);
    QVERIFY(dialog->isVisible());
    question.clear();
    {
        const std::unique_ptr<QTimer> answering = answerQuestion(QMessageBox::Discard, &question);
        QTest::keyClick(dialog, Qt::Key_Escape);
    }
    QCOMPARE(question, u"Discard the changes?"_s);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(test::contentDigest(m_centralPath), before);

    // Nothing changed: Cancel closes without asking.
    dialog = open(u"D"_s);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
}

// Store E becomes visible in Store C: the preview shows the transfer copy remote site 2 then gets
// (ST-5), and saving writes the visibility record through the engine.
// covers ST-5, ST-4, ST-7
void TstGuiStoreDialog::visibilityIsSetInTheDialog()
{
    StoreDialog* dialog = open(u"E"_s);
    QVERIFY(dialog);
    auto* tabs = child<QTabWidget>(dialog, u"storeTabs"_s);
    auto* visibilityTab = child<QWidget>(dialog, u"visibilityTab"_s);
    QVERIFY(visibilityTab);
    auto* table = child<QTableWidget>(dialog, u"visibilityTable"_s);
    QVERIFY(table);
    auto rowOfStore = [table](const QString& name) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == name)
                return row;
        }
        return -1;
    };
    const int rowC = rowOfStore(u"Store C"_s);
    QVERIFY(rowC >= 0);
    QCOMPARE(rowOfStore(u"Store E"_s), -1);
    // Store E is visible in Store A (the demo network), not in Store C.
    QCOMPARE(table->item(rowOfStore(u"Store A"_s), 2)->checkState(), Qt::Checked);
    QCOMPARE(table->item(rowC, 2)->checkState(), Qt::Unchecked);
    // Locked until the unlock on the Synchronisation tab.
    QVERIFY(!(table->item(rowC, 2)->flags() & Qt::ItemIsEnabled));
    unlock(dialog);
    tabs->setCurrentWidget(visibilityTab);
    QVERIFY(table->item(rowC, 2)->flags() & Qt::ItemIsEnabled);
    table->setFocus();
    table->setCurrentCell(rowC, 2);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(table->item(rowC, 2)->checkState(), Qt::Checked);
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());

    QStringList shownCopies;
    bool seen = false;
    const std::unique_ptr<QTimer> answering = answerPreview([&](ui::ImpactDialog* preview) {
        seen = true;
        shownCopies = test::tableRows(child<QTableWidget>(preview, u"impactCopies"_s), QLatin1Char('|'));
        QTest::mouseClick(child<QPushButton>(preview, u"confirmSaveButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(seen);
    const QString remote2 = m_session->site().siteLabel(kRemote2);
    QVERIFY2(shownCopies.filter(u"Store E|%1|no copy|transfer copy|"_s.arg(remote2)).size() == 1,
             qPrintable(shownCopies.join(u'\n')));
    const QString nameE = m_session->stores().find(u"E"_s).value().nameId;
    QCOMPARE(rowCount(m_centralPath,
                      u"SELECT count(*) FROM name_store_join WHERE name_id = '%1' AND store_id = 'C'"_s.arg(nameE)),
             1);
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM store_site WHERE store_id = 'E' AND site_id = %1"
                                     " AND sync_with = 'transfer'"_s.arg(kRemote2)),
             1);
    QCOMPARE(rowCount(m_centralPath, u"SELECT count(*) FROM audit_log WHERE action = 'store visibility changed'"_s), 1);
    // The Synchronisation tab shows what the visibility now gives (once the combo boxes it replaced
    // are gone).
    QTRY_COMPARE(int(shownWith(dialog, kRemote2)), int(SyncWith::Transfer));
    QVERIFY(child<QLabel>(dialog, u"savedLabel"_s)->isVisible());
}

// The preview opens at a size that shows every column of its tables.
// covers AD-1
void TstGuiStoreDialog::previewOpensShowingEveryColumn()
{
    // Both remote sites have stored the whole log, so the move queues records for them.
    QVERIFY(test::rawSql(m_centralPath, {u"INSERT INTO site_cursor (site_id, pulled_seq, served_seq)"
                                         " SELECT id, (SELECT max(seq) FROM change_log), (SELECT max(seq) FROM"
                                         " change_log) FROM site WHERE is_central = 0"_s})
                .isEmpty());
    // Store names as long as real ones are.
    QJsonObject storeA = *m_session->writer().fetch(u"store"_s, u"A"_s);
    storeA.insert(u"name"_s, u"Northern Province Regional Medical Store"_s);
    const Result<WriteResult> renamed = m_session->writer().put(u"store"_s, storeA, WriteOptions::managedTables());
    QVERIFY2(renamed.ok(), renamed ? "" : qPrintable(renamed.error().message));
    SyncSettingsChange change;
    change.activeSiteId = kCentral;
    const Result<SyncSettingsImpact> impact = SyncSettingsImpact::measure(m_session->syncSettings(), u"B"_s, change);
    QVERIFY(impact.ok());
    QVERIFY(impact->copies.size() >= 3);
    ui::ImpactDialog preview(m_session->site(), *impact);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    for (const QString& name : {u"impactQueued"_s, u"impactCopies"_s}) {
        auto* table = child<QTableWidget>(&preview, name);
        QVERIFY(table->isVisible());
        QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(name));
        QVERIFY2(
            table->horizontalHeader()->length() <= table->viewport()->width(),
            qPrintable(
                u"%1: %2 > %3"_s.arg(name).arg(table->horizontalHeader()->length()).arg(table->viewport()->width())));
        // Every row too.
        QVERIFY2(!table->verticalScrollBar()->isVisible(), qPrintable(name));
    }
}

QTEST_MAIN(TstGuiStoreDialog)
#include "tst_gui_storedialog.moc"
