#include "storedialog.h"

#include "site/sitesession.h"
#include "syncsettingstab.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

StoreDialog::StoreDialog(SiteSession& session, const QString& storeId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("storeDialog"));
    const Result<StoreInfo> store = session.stores().find(storeId);
    setWindowTitle(store ? tr("Store %1 (%2)").arg(store->name, store->code) : tr("Store %1").arg(storeId));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("storeTabs"));
    layout->addWidget(tabs);

    auto* general = new QWidget(tabs);
    auto* form = new QFormLayout(general);
    if (store) {
        form->addRow(tr("ID:"), new QLabel(store->id, general));
        form->addRow(tr("Code:"), new QLabel(store->code, general));
        form->addRow(tr("Name:"), new QLabel(store->name, general));
        form->addRow(tr("Dispensary:"), new QLabel(store->dispensary ? tr("yes") : tr("no"), general));
        auto* note = new QLabel(tr("Store records are edited on the primary server (ST-6)."), general);
        note->setWordWrap(true);
        form->addRow(note);
    } else {
        form->addRow(new QLabel(store.error().message, general));
    }
    tabs->addTab(general, tr("General"));

    m_syncTab = new SyncSettingsTab(session, storeId, tabs);
    m_syncTab->setObjectName(QStringLiteral("syncSettingsTab"));
    tabs->addTab(m_syncTab, tr("Synchronisation"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setEnabled(false);
    m_save->setVisible(m_syncTab->isEditable());
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, m_syncTab, &SyncSettingsTab::save);
    connect(m_syncTab, &SyncSettingsTab::changed, this, [this] { m_save->setEnabled(m_syncTab->hasValidChange()); });
    connect(m_syncTab, &SyncSettingsTab::saved, this, [this] { m_save->setEnabled(false); });
    layout->addWidget(buttons);
    resize(720, 560);
}

}  // namespace sitesync::ui
