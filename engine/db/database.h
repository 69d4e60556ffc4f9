#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "db/databaselocation.h"
#include "db/dialect.h"
#include "db/statement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

struct pg_conn;

namespace sitesync {

struct ColumnInfo {
    QString name;
    QString type;  // declared SQL type, upper case: INTEGER, REAL or TEXT
    bool notNull = false;
    bool hasDefault = false;
    bool primaryKey = false;
};

// One column of a foreign key: `column` refers to `targetColumn` of `targetTable`.
struct ForeignKeyColumn {
    QString column;
    QString targetTable;
    QString targetColumn;
};

// One open SiteSync database: a SQLite file, or a central's PostgreSQL database (its address,
// db/databaselocation.h). Settings, migrations and the version check at open. A Database belongs
// to the thread that opened it (QSqlDatabase connections cannot be shared).
class Database {
public:
    // MustBeEmpty: as CreateIfMissing, for a database about to receive a whole central: one that
    // holds anything already is refused untouched. Only a new SQLite file, a PostgreSQL database
    // with no tables, or one holding this version's schema and not a row (as a failed move leaves
    // it) is opened.
    enum class OpenMode { MustExist, CreateIfMissing, MustBeEmpty };

    // `path` is a file path or a postgresql:// address.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql()
    {
        reconnectIfLost();
        return m_db;
    }
    // A table or column name as one SQL identifier, whatever it contains.
    static QString quoted(const QString& identifier);
    // The file's absolute path, or the PostgreSQL address as given: what opens it again.
    const QString& path() const { return m_path; }
    bool isPostgres() const { return m_dialect.isPostgres(); }
    const Dialect& dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }

    bool hasTable(const QString& table);
    // Columns of a table, as the database declares them (cached).
    const QList<ColumnInfo>& columns(const QString& table);
    // The columns of a table's foreign keys, as the database declares them.
    Result<QList<ForeignKeyColumn>> foreignKeys(const QString& table);

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
    // how SQLite and PostgreSQL keep it). For a log restored from an older copy, or renumbered past another's.
    Status raiseSequence(const QString& table, qint64 floor);
    // The last number the AUTOINCREMENT key of `table` gave (0 when none yet), so that another copy can
    // go on from it; nothing when the table has no such key.
    Result<std::optional<qint64>> sequenceValue(const QString& table);

    // Keeps the database to this connection alone until it closes, for moving a whole central
    // elsewhere: no other program can write it meanwhile (on SQLite, not even read it). Refused,
    // with nothing changed, while another program has it open (a serving central, the window).
    Status holdExclusively();

    // Runs a query that returns one value (or an invalid QVariant when there is no row).
    Result<QVariant> scalar(const QString& statement, const QVariantList& bindings = {});

    // Transaction nesting: the outermost level is a transaction, inner levels are savepoints. A
    // read transaction (outermost only) sees one moment of the file without taking the write lock.
    // A ledger transaction writes the sync bookkeeping of one site only (its rows of site_cursor and
    // site_queue: what it confirmed storing and was served), never a synced record or a change-log
    // entry. On SQLite it is a write like any other; on PostgreSQL ledger transactions run side by
    // side and wait only for, and hold off, the other writers (docs/adr/0009).
    enum class Access { Write, Read, Ledger };
    Status begin(Access access = Access::Write);
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Whether the database itself has a transaction open that can still commit: false after an
    // error that undid it whole (or, on PostgreSQL, failed it).
    bool inTransactionNow() const;
    // Records the schema version a migration reached (SQLite's user_version, or PostgreSQL's
    // sitesync_schema table).
    Status storeSchemaVersion(int version);

    // Whether the write path has opened the synced tables on this connection. The guard triggers
    // ask through a SQL function that exists only on SiteSync's own connections, so any other
    // program's write to a synced table fails.
    // On PostgreSQL the triggers read a setting of this connection, which follows this flag.
    bool writeOpen() const { return m_writeOpen; }
    void setWriteOpen(bool open);

    // The site's time "now" (core/clock.h): every time the engine stores or shows for this database
    // (the change log, the audit log, sync problems, the central's bookkeeping) is read here, so
    // that one clock set on the session's database moves them all. The system's UTC time unless set.
    QDateTime now() const { return m_clock(); }
    // The same as the tables' time columns keep it (ISO 8601 to the second).
    QString nowText() const { return now().toString(Qt::ISODate); }
    const Clock& clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    // 'SSYN': marks a database as SiteSync's, so another SQLite file or PostgreSQL database is
    // never mistaken for one.
    static constexpr int kApplicationId = 0x5353594E;
    // How long a write waits for the writes queued before it (a central's serving threads and
    // processes each pushing a batch).
    static constexpr int kGateTimeoutMs = 60000;

    Database(QString path, QString connectionName, SqlEngine engine);
    static QString nextConnectionName();
    Status beginOutermost(Access access);
    bool postgresInTransaction() const;
    static Result<std::unique_ptr<Database>> openPostgres(const DatabaseLocation& location, OpenMode mode);
    Status configure(OpenMode mode);
    Status configurePostgres(OpenMode mode);
    Status checkVersion(bool empty, OpenMode mode, int applicationId);
    Status checkNothingHeld();
    Status migrateToLatest();
    Status registerWriteGuard();
    QList<ColumnInfo> postgresColumns(const QString& table);
    Status applyWriteOpen();
    Status applySessionSettings();
    // PostgreSQL: a connection the server dropped (a restart, a fail-over) is opened again before
    // the next statement outside a transaction; one inside a transaction fails with it.
    void reconnectIfLost();
    Status raisePostgresSequence(const QString& table, qint64 floor);
    Result<std::optional<qint64>> postgresSequenceValue(const QString& table);
    Status holdPostgresExclusively();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_writeOpen = false;
    int m_writeOpenApplied = -1;  // PostgreSQL: the setting as last sent (-1: not known)
    Dialect m_dialect;
    std::shared_ptr<QMutex> m_writeGate;  // db/writegate.h
    bool m_gateHeld = false;
    void releaseGate();
    QHash<QString, QList<ColumnInfo>> m_columns;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_rawStatements;
    struct sqlite3* m_connection = nullptr;
    ::pg_conn* m_postgres = nullptr;
    QElapsedTimer m_reconnectTried;
    Clock m_clock = systemClock();
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
