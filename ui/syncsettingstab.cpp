#include "syncsettingstab.h"

#include "backgroundtask.h"
#include "colours.h"
#include "impactdialog.h"
#include "model/auditlog.h"
#include "settings/syncsettingsimpact.h"
#include "settings/unlockgate.h"
#include "site/sitesession.h"
#include "tables.h"
#include "unlockform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

namespace {

enum Column { SiteColumn, LocalColumn, WithColumn, VisibleColumn };

// Lets or stops the technician choosing one entry of a combo box.
void setChoiceEnabled(QComboBox* combo, int index, bool enabled, const QString& why = {})
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    if (QStandardItem* item = model ? model->item(index) : nullptr) {
        item->setEnabled(enabled);
        item->setToolTip(enabled ? QString() : why);
    }
}

}  // namespace

SyncSettingsTab::SyncSettingsTab(SiteSession& session, const QString& storeId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_storeId(storeId)
    , m_editable(session.site().isCentral())
{
    auto* layout = new QVBoxLayout(this);
    buildLockPanel();
    layout->addWidget(m_lockState);
    layout->addWidget(m_unlockButton, 0, Qt::AlignLeft);
    layout->addWidget(m_unlockPanel);

    m_readOnlyReason = new QLabel(this);
    m_readOnlyReason->setObjectName(QStringLiteral("readOnlyReason"));
    m_readOnlyReason->setWordWrap(true);
    layout->addWidget(m_readOnlyReason);

    auto* form = new QFormLayout;
    m_syncType = new QComboBox(this);
    m_syncType->setObjectName(QStringLiteral("syncTypeCombo"));
    m_syncType->addItem(tr("Active"), int(SyncType::Active));
    m_syncType->addItem(tr("Collector"), int(SyncType::Collector));
    m_syncType->addItem(tr("Transfer"), int(SyncType::Transfer));
    m_syncType->addItem(tr("No copy"), int(SyncType::None));
    form->addRow(tr("Sync type on this site:"), m_syncType);
    m_setLocal = new QCheckBox(tr("Set as local store"), this);
    m_setLocal->setObjectName(QStringLiteral("setLocalCheck"));
    form->addRow(QString(), m_setLocal);
    m_includeTransactionsCheck = new QCheckBox(tr("Include transactions in sync"), this);
    m_includeTransactionsCheck->setObjectName(QStringLiteral("includeTransactionsCheck"));
    form->addRow(QString(), m_includeTransactionsCheck);
    m_resyncPatients = new QCheckBox(tr("Resync patient records when store is saved"), this);
    m_resyncPatients->setObjectName(QStringLiteral("resyncPatientsCheck"));
    form->addRow(QString(), m_resyncPatients);
    m_syncId = new QLineEdit(this);
    m_syncId->setObjectName(QStringLiteral("syncIdEdit"));
    m_syncId->setReadOnly(true);
    form->addRow(tr("Sync ID:"), m_syncId);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Sync with:"), this));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("syncWithTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Local"), tr("Sync with"), tr("Visible to a store there")});
    m_table->verticalHeader()->setVisible(false);
    // The site's name gives way; Tab goes on to the values of the rows, the arrows move in the table.
    shapeTable(m_table, {SiteColumn});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(errorStyleSheet());
    layout->addWidget(m_validation);
    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("busyLabel"));
    layout->addWidget(m_busy);

    connect(m_setLocal, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_showing && on)
            setLocalSite(m_session.site().siteId());
    });
    connect(m_syncType, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        const auto type = SyncType(m_syncType->currentData().toInt());
        if (type == SyncType::Collector || type == SyncType::Transfer)
            m_with.insert(m_session.site().siteId(),
                          type == SyncType::Collector ? SyncWith::ActiveCollector : SyncWith::Transfer);
        askEngine();
    });
    connect(m_includeTransactionsCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_showing)
            return;
        m_includeTransactions = on;
        if (m_stored && m_stored->includeTransactions == on)
            m_includeTransactions.reset();
        askEngine();
    });
    connect(m_resyncPatients, &QCheckBox::toggled, this, &SyncSettingsTab::changed);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_showing || item->column() != LocalColumn || item->row() >= m_rowSites.size())
            return;
        if (item->checkState() == Qt::Checked)
            setLocalSite(m_rowSites[item->row()]);
        else
            askEngine();  // a store is always active somewhere: the engine's answer puts the tick back
    });
    reload();
}

