#pragma once

namespace sitesync {

class WriteHook;

// Records that other records stand on: a store's own name record, and the stock lines invoice
// lines are issued from (docs/adr/0006-stock-line-references.md).
namespace referencehooks {

// The name table: the name record of a store keeps its type and store, and goes only with its store.
const WriteHook& storeName();
// Invoice lines: the stock line a line names is one of its own store, where it can be checked.
const WriteHook& invoiceLine();
// Stock lines: not deleted while invoice lines name them.
const WriteHook& stockLine();

}  // namespace referencehooks
}  // namespace sitesync
