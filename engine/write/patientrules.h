#pragma once

#include "catalogue/tableregistry.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sitesync {

class Database;

// What patient data asks beyond the ownership table (PT-1).
namespace patientrules {

// The patient data whose home_store_id follows its patient's home store.
inline const QStringList kFollowers = {QStringLiteral("insurance_policy"), QStringLiteral("prescription_repeat")};

// PT-1: a patient's home store is the store of its latest prescription. The one change of patient
// data a site other than the home site may make is that move: `before` to `after` changes nothing
// but home_store_id, to a store with a finalised prescription of the patient (for the patient
// record itself) or to the patient's home store as it now is (for the records that follow it).
// Who may make it is then the site where the new home store is active. `Unproven`: a change of
// that shape whose prescription (or moved patient) is not here yet; it may arrive later in a sync.
enum class HomeMove { None, Move, Unproven };
HomeMove homeMove(Database& db, const QString& table, const QJsonObject& before, const QJsonObject& after,
                  const RecordFetch& fetch);

// The patient whose home a finalised prescription moves to its store, or nothing.
QString patientToMove(const QString& table, const QJsonObject& before, const QJsonObject& after);

}  // namespace patientrules
}  // namespace sitesync
