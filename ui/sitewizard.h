#pragma once

#include "model/auditlog.h"

#include <QWizard>

#include <memory>

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
    ~SiteWizard() override;

    SiteSession& session() { return m_session; }
    int createdSiteId() const { return m_created; }
    // The site made, and the unlock that allowed it: kept while the wizard lives, so that its data
    // file exported next is audited in the same technician's name.
    void setCreated(int siteId, std::unique_ptr<AuditActor> unlock);

private:
    SiteSession& m_session;
    int m_created = 0;
    std::unique_ptr<AuditActor> m_unlock;
};

}  // namespace ui
}  // namespace sitesync
