// Two `sitesyncctl serve` processes on one PostgreSQL central, behind one address (OPS-5): a site
// syncs through either, alternately, and every change made on it or on the central arrives once;
// the session token one server gave is honoured by the other; failed logins made against both add
// up to the throttle. A proxy in front stands for the load balancer: it sends each new connection
// to the server the test names.
#include "client/centralconnection.h"
#include "client/heldsessions.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "linkproxy.h"
#include "protocol/protocol.h"
#include "server/loginthrottle.h"
#include "sync/outgoinglog.h"
#include "testsupport.h"
#include "write/recordwriter.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QByteArray kPassword = "two-servers-site-password";
const QString kThrottled = protocol::errorCodeId(protocol::ErrorCode::Throttled);
const QString kWrongPassword = protocol::errorCodeId(protocol::ErrorCode::WrongPassword);
const QString kUnknownSite = protocol::errorCodeId(protocol::ErrorCode::UnknownSite);
// A request refused for its body passed authentication: the body is looked at only after it.
const QString kLetIn = protocol::errorCodeId(protocol::ErrorCode::MalformedBody);

// The requests of site 2 a server answered, by its log lines.
int requestsOfSite2(test::ServerProcess& server)
{
    return int(server.errorOutput().count("site=2 endpoint="));
}

// The first column of each row, in order.
QStringList column(Database& db, const QString& query)
{
    QStringList values;
    QSqlQuery rows(db.sql());
    if (!rows.exec(query))
        return {QStringLiteral("failed: %1").arg(sqlErrorText(rows))};
    while (rows.next())
        values << rows.value(0).toString();
    return values;
}

}  // namespace

class TstPostgresServers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aSiteSyncsThroughEitherServer();
    void aTokenFromOneServerHoldsOnTheOther();
    void failedLoginsAgainstBothServersAddUp();

private:
    // Sends the site's next connections to server `index` (0 or 1) and syncs it once; the report,
    // checked to have been served by that server alone.
    Result<SyncReport> syncThrough(int index);

    QTemporaryDir m_dir;
    QString m_centralAddress;
    std::unique_ptr<SiteSession> m_central;  // as an administrator's program would have it open
    test::ServerProcess m_servers[2];
    test::LinkProxy m_balancer;  // the one address the site knows
    MemoryCredentialStore m_credentials;
    std::unique_ptr<SiteSession> m_site;
    QString m_hardware;
};

void TstPostgresServers::initTestCase()
{
    test::prepareEnvironment();
    QVERIFY(m_dir.isValid());
    m_centralAddress = test::newPostgresDatabase();
    QVERIFY2(!m_centralAddress.isEmpty(), "no PostgreSQL server (ctest's postgres fixture sets one)");
    QVERIFY(test::makeCentralWithRemote(m_centralAddress, kPassword, QStringLiteral("Two Servers")));
    for (test::ServerProcess& server : m_servers) {
        const QString started = server.start(m_centralAddress);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }
    const QString balancing = m_balancer.start(quint16(m_servers[0].port()));
    QVERIFY2(balancing.isEmpty(), qPrintable(balancing));

    // Initialised through server 1.
    Result<std::unique_ptr<SiteSession>> site =
        RemoteSync::initialise(m_dir.filePath(QStringLiteral("site2.db")), QUrl(m_balancer.url()), 2,
                               QString::fromUtf8(kPassword), m_credentials);
    QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));
    m_site = std::move(site).value();
    QVERIFY(requestsOfSite2(m_servers[0]) > 0);
    QCOMPARE(requestsOfSite2(m_servers[1]), 0);
    m_hardware = CentralConnection::machineHardwareId();

    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralAddress);
    QVERIFY2(central.ok(), central ? "" : qPrintable(central.error().message));
    m_central = std::move(central).value();
}

void TstPostgresServers::cleanupTestCase()
{
    for (test::ServerProcess& server : m_servers)
        server.stop();
}

Result<SyncReport> TstPostgresServers::syncThrough(int index)
{
    const int before[] = {requestsOfSite2(m_servers[0]), requestsOfSite2(m_servers[1])};
    m_balancer.retarget(quint16(m_servers[index].port()));
    Result<SyncReport> report = RemoteSync(*m_site, m_credentials).syncOnce();
    // Each answer is logged before it is sent, so the log holds it by now.
    const int after[] = {requestsOfSite2(m_servers[0]), requestsOfSite2(m_servers[1])};
    if (after[index] <= before[index] || after[1 - index] != before[1 - index])
        return makeError(ErrorKind::Invalid, QStringLiteral("the sync was not served by server %1 alone: %2 -> %3 "
                                                            "and %4 -> %5 requests")
                                                 .arg(index + 1)
                                                 .arg(before[0])
                                                 .arg(after[0])
                                                 .arg(before[1])
                                                 .arg(after[1]));
    return report;
}

