#include "db/postgresstatement.h"

#include <QLocale>

#include <libpq-fe.h>

#include <limits>

namespace sitesync {

PostgresStatement::PostgresStatement(pg_conn* connection, const QString& sql)
    : m_connection(connection)
{
    int count = 0;
    m_sql = numberedPlaceholders(sql, &count);
    m_values.resize(size_t(count));
    m_null.assign(size_t(count), true);
}

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
}

QByteArray PostgresStatement::numberedPlaceholders(const QString& sql, int* count)
{
    const QByteArray text = sql.toUtf8();
    QByteArray numbered;
    numbered.reserve(text.size() + 16);
    *count = 0;
    char quote = 0;  // the quote character of the literal or name being read, or 0
    for (const char c : text) {
        if (quote) {
            // A doubled quote ends the literal and opens it again: nothing to track.
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            numbered.append('$').append(QByteArray::number(++*count));
            continue;
        }
        numbered.append(c);
    }
    return numbered;
}

void PostgresStatement::bind(int index, QByteArray value)
{
    if (index < 0 || size_t(index) >= m_values.size())
        return;  // no such placeholder: ignored, as SQLite's statements ignore it
    m_values[size_t(index)] = std::move(value);
    m_null[size_t(index)] = false;
}

void PostgresStatement::bindNull(int index)
{
    if (index >= 0 && size_t(index) < m_values.size())
        m_null[size_t(index)] = true;
}

void PostgresStatement::bindInteger(int index, qint64 value)
{
    bind(index, QByteArray::number(value));
}

void PostgresStatement::bindReal(int index, double value)
{
    // The shortest text that reads back as the same double.
    bind(index, QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void PostgresStatement::bindUtf8(int index, QByteArrayView utf8)
{
    bind(index, utf8.toByteArray());
}

void PostgresStatement::bindText(int index, const QString& text)
{
    bind(index, text.toUtf8());
}

Result<bool> PostgresStatement::step()
{
    if (!m_result) {
        std::vector<const char*> values(m_values.size());
        for (size_t i = 0; i < m_values.size(); ++i)
            values[i] = m_null[i] ? nullptr : m_values[i].constData();
        m_result = PQexecParams(m_connection, m_sql.constData(), int(values.size()), nullptr, values.data(), nullptr,
                                nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const QString error =
                QString::fromUtf8(m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(m_connection)).trimmed();
            reset();
            return makeError(ErrorKind::Database, error);
        }
        m_rows = PQntuples(m_result);
        m_changes = QByteArrayView(PQcmdTuples(m_result)).toInt();
        m_row = -1;
    }
    return ++m_row < m_rows;
}

void PostgresStatement::reset()
{
    // As SQLite's statements: the values bound go too.
    m_null.assign(m_null.size(), true);
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

int PostgresStatement::changes() const
{
    return m_changes;
}

bool PostgresStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

qint64 PostgresStatement::integer(int column) const
{
    const QByteArrayView value = text(column);
    // A boolean reads as 1 or 0, as SQLite has it.
    if (value == "t")
        return 1;
    if (value == "f")
        return 0;
    bool whole = false;
    const qint64 number = value.toLongLong(&whole);
    // A number with a fraction (a REAL column, an average) reads as its whole part.
    return whole ? number : qint64(value.toDouble());
}

double PostgresStatement::real(int column) const
{
    const QByteArrayView value = text(column);
    // PostgreSQL writes the infinities as words.
    if (value == "Infinity")
        return std::numeric_limits<double>::infinity();
    if (value == "-Infinity")
        return -std::numeric_limits<double>::infinity();
    if (value == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    return value.toDouble();
}

QByteArrayView PostgresStatement::text(int column) const
{
    return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

}  // namespace sitesync
