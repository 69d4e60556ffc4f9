#include "model/tablecounts.h"

#include "db/database.h"

#include <QSqlQuery>

namespace sitesync {

Result<QList<TableCount>> TableCounts::collect(Database& db)
{
    QSqlQuery tables(db.sql());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return makeError(ErrorKind::Database, sqlErrorText(tables));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    // One read transaction, so the counts belong to one moment even while a sync writes; a
    // deferred one, so counting never holds the write lock.
    const bool own = !db.inTransaction();
    if (own) {
        if (Status s = db.exec(QStringLiteral("BEGIN DEFERRED")); !s)
            return s.error();
    }
    QList<TableCount> counts;
    QSqlQuery count(db.sql());
    for (const QString& name : std::as_const(names)) {
        // Names come from the schema itself; quoting keeps any of them a single identifier.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !count.next()) {
            const Error failed = makeError(ErrorKind::Database, sqlErrorText(count));
            if (own)
                (void)db.exec(QStringLiteral("ROLLBACK"));
            return failed;
        }
        counts.append(TableCount{name, count.value(0).toLongLong()});
        count.finish();
    }
    if (own) {
        if (Status s = db.exec(QStringLiteral("COMMIT")); !s)
            return s.error();
    }
    return counts;
}

}  // namespace sitesync
