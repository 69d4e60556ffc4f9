#include "storedialog.h"

#include "site/sitesession.h"
#include "storevisibilitytab.h"
#include "syncsettingstab.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
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
        auto* note = new QLabel(tr("Store records are edited on the primary server."), general);
        note->setWordWrap(true);
        form->addRow(note);
    } else {
        form->addRow(new QLabel(store.error().message, general));
    }
    tabs->addTab(general, tr("General"));

    m_syncTab = new SyncSettingsTab(session, storeId, tabs);
    m_syncTab->setObjectName(QStringLiteral("syncSettingsTab"));
    tabs->addTab(m_syncTab, tr("Synchronisation"));
    m_visibilityTab = new StoreVisibilityTab(session, storeId, tabs);
    m_visibilityTab->setObjectName(QStringLiteral("visibilityTab"));
    tabs->addTab(m_visibilityTab, tr("Visibility"));

    auto* bottom = new QHBoxLayout;
    m_saved = new QLabel(tr("Saved."), this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_saved->setVisible(false);
    bottom->addWidget(m_saved);
    const bool editable = m_syncTab->isEditable();
    auto* buttons = new QDialogButtonBox(
        editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply : QDialogButtonBox::Close,
        this);
    if (editable) {
        m_ok = buttons->button(QDialogButtonBox::Ok);
        m_ok->setObjectName(QStringLiteral("okButton"));
        buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
        m_apply = buttons->button(QDialogButtonBox::Apply);
        // "saveButton": the button that saves and stays, as it always was.
        m_apply->setObjectName(QStringLiteral("saveButton"));
        connect(m_apply, &QPushButton::clicked, this, [this] {
            if (apply())
                m_saved->setVisible(true);
        });
        connect(buttons, &QDialogButtonBox::accepted, this, &StoreDialog::accept);
    } else {
        buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &StoreDialog::reject);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    connect(m_syncTab, &SyncSettingsTab::changed, this, [this] {
        // The Visibility tab is unlocked with the Synchronisation tab.
        m_visibilityTab->setUnlocked(m_syncTab->isUnlocked());
        updateButtons();
    });
    connect(m_visibilityTab, &StoreVisibilityTab::changed, this, &StoreDialog::updateButtons);
    updateButtons();
    resize(720, 560);
}

bool StoreDialog::hasUnsavedChanges() const
{
    return !m_syncTab->pendingChange().isEmpty() || m_visibilityTab->hasChange();
}

void StoreDialog::updateButtons()
{
    const bool syncChanged = !m_syncTab->pendingChange().isEmpty();
    const bool valid = !syncChanged || m_syncTab->hasValidChange();
    if (hasUnsavedChanges())
        m_saved->setVisible(false);
    if (m_apply)
        m_apply->setEnabled(valid && hasUnsavedChanges());
    if (m_ok)
        m_ok->setEnabled(valid);
}

bool StoreDialog::apply()
{
    // The sync settings first: a visibility saved afterwards is measured against them.
    if (!m_syncTab->pendingChange().isEmpty() && !m_syncTab->save())
        return false;
    if (m_visibilityTab->hasChange()) {
        if (!m_visibilityTab->save())
            return false;
        // What visibility gives is the Synchronisation tab's to show.
        m_syncTab->reload();
    }
    updateButtons();
    return true;
}

void StoreDialog::accept()
{
    if (hasUnsavedChanges() && !apply())
        return;
    QDialog::accept();
}

void StoreDialog::reject()
{
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard the changes?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("discardChanges"));
        box.setInformativeText(tr("What you changed on this store has not been saved."));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

}  // namespace sitesync::ui
