// Protocol v1 against a real `sitesyncctl serve`: authentication and its error codes, throttling that
// locks no site out of its own machine, body and push limits, forged pushes, and pushes applied once
// however often they are sent.
#include "client/centralconnection.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "protocol/compression.h"
#include "protocol/protocol.h"
#include "security/passwordhash.h"
#include "sync/wirerecord.h"
#include "testsupport.h"
#include "write/recordwriter.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("site-two-password");

struct Reply {
    int status = 0;
    QString code;
    int retryAfter = 0;
};

QString errorCode(const QByteArray& body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

// A pull sent from `source`: on loopback any 127.x.y.z reaches the server, so one test plays
// several machines.
Reply pullFrom(const QHostAddress& source, int port, const QByteArray& authorization, const QByteArray& hardware)
{
    QTcpSocket socket;
    if (!socket.bind(source))
        return {};
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(5000))
        return {};
    const QByteArray body = R"({"cursor":0,"queue_cursor":0,"limit":1})";
    socket.write("POST /sync/v1/pull HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                 "Content-Type: application/json\r\nX-SiteSync-Protocol: 1\r\nAuthorization: Basic " +
                 authorization.toBase64() + "\r\nX-SiteSync-Hardware: " + hardware +
                 "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    qsizetype expected = -1;  // the whole answer's length, once its headers are in
    while (expected < 0 || answer.size() < expected) {
        if (!socket.waitForReadyRead(10000))
            break;
        answer += socket.readAll();
        const qsizetype headersEnd = answer.indexOf("\r\n\r\n");
        if (headersEnd < 0)
            continue;
        for (const QByteArray& line : answer.left(headersEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                expected = headersEnd + 4 + line.mid(15).trimmed().toLongLong();
        }
    }
    Reply reply;
    reply.status = answer.mid(9, 3).toInt();  // "HTTP/1.1 429 ..."
    const qsizetype headersEnd = answer.indexOf("\r\n\r\n");
    for (const QByteArray& line : answer.left(headersEnd).split('\n')) {
        if (line.toLower().startsWith("retry-after:"))
            reply.retryAfter = line.mid(12).trimmed().toInt();
    }
    reply.code = errorCode(answer.mid(headersEnd + 4));
    return reply;
}

// A hand-made request, so that each header can be wrong on purpose.
Reply rawPost(const QString& url, const QByteArray& authorization, const QByteArray& version,
              const QByteArray& hardware, const QByteArray& body, const QByteArray& encoding = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url + QStringLiteral("/sync/v1/pull")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, protocol::kJsonType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", "Basic " + authorization.toBase64());
    if (!version.isEmpty())
        request.setRawHeader(protocol::kVersionHeader, version);
    if (!hardware.isEmpty())
        request.setRawHeader(protocol::kHardwareHeader, hardware);
    if (!encoding.isEmpty())
        request.setRawHeader("Content-Encoding", encoding);
    QNetworkReply* reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.code = errorCode(reply->readAll());
    reply->deleteLater();
    return result;
}

}  // namespace

class TstSyncProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void errorCodes_data();
    void errorCodes();
    void compressedBodies();
    void forgedPushIsRefusedAndLogged();
    void resentBatchChangesNothing();
    void oversizedPushChangesNothing();
    void secondMachineIsRefusedUntilReset();
    void pullCountsWhatRemains();
    void repeatedFailuresAreThrottled();
    void failuresElsewhereNeverLockASiteOut();
    void passwordChangeEndsARememberedLogin();
    void centralKeepsTheAddressEachSiteCameFrom();

private:
    // What a pull of site 2 from the cursors to its end received: per answer, its records (and
    // targeted resends among them) and its `remaining` (-1 when absent); the first request asks for
    // the count when `count`.
    struct Drained {
        QList<qint64> records;
        QList<qint64> remaining;
        qint64 resends = 0;
        qint64 cursor = 0;
        qint64 queueCursor = 0;
        QString error;
        qint64 received() const { return std::accumulate(records.begin(), records.end(), qint64(0)); }
    };
    Drained drain(qint64 cursor, qint64 queueCursor, int limit, bool count);
    QByteArray credentials(int site = 2, const QString& password = kPassword) const
    {
        return QByteArray::number(site) + ':' + password.toUtf8();
    }
    // A push of the records after `from`, up to the last of them, as the batch `batch` (ACC-1).
    Result<QJsonObject> push(const QList<WireRecord>& records, qint64 from, const QString& batch);

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_centralPath;
    QString m_hardware = QStringLiteral("machine-of-site-two");
};

