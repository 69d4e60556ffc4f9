#pragma once

#include "core/result.h"
#include "sync/waitingrecords.h"
#include "sync/wirecolumns.h"
#include "sync/wirerecord.h"

#include <QJsonObject>

namespace sitesync {

struct WriteOptions;

// What integrating a received record takes that depends on the site's role (sync/integrator.h):
// the central judges a pushed record as the site that sent it (CentralIntegration); a remote applies
// what the central sends, most of it on arrival, and protects the changes it has not pushed yet
// (RemoteIntegration). The Integrator's loop asks its policy at each step and never the role.
class IntegrationPolicy {
public:
    // What becomes of a record on arrival.
    enum class Arrival {
        Applied,   // applied by the bulk path
        ApplyNow,  // to be applied at once by the general path, in a savepoint; waits if it fails
        Waits,     // waits in sync_in for the integration
    };
    // Whether a waiting record, once judged, is written.
    enum class Judgement { Write, NothingToWrite };

    virtual ~IntegrationPolicy() = default;

    // A received batch, inside the caller's transaction: its start, each record as it arrives (its
    // columns this site does not know may be taken off into `unknown`), and each record that waits
    // in sync_in after all (an error stops the batch).
    virtual Status beginBatch() = 0;
    virtual Arrival arrive(WireRecord& record, wirecolumns::UnknownColumns& unknown) = 0;
    virtual Status waits(const WireRecord& record) = 0;

    // A record about to be written by the general path, in its savepoint: an error refuses it (set
    // aside, or left waiting); otherwise `options`, the integrator's defaults, say how it is written
    // and may point into the policy until the next record is judged.
    virtual Result<Judgement> judge(const WaitingRecords::Row& row, WriteOptions& options) = 0;
    // An upsert's fields, its id checked, just before they are written.
    virtual Status beforePut(const WaitingRecords::Row& row, QJsonObject& data, WriteOptions& options) = 0;
    // An upsert written, in its savepoint: `unknown` holds the columns this site does not know.
    virtual Status afterPut(const WaitingRecords::Row& row, const QJsonObject& unknown) = 0;

    // How the log line names records stored without columns this site does not know (OPS-3).
    virtual const char* unknownColumnsStored() const = 0;
};

}  // namespace sitesync
