#include "db/database.h"

#include "db/migrations.h"
#include "db/postgresstatement.h"
#include "db/writegate.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace sitesync {

Q_LOGGING_CATEGORY(lcDatabase, "sitesync.engine.database", QtWarningMsg)

namespace {

// How long a write waits for another process's writer before it gives up...
constexpr int kBusyTimeoutMs = 10000;

void writeOpenFunction(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* db = static_cast<const Database*>(sqlite3_user_data(context));
    sqlite3_result_int(context, db->writeOpen() ? 1 : 0);
}

}  // namespace

QString Database::nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("sitesync-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString sqlErrorText(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

Database::Database(QString path, QString connectionName, SqlEngine engine)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(engine)
{
}

Database::~Database()
{
    m_statements.clear();
    m_rawStatements.clear();
    if (m_depth > 0)
        QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
    releaseGate();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    if (path.isEmpty())
        return makeError(ErrorKind::BadInput, QStringLiteral("No database given: pass --db PATH."));
    if (DatabaseLocation::isAddress(path)) {
        const Result<DatabaseLocation> location = DatabaseLocation::parse(path);
        if (!location)
            return location.error();
        return openPostgres(*location, mode);
    }
    const QFileInfo info(path);
    if (mode == OpenMode::MustExist && !info.exists())
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("No database at %1. Create one with 'sitesyncctl init central'.").arg(path));
    if (info.exists() && !info.isFile())
        return makeError(ErrorKind::BadInput, QStringLiteral("%1 is not a file.").arg(path));

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName(), SqlEngine::SQLite));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return makeError(ErrorKind::Database, QStringLiteral("The SQLite driver of Qt is not installed."));
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db->m_db.open())
        return makeError(ErrorKind::Database,
                         QStringLiteral("Cannot open %1: %2").arg(path, db->m_db.lastError().text()));
    if (Status configured = db->configure(mode); !configured)
        return configured.error();
    return db;
}

Status Database::configure(OpenMode mode)
{
    // Read the header values before changing anything, so a foreign or newer file stays untouched.
    const Result<QVariant> appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("%1 is not a SQLite database: %2").arg(m_path, appId.error().message));
    const Result<QVariant> version = scalar(QStringLiteral("PRAGMA user_version"));
    const Result<QVariant> tableCount = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!version || !tableCount)
        return makeError(ErrorKind::Database, QStringLiteral("Cannot read the schema of %1.").arg(m_path));

    const bool empty = tableCount->toInt() == 0 && version->toInt() == 0;
    m_schemaVersion = version->toInt();
    if (Status s = checkVersion(empty, mode, appId->toInt()); !s)
        return s;

    if (Status s = registerWriteGuard(); !s)
        return s;
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (Status s = exec(QString::fromLatin1(pragma)); !s)
            return s;
    }
    const Result<QVariant> journal = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal || journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorKind::Database, QStringLiteral("Cannot switch %1 to write-ahead logging.").arg(m_path));
    if (empty) {
        if (Status s = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
            return s;
    }
    return migrateToLatest();
}

Status Database::checkVersion(bool empty, OpenMode mode, int applicationId)
{
    // Only initialisation turns an empty database into a SiteSync database; opening one is no reason to.
    if (empty && mode == OpenMode::MustExist)
        return makeError(
            ErrorKind::NotFound,
            QStringLiteral("%1 holds no SiteSync database. Create one with 'sitesyncctl init central'.").arg(m_path));
    if (!empty && applicationId != kApplicationId)
        return mode == OpenMode::MustBeEmpty
                   ? makeError(ErrorKind::Invalid,
                               QStringLiteral("%1 is not empty: it holds another program's tables. Give a new SQLite "
                                              "file or an empty PostgreSQL database; it was left untouched.")
                                   .arg(m_path))
                   : makeError(ErrorKind::Incompatible,
                               QStringLiteral("%1 is not a SiteSync database; it was left untouched.").arg(m_path));
    if (m_schemaVersion > latestSchemaVersion())
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("%1 was written by a newer version of SiteSync (schema %2; this program "
                                        "knows schema %3 at most). Install the newer SiteSync to open it; the "
                                        "database was left untouched.")
                             .arg(m_path)
                             .arg(m_schemaVersion)
                             .arg(latestSchemaVersion()));
    if (!empty && mode == OpenMode::MustBeEmpty)
        return checkNothingHeld();
    return {};
}

