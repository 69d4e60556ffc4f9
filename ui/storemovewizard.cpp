#include "storemovewizard.h"

#include "backgroundtask.h"
#include "colours.h"
#include "impactdialog.h"
#include "model/auditlog.h"
#include "security/passwordhash.h"
#include "settings/syncsettingsimpact.h"
#include "settings/unlockgate.h"
#include "site/sitesession.h"
#include "unlockform.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

namespace sitesync::ui {

namespace {

QLabel* newNote(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

// Where the store goes: an existing site (the central among them) or a new one.
class DestinationPage : public QWizardPage {
public:
    explicit DestinationPage(StoreMoveWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("storeMoveDestination"));
        setTitle(StoreMoveWizard::tr("Where does the store go?"));
        auto* layout = new QVBoxLayout(this);
        const LocalSite& site = wizard.session().site();
        layout->addWidget(new QLabel(StoreMoveWizard::tr("Store %1 is active on site %2.")
                                         .arg(wizard.storeId(), site.siteLabel(wizard.fromSiteId())),
                                     this));
        m_existing = new QRadioButton(StoreMoveWizard::tr("To an existing site (the central server among them)"), this);
        m_existing->setObjectName(QStringLiteral("toExistingRadio"));
        m_existing->setChecked(true);
        layout->addWidget(m_existing);
        m_site = new QComboBox(this);
        m_site->setObjectName(QStringLiteral("toSiteCombo"));
        const Result<QList<SiteInfo>> sites = wizard.session().sites().list();
        for (const SiteInfo& info : sites ? *sites : QList<SiteInfo>()) {
            if (info.id != wizard.fromSiteId())
                m_site->addItem(site.siteLabel(info.id), info.id);
        }
        layout->addWidget(m_site);
        m_new = new QRadioButton(StoreMoveWizard::tr("To a new site"), this);
        m_new->setObjectName(QStringLiteral("toNewRadio"));
        layout->addWidget(m_new);
        auto* form = new QFormLayout;
        m_newId = new QSpinBox(this);
        m_newId->setObjectName(QStringLiteral("newSiteId"));
        m_newId->setRange(1, 1000000);
        int next = 1;
        for (const SiteInfo& info : sites ? *sites : QList<SiteInfo>())
            next = std::max(next, info.id + 1);
        m_newId->setValue(next);
        form->addRow(StoreMoveWizard::tr("Site ID:"), m_newId);
        m_newName = new QLineEdit(this);
        m_newName->setObjectName(QStringLiteral("newSiteName"));
        form->addRow(StoreMoveWizard::tr("Name:"), m_newName);
        m_newType = new QComboBox(this);
        m_newType->setObjectName(QStringLiteral("newSiteType"));
        m_newType->addItem(StoreMoveWizard::tr("Desktop"), QStringLiteral("desktop"));
        m_newType->addItem(StoreMoveWizard::tr("Mobile"), QStringLiteral("mobile"));
        form->addRow(StoreMoveWizard::tr("Type:"), m_newType);
        m_newPassword = new QLineEdit(this);
        m_newPassword->setObjectName(QStringLiteral("newSitePassword"));
        m_newPassword->setEchoMode(QLineEdit::Password);
        form->addRow(StoreMoveWizard::tr("Site password:"), m_newPassword);
        layout->addLayout(form);
        m_problem = newNote(this, QStringLiteral("destinationProblem"));
        m_problem->setStyleSheet(errorStyleSheet());
        layout->addWidget(m_problem);
        for (QRadioButton* choice : {m_existing, m_new})
            connect(choice, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
        connect(m_newName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_newPassword, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_newId, &QSpinBox::valueChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        if (m_existing->isChecked())
            return m_site->currentIndex() >= 0;
        return !m_newName->text().trimmed().isEmpty() && m_newPassword->text().size() >= PasswordHash::kMinimumLength;
    }

    bool validatePage() override
    {
        StoreMovePlan& plan = m_wizard.plan();
        plan.storeId = m_wizard.storeId();
        if (m_existing->isChecked()) {
            plan.toSiteId = m_site->currentData().toInt();
            plan.newSite.reset();
            return true;
        }
        if (m_wizard.session().sites().find(m_newId->value())) {
            m_problem->setText(StoreMoveWizard::tr("Site %1 already exists.").arg(m_newId->value()));
            return false;
        }
        plan.toSiteId = m_newId->value();
        plan.newSite = NewSite{m_newId->value(), m_newName->text().trimmed(), m_newType->currentData().toString(),
                               m_newPassword->text()};
        return true;
    }

private:
    StoreMoveWizard& m_wizard;
    QRadioButton* m_existing;
    QComboBox* m_site;
    QRadioButton* m_new;
    QSpinBox* m_newId;
    QLineEdit* m_newName;
    QComboBox* m_newType;
    QLineEdit* m_newPassword;
    QLabel* m_problem;
};

// What stays on the 'From' site: only what the engine's rules accept for this plan is offered
// (ST-5, TOP-5), and what they propose is chosen.
class FromKeepsPage : public QWizardPage {
public:
    explicit FromKeepsPage(StoreMoveWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("storeMoveFromKeeps"));
        setTitle(StoreMoveWizard::tr("What stays on site %1?").arg(wizard.fromSiteId()));
        auto* layout = new QVBoxLayout(this);
        const struct {
            SyncWith value;
            const char* name;
        } choices[] = {{SyncWith::None, "keepNone"},
                       {SyncWith::Transfer, "keepTransfer"},
                       {SyncWith::ActiveCollector, "keepCollector"}};
        for (const auto& choice : choices) {
            auto* button = new QRadioButton(this);
            button->setObjectName(QString::fromLatin1(choice.name));
            m_group.addButton(button, int(choice.value));
            layout->addWidget(button);
        }
        m_group.button(int(SyncWith::None))->setText(StoreMoveWizard::tr("None: the site keeps nothing of the store"));
        m_group.button(int(SyncWith::Transfer))
            ->setText(StoreMoveWizard::tr("Transfer: the store still transfers to and from stores on that site"));
        m_warning = newNote(this, QStringLiteral("collectorWarning"));
        m_warning->setStyleSheet(QStringLiteral("color: %1;").arg(warningColour().name()));
        m_warning->setText(StoreMoveWizard::tr("A collector copy keeps all of the store's sync traffic on the 'From' "
                                               "site, and anything entered there is refused. It is not normally "
                                               "wanted."));
        m_warning->setVisible(false);
        layout->addWidget(m_warning);
        m_deleteEmpty = new QCheckBox(this);
        m_deleteEmpty->setObjectName(QStringLiteral("deleteEmptyFrom"));
        layout->addWidget(m_deleteEmpty);
        m_problem = newNote(this, QStringLiteral("fromKeepsProblem"));
        m_problem->setStyleSheet(errorStyleSheet());
        layout->addWidget(m_problem);
        connect(&m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (!checked)
                return;
            // A refusal was about the choice made before.
            m_problem->clear();
            showWarning();
            Q_EMIT completeChanged();
        });
    }

    void initializePage() override
    {
        const Result<SiteInfo> from = m_wizard.session().sites().find(m_wizard.fromSiteId());
        const bool empty = from && !from->isCentral && from->activeStores == QStringList{m_wizard.storeId()};
        m_deleteEmpty->setText(StoreMoveWizard::tr("Delete site %1 after the move: no store will be active on it")
                                   .arg(m_wizard.fromSiteId()));
        m_deleteEmpty->setVisible(empty);
        m_deleteEmpty->setChecked(false);
        m_problem->clear();
        const std::optional<SyncWith> proposed = offer();
        if (proposed)
            m_group.button(int(*proposed))->setChecked(true);
        showWarning();
        Q_EMIT completeChanged();
    }

    bool isComplete() const override
    {
        const QAbstractButton* chosen = m_group.checkedButton();
        return chosen && chosen->isEnabled();
    }

    bool validatePage() override
    {
        StoreMovePlan& plan = m_wizard.plan();
        plan.fromKeeps = SyncWith(m_group.checkedId());
        plan.deleteEmptyFromSite = m_deleteEmpty->isVisible() && m_deleteEmpty->isChecked();
        const Result<StoreMoveReadiness> checked = m_wizard.session().storeMove().check(plan);
        if (checked)
            return true;
        // The rules may have changed since the page was shown (a visibility, another move).
        offer();
        m_problem->setText(checked.error().message);
        return false;
    }

private:
    // Enables the choices the rules accept, and returns the one they propose.
    std::optional<SyncWith> offer()
    {
        const Result<FromKeepsChoices> offered = m_wizard.session().storeMove().fromKeepsChoices(m_wizard.plan());
        if (!offered) {
            for (QAbstractButton* button : m_group.buttons())
                button->setEnabled(false);
            m_problem->setText(offered.error().message);
            return std::nullopt;
        }
        m_group.button(int(SyncWith::ActiveCollector))
            ->setText(offered->fromIsCentral
                          ? StoreMoveWizard::tr("Collector: a full read-only copy, as the central server usually "
                                                "keeps of every store")
                          : StoreMoveWizard::tr("Collector: a full read-only copy, which keeps all of the store's "
                                                "sync traffic on the site (rarely wanted)"));
        m_fromIsCentral = offered->fromIsCentral;
        QStringList refusals;
        for (const FromKeepsChoice& choice : offered->choices) {
            QAbstractButton* button = m_group.button(int(choice.value));
            button->setEnabled(!choice.refusal);
            button->setToolTip(choice.refusal ? choice.refusal->message : QString());
            if (choice.refusal && !refusals.contains(choice.refusal->message))
                refusals << choice.refusal->message;
        }
        // Nothing can stay as the rules want: the move itself is refused, for these reasons.
        if (!offered->proposed)
            m_problem->setText(refusals.join(QLatin1Char('\n')));
        return offered->proposed;
    }

    void showWarning()
    {
        m_warning->setVisible(!m_fromIsCentral && m_group.checkedId() == int(SyncWith::ActiveCollector));
    }

    StoreMoveWizard& m_wizard;
    QButtonGroup m_group;
    QLabel* m_warning;
    QCheckBox* m_deleteEmpty;
    QLabel* m_problem;
    bool m_fromIsCentral = false;
};

// Step 1 and 2 of the procedure: both sites synchronised, data entry frozen.
class CheckPage : public QWizardPage {
public:
    explicit CheckPage(StoreMoveWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("storeMoveCheck"));
        setTitle(StoreMoveWizard::tr("Are both sites synchronised?"));
        auto* layout = new QVBoxLayout(this);
        m_state = newNote(this, QStringLiteral("checkState"));
        layout->addWidget(m_state);
        m_warnings = newNote(this, QStringLiteral("checkWarnings"));
        m_warnings->setStyleSheet(QStringLiteral("color: %1;").arg(warningColour().name()));
        layout->addWidget(m_warnings);
        auto* again = new QPushButton(StoreMoveWizard::tr("Check again"), this);
        again->setObjectName(QStringLiteral("recheckButton"));
        layout->addWidget(again, 0, Qt::AlignLeft);
        m_frozen =
            new QCheckBox(StoreMoveWizard::tr("Nobody enters data on either site until the move is complete."), this);
        m_frozen->setObjectName(QStringLiteral("frozenCheck"));
        layout->addWidget(m_frozen);
        connect(again, &QPushButton::clicked, this, [this] { initializePage(); });
        connect(m_frozen, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        const Result<StoreMoveReadiness> readiness = m_wizard.session().storeMove().check(m_wizard.plan());
        m_ready = readiness && readiness->fullySynchronised();
        if (!readiness) {
            m_state->setText(readiness.error().message);
        } else {
            m_state->setText(m_ready ? StoreMoveWizard::tr("Both sites have received everything the central holds "
                                                           "for them.")
                                     : StoreMoveWizard::tr("Not yet: let the sites synchronise, then check again."));
            m_warnings->setText(readiness->warnings.join(QLatin1Char('\n')));
        }
        Q_EMIT completeChanged();
    }

