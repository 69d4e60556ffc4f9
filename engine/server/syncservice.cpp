#include "server/syncservice.h"

#include "model/auditlog.h"
#include "protocol/jsontext.h"
#include "protocol/protocol.h"
#include "site/sitesession.h"
#include "sync/integrator.h"
#include "sync/routing.h"
#include "sync/siteledger.h"
#include "sync/syncproblems.h"
#include "sync/waitingrecords.h"
#include "sync/wirerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sitesync {

namespace {

Q_LOGGING_CATEGORY(lcService, "sitesync.engine.service", QtWarningMsg)

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncService)
};

// At most how many of a site's records waiting here too long a contact answer lists.
constexpr int kWaitingReported = 200;

// Columns that never leave the central: the site's password hash and hardware binding.
void stripSecrets(const QString& table, QJsonObject& data)
{
    if (table == QLatin1String("site")) {
        data.remove(QStringLiteral("password_hash"));
        data.remove(QStringLiteral("hardware_id"));
    }
}

}  // namespace

Status SyncService::recordConnection(int siteId)
{
    return SiteLedger(m_session.database()).recordConnection(siteId);
}

Status SyncService::restartPull(int siteId)
{
    Database& db = m_session.database();
    if (Status reset = SiteLedger(db).restartPull(siteId); !reset)
        return reset;
    // Any site data file made before is void.
    return LocalState::set(db, SiteRegistry::exportTokenKey(siteId), QString());
}

Status SyncService::bind(int siteId, const QString& hardwareId)
{
    const Result<WriteResult> bound = m_session.writer().put(
        QStringLiteral("site"),
        {{QStringLiteral("id"), siteId},
         {QStringLiteral("hardware_id"), hardwareId},
         {QStringLiteral("initialised_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
        WriteOptions::managedTables());
    if (!bound)
        return bound.error();
    return {};
}

Result<QJsonObject> SyncService::initialise(int siteId, const QString& hardwareId)
{
    RecordWriter& writer = m_session.writer();
    const QJsonObject before = writer.fetch(QStringLiteral("site"), QString::number(siteId));
    Status s = writer.inOneTransaction([&]() -> Status {
        if (Status bound = bind(siteId, hardwareId); !bound)
            return bound;
        return restartPull(siteId);
    });
    if (!s)
        return s.error();
    Result<QJsonObject> answer = describe(siteId);
    if (answer)
        answer.value().insert(QStringLiteral("reinitialised"), !before.value(QLatin1String("initialised_at")).isNull());
    return answer;
}

Result<QJsonObject> SyncService::describe(int siteId)
{
    const LocalSite& site = m_session.site();
    QJsonObject own = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
    if (own.isEmpty())
        return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(siteId));
    stripSecrets(QStringLiteral("site"), own);
    QJsonArray sites;
    const Result<QJsonArray> all = m_session.reader().list(QStringLiteral("site"));
    if (!all)
        return all.error();
    for (const QJsonValue& value : *all) {
        QJsonObject row = value.toObject();
        stripSecrets(QStringLiteral("site"), row);
        sites.append(row);
    }
    return QJsonObject{{QStringLiteral("protocol"), protocol::kVersion},
                       {QStringLiteral("site"), own},
                       {QStringLiteral("sites"), sites},
                       {QStringLiteral("central_site_id"), site.context().centralSiteId},
                       {QStringLiteral("primary_site_id"), site.context().primarySiteId}};
}

Result<QString> SyncService::beginExport(int siteId)
{
    if (!m_session.site().isCentral())
        return makeError(ErrorKind::BadInput, Text::tr("Site data files are made on the central server."));
    const QString token = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                              QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    // Checked and started under the write lock, so that no initialisation comes in between.
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        const QJsonObject site = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
        if (site.isEmpty())
            return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(siteId));
        if (site.value(QLatin1String("is_central")).toInt() == 1)
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is the central server itself.").arg(siteId));
        if (site.value(QLatin1String("type")).toString() != QLatin1String("desktop"))
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is a mobile site: a mobile site is initialised "
                                                          "from the central server over the network, not from a "
                                                          "file.")
                                                     .arg(siteId));
        if (!site.value(QLatin1String("hardware_id")).toString().isEmpty())
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is in use on a machine. To set it up on a new "
                                                          "machine, reset its hardware binding first (TOP-4).")
                                                     .arg(siteId));
        if (Status restarted = restartPull(siteId); !restarted)
            return restarted;
        return LocalState::set(m_session.database(), SiteRegistry::exportTokenKey(siteId), token);
    });
    if (!s)
        return s.error();
    return token;
}

