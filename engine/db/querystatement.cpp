#include "db/querystatement.h"

#include "db/database.h"

#include <QVariant>

namespace sitesync {

QueryStatement::QueryStatement(QSqlQuery query)
    : m_query(std::move(query))
{
    m_query.setForwardOnly(true);
}

void QueryStatement::bindNull(int index)
{
    m_query.bindValue(index, QVariant());
}

void QueryStatement::bindInteger(int index, qint64 value)
{
    m_query.bindValue(index, value);
}

void QueryStatement::bindReal(int index, double value)
{
    m_query.bindValue(index, value);
}

void QueryStatement::bindUtf8(int index, QByteArrayView utf8)
{
    m_query.bindValue(index, QString::fromUtf8(utf8));
}

void QueryStatement::bindText(int index, const QString& text)
{
    m_query.bindValue(index, text);
}

Result<bool> QueryStatement::step()
{
    if (!m_executed) {
        if (!m_query.exec()) {
            const QString error = sqlErrorText(m_query);
            reset();
            return makeError(ErrorKind::Database, error);
        }
        m_executed = true;
        m_changes = m_query.isSelect() ? 0 : m_query.numRowsAffected();
    }
    for (QByteArray& text : m_texts)
        text.clear();
    return m_query.next();
}

void QueryStatement::reset()
{
    m_query.finish();
    m_executed = false;
    m_texts.clear();
}

int QueryStatement::changes() const
{
    return m_changes;
}

bool QueryStatement::isNull(int column) const
{
    return m_query.isNull(column);
}

qint64 QueryStatement::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

double QueryStatement::real(int column) const
{
    return m_query.value(column).toDouble();
}

QByteArrayView QueryStatement::text(int column) const
{
    if (m_texts.size() <= size_t(column))
        m_texts.resize(size_t(column) + 1);
    m_texts[size_t(column)] = m_query.value(column).toString().toUtf8();
    return m_texts[size_t(column)];
}

}  // namespace sitesync
