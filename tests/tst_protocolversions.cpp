// Upgrades across versions (OPS-3) against a real `sitesyncctl serve`: a central serves sites of its
// protocol version and the one before; a site of the previous version, speaking its shape by hand,
// initialises, binds, pushes and pulls and is never sent a column it does not know; a site too old
// or too new is told what to upgrade; a record carrying a column its receiver does not know is
// stored without it, never set aside, and the central keeps the column for the sites that take it.
//
// The central's database is given columns a later SiteSync would add (ALTER TABLE before it serves):
// columns that protocol 1 did not know, as every column added since is.
#include "catalogue/tableregistry.h"
#include "client/centralconnection.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "db/migrations.h"
#include "protocol/protocol.h"
#include "server/sitefiletokens.h"
#include "sync/wirecolumns.h"
#include "sync/wirerecord.h"
#include "testsupport.h"
#include "write/extracolumns.h"
#include "write/recordwriter.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("a-site-password");

struct Answer {
    int status = 0;
    QByteArray range;  // the protocol range header
    QJsonObject body;
    QString code() const
    {
        return body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    QString message() const
    {
        return body.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
};

// A request as a site of protocol `version` sends it, made by hand.
Answer post(const QString& url, const QString& endpoint, int site, const QByteArray& hardware,
            const QByteArray& version, const QJsonObject& body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url + QStringLiteral("/sync/v1/") + endpoint));
    request.setHeader(QNetworkRequest::ContentTypeHeader, protocol::kJsonType);
    request.setRawHeader("Authorization", "Basic " + (QByteArray::number(site) + ':' + kPassword.toUtf8()).toBase64());
    if (!version.isEmpty())
        request.setRawHeader(protocol::kVersionHeader, version);
    request.setRawHeader(protocol::kHardwareHeader, hardware);
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.range = reply->rawHeader(protocol::kRangeHeader);
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QJsonObject pullBody()
{
    return {{QStringLiteral("cursor"), 0}, {QStringLiteral("queue_cursor"), 0}, {QStringLiteral("limit"), 1000}};
}

// The records of a pull answer, by table and id.
QHash<QString, QJsonObject> records(const Answer& answer)
{
    QHash<QString, QJsonObject> found;
    for (const QJsonValue& value : answer.body.value(QLatin1String("records")).toArray()) {
        const QJsonObject record = value.toObject();
        found.insert(record.value(QLatin1String("t")).toString() + QLatin1Char('/') +
                         record.value(QLatin1String("id")).toVariant().toString(),
                     record.value(QLatin1String("d")).toObject());
    }
    return found;
}

// The columns among a record's that protocol 1 did not know.
QStringList laterColumns(const QString& table, const QJsonObject& data)
{
    QStringList later;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (TableRegistry::columnIntroducedIn(table, it.key()) > 1)
            later << it.key();
    }
    return later;
}

QString scalar(const QString& path, const QString& statement)
{
    QStringList rows;
    const QString problem = test::rawSql(path, {statement}, &rows);
    return problem.isEmpty() ? rows.value(0) : problem;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The whole central as it is stored: its file, or every row of its PostgreSQL database.
QByteArray centralHash(const QString& path)
{
    return test::centralOnPostgres() ? test::contentDigest(path) : fileHash(path);
}

// A central that answers every request with the refusal of a version it does not serve, as a
// central of another SiteSync would: `range` is its protocol range header ("" for a central of
// SiteSync 0.1.0, which sent none).
class RefusingCentral : public QObject {
public:
    explicit RefusingCentral(QByteArray range)
        : m_range(std::move(range))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    void answer(QTcpSocket* socket)
    {
        QByteArray& received = m_received[socket];
        received += socket->readAll();
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : received.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (received.size() < end + 4 + length)
            return;
        m_received.remove(socket);
        const QByteArray body =
            R"({"error":{"code":"incompatible_version","message":"This central server speaks SiteSync protocol 1; )"
            R"(the site sent '2'. Install the same SiteSync version on both."}})";
        QByteArray response =
            "HTTP/1.1 426 Upgrade Required\r\nConnection: close\r\nContent-Type: application/json\r\n";
        if (!m_range.isEmpty())
            response += protocol::kRangeHeader + ": " + m_range + "\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QByteArray m_range;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_received;
};

}  // namespace

