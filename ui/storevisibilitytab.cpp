#include "storevisibilitytab.h"

#include "backgroundtask.h"
#include "colours.h"
#include "impactdialog.h"
#include "settings/storevisibility.h"
#include "settings/syncsettingsimpact.h"
#include "site/sitesession.h"
#include "tables.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

namespace {

enum Column { StoreColumn, ActiveColumn, VisibleColumn };

}  // namespace

StoreVisibilityTab::StoreVisibilityTab(SiteSession& session, const QString& storeId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_storeId(storeId)
    , m_editable(session.site().isCentral())
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tick the stores store %1 is visible in. Each site where one of them is active "
                                "holds at least a transfer copy of store %1; a site where none is holds no copy.")
                                 .arg(storeId),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("visibilityState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_table = newReadOnlyTable(this, QStringLiteral("visibilityTable"),
                               {tr("Store"), tr("Active on"), tr("Store %1 visible in it").arg(storeId)}, {0, 1});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("visibilityProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(errorStyleSheet());
    layout->addWidget(m_problem);
    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("visibilityBusy"));
    layout->addWidget(m_busy);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_showing && item->column() == VisibleColumn)
            Q_EMIT changed();
    });
    reload();
}

void StoreVisibilityTab::reload()
{
    m_problem->clear();
    const Result<QList<StoreVisibilityRow>> rows = StoreVisibility(m_session.syncSettings()).of(m_storeId);
    m_stored.clear();
    m_rowStores.clear();
    m_showing = true;
    m_table->setRowCount(0);
    if (!rows) {
        m_problem->setText(rows.error().message);
    } else {
        m_table->setRowCount(int(rows->size()));
        for (int row = 0; row < rows->size(); ++row) {
            const StoreVisibilityRow& one = rows->at(row);
            m_stored.insert(one.storeId, one.visible);
            m_rowStores << one.storeId;
            m_table->setItem(row, StoreColumn, new QTableWidgetItem(one.storeName));
            m_table->setItem(row, ActiveColumn, new QTableWidgetItem(m_session.site().siteLabel(one.activeSiteId)));
            auto* visible = new QTableWidgetItem;
            visible->setCheckState(one.visible ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, VisibleColumn, visible);
        }
    }
    m_showing = false;
    showState();
    Q_EMIT changed();
}

void StoreVisibilityTab::setUnlocked(bool unlocked)
{
    if (m_unlocked == unlocked)
        return;
    m_unlocked = unlocked;
    showState();
}

void StoreVisibilityTab::showState()
{
    const LocalSite& site = m_session.site();
    const bool editing = m_editable && m_unlocked;
    if (!m_editable)
        m_state->setText(tr("Read-only: visibility is changed only on the central server, site %1.")
                             .arg(site.siteLabel(site.context().centralSiteId)));
    else if (!m_unlocked)
        m_state->setText(tr("Locked: unlock the settings on the Synchronisation tab to change visibility."));
    else
        m_state->setText(tr("Unlocked. Every change you save is written to the audit log."));
    m_showing = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* visible = m_table->item(row, VisibleColumn);
        visible->setFlags(editing ? (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled) : Qt::ItemIsUserCheckable);
    }
    m_showing = false;
}

QMap<QString, bool> StoreVisibilityTab::pendingChange() const
{
    QMap<QString, bool> change;
    for (int row = 0; row < m_rowStores.size(); ++row) {
        const bool visible = m_table->item(row, VisibleColumn)->checkState() == Qt::Checked;
        if (visible != m_stored.value(m_rowStores[row]))
            change.insert(m_rowStores[row], visible);
    }
    return change;
}

bool StoreVisibilityTab::save()
{
    if (!m_editable || !m_unlocked || !hasChange())
        return false;
    const QMap<QString, bool> change = pendingChange();
    const QString path = m_session.database().path();
    const QString storeId = m_storeId;
    m_problem->clear();
    // As for sync settings: measuring and saving can take seconds on a large network.
    m_busy->setText(tr("Measuring what the change will cause..."));
    const Result<SyncSettingsImpact> impact = runInBackground<SyncSettingsImpact>(
        path,
        [storeId, change](SiteSession& session) {
            return StoreVisibility(session.syncSettings()).measure(storeId, change);
        },
        window());
    m_busy->clear();
    if (!impact) {
        m_problem->setText(impact.error().message);
        return false;
    }
    ImpactDialog confirm(m_session.site(), *impact, this,
                         tr("Save the visibility of %1?").arg(impact->proposed.storeName));
    if (confirm.exec() != QDialog::Accepted)
        return false;
    m_busy->setText(tr("Saving..."));
    const Result<QStringList> applied = runInBackground<QStringList>(
        path,
        [storeId, change](SiteSession& session) {
            return StoreVisibility(session.syncSettings()).apply(storeId, change);
        },
        window());
    m_busy->clear();
    if (!applied) {
        m_problem->setText(applied.error().message);
        return false;
    }
    reload();
    Q_EMIT saved();
    return true;
}

}  // namespace sitesync::ui