// covers OPS-5
void TstPostgresServers::aSiteSyncsThroughEitherServer()
{
    constexpr int kRounds = 6;
    RecordWriter& central = m_central->writer();
    RecordWriter& site = m_site->writer();
    for (int round = 0; round < kRounds; ++round) {
        // A new record and a change of the last round's one, on each side.
        const QString n = QString::number(round);
        QVERIFY(central
                    .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("item-") + n},
                                                  {QStringLiteral("code"), QStringLiteral("C") + n},
                                                  {QStringLiteral("name"), QStringLiteral("Item ") + n}})
                    .ok());
        QVERIFY(site.put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("line-") + n},
                                                        {QStringLiteral("store_id"), QStringLiteral("B")},
                                                        {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                        {QStringLiteral("quantity"), round + 1}})
                    .ok());
        if (round > 0) {
            const QString last = QString::number(round - 1);
            QVERIFY(central
                        .put(QStringLiteral("item"),
                             {{QStringLiteral("id"), QStringLiteral("item-") + last},
                              {QStringLiteral("name"), QStringLiteral("Item %1, renamed").arg(last)}})
                        .ok());
            QVERIFY(site.put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("line-") + last},
                                                            {QStringLiteral("quantity"), 100 + round}})
                        .ok());
        }
        // Server 2, then 1, then 2...
        const Result<SyncReport> report = syncThrough((round + 1) % 2);
        QVERIFY2(report.ok(),
                 report ? "" : qPrintable(QStringLiteral("round %1: %2").arg(round).arg(report.error().message)));
        const int changed = round > 0 ? 2 : 1;
        QCOMPARE(report->pushed, changed);
        QCOMPARE(report->refusedByCentral, 0);
        QCOMPARE(report->pulled, changed);
        QVERIFY(report->pulledAll);
    }

    // Both sides hold every record once, at its last version.
    Database& centralDb = m_central->database();
    Database& siteDb = m_site->database();
    const QString lines = QStringLiteral("SELECT id || ':' || CAST(CAST(quantity AS INTEGER) AS TEXT) FROM stock_line"
                                         " WHERE id LIKE 'line-%' ORDER BY id");
    const QString items = QStringLiteral("SELECT id || ':' || name FROM item WHERE id LIKE 'item-%' ORDER BY id");
    QStringList expectedLines;
    QStringList expectedItems;
    for (int round = 0; round < kRounds; ++round) {
        const bool last = round == kRounds - 1;
        expectedLines << QStringLiteral("line-%1:%2").arg(round).arg(last ? round + 1 : 100 + round + 1);
        expectedItems
            << (last ? QStringLiteral("item-%1:Item %1") : QStringLiteral("item-%1:Item %1, renamed")).arg(round);
    }
    QCOMPARE(column(centralDb, lines), expectedLines);
    QCOMPARE(column(siteDb, lines), expectedLines);
    QCOMPARE(column(centralDb, items), expectedItems);
    QCOMPARE(column(siteDb, items), expectedItems);
    // Nothing waits or was set aside on either side, and each record has its one change-log entry.
    for (Database* db : {&centralDb, &siteDb}) {
        QCOMPARE(column(*db, QStringLiteral("SELECT count(*) FROM sync_in")), QStringList{QStringLiteral("0")});
        QCOMPARE(column(*db, QStringLiteral("SELECT count(*) FROM sync_problem")), QStringList{QStringLiteral("0")});
        QCOMPARE(column(*db, QStringLiteral("SELECT count(*) FROM change_log WHERE record_id LIKE 'line-%'")),
                 QStringList{QString::number(kRounds)});
    }
    QCOMPARE(*OutgoingLog::pendingOf(siteDb, m_site->site()), 0);

    // A sync through either server after that finds nothing to move.
    QString lastSync;
    for (int index : {0, 1}) {
        lastSync = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const Result<SyncReport> quiet = syncThrough(index);
        QVERIFY2(quiet.ok(), quiet ? "" : qPrintable(quiet.error().message));
        QCOMPARE(quiet->pushed, 0);
        QCOMPARE(quiet->pulled, 0);
    }
    // Each server writes the connections it served a second later; the site's last connection is
    // the latest of them, whichever server wrote last.
    const QString connected = QStringLiteral("SELECT last_connection_at FROM site_cursor WHERE site_id = 2");
    QTRY_VERIFY_WITH_TIMEOUT(centralDb.scalar(connected).value().toString() >= lastSync, 30000);
}

