#pragma once

#include "core/result.h"
#include "sync/wirerecord.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sitesync {

class Database;

// What a remote site says of itself at every contact (docs/protocol.md, /sync/v1/contact).
struct SiteReport {
    qint64 pushedSeq = 0;  // its push cursor: the last of its changes it knows acknowledged
    QString batch;         // the token of a batch sent and not yet acknowledged, or ""
    qint64 cursor = 0;     // its stored pull cursors
    qint64 queueCursor = 0;
    QString version;             // its SiteSync version
    int outgoing = 0;            // its outgoing queue (sync_out)
    int problems = 0;            // its open sync problems
    QStringList unpushedStores;  // the stores it has changes of that it has not pushed yet

    static Result<SiteReport> fromJson(const QJsonObject& body);
    QJsonObject toJson() const;
};

// What the central knows of a site from its last contact (AD-5, ACC-4).
struct SiteContact {
    QString lastConnectionAt;  // ISO 8601, empty until it first connects
    QString lastAddress;       // the address it last connected from, empty until then
    QString version;           // the version it reported or its latest request said, empty when neither
    int outgoing = -1;         // its outgoing queue at its last report; -1 when it never reported
    int problems = -1;         // its open sync problems at its last contact; -1 when it never reported
    QString reportedAt;        // when it last reported its queue
    QString recoveredAt;       // when it last recovered from an older database, empty when never
    int outgoingRises = 0;     // contacts at which its queue grew, since it last fell
    QList<int> outgoingTrend;  // its queue at its contacts since it last fell, the last few of them

    // ACC-4: the one rule of when a site needs the technician's attention: it reported open sync
    // problems at its last contact, or its queue grew at kAttentionRises contacts without falling.
    static constexpr int kAttentionRises = 3;
    bool reportsProblems() const { return problems > 0; }
    bool queueKeepsGrowing() const { return outgoingRises >= kAttentionRises; }
    bool needsAttention() const { return reportsProblems() || queueKeepsGrowing(); }
    // Why it needs attention, one sentence per reason; empty when it does not.
    QStringList attentionReasons() const;
};

// What the central answers a contact: where the site stands against the central's record of it.
struct ContactVerdict {
    qint64 acknowledgedSeq = 0;     // the last of the site's changes the central holds
    bool acknowledgeBatch = false;  // the batch in flight was applied; its answer was lost
    bool behind = false;            // the site's database is older than the central's record of it
    bool restartPull = false;       // ...and its pull starts again from the beginning
    bool resend = false;            // the central lacks changes it had acknowledged: send them again
    QString message;                // for the technician, when anything happened
    // When behind, the numbers the message gives, for the audit log (central_pushed, central_pulled,
    // site_pushed, site_pulled, from_start); not sent to the site.
    QJsonObject recovery;
    // ACC-2: the site's records that wait on the central past the waiting limit, each reported
    // there as a sync problem ({t, id, reason, at}); `waitingComplete` is false when the list was
    // cut short (the site then closes none of its copies of these reports).
    QList<QJsonObject> waitingTooLong;
    bool waitingComplete = true;

    static ContactVerdict fromJson(const QJsonObject& answer);
    QJsonObject toJson() const;
};

// The central's side of the sync bookkeeping, per remote site (`site_cursor`, `site_queue`): how
// far it has pushed, what it confirmed storing and was served, what it reported at its last
// contact. The push sequence rules live here (docs/reliability.md): a batch starts where the last
// acknowledged one ended, its records are in strictly increasing order inside the range it
// names, and the range does not jump far ahead.
class SiteLedger {
public:
    explicit SiteLedger(Database& db)
        : m_db(db)
    {
    }

    Status ensure(int siteId);
    // What each site reported at its last contact, by site.
    Result<QHash<int, SiteContact>> contacts();
    // AD-5: a request of the site was served at `at` (never moves the time back). The address it came
    // from and the version it said it runs (ACC-4) go with the latest connection; empty ones change
    // nothing. The version is the one its contacts report, kept in the same place.
    Status recordConnection(int siteId, const QDateTime& at, const QString& address = {}, const QString& version = {});

    // The site contacts the central at the start of every sync: its report is kept (ACC-4), and a
    // site whose database is older than the central's record of it is told how to recover, the
    // central's side of the recovery done at once (ACC-1). Inside the caller's transaction.
    Result<ContactVerdict> contact(int siteId, const SiteReport& report);
    // Most contacts change nothing but the time of the report: the site reports what it reported
    // last time, stands where the central's record of it says, and has no store move to settle.
    // Their verdict is read without writing anything (the time goes with the connection's, see
    // recordReportTime); nothing when the contact must go through contact().
    Result<std::optional<ContactVerdict>> quietContact(int siteId, const SiteReport& report);
    // ACC-4: the time of the site's last report, for a quiet contact (never moves it back).
    Status recordReportTime(int siteId, const QDateTime& at);

    // Checks a pushed batch covering (from, upto] against the sequence rules and records its
    // acknowledgement; returns the records not held yet (a batch sent again after a lost answer
    // is recognised by its token and applied once). A refused batch changes nothing: OutOfSequence
    // (the site recovers at its next contact) or BadInput. Inside the caller's transaction.
    Result<QList<WireRecord>> admitPush(int siteId, qint64 from, qint64 upto, const QString& batch,
                                        const QList<WireRecord>& records);
    Result<qint64> acknowledgedSeq(int siteId);
    // What the site says waits in its outgoing queue, with any request that says it (ACC-4).
    Status recordOutgoing(int siteId, int outgoing);

    // RT-5: queues targeted resends. `select` yields rows (site_id, table_name, record_id) with its
    // `bindings`; a record already queued for a site stays queued once. Returns how many were queued.
    Result<int> queue(const QString& select, const QVariantList& bindings, const QString& reason);
    // Withdraws the site's resends past `queueCursor` whose record no longer routes to it (settings
    // changed back since they were queued), so that a later change queues them afresh.
    Status withdrawUnrouted(int siteId, qint64 queueCursor);
    // Resends queued for every site, served or not yet (for measuring what a change queued).
    Result<int> queuedCount();

    // Pulls are served from a snapshot and record what they served afterwards (docs/adr/0007): a
    // decision taken by what sites were served (a resend queued or not, RT-5) moves this epoch on,
    // inside the deciding transaction (as does restarting a site's pull), and a pull whose snapshot
    // is older serves again.
    Status advanceServedEpoch();
    Result<qint64> servedEpoch();
    // Whether recording `cursor` as served would change the site's served cursors.
    Result<bool> servedBefore(int siteId, qint64 cursor);
    // How far in the change log the site was ever served; never lowered (0 when never served).
    Result<qint64> servedEver(int siteId);
    // The site has stored what was routed to it up to these cursors (the queue counts start there).
    Status confirmStored(int siteId, qint64 cursor, qint64 queueCursor);
    // The site may hold records up to this log entry (RT-5 queues by it).
    Status recordServed(int siteId, qint64 cursor);
    // RT-5: the site receives everything it needs again from the start of the log, its own changes
    // included, and pushes from a new database.
    Status restartPull(int siteId);
    // Forgets the site (it was deleted).
    Status forget(int siteId);

private:
    struct Row {
        qint64 pushed = 0;
        qint64 pushFrom = 0;
        QString batch;
        qint64 pulled = 0;
        qint64 queue = 0;
        qint64 served = 0;
    };
    Result<Row> row(int siteId);
    // ACC-4: how the site's queue moved since its previous contact (rise, fall or neither).
    Status recordQueueTrend(int siteId, int outgoing);

    Database& m_db;
};

}  // namespace sitesync