class TstProtocolVersions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void previousVersionSiteIsServedWithoutLaterColumns();
    void previousVersionSiteBindsFromItsDataFile();
    void currentVersionSiteReceivesLaterColumns();
    void siteTooOldIsToldTheVersionItNeeds_data();
    void siteTooOldIsToldTheVersionItNeeds();
    void siteIsToldWhatToUpgrade_data();
    void siteIsToldWhatToUpgrade();
    void pushedUnknownColumnIsKeptForSitesThatTakeIt();
    void pulledUnknownColumnIsLeftOutOnARemote();
    void previousVersionPushKeepsALaterColumnsValue();
    void keptColumnsAreBounded_data();
    void keptColumnsAreBounded();
    void unknownColumnsSummaryNamesTenAtMost();
    void keptColumnBecomesTheRecordsOwnWhenTheCentralLearnsIt();
    void adoptedValueNeverOverwritesTheRealColumn();
    void newerDatabaseIsRefusedUnchanged();
    void laterColumnsAreThoseOfLaterMigrations();

private:
    // A push of site 2 of the records after what it pushed so far, in the shape of `version`.
    Answer push(const QByteArray& version, const QJsonArray& records, qint64 upto);

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_centralPath;
    qint64 m_pushedBySiteTwo = 0;
};

void TstProtocolVersions::initTestCase()
{
    test::prepareEnvironment();
    {
        std::unique_ptr<SiteSession> central = test::newCentral(m_dir);
        QVERIFY(central);
        m_centralPath = central->database().path();
        for (int site : {2, 3, 4, 5})
            QVERIFY(central->sites()
                        .add(site, QStringLiteral("Site %1").arg(site), QStringLiteral("desktop"), false, kPassword)
                        .ok());
        QVERIFY(central->stores().add(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Store A"), false).ok());
        QVERIFY(central->stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false).ok());
        SyncSettingsChange toThree;
        toThree.activeSiteId = 3;
        QVERIFY(central->syncSettings().apply(QStringLiteral("A"), toThree).ok());
        SyncSettingsChange toTwo;
        toTwo.activeSiteId = 2;
        QVERIFY(central->syncSettings().apply(QStringLiteral("B"), toTwo).ok());
    }
    // Columns of a later SiteSync, which protocol 1 did not know.
    QCOMPARE(test::rawSql(m_centralPath, {QStringLiteral("ALTER TABLE item ADD COLUMN colour TEXT"),
                                          QStringLiteral("ALTER TABLE location ADD COLUMN shelf TEXT")}),
             QString());
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
        QVERIFY2(central.ok(), central ? "" : qPrintable(central.error().message));
        QVERIFY((*central)
                    ->writer()
                    .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i1")},
                                                  {QStringLiteral("code"), QStringLiteral("AMOX")},
                                                  {QStringLiteral("name"), QStringLiteral("Amoxicillin")},
                                                  {QStringLiteral("colour"), QStringLiteral("red")}})
                    .ok());
    }
    const QString started = m_server.start(m_centralPath);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const Answer three = post(m_server.url(), QStringLiteral("initialise"), 3, "machine-3", "2", {});
    QCOMPARE(three.status, 200);
}

Answer TstProtocolVersions::push(const QByteArray& version, const QJsonArray& records, qint64 upto)
{
    const Answer answer = post(m_server.url(), QStringLiteral("push"), 2, "machine-2", version,
                               {{QStringLiteral("from_seq"), m_pushedBySiteTwo},
                                {QStringLiteral("upto_seq"), upto},
                                {QStringLiteral("batch"), QStringLiteral("batch-%1").arg(upto)},
                                {QStringLiteral("outgoing"), 0},
                                {QStringLiteral("records"), records}});
    if (answer.status == 200)
        m_pushedBySiteTwo = upto;
    return answer;
}

