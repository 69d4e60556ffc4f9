#pragma once

#include "core/result.h"

#include <QString>

namespace sitesync {

class Database;

// PT-5, "Resync patient records when store is saved": on the central, queues for the store's active
// site every patient visible in the store with their visibility, insurance policies, prescriptions
// in the store and their lines, the prescribers of the store and of those prescriptions, and the
// dispensary central data (abbreviations, diagnoses, insurance providers, item directions). The
// specification's prescription categories have no table in the schema yet.
class PatientResync {
public:
    // Returns how many records were queued; none when the store is active on the central itself.
    static Result<int> queue(Database& db, const QString& storeId, const QString& reason);
};

}  // namespace sitesync
