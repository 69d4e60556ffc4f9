#pragma once

#include "sync/bulkapplier.h"
#include "sync/integrationpolicy.h"

#include <QSet>

#include <optional>

namespace sitesync {

class RecordWriter;

// How a remote integrates what the central sends (sync/integrator.h): applied as it comes, without
// the rules and unlogged, unless it would overwrite a change this site made and has not yet pushed.
// Most records take the bulk path on arrival (BulkApplier); the site's own tables and merges take
// the general path at once; a record behind one still waiting, or behind a change not yet pushed,
// waits in sync_in. A record's columns this site does not know are dropped on arrival (OPS-3).
class RemoteIntegration : public IntegrationPolicy {
public:
    explicit RemoteIntegration(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    Status beginBatch() override;
    Arrival arrive(WireRecord& record, wirecolumns::UnknownColumns& unknown) override;
    Status waits(const WireRecord& record) override;
    Result<Judgement> judge(const WaitingRecords::Row& row, WriteOptions& options) override;
    Status beforePut(const WaitingRecords::Row&, QJsonObject&, WriteOptions&) override { return {}; }
    Status afterPut(const WaitingRecords::Row&, const QJsonObject&) override { return {}; }
    const char* unknownColumnsStored() const override;

private:
    Status authorityCheck(const WaitingRecords::Row& row);
    Status loadHeldBack();
    static QString heldBackKey(const QString& table, const QString& id);

    RecordWriter& m_writer;
    std::optional<BulkApplier> m_applier;     // for the batch at hand
    std::optional<QSet<QString>> m_heldBack;  // records the bulk path leaves alone
    qint64 m_heldBackSeq = 0;                 // the last local change-log entry looked at
};

}  // namespace sitesync