// A site of protocol 1 initialises, reports, pushes and pulls in its own shape, and receives no
// column it does not know: it would set such a record aside.
// covers OPS-3
void TstProtocolVersions::previousVersionSiteIsServedWithoutLaterColumns()
{
    const Answer initialised = post(m_server.url(), QStringLiteral("initialise"), 2, "machine-2", "1", {});
    QCOMPARE(initialised.status, 200);
    QCOMPARE(initialised.range, QByteArray("1-2"));
    QCOMPARE(initialised.body.value(QLatin1String("protocol")).toInt(), 1);
    QCOMPARE(initialised.body.value(QLatin1String("protocol_range")).toObject(),
             (QJsonObject{{QStringLiteral("oldest"), 1}, {QStringLiteral("current"), 2}}));
    for (const QJsonValue& site : initialised.body.value(QLatin1String("sites")).toArray())
        QCOMPARE(laterColumns(QStringLiteral("site"), site.toObject()), QStringList());

    const Answer contact = post(m_server.url(), QStringLiteral("contact"), 2, "machine-2", "1",
                                {{QStringLiteral("pushed_seq"), 0},
                                 {QStringLiteral("batch"), QString()},
                                 {QStringLiteral("cursor"), 0},
                                 {QStringLiteral("queue_cursor"), 0},
                                 {QStringLiteral("version"), QStringLiteral("0.1.0")},
                                 {QStringLiteral("outgoing"), 1},
                                 {QStringLiteral("problems"), 0},
                                 {QStringLiteral("unpushed_stores"), QJsonArray()}});
    QCOMPARE(contact.status, 200);
    QCOMPARE(contact.body.value(QLatin1String("protocol_range")).toObject().value(QLatin1String("oldest")).toInt(), 1);

    const Answer pushed = push(
        "1",
        {test::wireRecord(1, "location", {{"id", "L1"}, {"store_id", "B"}, {"code", "L1"}, {"description", "Shelf"}})
             .toJson()},
        1);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.body.value(QLatin1String("applied")).toInt(), 1);
    QCOMPARE(pushed.body.value(QLatin1String("problems")).toArray(), QJsonArray());

    const Answer pulled = post(m_server.url(), QStringLiteral("pull"), 2, "machine-2", "1", pullBody());
    QCOMPARE(pulled.status, 200);
    QCOMPARE(pulled.range, QByteArray("1-2"));
    const QHash<QString, QJsonObject> received = records(pulled);
    QVERIFY(received.contains(QStringLiteral("item/i1")));
    QCOMPARE(received.value(QStringLiteral("item/i1")).value(QLatin1String("name")).toString(),
             QStringLiteral("Amoxicillin"));
    for (auto it = received.begin(); it != received.end(); ++it)
        QVERIFY2(laterColumns(it.key().section(QLatin1Char('/'), 0, 0), it.value()).isEmpty(), qPrintable(it.key()));
}

// A desktop site of protocol 1 set up from its data file binds in its own shape.
// covers OPS-3
void TstProtocolVersions::previousVersionSiteBindsFromItsDataFile()
{
    QString token;
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
        QVERIFY(central.ok());
        const Result<QString> begun = SiteFileTokens(**central).beginExport(4);
        QVERIFY2(begun.ok(), begun ? "" : qPrintable(begun.error().message));
        token = *begun;
    }
    const Answer bound =
        post(m_server.url(), QStringLiteral("bind"), 4, "machine-4", "1", {{QStringLiteral("export_token"), token}});
    QCOMPARE(bound.status, 200);
    QCOMPARE(bound.body.value(QLatin1String("protocol")).toInt(), 1);
    QCOMPARE(bound.body.value(QLatin1String("site")).toObject().value(QLatin1String("id")).toInt(), 4);
    QCOMPARE(bound.body.value(QLatin1String("protocol_range")).toObject().value(QLatin1String("current")).toInt(),
             protocol::kVersion);
}

// covers OPS-3
void TstProtocolVersions::currentVersionSiteReceivesLaterColumns()
{
    const Answer pulled = post(m_server.url(), QStringLiteral("pull"), 3, "machine-3", "2", pullBody());
    QCOMPARE(pulled.status, 200);
    QCOMPARE(records(pulled).value(QStringLiteral("item/i1")).value(QLatin1String("colour")).toString(),
             QStringLiteral("red"));
}

