// The sites page on the central server, driven offscreen as a technician would: a new site made
// with the site wizard (AD-2), a hardware binding reset (TOP-4), and an empty site deleted while a
// site with an active store cannot be (TOP-6); what each site reported at its last contact and what
// waits for it on the central, there and in About (ACC-4). Each checked on the file, not through
// the window.
#include "aboutdialog.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "guitestsupport.h"
#include "language.h"
#include "mainwindow.h"
#include "model/auditlog.h"
#include "model/syncproblemlog.h"
#include "security/passwordhash.h"
#include "server/connectionbook.h"
#include "settings/unlockgate.h"
#include "sitecontactcolumns.h"
#include "siteexportdialog.h"
#include "sitespage.h"
#include "sitewizard.h"
#include "sync/routing.h"
#include "sync/siteledger.h"
#include "syncstatuswidget.h"
#include "testsupport.h"
#include "unlockdialog.h"
#include "unlockpassworddialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

using test::selectSite;
using test::whenModal;

const QString kUnlock = u"unlock-the-settings"_s;

template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

int rowOfSite(QTableWidget* table, int siteId)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QString::number(siteId))
            return row;
    }
    return -1;
}

QString scalar(const QString& path, const QString& sql)
{
    QStringList rows;
    const QString problem = test::rawSql(path, {sql}, &rows);
    return problem.isEmpty() ? rows.value(0) : problem;
}

// What the unlock dialog said, and whether it let the action go on.
struct UnlockAnswer {
    bool shown = false;
    QString question;
    QString warning;
    QString problem;  // what it said to a wrong password
};

// Answers the next unlock dialog with a name and a password; when it stays open (refused), cancels it.
std::unique_ptr<QTimer> answerUnlock(UnlockAnswer* answer, const QString& technician, const QString& password)
{
    return whenModal([=](QWidget* modal) {
        auto* dialog = qobject_cast<ui::UnlockDialog*>(modal);
        if (!dialog)
            return;
        answer->shown = true;
        answer->question = child<QLabel>(dialog, u"unlockQuestion"_s)->text();
        answer->warning = child<QLabel>(dialog, u"unlockWarning"_s)->text();
        QTest::keyClicks(child<QLineEdit>(dialog, u"unlockTechnician"_s), technician);
        QTest::keyClicks(child<QLineEdit>(dialog, u"unlockPasswordEdit"_s), password);
        QTest::mouseClick(child<QPushButton>(dialog, u"unlockOkButton"_s), Qt::LeftButton);
        if (dialog->isVisible()) {
            answer->problem = child<QLabel>(dialog, u"unlockFormMessage"_s)->text();
            dialog->reject();
        }
    });
}

// What About's sync table said: each row's count and label, by the row's key.
struct AboutRows {
    bool read = false;
    QHash<QString, QVariant> counts;
    QHash<QString, QString> labels;
};

// Opens About from the window's menu, waits for its counts and reads its sync table.
AboutRows readAbout(ui::MainWindow& window)
{
    AboutRows about;
    const auto reading = whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::AboutDialog*>(modal);
        if (!dialog)
            return;
        auto* rows = child<QTableWidget>(dialog, u"syncCounts"_s);
        if (!rows)
            return;
        QTRY_VERIFY(rows->item(0, 1)->data(Qt::UserRole).isValid());
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString key = rows->item(row, 0)->data(Qt::UserRole).toString();
            about.counts.insert(key, rows->item(row, 1)->data(Qt::UserRole));
            about.labels.insert(key, rows->item(row, 0)->text());
        }
        about.read = true;
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
    });
    window.findChild<QAction*>(u"aboutAction"_s)->trigger();
    return about;
}

// Shows a text of the window's own words marked, as a translation would change it.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* = nullptr, int n = -1) const override
    {
        if (QLatin1String(context) != QLatin1String("sitesync::ui::DisplayText") &&
            QLatin1String(context) != QLatin1String("sitesync::AuditText"))
            return QString();
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(u"%n"_s, QString::number(n));
        return u"[fr] "_s + text;
    }
    bool isEmpty() const override { return false; }
};

}  // namespace

class TstGuiSites : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void siteWizardCreatesASite();
    void bindingResetAndEmptySiteDeleted();
    void destructiveActionsNeedTheUnlockPassword();
    void auditEntriesFollowTheLanguage();
    void everyAuditActionIsWordedInTheWindowsLanguage();
    void unlockPasswordChangedFromTheMenu();
    void sitesShowWhatEachSiteReported();
    void sitesShowTheVersionEachSiteRuns();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_central;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SitesPage* m_page = nullptr;
};

