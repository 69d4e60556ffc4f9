#include "server/pullservice.h"

#include "protocol/jsontext.h"
#include "protocol/protocol.h"
#include "server/sitesecrets.h"
#include "site/sitesession.h"
#include "sync/routing.h"
#include "sync/siteledger.h"
#include "sync/wirecolumns.h"
#include "write/extracolumns.h"
#include "write/recordcodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncService)
};

// Answers made from a snapshot before one is made under the write lock, so that a pull always
// moves on however often the served cursors are consulted meanwhile.
constexpr int kSnapshotAttempts = 3;

}  // namespace

Result<PullService::Request> PullService::parse(const QJsonObject& body)
{
    Request request;
    request.cursor = body.value(QLatin1String("cursor")).toInteger(-1);
    request.queueCursor = body.value(QLatin1String("queue_cursor")).toInteger(-1);
    // A site that asks for the next batch before storing the last one confirms less than it reads.
    request.storedCursor = body.value(QLatin1String("stored_cursor")).toInteger(request.cursor);
    request.storedQueueCursor = body.value(QLatin1String("stored_queue_cursor")).toInteger(request.queueCursor);
    request.limit = int(std::clamp<qint64>(body.value(QLatin1String("limit")).toInteger(protocol::kPullBatch), 1,
                                           protocol::kPullBatch));
    request.count = body.value(QLatin1String("count")).toBool();
    if (request.cursor < 0 || request.queueCursor < 0)
        return makeError(ErrorKind::BadInput, Text::tr("A pull names the cursor and queue_cursor it has stored."));
    if (request.storedCursor < 0 || request.storedCursor > request.cursor || request.storedQueueCursor < 0 ||
        request.storedQueueCursor > request.queueCursor)
        return makeError(ErrorKind::BadInput, Text::tr("A pull's stored cursors cannot be past the cursors it reads "
                                                       "from."));
    return request;
}

Status PullService::settle(int siteId, const Request& request, bool confirm)
{
    Database& db = m_session.database();
    // Most polls confirm what they confirmed last time and have no resends: nothing to write.
    const Result<QVariant> unchanged =
        db.scalar(QStringLiteral("SELECT (NOT ? OR (pulled_seq = ? AND queue_seq = ?))"
                                 " AND NOT EXISTS (SELECT 1 FROM site_queue q WHERE q.site_id = k.site_id)"
                                 " FROM site_cursor k WHERE k.site_id = ?"),
                  {confirm, request.storedCursor, request.storedQueueCursor, siteId});
    if (!unchanged)
        return unchanged.error();
    if (unchanged->isValid() && unchanged->toBool())
        return {};
    Transaction tx(db, Database::Access::Ledger);
    if (!tx.started())
        return tx.started();
    SiteLedger ledger(db);
    // The site confirms what it has stored; that is what the queue counts of `status` start from.
    if (Status s = confirm ? ledger.confirmStored(siteId, request.storedCursor, request.storedQueueCursor)
                           : ledger.ensure(siteId);
        !s)
        return s;
    // Resends whose record no longer routes to the site (settings changed back since) are
    // withdrawn, so that a later change queues them afresh (ACC-3).
    if (Status s = ledger.withdrawUnrouted(siteId, request.queueCursor); !s)
        return s;
    return tx.commit();
}

Result<QByteArray> PullService::serve(int siteId, const QJsonObject& body, bool confirm, int protocolVersion)
{
    m_protocolVersion = protocolVersion;
    const Result<Request> request = parse(body);
    if (!request)
        return request.error();
    if (Status s = settle(siteId, *request, confirm); !s)
        return s.error();
    const Result<Answer> answer = answerServed(siteId, *request);
    if (!answer)
        return answer.error();
    const Result<qint64> left = remaining(siteId, *request, *answer);
    if (!left)
        return left.error();
    return toText(*answer, *left);
}

Result<PullService::Answer> PullService::answerServed(int siteId, const Request& request)
{
    Database& db = m_session.database();
    SiteLedger ledger(db);
    Result<Answer> answer = makeError(ErrorKind::Database, QString());
    for (int attempt = 0;; ++attempt) {
        const bool locked = attempt >= kSnapshotAttempts;
        Transaction snapshot(db, locked ? Database::Access::Ledger : Database::Access::Read);
        if (!snapshot.started())
            return snapshot.started().error();
        const Result<qint64> epoch = ledger.servedEpoch();
        if (!epoch)
            return epoch.error();
        answer = collect(siteId, request);
        if (!answer)
            return answer.error();
        const Result<bool> behind = ledger.servedBefore(siteId, answer->cursor);
        if (!behind)
            return behind.error();
        if (locked) {
            if (Status s = *behind ? ledger.recordServed(siteId, answer->cursor) : Status(); !s)
                return s.error();
            if (Status s = snapshot.commit(); !s)
                return s.error();
            break;
        }
        if (Status s = snapshot.commit(); !s)
            return s.error();
        if (!*behind)
            break;
        if (m_afterSnapshot)
            m_afterSnapshot();
        // RT-5: a settings change queues for a site what routes to it now among what it was served.
        // Recorded as served after such a change, entries this snapshot routed under the old
        // settings would be neither queued nor served again: the answer is made again instead.
        Transaction record(db, Database::Access::Ledger);
        if (!record.started())
            return record.started().error();
        const Result<qint64> now = ledger.servedEpoch();
        if (!now)
            return now.error();
        if (*now != *epoch) {
            ++m_retries;
            continue;
        }
        if (Status s = ledger.recordServed(siteId, answer->cursor); !s)
            return s.error();
        if (Status s = record.commit(); !s)
            return s.error();
        break;
    }
    return answer;
}

