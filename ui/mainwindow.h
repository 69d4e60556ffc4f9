#pragma once

#include "core/clock.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QTimer;

namespace sitesync {

class CredentialStore;
class SiteSession;

namespace ui {

class ReportsPage;
class SitesPage;
class StoresPage;
class SyncLogPage;
class SyncReportPage;
class TopologyPage;
class SyncStatusWidget;

struct MainWindowOptions {
    // Where a remote site's sync password is kept; the operating system's keychain when unset.
    std::shared_ptr<CredentialStore> credentials;
    // The site's clock, set on the session's database and given to the sync thread (so it is also
    // called from there); the session's own when unset.
    Clock clock;
};

// The administration window: a navigator (stores, sites, sync log, sync report, reports, topology), and
// always at the bottom left the outgoing queue with "sync now" (AD-4, TOP-3). The Language menu
// switches every text of the window at once (AD-8).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Stores, Sites, SyncLog, SyncReport, Reports, Topology };

    explicit MainWindow(std::unique_ptr<SiteSession> session, MainWindowOptions options = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    SiteSession& session() { return *m_session; }
    StoresPage* storesPage() const { return m_stores; }
    SyncStatusWidget* syncStatus() const { return m_status; }

Q_SIGNALS:
    // The technician chose a language in the Language menu (AD-8); the window already speaks it.
    void languageChosen(const QString& code);

public Q_SLOTS:
    void refresh();
    // What the timer runs: the queue count and the page, unless the page is costly to compute.
    void refreshQuietly();
    void showAbout();
    // File > Change unlock password... (on the central server).
    void changeUnlockPassword();

private:
    void refreshPage();

    std::unique_ptr<SiteSession> m_session;
    QListWidget* m_navigator = nullptr;
    QStackedWidget* m_pages = nullptr;
    StoresPage* m_stores = nullptr;
    SitesPage* m_sites = nullptr;
    SyncLogPage* m_syncLog = nullptr;
    SyncReportPage* m_syncReport = nullptr;
    ReportsPage* m_reports = nullptr;
    TopologyPage* m_topology = nullptr;
    SyncStatusWidget* m_status = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

}  // namespace ui
}  // namespace sitesync
