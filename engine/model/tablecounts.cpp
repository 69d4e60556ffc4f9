#include "model/tablecounts.h"

#include "db/database.h"

#include <QSqlQuery>

namespace sitesync {

Result<QList<TableCount>> TableCounts::collect(Database& db)
{
    // One read transaction, so the counts belong to one moment even while a sync writes; it never
    // holds the write lock.
    Transaction tx(db, Database::Access::Read);
    if (!tx.started())
        return tx.started().error();
    QSqlQuery tables(db.sql());
    if (!tables.exec(db.dialect().tableNamesQuery()))
        return makeError(ErrorKind::Database, sqlErrorText(tables));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    QList<TableCount> counts;
    QSqlQuery count(db.sql());
    for (const QString& name : std::as_const(names)) {
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(Database::quoted(name))) || !count.next())
            return makeError(ErrorKind::Database, sqlErrorText(count));
        counts.append(TableCount{name, count.value(0).toLongLong()});
        count.finish();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

}  // namespace sitesync