    bool isComplete() const override { return m_ready && m_frozen->isChecked(); }

private:
    StoreMoveWizard& m_wizard;
    QLabel* m_state;
    QLabel* m_warnings;
    QCheckBox* m_frozen;
    bool m_ready = false;
};

// What the move will cause, measured by the engine as the Synchronisation tab's preview is: the
// records queued per site, the copies removed or cut down (of other stores too), the warnings.
class ImpactPage : public QWizardPage {
public:
    explicit ImpactPage(StoreMoveWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("storeMoveImpact"));
        setTitle(StoreMoveWizard::tr("What will the move cause?"));
        m_layout = new QVBoxLayout(this);
        auto* note =
            new QLabel(StoreMoveWizard::tr("Nothing has changed yet. This is what moving the store will do."), this);
        note->setWordWrap(true);
        m_layout->addWidget(note);
        m_problem = newNote(this, QStringLiteral("impactProblem"));
        m_problem->setStyleSheet(errorStyleSheet());
        m_layout->addWidget(m_problem);
    }

    void initializePage() override
    {
        delete m_view;
        m_view = nullptr;
        m_problem->clear();
        const StoreMovePlan plan = m_wizard.plan();
        // The move is made and rolled back under the write lock: seconds on a large network.
        const Result<SyncSettingsImpact> impact = runInBackground<SyncSettingsImpact>(
            m_wizard.session().database().path(),
            [plan](SiteSession& session) { return session.storeMove().measure(plan); }, &m_wizard);
        if (!impact) {
            m_problem->setText(impact.error().message);
        } else {
            m_view = new ImpactView(m_wizard.session().site(), *impact, ImpactView::Action::Move, this);
            m_layout->insertWidget(1, m_view, 1);
            // Room for the preview's columns, within the screen.
            m_wizard.resize(sizeOnScreen(&m_wizard, m_wizard.sizeHint(), m_wizard.size()));
        }
        Q_EMIT completeChanged();
    }

