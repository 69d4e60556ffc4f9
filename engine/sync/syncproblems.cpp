#include "sync/syncproblems.h"

#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "sync/integrator.h"
#include "sync/outgoinglog.h"
#include "sync/synclock.h"
#include "sync/waitingrecords.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncProblems)
};

}  // namespace

const QString SyncProblems::kRetentionKey = QStringLiteral("problem_retention_days");

SyncProblems::SyncProblems(RecordWriter& writer)
    : m_writer(writer)
{
}

Result<QList<SyncProblem>> SyncProblems::list(SyncProblemLog::Filter filter)
{
    return SyncProblemLog::list(m_writer.database(), filter);
}

Result<SyncProblem> SyncProblems::find(qint64 id)
{
    return SyncProblemLog::find(m_writer.database(), id);
}

QJsonObject SyncProblems::auditParams(const SyncProblem& problem, const QString& outcome, const QString& reason)
{
    QJsonObject params{{QStringLiteral("problem"), problem.id},
                       {QStringLiteral("table"), problem.table},
                       {QStringLiteral("record"), problem.recordId},
                       {QStringLiteral("site"), problem.siteId},
                       {QStringLiteral("name"), m_writer.site().siteName(problem.siteId)}};
    if (!outcome.isEmpty())
        params.insert(QStringLiteral("outcome"), outcome);
    if (!reason.isEmpty())
        params.insert(QStringLiteral("reason"), reason);
    return params;
}

Result<SyncProblems::Retry> SyncProblems::retry(qint64 id)
{
    Database& db = m_writer.database();
    LocalSite& site = m_writer.site();
    const Result<SyncProblem> problem = find(id);
    if (!problem)
        return problem.error();
    if (!problem->isOpen())
        return SyncProblemLog::closedAlready(*problem);
    const bool own = !site.isCentral() && problem->siteId == site.siteId();
    if (!own && problem->siteId <= 0)
        return makeError(ErrorKind::Invalid,
                         Text::tr("It is not known which site sent record '%1' of '%2' (sync problem %3), so it "
                                  "cannot be applied as that site's change. Dismiss the problem once it is dealt with.")
                             .arg(problem->recordId, problem->table)
                             .arg(problem->id));
    // On a remote, not while it synchronises: the sync holds back what it has not applied yet.
    std::optional<SyncLock> lock;
    if (!site.isCentral()) {
        lock.emplace(db.path());
        if (!lock->tryLock())
            return makeError(ErrorKind::Database, Text::tr("A synchronisation of this site is running; retry the "
                                                           "problem when it has finished."));
    }
    return own ? pushAgain(*problem) : applyAgain(*problem);
}

