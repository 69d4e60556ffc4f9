#include "sync/siteledger.h"

#include "db/database.h"
#include "model/localsite.h"
#include "protocol/protocol.h"
#include "sync/routing.h"
#include "sync/storehandover.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace sitesync {

Q_LOGGING_CATEGORY(lcLedger, "sitesync.engine.ledger", QtInfoMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SiteLedger)
};

qint64 integerField(const QJsonObject& body, const char* name, bool* ok)
{
    const QJsonValue value = body.value(QLatin1String(name));
    if (value.isUndefined())
        return 0;
    if (!value.isDouble() || value.toDouble() < 0) {
        *ok = false;
        return 0;
    }
    return value.toInteger();
}

// `site_cursor.outgoing_trend`: the queue at the contacts since it last fell, "5,9,14".
QList<int> trendFromText(const QString& text)
{
    QList<int> trend;
    for (const QString& value : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        trend << value.toInt();
    return trend;
}

QString trendToText(const QList<int>& trend)
{
    QStringList values;
    for (int value : trend)
        values << QString::number(value);
    return values.join(QLatin1Char(','));
}

}  // namespace

QStringList SiteContact::attentionReasons() const
{
    QStringList reasons;
    if (queueKeepsGrowing()) {
        const QLocale locale;
        QStringList values;
        for (int value : outgoingTrend)
            values << locale.toString(value);
        reasons << Text::tr("Its outgoing queue grew at %n contact(s) without falling in between: %1.", nullptr,
                            outgoingRises)
                       .arg(locale.createSeparatedList(values));
    }
    if (reportsProblems())
        reasons << Text::tr("It reports %n open sync problem(s).", nullptr, problems);
    return reasons;
}

Result<SiteReport> SiteReport::fromJson(const QJsonObject& body)
{
    bool ok = true;
    SiteReport report;
    report.pushedSeq = integerField(body, "pushed_seq", &ok);
    report.cursor = integerField(body, "cursor", &ok);
    report.queueCursor = integerField(body, "queue_cursor", &ok);
    report.outgoing = int(integerField(body, "outgoing", &ok));
    report.problems = int(integerField(body, "problems", &ok));
    const QJsonValue batch = body.value(QLatin1String("batch"));
    const QJsonValue version = body.value(QLatin1String("version"));
    if (!ok || !(batch.isUndefined() || batch.isString()) || !(version.isUndefined() || version.isString()))
        return makeError(ErrorKind::BadInput, Text::tr("A contact names the site's cursors as whole numbers of at "
                                                       "least 0, and its batch and version as text."));
    report.batch = batch.toString();
    report.version = version.toString().left(64);
    for (const QJsonValue& store : body.value(QLatin1String("unpushed_stores")).toArray())
        report.unpushedStores << store.toString();
    return report;
}

QJsonObject SiteReport::toJson() const
{
    return {{QStringLiteral("pushed_seq"), pushedSeq},
            {QStringLiteral("batch"), batch},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("queue_cursor"), queueCursor},
            {QStringLiteral("version"), version},
            {QStringLiteral("outgoing"), outgoing},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("unpushed_stores"), QJsonArray::fromStringList(unpushedStores)}};
}

ContactVerdict ContactVerdict::fromJson(const QJsonObject& answer)
{
    ContactVerdict verdict;
    verdict.acknowledgedSeq = answer.value(QLatin1String("acknowledged_seq")).toInteger();
    verdict.acknowledgeBatch = answer.value(QLatin1String("acknowledge_batch")).toBool();
    verdict.behind = answer.value(QLatin1String("behind")).toBool();
    verdict.restartPull = answer.value(QLatin1String("restart_pull")).toBool();
    verdict.resend = answer.value(QLatin1String("resend")).toBool();
    verdict.message = answer.value(QLatin1String("message")).toString();
    // A central that does not report them says nothing, and nothing is closed on its account.
    const QJsonValue waiting = answer.value(QLatin1String("waiting_problems"));
    verdict.waitingComplete = waiting.isArray() && answer.value(QLatin1String("waiting_complete")).toBool();
    for (const QJsonValue& entry : waiting.toArray()) {
        if (entry.isObject())
            verdict.waitingTooLong.append(entry.toObject());
    }
    return verdict;
}

