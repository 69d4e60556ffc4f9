#pragma once

#include <QDialog>

namespace sitesync {

class SiteSession;

namespace ui {

// Help > About (AD-4): the program, the site, and every table with its record count, the
// outgoing queue (sync_out) included.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(SiteSession& session, QWidget* parent = nullptr);
};

}  // namespace ui
}  // namespace sitesync
