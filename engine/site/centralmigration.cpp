#include "site/centralmigration.h"

#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "site/newsitedatabase.h"
#include "site/tablecontent.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace sitesync {

namespace {

// How often a large table reports its progress, in rows.
constexpr qint64 kProgressEvery = 10000;
// PostgreSQL answers each statement over the connection, so rows go a few hundred to an INSERT: as
// many as make this many values, well within what either engine binds to one statement.
constexpr int kValuesPerInsert = 8000;

using Progress = CentralMigration::Progress;
using TableCheck = CentralMigration::TableCheck;

// Whether the two name one database: the same file, or the same database of the same server.
bool sameDatabase(const QString& a, const QString& b)
{
    const Result<DatabaseLocation> first = DatabaseLocation::parse(a);
    const Result<DatabaseLocation> second = DatabaseLocation::parse(b);
    if (!first || !second || first->engine != second->engine)
        return false;
    if (first->isPostgres())
        return first->host == second->host && first->port == second->port &&
               first->databaseName == second->databaseName;
    const auto canonical = [](const QString& path) {
        const QFileInfo info(path);
        return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    };
    return canonical(a) == canonical(b);
}

Result<QStringList> tableNames(Database& db)
{
    QSqlQuery query(db.sql());
    if (!query.exec(db.dialect().tableNamesQuery()))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

QStringList columnNames(Database& db, const QString& table)
{
    QStringList names;
    for (const ColumnInfo& column : db.columns(table))
        names << column.name;
    return names;
}

// The tables, each after the tables its foreign keys refer to.
Result<QStringList> inReferenceOrder(Database& db, const QStringList& tables)
{
    QHash<QString, QSet<QString>> refersTo;
    for (const QString& table : tables) {
        const Result<QList<ForeignKeyColumn>> keys = db.foreignKeys(table);
        if (!keys)
            return keys.error();
        for (const ForeignKeyColumn& key : *keys) {
            if (key.targetTable != table)
                refersTo[table].insert(key.targetTable);
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString& table : tables) {
            if (placed.contains(table))
                continue;
            const QSet<QString>& needed = refersTo.value(table);
            if (std::all_of(needed.cbegin(), needed.cend(), [&](const QString& t) { return placed.contains(t); })) {
                ordered << table;
                placed.insert(table);
            }
        }
        if (ordered.size() == before)
            return makeError(ErrorKind::Incompatible,
                             QStringLiteral("The foreign keys of %1 refer to each other in a circle; its tables "
                                            "cannot be copied one after the other.")
                                 .arg(db.path()));
    }
    return ordered;
}

// Both databases have the same tables with the same columns: the schema of this version.
Status checkSameSchema(Database& source, Database& target, const QStringList& tables)
{
    const Result<QStringList> targetTables = tableNames(target);
    if (!targetTables)
        return targetTables.error();
    const QSet<QString> sourceSet(tables.cbegin(), tables.cend());
    const QSet<QString> targetSet(targetTables->cbegin(), targetTables->cend());
    QStringList differences;
    for (const QString& table : sourceSet - targetSet)
        differences << QStringLiteral("table %1 is not in %2").arg(table, target.path());
    for (const QString& table : targetSet - sourceSet)
        differences << QStringLiteral("table %1 is not in %2").arg(table, source.path());
    for (const QString& table : sourceSet& targetSet) {
        const QStringList columns = columnNames(source, table);
        const QStringList targetColumns = columnNames(target, table);
        if (QSet<QString>(columns.cbegin(), columns.cend()) !=
            QSet<QString>(targetColumns.cbegin(), targetColumns.cend()))
            differences << QStringLiteral("table %1 has columns %2 in %3 and %4 in %5")
                               .arg(table, columns.join(QLatin1Char(',')), source.path(),
                                    targetColumns.join(QLatin1Char(',')), target.path());
    }
    if (differences.isEmpty())
        return {};
    differences.sort();
    return makeError(ErrorKind::Incompatible, QStringLiteral("The schema of %1 is not this version's: %2.")
                                                  .arg(source.path(), differences.join(QStringLiteral("; "))));
}

// A value bound as what it is (valueKind).
void bindValue(Statement& statement, int index, const QVariant& value)
{
    switch (valueKind(value)) {
    case ValueKind::Null:
        statement.bindNull(index);
        return;
    case ValueKind::Integer:
        statement.bindInteger(index, value.toLongLong());
        return;
    case ValueKind::Real:
        statement.bindReal(index, value.toDouble());
        return;
    case ValueKind::Text:
        statement.bindText(index, value.toString());
        return;
    }
}

// An INSERT of `rows` rows at once.
QString insertStatement(const QString& table, const QString& columns, int columnCount, int rows)
{
    QStringList marks(columnCount, QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(Database::quoted(table), columns, QStringList(rows, row).join(QStringLiteral(", ")));
}

Result<qint64> copyTable(Database& source, Database& target, const QString& table, const QStringList& columns,
                         const Progress& progress)
{
    const Result<QVariant> total =
        source.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(Database::quoted(table)));
    if (!total)
        return total.error();
    const qint64 rows = total->toLongLong();
    QStringList quoted;
    for (const QString& column : columns)
        quoted << Database::quoted(column);
    const QString list = quoted.join(QStringLiteral(", "));
    const int width = int(columns.size());
    QSqlQuery read(source.sql());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(list, Database::quoted(table))))
        return makeError(
            ErrorKind::Database,
            QStringLiteral("Cannot read table %1 of %2: %3").arg(table, source.path(), sqlErrorText(read)));
    qint64 copied = 0;
    QVariantList pending;  // the values of the rows read and not yet written, row after row
    const auto write = [&]() -> Status {
        const int batch = int(pending.size() / width);
        const Result<Statement*> insert = target.statement(insertStatement(table, list, width, batch));
        if (!insert)
            return insert.error();
        for (int i = 0; i < pending.size(); ++i)
            bindValue(**insert, i, pending.at(i));
        if (Status s = (*insert)->run(); !s)
            return makeError(ErrorKind::Database, QStringLiteral("Copying rows %1 to %2 of table %3 to %4 failed: %5")
                                                      .arg(copied + 1)
                                                      .arg(copied + batch)
                                                      .arg(table, target.path(), s.error().message));
        const bool report = copied / kProgressEvery != (copied + batch) / kProgressEvery;
        copied += batch;
        pending.clear();
        if (progress && (report || copied == rows))
            progress(table, copied, rows);
        return {};
    };
    while (read.next()) {
        for (int i = 0; i < width; ++i)
            pending.append(read.value(i));
        if (pending.size() >= qsizetype(kValuesPerInsert - width)) {
            if (Status s = write(); !s)
                return s.error();
        }
    }
    if (!pending.isEmpty()) {
        if (Status s = write(); !s)
            return s.error();
    }
    if (progress && rows == 0)
        progress(table, 0, 0);
    return copied;
}