SyncSettingsTab::~SyncSettingsTab() = default;

void SyncSettingsTab::buildLockPanel()
{
    m_lockState = new QLabel(this);
    m_lockState->setObjectName(QStringLiteral("lockStateLabel"));
    m_lockState->setWordWrap(true);
    m_unlockButton = new QPushButton(tr("Click to unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));

    m_unlockPanel = new QWidget(this);
    auto* panel = new QVBoxLayout(m_unlockPanel);
    m_unlockForm = new UnlockForm(m_session.database(), m_unlockPanel);
    m_unlockForm->setReturnOnlySubmits(true);
    m_unlockForm->passwordEdit()->setObjectName(QStringLiteral("unlockPassword"));
    m_unlockForm->repeatEdit()->setObjectName(QStringLiteral("repeatUnlockPassword"));
    m_unlockForm->messageLabel()->setObjectName(QStringLiteral("unlockMessage"));
    panel->addWidget(m_unlockForm);
    m_unlockConfirm = new QPushButton(tr("Unlock"), m_unlockPanel);
    m_unlockConfirm->setObjectName(QStringLiteral("unlockConfirmButton"));
    panel->addWidget(m_unlockConfirm, 0, Qt::AlignLeft);
    m_unlockPanel->setVisible(false);

    connect(m_unlockButton, &QPushButton::clicked, this, [this] {
        m_unlockForm->prepare();
        if (UnlockGate(m_session.database()).isSet())
            m_unlockForm->showProblem(QString());
        m_unlockPanel->setVisible(true);
        m_unlockForm->technicianEdit()->setFocus();
    });
    connect(m_unlockConfirm, &QPushButton::clicked, this, &SyncSettingsTab::tryUnlock);
    connect(m_unlockForm, &UnlockForm::submitted, this, &SyncSettingsTab::tryUnlock);
}

void SyncSettingsTab::tryUnlock()
{
    // Kept while the tab lives: every change saved from it is audited in this technician's name.
    m_unlock = m_unlockForm->unlock({UnlockPurpose::kSyncSettings, m_storeId, 0});
    if (!m_unlock)
        return;
    m_unlockPanel->setVisible(false);
    setEditing(true);
}

void SyncSettingsTab::setEditing(bool on)
{
    m_unlocked = on;
    if (!m_editable) {
        m_lockState->setText(QString());
        m_unlockButton->setVisible(false);
    } else if (on) {
        m_lockState->setText(tr("Unlocked. Every change you save is written to the audit log."));
        m_unlockButton->setVisible(false);
    } else {
        m_lockState->setText(tr("These settings are locked."));
        m_unlockButton->setVisible(true);
    }
    askEngine();
}

void SyncSettingsTab::reload()
{
    m_activeSiteId.reset();
    m_with.clear();
    m_includeTransactions.reset();
    m_showing = true;
    m_resyncPatients->setChecked(false);
    m_showing = false;
    const LocalSite& site = m_session.site();
    m_readOnlyReason->setText(m_editable
                                  ? QString()
                                  : tr("Read-only: sync settings are edited only on the central server, site %1.")
                                        .arg(site.siteLabel(site.context().centralSiteId)));
    m_readOnlyReason->setVisible(!m_editable);

    const Result<StoreSyncSettings> stored = m_session.syncSettings().load(m_storeId);
    if (!stored) {
        m_stored.reset();
        m_validation->setText(stored.error().message);
        m_table->setRowCount(0);
        setEnabled(false);
        return;
    }
    m_stored = *stored;
    m_rowSites.clear();
    m_visible.clear();
    const Result<QList<SiteInfo>> sites = m_session.sites().list();
    for (const SiteInfo& info : sites ? *sites : QList<SiteInfo>()) {
        if (info.id == site.siteId())
            continue;
        m_rowSites << info.id;
        const Result<bool> visible = m_session.syncSettings().visibleOnSite(m_storeId, info.id);
        m_visible.insert(info.id, info.isCentral || (visible && *visible));
    }
    m_showing = true;
    m_table->setRowCount(int(m_rowSites.size()));
    for (int row = 0; row < m_rowSites.size(); ++row) {
        const int siteId = m_rowSites[row];
        m_table->setItem(row, SiteColumn, new QTableWidgetItem(site.siteLabel(siteId)));
        auto* local = new QTableWidgetItem;
        local->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        local->setCheckState(Qt::Unchecked);
        m_table->setItem(row, LocalColumn, local);
        auto* with = new QComboBox(m_table);
        with->setObjectName(QStringLiteral("syncWith_%1").arg(siteId));
        for (SyncWith value : {SyncWith::None, SyncWith::ActiveCollector, SyncWith::Transfer})
            with->addItem(syncWithLabel(value), int(value));
        m_table->setCellWidget(row, WithColumn, with);
        connect(with, &QComboBox::currentIndexChanged, this, [this, with, siteId] {
            if (m_showing)
                return;
            m_with.insert(siteId, SyncWith(with->currentData().toInt()));
            askEngine();
        });
        const bool visible = m_visible.value(siteId);
        m_table->setItem(row, VisibleColumn, new QTableWidgetItem(visible ? tr("yes") : tr("no")));
        // Tab goes through the values in the order of the rows, wherever the list was made anew.
        setTabOrder(row == 0 ? static_cast<QWidget*>(m_table) : m_table->cellWidget(row - 1, WithColumn), with);
    }
    m_showing = false;
    setEditing(m_unlocked);
}

SyncSettingsChange SyncSettingsTab::pendingChange() const
{
    SyncSettingsChange change;
    if (!m_stored)
        return change;
    change.activeSiteId = m_activeSiteId;
    for (auto it = m_with.begin(); it != m_with.end(); ++it) {
        if (it.value() != m_stored->withOn(it.key()) || m_activeSiteId)
            change.with.insert(it.key(), it.value());
    }
    change.includeTransactions = m_includeTransactions;
    change.resyncPatients = m_resyncPatients->isChecked();
    return change;
}

void SyncSettingsTab::setLocalSite(int siteId)
{
    if (!m_stored)
        return;
    if (siteId == m_stored->activeSiteId)
        m_activeSiteId.reset();
    else
        m_activeSiteId = siteId;
    // The new active site is Active/collector by definition; the old one gets the engine's default.
    m_with.remove(siteId);
    m_with.remove(m_stored->activeSiteId);
    askEngine();
}

void SyncSettingsTab::askEngine()
{
    if (!m_stored)
        return;
    const SyncSettingsChange change = pendingChange();
    if (change.activeSiteId || !change.with.isEmpty() || change.includeTransactions) {
        const Result<StoreSyncSettings> proposed = m_session.syncSettings().preview(m_storeId, change);
        m_valid = proposed.ok();
        m_validation->setText(proposed ? QString() : proposed.error().message);
        // A refused change stays on screen as the technician made it, next to the reason.
        display(proposed ? *proposed : asAsked(change));
    } else {
        m_valid = true;
        m_validation->clear();
        display(*m_stored);
    }
    Q_EMIT changed();
}

StoreSyncSettings SyncSettingsTab::asAsked(const SyncSettingsChange& change) const
{
    StoreSyncSettings asked = *m_stored;
    change.mergeInto(asked);
    if (change.activeSiteId) {
        asked.activeSiteId = *change.activeSiteId;
        asked.with.insert(asked.activeSiteId, SyncWith::ActiveCollector);
    }
    return asked;
}

void SyncSettingsTab::display(const StoreSyncSettings& settings)
{
    m_showing = true;
    const LocalSite& site = m_session.site();
    const bool editing = m_editable && m_unlocked;
    const int here = site.siteId();
    m_syncId->setText(site.siteLabel(settings.activeSiteId));

    const bool activeHere = settings.activeSiteId == here;
    m_setLocal->setChecked(activeHere);
    m_setLocal->setEnabled(editing && !activeHere);

    const SyncType type = settings.typeOn(here);
    m_syncType->setCurrentIndex(m_syncType->findData(int(type)));
    m_syncType->setEnabled(editing && !activeHere);
    setChoiceEnabled(m_syncType, m_syncType->findData(int(SyncType::Active)), false,
                     tr("Use \"Set as local store\" to make the store active here."));
    setChoiceEnabled(m_syncType, m_syncType->findData(int(SyncType::None)), false,
                     tr("Every store exists on the central server."));

    m_includeTransactionsCheck->setChecked(settings.includeTransactions);
    m_includeTransactionsCheck->setEnabled(editing && settings.dispensary);
    m_includeTransactionsCheck->setToolTip(settings.dispensary ? QString() : tr("For dispensary stores only."));
    m_resyncPatients->setEnabled(editing);

    for (int row = 0; row < m_rowSites.size(); ++row) {
        const int siteId = m_rowSites[row];
        const bool active = settings.activeSiteId == siteId;
        QTableWidgetItem* local = m_table->item(row, LocalColumn);
        local->setCheckState(active ? Qt::Checked : Qt::Unchecked);
        local->setFlags(editing ? (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled) : Qt::ItemIsUserCheckable);
        auto* with = qobject_cast<QComboBox*>(m_table->cellWidget(row, WithColumn));
        with->setCurrentIndex(with->findData(int(settings.withOn(siteId))));
        with->setEnabled(editing && !active);
        const bool visible = m_visible.value(siteId);
        const bool central = siteId == site.context().centralSiteId;
        const QString notVisible = tr("Store '%1' is not visible to any store active on site %2, so that site "
                                      "holds no copy of it.")
                                       .arg(settings.storeId, site.siteLabel(siteId));
        const QString mustKeep = central ? tr("Every store exists on the central server.")
                                         : tr("Store '%1' is visible to a store active on site %2, so that site "
                                              "keeps at least a transfer copy.")
                                               .arg(settings.storeId, site.siteLabel(siteId));
        m_table->item(row, VisibleColumn)->setText(active ? QString() : (visible ? tr("yes") : tr("no")));
        setChoiceEnabled(with, 0, !visible, mustKeep);
        setChoiceEnabled(with, 1, visible, notVisible);
        setChoiceEnabled(with, 2, visible, notVisible);
    }
    m_showing = false;
}

bool SyncSettingsTab::save()
{
    if (!m_editable || !m_unlocked || !hasValidChange())
        return false;
    const SyncSettingsChange change = pendingChange();
    const QString path = m_session.database().path();
    const QString storeId = m_storeId;
    // Measuring and saving take the write lock and, on a large network, some seconds: they run in a
    // worker thread while the window stays alive.
    m_busy->setText(tr("Measuring what the change will cause..."));
    const Result<SyncSettingsImpact> impact = runInBackground<SyncSettingsImpact>(
        path,
        [storeId, change](SiteSession& session) {
            return SyncSettingsImpact::measure(session.syncSettings(), storeId, change);
        },
        window());
    m_busy->clear();
    if (!impact) {
        m_validation->setText(impact.error().message);
        return false;
    }
    ImpactDialog confirm(m_session.site(), *impact, this);
    if (confirm.exec() != QDialog::Accepted)
        return false;
    m_busy->setText(tr("Saving..."));
    const Result<StoreSyncSettings> applied = runInBackground<StoreSyncSettings>(
        path,
        [storeId, change, expected = impact->proposed](SiteSession& session) {
            return session.syncSettings().apply(storeId, change, expected);
        },
        window());
    m_busy->clear();
    if (!applied) {
        m_validation->setText(applied.error().message);
        return false;
    }
    reload();
    Q_EMIT saved();
    return true;
}

}  // namespace sitesync::ui
