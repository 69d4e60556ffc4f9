// The one test with the operating system's real keychain: `sitesyncctl init remote` keeps the site
// password there and `sitesyncctl sync` reads it back, in separate processes, over real HTTP.
#include "credentials/credentialstore.h"
#include "linkproxy.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sitesync;

namespace {
// Remote site 2 as the central knows it.
const QString kSiteName = QStringLiteral("District store");
}  // namespace

class TstKeychainSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void passwordLivesInTheKeychain();
    void importedSiteKeepsItsPasswordThere();
    void everyThreadReachesTheKeychain();
    void restoredBackupLosesNothing();
    void killedInitRemoteCompletes_data();
    void killedInitRemoteCompletes();
    void killedSiteImportCompletes_data();
    void killedSiteImportCompletes();
    void missingPasswordIsStoredAgain();
    void syncSaysItWaitsForTheLink();
    void pullSaysWhatRemains();

private:
    // The pull's progress lines of sitesyncctl's standard error, as (received, total, remaining).
    static QList<QList<qint64>> pullProgress(const QByteArray& err);
};

// covers SEC-1, TOP-3, AD-4
void TstKeychainSync::passwordLivesInTheKeychain()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    const QByteArray password = "keychain-site-password";
    QVERIFY(test::makeCentralWithRemote(central, password, kSiteName));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    const test::CliResult init = test::initRemote(remote, server.url(), password);
    QVERIFY2(init.exitCode == 0, init.err.constData());
    // The remote knows the central's item, and nothing on disk holds the password.
    QCOMPARE(
        test::runCli({QStringLiteral("record"), QStringLiteral("get"), QStringLiteral("item"), QStringLiteral("i1")},
                     remote)
            .exitCode,
        0);
    for (const QString& file : QDir(dir.path()).entryList({QStringLiteral("remote.db*")}, QDir::Files)) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password), qPrintable(file));
    }

    // A new process syncs with the password from the keychain.
    QCOMPARE(test::runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("stock_line"),
                           QStringLiteral(R"({"id":"s1","store_id":"B","item_id":"i1","quantity":12})")},
                          remote)
                 .exitCode,
             0);
    const test::CliResult status = test::runCli({QStringLiteral("status"), QStringLiteral("--json")}, remote);
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("sync_out")).toInt(), 1);
    const test::CliResult sync = test::runCli({QStringLiteral("sync"), QStringLiteral("--json")}, remote);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QCOMPARE(QJsonDocument::fromJson(sync.out).object().value(QLatin1String("pushed")).toInt(), 1);
    const test::CliResult after = test::runCli({QStringLiteral("status"), QStringLiteral("--json")}, remote);
    const QJsonObject afterJson = QJsonDocument::fromJson(after.out).object();
    QCOMPARE(afterJson.value(QLatin1String("sync_out")).toInt(), 0);
    QVERIFY(afterJson.value(QLatin1String("last_sync")).isString());
    server.stop();
    QCOMPARE(test::runCli(
                 {QStringLiteral("record"), QStringLiteral("get"), QStringLiteral("stock_line"), QStringLiteral("s1")},
                 central)
                 .exitCode,
             0);

    // Without a keychain there is no insecure fallback: sync stops with the reason.
    QProcess noKeychain;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    noKeychain.setProcessEnvironment(env);
    noKeychain.start(QStringLiteral(SITESYNCCTL), {QStringLiteral("sync"), QStringLiteral("--db"), remote});
    QVERIFY(noKeychain.waitForFinished(60000));
    QCOMPARE(noKeychain.exitCode(), 1);
    QVERIFY2(noKeychain.readAllStandardError().contains("keychain"), "the error names the keychain");
}

