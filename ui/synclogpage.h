#pragma once

#include <QWidget>

class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

// What went wrong in syncs (AD-7): each quarantined or refused record with its site, record and
// reason; and the audit trail of unlocks and sync-setting changes (ST-7).
class SyncLogPage : public QWidget {
    Q_OBJECT

public:
    explicit SyncLogPage(SiteSession& session, QWidget* parent = nullptr);
    void refresh();

private:
    SiteSession& m_session;
    QTableWidget* m_problems = nullptr;
    QTableWidget* m_audit = nullptr;
};

}  // namespace ui
}  // namespace sitesync