void TstGuiSites::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(m_dir->path(), [](const QString&) {});
    QVERIFY(demo.ok());
    m_central = demo->centralPath;
    std::unique_ptr<SiteSession> session = SiteSession::open(m_central).value();
    QVERIFY(UnlockGate(session->database()).setPassword(kUnlock).ok());
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    m_window = std::make_unique<ui::MainWindow>(std::move(session), options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(ui::MainWindow::Page::Sites);
    m_page = m_window->findChild<ui::SitesPage*>();
    QVERIFY(m_page && m_page->isVisible());
}

void TstGuiSites::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

// covers AD-2, TOP-5, ST-7
void TstGuiSites::siteWizardCreatesASite()
{
    bool finished = false;
    QString nextSteps;
    const auto answering = whenModal([&](QWidget* modal) {
        auto* wizard = qobject_cast<ui::SiteWizard*>(modal);
        if (!wizard)
            return;
        QTest::mouseClick(child<QRadioButton>(wizard, u"mobileRadio"_s), Qt::LeftButton, {}, QPoint(4, 4));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        // An ID in use is said at once, before any password.
        child<QSpinBox>(wizard, u"siteIdSpin"_s)->setValue(DemoNetwork::kRemote1);
        if (!child<QLabel>(wizard, u"siteIdProblem"_s)->text().contains(u"already exists"_s))
            return;
        child<QSpinBox>(wizard, u"siteIdSpin"_s)->setValue(7);
        if (!child<QLabel>(wizard, u"siteIdProblem"_s)->text().isEmpty())
            return;
        QTest::keyClicks(child<QLineEdit>(wizard, u"siteNameEdit"_s), u"Clinic tablet"_s);
        QTest::keyClicks(child<QLineEdit>(wizard, u"sitePasswordEdit"_s), u"tablet-7-password"_s);
        QTest::keyClicks(child<QLineEdit>(wizard, u"siteRepeatEdit"_s), u"tablet-7-passwore"_s);
        // The two passwords differ: no going on.
        if (wizard->button(QWizard::CommitButton)->isEnabled())
            return;
        child<QLineEdit>(wizard, u"siteRepeatEdit"_s)->clear();
        QTest::keyClicks(child<QLineEdit>(wizard, u"siteRepeatEdit"_s), u"tablet-7-password"_s);
        // A wrong unlock password is refused on the page.
        QTest::keyClicks(child<QLineEdit>(wizard, u"unlockTechnician"_s), u"Ana Technician"_s);
        QTest::keyClicks(child<QLineEdit>(wizard, u"siteUnlockEdit"_s), u"not it"_s);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        if (wizard->currentId() != ui::SiteWizard::Identity ||
            !child<QLabel>(wizard, u"unlockFormMessage"_s)->text().contains(u"Wrong unlock password"_s))
            return;
        QTest::keyClicks(child<QLineEdit>(wizard, u"siteUnlockEdit"_s), kUnlock);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        if (wizard->currentId() != ui::SiteWizard::Done)
            return;
        nextSteps = child<QLabel>(wizard, u"siteNextSteps"_s)->text();
        finished = true;
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_page, u"newSiteButton"_s), Qt::LeftButton);
    QVERIFY(finished);
    QVERIFY2(nextSteps.contains(u"--site-id 7"_s), qPrintable(nextSteps));
    QCOMPARE(scalar(m_central, u"SELECT name || '|' || type FROM site WHERE id = 7"_s), u"Clinic tablet|mobile"_s);
    // The password is kept only as a salted slow hash that verifies.
    const QString hash = scalar(m_central, u"SELECT password_hash FROM site WHERE id = 7"_s);
    QVERIFY(!hash.contains(u"tablet-7-password"_s));
    QVERIFY(PasswordHash::verify(u"tablet-7-password"_s, hash));
    QCOMPARE(scalar(m_central, u"SELECT actor FROM audit_log WHERE action = 'site added' AND "
                               "json_extract(params, '$.site') = 7"_s),
             u"Ana Technician"_s);
    auto* table = child<QTableWidget>(m_page, u"siteTable"_s);
    QVERIFY(!table->findItems(u"Clinic tablet"_s, Qt::MatchExactly).isEmpty());
}

