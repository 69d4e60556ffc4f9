#include "server/monitoringendpoints.h"

#include "db/database.h"
#include "server/metricsaccess.h"
#include "server/servermetrics.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace sitesync {

namespace {

Q_LOGGING_CATEGORY(lcMonitoring, "sitesync.engine.server", QtWarningMsg)

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::CentralServer)
};

HttpResponse textResponse(int status, const QByteArray& code, const QString& text)
{
    HttpResponse response;
    response.status = status;
    response.errorCode = code;
    response.errorMessage = text;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = text.toUtf8() + '\n';
    return response;
}

}  // namespace

MonitoringEndpoints::MonitoringEndpoints(SiteSession& session, const QString& databasePath,
                                         const ServerMetrics& metrics, const QByteArray& metricsToken)
    : m_session(session)
    , m_databasePath(databasePath)
    , m_metrics(metrics)
    , m_token(metricsToken)
{
}

bool MonitoringEndpoints::handles(const HttpRequest& request)
{
    return !endpointName(request).isEmpty();
}

QByteArray MonitoringEndpoints::endpointName(const HttpRequest& request)
{
    // A query string (a scraper's or a prober's) does not change what is asked.
    const QByteArray path =
        request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    if (path == "/health")
        return QByteArrayLiteral("health");
    if (path == "/metrics")
        return QByteArrayLiteral("metrics");
    return {};
}

HttpResponse MonitoringEndpoints::serve(const HttpRequest& request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse refused = textResponse(405, QByteArrayLiteral("method_not_allowed"),
                                            Text::tr("%1 is read with GET.").arg(QString::fromLatin1(request.path)));
        refused.setHeader("Allow", "GET, HEAD");
        return refused;
    }
    HttpResponse response = endpointName(request) == "health" ? health() : metrics(request);
    if (request.method == "HEAD")
        response.headOnly = true;
    return response;
}

HttpResponse MonitoringEndpoints::health()
{
    if (!m_lastHealth || !m_sinceHealthCheck.isValid() || m_sinceHealthCheck.elapsed() >= kHealthMilliseconds) {
        m_lastHealth = checkHealth();
        m_sinceHealthCheck.start();
    }
    return *m_lastHealth;
}

HttpResponse MonitoringEndpoints::checkHealth()
{
    QJsonObject body{{QStringLiteral("version"), QStringLiteral(SITESYNC_VERSION)}};
    QString problem;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath, Database::OpenMode::MustExist);
        if (!opened) {
            problem = opened.error().message;
        } else {
            const Result<QVariant> central =
                (*opened)->scalar(QStringLiteral("SELECT count(*) FROM site WHERE is_central = 1"));
            if (!central)
                problem = central.error().message;
            else if (central->toInt() != 1)
                problem = Text::tr("The database holds no central server.");
            else
                body.insert(QStringLiteral("schema_version"), (*opened)->schemaVersion());
        }
    }
    HttpResponse response;
    response.setHeader("Content-Type", "application/json");
    response.setHeader("Cache-Control", "no-store");
    if (problem.isEmpty()) {
        body.insert(QStringLiteral("status"), QStringLiteral("ok"));
        body.insert(QStringLiteral("database"), QStringLiteral("ok"));
    } else {
        // Anyone may ask, so the answer does not say where the database is or what its file system
        // reported; the server's log does.
        qCWarning(lcMonitoring).noquote() << "health check: the database does not answer:" << problem;
        response.status = 503;
        response.errorCode = QByteArrayLiteral("database_unavailable");
        response.errorMessage = problem;
        body.insert(QStringLiteral("status"), QStringLiteral("unavailable"));
        body.insert(QStringLiteral("database"), QStringLiteral("database unavailable"));
    }
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse MonitoringEndpoints::metrics(const HttpRequest& request)
{
    const MetricsAccess::Decision access =
        MetricsAccess::decide(request.peer, request.header("authorization"), m_token);
    if (access != MetricsAccess::Decision::Allowed) {
        HttpResponse refused =
            textResponse(MetricsAccess::status(access),
                         MetricsAccess::status(access) == 401 ? QByteArrayLiteral("metrics_token_refused")
                                                              : QByteArrayLiteral("metrics_loopback_only"),
                         MetricsAccess::reason(access));
        if (refused.status == 401)
            refused.setHeader("WWW-Authenticate", "Bearer realm=\"sitesync-metrics\"");
        return refused;
    }
    if (!m_gauges || !m_sinceCount.isValid() || m_sinceCount.elapsed() >= qint64(kGaugeSeconds) * 1000) {
        Result<SiteGauges> counted = SiteGauges::collect(m_session);
        m_sinceCount.start();
        m_gaugesCounted = counted.ok();
        if (counted)
            m_gauges = std::move(counted).value();
        else
            qCWarning(lcMonitoring).noquote() << "the per-site gauges were not counted:" << counted.error().message;
    }
    HttpResponse response;
    response.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.body = m_metrics.exposition(m_gauges ? &*m_gauges : nullptr, m_gaugesCounted);
    return response;
}

}  // namespace sitesync
