// The central under load (OPS-6): limits held from the headers and the clock, connections capped,
// and requests served concurrently without one site's answer going wrong for another's. Real
// `sitesyncctl serve` on 127.0.0.1, raw sockets for what a misbehaving client sends, real SQLite
// files and real remote sites syncing from several threads at once.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "model/syncsettings.h"
#include "protocol/jsonscan.h"
#include "protocol/protocol.h"
#include "server/pullservice.h"
#include "testsupport.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sitesync;

namespace {

// Reads from the socket until the server closes it or `ms` pass; returns what arrived.
QByteArray readUntilClosed(QTcpSocket& socket, int ms)
{
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

// One answer's status line and headers, as far as they arrived within five seconds.
QByteArray answerHead(QTcpSocket& socket)
{
    QByteArray head;
    QElapsedTimer clock;
    clock.start();
    while (!head.contains("\r\n\r\n") && clock.elapsed() < 5000) {
        socket.waitForReadyRead(100);
        head += socket.readAll();
    }
    return head;
}

bool connectTo(QTcpSocket& socket, int port)
{
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(5000);
}

QByteArray pullHead(qint64 contentLength)
{
    return "POST /sync/v1/pull HTTP/1.1\r\nHost: central\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(contentLength) + "\r\n\r\n";
}

// Store E (active on the central, on no remote site) gets `lines` stock lines and becomes visible
// to store C on site 3, so that it may become a collector there.
Status fillStoreE(SiteSession& central, int lines)
{
    const Result<StoreInfo> storeE = central.stores().find(QStringLiteral("E"));
    if (!storeE)
        return storeE.error();
    return central.writer().inOneTransaction([&]() -> Status {
        if (const Result<WriteResult> w = central.writer().put(
                QStringLiteral("name_store_join"),
                {{QStringLiteral("name_id"), storeE->nameId}, {QStringLiteral("store_id"), QStringLiteral("C")}});
            !w)
            return w.error();
        for (int i = 0; i < lines; ++i) {
            if (const Result<WriteResult> w = central.writer().put(
                    QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("e-line-%1").arg(i)},
                                                   {QStringLiteral("store_id"), QStringLiteral("E")},
                                                   {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                   {QStringLiteral("quantity"), i}});
                !w)
                return w.error();
        }
        return {};
    });
}

Status makeCollector(SiteSession& central, int siteId, SyncWith with)
{
    SyncSettingsChange change;
    change.with.insert(siteId, with);
    const Result<StoreSyncSettings> applied = central.syncSettings().apply(QStringLiteral("E"), change);
    return applied ? Status() : Status(applied.error());
}

}  // namespace

class TstCentralLoad : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anOversizedBodyIsRefusedFromItsHeaders();
    void anIdleConnectionIsClosed();
    void aTricklingRequestIsCutOff();
    void connectionsPastTheCapAreToldBusy();
    void concurrentPullsAndAPushInterleaveCorrectly();
    void anAnswerOlderThanASettingsChangeIsMadeAgain();
    void aLargePushGoesInSeveralRequests();
    void aPushIsCountedFromItsText_data();
    void aPushIsCountedFromItsText();

private:
    QTemporaryDir m_dir;
    QString m_centralPath;
};

void TstCentralLoad::initTestCase()
{
    test::prepareEnvironment();
    m_centralPath = m_dir.filePath(QStringLiteral("limits.db"));
    QVERIFY(test::newCentral(m_dir, 1, QStringLiteral("limits.db")) != nullptr);
}

// covers OPS-6, SEC-4
void TstCentralLoad::anOversizedBodyIsRefusedFromItsHeaders()
{
    test::ServerProcess server;
    const QString started = server.start(m_centralPath);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTcpSocket socket;
    QVERIFY(connectTo(socket, server.port()));
    // A gigabyte announced, not one byte of it sent: the refusal cannot depend on reading it.
    socket.write(pullHead(1024LL * 1024 * 1024));
    QVERIFY(socket.waitForBytesWritten(5000));
    const QByteArray answer = readUntilClosed(socket, 15000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY2(answer.contains("\"body_too_large\""), answer.constData());
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);

    // Headers alone larger than the limit are refused too, without waiting for their end.
    QTcpSocket flood;
    QVERIFY(connectTo(flood, server.port()));
    flood.write("POST /sync/v1/pull HTTP/1.1\r\nX-Filler: " + QByteArray(64 * 1024, 'x'));
    const QByteArray refused = readUntilClosed(flood, 15000);
    QVERIFY2(refused.startsWith("HTTP/1.1 400 "), refused.left(200).constData());
    QVERIFY(refused.contains("\"malformed_body\""));
}

