#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace sitesync {

class Database;

struct TableCount {
    QString table;
    qint64 records = 0;
};

// How many records each table of a site's database holds (AD-4, the About dialog).
class TableCounts {
public:
    // Every table of the schema, by name; SQLite's own tables are left out.
    static Result<QList<TableCount>> collect(Database& db);
};

}  // namespace sitesync
