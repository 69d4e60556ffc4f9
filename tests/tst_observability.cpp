// Observing the central (OPS-4, ACC-4) against a real `sitesyncctl serve` on 127.0.0.1: /health
// says whether the database answers, /metrics counts requests and what waits per site and is read
// only from this machine or with the token, every request leaves one key=value line in the log, and
// the version each site's requests carry shows per site.
#include "client/centralconnection.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "protocol/protocol.h"
#include "server/metricsaccess.h"
#include "server/requestlog.h"
#include "sync/outgoinglog.h"
#include "sync/routing.h"
#include "testsupport.h"
#include "write/recordwriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

// The answer to a request once it has come.
Answer answerOf(QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return answer;
}

Answer httpGet(const QString& url, const QByteArray& authorization = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return answerOf(network.get(request));
}

Answer httpPost(const QString& url, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, protocol::kJsonType);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return answerOf(network.post(request, body));
}

// One sample of the Prometheus text format: its name, its labels, its value.
struct Sample {
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

// Parses the text format 0.0.4 strictly enough that a malformed line fails the test: every line is
// a comment (# HELP / # TYPE) or `name{label="value",...} number`.
QList<Sample> parseExposition(const QByteArray& text, QString* error)
{
    static const QRegularExpression line(QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$)"));
    static const QRegularExpression label(QStringLiteral(R"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?)re"));
    QList<Sample> samples;
    for (const QString& row : QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (row.startsWith(QLatin1String("# HELP ")) || row.startsWith(QLatin1String("# TYPE ")))
            continue;
        const QRegularExpressionMatch match = line.match(row);
        if (!match.hasMatch()) {
            *error = QStringLiteral("not a sample: ") + row;
            return {};
        }
        Sample sample;
        sample.name = match.captured(1);
        const QString labels = match.captured(3);
        qsizetype at = 0;
        while (at < labels.size()) {
            const QRegularExpressionMatch pair =
                label.match(labels, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!pair.hasMatch()) {
                *error = QStringLiteral("malformed labels: ") + row;
                return {};
            }
            sample.labels.insert(pair.captured(1), pair.captured(2));
            at = pair.capturedEnd();
        }
        bool ok = false;
        const QString value = match.captured(4);
        sample.value = value == QLatin1String("+Inf") ? qInf() : value.toDouble(&ok);
        if (!ok && value != QLatin1String("+Inf")) {
            *error = QStringLiteral("not a number: ") + row;
            return {};
        }
        samples.append(sample);
    }
    return samples;
}

// The value of the sample with that name and those labels (among others), or -1.
double valueOf(const QList<Sample>& samples, const QString& name, const QMap<QString, QString>& labels = {})
{
    for (const Sample& sample : samples) {
        if (sample.name != name)
            continue;
        bool matches = true;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            matches = matches && sample.labels.value(it.key()) == it.value();
        if (matches)
            return sample.value;
    }
    return -1;
}

// The key=value fields of a log line (logfmt), quoted values unquoted.
QMap<QString, QString> logFields(const QString& line)
{
    static const QRegularExpression field(QStringLiteral(R"re(([a-z_]+)=("((?:[^"\\]|\\.)*)"|\S+))re"));
    QMap<QString, QString> fields;
    QRegularExpressionMatchIterator it = field.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        fields.insert(match.captured(1), match.captured(3).isNull() ? match.captured(2) : match.captured(3));
    }
    return fields;
}

// The request lines the server logged so far.
QList<QMap<QString, QString>> requestLines(const QByteArray& log)
{
    QList<QMap<QString, QString>> lines;
    for (const QString& line : QString::fromUtf8(log).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("sitesync.engine.server.request: ")))
            lines.append(logFields(line));
    }
    return lines;
}

}  // namespace

