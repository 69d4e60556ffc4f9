#pragma once

#include "catalogue/tableregistry.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sitesync {

class Database;

// DT-9: a merge replaces one record (merged away) by another (kept) everywhere. It travels as a
// record_merge record of the data type of what it merges, and each site carries it out itself:
// every reference to the merged-away record is pointed at the kept one, and the merged-away record
// is removed. A record that arrives later still naming the merged-away record is read as naming
// the kept one, so every site ends with the same references, whatever the order of arrival.
namespace recordmerge {

inline const QString kTable = QStringLiteral("record_merge");

// The table whose records a merge of this kind merges ("patient" merges names), or "" when the
// kind is unknown.
QString targetTable(const QString& kind);

// The merge record keeping `keptId` and merging `mergedId` away, for a merge of `kind`, with the
// store that owns it as the kept record says, merged `at` (the site's time now: Database::now).
QJsonObject makeMerge(const QString& kind, const QString& keptId, const QString& mergedId, const RecordFetch& fetch,
                      const QDateTime& at);

// `merge` with its kept record read through earlier merges: a record kept by one merge and merged
// away by a later one is replaced by the record that now stands for it (with its owning store).
Result<QJsonObject> throughEarlierMerges(Database& db, QJsonObject merge, const RecordFetch& fetch);

// Checks a merge before it is stored. `judgingAnother`: another site made it, and the kept record
// may not have arrived here yet (MissingReference: it waits).
Status validate(const QJsonObject& merge, const RecordFetch& fetch, bool judgingAnother);

// Points every reference to the merged-away record at the kept one and removes the merged-away
// record. Not logged: every site carries out the merge it receives.
Status apply(Database& db, const QJsonObject& merge);

// `record` of `table` with every reference to a merged-away record replaced by the kept one.
Result<QJsonObject> translate(Database& db, const QString& table, QJsonObject record);

// The merge (its table_name, kept_id and store_id) that took `id` of `table` away, or an empty object.
Result<QJsonObject> mergeOf(Database& db, const QString& table, const QString& id);

// The store that owns `record` for a merge of `merge`'s kind, or "" for a central merge.
QString owner(const QJsonObject& merge, const QJsonObject& record);

// The record that `id` of `table` was merged into, or "" when it was not merged away.
Result<QString> keptFor(Database& db, const QString& table, const QString& id);

}  // namespace recordmerge
}  // namespace sitesync
