#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sitesync {

class Database;

// What a value read from either engine is. SQLite keeps each value's own type, whatever its column
// says, so the value is asked, not the column.
enum class ValueKind { Null, Integer, Real, Text };
ValueKind valueKind(const QVariant& value);

// What a table holds, as a row count and a digest that SQLite and PostgreSQL agree on: the same rows
// with the same values give the same digest in either, whatever order the rows come in. Numbers
// count as numbers (5 in an INTEGER column, 5.0 in SQLite's REAL and in PostgreSQL's double
// precision are one value), text as its characters, NULL as NULL.
struct TableContent {
    qint64 rows = 0;
    QByteArray digest;

    // The rows of `table`, its `columns` in that order.
    static Result<TableContent> read(Database& db, const QString& table, const QStringList& columns);
};

}  // namespace sitesync
