#include "testsupport.h"

#include "db/databaselocation.h"
#include "db/dialect.h"
#include "demo/demonetwork.h"
#include "protocol/protocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <csignal>

namespace sitesync::test {

void prepareEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

CliResult runCli(const QStringList& arguments, const QString& dbPath, const QByteArray& input,
                 const QStringList& environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    QStringList args = arguments;
    if (!dbPath.isEmpty())
        args << QStringLiteral("--db") << dbPath;
    process.start(QStringLiteral(SITESYNCCTL), args);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool makeCentralWithRemote(const QString& centralPath, const QByteArray& password, const QString& siteName)
{
    const QList<std::pair<QStringList, QByteArray>> commands = {
        {{"init", "central", "--site-id", "1", "--name", "Central"}, {}},
        {{"site", "add", "--id", "2", "--name", siteName, "--type", "desktop", "--password-stdin"}, password + '\n'},
        {{"store", "add", "--id", "B", "--code", "B", "--name", "Store B"}, {}},
        {{"store", "sync-settings", "--store", "B", "--active-site", "2"}, {}},
        {{"record", "put", "item", R"({"id":"i1","code":"AMOX","name":"Amoxicillin"})"}, {}}};
    for (const auto& [arguments, input] : commands) {
        const CliResult result = runCli(arguments, centralPath, input);
        if (result.exitCode != 0) {
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.err.constData());
            return false;
        }
    }
    return true;
}

CliResult initRemote(const QString& remotePath, const QString& url, const QByteArray& password,
                     const QStringList& environment)
{
    return runCli({"init", "remote", "--central", url, "--site-id", "2", "--password-stdin"}, remotePath,
                  password + '\n', environment);
}

QString loginOverHttp(const QHostAddress& from, quint16 port, int site, const QString& password,
                      const QByteArray& hardware, const QByteArray& session)
{
    QTcpSocket socket;
    if (!socket.bind(from))
        return QStringLiteral("cannot bind %1: %2").arg(from.toString(), socket.errorString());
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return QStringLiteral("cannot connect: %1").arg(socket.errorString());
    const QByteArray body = "[]";
    QByteArray request = "POST /sync/v1/contact HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                         "\r\nAuthorization: Basic " + (QByteArray::number(site) + ':' + password.toUtf8()).toBase64() +
                         "\r\n" + protocol::kVersionHeader + ": " + QByteArray::number(protocol::kVersion) + "\r\n" +
                         protocol::kHardwareHeader + ": " + hardware + "\r\n";
    if (!session.isEmpty())
        request += protocol::kSessionHeader + ": " + session + "\r\n";
    request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    socket.write(request);
    QByteArray received;
    // Up to the end of the answer's body, by its Content-Length.
    while (true) {
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const qsizetype at = received.toLower().indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : received.mid(at + 15, received.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (received.size() >= headerEnd + 4 + length) {
                const QJsonObject answer = QJsonDocument::fromJson(received.mid(headerEnd + 4, length)).object();
                const QString code =
                    answer.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
                return code.isEmpty() ? QStringLiteral("no error code: %1").arg(QString::fromLatin1(received.left(80)))
                                      : code;
            }
        }
        if (!socket.waitForReadyRead(30000))
            return QStringLiteral("no answer: %1").arg(socket.errorString());
        received += socket.readAll();
    }
}

WireRecord wireRecord(qint64 seq, const char* table, const QJsonObject& data)
{
    WireRecord record;
    record.seq = seq;
    record.table = QString::fromLatin1(table);
    record.id = data.value(QLatin1String("id")).toString();
    record.data = data;
    return record;
}

QString postgresServer()
{
    return qEnvironmentVariable("SITESYNC_TEST_POSTGRES");
}

bool centralOnPostgres()
{
    return qEnvironmentVariable("SITESYNC_TEST_CENTRAL") == QLatin1String("postgresql");
}

namespace {

// Opens a plain Qt connection to a SQLite file or a PostgreSQL address (no SiteSync in between).
QSqlDatabase openPlain(const QString& location, const QString& connection, bool readOnly)
{
    const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
    if (parsed && parsed->isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(parsed->host);
        if (parsed->port > 0)
            db.setPort(parsed->port);
        db.setUserName(parsed->user);
        db.setDatabaseName(parsed->databaseName);
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(location);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open();
    return db;
}

// The databases this test program made, dropped when it ends.
struct MadeDatabases {
    QStringList names;
    ~MadeDatabases()
    {
        if (names.isEmpty())
            return;
        const QString connection = QStringLiteral("sitesync-test-drop");
        {
            QSqlDatabase db = openPlain(postgresServer(), connection, false);
            for (const QString& name : std::as_const(names))
                QSqlQuery(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), db);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

MadeDatabases& madeDatabases()
{
    static MadeDatabases made;
    return made;
}

QString withDatabaseName(const QString& server, const QString& name)
{
    QUrl url(server);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

}  // namespace

QString newPostgresDatabase(const QString& copyOf)
{
    const QString server = postgresServer();
    if (server.isEmpty()) {
        qWarning("No PostgreSQL server for the tests: SITESYNC_TEST_POSTGRES is not set (ctest sets it).");
        return {};
    }
    static int made = 0;
    const QString name = QStringLiteral("sitesync_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    const QString connection = QStringLiteral("sitesync-test-create");
    QString problem;
    {
        QSqlDatabase db = openPlain(server, connection, false);
        if (!db.isOpen())
            problem = db.lastError().text();
        else if (QSqlQuery query(db); !query.exec(
                     QStringLiteral("CREATE DATABASE %1").arg(name) +
                     (copyOf.isEmpty() ? QString() : QStringLiteral(" TEMPLATE ") + QUrl(copyOf).path().mid(1))))
            problem = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!problem.isEmpty()) {
        qWarning() << "cannot make a PostgreSQL database for the test:" << problem;
        return {};
    }
    madeDatabases().names << name;
    return withDatabaseName(server, name);
}

namespace {

// The PostgreSQL database made for each central "file", by the file's path.
QHash<QString, QString>& centralAddresses()
{
    static QHash<QString, QString> made;
    return made;
}

}  // namespace

QString centralPath(const QTemporaryDir& dir, const QString& fileName)
{
    const QString path = dir.filePath(fileName);
    if (!centralOnPostgres())
        return path;
    QString& address = centralAddresses()[path];
    if (address.isEmpty())
        address = newPostgresDatabase();
    return address;
}

QString takeDatabaseAway(const QString& path)
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(path);
    if (location && location->isPostgres())
        return rawSql(postgresServer(),
                      {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(location->databaseName),
                       QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                           .arg(location->databaseName)});
    return QFile::rename(path, path + QStringLiteral(".aside")) ? QString()
                                                                : QStringLiteral("cannot move %1").arg(path);
}

QString bringDatabaseBack(const QString& path)
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(path);
    if (location && location->isPostgres())
        return rawSql(postgresServer(),
                      {QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(location->databaseName)});
    return QFile::rename(path + QStringLiteral(".aside"), path) ? QString()
                                                                : QStringLiteral("cannot move %1 back").arg(path);
}

void removeCentral(const QTemporaryDir& dir, const QString& fileName)
{
    const QString path = dir.filePath(fileName);
    if (!centralOnPostgres()) {
        QFile::remove(path);
        return;
    }
    // The old database stays until the program ends (it is dropped with the others then).
    centralAddresses().remove(path);
}

QString copyCentral(const QString& from, const QTemporaryDir& dir, const QString& fileName)
{
    const QString path = dir.filePath(fileName);
    if (centralOnPostgres()) {
        const QString address = newPostgresDatabase(from);
        if (address.isEmpty())
            return QStringLiteral("cannot copy %1").arg(from);
        centralAddresses()[path] = address;
        return {};
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, path + suffix))
            return QStringLiteral("cannot copy %1 to %2").arg(from + suffix, path + suffix);
    }
    return {};
}

std::unique_ptr<SiteSession> newCentral(const QTemporaryDir& dir, int siteId, const QString& fileName)
{
    Result<std::unique_ptr<SiteSession>> session =
        SiteSession::initCentral(centralPath(dir, fileName), siteId, QStringLiteral("Central"), QString());
    if (!session) {
        qWarning() << "cannot create a central database:" << session.error().message;
        return nullptr;
    }
    return std::move(session).value();
}

QString rawSql(const QString& path, const QStringList& statements, QStringList* rows)
{
    const QString connection = QStringLiteral("sitesync-test-raw");
    QString problem;
    {
        QSqlDatabase db = openPlain(path, connection, false);
        if (!db.isOpen())
            problem = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        for (qsizetype i = 0; problem.isEmpty() && i < statements.size(); ++i) {
            QSqlQuery query(db);
            if (!query.exec(statements.at(i)))
                problem = QStringLiteral("%1 failed: %2").arg(statements.at(i), query.lastError().text());
            while (rows && query.next())
                *rows << query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

Dialect centralDialect()
{
    return Dialect(centralOnPostgres() ? SqlEngine::PostgreSQL : SqlEngine::SQLite);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::start(const QString& dbPath, int port, const QStringList& extraArguments)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // Standard error (the log, a line per request) goes to a file: a pipe that the test does not
    // read while it waits for something else would fill and stall the server.
    if (!m_errorFile) {
        m_errorFile = std::make_unique<QTemporaryFile>();
        if (!m_errorFile->open())
            return QStringLiteral("cannot create the server's log file: %1").arg(m_errorFile->errorString());
    }
    m_errorsFrom = m_errorFile->size();
    m_process->setStandardErrorFile(m_errorFile->fileName(), QIODevice::Append);
    const QStringList arguments =
        QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("--db"), dbPath} +
        extraArguments;
    m_process->start(QStringLiteral(SITESYNCCTL), arguments);
    m_tls = extraArguments.contains(QStringLiteral("--tls-cert"));
    if (!m_process->waitForStarted(10000))
        return QStringLiteral("the server did not start");
    QByteArray output;
    static const QRegularExpression served(QStringLiteral("on https?://[^:]+:(\\d+)"));
    for (int waited = 0; waited < 300; ++waited) {
        m_process->waitForReadyRead(100);
        output += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = served.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            m_output = output.mid(output.indexOf('\n') + 1);
            return {};
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    return QStringLiteral("the server did not report its port: %1 %2")
        .arg(QString::fromUtf8(output), QString::fromUtf8(errorOutput()));
}

QByteArray ServerProcess::output()
{
    if (m_process)
        m_output += m_process->readAllStandardOutput();
    return m_output;
}

QByteArray ServerProcess::errorOutput()
{
    if (!m_errorFile)
        return {};
    QFile log(m_errorFile->fileName());
    if (!log.open(QIODevice::ReadOnly) || !log.seek(m_errorsFrom))
        return {};
    return log.readAll();
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        resume();  // a paused server would not hear the request to stop
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

void ServerProcess::pause()
{
    if (m_process)
        ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void ServerProcess::resume()
{
    if (m_process)
        ::kill(pid_t(m_process->processId()), SIGCONT);
}

QByteArray contentDigest(const QString& dbPath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString connection = QStringLiteral("digest-%1").arg(quintptr(&hash));
    {
        QSqlDatabase db = openPlain(dbPath, connection, true);
        const Dialect dialect(db.driverName() == QLatin1String("QPSQL") ? SqlEngine::PostgreSQL : SqlEngine::SQLite);
        if (db.isOpen()) {
            QSqlQuery tables(db);
            // On SQLite, its own sqlite_sequence too: the numbers a log will give are content.
            tables.exec(dialect.isPostgres()
                            ? dialect.tableNamesQuery()
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString& table : names) {
                // Nor are the failed logins the central counts to throttle them (a refused
                // request changes nothing else).
                if (table == QLatin1String("login_strike"))
                    continue;
                hash.addData(table.toUtf8());
                QSqlQuery rows(db);
                // When the last synchronisation ran is not content: the same data synced twice is the same.
                rows.exec(table == QLatin1String("sync_state")
                              ? QStringLiteral("SELECT * FROM sync_state WHERE key <> 'last_sync' ORDER BY 1")
                              : QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
                while (rows.next()) {
                    const QSqlRecord record = rows.record();
                    for (int i = 0; i < record.count(); ++i) {
                        // Nor is when, from where and with which SiteSync a site last connected or
                        // reported: a serving central writes those a second after the request
                        // (docs/adr/0007-concurrent-serving.md).
                        if (table == QLatin1String("site_cursor") &&
                            (record.fieldName(i) == QLatin1String("last_connection_at") ||
                             record.fieldName(i) == QLatin1String("last_address") ||
                             record.fieldName(i) == QLatin1String("reported_version") ||
                             record.fieldName(i) == QLatin1String("reported_at")))
                            continue;
                        hash.addData(record.value(i).toString().toUtf8() + '\x1f');
                    }
                    hash.addData("\x1e");
                }
            }
            QSqlQuery version(db);
            version.exec(dialect.isPostgres() ? QStringLiteral("SELECT version FROM sitesync_schema")
                                              : QStringLiteral("PRAGMA user_version"));
            if (version.next())
                hash.addData(version.value(0).toString().toUtf8());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return hash.result().toHex();
}

QList<TsMessage> readTsFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {},
                                {},      {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
                messages << message;
            } else {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
                messages << message;
            }
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
        return {};
    }
    return messages;
}

Result<QString> buildDemoNetwork(const QTemporaryDir& dir)
{
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        dir.path(), [](const QString&) {}, centralPath(dir));
    if (!demo)
        return demo.error();
    return demo->centralPath;
}

Result<QString> serveDemoNetwork(const QTemporaryDir& dir, ServerProcess& server)
{
    const Result<QString> central = buildDemoNetwork(dir);
    if (!central)
        return central.error();
    if (const QString started = server.start(*central); !started.isEmpty())
        return makeError(ErrorKind::Unreachable, started);
    return central;
}

Status enterStockLines(SiteSession& site, int count, const QString& prefix)
{
    RecordWriter& writer = site.writer();
    return writer.inOneTransaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            const Result<WriteResult> w =
                writer.put(QStringLiteral("stock_line"), {{QStringLiteral("id"), prefix + QString::number(i)},
                                                          {QStringLiteral("store_id"), QStringLiteral("B")},
                                                          {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                          {QStringLiteral("quantity"), i % 50 + 1}});
            if (!w)
                return w.error();
        }
        return {};
    });
}

int enterStockLines(const QString& dbPath, int count, const QString& prefix)
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(dbPath);
    return session && enterStockLines(**session, count, prefix) ? count : -1;
}

Status enterItems(SiteSession& session, int count)
{
    RecordWriter& writer = session.writer();
    return writer.inOneTransaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            const Result<WriteResult> w =
                writer.put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("item-pulled-%1").arg(i)},
                                                    {QStringLiteral("code"), QStringLiteral("PULLED%1").arg(i)},
                                                    {QStringLiteral("name"), QStringLiteral("Pulled %1").arg(i)}});
            if (!w)
                return w.error();
        }
        return {};
    });
}

}  // namespace sitesync::test
