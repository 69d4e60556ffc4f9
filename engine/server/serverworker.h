#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "server/authenticator.h"
#include "server/httpmessage.h"
#include "server/requestlog.h"
#include "server/servermetrics.h"

#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <optional>

namespace sitesync {

class ConnectionBook;

// A request waiting for a serving thread, with the connection to answer and, once the login lane
// derived the password, the verdict it reached.
struct ServerJob {
    quint64 connection = 0;
    HttpRequest request;
    std::optional<Authenticator::Verdict> verdict;
    RequestSummary summary;  // for the request's log line, filled in as it is served
};

// Requests in the order they arrived, taken by whichever serving thread is free.
class JobQueue {
public:
    void push(ServerJob job);
    // Blocks until a job arrives; none once the queue is closed.
    std::optional<ServerJob> take();
    void close();

private:
    QMutex m_mutex;
    QWaitCondition m_arrived;
    std::deque<ServerJob> m_jobs;
    bool m_closed = false;
};

// What every serving thread shares: the queues, the authenticator, the connection book, the
// metrics, and where answers go (to the thread that owns the connection, which logs them). The
// clock is the served database's (Database::clock): each serving thread's connection reads it too.
struct ServingShared {
    explicit ServingShared(const Clock& siteClock)
        : clock(siteClock)
        , authenticator(siteClock)
        , metrics(siteClock())
    {
    }

    Clock clock;
    QString databasePath;
    JobQueue requests;
    JobQueue logins;
    JobQueue monitoring;  // /health and /metrics
    Authenticator authenticator;
    ConnectionBook* connections = nullptr;
    ServerMetrics metrics;
    QByteArray metricsToken;  // empty: /metrics only to this machine
    QSemaphore stop;          // released once when the server stops, for the bookkeeping thread
    std::function<void(quint64 connection, HttpResponse response, RequestSummary summary)> answer;
};

// One serving thread with its own database connection (docs/adr/0007-concurrent-serving.md). A
// request thread authenticates and serves; the login lane only derives passwords, the one slow
// step of authentication, so that a burst of logins never holds up polls; the bookkeeping thread
// writes the sites' connection times once a second, so that no serving thread waits to; the
// monitoring thread answers /health and /metrics (MonitoringEndpoints), so that a health check or a
// scrape neither waits for sync requests nor holds them up.
class ServerWorker : public QThread {
    Q_OBJECT

public:
    enum class Lane { Requests, Logins, Bookkeeping, Monitoring };
    ServerWorker(ServingShared& shared, Lane lane);
    // Waits until the thread opened its database; the error when it could not.
    Status started();

protected:
    void run() override;

private:
    ServingShared& m_shared;
    Lane m_lane;
    QSemaphore m_ready;
    Error m_error;
    bool m_failed = false;
};

}  // namespace sitesync
