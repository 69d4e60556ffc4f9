#include "write/stocklinereference.h"

#include "db/database.h"
#include "db/statement.h"

namespace sitesync::stocklinereference {

QString named(const QString& table, const QJsonObject& record)
{
    if (table != kLineTable)
        return {};
    return record.value(kColumn).toString();
}

Result<bool> resolves(Database& db, const QJsonObject& line)
{
    const QString stockLineId = named(kLineTable, line);
    if (stockLineId.isEmpty())
        return true;
    const Result<Statement*> prepared =
        db.statement(QStringLiteral("SELECT 1 FROM stock_line WHERE id = ? AND store_id = ?"));
    if (!prepared)
        return prepared.error();
    Statement& query = **prepared;
    query.bindText(0, stockLineId);
    query.bindText(1, line.value(QLatin1String("store_id")).toString());
    const Result<bool> found = query.step();
    query.reset();
    return found;
}

Result<QStringList> linesNaming(Database& db, const QString& stockLineId, int limit)
{
    const Result<QSqlQuery*> prepared =
        db.prepared(QStringLiteral("SELECT id FROM invoice_line WHERE stock_line_id = ? ORDER BY id LIMIT ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(0, stockLineId);
    query.bindValue(1, limit);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    query.finish();
    return lines;
}

}  // namespace sitesync::stocklinereference
