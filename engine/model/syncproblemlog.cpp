#include "model/syncproblemlog.h"

#include "db/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sitesync {

Result<QList<SyncProblem>> SyncProblemLog::list(Database& db, int limit)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, COALESCE(site_id, 0), kind, table_name, COALESCE(record_id, ''),"
                                 " reason, resolved FROM sync_problem ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<SyncProblem> problems;
    while (query.next())
        problems.append(SyncProblem{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                                    query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                    query.value(6).toString(), query.value(7).toInt() == 1});
    return problems;
}

Status SyncProblemLog::add(Database& db, int siteId, const QString& kind, const QString& table, const QString& recordId,
                           const QString& reason, const QJsonObject& payload)
{
    QSqlQuery insert(db.sql());
    insert.prepare(QStringLiteral("INSERT INTO sync_problem (at, site_id, kind, table_name, record_id, reason, payload)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.addBindValue(siteId);
    insert.addBindValue(kind);
    insert.addBindValue(table);
    insert.addBindValue(recordId);
    insert.addBindValue(reason);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (!insert.exec())
        return makeError(ErrorKind::Database, sqlErrorText(insert));
    return {};
}

Result<int> SyncProblemLog::openCount(Database& db)
{
    const Result<QVariant> count = db.scalar(QStringLiteral("SELECT count(*) FROM sync_problem WHERE resolved = 0"));
    if (!count)
        return count.error();
    return count->toInt();
}

}  // namespace sitesync