void TstProtocolVersions::siteTooOldIsToldTheVersionItNeeds_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("protocol 0") << QByteArray("0") << 426 << "incompatible_version"
                                << "Upgrade SiteSync on the site to 0.1.0 or later";
    QTest::newRow("no protocol") << QByteArray() << 426 << "incompatible_version"
                                 << "does not come from SiteSync: it names no protocol version. A proxy between the "
                                    "site and the central server";
    QTest::newRow("newer than the central")
        << QByteArray::number(protocol::kVersion + 1) << 426 << "incompatible_version"
        << "Upgrade the central server first";
    QTest::newRow("beyond any number") << QByteArray("99999999999999999999") << 426 << "incompatible_version"
                                       << "Upgrade the central server first";
    QTest::newRow("not a number") << QByteArray("two") << 400 << "malformed_body"
                                  << "The request names protocol version 'two', which is not a version number";
    QTest::newRow("negative") << QByteArray("-1") << 400 << "malformed_body"
                              << "is not a version number";
}

// The central's refusal says what to upgrade, in words any site shows as they are.
// covers OPS-3, SEC-2
void TstProtocolVersions::siteTooOldIsToldTheVersionItNeeds()
{
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QByteArray before = test::contentDigest(m_centralPath);
    const Answer refused = post(m_server.url(), QStringLiteral("pull"), 2, "machine-2", version, pullBody());
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.code(), code);
    QCOMPARE(refused.range, QByteArray("1-2"));
    QVERIFY2(refused.message().contains(says), qPrintable(refused.message()));
    QVERIFY2(!refused.message().contains(QLatin1String("too old")) || version == "0", qPrintable(refused.message()));
    QCOMPARE(test::contentDigest(m_centralPath), before);
}

void TstProtocolVersions::siteIsToldWhatToUpgrade_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<QString>("says");
    QTest::newRow("central of SiteSync 0.1.0")
        << QByteArray() << "Upgrade the central server first, to SiteSync " SITESYNC_VERSION " or later";
    QTest::newRow("central too new for this site")
        << QByteArray::number(protocol::kVersion + 1) + '-' + QByteArray::number(protocol::kVersion + 2)
        << "Upgrade SiteSync on this site";
}

// What the site itself says, in `sitesyncctl sync` and the window, when its central does not serve
// its version: the sync's error, as every failed sync shows it.
// covers OPS-3
void TstProtocolVersions::siteIsToldWhatToUpgrade()
{
    QFETCH(QByteArray, range);
    QFETCH(QString, says);
    RefusingCentral central(range);
    CentralConnection connection(QUrl(central.url()), 2, kPassword, QStringLiteral("machine-2"));
    const Result<QJsonObject> answer = connection.post(QStringLiteral("contact"), {});
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, ErrorKind::Incompatible);
    QVERIFY2(answer.error().message.contains(says), qPrintable(answer.error().message));
    QVERIFY2(answer.error().message.contains(central.url()), qPrintable(answer.error().message));

    // A whole sync stops with that message.
    MemoryCredentialStore credentials;
    QVERIFY(credentials.write(CredentialStore::keyFor(central.url(), 5), kPassword).ok());
    const Result<std::unique_ptr<SiteSession>> site =
        RemoteSync::initialise(m_dir.filePath(QStringLiteral("refused-%1.db").arg(QTest::currentDataTag())),
                               QUrl(central.url()), 5, kPassword, credentials);
    QVERIFY(!site.ok());
    QCOMPARE(site.error().kind, ErrorKind::Incompatible);
    QVERIFY2(site.error().message.contains(says), qPrintable(site.error().message));
}

