#pragma once

#include "colours.h"
#include "core/result.h"
#include "report/sitestatus.h"

#include <QColor>
#include <QMap>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

class StatusWatcher;

// The sync report (AD-5, ACC-4): when each remote site last connected to the central server, in red
// and said to be overdue, with a warning sign, when that was over a month ago or never; what it reported then (version,
// queue, problems) and what waits for it on the central; a badge on a site that needs action
// (SiteContact::needsAttention).
class SyncReportPage : public QWidget {
    Q_OBJECT

public:
    SyncReportPage(SiteSession& session, QWidget* parent = nullptr);
    void refresh();

    static QColor overdueColour() { return errorColour(); }
    static QColor attentionColour() { return ui::attentionColour(); }

    // The column of the "action needed" badge.
    static constexpr int kAttentionColumn = 4;
    // Item data of every cell of a site's row: whether it needs attention (Qt::UserRole holds
    // whether it is overdue).
    static constexpr int kAttentionRole = Qt::UserRole + 1;

private:
    void showQueued(const Result<SiteStatus>& status);
    // The "Age" column: how long ago, and whether that is overdue (or "overdue" for a site never seen).
    static QString ageText(const QDateTime& last, const QDateTime& now, bool overdue);

    SiteSession& m_session;
    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
    StatusWatcher* m_status = nullptr;  // counts what waits for each site, off the window's thread
    QList<int> m_rowSites;
    QMap<int, int> m_lastWaiting;  // the last count of what waits for each site on the central
};

}  // namespace ui
}  // namespace sitesync
