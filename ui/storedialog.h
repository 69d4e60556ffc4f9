#pragma once

#include <QDialog>

class QPushButton;
class QTabWidget;

namespace sitesync {

class SiteSession;

namespace ui {

class SyncSettingsTab;

// A store: its record (General) and its Synchronisation tab (AD-1, ST-4).
class StoreDialog : public QDialog {
    Q_OBJECT

public:
    StoreDialog(SiteSession& session, const QString& storeId, QWidget* parent = nullptr);

    SyncSettingsTab* syncTab() const { return m_syncTab; }

private:
    SyncSettingsTab* m_syncTab = nullptr;
    QPushButton* m_save = nullptr;
};

}  // namespace ui
}  // namespace sitesync
