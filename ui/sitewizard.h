#pragma once

#include <QWizard>

namespace sitesync {

class SiteSession;

namespace ui {

// The site wizard (AD-2): a new desktop or mobile sync site with its password, made on the central
// server through the engine's SiteRegistry, and what to do next on the site's own machine.
class SiteWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { Kind, Identity, Done };

    explicit SiteWizard(SiteSession& session, QWidget* parent = nullptr);

    SiteSession& session() { return m_session; }
    int createdSiteId() const { return m_created; }
    void setCreated(int siteId) { m_created = siteId; }

private:
    SiteSession& m_session;
    int m_created = 0;
};

}  // namespace ui
}  // namespace sitesync