// The last number a numbered key of the source gave: its counter, or the highest key the table
// holds when that is more (a counter someone left behind). Nothing for a table without one.
Result<std::optional<qint64>> lastNumber(Database& db, const QString& table)
{
    const Result<std::optional<qint64>> counter = db.sequenceValue(table);
    if (!counter || !counter->has_value())
        return counter;
    QString key;
    for (const ColumnInfo& column : db.columns(table)) {
        if (column.primaryKey)
            key = column.name;
    }
    const Result<QVariant> highest =
        db.scalar(QStringLiteral("SELECT max(%1) FROM %2").arg(Database::quoted(key), Database::quoted(table)));
    if (!highest)
        return highest.error();
    return std::optional<qint64>(std::max(**counter, highest->isNull() ? 0 : highest->toLongLong()));
}

Result<TableCheck> checkTable(Database& source, Database& target, const QString& table, const QStringList& columns,
                              const std::optional<qint64>& sourceLast)
{
    const Result<TableContent> original = TableContent::read(source, table, columns);
    if (!original)
        return original.error();
    const Result<TableContent> copy = TableContent::read(target, table, columns);
    if (!copy)
        return copy.error();
    const Result<std::optional<qint64>> targetLast = target.sequenceValue(table);
    if (!targetLast)
        return targetLast.error();
    TableCheck check;
    check.table = table;
    check.sourceRows = original->rows;
    check.targetRows = copy->rows;
    check.sameContent = original->digest == copy->digest;
    check.sourceLast = sourceLast;
    check.targetLast = *targetLast;
    return check;
}

QString mismatchText(const TableCheck& check)
{
    if (check.sourceRows != check.targetRows)
        return QStringLiteral("%1 (%2 rows, %3 copied)").arg(check.table).arg(check.sourceRows).arg(check.targetRows);
    if (!check.sameContent)
        return QStringLiteral("%1 (other values)").arg(check.table);
    return QStringLiteral("%1 (numbered up to %2, the copy up to %3)")
        .arg(check.table)
        .arg(check.sourceLast.value_or(0))
        .arg(check.targetLast.value_or(0));
}

