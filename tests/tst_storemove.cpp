// Moving a store (AD-3) with `sitesyncctl store move` on the demo network, with a real server on
// 127.0.0.1 and real remote sites: afterwards the 'To' site holds exactly the store's data and the
// 'From' site what was chosen; and every refusal changes nothing.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCentral = DemoNetwork::kCentral;
constexpr int kRemote1 = DemoNetwork::kRemote1;
constexpr int kRemote2 = DemoNetwork::kRemote2;

}  // namespace

class TstStoreMove : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void remoteToRemote();
    void remoteToCentral();
    void toANewMobileSite();
    void notFullySynchronisedIsRefused();
    void emptyFromSiteIsDeleted();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();

private:
    QString initialise(int siteId);
    QString sync(int siteId);
    QStringList stockOf(const QString& path, const QString& storeId);
    test::CliResult move(const QStringList& arguments, const QByteArray& input = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ServerProcess> m_server;
    MemoryCredentialStore m_credentials;
    QString m_central;
    QMap<int, QString> m_sites;
};

void TstStoreMove::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        m_dir->path(), [](const QString&) {}, test::centralPath(*m_dir));
    QVERIFY(demo.ok());
    m_central = demo->centralPath;
    m_server = std::make_unique<test::ServerProcess>();
    QCOMPARE(m_server->start(m_central), QString());
    for (int site : {kRemote1, kRemote2})
        QCOMPARE(initialise(site), QString());
    // Stock entered where each store is active, and synchronised everywhere.
    for (const auto& [site, store] :
         {std::pair{kRemote1, u"B"_s}, std::pair{kRemote2, u"C"_s}, std::pair{kRemote2, u"D"_s}}) {
        std::unique_ptr<SiteSession> session = SiteSession::open(m_sites.value(site)).value();
        for (int i = 0; i < 5; ++i)
            QVERIFY(session->writer()
                        .put(u"stock_line"_s, {{u"id"_s, u"%1-%2"_s.arg(store).arg(i)},
                                               {u"store_id"_s, store},
                                               {u"item_id"_s, u"item-ors"_s},
                                               {u"quantity"_s, 10 + i}})
                        .ok());
    }
    for (int round = 0; round < 2; ++round) {
        for (int site : {kRemote1, kRemote2})
            QCOMPARE(sync(site), QString());
    }
}

void TstStoreMove::cleanup()
{
    m_server.reset();
    m_sites.clear();
    m_dir.reset();
}

QString TstStoreMove::initialise(int siteId)
{
    const QString path = m_dir->filePath(u"site-%1.db"_s.arg(siteId));
    const Result<std::unique_ptr<SiteSession>> made =
        RemoteSync::initialise(path, QUrl(m_server->url()), siteId, DemoNetwork::sitePassword(siteId), m_credentials);
    if (!made)
        return made.error().message;
    m_sites.insert(siteId, path);
    return {};
}

QString TstStoreMove::sync(int siteId)
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_sites.value(siteId));
    if (!session)
        return session.error().message;
    RemoteSync remote(**session, m_credentials);
    const Result<SyncReport> report = remote.syncOnce();
    if (!report)
        return report.error().message;
    return report->integration.quarantined == 0 ? QString() : u"quarantined records on site %1"_s.arg(siteId);
}

// The store's stock lines on a site, by id.
QStringList TstStoreMove::stockOf(const QString& path, const QString& storeId)
{
    QStringList rows;
    const QString problem =
        test::rawSql(path, {u"SELECT id FROM stock_line WHERE store_id = '%1' ORDER BY id"_s.arg(storeId)}, &rows);
    return problem.isEmpty() ? rows : QStringList{problem};
}

test::CliResult TstStoreMove::move(const QStringList& arguments, const QByteArray& input)
{
    return test::runCli(QStringList{u"store"_s, u"move"_s} + arguments, m_central, input);
}

