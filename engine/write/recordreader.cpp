#include "write/recordreader.h"

#include "db/database.h"
#include "model/tableregistry.h"
#include "write/recordcodec.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sitesync {

namespace {

Result<const TableInfo*> knownTable(const QString& table)
{
    const TableInfo* info = TableRegistry::find(table);
    if (!info)
        return makeError(ErrorKind::BadInput, QCoreApplication::translate("sitesync::RecordReader",
                                                                          "Unknown table '%1'. The tables are: %2.")
                                                  .arg(table, TableRegistry::names().join(QStringLiteral(", "))));
    return info;
}

}  // namespace

Result<QJsonObject> RecordReader::get(const QString& table, const QString& id)
{
    const Result<const TableInfo*> info = knownTable(table);
    if (!info)
        return info.error();
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg((*info)->name));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    if (!query.next())
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("sitesync::RecordReader", "There is no record '%1' in table '%2'.")
                             .arg(id, table));
    return RecordCodec::rowToJson(m_db.columns(table), query.record());
}

Result<QJsonArray> RecordReader::list(const QString& table, int limit)
{
    const Result<const TableInfo*> info = knownTable(table);
    if (!info)
        return info.error();
    QSqlQuery query(m_db.sql());
    query.setForwardOnly(true);
    QString statement = QStringLiteral("SELECT * FROM \"%1\" ORDER BY id").arg((*info)->name);
    if (limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    if (!query.exec(statement))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    const QList<ColumnInfo>& columns = m_db.columns(table);
    QJsonArray rows;
    while (query.next())
        rows.append(RecordCodec::rowToJson(columns, query.record()));
    return rows;
}

}  // namespace sitesync