// covers OPS-3, AD-7
void TstProtocolVersions::pushedUnknownColumnIsKeptForSitesThatTakeIt()
{
    const qint64 seq = m_pushedBySiteTwo + 1;
    const Answer pushed = push("2",
                               {test::wireRecord(seq, "message",
                                                 {{"id", "m1"},
                                                  {"from_store_id", "B"},
                                                  {"to_store_id", "A"},
                                                  {"body", "Send amoxicillin"},
                                                  {"priority", "high"}})
                                    .toJson()},
                               seq);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.body.value(QLatin1String("problems")).toArray(), QJsonArray());
    QCOMPARE(pushed.body.value(QLatin1String("applied")).toInt(), 1);
    QCOMPARE(scalar(m_centralPath, QStringLiteral("SELECT body FROM message WHERE id = 'm1'")),
             QStringLiteral("Send amoxicillin"));
    QCOMPARE(scalar(m_centralPath, QStringLiteral("SELECT count(*) FROM sync_problem")), QStringLiteral("0"));

    // Sent on to a site of the current protocol, which takes it, and to none of protocol 1.
    const Answer current = post(m_server.url(), QStringLiteral("pull"), 3, "machine-3", "2", pullBody());
    QCOMPARE(current.status, 200);
    const QJsonObject received = records(current).value(QStringLiteral("message/m1"));
    QCOMPARE(received.value(QLatin1String("body")).toString(), QStringLiteral("Send amoxicillin"));
    QCOMPARE(received.value(QLatin1String("priority")).toString(), QStringLiteral("high"));
    const Answer previous = post(m_server.url(), QStringLiteral("pull"), 3, "machine-3", "1", pullBody());
    QCOMPARE(previous.status, 200);
    const QJsonObject withoutIt = records(previous).value(QStringLiteral("message/m1"));
    QCOMPARE(withoutIt.value(QLatin1String("body")).toString(), QStringLiteral("Send amoxicillin"));
    QVERIFY(!withoutIt.contains(QLatin1String("priority")));

    // The message pushed again by a site that does not know the column keeps it.
    const qint64 next = m_pushedBySiteTwo + 1;
    const Answer again =
        push("1",
             {test::wireRecord(next, "message",
                               {{"id", "m1"}, {"from_store_id", "B"}, {"to_store_id", "A"}, {"body", "Send two"}})
                  .toJson()},
             next);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(QLatin1String("problems")).toArray(), QJsonArray());
    const Answer later = post(m_server.url(), QStringLiteral("pull"), 3, "machine-3", "2", pullBody());
    const QJsonObject kept = records(later).value(QStringLiteral("message/m1"));
    QCOMPARE(kept.value(QLatin1String("body")).toString(), QStringLiteral("Send two"));
    QCOMPARE(kept.value(QLatin1String("priority")).toString(), QStringLiteral("high"));
}

// A remote whose database lacks a column the central sends stores the record without it.
// covers OPS-3, AD-7
void TstProtocolVersions::pulledUnknownColumnIsLeftOutOnARemote()
{
    MemoryCredentialStore credentials;
    Result<std::unique_ptr<SiteSession>> site = RemoteSync::initialise(m_dir.filePath(QStringLiteral("site5.db")),
                                                                       QUrl(m_server.url()), 5, kPassword, credentials);
    QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));
    RecordWriter& writer = (*site)->writer();
    const QJsonObject item = *writer.fetch(QStringLiteral("item"), QStringLiteral("i1"));
    QCOMPARE(item.value(QLatin1String("name")).toString(), QStringLiteral("Amoxicillin"));
    QVERIFY(!item.contains(QLatin1String("colour")));
    QCOMPARE((*site)->database().scalar(QStringLiteral("SELECT count(*) FROM sync_problem"))->toInt(), 0);
    QCOMPARE((*site)->database().scalar(QStringLiteral("SELECT count(*) FROM sync_in"))->toInt(), 0);
    // A technician's record with a column the table lacks is still refused, with its reason.
    const Result<WriteResult> put =
        writer.put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i9")},
                                            {QStringLiteral("code"), QStringLiteral("X")},
                                            {QStringLiteral("name"), QStringLiteral("X")},
                                            {QStringLiteral("colour"), QStringLiteral("blue")}});
    QVERIFY(!put.ok());
    QVERIFY2(put.error().message.contains(QLatin1String("Unknown column 'colour'")), qPrintable(put.error().message));
}

// A site that does not know a column the central has never clears it by pushing the record back.
// covers OPS-3
void TstProtocolVersions::previousVersionPushKeepsALaterColumnsValue()
{
    qint64 seq = m_pushedBySiteTwo + 1;
    const Answer current =
        push("2",
             {test::wireRecord(seq, "location", {{"id", "L2"}, {"store_id", "B"}, {"code", "L2"}, {"shelf", "top"}})
                  .toJson()},
             seq);
    QCOMPARE(current.status, 200);
    QCOMPARE(current.body.value(QLatin1String("applied")).toInt(), 1);
    QCOMPARE(scalar(m_centralPath, QStringLiteral("SELECT shelf FROM location WHERE id = 'L2'")),
             QStringLiteral("top"));

    seq = m_pushedBySiteTwo + 1;
    const Answer previous =
        push("1",
             {test::wireRecord(seq, "location",
                               {{"id", "L2"}, {"store_id", "B"}, {"code", "L2"}, {"description", "Cold room"}})
                  .toJson()},
             seq);
    QCOMPARE(previous.status, 200);
    QCOMPARE(previous.body.value(QLatin1String("applied")).toInt(), 1);
    QCOMPARE(
        scalar(m_centralPath, QStringLiteral("SELECT description || ' / ' || shelf FROM location WHERE id = 'L2'")),
        QStringLiteral("Cold room / top"));
}