// covers AD-2, SEC-1, TOP-4
void TstKeychainSync::importedSiteKeepsItsPasswordThere()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString file = dir.filePath(QStringLiteral("clinic.sitesync"));
    const QString site = dir.filePath(QStringLiteral("clinic.db"));
    const QByteArray password = "data-file-keychain-password";
    auto cli = [](const QStringList& arguments, const QString& db, const QByteArray& input = {}) {
        const test::CliResult result = test::runCli(arguments, db, input);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return result.exitCode;
    };
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("central"), QStringLiteral("--site-id"), QStringLiteral("1"),
                  QStringLiteral("--name"), QStringLiteral("Central")},
                 central),
             0);
    QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("3"),
                  QStringLiteral("--name"), QStringLiteral("Clinic"), QStringLiteral("--type"),
                  QStringLiteral("desktop"), QStringLiteral("--password-stdin")},
                 central, password + '\n'),
             0);
    QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("item"),
                  QStringLiteral(R"({"id":"i1","code":"AMOX","name":"Amoxicillin"})")},
                 central),
             0);
    QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("3"),
                  QStringLiteral("--out"), file},
                 central),
             0);
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("import"), file, QStringLiteral("--central"), server.url(),
                  QStringLiteral("--password-stdin")},
                 site, password + '\n'),
             0);
    QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("get"), QStringLiteral("item"), QStringLiteral("i1")}, site),
             0);
    for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("clinic*")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password), qPrintable(name));
    }
    // A new process syncs with the password from the keychain.
    QCOMPARE(cli({QStringLiteral("sync")}, site), 0);
}

// covers SEC-1
// The window sets a site up in a worker thread and syncs in another: the keychain answers each of
// them, one after the other, and never waits for an answer that goes to the wrong thread.
void TstKeychainSync::everyThreadReachesTheKeychain()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    KeychainCredentialStore keychain;
    const QString key = CredentialStore::keyFor(QStringLiteral("http://127.0.0.1:1"), 42);
    auto inThread = [](const std::function<void()>& work) {
        std::unique_ptr<QThread> thread(QThread::create(work));
        thread->start();
        return thread->wait(QDeadlineTimer(60000));
    };
    Status written = makeError(ErrorKind::Database, QStringLiteral("not run"));
    QVERIFY2(inThread([&] { written = keychain.write(key, QStringLiteral("first-thread-secret")); }), "write hung");
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
    for (int round = 0; round < 3; ++round) {
        Result<QString> read = makeError(ErrorKind::Database, QStringLiteral("not run"));
        QVERIFY2(inThread([&] { read = keychain.read(key); }), "read hung");
        QVERIFY2(read.ok(), read ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), QStringLiteral("first-thread-secret"));
    }
    QCOMPARE(keychain.read(key).value(), QStringLiteral("first-thread-secret"));
    QVERIFY(keychain.remove(key).ok());
    QCOMPARE(keychain.read(key).error().kind, ErrorKind::NotFound);
}

