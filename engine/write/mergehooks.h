#pragma once

namespace sitesync {

class WriteHook;

// DT-9 on the write path (write/recordmerge.h holds the merge itself).
namespace mergehooks {

// Every table whose records can be merged: a record merged away stays away, and what a record
// names through a merged-away record it names through the kept one.
const WriteHook& mergedAway();
// The record_merge table: a merge is checked, carried out when stored, and never changed or undone.
const WriteHook& mergeRecord();

}  // namespace mergehooks
}  // namespace sitesync
