#pragma once

#include "core/result.h"
#include "sync/wirerecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <future>
#include <memory>

namespace sitesync {

class CentralConnection;

// One batch of a pull, read and checked.
struct PulledBatch {
    QList<WireRecord> records;
    qint64 cursor = 0;
    qint64 queueCursor = 0;
    bool more = false;
};

// The network half of a pull in a thread of its own: while the site stores one batch, the next
// one is requested, sent by the central, received and parsed (docs/performance.md). Requests are
// answered in order; one is on its way at a time. The connection lives and dies in that thread.
class PullFetcher {
public:
    PullFetcher(QUrl central, int siteId, QString password, QString hardwareId, QByteArray trustedPem);
    // Waits for a request still on its way.
    ~PullFetcher();
    PullFetcher(const PullFetcher&) = delete;
    PullFetcher& operator=(const PullFetcher&) = delete;

    // Sends a pull request; its answer is taken with take().
    void request(const QJsonObject& body);
    bool pending() const { return m_answer.valid(); }
    // Waits for the answer of the last request.
    Result<PulledBatch> take();

    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    QUrl m_central;
    int m_siteId;
    QString m_password;
    QString m_hardwareId;
    QByteArray m_trustedPem;
    QThread m_thread;
    QObject* m_context = nullptr;                     // lives in m_thread
    std::unique_ptr<CentralConnection> m_connection;  // created, used and destroyed in m_thread
    std::future<Result<PulledBatch>> m_answer;
    std::atomic<qint64> m_bytesSent = 0;  // written in m_thread
    std::atomic<qint64> m_bytesReceived = 0;
};

}  // namespace sitesync
