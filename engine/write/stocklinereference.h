#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sitesync {

class Database;

// An invoice line names the stock line it was issued from (`invoice_line.stock_line_id`) as data,
// not as a foreign key: a transfer copy holds a transfer's lines and never the sending store's
// stock lines (docs/adr/0006-stock-line-references.md). Where the reference is read: the write
// path's checks (RecordWriter), the bulk path (BulkApplier) and what a waiting line waits for.
namespace stocklinereference {

inline const QString kLineTable = QStringLiteral("invoice_line");
inline const QString kColumn = QStringLiteral("stock_line_id");
inline const QString kStockLineTable = QStringLiteral("stock_line");

// The stock line a record of `table` names, or "" (only invoice lines name one).
QString named(const QString& table, const QJsonObject& record);
// Whether this site (`siteId`) holds the store in full (Active/collector), and so its stock lines.
Result<bool> heldInFull(Database& db, const QString& storeId, int siteId);
// Whether a line received from another site can be stored as it is on site `siteId`: it names no
// stock line, names one that is here and of its own store, or belongs to a store whose stock lines
// are never here (a transfer copy). Run for every line on the bulk path: one or two indexed lookups.
Result<bool> storable(Database& db, const QJsonObject& line, int siteId);
// The invoice lines here that name the stock line (at most `limit`, for a message): while there
// are any, the stock line is not deleted.
Result<QStringList> linesNaming(Database& db, const QString& stockLineId, int limit = 3);

}  // namespace stocklinereference
}  // namespace sitesync
