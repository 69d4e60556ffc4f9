// A remote site without a window (OPS-2): `sitesyncctl sync --every` keeps the schedule of TOP-3
// as a service runs it, its password from the service's systemd credential, over real HTTP with
// real `sitesyncctl` processes. No keychain answers here: every child process is pointed at a
// D-Bus that does not exist.
#include "linkproxy.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QByteArray kPassword = "unattended-site-password";

// `sitesyncctl sync --every` (or any long-running command) as a process, its output gathered as it comes.
class Running {
public:
    Running(const QStringList& arguments, const QStringList& environment)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        m_process.setProcessEnvironment(env);
        m_process.start(arguments.first(), arguments.mid(1));
    }
    ~Running()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    bool started() { return m_process.waitForStarted(); }
    // How often `text` occurs in what the process printed so far (standard output and error).
    int count(const QByteArray& text)
    {
        gather();
        return int((m_out + m_err).count(text));
    }
    const QByteArray& out()
    {
        gather();
        return m_out;
    }
    const QByteArray& err()
    {
        gather();
        return m_err;
    }
    QByteArray both() { return out() + err(); }
    // SIGTERM, as systemd stops a service; the exit code, -1 when it did not exit by itself in time.
    int terminate(int milliseconds = 60000)
    {
        m_process.terminate();
        if (!m_process.waitForFinished(milliseconds))
            return -1;
        gather();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QProcess& process() { return m_process; }

private:
    void gather()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
    }

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

QStringList credentialEnvironment(const QString& directory)
{
    return {QStringLiteral("CREDENTIALS_DIRECTORY=") + directory};
}