QJsonObject ContactVerdict::toJson() const
{
    QJsonArray waiting;
    for (const QJsonObject& entry : waitingTooLong)
        waiting.append(entry);
    return {{QStringLiteral("acknowledged_seq"), acknowledgedSeq},
            {QStringLiteral("acknowledge_batch"), acknowledgeBatch},
            {QStringLiteral("behind"), behind},
            {QStringLiteral("restart_pull"), restartPull},
            {QStringLiteral("resend"), resend},
            {QStringLiteral("message"), message},
            {QStringLiteral("waiting_problems"), waiting},
            {QStringLiteral("waiting_complete"), waitingComplete}};
}

Status SiteLedger::ensure(int siteId)
{
    return m_db.exec(QStringLiteral("INSERT INTO site_cursor (site_id) VALUES (?) ON CONFLICT (site_id) DO NOTHING"),
                     {siteId});
}

Result<QHash<int, SiteContact>> SiteLedger::contacts()
{
    QSqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT site_id, last_connection_at, reported_version,"
                                   " COALESCE(reported_outgoing, -1), COALESCE(reported_problems, -1), reported_at,"
                                   " recovered_at, outgoing_rises, outgoing_trend, last_address FROM site_cursor")))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QHash<int, SiteContact> contacts;
    while (query.next())
        contacts.insert(query.value(0).toInt(),
                        SiteContact{query.value(1).toString(), query.value(9).toString(), query.value(2).toString(),
                                    query.value(3).toInt(), query.value(4).toInt(), query.value(5).toString(),
                                    query.value(6).toString(), query.value(7).toInt(),
                                    trendFromText(query.value(8).toString())});
    return contacts;
}

Status SiteLedger::recordConnection(int siteId, const QDateTime& at, const QString& address, const QString& version)
{
    // Noted a moment after the request: a site deleted meanwhile is not brought back.
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO site_cursor (site_id) SELECT id FROM site WHERE id = ?"
                                            " ON CONFLICT (site_id) DO NOTHING"),
                             {siteId});
        !s)
        return s;
    // ISO 8601 text in UTC orders as time does; the address and version go with the latest connection.
    const QString when = at.toUTC().toString(Qt::ISODate);
    return m_db.exec(QStringLiteral("UPDATE site_cursor SET last_address = CASE WHEN ? <> '' AND ? >="
                                    " COALESCE(last_connection_at, '') THEN ? ELSE last_address END,"
                                    " reported_version = CASE WHEN ? <> '' AND ? >="
                                    " COALESCE(last_connection_at, '') THEN ? ELSE reported_version END,"
                                    " last_connection_at = %1 WHERE site_id = ?")
                         .arg(m_db.dialect().greatest(QStringLiteral("COALESCE(last_connection_at, '')"),
                                                      QStringLiteral("CAST(? AS TEXT)"))),
                     {address, when, address, version, when, version, when, siteId});
}

Result<SiteLedger::Row> SiteLedger::row(int siteId)
{
    if (Status s = ensure(siteId); !s)
        return s.error();
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT pushed_seq, push_from, push_batch, pulled_seq, queue_seq, served_seq"
                                 " FROM site_cursor WHERE site_id = ?"));
    query.addBindValue(siteId);
    if (!query.exec() || !query.next())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    return Row{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
               query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong()};
}

Result<qint64> SiteLedger::servedEver(int siteId)
{
    const Result<QVariant> served =
        m_db.scalar(QStringLiteral("SELECT served_ever FROM site_cursor WHERE site_id = ?"), {siteId});
    if (!served)
        return served.error();
    return served->toLongLong();
}

