#include "write/extracolumns.h"

#include "db/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sitesync {

Status ExtraColumns::keep(const QString& table, const QString& id, const QJsonObject& columns)
{
    if (columns.isEmpty())
        return {};
    const Result<QVariant> stored = m_db.scalar(
        QStringLiteral("SELECT columns FROM record_extra_columns WHERE table_name = ? AND record_id = ?"), {table, id});
    if (!stored)
        return stored.error();
    QJsonObject merged = QJsonDocument::fromJson(stored->toString().toUtf8()).object();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        merged.insert(it.key(), it.value());
    return m_db.exec(QStringLiteral("INSERT INTO record_extra_columns (table_name, record_id, columns) VALUES (?, ?, ?)"
                                    " ON CONFLICT (table_name, record_id) DO UPDATE SET columns = excluded.columns"),
                     {table, id, QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact))});
}

Status ExtraColumns::forget(const QString& table, const QString& id)
{
    return m_db.exec(QStringLiteral("DELETE FROM record_extra_columns WHERE table_name = ? AND record_id = ?"),
                     {table, id});
}

Result<QHash<QString, QJsonObject>> ExtraColumns::of(const QString& table, const QStringList& ids)
{
    QHash<QString, QJsonObject> found;
    // Nearly always there are none: one look at the index spares the lookup of every id.
    const Result<QVariant> any =
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM record_extra_columns WHERE table_name = ?)"), {table});
    if (!any)
        return any.error();
    if (!any->toBool() || ids.isEmpty())
        return found;
    const Result<QSqlQuery*> prepared =
        m_db.prepared(QStringLiteral("SELECT record_id, columns FROM record_extra_columns WHERE table_name = ?"
                                     " AND record_id IN (SELECT value FROM json_each(?))"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(0, table);
    query.bindValue(1,
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    while (query.next())
        found.insert(query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    query.finish();
    return found;
}

}  // namespace sitesync