// covers OPS-5, SEC-1
void TstPostgresServers::aTokenFromOneServerHoldsOnTheOther()
{
    // A token the site holds that no server issued makes the password decide: server 1 lets the
    // site in on it and gives it a token of its own.
    const QUrl balancer(m_balancer.url());
    HeldSessions::keep(balancer, 2, m_hardware, "not-a-token");
    const Result<SyncReport> first = syncThrough(0);
    QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().message));
    const QByteArray token = HeldSessions::token(balancer, 2, m_hardware);
    QVERIFY(token != "not-a-token");
    QVERIFY(!token.isEmpty());

    // Server 2, which never saw it, takes it in place of the password: a wrong password with it is
    // let in, without it refused.
    const QHostAddress machine(QStringLiteral("127.0.0.5"));
    const quint16 second = quint16(m_servers[1].port());
    const QByteArray hardware = m_hardware.toUtf8();
    QCOMPARE(test::loginOverHttp(machine, second, 2, QStringLiteral("not-the-password"), hardware, token), kLetIn);
    QCOMPARE(test::loginOverHttp(machine, second, 2, QStringLiteral("not-the-password"), hardware), kWrongPassword);
    // The site syncs through it on that token and is given no new one.
    const Result<SyncReport> through = syncThrough(1);
    QVERIFY2(through.ok(), through ? "" : qPrintable(through.error().message));
    QCOMPARE(HeldSessions::token(balancer, 2, m_hardware), token);
    // A token damaged on its way is honoured by neither.
    QByteArray damaged = token;
    damaged[damaged.size() / 2] = damaged[damaged.size() / 2] == 'A' ? 'B' : 'A';
    for (const test::ServerProcess& server : m_servers)
        QCOMPARE(test::loginOverHttp(machine, quint16(server.port()), 2, QStringLiteral("not-the-password"), hardware,
                                     damaged),
                 kWrongPassword);
}

// covers OPS-5, OPS-6, SEC-3
void TstPostgresServers::failedLoginsAgainstBothServersAddUp()
{
    const quint16 ports[] = {quint16(m_servers[0].port()), quint16(m_servers[1].port())};
    const QByteArray hardware = m_hardware.toUtf8();

    // Wrong passwords for site 2 from one address, alternately against each server: together they
    // reach the limit, and then both refuse that address even the right password for the site...
    const QHostAddress guesser(QStringLiteral("127.0.0.7"));
    for (int guess = 0; guess < LoginThrottle::kMaxPerSite; ++guess)
        QCOMPARE(test::loginOverHttp(guesser, ports[guess % 2], 2, QStringLiteral("guess-%1").arg(guess), hardware),
                 kWrongPassword);
    for (quint16 port : ports)
        QCOMPARE(test::loginOverHttp(guesser, port, 2, QString::fromUtf8(kPassword), hardware), kThrottled);
    // ...while both let the site's own machine in.
    for (quint16 port : ports)
        QCOMPARE(test::loginOverHttp(QHostAddress::LocalHost, port, 2, QString::fromUtf8(kPassword), hardware), kLetIn);

    // Failures of any kind from one address count for it on both servers alike.
    const QHostAddress flooder(QStringLiteral("127.0.0.8"));
    for (int attempt = 0; attempt < LoginThrottle::kMaxPerAddress; ++attempt)
        QCOMPARE(test::loginOverHttp(flooder, ports[attempt % 2], 99, QStringLiteral("guess"), hardware), kUnknownSite);
    for (quint16 port : ports)
        QCOMPARE(test::loginOverHttp(flooder, port, 2, QString::fromUtf8(kPassword), hardware), kThrottled);

    // The site goes on syncing through both.
    for (int index : {0, 1}) {
        const Result<SyncReport> report = syncThrough(index);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    }
}

QTEST_GUILESS_MAIN(TstPostgresServers)
#include "tst_postgresservers.moc"