// Copies, numbers and checks every table, in one transaction on the target that commits only when
// every table matches.
Status moveTables(Database& source, Database& target, const Progress& progress, CentralMigration::Outcome* outcome)
{
    const Result<QStringList> tables = tableNames(source);
    if (!tables)
        return tables.error();
    if (Status same = checkSameSchema(source, target, *tables); !same)
        return same;
    const Result<QStringList> ordered = inReferenceOrder(source, *tables);
    if (!ordered)
        return ordered.error();

    Transaction reading(source, Database::Access::Read);
    if (!reading.started())
        return reading.started();
    Transaction writing(target);
    if (!writing.started())
        return writing.started();
    // The rows go in as they are, past the write path: the central's own data, rules and log
    // already applied to them where they were written.
    target.setWriteOpen(true);
    const auto close = qScopeGuard([&] { target.setWriteOpen(false); });

    QHash<QString, QStringList> columns;
    for (const QString& table : *ordered) {
        columns.insert(table, columnNames(source, table));
        const Result<qint64> copied = copyTable(source, target, table, columns.value(table), progress);
        if (!copied)
            return copied.error();
        outcome->rows += *copied;
    }
    // The next number each numbered key gives follows the source's last, as if the central had not
    // moved: a site's cursor in the change log stays right.
    QHash<QString, std::optional<qint64>> lastNumbers;
    for (const QString& table : *ordered) {
        const Result<std::optional<qint64>> last = lastNumber(source, table);
        if (!last)
            return last.error();
        lastNumbers.insert(table, *last);
        if (last->has_value() && **last > 0) {
            if (Status raised = target.raiseSequence(table, **last); !raised)
                return raised;
        }
    }
    QStringList mismatches;
    for (const QString& table : *ordered) {
        const Result<TableCheck> check =
            checkTable(source, target, table, columns.value(table), lastNumbers.value(table));
        if (!check)
            return check.error();
        outcome->tables.append(*check);
        if (!check->matches())
            mismatches << mismatchText(*check);
    }
    if (!mismatches.isEmpty())
        return makeError(ErrorKind::Database,
                         QStringLiteral("The copy in %1 does not match %2: %3.")
                             .arg(target.path(), source.path(), mismatches.join(QStringLiteral(", "))));
    if (Status audited = AuditLog::record(target, AuditAction::kCentralMoved,
                                          {{QStringLiteral("from"), source.path()},
                                           {QStringLiteral("to"), target.path()},
                                           {QStringLiteral("tables"), qint64(ordered->size())},
                                           {QStringLiteral("rows"), outcome->rows},
                                           {QStringLiteral("schema"), target.schemaVersion()}});
        !audited)
        return audited;
    return writing.commit();
}

}  // namespace

Result<CentralMigration::Outcome> CentralMigration::run(const QString& from, const QString& to,
                                                        const Progress& progress)
{
    QElapsedTimer clock;
    clock.start();
    if (from.isEmpty() || to.isEmpty())
        return makeError(ErrorKind::BadInput, QStringLiteral("Name both the central's database and the one it moves "
                                                             "to."));
    if (sameDatabase(from, to))
        return makeError(ErrorKind::BadInput,
                         QStringLiteral("%1 is both the central's database and the one it would move to.").arg(to));

    // The source first: when it cannot move, the target is not touched.
    Result<std::unique_ptr<Database>> opened = Database::open(from, Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> source = std::move(opened).value();
    const Result<LocalSite> site = LocalSite::load(*source);
    if (!site)
        return site.error();
    if (!site->isCentral())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is the database of site %2, which is not the central server; only a "
                                        "central's database moves this way. Nothing was changed.")
                             .arg(source->path())
                             .arg(site->siteId()));
    if (Status held = source->holdExclusively(); !held)
        return held.error();

    const bool newFile = !DatabaseLocation::isAddress(to) && !QFileInfo::exists(to);
    Result<std::unique_ptr<Database>> created = Database::open(to, Database::OpenMode::MustBeEmpty);
    if (!created)
        return created.error();
    std::unique_ptr<Database> target = std::move(created).value();

    Outcome outcome;
    outcome.from = source->path();
    outcome.to = target->path();
    outcome.schemaVersion = target->schemaVersion();
    if (Status moved = moveTables(*source, *target, progress, &outcome); !moved) {
        target.reset();
        if (newFile)
            removeDatabaseFiles(to);
        return makeError(moved.error().kind, QStringLiteral("%1 Nothing was copied to %2; %3 is as it was.")
                                                 .arg(moved.error().message, outcome.to, outcome.from));
    }
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

}  // namespace sitesync
