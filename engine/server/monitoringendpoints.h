#pragma once

#include "server/httpmessage.h"
#include "server/requestlog.h"
#include "server/sitegauges.h"

#include <QElapsedTimer>

#include <optional>

namespace sitesync {

class ServerMetrics;
class SiteSession;

// The central's GET /health and GET /metrics (OPS-4, docs/observability.md), answered by the
// server's monitoring thread on its own database connection, so that neither a health check nor a
// scrape ever waits for a sync request or holds one up.
//
// /health, without login: 200 when the database file opens and answers a query, 503 otherwise
// ("database unavailable"; the reason, path included, goes to the server's log only). It opens the
// file afresh for a check: the serving threads' connections, opened at start, keep reading a file
// that was moved or deleted meanwhile, which a restart would not find. So that requests without
// login cannot make it open the file at will, it checks at most every kHealthMilliseconds and
// answers the last check in between.
//
// /metrics: ServerMetrics' counters and the per-site gauges (SiteGauges), to whom MetricsAccess
// lets in. The gauges are counted at most every kGaugeSeconds, whatever the number of scrapes;
// between counts a scrape reads the last one.
class MonitoringEndpoints {
public:
    static constexpr int kGaugeSeconds = 5;
    static constexpr qint64 kHealthMilliseconds = 1000;

    MonitoringEndpoints(SiteSession& session, const QString& databasePath, const ServerMetrics& metrics,
                        const QByteArray& metricsToken);

    // Whether the request is for this class (any method; only GET is served).
    static bool handles(const HttpRequest& request);
    // The endpoint's name for the request log: "health" or "metrics".
    static QByteArray endpointName(const HttpRequest& request);

    HttpResponse serve(const HttpRequest& request);

private:
    HttpResponse health();
    HttpResponse checkHealth();
    HttpResponse metrics(const HttpRequest& request);

    SiteSession& m_session;
    QString m_databasePath;
    const ServerMetrics& m_metrics;
    QByteArray m_token;
    std::optional<SiteGauges> m_gauges;
    bool m_gaugesCounted = false;
    QElapsedTimer m_sinceCount;
    std::optional<HttpResponse> m_lastHealth;
    QElapsedTimer m_sinceHealthCheck;
};

}  // namespace sitesync