Result<qint64> SiteLedger::acknowledgedSeq(int siteId)
{
    const Result<Row> current = row(siteId);
    if (!current)
        return current.error();
    return current->pushed;
}

Result<std::optional<ContactVerdict>> SiteLedger::quietContact(int siteId, const SiteReport& report)
{
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT pushed_seq, pulled_seq, queue_seq, served_seq, reported_version,"
                                 " reported_outgoing, reported_problems, outgoing_trend FROM site_cursor"
                                 " WHERE site_id = ?"));
    query.addBindValue(siteId);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    if (!query.next())
        return std::optional<ContactVerdict>();
    const QList<int> trend = trendFromText(query.value(7).toString());
    const bool same = report.pushedSeq == query.value(0).toLongLong() && report.cursor >= query.value(1).toLongLong() &&
                      report.queueCursor >= query.value(2).toLongLong() &&
                      report.cursor <= query.value(3).toLongLong() && !query.value(4).isNull() &&
                      report.version == query.value(4).toString() && !query.value(5).isNull() &&
                      report.outgoing == query.value(5).toInt() && !query.value(6).isNull() &&
                      report.problems == query.value(6).toInt() && !trend.isEmpty() && trend.last() == report.outgoing;
    if (!same)
        return std::optional<ContactVerdict>();
    const Result<QHash<QString, qint64>> moves = StoreHandovers(m_db).openFrom(siteId);
    if (!moves)
        return moves.error();
    if (!moves->isEmpty())
        return std::optional<ContactVerdict>();
    ContactVerdict verdict;
    verdict.acknowledgedSeq = report.pushedSeq;
    return std::optional<ContactVerdict>(verdict);
}

Status SiteLedger::recordReportTime(int siteId, const QDateTime& at)
{
    return m_db.exec(QStringLiteral("UPDATE site_cursor SET reported_at = %1 WHERE site_id = ?")
                         .arg(m_db.dialect().greatest(QStringLiteral("COALESCE(reported_at, '')"),
                                                      QStringLiteral("CAST(? AS TEXT)"))),
                     {at.toUTC().toString(Qt::ISODate), siteId});
}

