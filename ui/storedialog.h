#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace sitesync {

class SiteSession;

namespace ui {

class StoreVisibilityTab;
class SyncSettingsTab;

// A store: its record (General), its Synchronisation tab (AD-1, ST-4) and where it is visible
// (Visibility, ST-5). On the central server OK saves and closes, Apply saves and stays, Cancel
// closes; changes not saved are dropped only after the technician agrees.
class StoreDialog : public QDialog {
    Q_OBJECT

public:
    StoreDialog(SiteSession& session, const QString& storeId, QWidget* parent = nullptr);

    SyncSettingsTab* syncTab() const { return m_syncTab; }
    StoreVisibilityTab* visibilityTab() const { return m_visibilityTab; }
    // Whether anything changed on screen has not been saved.
    bool hasUnsavedChanges() const;

    void accept() override;
    void reject() override;

private:
    // Saves every tab's changes, each after its impact preview. Returns whether all were saved.
    bool apply();
    void updateButtons();

    SyncSettingsTab* m_syncTab = nullptr;
    StoreVisibilityTab* m_visibilityTab = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_saved = nullptr;
};

}  // namespace ui
}  // namespace sitesync