// A directory as systemd makes it for a service given the site password as a credential.
QString writeCredential(const QTemporaryDir& dir, const QByteArray& password)
{
    const QString directory = dir.filePath(QStringLiteral("credentials"));
    QDir().mkpath(directory);
    QFile file(QDir(directory).filePath(QStringLiteral("sitesync-site-password")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    // `echo password | systemd-creds encrypt ...` keeps the line break; it is not part of the password.
    file.write(password + '\n');
    return directory;
}

// A central with remote site 2 (password kPassword), Store B active there and one item.
bool makeCentral(const QString& central)
{
    const QList<std::pair<QStringList, QByteArray>> commands = {
        {{"init", "central", "--site-id", "1", "--name", "Central"}, {}},
        {{"site", "add", "--id", "2", "--name", "District warehouse", "--type", "desktop", "--password-stdin"},
         kPassword + '\n'},
        {{"store", "add", "--id", "B", "--code", "B", "--name", "Store B"}, {}},
        {{"store", "sync-settings", "--store", "B", "--active-site", "2"}, {}},
        {{"record", "put", "item", R"({"id":"i1","code":"AMOX","name":"Amoxicillin"})"}, {}}};
    for (const auto& [arguments, input] : commands) {
        const test::CliResult result = test::runCli(arguments, central, input);
        if (result.exitCode != 0) {
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.err.constData());
            return false;
        }
    }
    return true;
}

// Sets site 2 up as on a server: `init remote` run with the credential the service will have, so
// that the password is kept nowhere else.
test::CliResult initRemote(const QString& remote, const QString& url, const QString& credentials)
{
    return test::runCli({"init", "remote", "--central", url, "--site-id", "2", "--password-stdin"}, remote,
                        kPassword + '\n', credentialEnvironment(credentials));
}

int putStockLine(const QString& db, const char* id)
{
    const test::CliResult put = test::runCli(
        {"record", "put", "stock_line",
         QStringLiteral(R"({"id":"%1","store_id":"B","item_id":"i1","quantity":4})").arg(QLatin1String(id))},
        db);
    if (put.exitCode != 0)
        qWarning("%s", put.err.constData());
    return put.exitCode;
}

bool centralHolds(const QString& central, const char* id)
{
    return test::runCli({"record", "get", "stock_line", QString::fromLatin1(id)}, central).exitCode == 0;
}

// The Environment= assignments and the ExecStart= command of a unit file, its variables replaced
// by the values given (or else the unit's own), the program by `program`: what systemd would run.
QStringList unitCommand(const QString& unitFile, const QString& program, QHash<QString, QString> values)
{
    QFile file(unitFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList command;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Environment="))) {
            const QString assignment = line.mid(int(qstrlen("Environment=")));
            const QString name = assignment.section(QLatin1Char('='), 0, 0);
            if (!values.contains(name))
                values.insert(name, assignment.section(QLatin1Char('='), 1));
        } else if (line.startsWith(QLatin1String("ExecStart="))) {
            command = line.mid(int(qstrlen("ExecStart="))).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    QStringList expanded;
    static const QRegularExpression variable(QStringLiteral(R"(^\$\{?([A-Z_]+)\}?$)"));
    for (const QString& word : command) {
        if (const QRegularExpressionMatch m = variable.match(word); m.hasMatch()) {
            // "$NAME" alone splits into words, "${NAME}" is one.
            const QString value = values.value(m.captured(1));
            if (word.startsWith(QLatin1String("${")))
                expanded << value;
            else
                expanded << value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else {
            expanded << word;
        }
    }
    if (!expanded.isEmpty() && expanded.first() == QLatin1String("@SITESYNC_BINDIR@/sitesyncctl"))
        expanded.first() = program;
    return expanded;
}

}  // namespace

class TstUnattended : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncsOnScheduleUntilStopped();
    void stopCancelsASyncInProgress();
    void missingPasswordNamesBothWays();
    void wrongPasswordFailsEachRoundAndGoesOn();
    void everyTakesMinutes_data();
    void everyTakesMinutes();
    void encryptedCredentialAsTheUnitRunsIt();
};

void TstUnattended::initTestCase()
{
    test::prepareEnvironment();
    // Like a server: no keychain, and no credential unless a test gives one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sitesync-test-bus");
    qunsetenv("CREDENTIALS_DIRECTORY");
    qunsetenv("JOURNAL_STREAM");
}

// covers OPS-2, TOP-3
// The first sync runs at once; a change made while the program waits goes out with the next
// round; SIGTERM ends it with status 0; every outcome is one line with its time.
void TstUnattended::syncsOnScheduleUntilStopped()
{
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    QVERIFY(makeCentral(central));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString credentials = writeCredential(dir, kPassword);
    QVERIFY(!credentials.isEmpty());
    const test::CliResult init = initRemote(remote, server.url(), credentials);
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY2(!init.err.contains("keychain"), init.err.constData());

    QCOMPARE(putStockLine(remote, "before-start"), 0);
    // 0.02 minutes: a round every 1.2 seconds.
    Running sync({QStringLiteral(SITESYNCCTL), "--db", remote, "sync", "--every", "0.02"},
                 credentialEnvironment(credentials));
    QVERIFY(sync.started());
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Sync completed: Pushed 1 and") == 1, sync.both().constData(), 60000);
    QVERIFY2(sync.out().contains("with the password from the systemd credential 'sitesync-site-password'"),
             sync.out().constData());

    QCOMPARE(putStockLine(remote, "while-waiting"), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Sync completed: Pushed 1 and") == 2, sync.both().constData(), 60000);
    // Rounds go on with nothing to send.
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Sync completed: Pushed 0 and") >= 1, sync.both().constData(), 60000);

    QCOMPARE(sync.terminate(), 0);
    QVERIFY2(sync.out().endsWith("Stopped.\n"), sync.out().constData());
    static const QRegularExpression outcome(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d Sync completed: Pushed \d+ and pulled \d+ records\.$)"));
    int outcomes = 0;
    for (const QString& line : QString::fromUtf8(sync.out()).split(QLatin1Char('\n')))
        outcomes += outcome.match(line).hasMatch() ? 1 : 0;
    QVERIFY2(outcomes >= 3, sync.out().constData());
    QVERIFY2(sync.err().isEmpty() || !sync.err().contains("Sync failed"), sync.err().constData());

    server.stop();
    QVERIFY(centralHolds(central, "before-start"));
    QVERIFY(centralHolds(central, "while-waiting"));
}

// covers OPS-2, ACC-2
// SIGTERM while a sync waits for a link that stalled: the sync is cancelled, the program ends with
// status 0 long before the link could come back, and the next sync sends what that one did not.
void TstUnattended::stopCancelsASyncInProgress()
{
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    QVERIFY(makeCentral(central));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    test::LinkProxy proxy;
    const QString proxied = proxy.start(quint16(server.port()));
    QVERIFY2(proxied.isEmpty(), qPrintable(proxied));
    const QString credentials = writeCredential(dir, kPassword);
    const test::CliResult init = initRemote(remote, proxy.url(), credentials);
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QCOMPARE(putStockLine(remote, "cut-off"), 0);

    proxy.cutAt("POST /sync/v1/push ", 1, test::LinkProxy::Cut::BeforeRequest);
    Running sync({QStringLiteral(SITESYNCCTL), "--db", remote, "sync", "--every", "10"},
                 credentialEnvironment(credentials) << QStringLiteral("SITESYNC_STALL_SECONDS=1"));
    QVERIFY(sync.started());
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Waiting for the link to the central server, retry 1 in") == 1,
                              sync.both().constData(), 60000);
    QVERIFY(proxy.isCut());
    QCOMPARE(sync.terminate(), 0);
    QVERIFY2(sync.err().contains("Sync stopped: Cancelled"), sync.both().constData());
    QVERIFY2(sync.out().endsWith("Stopped.\n"), sync.out().constData());

    proxy.resume();
    const test::CliResult again = test::runCli({"sync"}, remote, {}, credentialEnvironment(credentials));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("Pushed 1 and"), again.out.constData());
    server.stop();
    QVERIFY(centralHolds(central, "cut-off"));
}

