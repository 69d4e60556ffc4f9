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

Result<bool> heldInFull(Database& db, const QString& storeId, int siteId)
{
    const Result<Statement*> prepared = db.statement(
        QStringLiteral("SELECT 1 FROM store_site WHERE store_id = ? AND site_id = ? AND sync_with = 'collector'"));
    if (!prepared)
        return prepared.error();
    Statement& query = **prepared;
    query.bindText(0, storeId);
    query.bindInteger(1, siteId);
    const Result<bool> found = query.step();
    query.reset();
    return found;
}

Result<bool> storable(Database& db, const QJsonObject& line, int siteId)
{
    const QString stockLineId = named(kLineTable, line);
    if (stockLineId.isEmpty())
        return true;
    const QString storeId = line.value(QLatin1String("store_id")).toString();
    const Result<Statement*> prepared =
        db.statement(QStringLiteral("SELECT 1 FROM stock_line WHERE id = ? AND store_id = ?"));
    if (!prepared)
        return prepared.error();
    Statement& query = **prepared;
    query.bindText(0, stockLineId);
    query.bindText(1, storeId);
    const Result<bool> found = query.step();
    query.reset();
    if (!found || *found)
        return found;
    const Result<bool> held = heldInFull(db, storeId, siteId);
    if (!held)
        return held.error();
    return !*held;
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