// covers ACC-1, AD-4
// The technician's path: a site's database is backed up, changed and synced, restored from the
// backup, changed and synced again with the real sitesyncctl. Both changes reach the central, the
// first comes back to the site, the queue reads 0 because it is 0, and `sync` says what happened.
void TstKeychainSync::restoredBackupLosesNothing()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    const QString saved = dir.filePath(QStringLiteral("remote-backup.db"));
    const QByteArray password = "restored-site-password";
    auto cli = [](const QStringList& arguments, const QString& db, const QByteArray& input = {}) {
        const test::CliResult result = test::runCli(arguments, db, input);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return result;
    };
    QVERIFY(test::makeCentralWithRemote(central, password, kSiteName));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("remote"), QStringLiteral("--central"), server.url(),
                  QStringLiteral("--site-id"), QStringLiteral("2"), QStringLiteral("--password-stdin")},
                 remote, password + '\n')
                 .exitCode,
             0);
    auto put = [&](const char* id) {
        return cli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("stock_line"),
                    QStringLiteral(R"({"id":"%1","store_id":"B","item_id":"i1","quantity":3})").arg(QLatin1String(id))},
                   remote)
            .exitCode;
    };
    auto syncJson = [&]() {
        const test::CliResult sync = cli({QStringLiteral("sync"), QStringLiteral("--json")}, remote);
        return std::make_pair(sync.exitCode, QJsonDocument::fromJson(sync.out).object());
    };
    QCOMPARE(test::rawSql(remote, {QStringLiteral("VACUUM INTO '%1'").arg(saved)}), QString());
    QCOMPARE(put("before-restore"), 0);
    const auto [firstExit, first] = syncJson();
    QCOMPARE(firstExit, 0);
    QCOMPARE(first.value(QLatin1String("pushed")).toInt(), 1);
    QVERIFY(!first.value(QLatin1String("recovery")).isString());

    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(remote + suffix);
    QVERIFY(QFile::copy(saved, remote));
    QCOMPARE(put("after-restore"), 0);
    const auto [secondExit, second] = syncJson();
    QCOMPARE(secondExit, 0);
    QCOMPARE(second.value(QLatin1String("pushed")).toInt(), 1);
    const QJsonObject status =
        QJsonDocument::fromJson(cli({QStringLiteral("status"), QStringLiteral("--json")}, remote).out).object();
    QCOMPARE(status.value(QLatin1String("sync_out")).toInt(), 0);
    server.stop();
    for (const QString& db : {central, remote}) {
        for (const char* id : {"before-restore", "after-restore"})
            QVERIFY2(cli({QStringLiteral("record"), QStringLiteral("get"), QStringLiteral("stock_line"),
                          QString::fromLatin1(id)},
                         db)
                             .exitCode == 0,
                     qPrintable(db + QLatin1Char(' ') + QLatin1String(id)));
    }
    // The technician is told what happened.
    QVERIFY2(second.value(QLatin1String("recovery")).toString().contains(QLatin1String("older")),
             qPrintable(QJsonDocument(second).toJson()));
}

namespace {

// After an interrupted set-up, what a technician does: run the command again; if it says the site is
// set up already, it names `sitesyncctl sync`, which completes. Then the site works: it holds the
// central's item and its own change reaches the central.
void finishesAfterInterruption(const test::CliResult& again, const QString& site, const QString& central)
{
    if (again.exitCode != 0) {
        QVERIFY2(again.exitCode == 3, again.err.constData());
        QVERIFY2(again.err.contains("sitesyncctl sync"), again.err.constData());
        const test::CliResult sync = test::runCli({QStringLiteral("sync")}, site);
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
    }
    QCOMPARE(test::runCli(
                 {QStringLiteral("record"), QStringLiteral("get"), QStringLiteral("item"), QStringLiteral("i1")}, site)
                 .exitCode,
             0);
    const test::CliResult put =
        test::runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("stock_line"),
                      QStringLiteral(R"({"id":"after-kill","store_id":"B","item_id":"i1"})")},
                     site);
    QVERIFY2(put.exitCode == 0, put.err.constData());
    const test::CliResult sync = test::runCli({QStringLiteral("sync"), QStringLiteral("--json")}, site);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QCOMPARE(QJsonDocument::fromJson(sync.out).object().value(QLatin1String("pushed")).toInt(), 1);
    QCOMPARE(test::runCli({QStringLiteral("record"), QStringLiteral("get"), QStringLiteral("stock_line"),
                           QStringLiteral("after-kill")},
                          central)
                 .exitCode,
             0);
}

}  // namespace

void TstKeychainSync::killedInitRemoteCompletes_data()
{
    QTest::addColumn<QString>("step");
    for (const char* step : {"init-remote:bound", "init-remote:password-stored", "init-remote:site-written"})
        QTest::newRow(step) << QString::fromLatin1(step);
}

