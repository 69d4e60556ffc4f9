#pragma once

#include "client/linkpolicy.h"
#include "client/transport.h"
#include "core/result.h"
#include "protocol/protocol.h"
#include "sync/wirerecord.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace sitesync {

// One batch of a pull, read and checked.
struct PulledBatch {
    QList<WireRecord> records;
    qint64 cursor = 0;
    qint64 queueCursor = 0;
    bool more = false;
    // Records the central has still to serve after this batch, when it was asked to count them (the
    // first request of a pull); -1 otherwise.
    qint64 remaining = -1;

    // A pull's answer (docs/protocol.md), checked.
    static Result<PulledBatch> read(const QJsonObject& answer);
};

// The network half of a pull, in a thread of its own (docs/performance.md): it asks for batch
// after batch and parses them, up to kAhead batches ahead of the site, which stores them in order
// meanwhile. Each request confirms the cursors the site last reported as stored; the first asks the
// central how many records remain, so that the site can count down from there. It stops after
// the last batch, at the first error, or when told to. The connection lives and dies in that thread.
class PullFetcher {
public:
    static constexpr int kAhead = 2;

    struct Access {
        QUrl central;
        int siteId = 0;
        QString password;
        QString hardwareId;
        QByteArray trustedPem;
        std::chrono::milliseconds stallLimit = LinkPolicy::standard().stallLimit;
        int batch = protocol::kPullBatch;  // at most this many records an answer
        TransportFactory transport;        // the network unless set
    };

    // Starts pulling after these cursors, which are also the ones stored.
    PullFetcher(Access access, qint64 cursor, qint64 queueCursor);
    // Stops, and waits for a request still on its way.
    ~PullFetcher();
    PullFetcher(const PullFetcher&) = delete;
    PullFetcher& operator=(const PullFetcher&) = delete;

    // The next batch, waiting for it if need be; nothing once the last one was taken, or after an
    // error (which is returned once) or stop(). While it waits, `cancelled` is asked every tenth of
    // a second: true stops the fetcher, the request on its way included.
    std::optional<Result<PulledBatch>> take(const std::function<bool()>& cancelled = {});
    // The cursors the site has stored, for the central's queue counts and resend queue.
    void confirm(qint64 cursor, qint64 queueCursor);
    // Asks for no more batches.
    void stop();

    qint64 bytesSent() const;
    qint64 bytesReceived() const;

private:
    void run(Access access, qint64 cursor, qint64 queueCursor);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Result<PulledBatch>> m_ready;
    qint64 m_storedCursor;
    qint64 m_storedQueueCursor;
    bool m_stopped = false;
    bool m_finished = false;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    std::unique_ptr<QThread> m_thread;
};

}  // namespace sitesync
