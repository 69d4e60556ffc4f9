// OPS-5: a central on PostgreSQL under concurrent writers. Writers may run in several threads and
// serving processes at once; a pull must never skip a change that committed after a later-numbered
// one (docs/adr/0009-postgresql-central.md).
#include "client/remotesync.h"
#include "client/sitepassword.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "model/localsite.h"
#include "site/remotebootstrap.h"
#include "site/sitesession.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace sitesync;

class TstPostgresConcurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writersCommitInTheirSequenceOrder();
    void ledgerWritesRunSideBySideAndHoldOffWriters();
    void connectionSettingsHoldAfterReconnecting();
    void sitesSyncingThroughTwoServersAtOnceLoseNothing();
};

namespace {

QJsonObject unit(const QString& id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("code"), id.toUpper()}};
}

// A message from the store active on the `from`th remote site of the demo to the other's.
QJsonObject message(const QString& id, int from)
{
    const QString stores[] = {QStringLiteral("B"), QStringLiteral("C")};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("from_store_id"), stores[from]},
            {QStringLiteral("to_store_id"), stores[1 - from]},
            {QStringLiteral("body"), QStringLiteral("stock count due")}};
}

// A new central in a database of its own on the tests' server; null when it cannot be made.
std::unique_ptr<SiteSession> newCentral(QString* address)
{
    *address = test::newPostgresDatabase();
    if (address->isEmpty())
        return nullptr;
    Result<std::unique_ptr<SiteSession>> made =
        SiteSession::initCentral(*address, 1, QStringLiteral("Central"), QString());
    if (!made) {
        qWarning().noquote() << "cannot make the central:" << made.error().message;
        return nullptr;
    }
    return std::move(made).value();
}

// Writers waiting on the writers' lock, as another connection sees them now.
int waitingWriters(Database& watch)
{
    return watch.scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))
        .value()
        .toInt();
}

// The change-log entry of a record, as another connection sees it now (0: none visible).
qint64 loggedSeq(Database& db, const QString& recordId)
{
    const Result<QVariant> seq =
        db.scalar(QStringLiteral("SELECT seq FROM change_log WHERE record_id = ?"), {recordId});
    return seq && seq->isValid() ? seq->toLongLong() : 0;
}

// Points the site at one of the serving processes (they serve one database behind two addresses),
// with its password kept for that address.
Status useServer(SiteSession& site, CredentialStore& credentials, const QString& url, const QString& password)
{
    if (Status s = LocalState::set(site.database(), remotestate::kCentralUrl, url); !s)
        return s;
    return SitePassword::store(site, credentials, password);
}

}  // namespace

void TstPostgresConcurrency::initTestCase()
{
    test::prepareEnvironment();
    QVERIFY2(!test::postgresServer().isEmpty(), "the postgres fixture sets SITESYNC_TEST_POSTGRES");
}

void TstPostgresConcurrency::writersCommitInTheirSequenceOrder()
{
    QString address;
    const std::unique_ptr<SiteSession> central = newCentral(&address);
    QVERIFY(central);
    SiteSession& first = *central;
    Result<std::unique_ptr<Database>> watcher = Database::open(address, Database::OpenMode::MustExist);
    QVERIFY(watcher.ok());
    Database& watch = **watcher;

    // The first writer logs its change and has not committed yet.
    auto firstTx = std::make_unique<Transaction>(first.database());
    QVERIFY(firstTx->started().ok());
    QVERIFY(first.writer().put(QStringLiteral("unit"), unit(QStringLiteral("u-first"))).ok());

    // A second writer, another process on the same database (as a second serving process would
    // be), starts its change meanwhile.
    QProcess second;
    second.start(QStringLiteral(SITESYNCCTL),
                 {QStringLiteral("--db"), address, QStringLiteral("record"), QStringLiteral("put"),
                  QStringLiteral("unit"), QStringLiteral(R"({"id":"u-second","code":"U2"})")});
    QVERIFY(second.waitForStarted());

    // It waits for the first to finish rather than take the next number and commit before it:
    // otherwise a pull in between would move past the first's number before it is visible.
    QTRY_VERIFY_WITH_TIMEOUT(waitingWriters(watch) == 1, 30000);
    QCOMPARE(second.state(), QProcess::Running);
    QCOMPARE(loggedSeq(watch, QStringLiteral("u-first")), 0);
    QCOMPARE(loggedSeq(watch, QStringLiteral("u-second")), 0);

    QVERIFY(firstTx->commit().ok());
    firstTx.reset();
    QVERIFY(second.waitForFinished(60000));
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    const qint64 firstSeq = loggedSeq(watch, QStringLiteral("u-first"));
    const qint64 secondSeq = loggedSeq(watch, QStringLiteral("u-second"));
    QVERIFY(firstSeq > 0);
    QVERIFY2(secondSeq > firstSeq, qPrintable(QStringLiteral("%1 then %2").arg(firstSeq).arg(secondSeq)));
}

