#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

// The store's Visibility tab: the other stores, with a tick where this store is visible in them,
// which its copies follow (ST-5). Changed only on the central server, after the unlock of the
// Synchronisation tab; saving shows the impact preview first.
class StoreVisibilityTab : public QWidget {
    Q_OBJECT

public:
    StoreVisibilityTab(SiteSession& session, const QString& storeId, QWidget* parent = nullptr);

    bool isEditable() const { return m_editable; }
    void setUnlocked(bool unlocked);
    // The ticks the technician changed: other store -> visible.
    QMap<QString, bool> pendingChange() const;
    bool hasChange() const { return !pendingChange().isEmpty(); }
    // Shows what saving would cause, and saves when the technician confirms. Returns whether saved.
    bool save();
    // Reads the visibility again, dropping what was not saved.
    void reload();

Q_SIGNALS:
    void changed();
    void saved();

private:
    void showState();

    SiteSession& m_session;
    QString m_storeId;
    bool m_editable = false;  // the central server
    bool m_unlocked = false;
    bool m_showing = false;
    QMap<QString, bool> m_stored;  // other store -> visible, as saved
    QStringList m_rowStores;

    QLabel* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_busy = nullptr;
};

}  // namespace ui
}  // namespace sitesync
