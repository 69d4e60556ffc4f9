// The parts of Database that differ on PostgreSQL, where a large central may keep its database
// (docs/adr/0009-postgresql-central.md).
#include "db/database.h"

#include "db/migrations.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace sitesync {

Q_LOGGING_CATEGORY(lcPostgres, "sitesync.engine.database.postgres", QtInfoMsg)

Result<std::unique_ptr<Database>> Database::openPostgres(const DatabaseLocation& location, OpenMode mode)
{
    std::unique_ptr<Database> db(new Database(location.text, nextConnectionName(), SqlEngine::PostgreSQL));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!db->m_db.isValid())
        return makeError(ErrorKind::Database,
                         QStringLiteral("The PostgreSQL driver of Qt is not installed (Debian package "
                                        "libqt6sql6-psql)."));
    location.applyTo(db->m_db);
    if (!db->m_db.open()) {
        const QString reason = db->m_db.lastError().databaseText().trimmed();
        const bool missing = reason.contains(QLatin1String("does not exist"));
        return makeError(missing ? ErrorKind::NotFound : ErrorKind::Database,
                         missing ? QStringLiteral("Cannot open %1: %2. Make the database first (createdb %3), then "
                                                  "'sitesyncctl --db %1 init central'.")
                                       .arg(location.text, reason, location.databaseName)
                                 : QStringLiteral("Cannot open %1: %2").arg(location.text, reason));
    }
    const QVariant handle = db->m_db.driver()->handle();
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        db->m_postgres = *static_cast<PGconn* const*>(handle.constData());
    if (!db->m_postgres)
        return makeError(ErrorKind::Database, QStringLiteral("The PostgreSQL driver gives no connection handle."));
    if (Status configured = db->configurePostgres(mode); !configured)
        return configured.error();
    return db;
}

Status Database::applySessionSettings()
{
    // Notices (such as "relation already exists, skipping") are not for the technician; a write
    // waits for the writers queued before it as long as on SQLite. No JIT compilation: the routing
    // condition's many branches give a pull or a count a high estimated cost, and compiling it took
    // 2.3 s for a query that runs in 0.1 s, on every execution (docs/performance.md).
    for (const QString& setting : {QStringLiteral("SET client_min_messages = warning"),
                                   QStringLiteral("SET lock_timeout = '%1ms'").arg(kGateTimeoutMs),
                                   QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET jit = off")}) {
        if (Status s = exec(setting); !s)
            return s;
    }
    m_writeOpenApplied = -1;
    return applyWriteOpen();
}

void Database::reconnectIfLost()
{
    if (!isPostgres() || m_depth > 0)
        return;
    // Reads what the server sent meanwhile without waiting: a connection it ended (a restart, a
    // fail-over, an administrator) shows as lost before the next statement fails on it. The server's
    // last message and the end of the connection may take two reads. Without a connection (the
    // last attempt failed), it tries again.
    if (m_postgres) {
        if (PQstatus(m_postgres) != CONNECTION_BAD && PQconsumeInput(m_postgres) != 0 &&
            PQconsumeInput(m_postgres) != 0)
            return;
        if (PQstatus(m_postgres) != CONNECTION_BAD)
            return;
        qCWarning(lcPostgres).noquote() << "the connection to" << m_path << "was lost; connecting again";
    } else if (m_reconnectTried.isValid() && m_reconnectTried.elapsed() < 1000) {
        return;  // at most one attempt a second while the server does not answer
    }
    m_reconnectTried.start();
    m_statements.clear();
    m_rawStatements.clear();
    m_db.close();
    m_postgres = nullptr;
    if (!m_db.open()) {
        qCWarning(lcPostgres).noquote() << "cannot connect again:" << m_db.lastError().databaseText().trimmed();
        return;
    }
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid())
        m_postgres = *static_cast<PGconn* const*>(handle.constData());
    if (Status s = applySessionSettings(); !s)
        qCWarning(lcPostgres).noquote() << "cannot set up the connection again:" << s.error().message;
}

Status Database::configurePostgres(OpenMode mode)
{
    if (Status s = applySessionSettings(); !s)
        return s;
    // Read the marker before changing anything, so a foreign or newer database stays untouched.
    const Result<QVariant> tableCount =
        scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    const Result<QVariant> marked = scalar(QStringLiteral("SELECT to_regclass('sitesync_schema') IS NOT NULL"));
    if (!tableCount || !marked)
        return makeError(ErrorKind::Database, QStringLiteral("Cannot read the schema of %1.").arg(m_path));
    int applicationId = 0;
    m_schemaVersion = 0;
    if (marked->toBool()) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT application_id, version FROM sitesync_schema")))
            return makeError(ErrorKind::Database, sqlErrorText(query));
        if (query.next()) {
            applicationId = query.value(0).toInt();
            m_schemaVersion = query.value(1).toInt();
        }
    }
    const bool empty = tableCount->toInt() == 0 || (applicationId == kApplicationId && m_schemaVersion == 0);
    if (Status s = checkVersion(empty, mode, empty ? kApplicationId : applicationId); !s)
        return s;
    if (!marked->toBool()) {
        Transaction tx(*this);
        if (!tx.started())
            return tx.started();
        if (Status s = exec(QStringLiteral("CREATE TABLE sitesync_schema (application_id INTEGER NOT NULL,"
                                           " version INTEGER NOT NULL)"));
            !s)
            return s;
        if (Status s = exec(QStringLiteral("INSERT INTO sitesync_schema VALUES (?, 0)"), {kApplicationId}); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return migrateToLatest();
}

QList<ColumnInfo> Database::postgresColumns(const QString& table)
{
    QList<ColumnInfo> result;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT c.column_name, c.data_type, c.is_nullable = 'NO', c.column_default IS NOT NULL"
                       "  OR c.is_identity = 'YES',"
                       " EXISTS (SELECT 1 FROM information_schema.table_constraints t"
                       "  JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name"
                       "   AND k.table_schema = t.table_schema AND k.table_name = t.table_name"
                       "  WHERE t.table_schema = c.table_schema AND t.table_name = c.table_name"
                       "   AND t.constraint_type = 'PRIMARY KEY' AND k.column_name = c.column_name)"
                       " FROM information_schema.columns c WHERE c.table_schema = current_schema() AND c.table_name = ?"
                       " ORDER BY c.ordinal_position"));
    query.addBindValue(table);
    if (!query.exec())
        return result;
    while (query.next()) {
        ColumnInfo column;
        column.name = query.value(0).toString();
        // Described in SQLite's terms, which the rest of the engine speaks.
        const QString type = query.value(1).toString();
        if (type == QLatin1String("bigint") || type == QLatin1String("integer") || type == QLatin1String("smallint"))
            column.type = QStringLiteral("INTEGER");
        else if (type == QLatin1String("double precision") || type == QLatin1String("real"))
            column.type = QStringLiteral("REAL");
        else
            column.type = type.toUpper();
        column.notNull = query.value(2).toBool();
        column.hasDefault = query.value(3).toBool();
        column.primaryKey = query.value(4).toBool();
        result.append(column);
    }
    return result;
}