// covers TOP-4, TOP-6, AD-2
void TstGuiSites::bindingResetAndEmptySiteDeleted()
{
    // Remote site 1 initialised on a machine, as the central records it.
    QVERIFY(m_window->session()
                .writer()
                .put(u"site"_s, {{u"id"_s, DemoNetwork::kRemote1}, {u"hardware_id"_s, u"machine-2"_s}},
                     WriteOptions::managedTables())
                .ok());
    auto* table = child<QTableWidget>(m_page, u"siteTable"_s);
    auto* reset = child<QPushButton>(m_page, u"resetHardwareButton"_s);
    auto* remove = child<QPushButton>(m_page, u"deleteSiteButton"_s);
    m_window->refresh();

    // The central has no binding to reset and cannot be deleted.
    selectSite(table, DemoNetwork::kCentral);
    QVERIFY(!reset->isEnabled());
    QVERIFY(!remove->isEnabled());
    // Remote site 1 runs stores B and F: its binding can be reset, the site not deleted.
    selectSite(table, DemoNetwork::kRemote1);
    QVERIFY(reset->isEnabled());
    QVERIFY(!remove->isEnabled());
    UnlockAnswer answer;
    {
        const auto answering = answerUnlock(&answer, u"Ana Technician"_s, kUnlock);
        QTest::mouseClick(reset, Qt::LeftButton);
    }
    QCOMPARE(scalar(m_central, u"SELECT COALESCE(hardware_id, 'none') FROM site WHERE id = 2"_s), u"none"_s);
    QVERIFY(child<QLabel>(m_page, u"sitesMessage"_s)->text().contains(u"another machine"_s));

    // A site with no active store is deleted after the confirmation; cancelling keeps it.
    QVERIFY(m_window->session().sites().add(8, u"Spare"_s, u"desktop"_s, false, u"spare-site-password"_s).ok());
    m_window->refresh();
    selectSite(table, 8);
    QVERIFY(remove->isEnabled());
    {
        const auto cancelling = whenModal([](QWidget* modal) {
            if (auto* dialog = qobject_cast<ui::UnlockDialog*>(modal))
                dialog->reject();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
    }
    QCOMPARE(scalar(m_central, u"SELECT count(*) FROM site WHERE id = 8"_s), u"1"_s);
    {
        const auto answering = answerUnlock(&answer, u"Ana Technician"_s, kUnlock);
        QTest::mouseClick(remove, Qt::LeftButton);
    }
    QCOMPARE(scalar(m_central, u"SELECT count(*) FROM site WHERE id = 8"_s), u"0"_s);
    QVERIFY(table->findItems(u"Spare"_s, Qt::MatchExactly).isEmpty());
}

// covers ST-7, TOP-4, TOP-6, AD-2
void TstGuiSites::destructiveActionsNeedTheUnlockPassword()
{
    SiteSession& session = m_window->session();
    // Remote site 1 ("Remote site 1") initialised on a machine, reporting 14 records not yet pushed.
    QVERIFY(session.writer()
                .put(u"site"_s,
                     {{u"id"_s, DemoNetwork::kRemote1},
                      {u"hardware_id"_s, u"machine-2"_s},
                      {u"initialised_at"_s, u"2026-03-01T10:00:00Z"_s}},
                     WriteOptions::managedTables())
                .ok());
    SiteReport report;
    report.version = u"9.9.9"_s;
    report.outgoing = 14;
    QVERIFY(SiteLedger(session.database()).contact(DemoNetwork::kRemote1, report).ok());
    QVERIFY(session.sites().add(8, u"Northern District Store"_s, u"desktop"_s, false, u"spare-site-password"_s).ok());
    m_window->refresh();
    auto* table = child<QTableWidget>(m_page, u"siteTable"_s);
    const QString auditBefore = scalar(m_central, u"SELECT count(*) FROM audit_log WHERE action <> 'unlock failed'"_s);

    // Reset: refused with a wrong password, nothing changes; the dialog names the site and warns of
    // the 14 records only the site holds.
    selectSite(table, DemoNetwork::kRemote1);
    UnlockAnswer wrong;
    {
        const auto answering = answerUnlock(&wrong, u"Ana Technician"_s, u"not the password"_s);
        QTest::mouseClick(child<QPushButton>(m_page, u"resetHardwareButton"_s), Qt::LeftButton);
    }
    QVERIFY(wrong.shown);
    QVERIFY2(wrong.problem.contains(u"Wrong unlock password"_s), qPrintable(wrong.problem));
    QVERIFY2(wrong.question.contains(u"site 2 (Remote site 1)"_s), qPrintable(wrong.question));
    QVERIFY2(wrong.warning.contains(u"14 records the central server does not hold"_s), qPrintable(wrong.warning));
    QCOMPARE(scalar(m_central, u"SELECT hardware_id FROM site WHERE id = 2"_s), u"machine-2"_s);
    const int remoteRow = rowOfSite(table, DemoNetwork::kRemote1);
    QVERIFY(table->item(remoteRow, 5)->text().startsWith(u"2026-03-01"_s));
    UnlockAnswer right;
    {
        const auto answering = answerUnlock(&right, u"Ana Technician"_s, kUnlock);
        QTest::mouseClick(child<QPushButton>(m_page, u"resetHardwareButton"_s), Qt::LeftButton);
    }
    QVERIFY(right.problem.isEmpty());
    QCOMPARE(scalar(m_central, u"SELECT COALESCE(hardware_id, 'none') || '|' || COALESCE(initialised_at, 'none') "
                               "FROM site WHERE id = 2"_s),
             u"none|none"_s);
    // Not initialised any more, on the page too.
    QCOMPARE(table->item(rowOfSite(table, DemoNetwork::kRemote1), 5)->text(), u"not yet"_s);
    QCOMPARE(scalar(m_central, u"SELECT actor || '|' || json_extract(params, '$.unsent') FROM audit_log WHERE "
                               "action = 'hardware binding reset'"_s),
             u"Ana Technician|14"_s);

    // Export: refused, no file dialog; with the password, the export dialog opens.
    selectSite(table, 8);
    bool exportShown = false;
    auto closeExport = [&](QWidget* modal) {
        if (auto* dialog = qobject_cast<ui::SiteExportDialog*>(modal)) {
            exportShown = true;
            dialog->reject();
        }
    };
    {
        const auto answering = answerUnlock(&wrong, u"Ana Technician"_s, u"still not it"_s);
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, [&] { closeExport(QApplication::activeModalWidget()); });
        watcher.start(10);
        QTest::mouseClick(child<QPushButton>(m_page, u"exportSiteButton"_s), Qt::LeftButton);
    }
    QVERIFY(wrong.question.contains(u"site 8 (Northern District Store)"_s));
    QVERIFY(!exportShown);
    // With the password the export dialog opens; a folder that does not exist is said in a person's
    // words, the whole message shown.
    QString exportProblem;
    bool messageFits = false;
    {
        const auto answering = answerUnlock(&right, u"Ana Technician"_s, kUnlock);
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, [&] {
            auto* dialog = qobject_cast<ui::SiteExportDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            watcher.stop();
            auto* path = child<QLineEdit>(dialog, u"exportFile"_s);
            path->clear();
            QTest::keyClicks(path, m_dir->filePath(u"no such folder/site-8.sitesync"_s));
            QTest::mouseClick(child<QPushButton>(dialog, u"exportButton"_s), Qt::LeftButton);
            auto* message = child<QLabel>(dialog, u"exportMessage"_s);
            exportProblem = message->text();
            QCoreApplication::processEvents();
            messageFits = message->wordWrap() && message->height() >= message->heightForWidth(message->width());
            closeExport(dialog);
        });
        watcher.start(10);
        QTest::mouseClick(child<QPushButton>(m_page, u"exportSiteButton"_s), Qt::LeftButton);
    }
    QVERIFY(exportShown);
    QVERIFY2(exportProblem.startsWith(u"The file could not be written: the folder"_s), qPrintable(exportProblem));
    QVERIFY2(exportProblem.contains(u"does not exist"_s), qPrintable(exportProblem));
    QVERIFY(messageFits);

    // Delete: refused, the site stays; the confirmation names it; with the password it goes.
    {
        const auto answering = answerUnlock(&wrong, u"Ana Technician"_s, u"wrong again"_s);
        QTest::mouseClick(child<QPushButton>(m_page, u"deleteSiteButton"_s), Qt::LeftButton);
    }
    QVERIFY2(wrong.question.contains(u"Delete site 8 (Northern District Store)?"_s), qPrintable(wrong.question));
    QCOMPARE(scalar(m_central, u"SELECT count(*) FROM site WHERE id = 8"_s), u"1"_s);
    {
        const auto answering = answerUnlock(&right, u"Bea Technician"_s, kUnlock);
        QTest::mouseClick(child<QPushButton>(m_page, u"deleteSiteButton"_s), Qt::LeftButton);
    }
    QCOMPARE(scalar(m_central, u"SELECT count(*) FROM site WHERE id = 8"_s), u"0"_s);
    QVERIFY(child<QLabel>(m_page, u"sitesMessage"_s)->text().contains(u"Northern District Store"_s));
    // The actor is the name typed at the unlock, for the unlock and the deletion; the unlock names the site.
    QCOMPARE(scalar(m_central, u"SELECT group_concat(actor || ':' || action || ':' || "
                               "coalesce(json_extract(params, '$.purpose'), ''), ';') FROM (SELECT * FROM audit_log "
                               "ORDER BY id DESC LIMIT 2)"_s),
             u"Bea Technician:site deleted:;Bea Technician:unlocked:delete site"_s);
    QVERIFY(scalar(m_central, u"SELECT count(*) FROM audit_log WHERE action <> 'unlock failed'"_s) != auditBefore);
    QCOMPARE(scalar(m_central, u"SELECT count(*) FROM audit_log WHERE action = 'unlock failed' AND actor = "
                               "'Ana Technician'"_s),
             u"3"_s);
}

