#pragma once

#include "colours.h"
#include "core/clock.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

// The sync report (AD-5): when each remote site last connected to the central server, in red when
// that was over a month ago or never.
class SyncReportPage : public QWidget {
    Q_OBJECT

public:
    SyncReportPage(SiteSession& session, Clock clock, QWidget* parent = nullptr);
    void refresh();

    static QColor overdueColour() { return errorColour(); }

private:
    SiteSession& m_session;
    Clock m_clock;
    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
};

}  // namespace ui
}  // namespace sitesync
