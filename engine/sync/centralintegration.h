#pragma once

#include "rules/ownershiprules.h"
#include "sync/integrationpolicy.h"
#include "sync/storehandover.h"

#include <QHash>

#include <optional>

namespace sitesync {

class RecordWriter;

// How the central integrates a pushed record (sync/integrator.h): judged by the ownership rules as
// the site that sent it and logged with that site as its origin (DT-8), so that it is routed on to
// every other site that needs it and never back. Every record waits in sync_in first: there is no
// bulk path here. Columns this central does not know are kept apart for the sites that take them
// (ExtraColumns).
class CentralIntegration : public IntegrationPolicy {
public:
    explicit CentralIntegration(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    Status beginBatch() override { return {}; }
    Arrival arrive(WireRecord& record, wirecolumns::UnknownColumns& unknown) override;
    Status waits(const WireRecord&) override { return {}; }
    Result<Judgement> judge(const WaitingRecords::Row& row, WriteOptions& options) override;
    Status beforePut(const WaitingRecords::Row& row, QJsonObject& data, WriteOptions& options) override;
    Status afterPut(const WaitingRecords::Row& row, const QJsonObject& unknown) override;
    const char* unknownColumnsStored() const override;

private:
    // A change sent again by a site restored from an older copy of its database is set aside when
    // the central holds a later version of the record from the same site.
    Status restoredChangeCheck(const WaitingRecords::Row& row);
    // A change of a store moved away from its sender, made before the sender learnt of the move, is
    // judged as the store's active site then (`directory` set), or set aside when the new active
    // site changed the record since.
    Status lateChangeCheck(const WaitingRecords::Row& row, std::optional<StoreHandovers::Directory>& directory);
    // The options a pushed record is written with: judged and logged as its sender's.
    void judgeAsSender(const WaitingRecords::Row& row, WriteOptions& options);

    RecordWriter& m_writer;
    QHash<int, QHash<QString, qint64>> m_handovers;         // per sending site: its open handovers
    SiteContext m_sender;                                   // the record being judged: who it is judged as
    std::optional<StoreHandovers::Directory> m_handedOver;  // and where stores were active for it (ACC-1)
};

}  // namespace sitesync