// covers ST-7, AD-8
void TstGuiSites::auditEntriesFollowTheLanguage()
{
    // An entry made while the window speaks English, in the name typed at the unlock.
    QVERIFY(m_window->session().sites().add(8, u"Spare"_s, u"desktop"_s, false, u"spare-site-password"_s).ok());
    m_window->refresh();
    selectSite(child<QTableWidget>(m_page, u"siteTable"_s), 8);
    UnlockAnswer answer;
    {
        const auto answering = answerUnlock(&answer, u"Ana Technician"_s, kUnlock);
        QTest::mouseClick(child<QPushButton>(m_page, u"deleteSiteButton"_s), Qt::LeftButton);
    }
    QCOMPARE(scalar(m_central, u"SELECT count(*) FROM site WHERE id = 8"_s), u"0"_s);
    // Stored without words of any language.
    QCOMPARE(scalar(m_central, u"SELECT action || '|' || detail || '|' || params FROM audit_log ORDER BY id DESC "
                               "LIMIT 1"_s),
             u"site deleted||{\"name\":\"Spare\",\"site\":8}"_s);

    m_window->showPage(ui::MainWindow::Page::SyncLog);
    auto* audit = m_window->findChild<QTableWidget*>(u"auditTable"_s);
    QVERIFY(audit);
    QCOMPARE(audit->item(0, 1)->text(), u"Ana Technician"_s);
    QCOMPARE(audit->item(0, 2)->text(), u"Site deleted"_s);
    QCOMPARE(audit->item(0, 3)->text(), u"site 8 (Spare)"_s);
    QCOMPARE(audit->item(1, 2)->text(), u"Unlocked"_s);
    QCOMPARE(audit->item(1, 3)->text(), u"For deleting site 8"_s);

    // French chosen; the window's own words for engine values come from its translations, here marked.
    m_window->findChild<QAction*>(u"language_fr"_s)->trigger();
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&marking);
        m_window->findChild<QAction*>(u"language_en"_s)->trigger();
    });
    QTRY_COMPARE(audit->item(0, 2)->text(), u"[fr] Site deleted"_s);
    QCOMPARE(audit->item(0, 3)->text(), u"[fr] site 8 (Spare)"_s);
    QCOMPARE(audit->item(0, 1)->text(), u"Ana Technician"_s);
}

