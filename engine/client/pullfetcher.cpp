#include "client/pullfetcher.h"

#include "client/centralconnection.h"
#include "protocol/protocol.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <utility>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RemoteSync)
};

Result<PulledBatch> read(const Result<QJsonObject>& answer)
{
    if (!answer)
        return answer.error();
    return PulledBatch::read(*answer);
}

}  // namespace

Result<PulledBatch> PulledBatch::read(const QJsonObject& answer)
{
    Result<QList<WireRecord>> records = WireRecord::listFromJson(answer.value(QLatin1String("records")));
    if (!records)
        return makeError(ErrorKind::Database,
                         Text::tr("The central server sent a malformed batch: %1").arg(records.error().message));
    PulledBatch batch;
    batch.records = std::move(records).value();
    batch.cursor = answer.value(QLatin1String("cursor")).toInteger(-1);
    batch.queueCursor = answer.value(QLatin1String("queue_cursor")).toInteger(-1);
    batch.more = answer.value(QLatin1String("more")).toBool();
    batch.remaining = std::max<qint64>(-1, answer.value(QLatin1String("remaining")).toInteger(-1));
    if (batch.cursor < 0 || batch.queueCursor < 0)
        return makeError(ErrorKind::Database, Text::tr("The central server sent a batch without its cursors."));
    return batch;
}

PullFetcher::PullFetcher(Access access, qint64 cursor, qint64 queueCursor)
    : m_storedCursor(cursor)
    , m_storedQueueCursor(queueCursor)
{
    m_thread.reset(
        QThread::create([this, access = std::move(access), cursor, queueCursor] { run(access, cursor, queueCursor); }));
    m_thread->setObjectName(QStringLiteral("sitesync-pull"));
    m_thread->start();
}

PullFetcher::~PullFetcher()
{
    stop();
    m_thread->wait();
}

void PullFetcher::run(Access access, qint64 cursor, qint64 queueCursor)
{
    CentralConnection connection(access.central, access.siteId, access.password, access.hardwareId, access.trustedPem,
                                 access.stallLimit, access.transport);
    connection.setCancelled([this] {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    });
    bool closing = false;  // the central has nothing more: this request confirms what was stored
    bool first = true;
    while (true) {
        QJsonObject body{{QStringLiteral("cursor"), cursor},
                         {QStringLiteral("queue_cursor"), queueCursor},
                         {QStringLiteral("limit"), access.batch}};
        // Counted once per pull: the site counts down from there as the records arrive.
        if (std::exchange(first, false))
            body.insert(QStringLiteral("count"), true);
        {
            std::unique_lock lock(m_mutex);
            // A sync ends with the central knowing that the site stored everything it was sent,
            // so that "nothing waits for the site" can be seen there: the closing request waits
            // until the last batch is stored.
            m_changed.wait(lock, [&] {
                return m_stopped || (closing ? m_storedCursor == cursor && m_storedQueueCursor == queueCursor
                                             : m_ready.size() < kAhead);
            });
            if (m_stopped)
                break;
            body.insert(QStringLiteral("stored_cursor"), m_storedCursor);
            body.insert(QStringLiteral("stored_queue_cursor"), m_storedQueueCursor);
        }
        Result<PulledBatch> batch = read(connection.post(QStringLiteral("pull"), body));
        const bool more = batch && batch->more;
        const bool received = batch && !batch->records.isEmpty();
        if (batch) {
            cursor = batch->cursor;
            queueCursor = batch->queueCursor;
        }
        std::lock_guard lock(m_mutex);
        m_bytesSent = connection.bytesSent();
        m_bytesReceived = connection.bytesReceived();
        const bool failed = !batch;
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
        if (failed || (!more && !received))
            break;
        closing = !more;
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

std::optional<Result<PulledBatch>> PullFetcher::take(const std::function<bool()>& cancelled)
{
    std::unique_lock lock(m_mutex);
    const auto ready = [this] { return !m_ready.empty() || m_finished || m_stopped; };
    while (!ready()) {
        if (cancelled && cancelled()) {
            m_stopped = true;
            m_changed.notify_all();
            break;
        }
        m_changed.wait_for(lock, std::chrono::milliseconds(100), ready);
    }
    if (m_ready.empty() || m_stopped)
        return std::nullopt;
    std::optional<Result<PulledBatch>> batch(std::in_place, std::move(m_ready.front()));
    m_ready.pop_front();
    m_changed.notify_all();
    if (!*batch) {
        // Nothing after an error.
        m_stopped = true;
        m_ready.clear();
    }
    return batch;
}

void PullFetcher::confirm(qint64 cursor, qint64 queueCursor)
{
    std::lock_guard lock(m_mutex);
    m_storedCursor = cursor;
    m_storedQueueCursor = queueCursor;
    m_changed.notify_all();
}

void PullFetcher::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

qint64 PullFetcher::bytesSent() const
{
    std::lock_guard lock(m_mutex);
    return m_bytesSent;
}

qint64 PullFetcher::bytesReceived() const
{
    std::lock_guard lock(m_mutex);
    return m_bytesReceived;
}

}  // namespace sitesync
