#include "db/statement.h"

#include <sqlite3.h>

namespace sitesync {

SqliteStatement::SqliteStatement(sqlite3* connection, sqlite3_stmt* statement)
    : m_connection(connection)
    , m_statement(statement)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text64(m_statement, index + 1, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

void SqliteStatement::bindText(int index, const QString& text)
{
    // Handed over as UTF-16, as QString holds it; SQLite converts it once, into its own copy.
    sqlite3_bind_text16(m_statement, index + 1, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error error = lastError();
    sqlite3_reset(m_statement);
    return error;
}

Status Statement::run()
{
    const Result<bool> stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_connection);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

Error SqliteStatement::lastError() const
{
    return makeError(ErrorKind::Database, QString::fromUtf8(sqlite3_errmsg(m_connection)));
}

}  // namespace sitesync
