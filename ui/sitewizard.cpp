#include "sitewizard.h"

#include "colours.h"
#include "model/auditlog.h"
#include "security/passwordhash.h"
#include "settings/unlockgate.h"
#include "site/sitesession.h"
#include "unlockform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

namespace sitesync::ui {

namespace {

// Desktop or mobile: a mobile site runs one active store (TOP-5).
class KindPage : public QWizardPage {
public:
    KindPage()
    {
        setObjectName(QStringLiteral("siteKind"));
        setTitle(SiteWizard::tr("What kind of site?"));
        auto* layout = new QVBoxLayout(this);
        auto* desktop = new QRadioButton(SiteWizard::tr("Desktop site: a server or a single computer"), this);
        desktop->setObjectName(QStringLiteral("desktopRadio"));
        desktop->setChecked(true);
        auto* mobile = new QRadioButton(SiteWizard::tr("Mobile site: a tablet running one store"), this);
        mobile->setObjectName(QStringLiteral("mobileRadio"));
        layout->addWidget(desktop);
        layout->addWidget(mobile);
        registerField(QStringLiteral("mobile"), mobile);
    }
};

// ID, name, password (twice), and the unlock step: sites are sync settings (ST-7). An ID already
// taken is said as soon as it is chosen, before any password.
class IdentityPage : public QWizardPage {
public:
    explicit IdentityPage(SiteWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("siteIdentity"));
        setTitle(SiteWizard::tr("The new site"));
        auto* form = new QFormLayout(this);
        m_id = new QSpinBox(this);
        m_id->setObjectName(QStringLiteral("siteIdSpin"));
        m_id->setRange(1, 1000000);
        int next = 1;
        const Result<QList<SiteInfo>> sites = wizard.session().sites().list();
        for (const SiteInfo& info : sites ? *sites : QList<SiteInfo>())
            next = std::max(next, info.id + 1);
        m_id->setValue(next);
        form->addRow(SiteWizard::tr("Site ID:"), m_id);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("siteNameEdit"));
        form->addRow(SiteWizard::tr("Name:"), m_name);
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("sitePasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(SiteWizard::tr("Site password:"), m_password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("siteRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(SiteWizard::tr("Repeat it:"), m_repeat);
        m_idProblem = new QLabel(this);
        m_idProblem->setObjectName(QStringLiteral("siteIdProblem"));
        m_idProblem->setWordWrap(true);
        m_idProblem->setStyleSheet(errorStyleSheet());
        form->insertRow(1, m_idProblem);
        m_unlock = new UnlockForm(wizard.session().database(), this);
        m_unlock->passwordEdit()->setObjectName(QStringLiteral("siteUnlockEdit"));
        form->addRow(m_unlock);
        m_problem = new QLabel(this);
        m_problem->setObjectName(QStringLiteral("siteProblem"));
        m_problem->setWordWrap(true);
        m_problem->setStyleSheet(errorStyleSheet());
        form->addRow(m_problem);
        for (QLineEdit* edit : {m_name, m_password, m_repeat})
            connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_unlock, &UnlockForm::changed, this, &QWizardPage::completeChanged);
        connect(m_id, &QSpinBox::valueChanged, this, [this] {
            checkId();
            Q_EMIT completeChanged();
        });
        checkId();
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, SiteWizard::tr("Create the site"));
    }

    void initializePage() override
    {
        m_unlock->prepare();
        checkId();
    }

    bool isComplete() const override
    {
        return !m_idTaken && !m_name->text().trimmed().isEmpty() &&
               m_password->text().size() >= PasswordHash::kMinimumLength && m_password->text() == m_repeat->text() &&
               m_unlock->isFilled();
    }

    // An ID that is taken is refused again by the engine when the site is added; here it is said
    // at once.
    void checkId()
    {
        m_idTaken = m_wizard.session().sites().find(m_id->value()).ok();
        m_idProblem->setText(m_idTaken ? SiteWizard::tr("Site %1 already exists: choose another ID.")
                                             .arg(m_wizard.session().site().siteLabel(m_id->value()))
                                       : QString());
        m_idProblem->setVisible(m_idTaken);
    }

    bool validatePage() override
    {
        SiteSession& session = m_wizard.session();
        m_problem->clear();
        std::unique_ptr<AuditActor> unlocked = m_unlock->unlock({UnlockPurpose::kNewSite, {}, m_id->value()});
        if (!unlocked)
            return false;
        const QString type =
            field(QStringLiteral("mobile")).toBool() ? QStringLiteral("mobile") : QStringLiteral("desktop");
        const Result<SiteInfo> added =
            session.sites().add(m_id->value(), m_name->text(), type, false, m_password->text());
        if (!added) {
            m_problem->setText(added.error().message);
            return false;
        }
        m_wizard.setCreated(added->id, std::move(unlocked));
        return true;
    }

private:
    SiteWizard& m_wizard;
    QSpinBox* m_id;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    UnlockForm* m_unlock;
    QLabel* m_idProblem;
    QLabel* m_problem;
    bool m_idTaken = false;
};

// What happens next, on the site's own machine.
class DonePage : public QWizardPage {
public:
    explicit DonePage(SiteWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("siteDone"));
        setTitle(SiteWizard::tr("Site created"));
        auto* layout = new QVBoxLayout(this);
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("siteNextSteps"));
        m_text->setWordWrap(true);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_text);
        m_export = new QCheckBox(SiteWizard::tr("Export its data file now, to import on its machine"), this);
        m_export->setObjectName(QStringLiteral("exportNow"));
        layout->addWidget(m_export);
        registerField(QStringLiteral("exportNow"), m_export);
    }

    void initializePage() override
    {
        const int id = m_wizard.createdSiteId();
        const bool mobile = field(QStringLiteral("mobile")).toBool();
        QString next =
            SiteWizard::tr("Site %1 exists on the central server. No store is active on it yet: move stores to it "
                           "with Move store... on the Stores page.\n\nOn the site's own machine, start SiteSync with "
                           "a new database and initialise the site from the central server with its password (or "
                           "run: sitesyncctl init remote --central URL --site-id %1 --password-stdin). That binds "
                           "the site to that machine and pulls everything it needs.")
                .arg(id);
        if (!mobile)
            next += QStringLiteral("\n\n") +
                    SiteWizard::tr("Where the connection is poor, export the site's data file instead and import it "
                                   "on the machine: only what changes afterwards then goes over the network.");
        m_text->setText(next);
        m_export->setVisible(!mobile);
        m_export->setChecked(false);
    }

private:
    SiteWizard& m_wizard;
    QLabel* m_text;
    QCheckBox* m_export;
};

}  // namespace

void SiteWizard::setCreated(int siteId, std::unique_ptr<AuditActor> unlock)
{
    m_created = siteId;
    m_unlock = std::move(unlock);
}

SiteWizard::~SiteWizard() = default;

SiteWizard::SiteWizard(SiteSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("siteWizard"));
    setWindowTitle(tr("New sync site"));
    setPage(Kind, new KindPage);
    setPage(Identity, new IdentityPage(*this));
    setPage(Done, new DonePage(*this));
}

}  // namespace sitesync::ui