class TstObservability : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void healthSaysWhetherTheDatabaseAnswers();
    void healthChecksAreAnsweredFromTheLastSecond();
    void metricsCountRequestsAndWhatWaitsPerSite();
    void aBatchSentTwiceIsCountedOnce();
    void everyRequestIsLoggedOnceWithEveryField();
    void logLinesQuoteWhatNeedsIt();
    void metricsNeedTheTokenOrThisMachine_data();
    void metricsNeedTheTokenOrThisMachine();
    void theTokenOpensMetricsOverHttp();
    void aBadTokenFileStopsTheServer();
    void plainHttpOnTheNetworkIsRefused();
    void eachSitesVersionShowsOnTheCentral();

private:
    QList<Sample> scrape(QString* error);

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
    QString m_centralPath;
    std::unique_ptr<SiteSession> m_remote;
};

void TstObservability::initTestCase()
{
    test::prepareEnvironment();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        m_dir.path(), [](const QString&) {}, test::centralPath(m_dir));
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    m_centralPath = demo->centralPath;
    const QString started = m_server.start(m_centralPath);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    Result<std::unique_ptr<SiteSession>> remote =
        RemoteSync::initialise(m_dir.filePath(QStringLiteral("site2.db")), QUrl(m_server.url()), DemoNetwork::kRemote1,
                               DemoNetwork::sitePassword(DemoNetwork::kRemote1), m_credentials);
    QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
    m_remote = std::move(remote).value();
}

QList<Sample> TstObservability::scrape(QString* error)
{
    const Answer answer = httpGet(m_server.url() + QStringLiteral("/metrics"));
    if (answer.status != 200) {
        *error = QStringLiteral("/metrics answered %1: %2").arg(answer.status).arg(QString::fromUtf8(answer.body));
        return {};
    }
    if (!answer.contentType.startsWith("text/plain; version=0.0.4")) {
        *error = QStringLiteral("/metrics is not text format 0.0.4: ") + QString::fromLatin1(answer.contentType);
        return {};
    }
    return parseExposition(answer.body, error);
}

// covers OPS-4
void TstObservability::healthSaysWhetherTheDatabaseAnswers()
{
    const QString health = m_server.url() + QStringLiteral("/health");
    Answer answer = httpGet(health);
    QCOMPARE(answer.status, 200);
    QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(body.value(QLatin1String("status")).toString(), u"ok"_s);
    QCOMPARE(body.value(QLatin1String("database")).toString(), u"ok"_s);
    QCOMPARE(body.value(QLatin1String("version")).toString(), QStringLiteral(SITESYNC_VERSION));

    // The database file taken away from under the running server (a volume unmounted, a file moved):
    // the serving threads still read their open file, but the health check says the truth, within
    // the second for which it keeps its last answer.
    // On PostgreSQL: the database server refusing connections; the serving threads' connections
    // end too, and are made again once it answers.
    QString moved = test::takeDatabaseAway(m_centralPath);
    QVERIFY2(moved.isEmpty(), qPrintable(moved));
    QTRY_COMPARE_WITH_TIMEOUT((answer = httpGet(health)).status, 503, 10000);
    moved = test::bringDatabaseBack(m_centralPath);
    QVERIFY2(moved.isEmpty(), qPrintable(moved));
    body = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(body.value(QLatin1String("status")).toString(), u"unavailable"_s);
    // Anyone may ask: the answer says what, the server's log says why and where.
    QCOMPARE(body.value(QLatin1String("database")).toString(), u"database unavailable"_s);
    QVERIFY2(!answer.body.contains(QFileInfo(m_centralPath).fileName().toUtf8()) &&
                 !answer.body.contains(QUrl(m_centralPath).path().toUtf8()),
             answer.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.errorOutput().contains(m_centralPath.toUtf8()), 10000);

    // Back in place, it answers again.
    QTRY_COMPARE_WITH_TIMEOUT(httpGet(health).status, 200, 10000);
}

