#include "server/syncservice.h"

#include "protocol/protocol.h"
#include "site/sitesession.h"
#include "sync/integrator.h"
#include "sync/routing.h"
#include "sync/wirerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncService)
};

// Columns that never leave the central: the site's password hash and hardware binding.
void stripSecrets(const QString& table, QJsonObject& data)
{
    if (table == QLatin1String("site")) {
        data.remove(QStringLiteral("password_hash"));
        data.remove(QStringLiteral("hardware_id"));
    }
}

Status exec(Database& db, const QString& statement, const QVariantList& bindings)
{
    QSqlQuery query(db.sql());
    query.prepare(statement);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    return {};
}

Status ensureCursor(Database& db, int siteId)
{
    return exec(db, QStringLiteral("INSERT INTO site_cursor (site_id) VALUES (?) ON CONFLICT (site_id) DO NOTHING"),
                {siteId});
}

}  // namespace

Status SyncService::recordConnection(int siteId)
{
    Database& db = m_session.database();
    if (Status s = ensureCursor(db, siteId); !s)
        return s;
    return exec(db, QStringLiteral("UPDATE site_cursor SET last_connection_at = ? WHERE site_id = ?"),
                {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), siteId});
}

Result<QJsonObject> SyncService::initialise(int siteId, const QString& hardwareId)
{
    Database& db = m_session.database();
    RecordWriter& writer = m_session.writer();
    const QJsonObject before = writer.fetch(QStringLiteral("site"), QString::number(siteId));
    Status s = writer.inOneTransaction([&]() -> Status {
        const Result<WriteResult> bound =
            writer.put(QStringLiteral("site"),
                       {{QStringLiteral("id"), siteId},
                        {QStringLiteral("hardware_id"), hardwareId},
                        {QStringLiteral("initialised_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
                       WriteOptions::managedTables());
        if (!bound)
            return bound.error();
        // RT-5: a site initialised (again) receives everything it needs from the start of the log.
        if (Status cursor = ensureCursor(db, siteId); !cursor)
            return cursor;
        if (Status reset = exec(db,
                                QStringLiteral("UPDATE site_cursor SET pulled_seq = 0, queue_seq = 0, pushed_seq = 0"
                                               " WHERE site_id = ?"),
                                {siteId});
            !reset)
            return reset;
        return exec(db, QStringLiteral("DELETE FROM site_queue WHERE site_id = ?"), {siteId});
    });
    if (!s)
        return s.error();
    const LocalSite& site = m_session.site();
    QJsonObject own = writer.fetch(QStringLiteral("site"), QString::number(siteId));
    stripSecrets(QStringLiteral("site"), own);
    QJsonArray sites;
    const Result<QJsonArray> all = m_session.reader().list(QStringLiteral("site"));
    for (const QJsonValue& value : all ? *all : QJsonArray()) {
        QJsonObject row = value.toObject();
        stripSecrets(QStringLiteral("site"), row);
        sites.append(row);
    }
    return QJsonObject{{QStringLiteral("protocol"), protocol::kVersion},
                       {QStringLiteral("site"), own},
                       {QStringLiteral("sites"), sites},
                       {QStringLiteral("central_site_id"), site.context().centralSiteId},
                       {QStringLiteral("primary_site_id"), site.context().primarySiteId},
                       {QStringLiteral("reinitialised"), !before.value(QLatin1String("initialised_at")).isNull()}};
}

Result<QJsonObject> SyncService::push(int siteId, const QJsonObject& body)
{
    Result<QList<WireRecord>> records = WireRecord::listFromJson(body.value(QLatin1String("records")));
    if (!records)
        return records.error();
    Database& db = m_session.database();
    Integrator integrator(m_session.writer());
    qint64 acknowledged = 0;
    Status s = [&]() -> Status {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        if (Status cursor = ensureCursor(db, siteId); !cursor)
            return cursor;
        const Result<QVariant> last =
            db.scalar(QStringLiteral("SELECT pushed_seq FROM site_cursor WHERE site_id = ?"), {siteId});
        if (!last)
            return last.error();
        acknowledged = last->toLongLong();
        // A batch sent again after a lost answer is recognised by its sequence numbers.
        QList<WireRecord> fresh;
        qint64 highest = acknowledged;
        for (const WireRecord& record : *records) {
            if (record.seq > acknowledged)
                fresh.append(record);
            highest = std::max(highest, record.seq);
        }
        if (Status received = integrator.receive(siteId, fresh); !received)
            return received;
        if (Status advanced =
                exec(db, QStringLiteral("UPDATE site_cursor SET pushed_seq = ? WHERE site_id = ?"), {highest, siteId});
            !advanced)
            return advanced;
        acknowledged = highest;
        return tx.commit();
    }();
    if (!s)
        return s.error();
    const Result<IntegrationReport> report = integrator.integrate();
    if (!report)
        return report.error();
    QJsonArray refused;
    for (const QJsonObject& problem : report->problems) {
        if (problem.value(QLatin1String("site")).toInt() == siteId)
            refused.append(problem);
    }
    return QJsonObject{{QStringLiteral("acknowledged_seq"), acknowledged},
                       {QStringLiteral("applied"), report->applied},
                       {QStringLiteral("pending"), report->pending},
                       {QStringLiteral("problems"), refused}};
}

Result<QJsonObject> SyncService::pull(int siteId, const QJsonObject& body)
{
    const qint64 cursor = body.value(QLatin1String("cursor")).toInteger(-1);
    const qint64 queueCursor = body.value(QLatin1String("queue_cursor")).toInteger(-1);
    const int limit = int(std::clamp<qint64>(body.value(QLatin1String("limit")).toInteger(protocol::kPullBatch), 1,
                                             protocol::kPullBatch));
    if (cursor < 0 || queueCursor < 0)
        return makeError(ErrorKind::BadInput, Text::tr("A pull names the cursor and queue_cursor it has stored."));
    Database& db = m_session.database();
    RecordWriter& writer = m_session.writer();

    // The site confirms what it has stored; that is what the queue counts of `status` start from.
    {
        Transaction tx(db);
        if (!tx.started())
            return tx.started().error();
        if (Status s = ensureCursor(db, siteId); !s)
            return s.error();
        if (Status s =
                exec(db, QStringLiteral("UPDATE site_cursor SET pulled_seq = ?, queue_seq = ? WHERE site_id = ?"),
                     {cursor, queueCursor, siteId});
            !s)
            return s.error();
        if (Status s =
                exec(db, QStringLiteral("DELETE FROM site_queue WHERE site_id = ? AND id <= ?"), {siteId, queueCursor});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }

    QJsonArray records;
    qint64 newQueueCursor = queueCursor;
    bool more = false;
    auto append = [&](qint64 seq, const QString& table, const QString& id, bool remove) {
        WireRecord record;
        record.seq = seq;
        record.table = table;
        record.id = id;
        record.remove = remove;
        if (!remove) {
            record.data = writer.fetch(table, id);
            if (record.data.isEmpty())
                return;  // gone since; its deletion follows in the log
            stripSecrets(table, record.data);
        }
        records.append(record.toJson());
    };

    // Targeted resends first (RT-5), then the log.
    QSqlQuery queued(db.sql());
    queued.prepare(QStringLiteral("SELECT id, table_name, record_id FROM site_queue WHERE site_id = ? AND id > ?"
                                  " ORDER BY id LIMIT ?"));
    queued.addBindValue(siteId);
    queued.addBindValue(queueCursor);
    queued.addBindValue(limit + 1);
    if (!queued.exec())
        return makeError(ErrorKind::Database, sqlErrorText(queued));
    int queuedCount = 0;
    while (queued.next()) {
        if (++queuedCount > limit) {
            more = true;
            break;
        }
        newQueueCursor = queued.value(0).toLongLong();
        append(0, queued.value(1).toString(), queued.value(2).toString(), false);
    }

    qint64 newCursor = cursor;
    const int room = limit - std::min(queuedCount, limit);
    if (room > 0) {
        // Everything up to this snapshot is examined; later entries wait for the next pull.
        const Result<QVariant> top = db.scalar(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM change_log"));
        if (!top)
            return top.error();
        QSqlQuery log(db.sql());
        log.setForwardOnly(true);
        log.prepare(QStringLiteral("WITH t AS (SELECT ? AS site) SELECT c.seq, c.table_name, c.record_id, c.op"
                                   " FROM change_log c, t WHERE c.seq > ? AND c.seq <= ? AND %1 ORDER BY c.seq LIMIT ?")
                        .arg(Routing::routedToSite()));
        log.addBindValue(siteId);
        log.addBindValue(cursor);
        log.addBindValue(top->toLongLong());
        log.addBindValue(room + 1);
        if (!log.exec())
            return makeError(ErrorKind::Database, sqlErrorText(log));
        int logCount = 0;
        bool full = false;
        while (log.next()) {
            if (++logCount > room) {
                full = true;
                break;
            }
            newCursor = log.value(0).toLongLong();
            append(newCursor, log.value(1).toString(), log.value(2).toString(),
                   log.value(3).toString() == QLatin1String("delete"));
        }
        if (full)
            more = true;
        else
            newCursor = std::max(cursor, top->toLongLong());
    } else {
        more = true;
    }
    return QJsonObject{{QStringLiteral("records"), records},
                       {QStringLiteral("cursor"), newCursor},
                       {QStringLiteral("queue_cursor"), newQueueCursor},
                       {QStringLiteral("more"), more}};
}

}  // namespace sitesync