Result<ContactVerdict> SiteLedger::contact(int siteId, const SiteReport& report)
{
    const Result<Row> current = row(siteId);
    if (!current)
        return current.error();
    if (Status s = m_db.exec(QStringLiteral("UPDATE site_cursor SET reported_version = ?, reported_outgoing = ?,"
                                            " reported_problems = ?, reported_at = ? WHERE site_id = ?"),
                             {report.version, report.outgoing, report.problems, m_db.nowText(), siteId});
        !s)
        return s.error();
    if (Status s = recordQueueTrend(siteId, report.outgoing); !s)
        return s.error();

    // ACC-1: a store moved away from the site is settled once the site has nothing of it to push.
    if (Status s = StoreHandovers(m_db).settle(siteId, report.cursor, report.unpushedStores); !s)
        return s.error();

    ContactVerdict verdict;
    verdict.acknowledgedSeq = current->pushed;
    if (report.pushedSeq < current->pushed) {
        // The answer to the batch in flight was lost: the same token from the same cursor.
        if (!report.batch.isEmpty() && report.batch == current->batch && report.pushedSeq == current->pushFrom)
            verdict.acknowledgeBatch = true;
        else
            verdict.behind = true;
    } else if (report.pushedSeq > current->pushed) {
        verdict.resend = true;
    }
    if (report.cursor < current->pulled || report.queueCursor < current->queue)
        verdict.behind = true;
    // A site is never served past what the central recorded serving it: a cursor beyond it means the
    // central's own database is older (restored). Its log and queue would number new entries below
    // what the site has passed, so they number past it, and the site's pull starts again.
    if (report.cursor > current->served) {
        for (const auto& [table, floor] : {std::pair{QStringLiteral("change_log"), report.cursor},
                                           std::pair{QStringLiteral("site_queue"), report.queueCursor}}) {
            if (Status s = m_db.raiseSequence(table, floor); !s)
                return s.error();
        }
        verdict.restartPull = true;
        verdict.message = Text::tr("The central server's database is older than this site's record of it (the "
                                   "site's pull had reached number %1, the central has served it only up to %2): the "
                                   "site receives everything it holds again from the beginning.")
                              .arg(report.cursor)
                              .arg(current->served);
        qCWarning(lcLedger) << "site" << siteId << ":" << verdict.message;
    }

    if (verdict.resend && verdict.message.isEmpty())
        verdict.message = Text::tr("The central server holds this site's changes only up to number %1, but had "
                                   "acknowledged them up to %2 (the central's database is older than the site's "
                                   "record of it); the site sends them again.")
                              .arg(current->pushed)
                              .arg(report.pushedSeq);
    if (!verdict.behind)
        return verdict;

    // The resends confirmed since the site's database was current are forgotten here: only a pull
    // from the beginning gives them back. Otherwise the log from the site's own cursor does, its
    // own changes included (those it made after its database was saved are among them). The
    // central's cursors move only with the site's own pulls: should this answer be lost, the next
    // contact finds the site behind again.
    verdict.restartPull = verdict.restartPull || report.queueCursor < current->queue;
    if (!verdict.restartPull) {
        if (Status s =
                m_db.exec(QStringLiteral("UPDATE site_cursor SET pulled_seq = ?, queue_seq = ? WHERE site_id = ?"),
                          {report.cursor, report.queueCursor, siteId});
            !s)
            return s.error();
    }
    if (Status s = m_db.exec(QStringLiteral("UPDATE site_cursor SET own_changes_until = (SELECT COALESCE(max(seq), 0)"
                                            " FROM change_log), push_batch = NULL, recovered_at = ? WHERE site_id = ?"),
                             {m_db.nowText(), siteId});
        !s)
        return s.error();
    const QString recovery =
        verdict.restartPull
            ? Text::tr("This site's database is older than the central server's record of it (restored from a "
                       "backup, copied or rolled back): the central holds its changes up to number %1 and its pull "
                       "up to %2, the database only up to %3 and %4. Its unpushed changes are sent again as new "
                       "ones, and it receives everything it holds again from the beginning.")
            : Text::tr("This site's database is older than the central server's record of it (restored from a "
                       "backup, copied or rolled back): the central holds its changes up to number %1 and its pull "
                       "up to %2, the database only up to %3 and %4. Its unpushed changes are sent again as new "
                       "ones, and the central sends back the changes the database lost.");
    verdict.message = recovery.arg(current->pushed).arg(current->pulled).arg(report.pushedSeq).arg(report.cursor);
    verdict.recovery = {{QStringLiteral("central_pushed"), current->pushed},
                        {QStringLiteral("central_pulled"), current->pulled},
                        {QStringLiteral("site_pushed"), report.pushedSeq},
                        {QStringLiteral("site_pulled"), report.cursor},
                        {QStringLiteral("from_start"), verdict.restartPull}};
    qCWarning(lcLedger) << "site" << siteId << "recovers from an older database:" << verdict.message;
    return verdict;
}

