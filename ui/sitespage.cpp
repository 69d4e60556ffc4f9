#include "sitespage.h"

#include "colours.h"
#include "displaytext.h"
#include "language.h"
#include "model/auditlog.h"
#include "site/remotebootstrap.h"
#include "site/sitesession.h"
#include "sitecontactcolumns.h"
#include "siteexportdialog.h"
#include "sitewizard.h"
#include "statuswatcher.h"
#include "tables.h"
#include "unlockdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

namespace {

// The site's name, its roles, its active stores and its address give way when the window is narrow.
constexpr int kNameColumn = 1;
constexpr int kRoleColumn = 3;
constexpr int kActiveStoresColumn = 4;

}  // namespace

SitesPage::SitesPage(SiteSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(this);
    layout->addWidget(title);
    m_table = newReadOnlyTable(
        this, QStringLiteral("siteTable"),
        [] {
            return QStringList{tr("ID"),          tr("Name"),           tr("Type"), tr("Role"), tr("Active stores"),
                               tr("Initialised"), tr("Last connection")} +
                   SiteContactColumns::headers();
        },
        {kNameColumn, kRoleColumn, kActiveStoresColumn, kContactColumn + SiteContactColumns::kAddressOffset});
    if (session.site().isCentral()) {
        m_status = new StatusWatcher(session.database().path(), this);
        connect(m_status, &StatusWatcher::collected, this, &SitesPage::showQueued);
    }
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(this);
    add->setObjectName(QStringLiteral("newSiteButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportSiteButton"));
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetHardwareButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteSiteButton"));
    for (QPushButton* button : {add, m_export, m_reset, m_delete}) {
        button->setVisible(session.site().isCentral());
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setTabOrder(m_table, add);
    setTabOrder(add, m_export);
    setTabOrder(m_export, m_reset);
    setTabOrder(m_reset, m_delete);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sitesMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, &SitesPage::newSite);
    connect(m_export, &QPushButton::clicked, this, &SitesPage::exportSelected);
    connect(m_reset, &QPushButton::clicked, this, &SitesPage::resetSelectedBinding);
    connect(m_delete, &QPushButton::clicked, this, &SitesPage::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SitesPage::updateButtons);
    followLanguage(this, [=, this] {
        title->setText(tr("<b>Sync sites</b>"));
        add->setText(tr("&New site..."));
        m_export->setText(tr("E&xport data file..."));
        m_export->setToolTip(tr("For a new desktop site not yet on a machine: its database as a file, to import "
                                "there instead of pulling everything over the network."));
        m_reset->setText(tr("&Reset hardware binding"));
        m_reset->setToolTip(tr("Lets the site be initialised on another machine. Needs the unlock password."));
        m_delete->setText(tr("&Delete site"));
        m_delete->setToolTip(tr("Only a site with no active store that is neither the central nor the primary. Needs "
                                "the unlock password."));
        m_message->clear();  // the outcome of the last action, in the language it was shown in
        refresh();
    });
}

int SitesPage::selectedSite() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text().toInt() : 0;
}

void SitesPage::updateButtons()
{
    const Result<SiteInfo> site = m_session.sites().find(selectedSite());
    m_export->setEnabled(site && !site->isCentral && site->type == QLatin1String("desktop") && !site->bound);
    m_reset->setEnabled(site && !site->isCentral);
    m_delete->setEnabled(site && !site->isCentral && !site->isPrimary && site->activeStores.isEmpty());
}

std::unique_ptr<AuditActor> SitesPage::unlockFor(const UnlockScope& scope, const QString& question,
                                                 const QString& action, const QString& warning)
{
    return UnlockDialog::ask(m_session.database(), scope, question, action, warning, this);
}

void SitesPage::report(const Status& status, const QString& done)
{
    m_message->setStyleSheet(status ? QString() : errorStyleSheet());
    m_message->setText(status ? done : status.error().message);
    refresh();
    if (status)
        Q_EMIT sitesChanged();
}

void SitesPage::newSite()
{
    SiteWizard wizard(m_session, this);
    wizard.exec();
    const int created = wizard.createdSiteId();
    if (created <= 0)
        return;
    report({}, tr("Site %1 created.").arg(created));
    if (wizard.field(QStringLiteral("exportNow")).toBool())
        exportSite(created);
}