    bool isComplete() const override { return m_view != nullptr; }

private:
    StoreMoveWizard& m_wizard;
    QVBoxLayout* m_layout;
    QLabel* m_problem;
    ImpactView* m_view = nullptr;
};

// The unlock step, as for the Synchronisation tab (ST-7). The unlock is kept while the wizard lives:
// the move that follows is audited in the name of the technician who unlocked.
class UnlockPage : public QWizardPage {
public:
    explicit UnlockPage(StoreMoveWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("storeMoveUnlock"));
        setTitle(StoreMoveWizard::tr("Unlock"));
        auto* layout = new QVBoxLayout(this);
        m_form = new UnlockForm(wizard.session().database(), this);
        m_form->passwordEdit()->setObjectName(QStringLiteral("moveUnlockPassword"));
        m_form->messageLabel()->setObjectName(QStringLiteral("unlockProblem"));
        layout->addWidget(m_form);
        connect(m_form, &UnlockForm::changed, this, &QWizardPage::completeChanged);
        setButtonText(QWizard::NextButton, StoreMoveWizard::tr("Move the store"));
    }

    void initializePage() override { m_form->prepare(); }

    bool isComplete() const override { return m_form->isFilled(); }

    bool validatePage() override
    {
        m_unlock = m_form->unlock({UnlockPurpose::kStoreMove, m_wizard.storeId(), 0});
        return m_unlock != nullptr;
    }

private:
    StoreMoveWizard& m_wizard;
    UnlockForm* m_form;
    std::unique_ptr<AuditActor> m_unlock;
};

