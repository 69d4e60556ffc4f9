#include "client/syncworker.h"

#include "credentials/credentialstore.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QTimer>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncWorker)
};

}  // namespace

SyncWorker::SyncWorker(QString databasePath, std::shared_ptr<CredentialStore> credentials, Clock clock)
    : m_path(std::move(databasePath))
    , m_clock(std::move(clock))
    , m_credentials(std::move(credentials))
{
}

// The session and timer are destroyed in the worker's thread (see SyncThread), like they were made.
SyncWorker::~SyncWorker() = default;

Status SyncWorker::ensureSession()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] {
            // A tick can come while a sync waits on the network (its event loop runs the timer);
            // that sync, and a cancel meant for it, are left alone.
            if (m_running)
                return;
            // Nobody can have meant to cancel a sync the schedule is only now starting.
            m_cancelled = false;
            syncNow();
        });
    }
    if (!m_session) {
        Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_path);
        if (!session)
            return session.error();
        m_session = std::move(session).value();
        m_session->database().setClock(m_clock);
    }
    return {};
}

void SyncWorker::setInterval(std::chrono::milliseconds interval)
{
    (void)ensureSession();  // the timer is what matters here; a failed open is reported by the sync

    if (interval.count() <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(interval);
}

void SyncWorker::syncNow()
{
    if (m_running || m_stopping)
        return;
    if (Status opened = ensureSession(); !opened) {
        Q_EMIT finished(false, opened.error().message);
        return;
    }
    m_running = true;
    Q_EMIT started();
    RemoteSync sync(*m_session, *m_credentials);
    const Result<SyncReport> report = sync.syncOnce(
        [this](const SyncProgress& p) {
            if (p.phase == SyncPhase::Wait)
                Q_EMIT waitingForLink(p.retry, p.retryIn);
            else
                Q_EMIT progress(p.phase, p.done, p.total);
        },
        [this] { return m_cancelled.load(); });
    const bool cancelled = m_cancelled.exchange(false);
    m_running = false;
    if (!report) {
        Q_EMIT finished(false, cancelled
                                   ? Text::tr("Cancelled; the next synchronisation continues where this one stopped.")
                                   : report.error().message);
    } else {
        QString message = Text::tr("Pushed %1 and pulled %2 records.").arg(report->pushed).arg(report->pulled);
        // ACC-1: what the sync put right is shown where the technician looks.
        if (!report->recovery.isEmpty())
            message = report->recovery + QLatin1Char(' ') + message;
        Q_EMIT finished(true, message);
    }
    if (m_stopping)
        Q_EMIT stopped();
}

void SyncWorker::stop()
{
    // This can run inside the event loop of a sync waiting on the network: that sync ends at its
    // next step and says `stopped` as it returns.
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    m_cancelled = true;
    if (!m_running)
        Q_EMIT stopped();
}

int SyncWorker::storedIntervalMinutes(Database& db)
{
    bool ok = false;
    const int minutes = LocalState::get(db, QStringLiteral("sync_interval_minutes")).toInt(&ok);
    return ok && minutes >= 0 ? minutes : kDefaultIntervalMinutes;
}

Status SyncWorker::storeIntervalMinutes(Database& db, int minutes)
{
    if (minutes < 0 || minutes > kMaxIntervalMinutes)
        return makeError(ErrorKind::BadInput,
                         Text::tr("The sync interval is 0 (paused) to %1 minutes.").arg(kMaxIntervalMinutes));
    return LocalState::set(db, QStringLiteral("sync_interval_minutes"), QString::number(minutes));
}

SyncThread::SyncThread(const QString& databasePath, std::shared_ptr<CredentialStore> credentials, Clock clock,
                       QObject* parent)
    : QObject(parent)
    , m_worker(new SyncWorker(databasePath, std::move(credentials), std::move(clock)))
{
    m_thread.setObjectName(QStringLiteral("sitesync-sync"));
    m_worker->moveToThread(&m_thread);
    // The worker, its database connection and its timer end in the thread they lived in.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SyncThread::~SyncThread()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncThread::syncNow()
{
    // A cancel left over from the last sync is not meant for this one; one given from now on is.
    m_worker->clearCancel();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncThread::stop()
{
    // The flag reaches a sync in progress at once; the call waits its turn in the worker's thread.
    m_worker->cancel();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::QueuedConnection);
}

void SyncThread::setInterval(std::chrono::milliseconds interval)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, interval] { worker->setInterval(interval); }, Qt::QueuedConnection);
}

}  // namespace sitesync