// covers ACC-2, SEC-1
// `init remote` killed at each of its steps (SITESYNC_KILL_AT stops the process there, as a kill
// would) leaves a site that running the command again, or `sync`, completes.
void TstKeychainSync::killedInitRemoteCompletes()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    QFETCH(QString, step);
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    const QByteArray password = "killed-init-password";
    QVERIFY(test::makeCentralWithRemote(central, password, kSiteName));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    // Nothing of an earlier row stands in for what this one must store.
    QVERIFY(KeychainCredentialStore().remove(CredentialStore::keyFor(server.url(), 2)).ok());
    const QStringList init = {
        QStringLiteral("init"),      QStringLiteral("remote"), QStringLiteral("--central"),       server.url(),
        QStringLiteral("--site-id"), QStringLiteral("2"),      QStringLiteral("--password-stdin")};
    const test::CliResult killed =
        test::runCli(init, remote, password + '\n', {QStringLiteral("SITESYNC_KILL_AT=") + step});
    QVERIFY2(killed.exitCode == -1, "the process was killed at the step");
    finishesAfterInterruption(test::runCli(init, remote, password + '\n'), remote, central);
}

void TstKeychainSync::killedSiteImportCompletes_data()
{
    QTest::addColumn<QString>("step");
    for (const char* step :
         {"site-import:staged", "site-import:bound", "site-import:password-stored", "site-import:in-place"})
        QTest::newRow(step) << QString::fromLatin1(step);
}

// covers ACC-2, AD-2, SEC-1
// `site import` killed at each of its steps leaves a site that running the command again, or
// `sync`, completes.
void TstKeychainSync::killedSiteImportCompletes()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    QFETCH(QString, step);
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString file = dir.filePath(QStringLiteral("district.sitesync"));
    const QString site = dir.filePath(QStringLiteral("district.db"));
    const QByteArray password = "killed-import-password";
    QVERIFY(test::makeCentralWithRemote(central, password, kSiteName));
    const test::CliResult exported =
        test::runCli({QStringLiteral("site"), QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("2"),
                      QStringLiteral("--out"), file},
                     central);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(KeychainCredentialStore().remove(CredentialStore::keyFor(server.url(), 2)).ok());
    const QStringList import = {
        QStringLiteral("site"), QStringLiteral("import"),          file, QStringLiteral("--central"),
        server.url(),           QStringLiteral("--password-stdin")};
    const test::CliResult killed =
        test::runCli(import, site, password + '\n', {QStringLiteral("SITESYNC_KILL_AT=") + step});
    QVERIFY2(killed.exitCode == -1, "the process was killed at the step");
    finishesAfterInterruption(test::runCli(import, site, password + '\n'), site, central);
}

// covers ACC-2, SEC-1
// A site whose password is no longer in the keychain (lost, or written by a version that stored it
// last): `sync` says which command stores it again; that command stores only a password the central
// accepts, and the site then syncs.
void TstKeychainSync::missingPasswordIsStoredAgain()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    const QByteArray password = "password-stored-again";
    QVERIFY(test::makeCentralWithRemote(central, password, kSiteName));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const test::CliResult init = test::initRemote(remote, server.url(), password);
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY(KeychainCredentialStore().remove(CredentialStore::keyFor(server.url(), 2)).ok());

    const test::CliResult missing = test::runCli({QStringLiteral("sync")}, remote);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("site password --password-stdin"), missing.err.constData());

    const QStringList store = {QStringLiteral("site"), QStringLiteral("password"), QStringLiteral("--password-stdin")};
    const test::CliResult wrong = test::runCli(store, remote, "not-the-password\n");
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("wrong_password") && wrong.err.contains("not stored"), wrong.err.constData());
    QCOMPARE(KeychainCredentialStore().read(CredentialStore::keyFor(server.url(), 2)).error().kind,
             ErrorKind::NotFound);

    const test::CliResult stored = test::runCli(store, remote, password + '\n');
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    const test::CliResult sync = test::runCli({QStringLiteral("sync")}, remote);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
}

