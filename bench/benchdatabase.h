#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace sitesync::bench {

// Where a benchmark keeps a central: a SQLite file in a temporary folder, or, given a PostgreSQL
// server (the address of a database on it, e.g. postgresql://sitesync@/postgres?host=/tmp/pg), a
// new database of its own on that server, dropped again when this is destroyed (docs/performance.md,
// "SQLite and PostgreSQL centrals side by side"), unless SITESYNC_BENCH_KEEP is set, which keeps it
// for a look at the query plans afterwards.
class CentralDatabase {
public:
    CentralDatabase(const QTemporaryDir& dir, const QString& postgresServer,
                    const QString& name = QStringLiteral("central"));
    ~CentralDatabase();
    CentralDatabase(const CentralDatabase&) = delete;
    CentralDatabase& operator=(const CentralDatabase&) = delete;

    // What --db and SiteSession::open take: the file's path or the database's address; "" when the
    // database could not be made (the reason has been printed).
    const QString& address() const { return m_address; }
    bool onPostgres() const { return !m_databaseName.isEmpty(); }
    // "SQLite" or "PostgreSQL", for the figures.
    QString engineName() const;

private:
    QString m_server;
    QString m_databaseName;
    QString m_address;
};

// Takes "--postgres ADDRESS" out of `arguments` (it may appear anywhere); "" when it is not there.
QString takePostgresOption(QStringList& arguments);

}  // namespace sitesync::bench
