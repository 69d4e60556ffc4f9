#pragma once

#include "server/requestlog.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMutex>

#include <atomic>

namespace sitesync {

struct SiteGauges;

// The central's counters for /metrics (OPS-4), in the Prometheus text format 0.0.4
// (docs/observability.md lists every metric): requests by endpoint and result, their latency as a
// histogram per endpoint, bytes and records in and out, refused logins and open connections; with
// the per-site gauges counted elsewhere (SiteGauges). Thread-safe: the thread that answers requests
// records, the monitoring thread writes the text.
class ServerMetrics {
public:
    // Upper bounds of the latency buckets, in seconds (the +Inf bucket follows them).
    static const QList<double>& latencyBuckets();

    // `started`: when the server started, as /metrics gives it.
    explicit ServerMetrics(const QDateTime& started);

    // One request answered, as its log line says it.
    void record(const RequestSummary& request);
    void setConnections(int open) { m_connections.store(open, std::memory_order_relaxed); }

    // The exposition: the counters, then the sites when `sites` is given (`sitesCounted` false: the
    // last count failed, and `sites` is the one before, if any).
    QByteArray exposition(const SiteGauges* sites, bool sitesCounted) const;

private:
    struct EndpointCounts {
        QMap<QByteArray, qint64> byResult;
        QList<qint64> buckets;  // per latencyBuckets(), not cumulative
        qint64 slower = 0;      // past the last bucket
        double seconds = 0;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
    };

    mutable QMutex m_mutex;  // guards what follows
    QMap<QByteArray, EndpointCounts> m_endpoints;
    QMap<QByteArray, qint64> m_loginFailures;
    qint64 m_recordsPushed = 0;
    qint64 m_recordsPulled = 0;

    std::atomic<int> m_connections = 0;
    const QDateTime m_started;
};

// A label value or help text as the text format writes it: backslash, quote and newline escaped.
QByteArray prometheusEscaped(const QString& text);

}  // namespace sitesync