// The move itself, in a worker thread (it queues the store's records for the 'To' site).
class RunPage : public QWizardPage {
public:
    explicit RunPage(StoreMoveWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("storeMoveRun"));
        setTitle(StoreMoveWizard::tr("Moving the store"));
        auto* layout = new QVBoxLayout(this);
        m_result = newNote(this, QStringLiteral("moveResult"));
        layout->addWidget(m_result);
    }

    void initializePage() override
    {
        m_result->setText(StoreMoveWizard::tr("Moving store %1 and queuing its records...").arg(m_wizard.storeId()));
        const StoreMovePlan plan = m_wizard.plan();
        // Nothing in the wizard takes input while the move runs: it cannot be stopped half way.
        const Result<StoreMoveReport> report = runInBackground<StoreMoveReport>(
            m_wizard.session().database().path(),
            [plan](SiteSession& session) { return session.storeMove().run(plan); }, &m_wizard);
        if (!report) {
            // Nothing changed: the page says so, and Cancel leaves.
            setTitle(StoreMoveWizard::tr("Store not moved"));
            m_result->setStyleSheet(errorStyleSheet());
            m_result->setText(StoreMoveWizard::tr("Not moved: %1").arg(report.error().message));
            return;
        }
        m_result->setStyleSheet(QString());
        QString text = StoreMoveWizard::tr("Store %1 is now active on site %2; %3 records wait for it there.")
                           .arg(m_wizard.storeId(), m_wizard.session().site().siteLabel(plan.toSiteId))
                           .arg(report->waitingForTo);
        if (plan.newSite)
            text += QLatin1Char('\n') + StoreMoveWizard::tr("Initialise the new site from the central server "
                                                            "(sitesyncctl init remote) with its password.");
        if (report->fromSiteDeleted)
            text += QLatin1Char('\n') +
                    StoreMoveWizard::tr("Site %1 had no store left and was deleted.").arg(m_wizard.fromSiteId());
        m_result->setText(text);
        m_wizard.setMoved(true);
        // Done: nothing is left to cancel.
        setTitle(StoreMoveWizard::tr("Store moved"));
        m_wizard.setOption(QWizard::NoCancelButtonOnLastPage, true);
        Q_EMIT completeChanged();
    }

    bool isComplete() const override { return m_wizard.moved(); }

private:
    StoreMoveWizard& m_wizard;
    QLabel* m_result;
};

}  // namespace

StoreMoveWizard::StoreMoveWizard(SiteSession& session, const QString& storeId, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_storeId(storeId)
{
    setObjectName(QStringLiteral("storeMoveWizard"));
    setWindowTitle(tr("Move store %1").arg(storeId));
    const Result<StoreSyncSettings> settings = session.syncSettings().load(storeId);
    m_fromSiteId = settings ? settings->activeSiteId : 0;
    setPage(Destination, new DestinationPage(*this));
    setPage(FromKeeps, new FromKeepsPage(*this));
    setPage(Check, new CheckPage(*this));
    setPage(Impact, new ImpactPage(*this));
    setPage(Unlock, new UnlockPage(*this));
    setPage(Run, new RunPage(*this));
    // The move cannot be undone from here; should it fail, Cancel leaves with nothing changed.
    setOption(QWizard::NoBackButtonOnLastPage);
}

}  // namespace sitesync::ui