// covers AD-3, ST-3, RT-5
void TstStoreMove::remoteToRemote()
{
    const QStringList storeB = stockOf(m_central, u"B"_s);
    QCOMPARE(storeB.size(), 5);
    QCOMPARE(stockOf(m_sites.value(kRemote2), u"B"_s), QStringList());
    const test::CliResult moved =
        move({u"--store"_s, u"B"_s, u"--to"_s, QString::number(kRemote2), u"--from-keeps"_s, u"none"_s, u"--json"_s});
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(moved.out).object();
    QCOMPARE(report.value(u"sync_id"_s).toInt(), kRemote2);
    QVERIFY(report.value(u"waiting_for_to"_s).toInt() >= 5);

    QCOMPARE(sync(kRemote2), QString());
    QCOMPARE(sync(kRemote1), QString());
    // The 'To' site holds exactly the store's data; the 'From' site none of it.
    QCOMPARE(stockOf(m_sites.value(kRemote2), u"B"_s), storeB);
    QCOMPARE(stockOf(m_sites.value(kRemote1), u"B"_s), QStringList());
    // Store B can now be edited on remote site 2, and no longer on remote site 1.
    std::unique_ptr<SiteSession> to = SiteSession::open(m_sites.value(kRemote2)).value();
    QVERIFY(to->writer()
                .put(u"stock_line"_s, {{u"id"_s, u"B-after"_s}, {u"store_id"_s, u"B"_s}, {u"item_id"_s, u"item-ors"_s}})
                .ok());
    std::unique_ptr<SiteSession> from = SiteSession::open(m_sites.value(kRemote1)).value();
    const Result<WriteResult> refused = from->writer().put(
        u"stock_line"_s, {{u"id"_s, u"B-refused"_s}, {u"store_id"_s, u"B"_s}, {u"item_id"_s, u"item-ors"_s}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
}

// covers AD-3
void TstStoreMove::remoteToCentral()
{
    const QStringList storeC = stockOf(m_central, u"C"_s);
    QCOMPARE(storeC.size(), 5);
    const test::CliResult moved =
        move({u"--store"_s, u"C"_s, u"--to"_s, QString::number(kCentral), u"--from-keeps"_s, u"none"_s});
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QCOMPARE(sync(kRemote2), QString());
    QCOMPARE(stockOf(m_sites.value(kRemote2), u"C"_s), QStringList());
    QCOMPARE(stockOf(m_central, u"C"_s), storeC);
    std::unique_ptr<SiteSession> central = SiteSession::open(m_central).value();
    QVERIFY(
        central->writer()
            .put(u"stock_line"_s, {{u"id"_s, u"C-central"_s}, {u"store_id"_s, u"C"_s}, {u"item_id"_s, u"item-ors"_s}})
            .ok());
}

// covers AD-3, TOP-5, AD-2
void TstStoreMove::toANewMobileSite()
{
    const QStringList storeD = stockOf(m_central, u"D"_s);
    // Store D is visible to Store C on remote site 2, so a transfer copy stays there (ST-5).
    const test::CliResult moved =
        move({u"--store"_s, u"D"_s, u"--to"_s, u"4"_s, u"--from-keeps"_s, u"transfer"_s, u"--new-site-name"_s,
              u"Mobile 4"_s, u"--type"_s, u"mobile"_s, u"--password-stdin"_s},
             "mobile-site-4-password\n");
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    const QString path = m_dir->filePath(u"site-4.db"_s);
    const Result<std::unique_ptr<SiteSession>> mobile =
        RemoteSync::initialise(path, QUrl(m_server->url()), 4, u"mobile-site-4-password"_s, m_credentials);
    QVERIFY2(mobile.ok(), mobile ? "" : qPrintable(mobile.error().message));
    QCOMPARE(stockOf(path, u"D"_s), storeD);
    QCOMPARE(sync(kRemote2), QString());
    QCOMPARE(stockOf(m_sites.value(kRemote2), u"D"_s), QStringList());
    // TOP-5: a mobile site runs one active store; a second is refused and nothing changes.
    const QByteArray before = test::contentDigest(m_central);
    const test::CliResult second = move({u"--store"_s, u"E"_s, u"--to"_s, u"4"_s, u"--from-keeps"_s, u"collector"_s});
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(second.err.contains("mobile site"), second.err.constData());
    QCOMPARE(test::contentDigest(m_central), before);
}

// covers AD-3
void TstStoreMove::notFullySynchronisedIsRefused()
{
    // Something new for remote site 1 that it has not pulled yet.
    {
        std::unique_ptr<SiteSession> central = SiteSession::open(m_central).value();
        QVERIFY(central->writer()
                    .put(u"item"_s, {{u"id"_s, u"item-new"_s}, {u"code"_s, u"NEW"_s}, {u"name"_s, u"New item"_s}})
                    .ok());
    }
    const QStringList arguments = {u"--store"_s,      u"B"_s,   u"--to"_s, QString::number(kRemote2),
                                   u"--from-keeps"_s, u"none"_s};
    const test::CliResult check = move(arguments + QStringList{u"--check"_s, u"--json"_s});
    QCOMPARE(check.exitCode, 0);
    const QJsonObject readiness = QJsonDocument::fromJson(check.out).object();
    QCOMPARE(readiness.value(u"fully_synchronised"_s).toBool(), false);
    QVERIFY(readiness.value(u"waiting_for_from"_s).toInt() > 0);
    const QByteArray before = test::contentDigest(m_central);
    const test::CliResult refused = move(arguments);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("synchronise"), refused.err.constData());
    QCOMPARE(test::contentDigest(m_central), before);
    // Once both have synchronised, it goes ahead.
    for (int site : {kRemote1, kRemote2})
        QCOMPARE(sync(site), QString());
    const test::CliResult moved = move(arguments);
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
}

// covers AD-3, TOP-6
void TstStoreMove::emptyFromSiteIsDeleted()
{
    // Remote site 1 runs B and F; moving B keeps the site, moving F then empties it.
    QCOMPARE(move({u"--store"_s, u"B"_s, u"--to"_s, QString::number(kCentral), u"--from-keeps"_s, u"none"_s,
                   u"--delete-empty-from"_s})
                 .exitCode,
             0);
    QStringList sites;
    QCOMPARE(test::rawSql(m_central, {u"SELECT count(*) FROM site WHERE id = %1"_s.arg(kRemote1)}, &sites), QString());
    QCOMPARE(sites.value(0), u"1"_s);
    // The move's own settings must reach remote site 1 before the next move from it.
    QCOMPARE(sync(kRemote1), QString());
    const test::CliResult last = move({u"--store"_s, u"F"_s, u"--to"_s, QString::number(kCentral), u"--from-keeps"_s,
                                       u"none"_s, u"--delete-empty-from"_s, u"--json"_s});
    QVERIFY2(last.exitCode == 0, last.err.constData());
    QCOMPARE(QJsonDocument::fromJson(last.out).object().value(u"from_site_deleted"_s).toBool(), true);
    sites.clear();
    QCOMPARE(test::rawSql(m_central, {u"SELECT count(*) FROM site WHERE id = %1"_s.arg(kRemote1)}, &sites), QString());
    QCOMPARE(sites.value(0), u"0"_s);
    // Both moves audited: the store, from where to where, what stays, and whether the site went.
    QStringList audited;
    const Dialect dialect = test::centralDialect();
    const auto param = [&dialect](const QString& key) { return dialect.jsonField(u"params"_s, key); };
    QCOMPARE(test::rawSql(m_central,
                          {u"SELECT %1 || ' ' || %2 || '>' || %3 || ' ' || %4 || ' ' || %5"
                           " FROM audit_log WHERE action = 'store moved' ORDER BY id"_s.arg(
                               param(u"store"_s), param(u"from"_s), param(u"to"_s), param(u"keeps"_s),
                               param(u"from_deleted"_s))},
                          &audited),
             QString());
    QCOMPARE(audited, (QStringList{u"B %1>%2 none 0"_s.arg(kRemote1).arg(kCentral),
                                   u"F %1>%2 none 1"_s.arg(kRemote1).arg(kCentral)}));
}

void TstStoreMove::refusalsChangeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    const QString remote2 = QString::number(kRemote2);
    QTest::newRow("already active there")
        << QStringList{u"--store"_s, u"B"_s, u"--to"_s, QString::number(kRemote1), u"--from-keeps"_s, u"none"_s} << 3
        << u"already active"_s;
    QTest::newRow("no such site") << QStringList{u"--store"_s, u"B"_s, u"--to"_s, u"9"_s, u"--from-keeps"_s, u"none"_s}
                                  << 1 << u"no site 9"_s;
    QTest::newRow("no such store") << QStringList{u"--store"_s,      u"Z"_s,   u"--to"_s, remote2,
                                                  u"--from-keeps"_s, u"none"_s}
                                   << 1 << u"no store"_s;
    QTest::newRow("bad keeps") << QStringList{u"--store"_s, u"B"_s, u"--to"_s, remote2, u"--from-keeps"_s, u"all"_s}
                               << 2 << u"from-keeps"_s;
    QTest::newRow("new site without password")
        << QStringList{u"--store"_s,         u"B"_s,    u"--to"_s,   u"5"_s,      u"--from-keeps"_s, u"none"_s,
                       u"--new-site-name"_s, u"Five"_s, u"--type"_s, u"desktop"_s}
        << 2 << u"password-stdin"_s;
}

// covers AD-3, ST-5
void TstStoreMove::refusalsChangeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const QByteArray before = test::contentDigest(m_central);
    const test::CliResult result = move(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(reason, Qt::CaseInsensitive), result.err.constData());
    QCOMPARE(test::contentDigest(m_central), before);
}

QTEST_GUILESS_MAIN(TstStoreMove)
#include "tst_storemove.moc"