void TstProtocolVersions::keptColumnsAreBounded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("firstPush");    // new columns of a first push, applied
    QTest::addColumn<int>("secondPush");   // new columns of a second push of the record
    QTest::addColumn<QString>("oddName");  // a column with this name in the second push
    QTest::addColumn<int>("valueBytes");   // the size of each value of the second push
    QTest::addColumn<QString>("says");
    QTest::newRow("too many at once") << "b1" << 0 << 65 << QString() << 1 << "at most 64 are kept";
    QTest::newRow("too many merged") << "b2" << 40 << 30 << QString() << 1 << "at most 64 are kept";
    QTest::newRow("too long a name") << "b3" << 1 << 0 << QString(65, QLatin1Char('x')) << 1 << "not a column name";
    QTest::newRow("not a name") << "b4" << 1 << 0 << QStringLiteral("a b") << 1 << "not a column name";
    QTest::newRow("too large") << "b5" << 1 << 20 << QString() << 1000 << "at most 16384 are kept";
}

// A record whose kept columns would grow past their bounds is forged or broken: it is set aside
// as a sync problem with the reason, and what the central kept for it is unchanged.
// covers OPS-3, SEC-4
void TstProtocolVersions::keptColumnsAreBounded()
{
    QFETCH(QString, id);
    QFETCH(int, firstPush);
    QFETCH(int, secondPush);
    QFETCH(QString, oddName);
    QFETCH(int, valueBytes);
    QFETCH(QString, says);
    const auto message = [&](const QString& body) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("from_store_id"), QStringLiteral("B")},
                           {QStringLiteral("to_store_id"), QStringLiteral("A")},
                           {QStringLiteral("body"), body}};
    };
    QJsonObject first = message(QStringLiteral("first"));
    for (int i = 0; i < firstPush; ++i)
        first.insert(QStringLiteral("first_%1").arg(i), i);
    qint64 seq = m_pushedBySiteTwo + 1;
    WireRecord record;
    record.seq = seq;
    record.table = QStringLiteral("message");
    record.id = id;
    record.data = first;
    const Answer applied = push("2", {record.toJson()}, seq);
    QCOMPARE(applied.status, 200);
    QCOMPARE(applied.body.value(QLatin1String("problems")).toArray(), QJsonArray());
    const QString keptBefore = scalar(
        m_centralPath, QStringLiteral("SELECT count(*) FROM record_extra_columns WHERE record_id = '%1'").arg(id));

    QJsonObject second = message(QStringLiteral("second"));
    for (int i = 0; i < secondPush; ++i)
        second.insert(QStringLiteral("second_%1").arg(i), QString(valueBytes, QLatin1Char('v')));
    if (!oddName.isEmpty())
        second.insert(oddName, 1);
    record.seq = seq = m_pushedBySiteTwo + 1;
    record.data = second;
    const Answer refused = push("2", {record.toJson()}, seq);
    QCOMPARE(refused.status, 200);
    const QJsonArray problems = refused.body.value(QLatin1String("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    const QString reason = QString::fromUtf8(QJsonDocument(problems.first().toObject()).toJson());
    QVERIFY2(reason.contains(says) && reason.contains(QLatin1String("damaged or forged")), qPrintable(reason));
    QCOMPARE(scalar(m_centralPath, QStringLiteral("SELECT body FROM message WHERE id = '%1'").arg(id)),
             QStringLiteral("first"));
    QCOMPARE(scalar(m_centralPath,
                    QStringLiteral("SELECT count(*) FROM record_extra_columns WHERE record_id = '%1'").arg(id)),
             keptBefore);
}

// A log line names a few columns and how many more, however many a batch carried.
// covers OPS-3
void TstProtocolVersions::unknownColumnsSummaryNamesTenAtMost()
{
    wirecolumns::UnknownColumns unknown;
    QJsonObject many;
    for (int i = 0; i < 500; ++i)
        many.insert(QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0')), i);
    unknown.note(QStringLiteral("message"), many);
    unknown.note(QStringLiteral("item"), {{QStringLiteral("colour"), 1}});
    const QString summary = unknown.summary();
    QVERIFY2(summary.size() < 300, qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("and 490 more")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("item (colour)")), qPrintable(summary));
    QVERIFY2(summary.startsWith(QLatin1String("2 record(s): ")), qPrintable(summary));
}

// When an upgrade gives the central a column it kept for records, the kept value becomes the
// record's own: sites of the current protocol are sent it from the real column.
// covers OPS-3
void TstProtocolVersions::keptColumnBecomesTheRecordsOwnWhenTheCentralLearnsIt()
{
    QCOMPARE(
        scalar(m_centralPath,
               QStringLiteral("SELECT %1 FROM record_extra_columns WHERE table_name = 'message' AND record_id = 'm1'")
                   .arg(test::centralDialect().jsonField(QStringLiteral("columns"), QStringLiteral("priority")))),
        QStringLiteral("high"));
    m_server.stop();
    QCOMPARE(test::rawSql(m_centralPath, {QStringLiteral("ALTER TABLE message ADD COLUMN priority TEXT")}), QString());
    const QString started = m_server.start(m_centralPath);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const Answer pulled = post(m_server.url(), QStringLiteral("pull"), 3, "machine-3", "2", pullBody());
    QCOMPARE(pulled.status, 200);
    QCOMPARE(records(pulled).value(QStringLiteral("message/m1")).value(QLatin1String("priority")).toString(),
             QStringLiteral("high"));
    QCOMPARE(scalar(m_centralPath, QStringLiteral("SELECT priority FROM message WHERE id = 'm1'")),
             QStringLiteral("high"));
    QCOMPARE(scalar(m_centralPath, QStringLiteral("SELECT count(*) FROM record_extra_columns WHERE table_name = "
                                                  "'message' AND record_id = 'm1'")),
             QStringLiteral("0"));
}

// Adoption fills only an empty real column, and keeps what the central still does not know.
// covers OPS-3
void TstProtocolVersions::adoptedValueNeverOverwritesTheRealColumn()
{
    const QString path = test::centralPath(m_dir, QStringLiteral("adopting.db"));
    QVERIFY(test::newCentral(m_dir, 1, QStringLiteral("adopting.db")));
    QCOMPARE(test::rawSql(path, {QStringLiteral("ALTER TABLE item ADD COLUMN grade TEXT")}), QString());
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(path);
        QVERIFY(central.ok());
        RecordWriter& writer = (*central)->writer();
        for (const char* id : {"empty", "set"})
            QVERIFY(writer
                        .put(QStringLiteral("item"), {{QStringLiteral("id"), QString::fromLatin1(id)},
                                                      {QStringLiteral("code"), QString::fromLatin1(id)},
                                                      {QStringLiteral("name"), QString::fromLatin1(id)}})
                        .ok());
        QVERIFY(writer
                    .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("set")},
                                                  {QStringLiteral("grade"), QStringLiteral("own")}})
                    .ok());
        ExtraColumns extra((*central)->database());
        QVERIFY(extra
                    .keep(QStringLiteral("item"), QStringLiteral("empty"),
                          {{QStringLiteral("grade"), QStringLiteral("kept")}, {QStringLiteral("size"), 3}})
                    .ok());
        QVERIFY(extra
                    .keep(QStringLiteral("item"), QStringLiteral("set"),
                          {{QStringLiteral("grade"), QStringLiteral("kept")}})
                    .ok());
    }
    QVERIFY(SiteSession::open(path).ok());
    const Dialect dialect = test::centralDialect();
    QCOMPARE(scalar(path, QStringLiteral("SELECT %1 FROM (SELECT * FROM item WHERE id IN ('empty', 'set') ORDER BY id)"
                                         " AS items")
                              .arg(dialect.joinedText(QStringLiteral("id || '=' || grade"), QStringLiteral("' '")))),
             QStringLiteral("empty=kept set=own"));
    QCOMPARE(scalar(path,
                    QStringLiteral("SELECT %1 FROM record_extra_columns")
                        .arg(dialect.joinedText(QStringLiteral("record_id || '=' || columns"), QStringLiteral("' '")))),
             QStringLiteral("empty={\"size\":3}"));
}