Status Database::checkNothingHeld()
{
    // SiteSync's schema without a row is as good as a new database: what a failed move leaves behind.
    QStringList tables;
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.tableNamesQuery()))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    while (query.next())
        tables << query.value(0).toString();
    for (const QString& table : tables) {
        QSqlQuery row(m_db);
        if (!row.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(table))))
            return makeError(ErrorKind::Database, sqlErrorText(row));
        if (row.next())
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("%1 is not empty: its table %2 holds rows. Give a new SQLite file or an "
                                            "empty PostgreSQL database; it was left untouched.")
                                 .arg(m_path, table));
    }
    return {};
}

Status Database::migrateToLatest()
{
    if (m_schemaVersion < latestSchemaVersion()) {
        const int from = m_schemaVersion;
        if (Status s = migrate(*this, from); !s)
            return s;
        m_schemaVersion = latestSchemaVersion();
        qCInfo(lcDatabase) << "migrated" << m_path << "from schema" << from << "to" << m_schemaVersion;
    }
    return {};
}

Status Database::storeSchemaVersion(int version)
{
    if (isPostgres())
        return exec(QStringLiteral("UPDATE sitesync_schema SET version = ?"), {version});
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status Database::registerWriteGuard()
{
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(ErrorKind::Database, QStringLiteral("The SQLite driver gives no connection handle."));
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    m_connection = connection;
    // Not deterministic: the answer changes as the write path opens and closes.
    const int rc = sqlite3_create_function_v2(connection, "sitesync_write_open", 0, SQLITE_UTF8, this,
                                              writeOpenFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return makeError(
            ErrorKind::Database,
            QStringLiteral("Cannot install the write guard: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

bool Database::inTransactionNow() const
{
    if (isPostgres())
        return postgresInTransaction();
    return m_connection && sqlite3_get_autocommit(m_connection) == 0;
}

Result<Statement*> Database::statement(const QString& sql)
{
    reconnectIfLost();
    auto it = m_rawStatements.find(sql);
    if (it != m_rawStatements.end())
        return it->second.get();
    if (isPostgres()) {
        if (!m_postgres)
            return makeError(ErrorKind::Database, QStringLiteral("The database is not open."));
        auto made = std::make_unique<PostgresStatement>(m_postgres, sql);
        Statement* result = made.get();
        m_rawStatements.emplace(sql, std::move(made));
        return result;
    }
    if (!m_connection)
        return makeError(ErrorKind::Database, QStringLiteral("The database is not open."));
    sqlite3_stmt* prepared = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &prepared,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return makeError(ErrorKind::Database, QString::fromUtf8(sqlite3_errmsg(m_connection)));
    }
    auto made = std::make_unique<SqliteStatement>(m_connection, prepared);
    Statement* result = made.get();
    m_rawStatements.emplace(sql, std::move(made));
    return result;
}

bool Database::hasTable(const QString& table)
{
    return !columns(table).isEmpty();
}

const QList<ColumnInfo>& Database::columns(const QString& table)
{
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    if (isPostgres())
        return *m_columns.insert(table, postgresColumns(table));
    QList<ColumnInfo> result;
    QSqlQuery query(m_db);
    // The table name is bound as a value of the table-valued pragma, never spliced into SQL.
    query.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"));
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next()) {
            ColumnInfo column;
            column.name = query.value(0).toString();
            column.type = query.value(1).toString().toUpper();
            column.notNull = query.value(2).toInt() != 0;
            column.hasDefault = !query.value(3).isNull();
            column.primaryKey = query.value(4).toInt() != 0;
            result.append(column);
        }
    }
    return *m_columns.insert(table, result);
}

Result<QList<ForeignKeyColumn>> Database::foreignKeys(const QString& table)
{
    QSqlQuery query(m_db);
    query.prepare(isPostgres() ? QStringLiteral("SELECT a.attname, t.relname, r.attname FROM pg_constraint c"
                                                " CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k (col, ref)"
                                                " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col"
                                                " JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = k.ref"
                                                " JOIN pg_class t ON t.oid = c.confrelid"
                                                " WHERE c.contype = 'f' AND c.conrelid = to_regclass(?)")
                               // The table name is bound as a value of the table-valued pragma.
                               : QStringLiteral("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)"));
    query.addBindValue(table);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<ForeignKeyColumn> keys;
    while (query.next()) {
        // SQLite leaves `to` empty for a reference to the target's primary key.
        const QString to = query.value(2).isNull() ? QStringLiteral("id") : query.value(2).toString();
        keys.append({query.value(0).toString(), query.value(1).toString(), to});
    }
    return keys;
}

Status Database::exec(const QString& statement, const QVariantList& bindings, int* changed)
{
    reconnectIfLost();
    // PostgreSQL prepares only queries and data changes; a statement without values runs as it is.
    if (bindings.isEmpty() && !changed && isPostgres())
        return exec(statement);
    QSqlQuery query(m_db);
    if (!query.prepare(statement))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    if (changed)
        *changed += query.numRowsAffected();
    return {};
}

Status Database::exec(const QString& statement)
{
    reconnectIfLost();
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    return {};
}

Result<QSqlQuery*> Database::prepared(const QString& statement)
{
    reconnectIfLost();
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(statement))
            return makeError(ErrorKind::Database, sqlErrorText(*query));
        it = m_statements.emplace(statement, std::move(query)).first;
    }
    QSqlQuery* query = it->second.get();
    query->finish();
    return query;
}