// covers OPS-4
// Health checks without login do not each open the database: however many come, the server checks
// at most once a second and answers the last check in between. Each check that fails is logged.
void TstObservability::healthChecksAreAnsweredFromTheLastSecond()
{
    const QString health = m_server.url() + QStringLiteral("/health");
    QTRY_COMPARE_WITH_TIMEOUT(httpGet(health).status, 200, 10000);
    const auto failedChecks = [this] {
        return m_server.errorOutput().count("health check: the database does not answer");
    };
    const qsizetype before = failedChecks();
    QString moved = test::takeDatabaseAway(m_centralPath);
    QVERIFY2(moved.isEmpty(), qPrintable(moved));
    QElapsedTimer asked;
    asked.start();
    constexpr int kRequests = 20;
    int unavailable = 0;
    for (int i = 0; i < kRequests; ++i)
        unavailable += httpGet(health).status == 503 ? 1 : 0;
    const qint64 elapsed = asked.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(unavailable == 0 || failedChecks() > before, 10000);
    moved = test::bringDatabaseBack(m_centralPath);
    QVERIFY2(moved.isEmpty(), qPrintable(moved));
    const qsizetype checks = failedChecks() - before;
    QVERIFY2(checks <= elapsed / 1000 + 1, qPrintable(QStringLiteral("%1 checks in %2 ms").arg(checks).arg(elapsed)));
    QTRY_COMPARE_WITH_TIMEOUT(httpGet(health).status, 200, 10000);
}

// covers OPS-4, ACC-4
void TstObservability::metricsCountRequestsAndWhatWaitsPerSite()
{
    QString error;
    const QList<Sample> before = scrape(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double pushesBefore = std::max(
        0.0, valueOf(before, u"sitesync_requests_total"_s, {{u"endpoint"_s, u"push"_s}, {u"result"_s, u"ok"_s}}));

    // Site 2 makes a change and syncs: one push at least.
    QVERIFY(m_remote->writer()
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("observed-1")},
                                                    {QStringLiteral("store_id"), QStringLiteral("B")},
                                                    {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                    {QStringLiteral("quantity"), 3}})
                .ok());
    RemoteSync sync(*m_remote, m_credentials);
    const Result<SyncReport> report = sync.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    const double syncedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;

    // The per-site gauges are counted at most every few seconds: wait for a count made after the sync.
    QList<Sample> after;
    QTRY_VERIFY_WITH_TIMEOUT(
        (after = scrape(&error),
         error.isEmpty() && valueOf(after, u"sitesync_site_gauges_timestamp_seconds"_s) >= syncedAt),
        20000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(valueOf(after, u"sitesync_requests_total"_s, {{u"endpoint"_s, u"push"_s}, {u"result"_s, u"ok"_s}}) >
            pushesBefore);
    QVERIFY(valueOf(after, u"sitesync_records_pushed_total"_s) >= 1);
    QCOMPARE(valueOf(after, u"sitesync_site_gauges_up"_s), 1.0);

    // Every endpoint's histogram: buckets that never fall, +Inf equal to _count, and _count equal to
    // the requests counted for the endpoint.
    QMap<QString, double> requests;
    for (const Sample& sample : after) {
        if (sample.name == u"sitesync_requests_total"_s)
            requests[sample.labels.value(u"endpoint"_s)] += sample.value;
    }
    QVERIFY(requests.contains(u"push"_s));
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        double last = 0;
        double infinite = -1;
        int buckets = 0;
        for (const Sample& sample : after) {
            if (sample.name != u"sitesync_request_duration_seconds_bucket"_s ||
                sample.labels.value(u"endpoint"_s) != it.key())
                continue;
            ++buckets;
            QVERIFY2(sample.value >= last, qPrintable(it.key()));
            last = sample.value;
            if (sample.labels.value(u"le"_s) == u"+Inf"_s)
                infinite = sample.value;
        }
        QVERIFY2(buckets > 1, qPrintable(it.key()));
        const double count = valueOf(after, u"sitesync_request_duration_seconds_count"_s, {{u"endpoint"_s, it.key()}});
        QCOMPARE(infinite, count);
        // The scrape being answered is counted once it has left, not in itself.
        QCOMPARE(count, it.value());
    }

    // What waits for each remote site is what the engine counts, and the version each runs is there.
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
    QVERIFY(central.ok());
    const Result<QMap<int, int>> queued = Routing::queuedBySite((*central)->database());
    QVERIFY(queued.ok());
    for (int site : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        const QMap<QString, QString> labels{{u"site"_s, QString::number(site)}};
        QCOMPARE(valueOf(after, u"sitesync_site_queued_records"_s, labels), double(queued->value(site)));
        QCOMPARE(valueOf(after, u"sitesync_site_problems_set_aside"_s, labels), 0.0);
    }
    QVERIFY(queued->value(DemoNetwork::kRemote2) > 0);  // it never synced: the comparison means something
    QCOMPARE(valueOf(after, u"sitesync_site_info"_s,
                     {{u"site"_s, QString::number(DemoNetwork::kRemote1)},
                      {u"version"_s, QStringLiteral(SITESYNC_VERSION)}}),
             1.0);
    QCOMPARE(
        valueOf(after, u"sitesync_site_reported_outgoing"_s, {{u"site"_s, QString::number(DemoNetwork::kRemote1)}}),
        0.0);
}