// Every action code the engine writes is named in the window's words, and what it is about is
// worded from its parameters, in the language the window speaks now.
// covers ST-7, AD-8
void TstGuiSites::everyAuditActionIsWordedInTheWindowsLanguage()
{
    // What the engine wrote building the network is all among the codes it knows.
    const QStringList written = scalar(m_central, u"SELECT group_concat(DISTINCT action) FROM audit_log"_s).split(u',');
    QVERIFY(written.contains(AuditAction::kStoreAdded));
    for (const QString& action : written)
        QVERIFY2(AuditAction::all().contains(action), qPrintable(action));

    // One entry of each code, with the parameters the engine gives it, made while the window speaks English.
    const QJsonObject problem{{u"problem"_s, 4}, {u"table"_s, u"item"_s},  {u"record"_s, u"item-9"_s},
                              {u"site"_s, 2},    {u"name"_s, u"Remote"_s}, {u"reason"_s, u"duplicate code"_s}};
    QJsonObject retried = problem;
    retried.insert(u"outcome"_s, AuditAction::kNotApplied);
    const QHash<QString, QJsonObject> params = {
        {AuditAction::kUnlocked, {{u"purpose"_s, UnlockPurpose::kStoreVisibility}, {u"store"_s, u"B"_s}}},
        {AuditAction::kUnlockFailed, {{u"attempt"_s, 1}, {u"of"_s, 5}}},
        {AuditAction::kUnlockRefused, {{u"until"_s, u"2026-11-22T16:42:00.000Z"_s}}},
        {AuditAction::kSiteAdded, {{u"site"_s, 8}, {u"name"_s, u"Spare"_s}, {u"type"_s, u"mobile"_s}}},
        {AuditAction::kSiteDeleted, {{u"site"_s, 8}, {u"name"_s, u"Spare"_s}}},
        {AuditAction::kBindingReset, {{u"site"_s, 8}, {u"name"_s, u"Spare"_s}, {u"unsent"_s, 3}}},
        {AuditAction::kSiteExported, {{u"site"_s, 8}, {u"name"_s, u"Spare"_s}, {u"records"_s, 120}}},
        {AuditAction::kCentralInitialised, {{u"site"_s, 1}, {u"name"_s, u"Central"_s}}},
        {AuditAction::kCentralMoved,
         {{u"from"_s, u"/var/lib/sitesync/central.db"_s},
          {u"to"_s, u"postgresql://sitesync@/sitesync?host=/run/postgresql"_s},
          {u"tables"_s, 45},
          {u"rows"_s, 1200},
          {u"schema"_s, 15}}},
        {AuditAction::kStoreAdded, {{u"store"_s, u"N"_s}, {u"name"_s, u"North"_s}}},
        {AuditAction::kStoreMoved,
         {{u"store"_s, u"B"_s}, {u"from"_s, 2}, {u"to"_s, 3}, {u"keeps"_s, u"transfer"_s}, {u"from_deleted"_s, true}}},
        {AuditAction::kSyncSettingsChanged,
         {{u"store"_s, u"B"_s},
          {u"active_from"_s, 2},
          {u"active_to"_s, 3},
          {u"transactions"_s, false},
          {u"with"_s, QJsonArray{QJsonObject{{u"site"_s, 2}, {u"from"_s, u"none"_s}, {u"to"_s, u"collector"_s}}}},
          {u"queued"_s, 12}}},
        {AuditAction::kSyncWithFollowedVisibility,
         {{u"store"_s, u"B"_s},
          {u"with"_s, QJsonArray{QJsonObject{{u"site"_s, 3}, {u"from"_s, u"transfer"_s}, {u"to"_s, u"none"_s}}}}}},
        {AuditAction::kStoreVisibilityChanged,
         {{u"store"_s, u"B"_s}, {u"visible_in"_s, QJsonArray{u"C"_s}}, {u"hidden_in"_s, QJsonArray()}}},
        {AuditAction::kPatientRecordsResent, {{u"store"_s, u"B"_s}, {u"queued"_s, 7}, {u"site"_s, 2}}},
        {AuditAction::kRecordFollowsPatient,
         {{u"table"_s, u"prescription"_s}, {u"record"_s, u"rx-1"_s}, {u"site"_s, 2}, {u"store"_s, u"C"_s}}},
        {AuditAction::kSyncProblemRetried, retried},
        {AuditAction::kSyncProblemDismissed, problem},
        {AuditAction::kSyncProblemRetentionSet, {{u"days"_s, 7}}},
        {AuditAction::kSiteRecovered,
         {{u"site"_s, 2},
          {u"name"_s, u"Remote"_s},
          {u"central_pushed"_s, 40},
          {u"central_pulled"_s, 90},
          {u"site_pushed"_s, 30},
          {u"site_pulled"_s, 80},
          {u"from_start"_s, false}}},
    };
    Database& db = m_window->session().database();
    for (const QString& code : AuditAction::all())
        QVERIFY(AuditLog::record(db, code, params.value(code)).ok());
    m_window->showPage(ui::MainWindow::Page::SyncLog);
    m_window->refresh();
    auto* audit = m_window->findChild<QTableWidget*>(u"auditTable"_s);
    QVERIFY(audit);
    const qsizetype count = AuditAction::all().size();
    QVERIFY(audit->rowCount() >= count);
    // Newest first: the row of the code at index i is count - 1 - i.
    auto rowOf = [&](qsizetype i) { return int(count - 1 - i); };
    for (qsizetype i = 0; i < count; ++i) {
        const QString& code = AuditAction::all()[i];
        const QString action = audit->item(rowOf(i), 2)->text();
        const QString detail = audit->item(rowOf(i), 3)->text();
        QVERIFY2(!action.isEmpty() && action != code, qPrintable(code));
        // Only the unlock password's entries are about nothing more than themselves.
        QCOMPARE(detail.isEmpty(), params.value(code).isEmpty());
    }
    // The same information the English detail had, e.g. a problem's retry and a store's move.
    QCOMPARE(audit->item(rowOf(AuditAction::all().indexOf(AuditAction::kSyncProblemRetried)), 3)->text(),
             u"problem 4, record 'item-9' of 'item' from site 2 (Remote): not applied: duplicate code"_s);
    QCOMPARE(audit->item(rowOf(AuditAction::all().indexOf(AuditAction::kStoreMoved)), 3)->text(),
             u"store B from site 2 to site 3; site 2 keeps a transfer copy; site 2 deleted, having no store left"_s);

    // French chosen: every one of them in the window's words of that language, here marked.
    m_window->findChild<QAction*>(u"language_fr"_s)->trigger();
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&marking);
        m_window->findChild<QAction*>(u"language_en"_s)->trigger();
    });
    QTRY_VERIFY(audit->item(0, 2)->text().startsWith(u"[fr] "_s));
    for (qsizetype i = 0; i < count; ++i) {
        const QString& code = AuditAction::all()[i];
        QVERIFY2(audit->item(rowOf(i), 2)->text().startsWith(u"[fr] "_s), qPrintable(code));
        if (!params.value(code).isEmpty())
            QVERIFY2(audit->item(rowOf(i), 3)->text().startsWith(u"[fr] "_s),
                     qPrintable(code + u": "_s + audit->item(rowOf(i), 3)->text()));
    }
}