// A database an upgrade migrated is refused by the program of the version before, which changes
// nothing in it.
// covers OPS-3, SEC-4
void TstProtocolVersions::newerDatabaseIsRefusedUnchanged()
{
    const QString path = test::centralPath(m_dir, QStringLiteral("upgraded.db"));
    {
        std::unique_ptr<SiteSession> central = test::newCentral(m_dir, 1, QStringLiteral("upgraded.db"));
        QVERIFY(central);
        QVERIFY(central->sites().add(2, QStringLiteral("Two"), QStringLiteral("desktop"), false, kPassword).ok());
    }
    // As a newer SiteSync leaves the version, in the file's header or in PostgreSQL's marker table.
    const QStringList upgrade =
        test::centralOnPostgres()
            ? QStringList{QStringLiteral("UPDATE sitesync_schema SET version = %1").arg(latestSchemaVersion() + 1)}
            : QStringList{QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1),
                          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")};
    QCOMPARE(test::rawSql(path, upgrade), QString());
    const QByteArray before = centralHash(path);
    for (const QStringList& command :
         {QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
          QStringList{QStringLiteral("status")}, QStringList{QStringLiteral("sync")}}) {
        const test::CliResult refused = test::runCli(command, path);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("written by a newer version of SiteSync") &&
                     refused.err.contains("Install the newer SiteSync to open it"),
                 refused.err.constData());
        QCOMPARE(centralHash(path), before);
    }
}