// covers OPS-4
// A batch sent again after its answer was lost is applied once, and its records are counted once.
void TstObservability::aBatchSentTwiceIsCountedOnce()
{
    RemoteSync sync(*m_remote, m_credentials);
    const Result<SyncReport> synced = sync.syncOnce();
    QVERIFY2(synced.ok(), synced ? "" : qPrintable(synced.error().message));
    QVERIFY(m_remote->writer()
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("sent-twice")},
                                                    {QStringLiteral("store_id"), QStringLiteral("B")},
                                                    {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                    {QStringLiteral("quantity"), 4}})
                .ok());
    OutgoingLog outgoing(m_remote->database(), DemoNetwork::kRemote1);
    const Result<OutgoingLog::Batch> batch = outgoing.nextBatch(DemoNetwork::kCentral, 100);
    QVERIFY(batch.ok());
    QVERIFY(!batch->entries.isEmpty());
    const Result<QString> token = outgoing.batchToken();
    QVERIFY(token.ok());
    QJsonArray records;
    for (WireRecord record : batch->entries) {
        record.data = *m_remote->writer().fetch(record.table, record.id);
        records.append(record.toJson());
    }
    const QJsonObject body{{QStringLiteral("from_seq"), batch->from},
                           {QStringLiteral("upto_seq"), batch->upto},
                           {QStringLiteral("batch"), *token},
                           {QStringLiteral("records"), records}};

    QString error;
    const QList<Sample> before = scrape(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto pushes = [](const QList<Sample>& samples) {
        return std::max(
            0.0, valueOf(samples, u"sitesync_requests_total"_s, {{u"endpoint"_s, u"push"_s}, {u"result"_s, u"ok"_s}}));
    };
    CentralConnection central(QUrl(m_server.url()), DemoNetwork::kRemote1,
                              DemoNetwork::sitePassword(DemoNetwork::kRemote1), CentralConnection::machineHardwareId());
    for (int sent = 0; sent < 2; ++sent) {
        const Result<QJsonObject> answer = central.post(QStringLiteral("push"), body);
        QVERIFY2(answer.ok(), answer ? "" : qPrintable(answer.error().message));
    }
    // Both pushes counted (a request is counted once its answer has left), then their records.
    QList<Sample> after;
    QTRY_VERIFY_WITH_TIMEOUT((after = scrape(&error), pushes(after) == pushes(before) + 2), 10000);
    QCOMPARE(valueOf(after, u"sitesync_records_pushed_total"_s),
             std::max(0.0, valueOf(before, u"sitesync_records_pushed_total"_s)) + double(batch->entries.size()));
}