// covers OPS-2, SEC-1
// With neither a keychain nor the systemd credential, `sync` and `sync --every` end at once (a
// service would otherwise fail every round) and say both ways of giving the site its password.
void TstUnattended::missingPasswordNamesBothWays()
{
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    QVERIFY(makeCentral(central));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString credentials = writeCredential(dir, kPassword);
    const test::CliResult init = initRemote(remote, server.url(), credentials);
    QVERIFY2(init.exitCode == 0, init.err.constData());

    const QString empty = dir.filePath(QStringLiteral("no-credentials"));
    QVERIFY(QDir().mkpath(empty));
    const struct {
        const char* name;
        QStringList arguments;
        QStringList environment;
        QByteArray absence;
    } cases[] = {
        {"once, no credential directory", {"sync"}, {}, "CREDENTIALS_DIRECTORY is not set"},
        {"every, no credential directory", {"sync", "--every", "10"}, {}, "CREDENTIALS_DIRECTORY is not set"},
        {"every, credential directory without it",
         {"sync", "--every", "10"},
         credentialEnvironment(empty),
         "no systemd credential 'sitesync-site-password' in " + empty.toUtf8()},
    };
    for (const auto& c : cases) {
        const test::CliResult result = test::runCli(c.arguments, remote, {}, c.environment);
        QVERIFY2(result.exitCode == 1, c.name);
        for (const QByteArray& said : {c.absence, QByteArray("keychain could not read the site password"),
                                       QByteArray("site password --password-stdin"),
                                       QByteArray("systemd-creds encrypt --name=sitesync-site-password"),
                                       QByteArray("LoadCredentialEncrypted=")})
            QVERIFY2(result.err.contains(said),
                     qPrintable(QLatin1String(c.name) + QLatin1String(": ") + QString::fromUtf8(result.err)));
        QVERIFY2(!result.out.contains("Sync"), c.name);
    }
}

// covers OPS-2, SEC-1
// A credential that holds another password: the site's first line names where the password came
// from, each round says the central refused it, and the program goes on until stopped.
void TstUnattended::wrongPasswordFailsEachRoundAndGoesOn()
{
    QTemporaryDir dir;
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("remote.db"));
    QVERIFY(makeCentral(central));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString credentials = writeCredential(dir, kPassword);
    const test::CliResult init = initRemote(remote, server.url(), credentials);
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QCOMPARE(writeCredential(dir, "not-the-site-password"), credentials);

    const test::CliResult once = test::runCli({"sync"}, remote, {}, credentialEnvironment(credentials));
    QVERIFY2(once.exitCode == 3, once.err.constData());
    QVERIFY2(once.err.contains("wrong_password"), once.err.constData());

    Running sync({QStringLiteral(SITESYNCCTL), "--db", remote, "sync", "--every", "0.02"},
                 credentialEnvironment(credentials));
    QVERIFY(sync.started());
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Sync failed: ") >= 2, sync.both().constData(), 60000);
    QVERIFY2(sync.err().contains("wrong_password"), sync.err().constData());
    QVERIFY2(sync.out().contains("the password from the systemd credential 'sitesync-site-password'"),
             sync.out().constData());
    QCOMPARE(sync.process().state(), QProcess::Running);
    QCOMPARE(sync.terminate(), 0);
}

