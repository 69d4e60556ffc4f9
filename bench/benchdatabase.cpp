#include "benchdatabase.h"

#include "benchcentral.h"
#include "db/databaselocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace sitesync::bench {

namespace {

// Runs one statement on the server through a plain connection of its own (CREATE and DROP DATABASE
// cannot run inside a SiteSync database); "" or why it failed.
QString onServer(const QString& server, const QString& statement)
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(server);
    if (!location || !location->isPostgres())
        return QStringLiteral("%1 is not a PostgreSQL address").arg(server);
    const QString connection = QStringLiteral("sitesync-bench-server");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        location->applyTo(db);
        if (!db.open())
            problem = db.lastError().text();
        else if (QSqlQuery query(db); !query.exec(statement))
            problem = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

}  // namespace

CentralDatabase::CentralDatabase(const QTemporaryDir& dir, const QString& postgresServer, const QString& name)
    : m_server(postgresServer)
{
    if (m_server.isEmpty()) {
        m_address = dir.filePath(name + QStringLiteral(".db"));
        return;
    }
    static int made = 0;
    const QString databaseName =
        QStringLiteral("sitesync_bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    if (const QString problem = onServer(m_server, QStringLiteral("CREATE DATABASE %1").arg(databaseName));
        !problem.isEmpty()) {
        out() << "FAILED make a PostgreSQL database on " << m_server << ": " << problem << Qt::endl;
        return;
    }
    m_databaseName = databaseName;
    QUrl url(m_server);
    url.setPath(QLatin1Char('/') + databaseName);
    m_address = url.toString();
}

CentralDatabase::~CentralDatabase()
{
    if (m_databaseName.isEmpty() || qEnvironmentVariableIsSet("SITESYNC_BENCH_KEEP"))
        return;
    if (const QString problem =
            onServer(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
        !problem.isEmpty())
        out() << "could not drop the database " << m_databaseName << ": " << problem << Qt::endl;
}

QString CentralDatabase::engineName() const
{
    return onPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

QString takePostgresOption(QStringList& arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--postgres"));
    if (at < 0 || at + 1 >= arguments.size())
        return {};
    const QString server = arguments.at(at + 1);
    arguments.remove(at, 2);
    return server;
}

}  // namespace sitesync::bench
