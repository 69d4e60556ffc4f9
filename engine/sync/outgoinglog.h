#pragma once

#include "core/result.h"
#include "sync/wirerecord.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sitesync {

class Database;
class LocalSite;

// A remote site's side of the sync bookkeeping: its own changes in `change_log`, the push cursor
// (the last of them the central acknowledged) and the batch in flight. Whether a record was
// "changed here and not yet pushed" is answered here and nowhere else, and only this class moves
// the push cursor (docs/reliability.md).
class OutgoingLog {
public:
    OutgoingLog(Database& db, int siteId)
        : m_db(db)
        , m_siteId(siteId)
    {
    }

    // The last of this site's change-log entries the central acknowledged.
    qint64 pushedSeq() const;

    // This site's changes the central must still receive (routed by Routing::pushedToCentral):
    // its outgoing queue, `sync_out`.
    Result<int> pending(int centralSiteId) const;
    static Result<int> pendingOf(Database& db, const LocalSite& site);
    // Whether this site changed the record and has not pushed the change yet.
    Result<bool> isUnpushed(const QString& table, const QString& id) const;
    // How many of this site's changes of a store are not pushed yet.
    Result<int> unpushedInStore(const QString& storeId) const;
    // The stores this site has changes of their store data that are not pushed yet.
    Result<QStringList> unpushedStores() const;
    // The unpushed entries (table, id and seq; no data) past `after` or the push cursor,
    // whichever is further.
    Result<QList<WireRecord>> unpushedAfter(qint64 after) const;

    // The next push: this site's entries past the push cursor that the central needs, at most
    // `limit`, data not read, each with the time it was made. `from` is the push cursor; the batch covers (from, upto].
    struct Batch {
        qint64 from = 0;
        qint64 upto = 0;
        bool complete = false;  // nothing past upto waits (yet)
        QList<WireRecord> entries;
    };
    Result<Batch> nextBatch(int centralSiteId, int limit) const;

    // The token of the batch in flight: made and stored before the batch is first sent, kept until
    // it is acknowledged, so that a batch sent again after a lost answer is recognised as such.
    Result<QString> batchToken();
    QString pendingBatchToken() const;
    // The central acknowledged everything up to `seq`: the push cursor moves there and the batch
    // in flight is done.
    Status acknowledge(qint64 seq);

    // The central holds changes of this site past the push cursor that this database lacks (it is
    // older than the central's record of it: restored, copied, rolled back). Every unpushed change
    // gets a new sequence number past `centralSeq`, in its order, and the cursor moves to
    // `centralSeq`: the changes are then pushed as new ones, marked restored (WireRecord). Returns
    // how many were renumbered.
    Result<int> continueAfter(qint64 centralSeq);
    // The central lacks changes it once acknowledged (its own database is older): the cursor goes
    // back to what it holds and the changes past it are sent again.
    Status rewindTo(qint64 centralSeq);

    // Takes the entries `where` selects out of the log and puts them back past every other entry
    // (and past `floor`), in their order: they are then pushed again, after everything else.
    // Returns how many moved. Runs inside the caller's transaction when there is one.
    Result<int> moveToEnd(const QString& where, const QVariantList& bindings, qint64 floor = 0);

private:
    Database& m_db;
    int m_siteId;
};

}  // namespace sitesync
