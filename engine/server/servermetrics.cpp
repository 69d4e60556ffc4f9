#include "server/servermetrics.h"

#include "server/sitegauges.h"

namespace sitesync {

namespace {

// The sync endpoints, listed from the start so that their series exist before the first request.
const char* const kSyncEndpoints[] = {"initialise", "bind", "contact", "push", "pull"};

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

void family(QByteArray& text, const char* name, const char* type, const char* help)
{
    text.append("# HELP ").append(name).append(' ').append(help).append('\n');
    text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
}

void sample(QByteArray& text, const QByteArray& name, const QByteArray& labels, const QByteArray& value)
{
    text.append(name);
    if (!labels.isEmpty())
        text.append('{').append(labels).append('}');
    text.append(' ').append(value).append('\n');
}

QByteArray label(const char* name, const QString& value)
{
    return QByteArray(name) + "=\"" + prometheusEscaped(value) + '"';
}

QByteArray label(const char* name, const QByteArray& value)
{
    return label(name, QString::fromUtf8(value));
}

}  // namespace

QByteArray prometheusEscaped(const QString& text)
{
    QByteArray escaped;
    for (const char c : text.toUtf8()) {
        if (c == '\\')
            escaped.append("\\\\");
        else if (c == '"')
            escaped.append("\\\"");
        else if (c == '\n')
            escaped.append("\\n");
        else
            escaped.append(c);
    }
    return escaped;
}

const QList<double>& ServerMetrics::latencyBuckets()
{
    static const QList<double> buckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
    return buckets;
}

ServerMetrics::ServerMetrics(const QDateTime& started)
    : m_started(started)
{
    for (const char* endpoint : kSyncEndpoints)
        m_endpoints[endpoint].buckets.resize(latencyBuckets().size());
}

void ServerMetrics::record(const RequestSummary& request)
{
    const QByteArray endpoint = request.endpoint.isEmpty() ? QByteArrayLiteral("unknown") : request.endpoint;
    const double seconds = double(request.milliseconds) / 1000.0;
    const QMutexLocker locker(&m_mutex);
    EndpointCounts& counts = m_endpoints[endpoint];
    if (counts.buckets.isEmpty())
        counts.buckets.resize(latencyBuckets().size());
    ++counts.byResult[request.result.isEmpty() ? QByteArrayLiteral("ok") : request.result];
    const QList<double>& bounds = latencyBuckets();
    const auto bucket = std::lower_bound(bounds.begin(), bounds.end(), seconds);
    if (bucket == bounds.end())
        ++counts.slower;
    else
        ++counts.buckets[bucket - bounds.begin()];
    counts.seconds += seconds;
    counts.bytesIn += request.bytesIn;
    counts.bytesOut += request.bytesOut;
    if (request.loginRefused)
        ++m_loginFailures[request.result];
    if (request.status < 400) {
        if (endpoint == "push")
            m_recordsPushed += request.recordsAdmitted;
        else if (endpoint == "pull")
            m_recordsPulled += request.recordsOut;
    }
}

QByteArray ServerMetrics::exposition(const SiteGauges* sites, bool sitesCounted) const
{
    QByteArray text;
    text.reserve(8192);
    family(text, "sitesync_info", "gauge", "The SiteSync version of this central server.");
    sample(text, "sitesync_info", label("version", QStringLiteral(SITESYNC_VERSION)), "1");
    family(text, "sitesync_start_time_seconds", "gauge", "When the server started, in seconds since 1970.");
    sample(text, "sitesync_start_time_seconds", {}, number(double(m_started.toMSecsSinceEpoch()) / 1000.0));
    family(text, "sitesync_connections", "gauge", "Connections open now.");
    sample(text, "sitesync_connections", {}, QByteArray::number(m_connections.load(std::memory_order_relaxed)));
    {
        const QMutexLocker locker(&m_mutex);
        family(text, "sitesync_requests_total", "counter",
               "Requests answered, by endpoint and result (ok or the error code).");
        for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
            if (it->byResult.isEmpty())
                sample(text, "sitesync_requests_total",
                       label("endpoint", it.key()) + ',' + label("result", QByteArrayLiteral("ok")), "0");
            for (auto result = it->byResult.cbegin(); result != it->byResult.cend(); ++result)
                sample(text, "sitesync_requests_total",
                       label("endpoint", it.key()) + ',' + label("result", result.key()),
                       QByteArray::number(result.value()));
        }
        family(text, "sitesync_request_duration_seconds", "histogram",
               "Time from a request's arrival to its answer, by endpoint.");
        const QList<double>& bounds = latencyBuckets();
        for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
            const QByteArray endpoint = label("endpoint", it.key());
            qint64 cumulative = 0;
            for (qsizetype i = 0; i < bounds.size(); ++i) {
                cumulative += it->buckets.value(i);
                sample(text, "sitesync_request_duration_seconds_bucket",
                       endpoint + ',' + label("le", number(bounds[i])), QByteArray::number(cumulative));
            }
            cumulative += it->slower;
            sample(text, "sitesync_request_duration_seconds_bucket", endpoint + ",le=\"+Inf\"",
                   QByteArray::number(cumulative));
            sample(text, "sitesync_request_duration_seconds_sum", endpoint, number(it->seconds));
            sample(text, "sitesync_request_duration_seconds_count", endpoint, QByteArray::number(cumulative));
        }
        family(text, "sitesync_received_bytes_total", "counter", "Request bodies received, by endpoint.");
        for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
            sample(text, "sitesync_received_bytes_total", label("endpoint", it.key()), QByteArray::number(it->bytesIn));
        family(text, "sitesync_sent_bytes_total", "counter", "Answer bodies sent, by endpoint.");
        for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
            sample(text, "sitesync_sent_bytes_total", label("endpoint", it.key()), QByteArray::number(it->bytesOut));
        family(text, "sitesync_records_pushed_total", "counter",
               "Records the central admitted from pushes, each once however often it was sent.");
        sample(text, "sitesync_records_pushed_total", {}, QByteArray::number(m_recordsPushed));
        family(text, "sitesync_records_pulled_total", "counter", "Records served to the sites in pull answers.");
        sample(text, "sitesync_records_pulled_total", {}, QByteArray::number(m_recordsPulled));
        family(text, "sitesync_login_failures_total", "counter",
               "Requests refused for their site, password, machine or too many failures, by reason.");
        if (m_loginFailures.isEmpty())
            sample(text, "sitesync_login_failures_total", label("reason", QByteArrayLiteral("wrong_password")), "0");
        for (auto it = m_loginFailures.cbegin(); it != m_loginFailures.cend(); ++it)
            sample(text, "sitesync_login_failures_total", label("reason", it.key()), QByteArray::number(it.value()));
    }
    family(text, "sitesync_site_gauges_up", "gauge",
           "1 when the last count of the per-site gauges succeeded; 0 when it failed (the gauges are then older).");
    sample(text, "sitesync_site_gauges_up", {}, sitesCounted ? "1" : "0");
    if (!sites)
        return text;
    family(text, "sitesync_site_gauges_timestamp_seconds", "gauge",
           "When the per-site gauges were counted, in seconds since 1970.");
    sample(text, "sitesync_site_gauges_timestamp_seconds", {},
           number(double(sites->countedAt.toMSecsSinceEpoch()) / 1000.0));
    family(text, "sitesync_site_info", "gauge", "Each remote site, its name and the SiteSync version it runs.");
    for (const SiteGauge& site : sites->sites)
        sample(text, "sitesync_site_info",
               label("site", QString::number(site.siteId)) + ',' + label("name", site.name) + ',' +
                   label("version", site.version.isEmpty() ? QStringLiteral("unknown") : site.version),
               "1");
    // A site that never reported (-1) has no sample of what it reports.
    auto perSite = [&](const char* name, const char* help, auto value) {
        family(text, name, "gauge", help);
        for (const SiteGauge& site : sites->sites) {
            const qint64 v = value(site);
            if (v < 0)
                continue;
            sample(text, name, label("site", QString::number(site.siteId)), QByteArray::number(v));
        }
    };
    perSite("sitesync_site_queued_records", "Records waiting on the central for the site.",
            [](const SiteGauge& s) { return qint64(s.queued); });
    perSite("sitesync_site_problems_set_aside", "Open sync problems on the central about records from the site.",
            [](const SiteGauge& s) { return qint64(s.problemsSetAside); });
    perSite("sitesync_site_reported_outgoing", "The site's own outgoing queue at its last contact.",
            [](const SiteGauge& s) { return qint64(s.reportedOutgoing); });
    perSite("sitesync_site_reported_problems", "The open sync problems the site reported at its last contact.",
            [](const SiteGauge& s) { return qint64(s.reportedProblems); });
    perSite("sitesync_site_last_connection_timestamp_seconds",
            "When the site last had a request served, in seconds since 1970.", [](const SiteGauge& s) {
                return s.lastConnection.isValid() ? s.lastConnection.toSecsSinceEpoch() : qint64(-1);
            });
    return text;
}

}  // namespace sitesync
