#pragma once

#include "db/dialect.h"
#include "site/sitesession.h"
#include "sync/wirerecord.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <memory>

namespace sitesync::test {

// Sets up what every test wants: a fixed locale and no access to the user's files.
void prepareEnvironment();

// The result of running the real sitesyncctl binary.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs sitesyncctl with the arguments (and --db dbPath when given), feeding `input` on stdin, with
// `environment` ("NAME=value" entries) added to this process's environment. A process that did
// not exit by itself (killed) has exit code -1.
CliResult runCli(const QStringList& arguments, const QString& dbPath = {}, const QByteArray& input = {},
                 const QStringList& environment = {});

// A central made with sitesyncctl at `centralPath`: site 1 "Central", remote site 2 named
// `siteName` (its password `password`), Store B active there and one item. False, with the
// command that failed as a warning, when one did.
bool makeCentralWithRemote(const QString& centralPath, const QByteArray& password, const QString& siteName);

// `sitesyncctl init remote` of site 2 into `remotePath` from the central at `url`, the password
// given on stdin, with `environment` added as runCli does.
CliResult initRemote(const QString& remotePath, const QString& url, const QByteArray& password,
                     const QStringList& environment = {});

// One contact request from `from` (any 127.x.y.z reaches 127.0.0.1, so one test plays several
// machines) to the central serving on 127.0.0.1:`port`, as a bare HTTP client sends it, with a body
// that is not a JSON object: the error code of the answer, so "malformed_body" when it passed
// authentication (and changed nothing).
QString loginOverHttp(const QHostAddress& from, quint16 port, int site, const QString& password,
                      const QByteArray& hardware, const QByteArray& session = {});

// A record as a site sends it: its sequence number, table, the id from `data`, and `data`.
WireRecord wireRecord(qint64 seq, const char* table, const QJsonObject& data);

// The PostgreSQL server the tests may use (SITESYNC_TEST_POSTGRES, set by ctest's postgres fixture:
// a throw-away cluster on a Unix socket), as the address of its maintenance database; "" without one.
QString postgresServer();
// Whether this run keeps its centrals on PostgreSQL (SITESYNC_TEST_CENTRAL=postgresql, set on the
// "_postgres" variant of a network test) rather than in SQLite files.
bool centralOnPostgres();
// A new, empty PostgreSQL database on that server, by its address ("" with a warning when there is
// no server or it cannot be made), or a copy of the database at the address `copyOf`, which nothing
// may have open. It is dropped when the test program ends.
QString newPostgresDatabase(const QString& copyOf = {});
// Where the test keeps its central: the file `fileName` in `dir`, or, when centrals are kept on
// PostgreSQL, a database of its own, made on the first call for that file and the same on the next.
QString centralPath(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("central.db"));
// Removes the central at centralPath(dir, fileName), so that the next centralPath gives an empty
// place for a new one: the file, or, on PostgreSQL, a new database instead of the one made before.
void removeCentral(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("central.db"));
// Makes the central at centralPath(dir, fileName) a copy of the closed central at `from` (a
// centralPath): its file (and write-ahead log) copied, or its PostgreSQL database. "" or why not.
QString copyCentral(const QString& from, const QTemporaryDir& dir,
                    const QString& fileName = QStringLiteral("central.db"));

// Makes a database unreachable, as an unmounted volume or a stopped database server would: the
// file moved aside, or the PostgreSQL database closed to connections and those open ended. Returns
// "" or why it could not. bringDatabaseBack undoes it.
QString takeDatabaseAway(const QString& path);
QString bringDatabaseBack(const QString& path);

// A new central server database "Central" (site 1) in `dir` (see centralPath), opened.
std::unique_ptr<SiteSession> newCentral(const QTemporaryDir& dir, int siteId = 1,
                                        const QString& fileName = QStringLiteral("central.db"));

// Runs SQL on the file (or PostgreSQL database, by its address) through a plain connection, as
// another program would, bypassing SiteSync. Returns the first failure ("" when every statement succeeded); the first
// column of the rows returned goes to `rows`.
QString rawSql(const QString& path, const QStringList& statements, QStringList* rows = nullptr);

// A digest of every row of every table (but the time of the last sync, each site's last connection,
// its address and report, which a central writes a second late, and the failed logins it counts):
// equal before and after means nothing changed.
QByteArray contentDigest(const QString& dbPath);

// The dialect of the SQL a test runs on its central itself (rawSql): PostgreSQL's when centrals are
// kept there (centralOnPostgres), SQLite's otherwise.
Dialect centralDialect();

// One message of a Qt Linguist translation file (.ts).
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QStringList translations;  // one, or one per plural form
    QString type;              // "" when finished; "unfinished", "vanished", "obsolete"
    bool numerus = false;
};
// The messages of a .ts file; empty, with `error` set, when it cannot be read.
QList<TsMessage> readTsFile(const QString& path, QString* error);

// A real `sitesyncctl serve` on 127.0.0.1 with an ephemeral port, stopped when destroyed.
class ServerProcess {
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts serving the database; returns "" or why it could not.
    QString start(const QString& dbPath, int port = 0, const QStringList& extraArguments = {});
    void stop();
    void kill();  // SIGKILL, as a crash would
    // SIGSTOP and SIGCONT: a central too busy to answer, whose connections stay open meanwhile.
    void pause();
    void resume();
    QString url() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? "https" : "http").arg(m_port); }
    int port() const { return m_port; }
    // What the server printed since it last started, so far: standard output after its first line
    // (read as the event loop runs), and standard error.
    QByteArray output();
    QByteArray errorOutput();

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    std::unique_ptr<QTemporaryFile> m_errorFile;
    qint64 m_errorsFrom = 0;
    int m_port = 0;
    bool m_tls = false;
};

// The demo network built in `dir`, its central where centralPath(dir) puts it: the central's path.
Result<QString> buildDemoNetwork(const QTemporaryDir& dir);
// The same, its central served by `server`.
Result<QString> serveDemoNetwork(const QTemporaryDir& dir, ServerProcess& server);
// `count` stock lines of store B (`prefix`0, `prefix`1, ...; item item-amox), entered on `site` in one
// transaction.
Status enterStockLines(SiteSession& site, int count, const QString& prefix = QStringLiteral("line-"));
// The same on the site whose database is `dbPath`: `count`, or -1 if they could not be entered.
int enterStockLines(const QString& dbPath, int count, const QString& prefix);
// `count` items (item-pulled-0, ...), entered on `session` in one transaction.
Status enterItems(SiteSession& session, int count);

}  // namespace sitesync::test
