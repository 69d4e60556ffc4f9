#pragma once

#include <QWidget>

class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

class SyncProblemsPanel;

// What went wrong in syncs (AD-7): each quarantined or refused record with its site, record and
// reason, to retry or dismiss (ACC-2); and the audit trail of unlocks, sync-setting changes and
// what was done with sync problems (ST-7).
class SyncLogPage : public QWidget {
    Q_OBJECT

public:
    explicit SyncLogPage(SiteSession& session, QWidget* parent = nullptr);
    void refresh();

private:
    void refreshAudit();

    SiteSession& m_session;
    SyncProblemsPanel* m_problems = nullptr;
    QTableWidget* m_audit = nullptr;
};

}  // namespace ui
}  // namespace sitesync
