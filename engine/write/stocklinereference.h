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
// Whether the stock line a line names is here and of the line's own store (a line that names none
// has nothing to check). Run for every line on the bulk path: one indexed lookup.
Result<bool> resolves(Database& db, const QJsonObject& line);
// The invoice lines here that name the stock line (at most `limit`, for a message): while there
// are any, the stock line is not deleted.
Result<QStringList> linesNaming(Database& db, const QString& stockLineId, int limit = 3);

}  // namespace stocklinereference
}  // namespace sitesync
