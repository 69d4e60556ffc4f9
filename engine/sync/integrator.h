#pragma once

#include "core/result.h"
#include "sync/waitingrecords.h"
#include "sync/wirecolumns.h"
#include "sync/wirerecord.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace sitesync {

class IntegrationPolicy;
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
// and logged with that site as its origin, so it is routed on to every other site that needs it
// (CentralIntegration). On a remote, a record is applied as it comes, unlogged, unless it would
// overwrite a change this site made and has not yet pushed; most records take the bulk path on
// arrival (RemoteIntegration). The loop here is the same for both: it asks the site's policy.
//
// A record is never set aside for columns this site does not know (OPS-3): a remote stores it
// without them; the central keeps them apart (ExtraColumns) for the sites that may receive them.
// Either is logged once per batch.
class Integrator {
public:
    explicit Integrator(RecordWriter& writer);
    ~Integrator();

    // Takes received records, inside the caller's transaction. On a remote, the records the bulk
    // path can apply are applied at once (their number is returned); the rest wait in sync_in.
    Result<int> receive(int sourceSite, const QList<WireRecord>& records);
    Result<IntegrationReport> integrate(const std::function<bool()>& cancelled = {});
    // Records still waiting in sync_in.
    Result<int> waiting();

private:
    struct Pending;
    Status apply(const Pending& row);
    // The record's fields this site's table has, and in `unknown` the others.
    QJsonObject knownColumns(const Pending& row, QJsonObject* unknown);
    void logUnknownColumns();
    Status setAside(const Pending& row, const Error& error, IntegrationReport& report);
    Status integrateRound(const QList<WaitingRecords::Row>& due, IntegrationReport& report, QStringList& arrived,
                          bool& stopped, const std::function<bool()>& cancelled);
    // What a waiting row waits for ("table/id"), when that is known: for an upsert, the first record
    // it refers to and lacks; for a stock line's deletion, a line that still names the stock line.
    Result<QString> awaited(const Pending& row);
    // A record that arrived, applied by the general path at once, in its savepoint.
    bool applyNow(int sourceSite, const WireRecord& record);

    RecordWriter& m_writer;
    std::unique_ptr<IntegrationPolicy> m_policy;                       // what the site's role decides
    QHash<QString, QList<std::pair<QString, QString>>> m_foreignKeys;  // per table: (column, parent table)
    wirecolumns::UnknownColumns m_unknownColumns;                      // in the batch at hand, for its log line
};

}  // namespace sitesync
