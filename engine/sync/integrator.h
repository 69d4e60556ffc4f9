#pragma once

#include "core/result.h"
#include "sync/storehandover.h"
#include "sync/waitingrecords.h"
#include "sync/wirecolumns.h"
#include "sync/wirerecord.h"

#include <QHash>

#include <QList>
#include <QSet>

#include <optional>

#include <functional>

namespace sitesync {

class RecordWriter;

struct IntegrationReport {
    int applied = 0;
    int pending = 0;              // waiting for a record they refer to
    int quarantined = 0;          // broke a rule or a constraint on arrival (AD-7)
    int refused = 0;              // on the central: the sending site may not make the change (DT-8)
    QList<QJsonObject> problems;  // {site, t, id, kind, reason} of this run
};

// Integrates received records (DESIGN.md "Sync"): they wait in sync_in until applied in dependency
// order. A record whose parent has not arrived stays for a later round or a later sync; one that
// breaks the rules is set aside in sync_problem with its reason. Neither blocks the rest.
//
// On the central, a pushed record is checked against the ownership rules as the site that sent it
// and logged with that site as its origin, so it is routed on to every other site that needs it.
// On a remote, a record is applied as it comes, unlogged, unless it would overwrite a change this
// site made and has not yet pushed. Most records take the bulk path on arrival (BulkApplier).
//
// A record is never set aside for columns this site does not know (OPS-3): a remote stores it
// without them; the central keeps them apart (ExtraColumns) for the sites that may receive them.
// Either is logged once per batch.
class Integrator {
public:
    explicit Integrator(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    // Takes received records, inside the caller's transaction. On a remote, the records the bulk
    // path can apply are applied at once (their number is returned); the rest wait in sync_in.
    Result<int> receive(int sourceSite, const QList<WireRecord>& records);
    Result<IntegrationReport> integrate(const std::function<bool()>& cancelled = {});
    // Records still waiting in sync_in.
    int waiting();

private:
    struct Pending;
    Status apply(const Pending& row);
    // The record's fields this site's table has, and in `unknown` the others.
    QJsonObject knownColumns(const Pending& row, QJsonObject* unknown);
    void logUnknownColumns();
    Status setAside(const Pending& row, const Error& error, IntegrationReport& report);
    Status authorityCheck(const Pending& row);
    // On the central: a change of a store moved away from its sender, made before the sender learnt
    // of the move, is judged as the store's active site then (`directory` set), or set aside when
    // the new active site changed the record since.
    // On the central: a change sent again by a site restored from an older copy of its database is
    // set aside when the central holds a later version of the record from the same site.
    Status integrateRound(const QList<WaitingRecords::Row>& due, IntegrationReport& report, QStringList& arrived,
                          bool& stopped, const std::function<bool()>& cancelled);
    // What a waiting row waits for ("table/id"), when that is known: for an upsert, the first record
    // it refers to and lacks; for a stock line's deletion, a line that still names the stock line.
    QString awaited(const Pending& row);
    Status restoredChangeCheck(const Pending& row);
    Status lateChangeCheck(const Pending& row, std::optional<StoreHandovers::Directory>& directory);
    Status loadHeldBack();
    bool applyNow(int sourceSite, const WireRecord& record);
    static QString heldBackKey(const QString& table, const QString& id);

    RecordWriter& m_writer;
    std::optional<QSet<QString>> m_heldBack;                           // records the bulk path leaves alone
    qint64 m_heldBackSeq = 0;                                          // the last local change-log entry looked at
    QHash<QString, QList<std::pair<QString, QString>>> m_foreignKeys;  // per table: (column, parent table)
    QHash<int, QHash<QString, qint64>> m_handovers;  // on the central, per sending site: its open handovers
    wirecolumns::UnknownColumns m_unknownColumns;    // in the batch at hand, for its log line
};

}  // namespace sitesync
