#pragma once

#include "client/remotesync.h"
#include "core/clock.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

class QTimer;

namespace sitesync {

class CredentialStore;
class Database;
class SiteSession;

// Runs a remote site's synchronisation in its own thread, with its own database connection
// (DESIGN.md "Sync"): on a schedule (interval in minutes; 0 pauses), at once on "sync now", and
// cancellable, reporting phase and progress as it goes.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    // `clock`: the site's clock, given to the worker's own session (core/clock.h).
    SyncWorker(QString databasePath, std::shared_ptr<CredentialStore> credentials, Clock clock = systemClock());
    ~SyncWorker() override;

    // Thread-safe: the running sync stops at its next step and reports that it was cancelled. A
    // cancel given after "sync now" was asked for and before the sync began cancels that sync.
    void cancel() { m_cancelled = true; }
    // Thread-safe: forgets a cancel that came too late for the sync it was meant for.
    void clearCancel() { m_cancelled = false; }

    // The site's schedule as the technician set it (kept in the site's database, never synced).
    static constexpr int kDefaultIntervalMinutes = 10;
    static constexpr int kMaxIntervalMinutes = 24 * 60;
    static int storedIntervalMinutes(Database& db);
    static Status storeIntervalMinutes(Database& db, int minutes);

public Q_SLOTS:
    void setIntervalMinutes(int minutes) { setInterval(std::chrono::minutes(minutes)); }
    // The schedule; zero pauses it.
    void setInterval(std::chrono::milliseconds interval);
    void syncNow();
    // Stops the schedule for good and cancels a sync in progress; `stopped` follows once no sync
    // runs (at once when none does). For a program that ends when asked to.
    void stop();

Q_SIGNALS:
    void started();
    void progress(sitesync::SyncPhase phase, qint64 done, qint64 total);
    // The link to the central failed: retry `retry` starts in `seconds` (docs/reliability.md).
    void waitingForLink(int retry, int seconds);
    void finished(bool completed, const QString& message);
    void stopped();

private:
    Status ensureSession();

    QString m_path;
    Clock m_clock;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SiteSession> m_session;  // opened in the worker's thread
    QTimer* m_timer = nullptr;
    std::atomic_bool m_cancelled = false;
    bool m_running = false;
    bool m_stopping = false;
};

// Owns the worker thread: starts it, forwards requests to it, and stops it when destroyed.
class SyncThread : public QObject {
    Q_OBJECT

public:
    SyncThread(const QString& databasePath, std::shared_ptr<CredentialStore> credentials, Clock clock = systemClock(),
               QObject* parent = nullptr);
    ~SyncThread() override;

    SyncWorker* worker() const { return m_worker; }
    void syncNow();
    void setIntervalMinutes(int minutes) { setInterval(std::chrono::minutes(minutes)); }
    void setInterval(std::chrono::milliseconds interval);
    void cancel() { m_worker->cancel(); }
    // Cancels a sync in progress at once and stops the schedule; the worker says `stopped` when done.
    void stop();

private:
    QThread m_thread;
    SyncWorker* m_worker;
};

}  // namespace sitesync