void TstSyncProtocol::initTestCase()
{
    test::prepareEnvironment();
    std::unique_ptr<SiteSession> central = test::newCentral(m_dir);
    QVERIFY(central);
    m_centralPath = central->database().path();
    QVERIFY(central->sites().add(2, QStringLiteral("Remote"), QStringLiteral("desktop"), false, kPassword).ok());
    QVERIFY(central->sites().add(3, QStringLiteral("Other"), QStringLiteral("desktop"), false, kPassword).ok());
    QVERIFY(central->stores().add(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Store A"), false).ok());
    QVERIFY(central->stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false).ok());
    SyncSettingsChange toTwo;
    toTwo.activeSiteId = 2;
    QVERIFY(central->syncSettings().apply(QStringLiteral("B"), toTwo).ok());
    QVERIFY(central->writer()
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i1")},
                                              {QStringLiteral("code"), QStringLiteral("AMOX")},
                                              {QStringLiteral("name"), QStringLiteral("Amoxicillin")}})
                .ok());
    central.reset();
    const QString started = m_server.start(m_centralPath);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    CentralConnection connection(QUrl(m_server.url()), 2, kPassword, m_hardware);
    QVERIFY(connection.post(QStringLiteral("initialise"), {}).ok());
}

void TstSyncProtocol::errorCodes_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("hardware");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray ok = "2:" + kPassword.toUtf8();
    const QByteArray pull = R"({"cursor":0,"queue_cursor":0,"limit":10})";
    QTest::newRow("fine") << ok << QByteArray("1") << QByteArray("machine-of-site-two") << pull << 200 << QString();
    QTest::newRow("unknown site") << QByteArray("99:whatever") << QByteArray("1") << QByteArray("m") << pull << 401
                                  << "unknown_site";
    QTest::newRow("the central itself") << QByteArray("1:whatever") << QByteArray("1") << QByteArray("m") << pull << 401
                                        << "unknown_site";
    QTest::newRow("no credentials") << QByteArray() << QByteArray("1") << QByteArray("m") << pull << 401
                                    << "unknown_site";
    QTest::newRow("wrong password") << QByteArray("2:nope") << QByteArray("1") << QByteArray("machine-of-site-two")
                                    << pull << 401 << "wrong_password";
    QTest::newRow("wrong hardware") << ok << QByteArray("1") << QByteArray("another-machine") << pull << 403
                                    << "wrong_hardware";
    QTest::newRow("newer protocol") << ok << QByteArray::number(protocol::kVersion + 1)
                                    << QByteArray("machine-of-site-two") << pull << 426 << "incompatible_version";
    QTest::newRow("no protocol") << ok << QByteArray() << QByteArray("machine-of-site-two") << pull << 426
                                 << "incompatible_version";
    QTest::newRow("protocol not a number")
        << ok << QByteArray("1.0") << QByteArray("machine-of-site-two") << pull << 400 << "malformed_body";
    QTest::newRow("malformed JSON") << ok << QByteArray("1") << QByteArray("machine-of-site-two")
                                    << QByteArray("{\"cursor\":") << 400 << "malformed_body";
    QTest::newRow("negative cursor") << ok << QByteArray("1") << QByteArray("machine-of-site-two")
                                     << QByteArray(R"({"cursor":-5,"queue_cursor":0})") << 400 << "malformed_body";
    QTest::newRow("not initialised") << QByteArray("3:" + kPassword.toUtf8()) << QByteArray("1") << QByteArray("m")
                                     << pull << 403 << "not_initialised";
    QTest::newRow("too large") << ok << QByteArray("1") << QByteArray("machine-of-site-two")
                               << QByteArray(protocol::kMaxBodyBytes + 10, ' ') << 413 << "body_too_large";
}

