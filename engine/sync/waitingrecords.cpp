#include "sync/waitingrecords.h"

#include "db/database.h"
#include "model/localsite.h"
#include "model/syncproblemlog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

namespace sitesync {

Q_LOGGING_CATEGORY(lcWaiting, "sitesync.engine.waiting", QtInfoMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::WaitingRecords)
};

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The wait before the next try after `attempts` failed ones: a minute, doubling, at most six hours.
qint64 backOffSeconds(int attempts)
{
    return std::min<qint64>(qint64(60) << std::min(attempts, 20), 6 * 3600);
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

}  // namespace

QString WaitingRecords::key(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

Status WaitingRecords::add(int sourceSite, const WireRecord& record, const QDateTime& now)
{
    // An older version from the same site goes; its report, if any, SyncProblems::arrived closes.
    // The record has waited since its first version arrived: a newer one does not restart the clock
    // of the waiting limit.
    const Result<QVariant> since =
        m_db.scalar(QStringLiteral("DELETE FROM sync_in WHERE table_name = ? AND record_id = ? AND source_site = ?"
                                   " RETURNING received_at"),
                    {record.table, record.id, sourceSite});
    if (!since)
        return since.error();
    const Result<QSqlQuery*> prepared = m_db.prepared(QStringLiteral(
        "INSERT INTO sync_in (source_site, table_name, record_id, op, payload, received_at, origin_at, restored,"
        " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& insert = **prepared;
    const QString received = timeText(now);
    const QVariantList values = {
        sourceSite,
        record.table,
        record.id,
        record.remove ? QStringLiteral("delete") : QStringLiteral("upsert"),
        record.remove ? QVariant(QMetaType::fromType<QString>())
                      : QVariant(QString::fromUtf8(QJsonDocument(record.data).toJson(QJsonDocument::Compact))),
        since->isValid() && !since->isNull() ? since->toString() : received,
        orNull(record.at),
        record.restored ? 1 : 0,
        received};
    for (qsizetype i = 0; i < values.size(); ++i)
        insert.bindValue(int(i), values[i]);
    if (!insert.exec())
        return makeError(ErrorKind::Database, sqlErrorText(insert));
    return {};
}

Result<QList<WaitingRecords::Row>> WaitingRecords::due(const QDateTime& now)
{
    QSqlQuery rows(m_db.sql());
    rows.setForwardOnly(true);
    rows.prepare(
        QStringLiteral("SELECT id, source_site, table_name, record_id, op, payload, origin_at, restored,"
                       " COALESCE(problem_id, 0), attempts FROM sync_in WHERE next_attempt_at <= ? ORDER BY id"));
    rows.addBindValue(timeText(now));
    if (!rows.exec())
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    QList<Row> due;
    while (rows.next()) {
        Row row;
        row.rowId = rows.value(0).toLongLong();
        row.source = rows.value(1).toInt();
        row.table = rows.value(2).toString();
        row.id = rows.value(3).toString();
        row.remove = rows.value(4).toString() == QLatin1String("delete");
        row.data = QJsonDocument::fromJson(rows.value(5).toString().toUtf8()).object();
        row.originAt = rows.value(6).toString();
        row.restored = rows.value(7).toBool();
        row.problemId = rows.value(8).toLongLong();
        row.attempts = rows.value(9).toInt();
        due.append(row);
    }
    return due;
}

Status WaitingRecords::done(const Row& row)
{
    if (row.problemId > 0) {
        const Result<SyncProblem> problem = SyncProblemLog::find(m_db, row.problemId);
        if (problem && problem->state == QLatin1String("open")) {
            if (Status s =
                    SyncProblemLog::close(m_db, row.problemId, SyncProblemLog::Closing::Resolved,
                                          Text::tr("It was applied at last."), SyncProblemLog::kBySync, m_db.now());
                !s)
                return s;
        }
    }
    const Result<QSqlQuery*> prepared = m_db.prepared(QStringLiteral("DELETE FROM sync_in WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    (*prepared)->bindValue(0, row.rowId);
    if (!(*prepared)->exec())
        return makeError(ErrorKind::Database, sqlErrorText(**prepared));
    return {};
}

Status WaitingRecords::stillWaiting(const Row& row, const QString& reason, const QString& awaited, const QDateTime& now)
{
    const Result<QSqlQuery*> prepared =
        m_db.prepared(QStringLiteral("UPDATE sync_in SET attempts = ?, last_error = ?, waits_for = ?,"
                                     " next_attempt_at = ? WHERE id = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& update = **prepared;
    update.bindValue(0, row.attempts + 1);
    update.bindValue(1, reason);
    update.bindValue(2, orNull(awaited));
    update.bindValue(3, timeText(now.addSecs(backOffSeconds(row.attempts))));
    update.bindValue(4, row.rowId);
    if (!update.exec())
        return makeError(ErrorKind::Database, sqlErrorText(update));
    return {};
}

Result<int> WaitingRecords::wake(const QStringList& arrived)
{
    int woken = 0;
    if (arrived.isEmpty())
        return 0;
    const Result<QVariant> anyWaits =
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_in WHERE waits_for IS NOT NULL)"));
    if (!anyWaits)
        return anyWaits.error();
    if (!anyWaits->toBool())
        return 0;
    const Result<QSqlQuery*> prepared =
        m_db.prepared(QStringLiteral("UPDATE sync_in SET next_attempt_at = '' WHERE waits_for = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& update = **prepared;
    for (const QString& key : arrived) {
        update.bindValue(0, key);
        if (!update.exec())
            return makeError(ErrorKind::Database, sqlErrorText(update));
        woken += update.numRowsAffected();
    }
    return woken;
}

Result<int> WaitingRecords::reportOverdue(const QDateTime& now)
{
    bool ok = false;
    int hours = LocalState::get(m_db, kLimitSetting).toInt(&ok);
    if (!ok || hours <= 0)
        hours = kDefaultLimitHours;
    QSqlQuery rows(m_db.sql());
    rows.prepare(QStringLiteral("SELECT id, source_site, table_name, record_id, payload, COALESCE(last_error, ''),"
                                " received_at, COALESCE(origin_at, ''), restored FROM sync_in"
                                " WHERE problem_id IS NULL AND received_at < ? ORDER BY id"));
    rows.addBindValue(timeText(now.addSecs(-qint64(hours) * 3600)));
    if (!rows.exec())
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    struct Overdue {
        qint64 rowId;
        int source;
        QString table, id, payload, reason, since, originAt;
        bool restored;
    };
    QList<Overdue> overdue;
    while (rows.next())
        overdue.append(Overdue{rows.value(0).toLongLong(), rows.value(1).toInt(), rows.value(2).toString(),
                               rows.value(3).toString(), rows.value(4).toString(), rows.value(5).toString(),
                               rows.value(6).toString(), rows.value(7).toString(), rows.value(8).toBool()});
    rows.finish();
    if (overdue.isEmpty())
        return 0;
    // Each report and the waiting record's note of it, together.
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    for (const Overdue& row : overdue) {
        const QString reason =
            Text::tr("Waiting since %1 and not applied yet: %2 It is tried again when what it waits for arrives.")
                .arg(row.since, row.reason);
        const Result<qint64> added =
            SyncProblemLog::add(m_db, row.source, QStringLiteral("quarantined"), row.table, row.id, reason,
                                QJsonDocument::fromJson(row.payload.toUtf8()).object(), row.originAt, row.restored);
        if (!added)
            return added.error();
        if (Status s = m_db.exec(QStringLiteral("UPDATE sync_in SET problem_id = ? WHERE id = ?"), {*added, row.rowId});
            !s)
            return s.error();
        qCWarning(lcWaiting) << "reported" << row.table << row.id << "waiting since" << row.since;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(overdue.size());
}

Result<QList<QJsonObject>> WaitingRecords::reportedFrom(int sourceSite, int limit, bool* complete)
{
    QSqlQuery rows(m_db.sql());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT p.table_name, p.record_id, p.reason, p.at FROM sync_in w"
                                " JOIN sync_problem p ON p.id = w.problem_id AND p.resolved = 0"
                                " WHERE w.source_site = ? ORDER BY p.id LIMIT ?"));
    rows.addBindValue(sourceSite);
    rows.addBindValue(limit + 1);
    if (!rows.exec())
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    QList<QJsonObject> reported;
    while (rows.next()) {
        reported.append({{QStringLiteral("t"), rows.value(0).toString()},
                         {QStringLiteral("id"), rows.value(1).toString()},
                         {QStringLiteral("reason"), rows.value(2).toString()},
                         {QStringLiteral("at"), rows.value(3).toString()}});
    }
    *complete = reported.size() <= limit;
    if (!*complete)
        reported.removeLast();
    return reported;
}

Result<bool> WaitingRecords::reports(qint64 problemId)
{
    const Result<QVariant> found =
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_in WHERE problem_id = ?)"), {problemId});
    if (!found)
        return found.error();
    return found->toBool();
}

Status WaitingRecords::forget(qint64 problemId)
{
    return m_db.exec(QStringLiteral("DELETE FROM sync_in WHERE problem_id = ?"), {problemId});
}

Result<QStringList> WaitingRecords::keys()
{
    QSqlQuery rows(m_db.sql());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT table_name, record_id FROM sync_in")))
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    QStringList keys;
    while (rows.next())
        keys << key(rows.value(0).toString(), rows.value(1).toString());
    return keys;
}

Result<int> WaitingRecords::settingsWaiting()
{
    const Result<QVariant> count =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_in WHERE table_name IN ('store_sync', 'store_site')"));
    if (!count)
        return count.error();
    return count->toInt();
}

Result<int> WaitingRecords::count()
{
    const Result<QVariant> count = m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_in"));
    if (!count)
        return count.error();
    return count->toInt();
}

}  // namespace sitesync
