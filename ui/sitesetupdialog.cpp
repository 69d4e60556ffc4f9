#include "sitesetupdialog.h"

#include "backgroundtask.h"
#include "client/remotesync.h"
#include "colours.h"
#include "credentials/credentialstore.h"
#include "displaytext.h"
#include "site/sitesession.h"
#include "sitefile/siteimport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace sitesync::ui {

namespace {

// A line edit with a "Browse..." button beside it.
QHBoxLayout* withBrowse(QLineEdit* edit, QPushButton* browse)
{
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

// A step of the first sync on screen: a pull the central counted has a determinate bar and says
// what remains; any other step keeps the bar busy.
void showStep(QLabel* label, QProgressBar* bar, const SyncProgress& step)
{
    const bool counted = step.phase == SyncPhase::Pull && step.total >= 0;
    if (step.phase == SyncPhase::Wait)
        label->setText(waitingForLinkText(step.retry, step.retryIn));
    else if (counted)
        label->setText(pullProgressText(step.done, step.total));
    else
        label->setText(SiteSetupDialog::tr("%1: %L2 records").arg(syncPhaseLabel(step.phase)).arg(step.done));
    if (!counted) {
        bar->setRange(0, 0);
        return;
    }
    // QProgressBar holds ints; scale down a pull beyond their range.
    const qint64 scale = step.total / std::numeric_limits<int>::max() + 1;
    bar->setRange(0, int(step.total / scale));
    bar->setValue(int(std::min(step.done, step.total) / scale));
}

}  // namespace

SiteSetupDialog::SiteSetupDialog(QString databasePath, CredentialStore& credentials, QWidget* parent)
    : QDialog(parent)
    , m_path(std::move(databasePath))
    , m_credentials(credentials)
{
    setObjectName(QStringLiteral("siteSetupDialog"));
    setWindowTitle(tr("Set up this site"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("There is no site database at %1 yet. Set this machine up as a remote site of "
                                "your central server:")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_initialise = new QRadioButton(tr("&Initialise it from the central server (a desktop or mobile site)"), this);
    m_initialise->setObjectName(QStringLiteral("initialiseRadio"));
    m_initialise->setChecked(true);
    m_import = new QRadioButton(tr("I&mport a site data file exported on the central server (a desktop site)"), this);
    m_import->setObjectName(QStringLiteral("importRadio"));
    layout->addWidget(m_initialise);
    layout->addWidget(m_import);

    m_form = new QFormLayout;
    m_central = new QLineEdit(this);
    m_central->setObjectName(QStringLiteral("centralUrl"));
    m_central->setPlaceholderText(QStringLiteral("https://central.example.org:8443"));
    m_form->addRow(tr("&Central server:"), m_central);
    m_siteId = new QSpinBox(this);
    m_siteId->setObjectName(QStringLiteral("setupSiteId"));
    // No default: 1 is usually the central itself, and the ID to give is the one the site was
    // given on the central server, which only the technician knows here.
    m_siteId->setRange(0, 999999);
    m_siteId->setValue(0);
    m_siteId->setSpecialValueText(tr("choose"));
    m_siteId->setToolTip(tr("The ID this site was given on the central server (its Sites page lists them)."));
    m_form->addRow(tr("Site &ID:"), m_siteId);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("dataFile"));
    auto* browseFile = new QPushButton(tr("Browse..."), this);
    m_fileRow = withBrowse(m_file, browseFile);
    auto* fileLabel = new QLabel(tr("&Data file:"), this);
    fileLabel->setBuddy(m_file);
    m_form->addRow(fileLabel, m_fileRow);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("setupPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("Site &password:"), m_password);
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("caCertificate"));
    m_certificate->setPlaceholderText(tr("Only for an HTTPS central with its own certificate authority"));
    auto* browseCertificate = new QPushButton(tr("Browse..."), this);
    auto* certificateLabel = new QLabel(tr("&Trusted certificate:"), this);
    certificateLabel->setBuddy(m_certificate);
    m_form->addRow(certificateLabel, withBrowse(m_certificate, browseCertificate));
    layout->addLayout(m_form);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("setupProgress"));
    layout->addWidget(m_progress);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("setupProgressBar"));
    m_progressBar->setVisible(false);
    layout->addWidget(m_progressBar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_setUp = buttons->addButton(tr("Set up"), QDialogButtonBox::AcceptRole);
    m_setUp->setObjectName(QStringLiteral("setupButton"));
    m_setUp->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_setUp, &QPushButton::clicked, this, &SiteSetupDialog::setUp);
    connect(m_import, &QRadioButton::toggled, this, &SiteSetupDialog::updateFields);
    connect(m_siteId, &QSpinBox::valueChanged, this, &SiteSetupDialog::updateFields);
    for (QLineEdit* edit : {m_central, m_file, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SiteSetupDialog::updateFields);
    connect(browseFile, &QPushButton::clicked, this, [this] {
        if (const QString file = chooseFile(tr("Site data file"), tr("Site data files (*.sitesync)"), false);
            !file.isEmpty())
            m_file->setText(file);
    });
    connect(browseCertificate, &QPushButton::clicked, this, [this] {
        if (const QString file = chooseFile(tr("Trusted certificate"), tr("Certificates (*.pem *.crt)"), false);
            !file.isEmpty())
            m_certificate->setText(file);
    });
    updateFields();
}

QString SiteSetupDialog::chooseFile(const QString& title, const QString& filter, bool save)
{
    return save ? QFileDialog::getSaveFileName(this, title, QDir::homePath(), filter)
                : QFileDialog::getOpenFileName(this, title, QDir::homePath(), filter);
}

void SiteSetupDialog::updateFields()
{
    const bool importing = m_import->isChecked();
    m_form->setRowVisible(m_siteId, !importing);
    m_form->setRowVisible(m_fileRow, importing);
    m_setUp->setEnabled(!m_central->text().trimmed().isEmpty() && !m_password->text().isEmpty() &&
                        (importing ? !m_file->text().trimmed().isEmpty() : m_siteId->value() > 0));
}

void SiteSetupDialog::setUp()
{
    QByteArray trusted;
    if (const QString certificate = m_certificate->text().trimmed(); !certificate.isEmpty()) {
        QFile file(certificate);
        if (!file.open(QIODevice::ReadOnly)) {
            m_message->setStyleSheet(errorStyleSheet());
            m_message->setText(tr("Cannot read %1.").arg(certificate));
            return;
        }
        trusted = file.readAll();
    }
    const bool importing = m_import->isChecked();
    const QString path = m_path;
    const QUrl central(m_central->text().trimmed());
    const int siteId = m_siteId->value();
    const QString dataFile = m_file->text().trimmed();
    const QString password = m_password->text();
    CredentialStore& credentials = m_credentials;
    // The dialog outlives the work (runInWorker waits for it); its label is written in its thread.
    QLabel* progress = m_progress;
    QProgressBar* bar = m_progressBar;
    const RemoteSync::Progress report = [progress, bar](const SyncProgress& step) {
        QMetaObject::invokeMethod(
            progress, [progress, bar, step] { showStep(progress, bar, step); }, Qt::QueuedConnection);
    };
    m_message->clear();
    m_progress->setText(tr("Connecting..."));
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    const Result<int> done = runInWorker<int>(
        [=, &credentials]() -> Result<int> {
            const Result<std::unique_ptr<SiteSession>> session =
                importing ? SiteImport::import(dataFile, path, central, password, credentials, report, trusted)
                          : RemoteSync::initialise(path, central, siteId, password, credentials, report, trusted);
            if (!session)
                return session.error();
            return (*session)->site().siteId();
        },
        this);
    m_progress->clear();
    m_progressBar->setVisible(false);
    if (done) {
        accept();
        return;
    }
    // A first sync cut short leaves a site that is set up: it continues with its next sync.
    if (const Result<std::unique_ptr<SiteSession>> site = SiteSession::open(path); site) {
        QMessageBox::warning(this, windowTitle(), done.error().message);
        accept();
        return;
    }
    m_message->setStyleSheet(errorStyleSheet());
    m_message->setText(done.error().message);
}

}  // namespace sitesync::ui