// covers SEC-1, SEC-2, SEC-4, TOP-4
void TstSyncProtocol::errorCodes()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, hardware);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QByteArray before = test::contentDigest(m_centralPath);
    const Reply reply = rawPost(m_server.url(), authorization, version, hardware, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code, code);
    if (status != 200)
        QCOMPARE(test::contentDigest(m_centralPath), before);
}

// covers SEC-4
void TstSyncProtocol::compressedBodies()
{
    const QByteArray pull = R"({"cursor":0,"queue_cursor":0,"limit":10})";
    const QByteArray auth = credentials();
    QCOMPARE(rawPost(m_server.url(), auth, "1", m_hardware.toUtf8(), protocol::deflate(pull), "deflate").status, 200);
    const Reply damaged =
        rawPost(m_server.url(), auth, "1", m_hardware.toUtf8(), protocol::deflate(pull).left(8), "deflate");
    QCOMPARE(damaged.status, 400);
    QCOMPARE(damaged.code, QStringLiteral("malformed_body"));
    // A small body that would inflate beyond the limit is refused without inflating it all.
    const QByteArray bomb = protocol::deflate(QByteArray(protocol::kMaxRequestInflatedBytes + 1024, 'x'));
    QVERIFY(bomb.size() < protocol::kMaxBodyBytes);
    const Reply refused = rawPost(m_server.url(), auth, "1", m_hardware.toUtf8(), bomb, "deflate");
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.code, QStringLiteral("body_too_large"));
}

Result<QJsonObject> TstSyncProtocol::push(const QList<WireRecord>& records, qint64 from, const QString& batch)
{
    QJsonArray array;
    for (const WireRecord& r : records)
        array.append(r.toJson());
    CentralConnection connection(QUrl(m_server.url()), 2, kPassword, m_hardware);
    return connection.post(QStringLiteral("push"), QJsonObject{{QStringLiteral("from_seq"), from},
                                                               {QStringLiteral("upto_seq"), records.last().seq},
                                                               {QStringLiteral("batch"), batch},
                                                               {QStringLiteral("records"), array}});
}