Result<SyncProblems::Retry> SyncProblems::applyAgain(const SyncProblem& problem)
{
    Database& db = m_writer.database();
    const QDateTime now = db.now();
    const QString actor = AuditLog::actor();
    QString why;
    {
        // Applied with all it takes, or nothing at all.
        Transaction tx(db);
        if (!tx.started())
            return tx.started().error();
        WireRecord record;
        record.table = problem.table;
        record.id = problem.recordId;
        record.remove = problem.isDeletion();
        record.data = problem.payload;
        record.at = problem.originAt;
        record.restored = problem.restored;
        Integrator integrator(m_writer);
        const Result<int> appliedOnArrival = integrator.receive(problem.siteId, {record});
        if (!appliedOnArrival)
            return appliedOnArrival.error();
        if (*appliedOnArrival == 0) {
            const Result<IntegrationReport> report = integrator.integrate();
            if (!report)
                return report.error();
            const Result<QString> out = stillOut(problem, report->problems);
            if (!out)
                return out.error();
            why = *out;
        }
        if (why.isEmpty()) {
            if (Status s = SyncProblemLog::close(db, problem.id, SyncProblemLog::Closing::Resolved,
                                                 Text::tr("Applied when %1 retried it.").arg(actor), actor, now);
                !s)
                return s.error();
            if (Status s =
                    AuditLog::record(db, AuditAction::kSyncProblemRetried, auditParams(problem, AuditAction::kApplied));
                !s)
                return s.error();
            if (Status s = tx.commit(); !s)
                return s.error();
        }
    }
    Retry retry;
    if (why.isEmpty()) {
        retry.outcome = Retry::Outcome::Applied;
        retry.message = Text::tr("Record '%1' of '%2' was applied as sent by site %3; sync problem %4 is resolved.")
                            .arg(problem.recordId, problem.table, m_writer.site().siteLabel(problem.siteId))
                            .arg(problem.id);
    } else {
        // Everything the attempt did was undone; what stays is the note of it.
        Transaction tx(db);
        if (!tx.started())
            return tx.started().error();
        if (Status s = SyncProblemLog::noteRetry(db, problem.id, why, now); !s)
            return s.error();
        if (Status s = AuditLog::record(db, AuditAction::kSyncProblemRetried,
                                        auditParams(problem, AuditAction::kNotApplied, why));
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        retry.outcome = Retry::Outcome::NotApplied;
        retry.message = Text::tr("Record '%1' of '%2' still cannot be applied, and nothing was changed; sync problem "
                                 "%3 stays open: %4")
                            .arg(problem.recordId, problem.table)
                            .arg(problem.id)
                            .arg(why);
    }
    const Result<SyncProblem> after = find(problem.id);
    if (!after)
        return after.error();
    retry.problem = *after;
    return retry;
}

Result<QString> SyncProblems::stillOut(const SyncProblem& problem, const QList<QJsonObject>& setAside)
{
    for (const QJsonObject& entry : setAside) {
        if (entry.value(QLatin1String("site")).toInt() == problem.siteId &&
            entry.value(QLatin1String("t")).toString() == problem.table &&
            entry.value(QLatin1String("id")).toString() == problem.recordId)
            return entry.value(QLatin1String("reason")).toString();
    }
    const Result<QVariant> waiting = m_writer.database().scalar(
        QStringLiteral("SELECT COALESCE(last_error, '') FROM sync_in WHERE source_site = ? AND table_name = ? AND"
                       " record_id = ? ORDER BY id DESC LIMIT 1"),
        {problem.siteId, problem.table, problem.recordId});
    if (!waiting)
        return waiting.error();
    if (!waiting->isValid())
        return QString();
    const QString error = waiting->toString();
    return error.isEmpty() ? Text::tr("It waits for a record it refers to, which has not arrived.") : error;
}

Result<SyncProblems::Retry> SyncProblems::pushAgain(const SyncProblem& problem)
{
    Database& db = m_writer.database();
    const int siteId = m_writer.site().siteId();
    const QDateTime now = db.now();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    // Its change-log entry goes past the push cursor, so the next push sends the record as it is now.
    OutgoingLog outgoing(db, siteId);
    const Result<int> moved = outgoing.moveToEnd(QStringLiteral("table_name = ? AND record_id = ? AND origin_site = ?"),
                                                 {problem.table, problem.recordId, siteId}, outgoing.pushedSeq());
    if (!moved)
        return moved.error();
    if (*moved == 0) {
        // No entry of it is left: the record as it is now is logged again, through the write path.
        const Result<QJsonObject> stored = m_writer.fetch(problem.table, problem.recordId);
        if (!stored)
            return stored.error();
        const QJsonObject& current = *stored;
        if (current.isEmpty())
            return makeError(ErrorKind::Invalid,
                             Text::tr("Record '%1' of '%2' is no longer on this site and no change of it waits to be "
                                      "sent: there is nothing to push again. Dismiss sync problem %3 once it is dealt "
                                      "with.")
                                 .arg(problem.recordId, problem.table)
                                 .arg(problem.id));
        if (const Result<WriteResult> logged = m_writer.put(problem.table, current); !logged)
            return logged.error();
    }
    const QString queued = Text::tr("Queued to be pushed to the central server again with the next sync.");
    if (Status s = SyncProblemLog::noteRetry(db, problem.id, queued, now); !s)
        return s.error();
    if (Status s = AuditLog::record(db, AuditAction::kSyncProblemRetried, auditParams(problem, AuditAction::kQueued));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Retry retry;
    retry.outcome = Retry::Outcome::Queued;
    retry.message = Text::tr("Record '%1' of '%2' is queued to be pushed to the central server again with the next "
                             "sync, as it is now on this site; sync problem %3 stays open until the central takes it.")
                        .arg(problem.recordId, problem.table)
                        .arg(problem.id);
    const Result<SyncProblem> after = find(problem.id);
    if (!after)
        return after.error();
    retry.problem = *after;
    return retry;
}

Result<SyncProblem> SyncProblems::dismiss(qint64 id, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorKind::BadInput,
                         Text::tr("Say why the problem is dismissed; the reason is kept with it."));
    Database& db = m_writer.database();
    const Result<SyncProblem> problem = find(id);
    if (!problem)
        return problem.error();
    if (!problem->isOpen())
        return SyncProblemLog::closedAlready(*problem);
    WaitingRecords waiting(db);
    if (!m_writer.site().isCentral()) {
        // ACC-3: given up here, a record the central sent would be missing from this site for good.
        const Result<bool> waits = waiting.reports(id);
        if (!waits)
            return waits.error();
        if (*waits)
            return makeError(ErrorKind::BadInput,
                             Text::tr("Record '%1' of '%2' came from the central server and still waits to be "
                                      "applied here; dismissed, this site would be without it for good. Retry it "
                                      "once what it waits for is here (see the reason), or initialise the site "
                                      "again to receive everything anew.")
                                 .arg(problem->recordId, problem->table));
    }
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    const QString actor = AuditLog::actor();
    if (Status s = SyncProblemLog::close(db, id, SyncProblemLog::Closing::Dismissed, why, actor, db.now()); !s)
        return s.error();
    // A record reported for waiting too long is given up with its problem: it waits no more.
    if (Status s = waiting.forget(id); !s)
        return s.error();
    if (Status s = AuditLog::record(db, AuditAction::kSyncProblemDismissed, auditParams(*problem, QString(), why)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return find(id);
}

Result<int> SyncProblems::prune()
{
    return prune(m_writer.database(), m_writer.database().now());
}

int SyncProblems::retentionDays()
{
    return retentionDays(m_writer.database());
}

Status SyncProblems::setRetentionDays(int days)
{
    if (days < 1 || days > kMaxRetentionDays)
        return makeError(ErrorKind::BadInput, Text::tr("The retention of closed sync problems is a number of days "
                                                       "from 1 to %1, not %2.")
                                                  .arg(kMaxRetentionDays)
                                                  .arg(days));
    Database& db = m_writer.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    if (Status s = LocalState::set(db, kRetentionKey, QString::number(days)); !s)
        return s;
    if (Status s = AuditLog::record(db, AuditAction::kSyncProblemRetentionSet, {{QStringLiteral("days"), days}}); !s)
        return s;
    return tx.commit();
}

int SyncProblems::retentionDays(Database& db)
{
    bool ok = false;
    const int days = LocalState::get(db, kRetentionKey).toInt(&ok);
    return ok && days >= 1 ? days : kDefaultRetentionDays;
}

Result<int> SyncProblems::prune(Database& db, const QDateTime& now)
{
    return SyncProblemLog::deleteClosedBefore(db, now.addDays(-retentionDays(db)));
}

Status SyncProblems::arrived(Database& db, int sourceSite, const QList<WireRecord>& records)
{
    Result<QHash<QString, qint64>> open = SyncProblemLog::openFrom(db, sourceSite);
    if (!open)
        return open.error();
    if (open->isEmpty())
        return {};
    const QDateTime now = db.now();
    for (const WireRecord& record : records) {
        const qint64 problem = open.value().take(SyncProblemLog::key(record.table, record.id));
        if (problem == 0)
            continue;
        if (Status s =
                SyncProblemLog::close(db, problem, SyncProblemLog::Closing::Superseded,
                                      Text::tr("A later version of the record arrived from site %1.").arg(sourceSite),
                                      SyncProblemLog::kBySync, now);
            !s)
            return s;
    }
    return {};
}

Status SyncProblems::centralWaiting(const QList<QJsonObject>& reported, bool complete)
{
    Database& db = m_writer.database();
    const int self = m_writer.site().siteId();
    const QDateTime now = db.now();
    QHash<QString, qint64> open;
    {
        QSqlQuery rows(db.sql());
        rows.prepare(QStringLiteral("SELECT id, table_name, record_id FROM sync_problem WHERE resolved = 0 AND"
                                    " site_id = ? AND waits_on_central = 1"));
        rows.addBindValue(self);
        if (!rows.exec())
            return makeError(ErrorKind::Database, sqlErrorText(rows));
        while (rows.next())
            open.insert(SyncProblemLog::key(rows.value(1).toString(), rows.value(2).toString()),
                        rows.value(0).toLongLong());
    }
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    for (const QJsonObject& entry : reported) {
        const QString table = entry.value(QLatin1String("t")).toString();
        const QString id = entry.value(QLatin1String("id")).toString();
        if (open.remove(SyncProblemLog::key(table, id)) > 0)
            continue;  // known here already
        // Kept here since the central reported it (and dismissed, perhaps): not again.
        const Result<QVariant> known =
            db.scalar(QStringLiteral("SELECT count(*) FROM sync_problem WHERE site_id = ? AND waits_on_central = 1"
                                     " AND table_name = ? AND record_id = ? AND at >= ?"),
                      {self, table, id, entry.value(QLatin1String("at")).toString()});
        if (!known)
            return known.error();
        if (known->toInt() > 0)
            continue;
        const Result<QJsonObject> stored = m_writer.fetch(table, id);
        if (!stored)
            return stored.error();
        const Result<qint64> added =
            SyncProblemLog::add(db, self, QStringLiteral("quarantined"), table, id,
                                Text::tr("The central server has not applied this record yet: %1")
                                    .arg(entry.value(QLatin1String("reason")).toString()),
                                *stored);
        if (!added)
            return added.error();
        if (Status s = db.exec(QStringLiteral("UPDATE sync_problem SET waits_on_central = 1 WHERE id = ?"), {*added});
            !s)
            return s;
    }
    if (complete) {
        for (const qint64 problem : std::as_const(open)) {
            if (Status s = SyncProblemLog::close(db, problem, SyncProblemLog::Closing::Resolved,
                                                 Text::tr("The central server no longer waits to apply it."),
                                                 SyncProblemLog::kBySync, now);
                !s)
                return s;
        }
    }
    return tx.commit();
}

Status SyncProblems::pushTaken(Database& db, int siteId, const QList<WireRecord>& sent, const QSet<QString>& setAside)
{
    Result<QHash<QString, qint64>> open = SyncProblemLog::openFrom(db, siteId);
    if (!open)
        return open.error();
    if (open->isEmpty())
        return {};
    const QDateTime now = db.now();
    for (const WireRecord& record : sent) {
        const QString key = SyncProblemLog::key(record.table, record.id);
        if (setAside.contains(key))
            continue;
        const qint64 problem = open.value().take(key);
        if (problem == 0)
            continue;
        if (Status s = SyncProblemLog::close(db, problem, SyncProblemLog::Closing::Resolved,
                                             Text::tr("The central server received a later push of the record and "
                                                      "did not set it aside."),
                                             SyncProblemLog::kBySync, now);
            !s)
            return s;
    }
    return {};
}

}  // namespace sitesync