// The columns of the record tables of a database at schema 13, the schema of SiteSync 0.1.0, built
// by its migrations: by table.
QHash<QString, QSet<QString>> columnsAtSchema13()
{
    QHash<QString, QSet<QString>> columns;
    const QString connection = QStringLiteral("schema-13");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return columns;
        // The migrations write as the write path does, with the guard open.
        sqlite3* handle = *static_cast<sqlite3* const*>(db.driver()->handle().constData());
        sqlite3_create_function_v2(
            handle, "sitesync_write_open", 0, SQLITE_UTF8, nullptr,
            [](sqlite3_context* context, int, sqlite3_value**) { sqlite3_result_int(context, 1); }, nullptr, nullptr,
            nullptr);
        QSqlQuery query(db);
        for (int version = 1; version <= 13; ++version) {
            for (const QString& statement : migrationStatements(version)) {
                if (!query.exec(statement)) {
                    qWarning("migration %d: %s", version, qPrintable(query.lastError().text()));
                    return {};
                }
            }
        }
        for (const TableInfo& table : TableRegistry::tables()) {
            if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(Database::quoted(table.name))))
                return {};
            while (query.next())
                columns[table.name].insert(query.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return columns;
}

// The frozen list of protocol 1's columns is exactly the record tables at schema 13, table by
// table: a column missing from it would never reach a site of protocol 1, one too many would make
// such a site set records aside.
// covers OPS-3
void TstProtocolVersions::laterColumnsAreThoseOfLaterMigrations()
{
    const QHash<QString, QSet<QString>> atSchema13 = columnsAtSchema13();
    QVERIFY(atSchema13.size() > 20);
    std::unique_ptr<SiteSession> fresh = test::newCentral(m_dir, 1, QStringLiteral("fresh.db"));
    QVERIFY(fresh);
    int columns = 0;
    for (const TableInfo& table : TableRegistry::tables()) {
        QSet<QString> now;
        for (const ColumnInfo& column : fresh->database().columns(table.name))
            now.insert(column.name);
        for (const QString& column : now + atSchema13.value(table.name)) {
            ++columns;
            const int expected = atSchema13.value(table.name).contains(column) ? 1 : 2;
            QVERIFY2(
                TableRegistry::columnIntroducedIn(table.name, column) == expected,
                qPrintable(QStringLiteral("%1.%2 should be of protocol %3").arg(table.name, column).arg(expected)));
        }
    }
    QVERIFY(columns > 200);
    QCOMPARE(TableRegistry::columnIntroducedIn(QStringLiteral("item"), QStringLiteral("name")), 1);
    QCOMPARE(TableRegistry::columnIntroducedIn(QStringLiteral("item"), QStringLiteral("colour")), 2);
}

QTEST_MAIN(TstProtocolVersions)
#include "tst_protocolversions.moc"