// covers DT-8, SEC-4, AD-7, AD-5, OPS-3
void TstSyncProtocol::forgedPushIsRefusedAndLogged()
{
    const QList<WireRecord> batch = {
        // valid: store data of B, active on site 2
        test::wireRecord(101, "stock_line", {{"id", "ok-line"}, {"store_id", "B"}, {"item_id", "i1"}, {"quantity", 3}}),
        // forged: store data of A, active on the central
        test::wireRecord(102, "stock_line",
                         {{"id", "forged-line"}, {"store_id", "A"}, {"item_id", "i1"}, {"quantity", 9}}),
        // forged: central data from a site that is not the primary
        test::wireRecord(103, "item", {{"id", "forged-item"}, {"code", "X"}, {"name", "Forged"}}),
        // forged: sync settings
        test::wireRecord(104, "store_sync", {{"id", "B"}, {"active_site_id", 3}, {"include_transactions", 1}}),
        // hostile: unknown table
        test::wireRecord(105, "accounts", {{"id", "x"}}),
        // a column the central does not know (a site of a later SiteSync): stored without it, the
        // column kept apart as data, never set aside (OPS-3)
        test::wireRecord(106, "stock_line",
                         {{"id", "odd-line"}, {"store_id", "B"}, {"item_id", "i1"}, {"colour", "red"}}),
        // hostile: an unknown column whose name is no column name is no later SiteSync's: set aside
        test::wireRecord(107, "stock_line",
                         {{"id", "hostile-line"}, {"store_id", "B"}, {"item_id", "i1"}, {"x\" = 1; --", "y"}}),
    };
    const Result<QJsonObject> answer = push(batch, 0, QStringLiteral("forged"));
    QVERIFY2(answer.ok(), answer ? "" : qPrintable(answer.error().message));
    QCOMPARE(answer->value(QLatin1String("acknowledged_seq")).toInteger(), 107);
    QCOMPARE(answer->value(QLatin1String("applied")).toInt(), 2);
    QCOMPARE(answer->value(QLatin1String("problems")).toArray().size(), 5);

    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
    QVERIFY(central.ok());
    RecordWriter& writer = (*central)->writer();
    QVERIFY(!writer.fetch(QStringLiteral("stock_line"), QStringLiteral("ok-line"))->isEmpty());
    QVERIFY(writer.fetch(QStringLiteral("stock_line"), QStringLiteral("forged-line"))->isEmpty());
    QVERIFY(writer.fetch(QStringLiteral("item"), QStringLiteral("forged-item"))->isEmpty());
    QCOMPARE((*central)->site().activeSiteOf(QStringLiteral("B")), std::optional<int>(2));
    Database& db = (*central)->database();
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM sync_problem WHERE site_id = 2 AND kind = 'refused'"))->toInt(),
        3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sync_problem WHERE site_id = 2 AND kind = 'quarantined'"))
                 ->toInt(),
             2);
    QVERIFY(!writer.fetch(QStringLiteral("stock_line"), QStringLiteral("odd-line"))->isEmpty());
    QVERIFY(writer.fetch(QStringLiteral("stock_line"), QStringLiteral("hostile-line"))->isEmpty());
    const QString hostile =
        db.scalar(QStringLiteral("SELECT reason FROM sync_problem WHERE record_id = 'hostile-line'"))->toString();
    QVERIFY2(hostile.contains(QLatin1String("not a column name")), qPrintable(hostile));
    QCOMPARE(QJsonDocument::fromJson(db.scalar(QStringLiteral("SELECT columns FROM record_extra_columns WHERE "
                                                              "table_name = 'stock_line' AND record_id = 'odd-line'"))
                                         ->toByteArray())
                 .object(),
             (QJsonObject{{QStringLiteral("colour"), QStringLiteral("red")}}));
    const QString reason =
        db.scalar(QStringLiteral("SELECT reason FROM sync_problem WHERE record_id = 'forged-line'"))->toString();
    QVERIFY2(reason.contains(QLatin1String("site 1")), qPrintable(reason));
    // AD-5: the central knows when the site last connected.
    const Result<SiteInfo> remote = (*central)->sites().find(2);
    QVERIFY(remote.ok());
    QVERIFY(
        QDateTime::fromString(remote->contact.lastConnectionAt, Qt::ISODate).secsTo(QDateTime::currentDateTimeUtc()) <
        600);
    QVERIFY((*central)->sites().find(3)->contact.lastConnectionAt.isEmpty());
    // The valid record is routed on, with site 2 as its origin so it never comes back to it.
    QCOMPARE(db.scalar(QStringLiteral("SELECT origin_site FROM change_log WHERE record_id = 'ok-line'"))->toInt(), 2);
}

// covers TOP-3, DT-8
void TstSyncProtocol::resentBatchChangesNothing()
{
    const QList<WireRecord> batch = {test::wireRecord(
        201, "stock_line", {{"id", "again-line"}, {"store_id", "B"}, {"item_id", "i1"}, {"quantity", 1}})};
    QVERIFY(push(batch, 107, QStringLiteral("resent")).ok());
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
    QVERIFY(central.ok());
    Database& db = (*central)->database();
    const QString logSeq = QStringLiteral("SELECT seq FROM change_log WHERE record_id = 'again-line'");
    const qint64 seq = db.scalar(logSeq)->toLongLong();
    // The same batch again (its answer was lost): acknowledged, nothing applied.
    const Result<QJsonObject> again = push(batch, 107, QStringLiteral("resent"));
    QVERIFY(again.ok());
    QCOMPARE(again->value(QLatin1String("applied")).toInt(), 0);
    QCOMPARE(again->value(QLatin1String("acknowledged_seq")).toInteger(), 201);
    // A record under a sequence number already acknowledged is taken as already applied.
    QList<WireRecord> stale = batch;
    stale[0].data.insert(QStringLiteral("quantity"), 999);
    QVERIFY(push(stale, 107, QStringLiteral("resent")).ok());
    QCOMPARE((*central)
                 ->writer()
                 .fetch(QStringLiteral("stock_line"), QStringLiteral("again-line"))
                 ->value(QLatin1String("quantity"))
                 .toDouble(),
             1.0);
    QCOMPARE(db.scalar(logSeq)->toLongLong(), seq);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sync_in"))->toInt(), 0);
}