Status Database::execPrepared(const QString& statement)
{
    if (isPostgres())  // savepoints cannot be prepared there
        return exec(statement);
    const Result<QSqlQuery*> query = prepared(statement);
    if (!query)
        return query.error();
    if (!(*query)->exec())
        return makeError(ErrorKind::Database, sqlErrorText(**query));
    return {};
}

Result<QVariant> Database::scalar(const QString& statement, const QVariantList& bindings)
{
    const Result<QSqlQuery*> prepared = this->prepared(statement);
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings[i]);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

QString Database::quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Status Database::begin(Access access)
{
    // The outermost level is the transaction; inner levels are savepoints, so a failed inner step
    // undoes only itself and the caller decides what happens to the rest.
    if (m_depth == 0) {
        // The in-process gate queues this process's writers before the database's own lock; a
        // PostgreSQL ledger transaction shares that lock with the others and queues on it alone.
        if (access == Access::Write || (access == Access::Ledger && !isPostgres())) {
            if (!m_writeGate)
                m_writeGate = WriteGate::forFile(m_path);
            // As long as SQLite itself would wait for another writer.
            if (!m_writeGate->tryLock(kGateTimeoutMs))
                return makeError(ErrorKind::Database,
                                 QStringLiteral("%1 is busy: the writes queued before this one did not finish within "
                                                "%2 seconds. Try again later.")
                                     .arg(m_path)
                                     .arg(kGateTimeoutMs / 1000));
            m_gateHeld = true;
        }
        if (Status s = beginOutermost(access); !s) {
            releaseGate();
            return s;
        }
    } else if (Status s = execPrepared(QStringLiteral("SAVEPOINT level_%1").arg(m_depth)); !s) {
        return s;
    }
    ++m_depth;
    return {};
}

Status Database::beginOutermost(Access access)
{
    reconnectIfLost();
    if (isPostgres()) {
        // A reader sees one moment of the database, as on SQLite. Writers queue on one lock, taken
        // at once, across every process serving this database: a write transaction runs alone, so
        // the rules' read-then-write checks hold and the change log's numbers are committed in
        // their order, so that no pull skips a change committed late (docs/adr/0009).
        // Ledger transactions hold the lock shared: each writes one site's bookkeeping rows only,
        // so they need to exclude the writers whose decisions read those rows (RT-5), not each
        // other, and their commits (one or two per poll that moves a site's cursors) no longer
        // queue one behind another's flush to disk.
        if (access == Access::Read)
            return exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        if (Status s = exec(QStringLiteral("BEGIN")); !s)
            return s;
        const QString lock = access == Access::Ledger ? QStringLiteral("pg_advisory_xact_lock_shared")
                                                      : QStringLiteral("pg_advisory_xact_lock");
        if (Status s = exec(QStringLiteral("SELECT %1(%2)").arg(lock).arg(kApplicationId)); !s) {
            QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
            m_writeOpenApplied = -1;
            return makeError(ErrorKind::Database,
                             QStringLiteral("%1 is busy: the writes queued before this one did not finish within "
                                            "%2 seconds. Try again later. (%3)")
                                 .arg(m_path)
                                 .arg(kGateTimeoutMs / 1000)
                                 .arg(s.error().message));
        }
        return applyWriteOpen();
    }
    // IMMEDIATE takes the write lock at once, so two writers never deadlock on a lock upgrade;
    // a reader takes no lock it would have to upgrade.
    return exec(access == Access::Read ? QStringLiteral("BEGIN DEFERRED") : QStringLiteral("BEGIN IMMEDIATE"));
}

