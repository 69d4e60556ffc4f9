#pragma once

#include "client/syncphase.h"
#include "core/result.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QSpinBox;
class QToolButton;

namespace sitesync {

class CredentialStore;
class SiteSession;
struct SiteStatus;
class SyncThread;

namespace ui {

class ShorteningLabel;
class StatusWatcher;

// The bottom left of the main window (AD-4, TOP-3): how many records wait in the outgoing queue,
// and on a remote site the "sync now" button with live progress and a way to cancel, and the
// schedule (every N minutes; 0 pauses) that starts syncs by itself. The outcome of a sync says
// when it came. A text longer than its room is cut short, whole in its tooltip, so that in every
// language each part keeps its own room.
class SyncStatusWidget : public QWidget {
    Q_OBJECT

public:
    SyncStatusWidget(SiteSession& session, std::shared_ptr<CredentialStore> credentials, QWidget* parent = nullptr);
    ~SyncStatusWidget() override;

    bool isSyncing() const { return m_syncing; }
    // Whether the queue is being counted (in a worker thread) right now.
    bool isCounting() const;

public Q_SLOTS:
    void refreshCount();
    void syncNow();
    void cancel();

Q_SIGNALS:
    void syncFinished(bool completed, const QString& message);

private:
    void showCount(const Result<SiteStatus>& status);
    void ensureThread();
    void showStarted();
    void setInterval(int minutes);
    void showProgress(sitesync::SyncPhase phase, qint64 done, qint64 total);
    void showWaiting(int retry, int seconds);
    void finish(bool completed, const QString& message);
    // Shows `text` in `label`, whole in its tooltip too.
    static void showText(QLabel* label, const QString& text);
    // An outcome, after the time it came: "12:41 — Synchronised: ...".
    void showOutcome(const QString& text);

    SiteSession& m_session;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SyncThread> m_thread;  // started at the first sync
    StatusWatcher* m_status = nullptr;
    ShorteningLabel* m_count = nullptr;
    QToolButton* m_syncNow = nullptr;
    QProgressBar* m_progress = nullptr;
    ShorteningLabel* m_phase = nullptr;
    QToolButton* m_cancel = nullptr;
    QSpinBox* m_interval = nullptr;
    bool m_syncing = false;
};

}  // namespace ui
}  // namespace sitesync