// covers OPS-6
void TstCentralLoad::anIdleConnectionIsClosed()
{
    test::ServerProcess server;
    const QString started = server.start(m_centralPath, 0, {QStringLiteral("--idle-timeout"), QStringLiteral("1")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTcpSocket idle;
    QVERIFY(connectTo(idle, server.port()));
    // Nothing asked, nothing answered: the server closes the connection after its idle time.
    const QByteArray answer = readUntilClosed(idle, 10000);
    QCOMPARE(idle.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(answer.isEmpty(), answer.constData());

    // A connection that is used stays open between requests, and is closed once idle after them.
    QTcpSocket used;
    QVERIFY(connectTo(used, server.port()));
    // (Without the protocol header it is refused, as any request can be.)
    used.write(pullHead(2) + "{}");
    const QByteArray first = answerHead(used);
    QVERIFY2(first.startsWith("HTTP/1.1 426 "), first.constData());
    QCOMPARE(used.state(), QAbstractSocket::ConnectedState);
    readUntilClosed(used, 10000);
    QCOMPARE(used.state(), QAbstractSocket::UnconnectedState);
}

// covers OPS-6
void TstCentralLoad::aTricklingRequestIsCutOff()
{
    test::ServerProcess server;
    const QString started = server.start(m_centralPath, 0, {QStringLiteral("--request-timeout"), QStringLiteral("1")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTcpSocket slow;
    QVERIFY(connectTo(slow, server.port()));
    // The headers never end: after the request time the server answers 408 and closes.
    slow.write("POST /sync/v1/pull HTTP/1.1\r\nHost: central\r\n");
    QElapsedTimer clock;
    clock.start();
    QByteArray answer;
    while (clock.elapsed() < 10000 && slow.state() == QAbstractSocket::ConnectedState) {
        slow.write("X-Drip: 1\r\n");
        answer += readUntilClosed(slow, 200);
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    QVERIFY(answer.contains("\"request_timeout\""));
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
}

// covers OPS-6
void TstCentralLoad::connectionsPastTheCapAreToldBusy()
{
    test::ServerProcess server;
    const QString started = server.start(m_centralPath, 0, {QStringLiteral("--max-connections"), QStringLiteral("2")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTcpSocket first;
    QTcpSocket second;
    QVERIFY(connectTo(first, server.port()));
    QVERIFY(connectTo(second, server.port()));
    // Both answered, so both are open on the server's side.
    for (QTcpSocket* socket : {&first, &second}) {
        socket->write(pullHead(2) + "{}");
        const QByteArray answer = answerHead(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 426 "), answer.constData());
    }
    QTcpSocket third;
    QVERIFY(connectTo(third, server.port()));
    third.write(pullHead(2) + "{}");
    const QByteArray busy = readUntilClosed(third, 10000);
    QVERIFY2(busy.startsWith("HTTP/1.1 503 "), busy.constData());
    QVERIFY(busy.contains("\"server_busy\""));
    QVERIFY(busy.contains("Retry-After: "));

    // Once one closes, a new connection is served.
    first.disconnectFromHost();
    QByteArray again;
    QElapsedTimer clock;
    clock.start();
    while (!again.startsWith("HTTP/1.1 426 ") && clock.elapsed() < 15000) {
        QTest::qWait(200);
        QTcpSocket socket;
        if (!connectTo(socket, server.port()))
            continue;
        socket.write(pullHead(2) + "{}");
        again = answerHead(socket);
    }
    QVERIFY2(again.startsWith("HTTP/1.1 426 "), again.constData());
}

// Two sites pull in small batches while one of them also pushes and the central's sync settings
// change under them: every site ends with exactly what routes to it (RT-1, RT-2, RT-5), whatever
// the order in which the serving threads took their requests.
// covers OPS-6, RT-5
void TstCentralLoad::concurrentPullsAndAPushInterleaveCorrectly()
{
    QTemporaryDir dir;
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        dir.path(), [](const QString&) {}, test::centralPath(dir));
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    test::ServerProcess server;
    const QString started = server.start(demo->centralPath, 0, {QStringLiteral("--workers"), QStringLiteral("4")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    MemoryCredentialStore credentials;
    QStringList sitePaths;
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        sitePaths << dir.filePath(QStringLiteral("site%1.db").arg(id));
        const Result<std::unique_ptr<SiteSession>> remote = RemoteSync::initialise(
            sitePaths.last(), QUrl(server.url()), id, DemoNetwork::sitePassword(id), credentials);
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
    }

    // Store E gets many stock lines, and items (central data, for every site) follow them.
    constexpr int kLines = 600;
    constexpr int kItems = 300;
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(demo->centralPath);
    QVERIFY(opened.ok());
    SiteSession& central = **opened;
    Status entered = fillStoreE(central, kLines);
    if (entered)
        entered = central.writer().inOneTransaction([&]() -> Status {
            for (int i = 0; i < kItems; ++i) {
                if (const Result<WriteResult> w = central.writer().put(
                        QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("load-%1").arg(i)},
                                                 {QStringLiteral("code"), QStringLiteral("L%1").arg(i)},
                                                 {QStringLiteral("name"), QStringLiteral("Load %1").arg(i)}});
                    !w)
                    return w.error();
            }
            return {};
        });
    QVERIFY2(entered.ok(), entered ? "" : qPrintable(entered.error().message));

    // Site 2 enters stock in store B (its own) to push while both sites pull.
    {
        Result<std::unique_ptr<SiteSession>> site2 = SiteSession::open(sitePaths[0]);
        QVERIFY(site2.ok());
        RecordWriter& writer = (*site2)->writer();
        const Status made = writer.inOneTransaction([&]() -> Status {
            for (int i = 0; i < 400; ++i) {
                if (const Result<WriteResult> w = writer.put(
                        QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("b-line-%1").arg(i)},
                                                       {QStringLiteral("store_id"), QStringLiteral("B")},
                                                       {QStringLiteral("item_id"), QStringLiteral("item-para")},
                                                       {QStringLiteral("quantity"), 1000 + i}});
                    !w)
                    return w.error();
            }
            return {};
        });
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
    }

    QAtomicInt batchesPulled;
    QStringList failures;
    QMutex failuresMutex;
    auto syncInThread = [&](const QString& path) {
        return QThread::create([&, path] {
            MemoryCredentialStore mine = credentials;
            Result<std::unique_ptr<SiteSession>> session = SiteSession::open(path);
            if (!session) {
                const QMutexLocker locker(&failuresMutex);
                failures << session.error().message;
                return;
            }
            RemoteSync sync(**session, mine);
            sync.setPullBatch(15);
            const Result<SyncReport> report = sync.syncOnce([&](const SyncProgress& p) {
                if (p.phase == SyncPhase::Pull)
                    batchesPulled.fetchAndAddRelaxed(1);
            });
            if (!report) {
                const QMutexLocker locker(&failuresMutex);
                failures << report.error().message;
            }
        });
    };
    std::unique_ptr<QThread> first(syncInThread(sitePaths[0]));
    std::unique_ptr<QThread> second(syncInThread(sitePaths[1]));
    first->start();
    second->start();
    // While they pull, store E becomes a collector on site 3, then only a transfer copy, then a
    // collector again: each time, its lines that site 3 was served are queued for it and those ahead reach it
    // from the log (RT-5), and a pull answered from a snapshot older than the change is made again.
    for (const auto& [after, collector] : {std::pair{8, true}, std::pair{16, false}, std::pair{24, true}}) {
        QTRY_VERIFY_WITH_TIMEOUT(batchesPulled.loadRelaxed() >= after, 60000);
        const Status applied =
            makeCollector(central, DemoNetwork::kRemote2, collector ? SyncWith::ActiveCollector : SyncWith::Transfer);
        QVERIFY2(applied.ok(), applied ? "" : qPrintable(applied.error().message));
    }
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // Every site then syncs once more, one after the other, and holds what routes to it.
    for (const QString& path : std::as_const(sitePaths)) {
        Result<std::unique_ptr<SiteSession>> session = SiteSession::open(path);
        QVERIFY(session.ok());
        RemoteSync sync(**session, credentials);
        const Result<SyncReport> report = sync.syncOnce();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    }
    auto count = [](const QString& path, const QString& sql) {
        QStringList rows;
        const QString failed = test::rawSql(path, {sql}, &rows);
        return failed.isEmpty() && rows.size() == 1 ? rows.first().toInt() : -1;
    };
    const QString eLines = QStringLiteral("SELECT count(*) FROM stock_line WHERE id LIKE 'e-line-%'");
    const QString eSum = QStringLiteral("SELECT sum(quantity) FROM stock_line WHERE id LIKE 'e-line-%'");
    const QString items = QStringLiteral("SELECT count(*) FROM item WHERE id LIKE 'load-%'");
    const QString bLines = QStringLiteral("SELECT count(*) FROM stock_line WHERE id LIKE 'b-line-%'");
    // Site 3 holds store E in full, with the central's content; site 2 holds none of it.
    QCOMPARE(count(sitePaths[1], eLines), kLines);
    QCOMPARE(count(sitePaths[1], eSum), count(demo->centralPath, eSum));
    QCOMPARE(count(sitePaths[0], eLines), 0);
    // Central data reached both; site 2's push reached the central whole, and not site 3.
    QCOMPARE(count(sitePaths[0], items), kItems);
    QCOMPARE(count(sitePaths[1], items), kItems);
    QCOMPARE(count(demo->centralPath, bLines), 400);
    QCOMPARE(count(sitePaths[1], bLines), 0);
}

// The race the snapshot opens, made to happen: a settings change comes in between an answer's
// snapshot and the recording of what it served. The change queued what site 3 had been served by
// then; recorded as served, the answer would carry site 3's cursor past store E's lines without
// them, and they would never reach it. It is made again instead, under the new settings.
// covers RT-5, OPS-6
void TstCentralLoad::anAnswerOlderThanASettingsChangeIsMadeAgain()
{
    QTemporaryDir dir;
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        dir.path(), [](const QString&) {}, test::centralPath(dir));
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    Result<std::unique_ptr<SiteSession>> serving = SiteSession::open(demo->centralPath);
    Result<std::unique_ptr<SiteSession>> editing = SiteSession::open(demo->centralPath);
    QVERIFY(serving.ok() && editing.ok());
    constexpr int kLines = 40;
    const Status filled = fillStoreE(**editing, kLines);
    QVERIFY2(filled.ok(), filled ? "" : qPrintable(filled.error().message));

    PullService pulls(**serving);
    Status changed = makeError(ErrorKind::Database, QStringLiteral("the change never came"));
    bool once = false;
    pulls.setAfterSnapshot([&] {
        if (!std::exchange(once, true))
            changed = makeCollector(**editing, DemoNetwork::kRemote2, SyncWith::ActiveCollector);
    });
    QSet<QString> received;
    qint64 cursor = 0;
    qint64 queueCursor = 0;
    for (bool more = true; more;) {
        const Result<QByteArray> answer =
            pulls.serve(DemoNetwork::kRemote2,
                        {{QStringLiteral("cursor"), cursor}, {QStringLiteral("queue_cursor"), queueCursor}}, true);
        QVERIFY2(answer.ok(), answer ? "" : qPrintable(answer.error().message));
        const QJsonObject object = QJsonDocument::fromJson(*answer).object();
        for (const QJsonValue& record : object.value(QLatin1String("records")).toArray())
            received.insert(record.toObject().value(QLatin1String("id")).toString());
        cursor = object.value(QLatin1String("cursor")).toInteger();
        queueCursor = object.value(QLatin1String("queue_cursor")).toInteger();
        more = object.value(QLatin1String("more")).toBool();
    }
    QVERIFY2(changed.ok(), changed ? "" : qPrintable(changed.error().message));
    QVERIFY(pulls.retries() >= 1);
    for (int i = 0; i < kLines; ++i)
        QVERIFY2(received.contains(QStringLiteral("e-line-%1").arg(i)), qPrintable(QString::number(i)));
}

// A site's changes larger together than a request may inflate to go in several pushes, each under
// protocol::kPushBytes, and all arrive (OPS-6: the central's memory for a request stays small).
// covers OPS-6, SEC-4
void TstCentralLoad::aLargePushGoesInSeveralRequests()
{
    QTemporaryDir dir;
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        dir.path(), [](const QString&) {}, test::centralPath(dir));
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    test::ServerProcess server;
    const QString started = server.start(demo->centralPath);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    MemoryCredentialStore credentials;
    Result<std::unique_ptr<SiteSession>> site =
        RemoteSync::initialise(dir.filePath(QStringLiteral("site2.db")), QUrl(server.url()), DemoNetwork::kRemote1,
                               DemoNetwork::sitePassword(DemoNetwork::kRemote1), credentials);
    QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));
    // More than the central inflates in one request, in records of 40 kB each.
    const int lines = int(protocol::kMaxRequestInflatedBytes / 40000) + 50;
    const QString longBatch(40000, QLatin1Char('b'));
    RecordWriter& writer = (*site)->writer();
    const Status made = writer.inOneTransaction([&]() -> Status {
        for (int i = 0; i < lines; ++i) {
            if (const Result<WriteResult> w =
                    writer.put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("long-%1").arg(i)},
                                                              {QStringLiteral("store_id"), QStringLiteral("B")},
                                                              {QStringLiteral("item_id"), QStringLiteral("item-para")},
                                                              {QStringLiteral("batch"), longBatch},
                                                              {QStringLiteral("quantity"), i}});
                !w)
                return w.error();
        }
        return {};
    });
    QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
    RemoteSync sync(**site, credentials);
    int pushes = 0;
    qint64 last = 0;
    const Result<SyncReport> report = sync.syncOnce([&](const SyncProgress& p) {
        if (p.phase == SyncPhase::Push && p.done > last) {
            ++pushes;
            last = p.done;
        }
    });
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->pushed, lines);
    QVERIFY2(pushes >= 4, qPrintable(QString::number(pushes)));
    QStringList rows;
    QCOMPARE(test::rawSql(demo->centralPath,
                          {QStringLiteral("SELECT count(*) FROM stock_line WHERE id LIKE 'long-%' AND length(batch) = "
                                          "40000")},
                          &rows),
             QString());
    QCOMPARE(rows.value(0).toInt(), lines);
}

