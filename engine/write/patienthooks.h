#pragma once

namespace sitesync {

class WriteHook;

// What patient data asks of the write path beyond the ownership table (PT-1 to PT-4);
// write/patientrules.h holds the rules they share with the rest of the engine.
namespace patienthooks {

// The name table: PT-1 (a patient's home store moves with its prescriptions) and PT-3 (a new
// patient is visible in the dispensary stores of the site that made it).
const WriteHook& patient();
// The records whose home_store_id follows their patient's home store (patientrules::kFollowers).
const WriteHook& follower();
// Invoices: PT-2 (a prescription is made in a dispensary store, for a patient) and PT-1 (a
// finalised prescription takes its patient home).
const WriteHook& prescription();
// PT-4: a prescriber's home store is a dispensary store.
const WriteHook& prescriber();

}  // namespace patienthooks
}  // namespace sitesync