void SitesPage::exportSelected()
{
    const int site = selectedSite();
    if (site <= 0)
        return;
    const std::unique_ptr<AuditActor> unlocked =
        unlockFor({UnlockPurpose::kExportSite, {}, site},
                  tr("Export the data file of site %1? Whoever holds the file holds the site's data, patients "
                     "included.")
                      .arg(m_session.site().siteLabel(site)),
                  tr("Unlock and export"));
    if (unlocked)
        exportSite(site);
}

void SitesPage::exportSite(int siteId)
{
    SiteExportDialog dialog(m_session, siteId, this);
    dialog.exec();
    if (dialog.exported())
        report({}, tr("The data file of site %1 was written: the site counts as set up once it is imported on its "
                      "machine.")
                       .arg(m_session.site().siteLabel(siteId)));
}

void SitesPage::resetSelectedBinding()
{
    const int site = selectedSite();
    if (site <= 0)
        return;
    const Result<BindingResetRisk> risk = m_session.sites().bindingResetRisk(site);
    if (!risk) {
        report(risk.error(), QString());
        return;
    }
    const QString label = m_session.site().siteLabel(site);
    const std::unique_ptr<AuditActor> unlocked =
        unlockFor({UnlockPurpose::kResetBinding, {}, site},
                  tr("Release site %1 from the machine it was initialised on? Until it is initialised again, no "
                     "machine can sync as that site.")
                      .arg(label),
                  tr("Reset the binding"), risk->warning);
    if (!unlocked)
        return;
    report(m_session.sites().resetHardware(site), tr("Site %1 can now be initialised on another machine.").arg(label));
}

void SitesPage::deleteSelected()
{
    const int site = selectedSite();
    if (site <= 0)
        return;
    const QString label = m_session.site().siteLabel(site);
    const std::unique_ptr<AuditActor> unlocked =
        unlockFor({UnlockPurpose::kDeleteSite, {}, site},
                  tr("Delete site %1? Its copies of stores and what waits for it are removed.").arg(label),
                  tr("Delete the site"));
    if (!unlocked)
        return;
    report(m_session.sites().remove(site), tr("Site %1 deleted.").arg(label));
}

void SitesPage::refresh()
{
    const Result<QList<SiteInfo>> sites = m_session.sites().list();
    const QList<SiteInfo> rows = sites ? *sites : QList<SiteInfo>();
    const bool onCentral = m_session.site().isCentral();
    const QString centralUrl = onCentral ? QString() : LocalState::get(m_session.database(), remotestate::kCentralUrl);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const SiteInfo& site = rows[row];
        QStringList roles;
        if (site.isCentral)
            roles << roleLabel(SiteRole::Central);
        if (site.isPrimary)
            roles << roleLabel(SiteRole::Primary);
        if (roles.isEmpty())
            roles << roleLabel(SiteRole::Remote);
        setRowTexts(m_table, row,
                    {QString::number(site.id), site.name,
                     site.type == QLatin1String("mobile") ? tr("mobile") : tr("desktop"),
                     roles.join(QStringLiteral(", ")), site.activeStores.join(QStringLiteral(", ")),
                     site.isCentral ? QString() : displayTime(site.initialisedAt, tr("not yet")),
                     site.isCentral ? QString() : displayTime(site.contact.lastConnectionAt, tr("never"))});
        SiteContactColumns::fill(m_table, row, kContactColumn, site, onCentral, m_lastWaiting.value(site.id, -1),
                                 centralUrl);
    }
    m_rowSites.clear();
    for (const SiteInfo& site : rows)
        m_rowSites << site.id;
    if (m_status)
        m_status->request();
    updateButtons();
}

void SitesPage::showQueued(const Result<SiteStatus>& status)
{
    SiteContactColumns::showWaiting(m_table, kContactColumn, m_rowSites, status);
    // Shown again, until the next count, when the page is filled anew (a language change, say).
    if (status)
        m_lastWaiting = status->queuedBySite;
}

}  // namespace sitesync::ui