// covers ACC-2, TOP-3
// The technician's view of a link that stalls: `sitesyncctl sync` says that it waits for the link
// and when it tries again, prints no raw Qt warning, and completes by itself once the link is back.
void TstKeychainSync::syncSaysItWaitsForTheLink()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    const QByteArray password = "stalled-link-password";
    QVERIFY(test::makeCentralWithRemote(central, password, kSiteName));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    test::LinkProxy proxy;
    const QString proxied = proxy.start(quint16(server.port()));
    QVERIFY2(proxied.isEmpty(), qPrintable(proxied));
    const test::CliResult init = test::initRemote(remote, proxy.url(), password);
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const test::CliResult put =
        test::runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("stock_line"),
                      QStringLiteral(R"({"id":"through-a-stall","store_id":"B","item_id":"i1"})")},
                     remote);
    QVERIFY2(put.exitCode == 0, put.err.constData());

    proxy.cutAt("POST /sync/v1/push ", 1, test::LinkProxy::Cut::BeforeRequest);
    QProcess sync;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SITESYNC_STALL_SECONDS"), QStringLiteral("1"));
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(SITESYNCCTL), {QStringLiteral("sync"), QStringLiteral("--db"), remote});
    QVERIFY(sync.waitForStarted());
    QByteArray err;
    // The link comes back while the sync waits for its second retry.
    while (sync.state() != QProcess::NotRunning) {
        sync.waitForReadyRead(100);
        err += sync.readAllStandardError();
        if (proxy.isCut() && err.contains("retry 2 in"))
            proxy.resume();
    }
    err += sync.readAllStandardError();
    QVERIFY2(sync.exitStatus() == QProcess::NormalExit && sync.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("waiting for the link to the central server, retry 1 in 2 s"), err.constData());
    QVERIFY2(!err.contains("QIODevice") && !err.contains("canceled"), err.constData());
    QCOMPARE(test::runCli({QStringLiteral("record"), QStringLiteral("get"), QStringLiteral("stock_line"),
                           QStringLiteral("through-a-stall")},
                          central)
                 .exitCode,
             0);
}

QList<QList<qint64>> TstKeychainSync::pullProgress(const QByteArray& err)
{
    static const QRegularExpression line(QStringLiteral("^pull: (\\d+) of (\\d+) records received, (\\d+) remaining$"));
    QList<QList<qint64>> found;
    for (const QString& text : QString::fromUtf8(err).split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch m = line.match(text); m.hasMatch())
            found << QList<qint64>{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()};
    }
    return found;
}

// covers ACC-4
// `init remote` and `sync` say how many records of the pull remain, counted down from the central's
// count to nothing.
void TstKeychainSync::pullSaysWhatRemains()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest, inside dbus-run-session");
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    const QByteArray password = "counting-site-password";
    QVERIFY(test::makeCentralWithRemote(central, password, kSiteName));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const test::CliResult init = test::initRemote(remote, server.url(), password);
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const QList<QList<qint64>> initialised = pullProgress(init.err);
    QVERIFY2(initialised.size() >= 2, init.err.constData());
    const qint64 total = initialised.first().at(1);
    QVERIFY(total > 0);
    QCOMPARE(initialised.first(), (QList<qint64>{0, total, total}));
    QCOMPARE(initialised.last(), (QList<qint64>{total, total, 0}));

    // Three items on the central: the next sync pulls those three.
    for (int i = 0; i < 3; ++i) {
        const test::CliResult put =
            test::runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("item"),
                          QStringLiteral(R"({"id":"counted-%1","code":"CNT%1","name":"Counted %1"})").arg(i)},
                         central);
        QVERIFY2(put.exitCode == 0, put.err.constData());
    }
    const test::CliResult sync = test::runCli({QStringLiteral("sync")}, remote);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const QList<QList<qint64>> synced = pullProgress(sync.err);
    QVERIFY2(synced.size() >= 2, sync.err.constData());
    QCOMPARE(synced.first(), (QList<qint64>{0, 3, 3}));
    QCOMPARE(synced.last(), (QList<qint64>{3, 3, 0}));
}

QTEST_GUILESS_MAIN(TstKeychainSync)
#include "tst_keychainsync.moc"