Status SyncService::finishExport(int siteId, const QString& token, qint64 cursor, qint64 queueCursor)
{
    return m_session.writer().inOneTransaction([&]() -> Status {
        const QJsonObject site = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
        if (LocalState::get(m_session.database(), SiteRegistry::exportTokenKey(siteId)) != token ||
            !site.value(QLatin1String("hardware_id")).toString().isEmpty())
            return makeError(ErrorKind::Refused, Text::tr("Site %1 was initialised, exported again or changed while "
                                                          "its data file was written; the file was removed.")
                                                     .arg(siteId));
        return confirmStored(siteId, cursor, queueCursor);
    });
}

Result<QJsonObject> SyncService::bindImported(int siteId, const QString& hardwareId, const QJsonObject& body)
{
    const QString token = body.value(QLatin1String("export_token")).toString();
    // After the binding the token is kept with the machine it bound, so that a request repeated
    // after a lost answer is answered again, until the site first pushes.
    const QString boundToken = token + QStringLiteral(" bound ") + hardwareId;
    Database& db = m_session.database();
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        const QString expected = LocalState::get(db, SiteRegistry::exportTokenKey(siteId));
        bool repeated = false;
        if (!token.isEmpty() && expected == boundToken) {
            const Result<qint64> pushed = SiteLedger(db).acknowledgedSeq(siteId);
            repeated = pushed && *pushed == 0;
        }
        if (!repeated && (token.isEmpty() || expected != token))
            return makeError(ErrorKind::Refused, Text::tr("This is not the latest site data file of site %1, or it was "
                                                          "imported already. Export the site again on the central "
                                                          "server.")
                                                     .arg(siteId));
        if (Status bound = bind(siteId, hardwareId); !bound)
            return bound;
        return LocalState::set(db, SiteRegistry::exportTokenKey(siteId), boundToken);
    });
    if (!s)
        return s.error();
    return describe(siteId);
}

Status SyncService::confirmStored(int siteId, qint64 cursor, qint64 queueCursor)
{
    return SiteLedger(m_session.database()).confirmStored(siteId, cursor, queueCursor);
}

Result<QJsonObject> SyncService::contact(int siteId, const QJsonObject& body)
{
    const Result<SiteReport> report = SiteReport::fromJson(body);
    if (!report)
        return report.error();
    Database& db = m_session.database();
    Result<ContactVerdict> verdict = makeError(ErrorKind::Database, QString());
    QList<QJsonObject> waiting;
    bool complete = true;
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        verdict = SiteLedger(db).contact(siteId, *report);
        if (!verdict)
            return verdict.error();
        // ACC-2: the site sees its records that wait here too long, as the central's log does.
        Result<QList<QJsonObject>> reported = WaitingRecords(db).reportedFrom(siteId, kWaitingReported, &complete);
        if (!reported)
            return reported.error();
        waiting = *reported;
        if (verdict->behind)
            return AuditLog::record(db, QStringLiteral("site %1 recovered from an older database").arg(siteId),
                                    verdict->message);
        return {};
    });
    if (!s)
        return s.error();
    ContactVerdict answer = *verdict;
    answer.waitingTooLong = waiting;
    answer.waitingComplete = complete;
    return answer.toJson();
}

Status SyncService::checkPushSize(const QJsonObject& body)
{
    const qsizetype count = body.value(QLatin1String("records")).toArray().size();
    if (count <= protocol::kPushBatch)
        return {};
    return makeError(ErrorKind::BadInput, Text::tr("A push holds %1 records; the central takes at most %2 at once.")
                                              .arg(count)
                                              .arg(protocol::kPushBatch));
}