// covers ST-7
void TstGuiSites::unlockPasswordChangedFromTheMenu()
{
    auto* action = m_window->findChild<QAction*>(u"unlockPasswordAction"_s);
    QVERIFY(action && action->isVisible());
    QString refusal;
    bool changed = false;
    int tries = 0;
    const auto answering = whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::UnlockPasswordDialog*>(modal);
        if (!dialog)
            return;
        ++tries;
        QTest::keyClicks(child<QLineEdit>(dialog, u"passwordTechnician"_s), u"Ana Technician"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"currentUnlockPassword"_s), u"not the current one"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"newUnlockPassword"_s), u"a-brand-new-unlock"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"repeatNewUnlockPassword"_s), u"a-brand-new-unlock"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"unlockPasswordOk"_s), Qt::LeftButton);
        refusal = child<QLabel>(dialog, u"unlockPasswordMessage"_s)->text();
        if (!dialog->isVisible())
            return;
        QTest::keyClicks(child<QLineEdit>(dialog, u"currentUnlockPassword"_s), kUnlock);
        QTest::keyClicks(child<QLineEdit>(dialog, u"newUnlockPassword"_s), u"a-brand-new-unlock"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"repeatNewUnlockPassword"_s), u"a-brand-new-unlock"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"unlockPasswordOk"_s), Qt::LeftButton);
        changed = !dialog->isVisible();
    });
    action->trigger();
    QCOMPARE(tries, 1);
    QVERIFY2(refusal.contains(u"Wrong unlock password"_s), qPrintable(refusal));
    QVERIFY(changed);
    UnlockGate gate(m_window->session().database());
    QVERIFY(!gate.unlock(kUnlock).ok());
    QVERIFY(gate.unlock(u"a-brand-new-unlock"_s).ok());
    QCOMPARE(scalar(m_central, u"SELECT group_concat(actor || ':' || action, ';') FROM audit_log WHERE action IN "
                               "('unlock password changed') OR (action = 'unlock failed' AND "
                               "json_extract(params, '$.purpose') = 'change unlock password')"_s),
             u"Ana Technician:unlock failed;Ana Technician:unlock password changed"_s);
}

