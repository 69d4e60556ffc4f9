#pragma once

#include <QWidget>

class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

// The sync sites of the network: type, role, the stores active on each, and its connections.
class SitesPage : public QWidget {
    Q_OBJECT

public:
    explicit SitesPage(SiteSession& session, QWidget* parent = nullptr);
    void refresh();

private:
    SiteSession& m_session;
    QTableWidget* m_table = nullptr;
};

}  // namespace ui
}  // namespace sitesync
