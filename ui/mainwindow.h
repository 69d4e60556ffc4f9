#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

// The administration window: the stores of the open site and, always at the bottom left, the
// number of records in the outgoing queue (AD-4).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<SiteSession> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void refresh();

private:
    std::unique_ptr<SiteSession> m_session;
    QTableWidget* m_stores = nullptr;
    QLabel* m_queue = nullptr;
};

}  // namespace ui
}  // namespace sitesync
