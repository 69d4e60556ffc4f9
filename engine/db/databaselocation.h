#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace sitesync {

// Which database engine holds a SiteSync database. Every site runs on SQLite; a central may also
// run on PostgreSQL (docs/adr/0009-postgresql-central.md).
enum class SqlEngine { SQLite, PostgreSQL };

// Where a database is, as a technician gives it to --db: a SQLite file path, or a PostgreSQL
// address (postgresql://user@host:port/dbname?sslmode=require, or ?host=/run/postgresql for a
// local socket). The password never travels in the address: it would show in process lists, logs
// and the window's title. libpq finds it in ~/.pgpass, PGPASSFILE or PGPASSWORD.
struct DatabaseLocation {
    SqlEngine engine = SqlEngine::SQLite;
    QString text;  // as given: the path of the file, or the whole address
    // PostgreSQL only.
    QString host;  // a host name, or a socket directory (starts with '/'); empty: libpq's default
    int port = -1;
    QString user;
    QString databaseName;
    QString options;  // further libpq settings, "key=value" separated by ';' (QPSQL's form)

    static bool isAddress(const QString& text);
    static Result<DatabaseLocation> parse(const QString& text);
    bool isPostgres() const { return engine == SqlEngine::PostgreSQL; }
    // Sets a QPSQL connection to this address (host, port, user, database and settings).
    void applyTo(QSqlDatabase& db) const;
    // What the window names it by: the file's name, or the PostgreSQL database's.
    QString shortName() const;
};

}  // namespace sitesync
