#pragma once

#include <QDialog>

class QTableWidget;

namespace sitesync {

class SiteSession;
struct SiteStatus;

namespace ui {

// Help > About (AD-4, ACC-4): the program, the site, and every table with its record count, the
// outgoing queue (sync_out) included; then what waits to be applied, the open sync problems and, on
// the central, what waits for each remote site (table "syncCounts", each row's key in Qt::UserRole).
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(SiteSession& session, QWidget* parent = nullptr);

    static constexpr const char* kWaitingKey = "waiting";
    static constexpr const char* kProblemsKey = "problems";
    static QString queuedKey(int siteId);

private:
    QTableWidget* newSyncCounts(SiteSession& session);
    static void showSyncCounts(QTableWidget* table, const SiteStatus& status);
};

}  // namespace ui
}  // namespace sitesync