Result<QList<WireRecord>> SiteLedger::admitPush(int siteId, qint64 from, qint64 upto, const QString& batch,
                                                const QList<WireRecord>& records)
{
    if (from < 0 || upto < from || batch.isEmpty())
        return makeError(ErrorKind::BadInput, Text::tr("A push names the range of sequence numbers it covers "
                                                       "(from_seq up to upto_seq) and its batch token."));
    if (upto - from > protocol::kMaxPushAdvance)
        return makeError(ErrorKind::OutOfSequence, Text::tr("The push jumps from sequence number %1 to %2, far past "
                                                            "anything a site makes between two pushes; nothing of it "
                                                            "was applied.")
                                                       .arg(from)
                                                       .arg(upto));
    qint64 previous = from;
    for (const WireRecord& record : records) {
        if (record.seq <= previous || record.seq > upto)
            return makeError(ErrorKind::BadInput,
                             Text::tr("The push's records are not in strictly increasing order of sequence number "
                                      "inside the range it names (record %1 of '%2' has number %3); nothing of it "
                                      "was applied.")
                                 .arg(record.id, record.table)
                                 .arg(record.seq));
        previous = record.seq;
    }
    const Result<Row> current = row(siteId);
    if (!current)
        return current.error();
    QList<WireRecord> fresh;
    qint64 acknowledged = upto;
    if (batch == current->batch && from == current->pushFrom) {
        // Sent again after a lost answer: what it held then is held; anything past it is new.
        for (const WireRecord& record : records) {
            if (record.seq > current->pushed)
                fresh.append(record);
        }
        acknowledged = std::max(current->pushed, upto);
    } else if (from == current->pushed) {
        fresh = records;
    } else {
        return makeError(ErrorKind::OutOfSequence,
                         from < current->pushed
                             ? Text::tr("The push starts after sequence number %1, but the central server already "
                                        "holds this site's changes up to %2: the site's database is older than the "
                                        "central's record of it. Nothing was applied; the site recovers at its next "
                                        "synchronisation.")
                                   .arg(from)
                                   .arg(current->pushed)
                             : Text::tr("The push starts after sequence number %1, but the central server holds this "
                                        "site's changes only up to %2. Nothing was applied; the site sends the "
                                        "missing changes at its next synchronisation.")
                                   .arg(from)
                                   .arg(current->pushed));
    }
    if (Status s = m_db.exec(QStringLiteral("UPDATE site_cursor SET pushed_seq = ?, push_from = ?, push_batch = ?"
                                            " WHERE site_id = ?"),
                             {acknowledged, from, batch, siteId});
        !s)
        return s.error();
    return fresh;
}

Status SiteLedger::advanceServedEpoch()
{
    return LocalState::increment(m_db, QStringLiteral("served_epoch"));
}

Result<qint64> SiteLedger::servedEpoch()
{
    // Read with its error, unlike LocalState::get: a failed read must not pass for an unmoved epoch.
    const Result<QVariant> epoch =
        m_db.scalar(QStringLiteral("SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'served_epoch'"));
    if (!epoch)
        return epoch.error();
    return epoch->toLongLong();
}

Result<bool> SiteLedger::servedBefore(int siteId, qint64 cursor)
{
    const Result<QVariant> before =
        m_db.scalar(QStringLiteral("SELECT served_seq < ? OR served_ever < ? FROM site_cursor WHERE site_id = ?"),
                    {cursor, cursor, siteId});
    if (!before)
        return before.error();
    return !before->isValid() || before->toBool();
}

Result<int> SiteLedger::queue(const QString& select, const QVariantList& bindings, const QString& reason)
{
    // Whether anything is queued or not, the decision read the served cursors.
    if (Status s = advanceServedEpoch(); !s)
        return s.error();
    int queued = 0;
    // "WHERE true" lets SQLite tell the upsert clause from a join of the SELECT.
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO site_queue (site_id, table_name, record_id, reason, queued_at)"
                                            " SELECT q.*, ?, ? FROM (%1) q WHERE true"
                                            " ON CONFLICT (site_id, table_name, record_id) DO NOTHING")
                                 .arg(select),
                             QVariantList{reason, m_db.nowText()} + bindings, &queued);
        !s)
        return s.error();
    return queued;
}

Status SiteLedger::withdrawUnrouted(int siteId, qint64 queueCursor)
{
    return m_db.exec(QStringLiteral("DELETE FROM site_queue WHERE id IN (WITH t AS (SELECT CAST(? AS BIGINT) AS site)"
                                    " SELECT q.id FROM site_queue q, t WHERE q.site_id = t.site AND q.id > ?"
                                    " AND NOT %1)")
                         .arg(Routing::queuedStillRouted()),
                     {siteId, queueCursor});
}