// covers OPS-6, SEC-4
void TstSyncProtocol::oversizedPushChangesNothing()
{
    // A well-formed push that follows the sequence, one record over the limit: refused whole.
    QList<WireRecord> batch;
    for (int i = 1; i <= protocol::kPushBatch + 1; ++i)
        batch << test::wireRecord(
            201 + i, "stock_line",
            {{"id", QStringLiteral("flood-%1").arg(i)}, {"store_id", "B"}, {"item_id", "i1"}, {"quantity", i}});
    const QByteArray before = test::contentDigest(m_centralPath);
    const Result<QJsonObject> refused = push(batch, 201, QStringLiteral("flood"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("body_too_large")), qPrintable(refused.error().message));
    QCOMPARE(test::contentDigest(m_centralPath), before);
}

// covers TOP-4
void TstSyncProtocol::secondMachineIsRefusedUntilReset()
{
    CentralConnection other(QUrl(m_server.url()), 2, kPassword, QStringLiteral("a-second-machine"));
    const Result<QJsonObject> refused = other.post(QStringLiteral("initialise"), {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("wrong_hardware")), qPrintable(refused.error().message));
    const test::CliResult reset = test::runCli(
        {QStringLiteral("site"), QStringLiteral("reset-hardware"), QStringLiteral("--id"), QStringLiteral("2")},
        m_centralPath);
    QCOMPARE(reset.exitCode, 0);
    QVERIFY(other.post(QStringLiteral("initialise"), {}).ok());
    // Now the first machine is the stranger; move the binding back for the other tests.
    CentralConnection first(QUrl(m_server.url()), 2, kPassword, m_hardware);
    QVERIFY(!first
                 .post(QStringLiteral("pull"),
                       QJsonObject{{QStringLiteral("cursor"), 0}, {QStringLiteral("queue_cursor"), 0}})
                 .ok());
    QCOMPARE(test::runCli({QStringLiteral("site"), QStringLiteral("reset-hardware"), QStringLiteral("--id"),
                           QStringLiteral("2")},
                          m_centralPath)
                 .exitCode,
             0);
    QVERIFY(first.post(QStringLiteral("initialise"), {}).ok());
}

TstSyncProtocol::Drained TstSyncProtocol::drain(qint64 cursor, qint64 queueCursor, int limit, bool count)
{
    CentralConnection connection(QUrl(m_server.url()), 2, kPassword, m_hardware);
    Drained drained;
    while (true) {
        QJsonObject body{{QStringLiteral("cursor"), cursor},
                         {QStringLiteral("queue_cursor"), queueCursor},
                         {QStringLiteral("limit"), limit}};
        if (count && drained.records.isEmpty())
            body.insert(QStringLiteral("count"), true);
        const Result<QJsonObject> answer = connection.post(QStringLiteral("pull"), body);
        if (!answer) {
            drained.error = answer.error().message;
            return drained;
        }
        const QJsonArray records = answer->value(QLatin1String("records")).toArray();
        drained.records << records.size();
        drained.remaining << answer->value(QLatin1String("remaining")).toInteger(-1);
        for (const QJsonValue& record : records)
            drained.resends += record.toObject().value(QLatin1String("seq")).toInteger() == 0 ? 1 : 0;
        cursor = answer->value(QLatin1String("cursor")).toInteger();
        queueCursor = answer->value(QLatin1String("queue_cursor")).toInteger();
        if (!answer->value(QLatin1String("more")).toBool())
            break;
    }
    drained.cursor = cursor;
    drained.queueCursor = queueCursor;
    return drained;
}