Result<qint64> PullService::remaining(int siteId, const Request& request, const Answer& answer)
{
    // What is still to be served after this answer, for the site's progress. A site asks for it on
    // the first request of a pull only and counts down from there: counted on every request, a
    // long pull would read the rest of the log once per batch. An answer that is the last one took
    // everything up to now: nothing remains, and an empty poll costs no count.
    if (!request.count)
        return qint64(-1);
    if (!answer.more)
        return qint64(0);
    Database& db = m_session.database();
    Transaction read(db, Database::Access::Read);
    if (!read.started())
        return read.started().error();
    return Routing::toServe(db, siteId, answer.cursor, answer.queueCursor);
}

Result<PullService::Answer> PullService::collect(int siteId, const Request& request)
{
    Database& db = m_session.database();
    QList<WireRecord> entries;
    QList<qint64> queueIds;  // each entry's place in the resend queue; 0 for an entry of the log
    Answer answer{request.cursor, request.queueCursor, false, {}};

    // Targeted resends first (RT-5), then the log. A resend is served only while the record routes
    // to the site: settings changed back since the resend was queued withdraw it (ACC-3).
    QSqlQuery queued(db.sql());
    queued.setForwardOnly(true);
    queued.prepare(
        QStringLiteral(
            "WITH t AS (SELECT CAST(? AS BIGINT) AS site, CAST(? AS BIGINT) AS queue_cursor) SELECT q.id, q.table_name,"
            " q.record_id FROM site_queue q, t WHERE %1 ORDER BY q.id LIMIT ?")
            .arg(Routing::queuedAfterCursor()));
    queued.addBindValue(siteId);
    queued.addBindValue(request.queueCursor);
    queued.addBindValue(request.limit + 1);
    if (!queued.exec())
        return makeError(ErrorKind::Database, sqlErrorText(queued));
    int queuedCount = 0;
    while (queued.next()) {
        if (++queuedCount > request.limit) {
            answer.more = true;
            break;
        }
        answer.queueCursor = queued.value(0).toLongLong();
        queueIds.append(answer.queueCursor);
        entries.append(WireRecord{0, queued.value(1).toString(), queued.value(2).toString(), false, {}, {}, false});
    }
    queued.finish();

    const int room = request.limit - std::min(queuedCount, request.limit);
    if (room > 0) {
        // Everything up to this snapshot is examined; later entries wait for the next pull.
        const Result<QVariant> top = db.scalar(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM change_log"));
        if (!top)
            return top.error();
        const Result<Statement*> prepared =
            db.statement(QStringLiteral("WITH t AS (SELECT CAST(? AS BIGINT) AS site, CAST(? AS BIGINT) AS cursor) "
                                        "SELECT c.seq, c.table_name, c.record_id, c.op"
                                        " FROM change_log c, t WHERE c.seq <= ? AND %1 ORDER BY c.seq LIMIT ?")
                             .arg(Routing::routedAfterCursor()));
        if (!prepared)
            return prepared.error();
        Statement& log = **prepared;
        log.bindInteger(0, siteId);
        log.bindInteger(1, request.cursor);
        log.bindInteger(2, top->toLongLong());
        log.bindInteger(3, room + 1);
        int logCount = 0;
        bool full = false;
        // Consecutive entries mostly share their table: one string for all of them.
        QByteArray tableName;
        QString table;
        while (true) {
            const Result<bool> row = log.step();
            if (!row) {
                log.reset();
                return row.error();
            }
            if (!*row)
                break;
            if (++logCount > room) {
                full = true;
                break;
            }
            answer.cursor = log.integer(0);
            if (log.text(1) != tableName) {
                tableName = log.text(1).toByteArray();
                table = QString::fromUtf8(tableName);
            }
            queueIds.append(0);
            entries.append(WireRecord{
                answer.cursor, table, QString::fromUtf8(log.text(2)), log.text(3) == "delete", {}, {}, false});
        }
        log.reset();
        if (full)
            answer.more = true;
        else
            answer.cursor = std::max(request.cursor, top->toLongLong());
    } else {
        answer.more = true;
    }

    qsizetype included = 0;
    Result<QByteArray> records = withData(entries, &included);
    if (!records)
        return records.error();
    if (included < entries.size()) {
        // The answer reached its size limit: the cursors stop after the last record it holds.
        answer.more = true;
        answer.queueCursor = request.queueCursor;
        answer.cursor = request.cursor;
        for (qsizetype i = 0; i < included; ++i) {
            if (queueIds[i] > 0)
                answer.queueCursor = queueIds[i];
            else
                answer.cursor = entries[i].seq;
        }
    }
    answer.records = std::move(records).value();
    return answer;
}

Result<QByteArray> PullService::withData(const QList<WireRecord>& entries, qsizetype* included)
{
    // One query per table for the whole batch, then the records in the order of the log, written
    // as text straight from the database.
    QHash<QString, QStringList> idsByTable;
    for (const WireRecord& entry : entries) {
        if (!entry.remove)
            idsByTable[entry.table].append(entry.id);
    }
    QHash<QString, QHash<QString, QByteArray>> rows;
    for (auto it = idsByTable.begin(); it != idsByTable.end(); ++it) {
        Result<QHash<QString, QByteArray>> found = recordTexts(it.key(), it.value());
        if (!found)
            return found.error();
        rows.insert(it.key(), std::move(found).value());
    }
    QByteArray records("[");
    *included = 0;
    for (const WireRecord& entry : entries) {
        // At least one record goes, however large, so that the pull always moves on.
        if (*included > 0 && records.size() > protocol::kPullAnswerBytes)
            break;
        ++*included;
        QByteArray data;
        if (!entry.remove) {
            data = rows.value(entry.table).value(entry.id);
            if (data.isEmpty())
                continue;  // gone since; its deletion follows in the log
        }
        if (records.size() > 1)
            records.append(',');
        records.append("{\"seq\":");
        jsontext::appendInteger(records, entry.seq);
        records.append(",\"t\":");
        jsontext::appendString(records, entry.table.toUtf8());
        records.append(",\"id\":");
        jsontext::appendString(records, entry.id.toUtf8());
        records.append(entry.remove ? ",\"op\":\"delete\"" : ",\"op\":\"upsert\",\"d\":");
        records.append(data);
        records.append('}');
    }
    records.append(']');
    return records;
}

Result<QHash<QString, QByteArray>> PullService::recordTexts(const QString& table, const QStringList& ids)
{
    Database& db = m_session.database();
    const QList<ColumnInfo>& columns = db.columns(table);
    const QList<ColumnInfo> served = wirecolumns::servedTo(table, columns, m_protocolVersion);
    QHash<QString, QByteArray> texts;
    if (table == QLatin1String("site")) {
        // Sites carry secrets that never leave the central.
        Result<QHash<QString, QJsonObject>> found = m_session.reader().getMany(table, ids);
        if (!found)
            return found.error();
        for (auto row = found->begin(); row != found->end(); ++row) {
            QJsonObject site;
            for (const ColumnInfo& column : served)
                site.insert(column.name, row->value(column.name));
            stripSiteSecrets(table, site);
            texts.insert(row.key(), QJsonDocument(site).toJson(QJsonDocument::Compact));
        }
    } else {
        Result<QHash<QString, QByteArray>> found = m_session.reader().getManyText(table, ids, served);
        if (!found)
            return found.error();
        texts = std::move(found).value();
    }
    if (m_protocolVersion < protocol::kToleratesUnknownColumns)
        return texts;
    const Result<QHash<QString, QJsonObject>> extra = ExtraColumns(db).of(table, ids);
    if (!extra)
        return extra.error();
    for (auto it = extra->begin(); it != extra->end(); ++it) {
        auto text = texts.find(it.key());
        if (text == texts.end())
            continue;
        // A column the central has come to know since (a later migration) is its own.
        QJsonObject columnsOfRecord;
        for (auto column = it->begin(); column != it->end(); ++column) {
            if (!RecordCodec::column(columns, column.key()))
                columnsOfRecord.insert(column.key(), column.value());
        }
        if (columnsOfRecord.isEmpty())
            continue;
        // {"id":…} and {"colour":…} make {"id":…,"colour":…}.
        const QByteArray more = QJsonDocument(columnsOfRecord).toJson(QJsonDocument::Compact);
        text->chop(1);
        text->append(',').append(more.mid(1));
    }
    return texts;
}

QByteArray PullService::toText(const Answer& answer, qint64 remaining) const
{
    QByteArray text("{\"cursor\":");
    jsontext::appendInteger(text, answer.cursor);
    text.append(",\"queue_cursor\":");
    jsontext::appendInteger(text, answer.queueCursor);
    text.append(answer.more ? ",\"more\":true" : ",\"more\":false");
    if (remaining >= 0) {
        text.append(",\"remaining\":");
        jsontext::appendInteger(text, remaining);
    }
    text.append(",\"records\":");
    text.append(answer.records);
    text.append('}');
    return text;
}

}  // namespace sitesync
