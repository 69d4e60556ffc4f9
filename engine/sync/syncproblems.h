#pragma once

#include "core/result.h"
#include "model/syncproblemlog.h"
#include "sync/wirerecord.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace sitesync {

class RecordWriter;

// What a technician may do with sync problems, and what the sync does with them by itself (AD-7,
// ACC-2). The command line and the window are thin over this class; its rules live nowhere else.
//
// - Retry of a record received from another site (on the central, one a site pushed; on a remote,
//   one it pulled): the record goes through the integrator again, as from that site. It is
//   applied and the problem resolved, or nothing changes: the problem stays open, with why it
//   still cannot be applied noted on it.
// - Retry, on a remote, of its own record the central set aside: the record is queued to be pushed
//   again with the next sync, as it is now on the site. The problem stays open until the central
//   takes that push (resolved) or sets it aside again (a new problem replaces it).
// - Dismissal: closed with who, when and why; kept for the record, no longer counted open.
// - A later version of a record arriving from the site a problem is about makes the problem's
//   content obsolete: it is closed as superseded (a record has at most one open problem per site).
// - Closed problems are deleted once they have been closed longer than the retention (90 days
//   unless set otherwise), after every sync and by command.
// Every retry, dismissal and change of the retention is written to the audit log.
class SyncProblems {
public:
    static constexpr int kDefaultRetentionDays = 90;
    static constexpr int kMaxRetentionDays = 36500;
    // The sync_state key of the retention.
    static const QString kRetentionKey;

    struct Retry {
        enum class Outcome {
            Applied,     // the record is applied here; the problem is resolved
            Queued,      // this site's own record goes to the central again with the next sync
            NotApplied,  // it still cannot be applied; nothing changed but the note on the problem
        };
        Outcome outcome = Outcome::NotApplied;
        QString message;  // what happened, for the technician
        SyncProblem problem;
    };

    // Times (of retries, dismissals, closings, the retention's cut-off) come from the database's
    // clock (Database::now).
    explicit SyncProblems(RecordWriter& writer);

    Result<QList<SyncProblem>> list(SyncProblemLog::Filter filter);
    Result<SyncProblem> find(qint64 id);
    Result<Retry> retry(qint64 id);
    Result<SyncProblem> dismiss(qint64 id, const QString& reason);
    // Deletes the problems closed for longer than the retention; returns how many.
    Result<int> prune();
    int retentionDays();
    Status setRetentionDays(int days);

    // Records from `sourceSite` have arrived (a pull stored on a remote, a push on the central):
    // the open problems about earlier versions of them from that site are superseded.
    static Status arrived(Database& db, int sourceSite, const QList<WireRecord>& records);
    // On a remote: the central answered a push of `sent` and set aside those in `setAside` (keys of
    // SyncProblemLog::key). The open problems about this site's other records sent are resolved.
    static Status pushTaken(Database& db, int siteId, const QList<WireRecord>& sent, const QSet<QString>& setAside);
    static Result<int> prune(Database& db, const QDateTime& now);
    // On a remote, at every contact: this site's records the central reports waiting there too
    // long (ContactVerdict::waitingTooLong) are kept as problems of this site's own records
    // ("quarantined", marked `waits_on_central`), once each; with a `complete` list, those the central no longer
    // reports are resolved. A report dismissed here stays dismissed until the central reports it anew.
    Status centralWaiting(const QList<QJsonObject>& reported, bool complete);
    static int retentionDays(Database& db);

private:
    Result<Retry> applyAgain(const SyncProblem& problem);
    Result<Retry> pushAgain(const SyncProblem& problem);
    // Why the record of `problem` is still not applied after the integration, or "" when it is.
    Result<QString> stillOut(const SyncProblem& problem, const QList<QJsonObject>& setAside);
    // What the audit log keeps of an action on `problem` (AuditAction::kSyncProblemRetried, ...Dismissed).
    QJsonObject auditParams(const SyncProblem& problem, const QString& outcome, const QString& reason = {});

    RecordWriter& m_writer;
};

}  // namespace sitesync