// covers ACC-4
void TstSyncProtocol::pullCountsWhatRemains()
{
    // Stock lines of store A, active on the central: not for site 2 until store A moves there.
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
        QVERIFY(central.ok());
        RecordWriter& writer = (*central)->writer();
        const Status entered = writer.inOneTransaction([&]() -> Status {
            for (int i = 0; i < 40; ++i) {
                const Result<WriteResult> w = writer.put(QStringLiteral("stock_line"),
                                                         {{QStringLiteral("id"), QStringLiteral("counted-%1").arg(i)},
                                                          {QStringLiteral("store_id"), QStringLiteral("A")},
                                                          {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                          {QStringLiteral("quantity"), i}});
                if (!w)
                    return w.error();
            }
            return {};
        });
        QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));
    }

    // Without the flag an answer says nothing of what remains, as before.
    const Drained plain = drain(0, 0, 4, false);
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
    QVERIFY(plain.records.size() > 2);
    for (qint64 remaining : plain.remaining)
        QCOMPARE(remaining, qint64(-1));

    // With it, the first answer counts what follows it, and exactly that many records follow; the
    // later requests do not ask, so their answers do not count.
    const Drained fromStart = drain(0, 0, 4, true);
    QVERIFY2(fromStart.error.isEmpty(), qPrintable(fromStart.error));
    QVERIFY(fromStart.records.size() > 2);
    QCOMPARE(fromStart.received(), plain.received());
    QCOMPARE(fromStart.remaining.first(), fromStart.received() - fromStart.records.first());
    for (qsizetype i = 1; i < fromStart.remaining.size(); ++i)
        QCOMPARE(fromStart.remaining.at(i), qint64(-1));

    // Store A moves to site 2, which was served past its stock lines: they are targeted resends
    // now (RT-5), and the count holds them with the log entries of the move.
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
        QVERIFY(central.ok());
        SyncSettingsChange toTwo;
        toTwo.activeSiteId = 2;
        const Result<StoreSyncSettings> moved = (*central)->syncSettings().apply(QStringLiteral("A"), toTwo);
        QVERIFY2(moved.ok(), moved ? "" : qPrintable(moved.error().message));
    }
    const Drained afterMove = drain(fromStart.cursor, fromStart.queueCursor, 4, true);
    QVERIFY2(afterMove.error.isEmpty(), qPrintable(afterMove.error));
    QVERIFY2(afterMove.resends >= 40, qPrintable(QString::number(afterMove.resends)));
    QVERIFY(afterMove.resends < afterMove.received());
    QCOMPARE(afterMove.remaining.first(), afterMove.received() - afterMove.records.first());

    // At the end nothing remains.
    const Drained atEnd = drain(afterMove.cursor, afterMove.queueCursor, 4, true);
    QVERIFY2(atEnd.error.isEmpty(), qPrintable(atEnd.error));
    QCOMPARE(atEnd.received(), qint64(0));
    QCOMPARE(atEnd.remaining, QList<qint64>{0});
}

// covers SEC-3
void TstSyncProtocol::repeatedFailuresAreThrottled()
{
    // Site 3 and this address: after five wrong passwords even the right one waits.
    for (int attempt = 0; attempt < 5; ++attempt)
        QCOMPARE(rawPost(m_server.url(), credentials(3, QStringLiteral("guess")), "1", "m", "{}").code,
                 QStringLiteral("wrong_password"));
    const Reply throttled = rawPost(m_server.url(), credentials(3), "1", "m", "{}");
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.code, QStringLiteral("throttled"));
}

// covers OPS-6, SEC-2, SEC-3
void TstSyncProtocol::failuresElsewhereNeverLockASiteOut()
{
    const QByteArray pull = R"({"cursor":0,"queue_cursor":0,"limit":1})";
    // Another machine floods wrong passwords for site 2: a few are checked, then it waits; site 2's
    // own machine, with its password, syncs all along.
    const QHostAddress elsewhere(QStringLiteral("127.0.0.2"));
    for (int attempt = 0; attempt < 12; ++attempt) {
        const Reply reply = pullFrom(elsewhere, m_server.port(), credentials(2, QStringLiteral("guess")), "m");
        if (attempt < 5) {
            QCOMPARE(reply.code, QStringLiteral("wrong_password"));
        } else {
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.code, QStringLiteral("throttled"));
            QVERIFY(reply.retryAfter > 0);
        }
    }
    for (int request = 0; request < 3; ++request) {
        QCOMPARE(rawPost(m_server.url(), credentials(), "1", m_hardware.toUtf8(), pull).status, 200);
        QCOMPARE(pullFrom(elsewhere, m_server.port(), credentials(2, QStringLiteral("guess")), "m").code,
                 QStringLiteral("throttled"));
    }
    // The other machine's right password for another site is still checked.
    QCOMPARE(pullFrom(elsewhere, m_server.port(), credentials(3), "m").code, QStringLiteral("not_initialised"));

    // A third machine naming no known site trips its address's limit: then even a right password
    // from it waits, and site 2's own machine goes on.
    const QHostAddress flooding(QStringLiteral("127.0.0.3"));
    for (int attempt = 0; attempt < 30; ++attempt)
        QCOMPARE(pullFrom(flooding, m_server.port(), "99:whatever", "m").code, QStringLiteral("unknown_site"));
    QCOMPARE(pullFrom(flooding, m_server.port(), credentials(), m_hardware.toUtf8()).code, QStringLiteral("throttled"));
    QCOMPARE(rawPost(m_server.url(), credentials(), "1", m_hardware.toUtf8(), pull).status, 200);
}

