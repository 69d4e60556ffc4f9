#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace sitesync {

class Database;
struct TableInfo;

// RT-5 on the central, for the records whose routing follows other records: when a change makes a
// patient or a prescriber reach a site that did not have it, the central queues for that site the
// records it now needs, which its cursor has already passed in the log.
//   - a patient made visible in a store (PT-3): the patient, its insurance policies and repeats, to
//     the sites holding that store that saw the patient in no other store;
//   - a prescription naming a prescriber (PT-4): the prescriber, to the sites holding that store
//     that did not have the prescriber yet;
//   - a merge of patients or prescribers (DT-9): the kept one, with its records, to the sites the
//     merged-away one reached.
namespace newlyrouted {

Status afterWrite(Database& db, const TableInfo& table, const QJsonObject& before, const QJsonObject& after);

}  // namespace newlyrouted
}  // namespace sitesync