void TstUnattended::everyTakesMinutes_data()
{
    QTest::addColumn<QString>("every");
    QTest::newRow("a word") << QStringLiteral("often");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("under a second") << QStringLiteral("0.001");
    QTest::newRow("over a day") << QStringLiteral("1441");
    QTest::newRow("not a number") << QStringLiteral("nan");
}

// covers OPS-2
// A schedule that is not a number of minutes from 0.01 to a day is bad usage, said before anything
// is opened.
void TstUnattended::everyTakesMinutes()
{
    QFETCH(QString, every);
    QTemporaryDir dir;
    const test::CliResult result = test::runCli({"sync", "--every", every}, dir.filePath(QStringLiteral("absent.db")));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--every takes the minutes between two syncs"), result.err.constData());
}

// covers OPS-2, SEC-1
// The way the README says to give a server its password: `systemd-creds encrypt` makes the
// credential, which holds no readable password; systemd decrypts it into the service's credential
// directory (here `systemd-creds decrypt`, as systemd does for LoadCredentialEncrypted=), and the
// command of sitesync-remote.service syncs with it.
void TstUnattended::encryptedCredentialAsTheUnitRunsIt()
{
    const QString creds = QStandardPaths::findExecutable(QStringLiteral("systemd-creds"));
    if (creds.isEmpty())
        QSKIP("systemd-creds is not installed (package systemd)");
    QTemporaryDir dir;
    const QString encrypted = dir.filePath(QStringLiteral("site-password.cred"));
    QProcess encrypt;
    encrypt.start(creds, {"encrypt", "--name=sitesync-site-password", "--with-key=host", "-", encrypted});
    QVERIFY(encrypt.waitForStarted());
    encrypt.write(kPassword + '\n');
    encrypt.closeWriteChannel();
    QVERIFY(encrypt.waitForFinished(60000));
    if (encrypt.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("systemd-creds cannot encrypt with the host key here (it needs root and "
                                        "/var/lib/systemd/credential.secret): ") +
                         QString::fromUtf8(encrypt.readAllStandardError()).trimmed()));
    QFile cred(encrypted);
    QVERIFY(cred.open(QIODevice::ReadOnly));
    QVERIFY2(!cred.readAll().contains(kPassword), "the credential file holds no readable password");

    const QString credentials = dir.filePath(QStringLiteral("credentials"));
    QVERIFY(QDir().mkpath(credentials));
    QProcess decrypt;
    decrypt.start(creds, {"decrypt", "--name=sitesync-site-password", encrypted,
                          QDir(credentials).filePath(QStringLiteral("sitesync-site-password"))});
    QVERIFY(decrypt.waitForFinished(60000));
    QVERIFY2(decrypt.exitCode() == 0, decrypt.readAllStandardError().constData());

    const QString central = dir.filePath(QStringLiteral("central.db"));
    const QString remote = dir.filePath(QStringLiteral("site.db"));
    QVERIFY(makeCentral(central));
    test::ServerProcess server;
    const QString started = server.start(central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const test::CliResult init = initRemote(remote, server.url(), credentials);
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QCOMPARE(putStockLine(remote, "from-the-service"), 0);

    const QStringList command = unitCommand(
        QStringLiteral(SITESYNC_SOURCE_DIR "/packaging/systemd/sitesync-remote.service.in"),
        QStringLiteral(SITESYNCCTL),
        {{QStringLiteral("SITESYNC_DB"), remote}, {QStringLiteral("SITESYNC_EVERY"), QStringLiteral("0.02")}});
    QCOMPARE(command.mid(1), (QStringList{"--db", remote, "sync", "--every", "0.02"}));
    Running sync(command, credentialEnvironment(credentials));
    QVERIFY(sync.started());
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Sync completed: Pushed 1 and") == 1, sync.both().constData(), 60000);
    QCOMPARE(sync.terminate(), 0);
    server.stop();
    QVERIFY(centralHolds(central, "from-the-service"));
}

QTEST_GUILESS_MAIN(TstUnattended)
#include "tst_unattended.moc"