// covers SEC-1, SEC-2
void TstSyncProtocol::passwordChangeEndsARememberedLogin()
{
    const QByteArray pull = R"({"cursor":0,"queue_cursor":0,"limit":1})";
    const QByteArray hardware = m_hardware.toUtf8();
    // As a technician's new password would be stored: a new salted hash.
    auto setPassword = [this](const QString& password) -> QString {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
        if (!central)
            return central.error().message;
        const Result<WriteResult> written = (*central)->writer().put(
            QStringLiteral("site"),
            {{QStringLiteral("id"), 2}, {QStringLiteral("password_hash"), PasswordHash::create(password)}},
            WriteOptions::managedTables());
        return written ? QString() : written.error().message;
    };
    QCOMPARE(rawPost(m_server.url(), credentials(), "1", hardware, pull).status, 200);  // remembered now
    const QString changed = QStringLiteral("site-two-changed-password");
    QCOMPARE(setPassword(changed), QString());
    QCOMPARE(rawPost(m_server.url(), credentials(), "1", hardware, pull).code, QStringLiteral("wrong_password"));
    QCOMPARE(rawPost(m_server.url(), credentials(2, changed), "1", hardware, pull).status, 200);
    QCOMPARE(setPassword(kPassword), QString());
    QCOMPARE(rawPost(m_server.url(), credentials(2, changed), "1", hardware, pull).code,
             QStringLiteral("wrong_password"));
    QCOMPARE(rawPost(m_server.url(), credentials(), "1", hardware, pull).status, 200);
}

namespace {

// The address the central noted for a site's last connection, written a second after the request.
QString lastAddress(const QString& centralPath, int siteId)
{
    QStringList rows;
    const QString failed = test::rawSql(
        centralPath,
        {QStringLiteral("SELECT COALESCE(last_address, '') FROM site_cursor WHERE site_id = %1").arg(siteId)}, &rows);
    return failed.isEmpty() && !rows.isEmpty() ? rows.first() : failed;
}

}  // namespace

// covers AD-5
void TstSyncProtocol::centralKeepsTheAddressEachSiteCameFrom()
{
    // Site 2's machine moves from one address to another; a refused request from a third changes
    // nothing.
    QCOMPARE(
        pullFrom(QHostAddress(QStringLiteral("127.0.0.4")), m_server.port(), credentials(), m_hardware.toUtf8()).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(lastAddress(m_centralPath, 2), QStringLiteral("127.0.0.4"), 10000);
    QCOMPARE(pullFrom(QHostAddress(QStringLiteral("127.0.0.5")), m_server.port(),
                      credentials(2, QStringLiteral("guess")), m_hardware.toUtf8())
                 .code,
             QStringLiteral("wrong_password"));
    const QByteArray pull = R"({"cursor":0,"queue_cursor":0,"limit":1})";
    QCOMPARE(rawPost(m_server.url(), credentials(), "1", m_hardware.toUtf8(), pull).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(lastAddress(m_centralPath, 2), QStringLiteral("127.0.0.1"), 10000);
}

QTEST_GUILESS_MAIN(TstSyncProtocol)
#include "tst_syncprotocol.moc"
