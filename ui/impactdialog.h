#pragma once

#include <QDialog>

namespace sitesync {

class LocalSite;
struct SyncSettingsImpact;

namespace ui {

// Shown before sync settings are saved: the records the change queues for each site, the copies
// it removes or cuts down, and what deserves a warning. Saving needs an explicit confirmation.
class ImpactDialog : public QDialog {
    Q_OBJECT

public:
    ImpactDialog(const LocalSite& site, const SyncSettingsImpact& impact, QWidget* parent = nullptr);
};

}  // namespace ui
}  // namespace sitesync
