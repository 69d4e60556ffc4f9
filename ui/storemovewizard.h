#pragma once

#include "settings/storemove.h"

#include <QWizard>

namespace sitesync {

class SiteSession;

namespace ui {

// The store move wizard (AD-3): the specification's move procedure as pages, each checked before
// the next: where the store goes (an existing site, the central, or a new site), what stays on the
// 'From' site, whether both sites are synchronised and data entry is frozen, what the move will
// cause, the unlock password, and the move itself. Every step is the engine's StoreMove; the wizard
// only gathers the plan.
class StoreMoveWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { Destination, FromKeeps, Check, Impact, Unlock, Run };

    StoreMoveWizard(SiteSession& session, const QString& storeId, QWidget* parent = nullptr);

    SiteSession& session() { return m_session; }
    const QString& storeId() const { return m_storeId; }
    int fromSiteId() const { return m_fromSiteId; }
    StoreMovePlan& plan() { return m_plan; }
    bool moved() const { return m_moved; }
    void setMoved(bool moved) { m_moved = moved; }

private:
    SiteSession& m_session;
    QString m_storeId;
    int m_fromSiteId = 0;
    StoreMovePlan m_plan;
    bool m_moved = false;
};

}  // namespace ui
}  // namespace sitesync
