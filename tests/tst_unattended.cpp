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

// What the tests of a served site start from, in one temporary directory: a central with remote
// site 2 (password kPassword), Store B active there and one item, served by a real
// `sitesyncctl serve`; the site password as a systemd credential; site 2 set up from the central
// with `init remote` run with that credential, so that the password is kept nowhere else.
struct ServedSite {
    QTemporaryDir dir;
    QString central = dir.filePath(QStringLiteral("central.db"));
    QString remote = dir.filePath(QStringLiteral("remote.db"));
    QString credentials;
    test::ServerProcess server;
    test::CliResult init;  // what `init remote` said

    // Makes the central and serves it; "" or what went wrong.
    QString serve()
    {
        if (!test::makeCentralWithRemote(central, kPassword, QStringLiteral("District warehouse")))
            return QStringLiteral("the central could not be made");
        return server.start(central);
    }
    // `init remote` from `url` (the server's, or a proxy's in front of it) with the credential;
    // "" or what it said.
    QString initRemote(const QString& url)
    {
        init = test::initRemote(remote, url, kPassword, credentialEnvironment(credentials));
        return init.exitCode == 0 ? QString() : QString::fromUtf8(init.err);
    }
    // Writes the credential and sets site 2 up from `url`; "" or what went wrong.
    QString setUpRemote(const QString& url)
    {
        credentials = writeCredential(dir, kPassword);
        if (credentials.isEmpty())
            return QStringLiteral("the credential could not be written");
        return initRemote(url);
    }
    // All of it, site 2 set up from the server itself.
    QString start()
    {
        const QString problem = serve();
        return problem.isEmpty() ? setUpRemote(server.url()) : problem;
    }
};

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
    ServedSite site;
    const QString problem = site.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(!site.init.err.contains("keychain"), site.init.err.constData());

    QCOMPARE(putStockLine(site.remote, "before-start"), 0);
    // 0.02 minutes: a round every 1.2 seconds.
    Running sync({QStringLiteral(SITESYNCCTL), "--db", site.remote, "sync", "--every", "0.02"},
                 credentialEnvironment(site.credentials));
    QVERIFY(sync.started());
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Sync completed: Pushed 1 and") == 1, sync.both().constData(), 60000);
    QVERIFY2(sync.out().contains("with the password from the systemd credential 'sitesync-site-password'"),
             sync.out().constData());

    QCOMPARE(putStockLine(site.remote, "while-waiting"), 0);
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

    site.server.stop();
    QVERIFY(centralHolds(site.central, "before-start"));
    QVERIFY(centralHolds(site.central, "while-waiting"));
}

// covers OPS-2, ACC-2
// SIGTERM while a sync waits for a link that stalled: the sync is cancelled, the program ends with
// status 0 long before the link could come back, and the next sync sends what that one did not.
void TstUnattended::stopCancelsASyncInProgress()
{
    ServedSite site;
    const QString served = site.serve();
    QVERIFY2(served.isEmpty(), qPrintable(served));
    test::LinkProxy proxy;
    const QString proxied = proxy.start(quint16(site.server.port()));
    QVERIFY2(proxied.isEmpty(), qPrintable(proxied));
    const QString problem = site.setUpRemote(proxy.url());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(putStockLine(site.remote, "cut-off"), 0);

    proxy.cutAt("POST /sync/v1/push ", 1, test::LinkProxy::Cut::BeforeRequest);
    Running sync({QStringLiteral(SITESYNCCTL), "--db", site.remote, "sync", "--every", "10"},
                 credentialEnvironment(site.credentials) << QStringLiteral("SITESYNC_STALL_SECONDS=1"));
    QVERIFY(sync.started());
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Waiting for the link to the central server, retry 1 in") == 1,
                              sync.both().constData(), 60000);
    QVERIFY(proxy.isCut());
    QCOMPARE(sync.terminate(), 0);
    QVERIFY2(sync.err().contains("Sync stopped: Cancelled"), sync.both().constData());
    QVERIFY2(sync.out().endsWith("Stopped.\n"), sync.out().constData());

    proxy.resume();
    const test::CliResult again = test::runCli({"sync"}, site.remote, {}, credentialEnvironment(site.credentials));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("Pushed 1 and"), again.out.constData());
    site.server.stop();
    QVERIFY(centralHolds(site.central, "cut-off"));
}

// covers OPS-2, SEC-1
// With neither a keychain nor the systemd credential, `sync` and `sync --every` end at once (a
// service would otherwise fail every round) and say both ways of giving the site its password.
void TstUnattended::missingPasswordNamesBothWays()
{
    ServedSite site;
    const QString problem = site.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QString empty = site.dir.filePath(QStringLiteral("no-credentials"));
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
        const test::CliResult result = test::runCli(c.arguments, site.remote, {}, c.environment);
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
    ServedSite site;
    const QString problem = site.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(writeCredential(site.dir, "not-the-site-password"), site.credentials);

    const test::CliResult once = test::runCli({"sync"}, site.remote, {}, credentialEnvironment(site.credentials));
    QVERIFY2(once.exitCode == 3, once.err.constData());
    QVERIFY2(once.err.contains("wrong_password"), once.err.constData());

    Running sync({QStringLiteral(SITESYNCCTL), "--db", site.remote, "sync", "--every", "0.02"},
                 credentialEnvironment(site.credentials));
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
    ServedSite site;
    const QString encrypted = site.dir.filePath(QStringLiteral("site-password.cred"));
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

    site.credentials = site.dir.filePath(QStringLiteral("credentials"));
    QVERIFY(QDir().mkpath(site.credentials));
    QProcess decrypt;
    decrypt.start(creds, {"decrypt", "--name=sitesync-site-password", encrypted,
                          QDir(site.credentials).filePath(QStringLiteral("sitesync-site-password"))});
    QVERIFY(decrypt.waitForFinished(60000));
    QVERIFY2(decrypt.exitCode() == 0, decrypt.readAllStandardError().constData());

    site.remote = site.dir.filePath(QStringLiteral("site.db"));
    const QString served = site.serve();
    QVERIFY2(served.isEmpty(), qPrintable(served));
    const QString problem = site.initRemote(site.server.url());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(putStockLine(site.remote, "from-the-service"), 0);

    const QStringList command = unitCommand(
        QStringLiteral(SITESYNC_SOURCE_DIR "/packaging/systemd/sitesync-remote.service.in"),
        QStringLiteral(SITESYNCCTL),
        {{QStringLiteral("SITESYNC_DB"), site.remote}, {QStringLiteral("SITESYNC_EVERY"), QStringLiteral("0.02")}});
    QCOMPARE(command.mid(1), (QStringList{"--db", site.remote, "sync", "--every", "0.02"}));
    Running sync(command, credentialEnvironment(site.credentials));
    QVERIFY(sync.started());
    QTRY_VERIFY2_WITH_TIMEOUT(sync.count("Sync completed: Pushed 1 and") == 1, sync.both().constData(), 60000);
    QCOMPARE(sync.terminate(), 0);
    site.server.stop();
    QVERIFY(centralHolds(site.central, "from-the-service"));
}

QTEST_GUILESS_MAIN(TstUnattended)
#include "tst_unattended.moc"
