#pragma once

#include "core/result.h"
#include "model/auditlog.h"
#include "report/sitestatus.h"
#include "settings/unlockgate.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

class StatusWatcher;

// The sync sites of the network: type, role, the stores active on each, and its connections; on
// the central server, a new site (the site wizard), a new desktop site's data file (AD-2), a reset of a site's hardware
// binding (TOP-4) and the deletion of an empty site (TOP-6), each through the engine's SiteRegistry.
class SitesPage : public QWidget {
    Q_OBJECT

public:
    explicit SitesPage(SiteSession& session, QWidget* parent = nullptr);
    void refresh();
    // Where the columns of what each site reported start (SiteContactColumns).
    static constexpr int kContactColumn = 7;

    void newSite();
    void resetSelectedBinding();
    void exportSelected();
    void deleteSelected();

Q_SIGNALS:
    void sitesChanged();

private:
    int selectedSite() const;
    void exportSite(int siteId);
    void updateButtons();
    // The unlock step before an action only technicians may take, with what the action does.
    std::unique_ptr<AuditActor> unlockFor(const UnlockScope& scope, const QString& question, const QString& action,
                                          const QString& warning = {});
    void report(const Status& status, const QString& done);
    void showQueued(const Result<SiteStatus>& status);

    SiteSession& m_session;
    QTableWidget* m_table = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_message = nullptr;
    StatusWatcher* m_status = nullptr;  // on the central: counts what waits for each site, off the window's thread
    QList<int> m_rowSites;
    QMap<int, int> m_lastWaiting;  // the last count of what waits for each site on the central
};

}  // namespace ui
}  // namespace sitesync