// covers OPS-4
void TstObservability::everyRequestIsLoggedOnceWithEveryField()
{
    RemoteSync sync(*m_remote, m_credentials);
    QVERIFY(sync.syncOnce().ok());
    const QStringList fields = {u"site"_s,       u"endpoint"_s,    u"status"_s,   u"result"_s,
                                u"records_in"_s, u"records_out"_s, u"bytes_in"_s, u"bytes_out"_s,
                                u"ms"_s,         u"peer"_s,        u"version"_s};
    // The site's contact, pull and the refused request below, each on its line.
    const Answer refused = httpPost(m_server.url() + QStringLiteral("/sync/v1/pull"),
                                    {{"Authorization", "Basic " + QByteArray("2:wrong").toBase64()},
                                     {protocol::kVersionHeader, "1"},
                                     {"X-SiteSync-Hardware", "m"}},
                                    R"({"cursor":0,"queue_cursor":0})");
    QCOMPARE(refused.status, 401);
    QList<QMap<QString, QString>> lines;
    QTRY_VERIFY_WITH_TIMEOUT(
        (lines = requestLines(m_server.errorOutput()),
         std::any_of(lines.cbegin(), lines.cend(),
                     [](const auto& line) { return line.value(u"result"_s) == u"wrong_password"_s; })),
        10000);
    bool sawPull = false;
    bool sawContact = false;
    for (const QMap<QString, QString>& line : std::as_const(lines)) {
        for (const QString& field : fields)
            QVERIFY2(line.contains(field), qPrintable(field + u" missing from a request line"_s));
        if (line.value(u"result"_s) == u"wrong_password"_s) {
            QCOMPARE(line.value(u"status"_s), u"401"_s);
            QCOMPARE(line.value(u"site"_s), u"-"_s);
            QVERIFY(line.value(u"message"_s).contains(u"Wrong password"_s));
            continue;
        }
        if (line.value(u"site"_s) != QString::number(DemoNetwork::kRemote1))
            continue;
        QCOMPARE(line.value(u"peer"_s), u"127.0.0.1"_s);
        QCOMPARE(line.value(u"version"_s), QStringLiteral(SITESYNC_VERSION));
        QCOMPARE(line.value(u"result"_s), u"ok"_s);
        QVERIFY(line.value(u"bytes_out"_s).toLongLong() > 0);
        sawPull = sawPull || line.value(u"endpoint"_s) == u"pull"_s;
        sawContact = sawContact || line.value(u"endpoint"_s) == u"contact"_s;
        if (line.value(u"endpoint"_s) == u"push"_s)
            QVERIFY(line.value(u"records_in"_s).toInt() >= 1);
    }
    QVERIFY(sawPull);
    QVERIFY(sawContact);

    // Once each: as many push lines as pushes counted (the lines are read as they arrive).
    QString error;
    const QList<Sample> samples = scrape(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    double counted = 0;
    for (const Sample& sample : samples) {
        if (sample.name == u"sitesync_requests_total"_s && sample.labels.value(u"endpoint"_s) == u"push"_s)
            counted += sample.value;
    }
    QVERIFY(counted >= 1);
    auto pushLines = [this] {
        const QList<QMap<QString, QString>> logged = requestLines(m_server.errorOutput());
        return double(std::count_if(logged.cbegin(), logged.cend(),
                                    [](const auto& line) { return line.value(u"endpoint"_s) == u"push"_s; }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(pushLines(), counted, 10000);
}

// covers OPS-4
void TstObservability::logLinesQuoteWhatNeedsIt()
{
    RequestSummary summary;
    summary.endpoint = "pull";
    summary.siteId = 4;
    summary.status = 400;
    summary.result = "malformed_body";
    summary.message = QStringLiteral("The body \"x\" is not JSON");
    summary.peer = QHostAddress(QStringLiteral("::ffff:10.1.2.3"));
    const QMap<QString, QString> fields = logFields(QString::fromUtf8(summary.logLine()));
    QCOMPARE(fields.value(u"message"_s), uR"(The body \"x\" is not JSON)"_s);
    QCOMPARE(fields.value(u"peer"_s), u"10.1.2.3"_s);
    QCOMPARE(fields.value(u"site"_s), u"4"_s);
    QCOMPARE(fields.value(u"version"_s), u"-"_s);
}

void TstObservability::metricsNeedTheTokenOrThisMachine_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    const QByteArray token = "0123456789abcdef0123";
    QTest::newRow("loopback, no token configured") << "127.0.0.1" << QByteArray() << QByteArray() << 200;
    QTest::newRow("another loopback address") << "127.0.0.9" << QByteArray() << QByteArray() << 200;
    QTest::newRow("IPv6 loopback") << "::1" << QByteArray() << QByteArray() << 200;
    QTest::newRow("IPv4 loopback over IPv6") << "::ffff:127.0.0.1" << QByteArray() << QByteArray() << 200;
    QTest::newRow("elsewhere, no token configured") << "10.0.0.7" << QByteArray() << QByteArray() << 403;
    QTest::newRow("elsewhere over IPv6, no token configured")
        << "::ffff:10.0.0.7" << QByteArray() << QByteArray() << 403;
    QTest::newRow("elsewhere, a token sent but none configured")
        << "10.0.0.7" << QByteArray("Bearer " + token) << QByteArray() << 403;
    QTest::newRow("elsewhere, no token sent") << "10.0.0.7" << QByteArray() << token << 401;
    QTest::newRow("elsewhere, the wrong token")
        << "10.0.0.7" << QByteArray("Bearer 0123456789abcdef0124") << token << 401;
    QTest::newRow("elsewhere, a prefix of the token") << "10.0.0.7" << QByteArray("Bearer 0123456789") << token << 401;
    QTest::newRow("elsewhere, the token as Basic") << "10.0.0.7" << QByteArray("Basic " + token) << token << 401;
    QTest::newRow("elsewhere, the token") << "10.0.0.7" << QByteArray("Bearer " + token) << token << 200;
    QTest::newRow("IPv6 elsewhere, the token") << "2001:db8::5" << QByteArray("Bearer " + token) << token << 200;
    // A reverse proxy on this machine makes every request loopback: with a token, loopback needs it too.
    QTest::newRow("loopback, no token sent") << "127.0.0.1" << QByteArray() << token << 401;
    QTest::newRow("IPv6 loopback, the wrong token")
        << "::1" << QByteArray("Bearer 0123456789abcdef0124") << token << 401;
    QTest::newRow("loopback, the token") << "127.0.0.1" << QByteArray("Bearer " + token) << token << 200;
    QTest::newRow("the scheme in lower case") << "10.0.0.7" << QByteArray("bearer " + token) << token << 200;
    QTest::newRow("the scheme in capitals") << "127.0.0.1" << QByteArray("BEARER " + token) << token << 200;
}

// covers OPS-4
void TstObservability::metricsNeedTheTokenOrThisMachine()
{
    QFETCH(QString, peer);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    const MetricsAccess::Decision decision = MetricsAccess::decide(QHostAddress(peer), authorization, token);
    QCOMPARE(MetricsAccess::status(decision), status);
    QCOMPARE(MetricsAccess::reason(decision).isEmpty(), status == 200);
}

// covers OPS-4
void TstObservability::theTokenOpensMetricsOverHttp()
{
    QTemporaryDir credentials;
    const QByteArray token = "s3cret-metrics-token-for-tests";
    QFile file(credentials.filePath(QStringLiteral("sitesync-metrics-token")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token + '\n');
    file.close();
    // From the systemd credential, listening on every address, so that a request to this machine's
    // own network address comes from a peer that is not loopback, when the machine has one.
    qputenv("CREDENTIALS_DIRECTORY", credentials.path().toUtf8());
    test::ServerProcess server;
    const QString started =
        server.start(m_centralPath, 0,
                     {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--allow-plain-http")});
    qunsetenv("CREDENTIALS_DIRECTORY");
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTRY_VERIFY(server.output().contains("with the token in"));
    const QString metrics = server.url() + QStringLiteral("/metrics");
    QCOMPARE(httpGet(metrics, "Bearer " + token).status, 200);
    QCOMPARE(httpGet(metrics).status, 401);  // loopback too, which is what a proxy on this machine looks like

    QHostAddress own;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            own = address;
    }
    if (own.isNull())
        QSKIP("This machine has no network address but loopback; the decision is tested on its own above.");
    const QString fromElsewhere = QStringLiteral("http://%1:%2/metrics").arg(own.toString()).arg(server.port());
    const Answer refused = httpGet(fromElsewhere);
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.body.contains("Authorization: Bearer"));
    QCOMPARE(httpGet(fromElsewhere, "Bearer not-the-token-at-all").status, 401);
    const Answer served = httpGet(fromElsewhere, "Bearer " + token);
    QCOMPARE(served.status, 200);
    QVERIFY(served.body.contains("sitesync_requests_total"));
}

// covers OPS-4
void TstObservability::aBadTokenFileStopsTheServer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("short\n");
    file.close();
    const test::CliResult tooShort =
        test::runCli({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--metrics-token-file"), path},
                     m_centralPath);
    QCOMPARE(tooShort.exitCode, 2);
    QVERIFY2(tooShort.err.contains("at least 16 characters"), tooShort.err.constData());
    const test::CliResult missing =
        test::runCli({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--metrics-token-file"), dir.filePath(QStringLiteral("none"))},
                     m_centralPath);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("Cannot read the metrics token file"), missing.err.constData());
}

// covers OPS-2
// Plain HTTP on an address other machines reach would carry every site's password readable; the
// server refuses it unless told the network itself is protected.
void TstObservability::plainHttpOnTheNetworkIsRefused()
{
    const test::CliResult refused =
        test::runCli({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}, m_centralPath);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("site passwords"), refused.err.constData());
    QVERIFY2(refused.err.contains("--allow-plain-http"), refused.err.constData());
    QVERIFY2(refused.err.contains("--tls-cert"), refused.err.constData());

    test::ServerProcess server;
    const QString started =
        server.start(m_centralPath, 0,
                     {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--allow-plain-http")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(httpGet(server.url() + QStringLiteral("/health")).status, 200);
}

// covers ACC-4
void TstObservability::eachSitesVersionShowsOnTheCentral()
{
    // Site 3 initialises from a machine whose SiteSync says 9.8.7: no contact has reported it yet,
    // the request's header alone tells the central.
    const Answer initialised =
        httpPost(m_server.url() + QStringLiteral("/sync/v1/initialise"),
                 {{"Authorization", "Basic " + (QByteArray::number(DemoNetwork::kRemote2) + ':' +
                                                DemoNetwork::sitePassword(DemoNetwork::kRemote2).toUtf8())
                                                   .toBase64()},
                  {protocol::kVersionHeader, QByteArray::number(protocol::kVersion)},
                  {"X-SiteSync-Hardware", "machine-of-site-three"},
                  {protocol::kAppVersionHeader, "9.8.7"}},
                 "{}");
    QCOMPARE(initialised.status, 200);
    auto listedVersion = [this](int site) {
        const test::CliResult list =
            test::runCli({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}, m_centralPath);
        for (const QJsonValue& row : QJsonDocument::fromJson(list.out).array()) {
            if (row.toObject().value(QLatin1String("id")).toInt() == site)
                return row.toObject().value(QLatin1String("version")).toString();
        }
        return QString();
    };
    // Written with the site's connection time, a second later.
    QTRY_COMPARE_WITH_TIMEOUT(listedVersion(DemoNetwork::kRemote2), u"9.8.7"_s, 10000);
    QCOMPARE(listedVersion(DemoNetwork::kRemote1), QStringLiteral(SITESYNC_VERSION));
}

QTEST_GUILESS_MAIN(TstObservability)
#include "tst_observability.moc"