bool Database::postgresInTransaction() const
{
    if (!m_postgres)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(m_postgres);
    return status == PQTRANS_INTRANS || status == PQTRANS_ACTIVE;
}

void Database::setWriteOpen(bool open)
{
    m_writeOpen = open;
    if (isPostgres())
        (void)applyWriteOpen();
}

Status Database::applyWriteOpen()
{
    // Session-wide, as the flag is: a write made outside a transaction is guarded too. A
    // rollback takes back a change made inside it, so it is sent again after one.
    if (m_writeOpenApplied == int(m_writeOpen))
        return {};
    if (Status s = exec(QStringLiteral("SELECT set_config('sitesync.write_open', '%1', false)")
                            .arg(m_writeOpen ? QLatin1String("on") : QLatin1String("off")));
        !s)
        return s;
    m_writeOpenApplied = int(m_writeOpen);
    return {};
}

namespace {

// The sequence that numbers the identity key of a table, and the last number it gave (0 when none yet).
struct IdentityCounter {
    QString sequence;
    qint64 given = 0;
};

// Nothing when the table has no identity key.
Result<std::optional<IdentityCounter>> identityCounter(Database& db, const QString& table)
{
    QString key;
    for (const ColumnInfo& column : db.columns(table)) {
        if (column.primaryKey)
            key = column.name;
    }
    if (key.isEmpty())
        return std::optional<IdentityCounter>();
    const Result<QVariant> sequence = db.scalar(QStringLiteral("SELECT pg_get_serial_sequence(?, ?)"), {table, key});
    if (!sequence)
        return sequence.error();
    if (sequence->isNull())
        return std::optional<IdentityCounter>();
    QSqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("SELECT last_value, is_called FROM %1").arg(sequence->toString())) || !query.next())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    return std::optional<IdentityCounter>(
        IdentityCounter{sequence->toString(), query.value(1).toBool() ? query.value(0).toLongLong() : 0});
}

}  // namespace

Result<std::optional<qint64>> Database::postgresSequenceValue(const QString& table)
{
    const Result<std::optional<IdentityCounter>> counter = identityCounter(*this, table);
    if (!counter)
        return counter.error();
    if (!counter->has_value())
        return std::optional<qint64>();
    return std::optional<qint64>((*counter)->given);
}

Status Database::raisePostgresSequence(const QString& table, qint64 floor)
{
    // The identity column's sequence: its next value is past `floor` and past what it gave already.
    const Result<std::optional<IdentityCounter>> counter = identityCounter(*this, table);
    if (!counter)
        return counter.error();
    if (!counter->has_value())
        return makeError(ErrorKind::Database, QStringLiteral("Table %1 has no numbered key.").arg(table));
    const qint64 last = std::max((*counter)->given, floor);
    if (last < 1)
        return {};
    return exec(QStringLiteral("SELECT setval(CAST(? AS regclass), ?, true)"), {(*counter)->sequence, last});
}

Status Database::holdPostgresExclusively()
{
    // Other programs' sessions on this database (PostgreSQL's own workers aside), by the name they
    // give (SiteSync's own say "sitesync").
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(nullif(application_name, ''), usename), count(*)"
                                   " FROM pg_stat_activity WHERE datname = current_database()"
                                   " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
                                   " GROUP BY 1 ORDER BY 1")))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QStringList others;
    while (query.next())
        others << QStringLiteral("%1 (%2)").arg(query.value(0).toString()).arg(query.value(1).toLongLong());
    if (!others.isEmpty())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is in use: other connections are open to it: %2. Stop sitesyncctl serve, "
                                        "close the window and any other program using it, then try again; nothing "
                                        "was changed.")
                             .arg(m_path, others.join(QStringLiteral(", "))));
    // The writers' lock (beginOutermost), held by this session until it closes: any write that
    // would start meanwhile waits for it.
    const Result<QVariant> locked = scalar(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kApplicationId));
    if (!locked)
        return locked.error();
    if (!locked->toBool())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is in use: a write is in progress. Stop sitesyncctl serve and close the "
                                        "window, then try again; nothing was changed.")
                             .arg(m_path));
    return {};
}

}  // namespace sitesync
