#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sitesync {

class Database;

// One record the sync could not take: quarantined (it broke a rule or a constraint where it
// arrived) or refused (the central judged its sender may not make it). Kept with its content, so
// that it can be retried (ACC-2).
struct SyncProblem {
    qint64 id = 0;
    QString at;      // ISO 8601, UTC
    int siteId = 0;  // the site the record came from (on a remote, itself for its own records the
                     // central set aside); 0 when unknown
    QString kind;    // "quarantined" or "refused"
    QString table;
    QString recordId;
    QString reason;
    QJsonObject payload;                     // the record as received or sent; empty for a deletion
    QString state = QStringLiteral("open");  // "open", "resolved", "dismissed" or "superseded"
    QString closedAt;
    QString closedBy;    // who closed it; "sync" when the sync did
    QString resolution;  // why it was closed: the dismissal's reason, or what resolved it
    QString retriedAt;   // the last retry that left it open, and what came of it
    QString retryResult;
    QString originAt;       // when the sending site made the change, when it said (pushes)
    bool restored = false;  // sent again by a site restored from an older database (ACC-1)

    bool isOpen() const { return state == QLatin1String("open"); }
    // The state for a person, in the language of the program ("open", "resolved", ...).
    QString stateText() const;
    bool isDeletion() const { return payload.isEmpty(); }
};

// The stored log of sync problems (AD-7), newest first. What may be done with them, and when the
// sync closes them itself, is SyncProblems' (sync/syncproblems.h).
class SyncProblemLog {
public:
    enum class Filter { Open, All };
    enum class Closing { Resolved, Dismissed, Superseded };
    // Who closed a problem the sync closed itself.
    static const QString kBySync;

    static Result<QList<SyncProblem>> list(Database& db, Filter filter = Filter::All, int limit = 1000);
    static Result<SyncProblem> find(Database& db, qint64 id);
    // Problems still open.
    static Result<int> openCount(Database& db);
    // Problems still open, by the site their record came from (0: not known); they add up to openCount.
    static Result<QHash<int, int>> openBySite(Database& db);
    // Sets a record aside with its reason and content (AD-7): `kind` is "quarantined" or "refused".
    // A record has at most one open problem per site it came from: an open one about the same
    // record from the same site is closed as superseded by the new one, and kept. `originAt` and
    // `restored` are kept as the record came, so that a retry judges it as it came. Returns the
    // new problem's id.
    static Result<qint64> add(Database& db, int siteId, const QString& kind, const QString& table,
                              const QString& recordId, const QString& reason, const QJsonObject& payload,
                              const QString& originAt = {}, bool restored = false);

    // The error for an action on a problem that is closed already.
    static Error closedAlready(const SyncProblem& problem);
    // Closes an open problem; refused when it is closed already.
    static Status close(Database& db, qint64 id, Closing as, const QString& resolution, const QString& by,
                        const QDateTime& at);
    // Notes on an open problem a retry that left it open.
    static Status noteRetry(Database& db, qint64 id, const QString& result, const QDateTime& at);
    // The open problems about records from `siteId`, by key() of their record.
    static Result<QHash<QString, qint64>> openFrom(Database& db, int siteId);
    static QString key(const QString& table, const QString& recordId);
    // Deletes the problems closed before `cutoff` (those closed before closings were dated count
    // from when they were logged); returns how many.
    static Result<int> deleteClosedBefore(Database& db, const QDateTime& cutoff);
};

}  // namespace sitesync
