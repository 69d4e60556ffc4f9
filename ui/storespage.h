#pragma once

#include <QWidget>

class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

// The stores of the network, where each is active, and the way into a store's dialog (AD-1).
class StoresPage : public QWidget {
    Q_OBJECT

public:
    explicit StoresPage(SiteSession& session, QWidget* parent = nullptr);

    void refresh();
    // Opens the selected store's dialog (modal).
    void openSelected();
    // Runs the store move wizard for the selected store (modal, central only).
    void moveSelected();

Q_SIGNALS:
    void storeChanged();

private:
    SiteSession& m_session;
    QTableWidget* m_table = nullptr;
};

}  // namespace ui
}  // namespace sitesync
