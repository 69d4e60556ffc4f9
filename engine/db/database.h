#pragma once

#include "core/result.h"
#include "db/statement.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <unordered_map>

namespace sitesync {

struct ColumnInfo {
    QString name;
    QString type;  // declared SQL type, upper case: INTEGER, REAL or TEXT
    bool notNull = false;
    bool hasDefault = false;
    bool primaryKey = false;
};

// One open SiteSync database file: pragmas, migrations and the version check at open.
// A Database belongs to the thread that opened it (QSqlDatabase connections cannot be shared).
class Database {
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    // A table or column name as one SQL identifier, whatever it contains.
    static QString quoted(const QString& identifier);
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    bool hasTable(const QString& table);
    // Columns of a table, as the database declares them (cached).
    const QList<ColumnInfo>& columns(const QString& table);

    // Runs one statement; the error names the statement's purpose, not its text.
    Status exec(const QString& statement);
    // The same with values bound in order; `changed` adds the rows it changed.
    Status exec(const QString& statement, const QVariantList& bindings, int* changed = nullptr);
    // A prepared statement kept for the life of the connection, ready to bind and run again; the
    // write path and routing run the same few statements for every record.
    Result<QSqlQuery*> prepared(const QString& statement);
    // The same, prepared directly on the SQLite connection, for statements run in bulk.
    Result<Statement*> statement(const QString& sql);
    // Runs a statement kept prepared (savepoints, for instance, run for every record written).
    Status execPrepared(const QString& statement);

    // The next number an AUTOINCREMENT key of `table` takes is past `floor` (the one place that knows
    // how SQLite keeps it). For a log restored from an older copy, or renumbered past another's.
    Status raiseSequence(const QString& table, qint64 floor);

    // Runs a query that returns one value (or an invalid QVariant when there is no row).
    Result<QVariant> scalar(const QString& statement, const QVariantList& bindings = {});

    // Transaction nesting: the outermost level is a transaction, inner levels are savepoints. A
    // read transaction (outermost only) sees one moment of the file without taking the write lock.
    enum class Access { Write, Read };
    Status begin(Access access = Access::Write);
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Whether SQLite itself has a transaction open: false after an error that undid it whole.
    bool inTransactionNow() const;

    // Whether the write path has opened the synced tables on this connection. The guard triggers
    // ask through a SQL function that exists only on SiteSync's own connections, so any other
    // program's write to a synced table fails.
    bool writeOpen() const { return m_writeOpen; }
    void setWriteOpen(bool open) { m_writeOpen = open; }

private:
    Database(QString path, QString connectionName);
    Status configure(OpenMode mode);
    Status registerWriteGuard();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_writeOpen = false;
    std::shared_ptr<QMutex> m_writeGate;  // db/writegate.h
    bool m_gateHeld = false;
    void releaseGate();
    QHash<QString, QList<ColumnInfo>> m_columns;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_rawStatements;
    struct sqlite3* m_connection = nullptr;
};

// Scoped transaction: rolls back unless commit() succeeded.
class [[nodiscard]] Transaction {
public:
    explicit Transaction(Database& db, Database::Access access = Database::Access::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_started; }
    Status commit();

private:
    Database& m_db;
    Status m_started;
    bool m_done = false;
};

QString sqlErrorText(const class QSqlQuery& query);

}  // namespace sitesync