void TstCentralLoad::aPushIsCountedFromItsText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expected");  // -1: not told from the text

    QTest::newRow("empty") << QByteArray(R"({"records": []})") << 0;
    QTest::newRow("three") << QByteArray(R"({"from_seq":1, "records":[{"a":1},{"b":[1,2]},{"c":"]"}]})") << 3;
    QTest::newRow("brackets and quotes in strings")
        << QByteArray(R"({"x":"{[\"", "records":[{"s":"a,b]\\"}, {"s":"\\\",{"}]})") << 2;
    QTest::newRow("nested arrays count once") << QByteArray(R"({"records":[[1,2,3],[4]]})") << 2;
    QTest::newRow("whitespace") << QByteArray(" {\n \"records\" :\t[ 1 ,\r\n 2 ] }") << 2;
    QTest::newRow("stops past the limit") << QByteArray(R"({"records":[1,2,3,4,5,6,7,8,9]})") << 4;
    QTest::newRow("no records") << QByteArray(R"({"from_seq":1})") << -1;
    QTest::newRow("records not an array") << QByteArray(R"({"records":{"a":[1,2]}})") << -1;
    QTest::newRow("not an object") << QByteArray(R"([{"records":[1]}])") << -1;
    QTest::newRow("cut short") << QByteArray(R"({"records":[{"a":"b)") << -1;
    // Escaped keys are the parser's to read: the count after parsing still holds them.
    QTest::newRow("escaped key") << QByteArray(R"({"rec\u006frds":[1,2,3,4,5]})") << -1;
}

// covers OPS-6, SEC-4
void TstCentralLoad::aPushIsCountedFromItsText()
{
    QFETCH(QByteArray, text);
    QFETCH(int, expected);
    const std::optional<qsizetype> counted = jsonscan::arrayLength(text, "records", 3);
    QCOMPARE(counted ? int(*counted) : -1, expected);
}

QTEST_GUILESS_MAIN(TstCentralLoad)
#include "tst_centralload.moc"