Result<QJsonObject> SyncService::push(int siteId, const QJsonObject& body)
{
    // Refused whole before a record is read (OPS-6).
    if (Status s = checkPushSize(body); !s)
        return s.error();
    Result<QList<WireRecord>> records = WireRecord::listFromJson(body.value(QLatin1String("records")));
    if (!records)
        return records.error();
    // A missing or malformed field is refused by the sequence rules, with their message.
    const qint64 from = body.value(QLatin1String("from_seq")).toInteger(-1);
    const qint64 acknowledged = body.value(QLatin1String("upto_seq")).toInteger(-1);
    const QString batch = body.value(QLatin1String("batch")).toString();
    Database& db = m_session.database();
    Integrator integrator(m_session.writer());
    Status s = [&]() -> Status {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        // The sequence rules refuse the whole batch or admit the records not held yet (ACC-1).
        const Result<QList<WireRecord>> fresh = SiteLedger(db).admitPush(siteId, from, acknowledged, batch, *records);
        if (!fresh)
            return fresh.error();
        if (const Result<int> received = integrator.receive(siteId, *fresh); !received)
            return received.error();
        if (Status settled = SyncProblems::arrived(db, siteId, *fresh); !settled)
            return settled;
        // What still waits on the site after this batch (ACC-4).
        if (const QJsonValue outgoing = body.value(QLatin1String("outgoing")); outgoing.isDouble()) {
            if (Status kept = SiteLedger(db).recordOutgoing(siteId, std::max(0, outgoing.toInt())); !kept)
                return kept;
        }
        return tx.commit();
    }();
    if (!s)
        return s.error();
    const Result<IntegrationReport> report = integrator.integrate();
    if (!report)
        return report.error();
    // Problems closed longer than the retention go (ACC-2); a failure here fails no push.
    if (const Result<int> pruned = SyncProblems::prune(db, QDateTime::currentDateTimeUtc()); !pruned)
        qCWarning(lcService).noquote() << "closed sync problems were not pruned:" << pruned.error().message;
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

Result<QByteArray> SyncService::pull(int siteId, const QJsonObject& body)
{
    return serve(siteId, body, true);
}

Result<QByteArray> SyncService::pullForExport(int siteId, const QJsonObject& body)
{
    return serve(siteId, body, false);
}

Result<QByteArray> SyncService::serve(int siteId, const QJsonObject& body, bool confirm)
{
    const qint64 cursor = body.value(QLatin1String("cursor")).toInteger(-1);
    const qint64 queueCursor = body.value(QLatin1String("queue_cursor")).toInteger(-1);
    // A site that asks for the next batch before storing the last one confirms less than it reads.
    const qint64 storedCursor = body.value(QLatin1String("stored_cursor")).toInteger(cursor);
    const qint64 storedQueueCursor = body.value(QLatin1String("stored_queue_cursor")).toInteger(queueCursor);
    const int limit = int(std::clamp<qint64>(body.value(QLatin1String("limit")).toInteger(protocol::kPullBatch), 1,
                                             protocol::kPullBatch));
    if (cursor < 0 || queueCursor < 0)
        return makeError(ErrorKind::BadInput, Text::tr("A pull names the cursor and queue_cursor it has stored."));
    if (storedCursor < 0 || storedCursor > cursor || storedQueueCursor < 0 || storedQueueCursor > queueCursor)
        return makeError(ErrorKind::BadInput, Text::tr("A pull's stored cursors cannot be past the cursors it reads "
                                                       "from."));
    Database& db = m_session.database();

    // One transaction, so that what is served and what is recorded as served agree with any change
    // of sync settings, which queues what a site lacks by what it was served (RT-5).
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    // The site confirms what it has stored; that is what the queue counts of `status` start from.
    if (Status s = confirm ? confirmStored(siteId, storedCursor, storedQueueCursor) : SiteLedger(db).ensure(siteId); !s)
        return s.error();

    QList<WireRecord> entries;
    QList<qint64> queueIds;  // each entry's place in the resend queue; 0 for an entry of the log
    qint64 newQueueCursor = queueCursor;
    bool more = false;

    // Targeted resends first (RT-5), then the log. Resends whose record no longer routes to the site
    // (settings changed back since) are withdrawn, so that a later change queues them afresh.
    if (Status s = SiteLedger(db).withdrawUnrouted(siteId, queueCursor); !s)
        return s.error();
    QSqlQuery queued(db.sql());
    queued.setForwardOnly(true);
    // A resend is served only while the record routes to the site: settings changed back since the
    // resend was queued withdraw it (ACC-3).
    queued.prepare(QStringLiteral("WITH t AS (SELECT ? AS site, ? AS queue_cursor) SELECT q.id, q.table_name,"
                                  " q.record_id FROM site_queue q, t WHERE %1 ORDER BY q.id LIMIT ?")
                       .arg(Routing::queuedAfterCursor()));
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
        queueIds.append(newQueueCursor);
        entries.append(WireRecord{0, queued.value(1).toString(), queued.value(2).toString(), false, {}, {}, false});
    }

    qint64 newCursor = cursor;
    const int room = limit - std::min(queuedCount, limit);
    if (room > 0) {
        // Everything up to this snapshot is examined; later entries wait for the next pull.
        const Result<QVariant> top = db.scalar(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM change_log"));
        if (!top)
            return top.error();
        const Result<Statement*> prepared = db.statement(
            QStringLiteral("WITH t AS (SELECT ? AS site, ? AS cursor) SELECT c.seq, c.table_name, c.record_id, c.op"
                           " FROM change_log c, t WHERE c.seq <= ? AND %1 ORDER BY c.seq LIMIT ?")
                .arg(Routing::routedAfterCursor()));
        if (!prepared)
            return prepared.error();
        Statement& log = **prepared;
        log.bindInteger(0, siteId);
        log.bindInteger(1, cursor);
        log.bindInteger(2, top->toLongLong());
        log.bindInteger(3, room + 1);
        int logCount = 0;
        bool full = false;
        // Consecutive entries mostly share their table: one string for all of them.
        QByteArray tableName;
        QString table;
        while (true) {
            const Result<bool> row = log.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            if (++logCount > room) {
                full = true;
                break;
            }
            newCursor = log.integer(0);
            if (log.text(1) != tableName) {
                tableName = log.text(1).toByteArray();
                table = QString::fromUtf8(tableName);
            }
            queueIds.append(0);
            entries.append(
                WireRecord{newCursor, table, QString::fromUtf8(log.text(2)), log.text(3) == "delete", {}, {}, false});
        }
        log.reset();
        if (full)
            more = true;
        else
            newCursor = std::max(cursor, top->toLongLong());
    } else {
        more = true;
    }

    qsizetype included = 0;
    const Result<QByteArray> records = withData(entries, &included);
    if (!records)
        return records.error();
    if (included < entries.size()) {
        // The answer reached its size limit: the cursors stop after the last record it holds.
        more = true;
        newQueueCursor = queueCursor;
        newCursor = cursor;
        for (qsizetype i = 0; i < included; ++i) {
            if (queueIds[i] > 0)
                newQueueCursor = queueIds[i];
            else
                newCursor = entries[i].seq;
        }
    }
    if (Status s = SiteLedger(db).recordServed(siteId, newCursor); !s)
        return s.error();
    // What is still to be served after this answer, for the site's progress. A site asks for it on
    // the first request of a pull only and counts down from there: counted on every request, a
    // long pull would read the rest of the log once per batch.
    // An answer that is the last one took everything up to now: nothing remains, and an empty poll
    // costs no count.
    if (Status s = tx.commit(); !s)
        return s.error();
    // Counted after the commit, in a read transaction: a first pull counts the whole routed log,
    // and other sites' pushes need not wait for it. The count is an estimate anyway (protocol.md).
    qint64 remaining = -1;
    if (body.value(QLatin1String("count")).toBool()) {
        Result<qint64> counted = qint64(0);
        if (more) {
            Transaction read(db, Database::Access::Read);
            if (!read.started())
                return read.started().error();
            counted = Routing::toServe(db, siteId, newCursor, newQueueCursor);
        }
        if (!counted)
            return counted.error();
        remaining = *counted;
    }
    QByteArray answer("{\"cursor\":");
    jsontext::appendInteger(answer, newCursor);
    answer.append(",\"queue_cursor\":");
    jsontext::appendInteger(answer, newQueueCursor);
    answer.append(more ? ",\"more\":true" : ",\"more\":false");
    if (remaining >= 0) {
        answer.append(",\"remaining\":");
        jsontext::appendInteger(answer, remaining);
    }
    answer.append(",\"records\":");
    answer.append(*records);
    answer.append('}');
    return answer;
}

Result<QByteArray> SyncService::withData(const QList<WireRecord>& entries, qsizetype* included)
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
        if (it.key() == QLatin1String("site")) {
            // Sites carry secrets that never leave the central.
            Result<QHash<QString, QJsonObject>> found = m_session.reader().getMany(it.key(), it.value());
            if (!found)
                return found.error();
            QHash<QString, QByteArray>& texts = rows[it.key()];
            for (auto row = found->begin(); row != found->end(); ++row) {
                QJsonObject site = row.value();
                stripSecrets(it.key(), site);
                texts.insert(row.key(), QJsonDocument(site).toJson(QJsonDocument::Compact));
            }
            continue;
        }
        Result<QHash<QString, QByteArray>> found = m_session.reader().getManyText(it.key(), it.value());
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

}  // namespace sitesync