Status Database::commit()
{
    if (m_depth == 0)
        return makeError(ErrorKind::Database, QStringLiteral("commit without a transaction"));
    if (m_depth > 1) {
        --m_depth;
        return execPrepared(QStringLiteral("RELEASE level_%1").arg(m_depth));
    }
    Status s = exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_depth = 0;
    releaseGate();
    return {};
}

void Database::releaseGate()
{
    if (m_gateHeld) {
        m_gateHeld = false;
        m_writeGate->unlock();
    }
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth > 1) {
        --m_depth;
        (void)execPrepared(QStringLiteral("ROLLBACK TO level_%1").arg(m_depth));
        (void)execPrepared(QStringLiteral("RELEASE level_%1").arg(m_depth));
        if (isPostgres()) {
            m_writeOpenApplied = -1;
            (void)applyWriteOpen();
        }
        return;
    }
    QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
    m_depth = 0;
    releaseGate();
    m_writeOpenApplied = -1;  // a setting changed in the transaction went back with it
    // A rolled-back migration may have created tables that no longer exist.
    m_columns.clear();
    m_statements.clear();
}

Transaction::Transaction(Database& db, Database::Access access)
    : m_db(db)
    , m_started(db.begin(access))
{
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Status Database::raiseSequence(const QString& table, qint64 floor)
{
    if (isPostgres())
        return raisePostgresSequence(table, floor);
    // A table that never numbered anything has no row there yet.
    if (Status s = exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT ?, 0"
                                       " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)"),
                        {table, table});
        !s)
        return s;
    return exec(QStringLiteral("UPDATE sqlite_sequence SET seq = %1 WHERE name = ?")
                    .arg(m_dialect.greatest(QStringLiteral("seq"), QStringLiteral("?"))),
                {floor, table});
}

Result<std::optional<qint64>> Database::sequenceValue(const QString& table)
{
    if (isPostgres())
        return postgresSequenceValue(table);
    const Result<QVariant> definition =
        scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    if (!definition)
        return definition.error();
    if (!definition->toString().contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive))
        return std::optional<qint64>();
    // A table that never numbered anything has no row there yet.
    const Result<QVariant> given = scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"), {table});
    if (!given)
        return given.error();
    return std::optional<qint64>(given->isValid() ? given->toLongLong() : 0);
}

Status Database::holdExclusively()
{
    if (isPostgres())
        return holdPostgresExclusively();
    if (m_depth > 0)
        return makeError(ErrorKind::Database,
                         QStringLiteral("%1 cannot be held alone inside a transaction.").arg(m_path));
    // In exclusive locking mode the next transaction takes the file for this connection and keeps
    // it until the connection closes; it cannot while another connection has the file open, since
    // each keeps a lock on it for as long as it is open (write-ahead logging's shared memory).
    if (Status s = exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); !s)
        return s;
    // Another program that has the file open keeps it open: a moment is enough to know.
    if (Status s = exec(QStringLiteral("PRAGMA busy_timeout = 1000")); !s)
        return s;
    const Status taken = [this]() -> Status {
        Transaction tx(*this);
        if (!tx.started())
            return tx.started();
        if (const Result<QVariant> read = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !read)
            return read.error();
        return tx.commit();
    }();
    (void)exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    if (!taken) {
        (void)exec(QStringLiteral("PRAGMA locking_mode = NORMAL"));
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is in use: another program has it open (sitesyncctl serve, the window or "
                                        "another command). Stop it, then try again; nothing was changed. (%2)")
                             .arg(m_path, taken.error().message));
    }
    return {};
}

Status Transaction::commit()
{
    if (!m_started)
        return m_started;
    m_done = true;
    return m_db.commit();
}

}  // namespace sitesync