// covers ACC-4
void TstGuiSites::sitesShowWhatEachSiteReported()
{
    // Site 8 reports its queue at four contacts, growing each time, with version 9.9.9; site 9
    // reports two open problems. Through the central's own contact path, as the server keeps them.
    SiteSession& session = m_window->session();
    QVERIFY(session.sites().add(8, u"Growing"_s, u"desktop"_s, false, u"growing-site-password"_s).ok());
    QVERIFY(session.sites().add(9, u"Troubled"_s, u"mobile"_s, false, u"troubled-site-password"_s).ok());
    SiteLedger ledger(session.database());
    for (int outgoing : {3, 5, 9, 14}) {
        SiteReport report;
        report.version = u"9.9.9"_s;
        report.outgoing = outgoing;
        QVERIFY(ledger.contact(8, report).ok());
    }
    SiteReport troubled;
    troubled.version = u"9.9.8"_s;
    troubled.problems = 2;
    QVERIFY(ledger.contact(9, troubled).ok());
    // Site 8 last connected from this address; site 9 only ever reported through the ledger.
    QVERIFY(ledger.recordConnection(8, QDateTime::currentDateTimeUtc(), u"10.20.30.40"_s).ok());
    // The central has an open problem of its own.
    QVERIFY(
        SyncProblemLog::add(session.database(), 8, u"quarantined"_s, u"item"_s, u"broken"_s, u"Broken."_s, {}).ok());
    m_window->refresh();

    auto* table = child<QTableWidget>(m_page, u"siteTable"_s);
    const int first = ui::SitesPage::kContactColumn;
    QCOMPARE(table->columnCount(), first + ui::SiteContactColumns::kColumns);
    QCOMPARE(table->horizontalHeaderItem(first)->text(), u"Version"_s);
    QCOMPARE(table->horizontalHeaderItem(first + 1)->text(), u"Queue at last contact"_s);
    QCOMPARE(table->horizontalHeaderItem(first + 2)->text(), u"Problems"_s);
    QCOMPARE(table->horizontalHeaderItem(first + 3)->text(), u"Waiting on central"_s);
    QCOMPARE(table->horizontalHeaderItem(first + ui::SiteContactColumns::kAddressOffset)->text(), u"Address"_s);
    const int growing = rowOfSite(table, 8);
    const int problems = rowOfSite(table, 9);
    QVERIFY(growing >= 0 && problems >= 0);
    QCOMPARE(table->item(growing, first + ui::SiteContactColumns::kAddressOffset)->text(), u"10.20.30.40"_s);
    QCOMPARE(table->item(problems, first + ui::SiteContactColumns::kAddressOffset)->text(), u"never connected"_s);
    QCOMPARE(table->item(growing, first)->text(), u"9.9.9"_s);
    QCOMPARE(table->item(growing, first + 1)->text(), u"14"_s);
    QCOMPARE(table->item(growing, first + 2)->text(), u"0"_s);
    QCOMPARE(table->item(problems, first)->text(), u"9.9.8"_s);
    QCOMPARE(table->item(problems, first + 2)->text(), u"2"_s);
    // A site that never reported says so instead of a number.
    const int never = rowOfSite(table, DemoNetwork::kRemote2);
    QCOMPARE(table->item(never, first + 1)->data(ui::SiteContactColumns::kCountRole), QVariant());

    // What waits for each site on the central, counted in a worker, as the routing counts it.
    const QMap<int, int> queued = *Routing::queuedBySite(session.database());
    QVERIFY(queued.value(DemoNetwork::kRemote1) > 0);
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2, 8, 9}) {
        QTableWidgetItem* waiting = table->item(rowOfSite(table, id), first + 3);
        // The last count stays on show until the new one is in.
        QTRY_COMPARE(waiting->data(ui::SiteContactColumns::kCountRole).toInt(), queued.value(id));
        QCOMPARE(waiting->text(), QString::number(queued.value(id)));
    }
    QVERIFY(table->item(rowOfSite(table, DemoNetwork::kCentral), first + 3)->text().isEmpty());

    // About lists the same per site, and what waits here and the open problems, from the rows.
    const AboutRows about = readAbout(*m_window);
    QVERIFY(about.read);
    const QHash<QString, QVariant>& counts = about.counts;
    const QHash<QString, QString>& labels = about.labels;
    QCOMPARE(counts.value(QString::fromLatin1(ui::AboutDialog::kProblemsKey)).toInt(), 1);
    QCOMPARE(counts.value(QString::fromLatin1(ui::AboutDialog::kWaitingKey)).toInt(),
             scalar(m_central, u"SELECT count(*) FROM sync_in"_s).toInt());
    QVERIFY(counts.value(QString::fromLatin1(ui::AboutDialog::kWaitingKey)).isValid());
    QVERIFY(!counts.contains(ui::AboutDialog::queuedKey(DemoNetwork::kCentral)));
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2, 8, 9})
        QCOMPARE(counts.value(ui::AboutDialog::queuedKey(id), -1).toInt(), queued.value(id));
    QVERIFY2(labels.value(ui::AboutDialog::queuedKey(8)).contains(u"10.20.30.40"_s),
             qPrintable(labels.value(ui::AboutDialog::queuedKey(8))));

    // The status bar says so too, once counted.
    auto* status = m_window->findChild<ui::SyncStatusWidget*>(u"syncStatus"_s);
    status->refreshCount();
    QTRY_VERIFY(!status->isCounting());
    const QString bar = m_window->findChild<QLabel*>(u"syncOutLabel"_s)->text();
    QVERIFY2(bar.contains(u"1 open sync problem"_s), qPrintable(bar));
    QVERIFY2(!bar.contains(u"waiting to be applied"_s), qPrintable(bar));
}

