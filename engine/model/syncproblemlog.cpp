#include "model/syncproblemlog.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncProblemLog)
};

// Which problems count as open, for every count of them.
const QString kOpen = QStringLiteral("resolved = 0");

const QString kColumns = QStringLiteral(
    "id, at, COALESCE(site_id, 0), kind, table_name, COALESCE(record_id, ''), reason, payload,"
    " CASE WHEN resolved = 0 THEN 'open' ELSE COALESCE(closed_as, 'resolved') END, COALESCE(closed_at, ''),"
    " COALESCE(closed_by, ''), COALESCE(resolution, ''), COALESCE(retried_at, ''), COALESCE(retry_result, ''),"
    " COALESCE(origin_at, ''), restored");

SyncProblem fromRow(const QSqlQuery& row)
{
    SyncProblem problem;
    problem.id = row.value(0).toLongLong();
    problem.at = row.value(1).toString();
    problem.siteId = row.value(2).toInt();
    problem.kind = row.value(3).toString();
    problem.table = row.value(4).toString();
    problem.recordId = row.value(5).toString();
    problem.reason = row.value(6).toString();
    problem.payload = QJsonDocument::fromJson(row.value(7).toString().toUtf8()).object();
    problem.state = row.value(8).toString();
    problem.closedAt = row.value(9).toString();
    problem.closedBy = row.value(10).toString();
    problem.resolution = row.value(11).toString();
    problem.retriedAt = row.value(12).toString();
    problem.retryResult = row.value(13).toString();
    problem.originAt = row.value(14).toString();
    problem.restored = row.value(15).toBool();
    return problem;
}

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString closingId(SyncProblemLog::Closing as)
{
    switch (as) {
    case SyncProblemLog::Closing::Resolved:
        return QStringLiteral("resolved");
    case SyncProblemLog::Closing::Dismissed:
        return QStringLiteral("dismissed");
    case SyncProblemLog::Closing::Superseded:
        return QStringLiteral("superseded");
    }
    return QStringLiteral("resolved");
}

}  // namespace

const QString SyncProblemLog::kBySync = QStringLiteral("sync");

Result<QList<SyncProblem>> SyncProblemLog::list(Database& db, Filter filter, int limit)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sync_problem %2 ORDER BY id DESC LIMIT ?")
                      .arg(kColumns, filter == Filter::Open ? QStringLiteral("WHERE resolved = 0") : QString()));
    query.addBindValue(limit);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<SyncProblem> problems;
    while (query.next())
        problems.append(fromRow(query));
    return problems;
}

Result<SyncProblem> SyncProblemLog::find(Database& db, qint64 id)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sync_problem WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    if (!query.next())
        return makeError(ErrorKind::NotFound, Text::tr("There is no sync problem %1.").arg(id));
    return fromRow(query);
}

Result<qint64> SyncProblemLog::add(Database& db, int siteId, const QString& kind, const QString& table,
                                   const QString& recordId, const QString& reason, const QJsonObject& payload,
                                   const QString& originAt, bool restored)
{
    const QDateTime now = db.now();
    QSqlQuery insert(db.sql());
    insert.prepare(QStringLiteral("INSERT INTO sync_problem (at, site_id, kind, table_name, record_id, reason, payload,"
                                  " origin_at, restored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(timeText(now));
    insert.addBindValue(siteId);
    insert.addBindValue(kind);
    insert.addBindValue(table);
    insert.addBindValue(recordId);
    insert.addBindValue(reason);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    insert.addBindValue(originAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(originAt));
    insert.addBindValue(restored ? 1 : 0);
    if (!insert.exec())
        return makeError(ErrorKind::Database, sqlErrorText(insert));
    const qint64 added = insert.lastInsertId().toLongLong();
    const Status superseded =
        db.exec(QStringLiteral("UPDATE sync_problem SET resolved = 1, closed_as = 'superseded', closed_at = ?,"
                               " closed_by = ?, resolution = ? WHERE resolved = 0 AND site_id = ? AND"
                               " table_name = ? AND record_id = ? AND id <> ?"),
                {timeText(now), kBySync,
                 Text::tr("Replaced by problem %1, about the same record from the same site.").arg(added), siteId,
                 table, recordId, added});
    if (!superseded)
        return superseded.error();
    return added;
}

Status SyncProblemLog::close(Database& db, qint64 id, Closing as, const QString& resolution, const QString& by,
                             const QDateTime& at)
{
    int changed = 0;
    if (Status s = db.exec(QStringLiteral("UPDATE sync_problem SET resolved = 1, closed_as = ?, closed_at = ?,"
                                          " closed_by = ?, resolution = ? WHERE id = ? AND resolved = 0"),
                           {closingId(as), timeText(at), by, resolution, id}, &changed);
        !s)
        return s;
    if (changed == 1)
        return {};
    const Result<SyncProblem> problem = find(db, id);
    if (!problem)
        return problem.error();
    return closedAlready(*problem);
}

Error SyncProblemLog::closedAlready(const SyncProblem& problem)
{
    return makeError(ErrorKind::Invalid,
                     Text::tr("Sync problem %1 is closed already (%2); there is nothing more to do with it.")
                         .arg(problem.id)
                         .arg(problem.stateText()));
}

QString SyncProblem::stateText() const
{
    if (state == QLatin1String("resolved"))
        return Text::tr("resolved");
    if (state == QLatin1String("dismissed"))
        return Text::tr("dismissed");
    if (state == QLatin1String("superseded"))
        return Text::tr("superseded");
    return Text::tr("open");
}

Status SyncProblemLog::noteRetry(Database& db, qint64 id, const QString& result, const QDateTime& at)
{
    return db.exec(QStringLiteral("UPDATE sync_problem SET retried_at = ?, retry_result = ? WHERE id = ?"),
                   {timeText(at), result, id});
}

Result<QHash<QString, qint64>> SyncProblemLog::openFrom(Database& db, int siteId)
{
    const Result<QSqlQuery*> prepared = db.prepared(
        QStringLiteral("SELECT id, table_name, record_id FROM sync_problem WHERE resolved = 0 AND site_id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(0, siteId);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QHash<QString, qint64> open;
    while (query.next()) {
        if (!query.value(2).isNull())
            open.insert(key(query.value(1).toString(), query.value(2).toString()), query.value(0).toLongLong());
    }
    query.finish();
    return open;
}

QString SyncProblemLog::key(const QString& table, const QString& recordId)
{
    return table + QChar(0x1f) + recordId;
}

Result<int> SyncProblemLog::deleteClosedBefore(Database& db, const QDateTime& cutoff)
{
    int deleted = 0;
    if (Status s =
            db.exec(QStringLiteral("DELETE FROM sync_problem WHERE resolved = 1 AND COALESCE(closed_at, at) < ?"),
                    {timeText(cutoff)}, &deleted);
        !s)
        return s.error();
    return deleted;
}

Result<int> SyncProblemLog::openCount(Database& db)
{
    const Result<QVariant> count = db.scalar(QStringLiteral("SELECT count(*) FROM sync_problem WHERE %1").arg(kOpen));
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QHash<int, int>> SyncProblemLog::openBySite(Database& db)
{
    QSqlQuery query(db.sql());
    if (!query.exec(
            QStringLiteral("SELECT COALESCE(site_id, 0), count(*) FROM sync_problem WHERE %1 GROUP BY 1").arg(kOpen)))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QHash<int, int> counts;
    while (query.next())
        counts.insert(query.value(0).toInt(), query.value(1).toInt());
    return counts;
}

}  // namespace sitesync
