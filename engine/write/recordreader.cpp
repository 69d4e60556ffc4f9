#include "write/recordreader.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "protocol/jsontext.h"
#include "write/recordcodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
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

Result<QHash<QString, QJsonObject>> RecordReader::getMany(const QString& table, const QStringList& ids)
{
    const Result<const TableInfo*> info = knownTable(table);
    if (!info)
        return info.error();
    const QList<ColumnInfo>& columns = m_db.columns(table);
    const ColumnInfo* idColumn = RecordCodec::column(columns, QStringLiteral("id"));
    if (!idColumn)
        return makeError(ErrorKind::Database, QStringLiteral("table '%1' has no id").arg(table));
    // The ids travel as one JSON array bound as a single value, whatever their number.
    QJsonArray idArray;
    const bool numeric = idColumn->type == QLatin1String("INTEGER");
    for (const QString& id : ids)
        idArray.append(numeric ? QJsonValue(id.toLongLong()) : QJsonValue(id));
    const Result<QSqlQuery*> prepared =
        m_db.prepared(QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3")
                          .arg(RecordCodec::selectList(columns), (*info)->name,
                               m_db.dialect().inJsonArray(QStringLiteral("id"), numeric)));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(0, QString::fromUtf8(QJsonDocument(idArray).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QHash<QString, QJsonObject> rows;
    rows.reserve(ids.size());
    const qsizetype idIndex = idColumn - columns.constData();
    while (query.next())
        rows.insert(query.value(int(idIndex)).toString(), RecordCodec::rowToJson(columns, query));
    query.finish();
    return rows;
}

Result<QHash<QString, QByteArray>> RecordReader::getManyText(const QString& table, const QStringList& ids)
{
    return getManyText(table, ids, m_db.columns(table));
}

Result<QHash<QString, QByteArray>> RecordReader::getManyText(const QString& table, const QStringList& ids,
                                                             const QList<ColumnInfo>& columns)
{
    const Result<const TableInfo*> info = knownTable(table);
    if (!info)
        return info.error();
    const ColumnInfo* idColumn = RecordCodec::column(columns, QStringLiteral("id"));
    if (!idColumn)
        return makeError(ErrorKind::Database, QStringLiteral("table '%1' has no id").arg(table));
    enum class Kind { Integer, Real, Text };
    QList<Kind> kinds;
    QList<QByteArray> keys;  // each column's name, quoted, with its colon
    for (const ColumnInfo& column : columns) {
        kinds << (column.type == QLatin1String("INTEGER") ? Kind::Integer
                  : column.type == QLatin1String("REAL")  ? Kind::Real
                                                          : Kind::Text);
        QByteArray key;
        jsontext::appendString(key, column.name.toUtf8());
        keys << key + ':';
    }
    const bool numeric = idColumn->type == QLatin1String("INTEGER");
    QByteArray idArray("[");
    for (const QString& id : ids) {
        if (idArray.size() > 1)
            idArray.append(',');
        if (numeric)
            jsontext::appendInteger(idArray, id.toLongLong());
        else
            jsontext::appendString(idArray, id.toUtf8());
    }
    idArray.append(']');
    const Result<Statement*> prepared =
        m_db.statement(QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3")
                           .arg(RecordCodec::selectList(columns), (*info)->name,
                                m_db.dialect().inJsonArray(QStringLiteral("id"), numeric)));
    if (!prepared)
        return prepared.error();
    Statement& query = **prepared;
    query.bindUtf8(0, idArray);
    const int idIndex = int(idColumn - columns.constData());
    QHash<QString, QByteArray> rows;
    rows.reserve(ids.size());
    while (true) {
        const Result<bool> row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        QByteArray text("{");
        for (int i = 0; i < int(columns.size()); ++i) {
            if (i > 0)
                text.append(',');
            text.append(keys[i]);
            if (query.isNull(i))
                text.append("null");
            else if (kinds[i] == Kind::Integer)
                jsontext::appendInteger(text, query.integer(i));
            else if (kinds[i] == Kind::Real)
                jsontext::appendReal(text, query.real(i));
            else
                jsontext::appendString(text, query.text(i));
        }
        text.append('}');
        rows.insert(numeric ? QString::number(query.integer(idIndex)) : QString::fromUtf8(query.text(idIndex)), text);
    }
    query.reset();
    return rows;
}

}  // namespace sitesync
