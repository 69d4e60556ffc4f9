#pragma once

#include <QDialog>

class QTableWidget;

namespace sitesync {

class LocalSite;
struct SyncSettingsImpact;

namespace ui {

// What a change will cause: the records it queues for each site, the copies it removes or cuts
// down, and what deserves a warning. The content of the impact preview, and of the store move
// wizard's page before the move.
class ImpactView : public QWidget {
    Q_OBJECT

public:
    enum class Action { Save, Move };

    ImpactView(const LocalSite& site, const SyncSettingsImpact& impact, Action action = Action::Save,
               QWidget* parent = nullptr);

    // Wide enough for every column of its tables, tall enough for their rows.
    QSize sizeHint() const override;

private:
    QTableWidget* m_queued = nullptr;
    QTableWidget* m_copies = nullptr;
};

// Shown before sync settings are saved: the impact, and saving needs an explicit confirmation.
class ImpactDialog : public QDialog {
    Q_OBJECT

public:
    ImpactDialog(const LocalSite& site, const SyncSettingsImpact& impact, QWidget* parent = nullptr,
                 const QString& title = {});
};

// A size that shows `wanted`, at least `minimum`, and fits on the screen of `widget`.
QSize sizeOnScreen(const QWidget* widget, QSize wanted, QSize minimum);

}  // namespace ui
}  // namespace sitesync
