#pragma once

#include "model/auditlog.h"
#include "model/syncsettings.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

class UnlockForm;

// The store's Synchronisation tab (ST-4, ST-5, ST-7). It is read-only except on the central server,
// and there until "Click to unlock" accepts the unlock password. Every tick and value asks the
// engine what the settings would become, and shows that, so what is on screen is what is saved.
class SyncSettingsTab : public QWidget {
    Q_OBJECT

public:
    SyncSettingsTab(SiteSession& session, const QString& storeId, QWidget* parent = nullptr);
    ~SyncSettingsTab() override;

    bool isEditable() const { return m_editable; }
    bool isUnlocked() const { return m_unlocked; }
    // What the technician asked for, relative to the stored settings.
    SyncSettingsChange pendingChange() const;
    bool hasValidChange() const { return m_valid && !pendingChange().isEmpty(); }
    // Shows what saving would cause, and saves when the technician confirms. Returns whether saved.
    bool save();
    // Reads the stored settings again, dropping what was not saved (after visibility was saved).
    void reload();

Q_SIGNALS:
    void changed();
    void saved();

private:
    void buildLockPanel();
    void askEngine();
    void display(const StoreSyncSettings& settings);
    // The settings exactly as the technician asked, for showing next to the engine's refusal.
    StoreSyncSettings asAsked(const SyncSettingsChange& change) const;
    void setLocalSite(int siteId);
    void setEditing(bool on);
    void tryUnlock();

    SiteSession& m_session;
    QString m_storeId;
    bool m_editable = false;  // the central server
    bool m_unlocked = false;
    bool m_valid = true;
    bool m_showing = false;  // filling the widgets, not the technician
    std::optional<StoreSyncSettings> m_stored;
    QList<int> m_rowSites;  // the site of each row of the table
    QMap<int, bool> m_visible;

    // What the technician changed.
    std::optional<int> m_activeSiteId;
    QMap<int, SyncWith> m_with;
    std::optional<bool> m_includeTransactions;

    QLabel* m_lockState = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QWidget* m_unlockPanel = nullptr;
    UnlockForm* m_unlockForm = nullptr;
    QPushButton* m_unlockConfirm = nullptr;
    std::unique_ptr<AuditActor> m_unlock;  // the technician who unlocked, the actor of what is saved
    QLabel* m_readOnlyReason = nullptr;
    QComboBox* m_syncType = nullptr;
    QCheckBox* m_setLocal = nullptr;
    QCheckBox* m_includeTransactionsCheck = nullptr;
    QCheckBox* m_resyncPatients = nullptr;
    QLineEdit* m_syncId = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_validation = nullptr;
    QLabel* m_busy = nullptr;
};

}  // namespace ui
}  // namespace sitesync