Result<int> SiteLedger::queuedCount()
{
    const Result<QVariant> count = m_db.scalar(QStringLiteral("SELECT count(*) FROM site_queue"));
    if (!count)
        return count.error();
    return count->toInt();
}

Status SiteLedger::recordOutgoing(int siteId, int outgoing)
{
    return m_db.exec(QStringLiteral("UPDATE site_cursor SET reported_outgoing = ?, reported_at = ? WHERE site_id = ?"),
                     {outgoing, m_db.nowText(), siteId});
}

// The queue is compared with the one at the site's previous contact, not with what a push since
// reported (what remains once a batch is in, usually nothing): a site that pushes everything each
// time but finds more waiting at every contact is falling behind all the same.
Status SiteLedger::recordQueueTrend(int siteId, int outgoing)
{
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT outgoing_rises, outgoing_trend FROM site_cursor WHERE site_id = ?"));
    query.addBindValue(siteId);
    if (!query.exec() || !query.next())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    int rises = query.value(0).toInt();
    QList<int> trend = trendFromText(query.value(1).toString());
    if (trend.isEmpty() || outgoing < trend.last()) {
        rises = 0;
        trend = {outgoing};
    } else if (outgoing > trend.last()) {
        ++rises;
        trend << outgoing;
    }
    // Enough to show how it grew up to the point where it needs attention.
    while (trend.size() > SiteContact::kAttentionRises + 1)
        trend.removeFirst();
    return m_db.exec(QStringLiteral("UPDATE site_cursor SET outgoing_rises = ?, outgoing_trend = ? WHERE site_id = ?"),
                     {rises, trendToText(trend), siteId});
}

Status SiteLedger::confirmStored(int siteId, qint64 cursor, qint64 queueCursor)
{
    if (Status s = ensure(siteId); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("UPDATE site_cursor SET pulled_seq = ?, queue_seq = ? WHERE site_id = ?"),
                             {cursor, queueCursor, siteId});
        !s)
        return s;
    return m_db.exec(QStringLiteral("DELETE FROM site_queue WHERE site_id = ? AND id <= ?"), {siteId, queueCursor});
}

Status SiteLedger::recordServed(int siteId, qint64 cursor)
{
    const Dialect& dialect = m_db.dialect();
    return m_db.exec(QStringLiteral("UPDATE site_cursor SET served_seq = %1, served_ever = %2 WHERE site_id = ?")
                         .arg(dialect.greatest(QStringLiteral("served_seq"), QStringLiteral("?")),
                              dialect.greatest(QStringLiteral("served_ever"), QStringLiteral("?"))),
                     {cursor, cursor, siteId});
}

Status SiteLedger::restartPull(int siteId)
{
    if (Status cursor = ensure(siteId); !cursor)
        return cursor;
    // A pull answered from a snapshot before the restart must not record its cursor after it.
    if (Status moved = advanceServedEpoch(); !moved)
        return moved;
    if (Status reset = m_db.exec(QStringLiteral("UPDATE site_cursor SET pulled_seq = 0, queue_seq = 0, served_seq = 0,"
                                                " pushed_seq = 0, push_from = 0, push_batch = NULL,"
                                                " own_changes_until = (SELECT COALESCE(max(seq), 0) FROM change_log)"
                                                " WHERE site_id = ?"),
                                 {siteId});
        !reset)
        return reset;
    return m_db.exec(QStringLiteral("DELETE FROM site_queue WHERE site_id = ?"), {siteId});
}

Status SiteLedger::forget(int siteId)
{
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM site_queue WHERE site_id = ?"), {siteId}); !s)
        return s;
    return m_db.exec(QStringLiteral("DELETE FROM site_cursor WHERE site_id = ?"), {siteId});
}

}  // namespace sitesync