void TstPostgresConcurrency::ledgerWritesRunSideBySideAndHoldOffWriters()
{
    QString address;
    const std::unique_ptr<SiteSession> central = newCentral(&address);
    QVERIFY(central);
    std::vector<std::unique_ptr<Database>> connections;
    for (int i = 0; i < 3; ++i) {
        Result<std::unique_ptr<Database>> opened = Database::open(address, Database::OpenMode::MustExist);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        // A wait on the lock fails after a second instead of a minute.
        QVERIFY(opened.value()->exec(QStringLiteral("SET lock_timeout = '1s'")).ok());
        connections.push_back(std::move(opened).value());
    }
    Database& first = *connections[0];
    Database& second = *connections[1];
    Database& watch = *connections[2];

    // Two sites' bookkeeping (what each confirmed and was served) is written at the same time.
    auto firstLedger = std::make_unique<Transaction>(first, Database::Access::Ledger);
    QVERIFY2(firstLedger->started().ok(), qPrintable(firstLedger->started().error().message));
    auto secondLedger = std::make_unique<Transaction>(second, Database::Access::Ledger);
    QVERIFY2(secondLedger->started().ok(), qPrintable(secondLedger->started().error().message));

    // A writer of records, in another process, waits for both: the rules that read the served
    // cursors (RT-5) must see them settled.
    QProcess writer;
    writer.start(QStringLiteral(SITESYNCCTL),
                 {QStringLiteral("--db"), address, QStringLiteral("record"), QStringLiteral("put"),
                  QStringLiteral("unit"), QStringLiteral(R"({"id":"u-later","code":"U3"})")});
    QVERIFY(writer.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(waitingWriters(watch) == 1, 30000);
    QCOMPARE(loggedSeq(watch, QStringLiteral("u-later")), 0);
    QVERIFY(firstLedger->commit().ok());
    firstLedger.reset();
    QTest::qWait(200);
    QCOMPARE(writer.state(), QProcess::Running);
    QVERIFY(secondLedger->commit().ok());
    secondLedger.reset();
    QVERIFY(writer.waitForFinished(60000));
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    QVERIFY(loggedSeq(watch, QStringLiteral("u-later")) > 0);

    // While a writer holds the lock, a ledger transaction waits for it (here, until its timeout).
    auto writing = std::make_unique<Transaction>(first);
    QVERIFY(writing->started().ok());
    {
        Transaction ledger(second, Database::Access::Ledger);
        QVERIFY(!ledger.started().ok());
        QVERIFY2(ledger.started().error().message.contains(QStringLiteral("busy")),
                 qPrintable(ledger.started().error().message));
    }
    QVERIFY(writing->commit().ok());
    writing.reset();
    Transaction ledger(second, Database::Access::Ledger);
    QVERIFY2(ledger.started().ok(), qPrintable(ledger.started().error().message));
    QVERIFY(ledger.commit().ok());
}

// Every SiteSync connection waits a minute for the writers queued before it, reads times in UTC and
// compiles no query just in time (which cost a pull's count 2.3 s on every execution,
// docs/performance.md); a connection the server ended is made again with the same settings.
void TstPostgresConcurrency::connectionSettingsHoldAfterReconnecting()
{
    QString address;
    const std::unique_ptr<SiteSession> central = newCentral(&address);
    QVERIFY(central);
    Database& db = central->database();
    Result<std::unique_ptr<Database>> other = Database::open(address, Database::OpenMode::MustExist);
    QVERIFY(other.ok());
    const auto settings = [&db]() {
        QStringList values;
        for (const char* name : {"jit", "lock_timeout", "TimeZone"})
            values << db.scalar(QStringLiteral("SELECT current_setting('%1')").arg(QLatin1String(name)))
                          .value()
                          .toString();
        return values;
    };
    const QStringList expected{QStringLiteral("off"), QStringLiteral("1min"), QStringLiteral("UTC")};
    QCOMPARE(settings(), expected);
    const Result<QVariant> pid = db.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid.ok());
    QVERIFY((*other)->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {*pid}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(db.scalar(QStringLiteral("SELECT pg_backend_pid()")).ok(), 10000);
    QVERIFY(db.scalar(QStringLiteral("SELECT pg_backend_pid()")).value() != *pid);
    QCOMPARE(settings(), expected);
}

void TstPostgresConcurrency::sitesSyncingThroughTwoServersAtOnceLoseNothing()
{
    // Two serving processes on one database, two sites each pushing and pulling through both at the
    // same time: every change of each reaches the other, however the commits interleave.
    QTemporaryDir dir;
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        dir.path(), [](const QString&) {}, test::centralPath(dir));
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    test::ServerProcess servers[2];
    for (test::ServerProcess& server : servers) {
        const QString started = server.start(demo->centralPath);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }
    const int sites[] = {DemoNetwork::kRemote1, DemoNetwork::kRemote2};
    for (int id : sites) {
        MemoryCredentialStore credentials;
        Result<std::unique_ptr<SiteSession>> remote =
            RemoteSync::initialise(dir.filePath(QStringLiteral("site%1.db").arg(id)), QUrl(servers[0].url()), id,
                                   DemoNetwork::sitePassword(id), credentials);
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
    }

    // Each site writes messages from its store to the other site's store and syncs, alternating
    // servers; the central passes each on to the other site.
    constexpr int kRounds = 12;
    QString errors[2];
    std::thread workers[2];
    for (int i = 0; i < 2; ++i) {
        workers[i] = std::thread([&, i] {
            Result<std::unique_ptr<SiteSession>> opened =
                SiteSession::open(dir.filePath(QStringLiteral("site%1.db").arg(sites[i])));
            if (!opened) {
                errors[i] = opened.error().message;
                return;
            }
            SiteSession& site = **opened;
            MemoryCredentialStore credentials;
            for (int round = 0; round < kRounds && errors[i].isEmpty(); ++round) {
                const QString id = QStringLiteral("m-%1-%2").arg(sites[i]).arg(round);
                if (const Result<WriteResult> written = site.writer().put(QStringLiteral("message"), message(id, i));
                    !written) {
                    errors[i] = written.error().message;
                    break;
                }
                if (Status s = useServer(site, credentials, servers[(round + i) % 2].url(),
                                         DemoNetwork::sitePassword(sites[i]));
                    !s) {
                    errors[i] = s.error().message;
                    break;
                }
                RemoteSync sync(site, credentials);
                if (const Result<SyncReport> report = sync.syncOnce(); !report)
                    errors[i] = QStringLiteral("round %1: %2").arg(round).arg(report.error().message);
            }
        });
    }
    for (std::thread& worker : workers)
        worker.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));

    // One more sync each, after both stopped writing, brings in what the other pushed last.
    for (int i = 0; i < 2; ++i) {
        Result<std::unique_ptr<SiteSession>> opened =
            SiteSession::open(dir.filePath(QStringLiteral("site%1.db").arg(sites[i])));
        QVERIFY(opened.ok());
        MemoryCredentialStore credentials;
        QVERIFY(useServer(**opened, credentials, servers[i].url(), DemoNetwork::sitePassword(sites[i])).ok());
        RemoteSync sync(**opened, credentials);
        const Result<SyncReport> report = sync.syncOnce();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        for (int site : sites) {
            for (int round = 0; round < kRounds; ++round) {
                const QString id = QStringLiteral("m-%1-%2").arg(site).arg(round);
                QVERIFY2(!(*opened)->writer().fetch(QStringLiteral("message"), id)->isEmpty(),
                         qPrintable(QStringLiteral("site %1 lacks %2").arg(sites[i]).arg(id)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TstPostgresConcurrency)
#include "tst_postgresconcurrency.moc"
