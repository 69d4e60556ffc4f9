#include "server/serverworker.h"

#include "server/connectionbook.h"
#include "server/errorresponse.h"
#include "server/monitoringendpoints.h"
#include "server/syncendpoints.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace sitesync {

namespace {

Q_LOGGING_CATEGORY(lcWorker, "sitesync.engine.server", QtWarningMsg)

// A refusal of the site's credentials, machine or address, as opposed to its protocol or the
// central's own trouble.
bool isLoginFailure(protocol::ErrorCode code)
{
    // A malformed request here is its protocol version header, which says nothing of credentials.
    return code != protocol::ErrorCode::IncompatibleVersion && code != protocol::ErrorCode::MalformedBody &&
           code != protocol::ErrorCode::ServerError;
}

}  // namespace

void JobQueue::push(ServerJob job)
{
    const QMutexLocker locker(&m_mutex);
    m_jobs.push_back(std::move(job));
    m_arrived.wakeOne();
}

std::optional<ServerJob> JobQueue::take()
{
    QMutexLocker locker(&m_mutex);
    while (m_jobs.empty() && !m_closed)
        m_arrived.wait(&m_mutex);
    if (m_closed)
        return std::nullopt;
    ServerJob job = std::move(m_jobs.front());
    m_jobs.pop_front();
    return job;
}

void JobQueue::close()
{
    const QMutexLocker locker(&m_mutex);
    m_closed = true;
    m_arrived.wakeAll();
}

ServerWorker::ServerWorker(ServingShared& shared, Lane lane)
    : m_shared(shared)
    , m_lane(lane)
{
}

Status ServerWorker::started()
{
    m_ready.acquire();
    if (m_failed)
        return m_error;
    return {};
}

void ServerWorker::run()
{
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(m_shared.databasePath);
    if (!opened) {
        m_error = opened.error();
        m_failed = true;
        m_ready.release();
        return;
    }
    std::unique_ptr<SiteSession> session = std::move(opened).value();
    session->database().setClock(m_shared.clock);
    SyncEndpoints endpoints(*session, m_shared.authenticator, *m_shared.connections);
    m_ready.release();
    if (m_lane == Lane::Bookkeeping) {
        while (!m_shared.stop.tryAcquire(1, 1000)) {
            if (Status s = m_shared.connections->flush(session->database()); !s)
                qCWarning(lcWorker) << "the sites' last connections were not written:" << s.error().message;
        }
        return;
    }
    if (m_lane == Lane::Monitoring) {
        MonitoringEndpoints monitoring(*session, m_shared.databasePath, m_shared.metrics, m_shared.metricsToken);
        while (std::optional<ServerJob> job = m_shared.monitoring.take())
            m_shared.answer(job->connection, monitoring.serve(job->request), std::move(job->summary));
        return;
    }
    JobQueue& queue = m_lane == Lane::Requests ? m_shared.requests : m_shared.logins;
    while (std::optional<ServerJob> job = queue.take()) {
        Authenticator::Verdict verdict =
            job->verdict ? *job->verdict : endpoints.authenticate(job->request, m_lane == Lane::Logins);
        if (verdict.outcome == Authenticator::Outcome::NeedsDerivation) {
            m_shared.logins.push(std::move(*job));
            continue;
        }
        if (verdict.outcome == Authenticator::Outcome::Refused) {
            job->summary.loginRefused = isLoginFailure(verdict.failure.code);
            m_shared.answer(
                job->connection,
                errorResponse(verdict.failure.code, verdict.failure.message, verdict.failure.retryAfterSeconds),
                std::move(job->summary));
            continue;
        }
        if (m_lane == Lane::Logins) {
            // Derived: served by a request thread like any other request.
            job->verdict = std::move(verdict);
            m_shared.requests.push(std::move(*job));
            continue;
        }
        HttpResponse response = endpoints.serve(job->request, verdict, job->summary);
        m_shared.answer(job->connection, std::move(response), std::move(job->summary));
    }
}

}  // namespace sitesync
