#include "storespage.h"

#include "language.h"
#include "site/sitesession.h"
#include "storedialog.h"
#include "storemovewizard.h"
#include "syncsettingstab.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

namespace {

// The store's name and the site it is active on give way when the window is narrow.
enum Column { IdColumn, CodeColumn, NameColumn, DispensaryColumn, ActiveOnColumn };

}  // namespace

StoresPage::StoresPage(SiteSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(this);
    layout->addWidget(title);
    m_table =
        newReadOnlyTable(this, QStringLiteral("storeTable"),
                         [] {
                             return QStringList{tr("ID"), tr("Code"), tr("Name"), tr("Dispensary"), tr("Active on")};
                         },
                         {NameColumn, ActiveOnColumn});
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(this);
    open->setObjectName(QStringLiteral("openStoreButton"));
    buttons->addWidget(open);
    auto* move = new QPushButton(this);
    move->setObjectName(QStringLiteral("moveStoreButton"));
    move->setVisible(session.site().isCentral());
    buttons->addWidget(move);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &StoresPage::openSelected);
    connect(move, &QPushButton::clicked, this, &StoresPage::moveSelected);
    // A double click or Return on a row opens the store.
    connect(m_table, &QTableWidget::activated, this, &StoresPage::openSelected);
    setTabOrder(m_table, open);
    setTabOrder(open, move);
    followLanguage(this, [=, this] {
        title->setText(tr("<b>Stores</b>"));
        open->setText(tr("&Open store..."));
        move->setText(tr("&Move store..."));
        move->setToolTip(tr("Move the selected store's active copy to another site."));
        refresh();
    });
}

void StoresPage::refresh()
{
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
                                 ? m_table->item(m_table->currentRow(), 0)->text()
                                 : QString();
    LocalSite& site = m_session.site();
    const Result<QList<StoreInfo>> stores = m_session.stores().list();
    const QList<StoreInfo> rows = stores ? *stores : QList<StoreInfo>();
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const StoreInfo& store = rows[row];
        const QStringList cells = {store.id, store.code, store.name, store.dispensary ? tr("yes") : tr("no"),
                                   store.activeSiteId ? site.siteLabel(*store.activeSiteId) : tr("unknown here")};
        setRowTexts(m_table, row, cells);
        if (store.id == selected)
            m_table->selectRow(row);
    }
    if (m_table->currentRow() < 0 && !rows.isEmpty())
        m_table->selectRow(0);
}

void StoresPage::moveSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    StoreMoveWizard wizard(m_session, m_table->item(row, 0)->text(), this);
    wizard.exec();
    if (wizard.moved())
        Q_EMIT storeChanged();
    refresh();
}

void StoresPage::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    StoreDialog dialog(m_session, m_table->item(row, 0)->text(), this);
    connect(dialog.syncTab(), &SyncSettingsTab::saved, this, &StoresPage::storeChanged);
    dialog.exec();
    refresh();
}

}  // namespace sitesync::ui