// covers ACC-4
void TstGuiSites::sitesShowTheVersionEachSiteRuns()
{
    // Site 8 has never reported at a contact; its requests said which SiteSync sent them, and the
    // central server noted it with the connection, as it does for every request it serves.
    SiteSession& session = m_window->session();
    QVERIFY(session.sites().add(8, u"Upgraded"_s, u"desktop"_s, false, u"upgraded-site-password"_s).ok());
    ConnectionBook book;
    book.note(8, false, QDateTime::currentDateTimeUtc(), u"10.20.30.41"_s, u"2.3.4"_s);
    QVERIFY(book.flush(session.database()).ok());
    m_window->refresh();

    auto* table = child<QTableWidget>(m_page, u"siteTable"_s);
    const int first = ui::SitesPage::kContactColumn;
    QCOMPARE(table->horizontalHeaderItem(first)->text(), u"Version"_s);
    const int upgraded = rowOfSite(table, 8);
    QVERIFY(upgraded >= 0);
    QCOMPARE(table->item(upgraded, first)->text(), u"2.3.4"_s);
    QCOMPARE(table->item(rowOfSite(table, DemoNetwork::kRemote2), first)->text(), u"unknown"_s);

    // About names it beside what waits for the site.
    const AboutRows about = readAbout(*m_window);
    QVERIFY(about.read);
    const QString label = about.labels.value(ui::AboutDialog::queuedKey(8));
    QVERIFY2(label.contains(u"SiteSync 2.3.4"_s) && label.contains(u"10.20.30.41"_s), qPrintable(label));
}

QTEST_MAIN(TstGuiSites)
#include "tst_gui_sites.moc"
