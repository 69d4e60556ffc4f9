#include "write/recordmerge.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "write/extracolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace sitesync::recordmerge {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RecordMerge)
};

struct Reference {
    QString table;
    QString column;
    QString target;
};

// The columns that refer to records which can be merged, read from the schema's foreign keys:
// by referred table, and by referring table.
struct References {
    QHash<QString, QList<Reference>> byTarget;
    QHash<QString, QList<Reference>> byTable;
};

Q_LOGGING_CATEGORY(lcMerge, "sitesync.engine.merge", QtInfoMsg)

const QStringList kTargets = {QStringLiteral("item"), QStringLiteral("unit"), QStringLiteral("name"),
                              QStringLiteral("prescriber"), QStringLiteral("location")};

References readReferences(Database& db)
{
    References references;
    for (const QString& table : TableRegistry::names()) {
        const Result<QList<ForeignKeyColumn>> keys = db.foreignKeys(table);
        if (!keys) {
            qCWarning(lcMerge) << "cannot read the foreign keys of" << table << ":" << keys.error().message;
            continue;
        }
        for (const ForeignKeyColumn& key : *keys) {
            const QString& target = key.targetTable;
            if (!kTargets.contains(target) || key.targetColumn != QLatin1String("id"))
                continue;
            const Reference reference{table, key.column, target};
            references.byTarget[target].append(reference);
            references.byTable[table].append(reference);
        }
    }
    return references;
}

// The schema is the same in every database this program opens (it migrates them first).
const References& references(Database& db)
{
    static const References cached = readReferences(db);
    return cached;
}

// The kinds of merge that merge records of `target`.
QStringList kindsOf(const QString& target)
{
    if (target == QLatin1String("name"))
        return {QStringLiteral("name"), QStringLiteral("patient")};
    return {target};
}

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

// Does `record` of `target` suit a merge of `kind`? Patients merge with patients, other names with
// other names, and the names of stores not at all.
QString unsuitable(const QString& kind, const QJsonObject& record)
{
    const QString type = text(record, "type");
    if (kind == QLatin1String("patient") && type != QLatin1String("patient"))
        return Text::tr("'%1' is not a patient.").arg(text(record, "id"));
    if (kind == QLatin1String("name") && type == QLatin1String("patient"))
        return Text::tr("'%1' is a patient: patients are merged as 'patient', on their home site.")
            .arg(text(record, "id"));
    if (kind == QLatin1String("name") && type == QLatin1String("store"))
        return Text::tr("'%1' is the name of a store; the names of stores are not merged.").arg(text(record, "id"));
    return {};
}

// The store a merge of `kind` is owned by, as the kept record says.
QString owningStore(const QString& kind, const QJsonObject& kept)
{
    if (kind == QLatin1String("location"))
        return text(kept, "store_id");
    if (kind == QLatin1String("patient") || kind == QLatin1String("prescriber"))
        return text(kept, "home_store_id");
    return {};
}

}  // namespace

QString targetTable(const QString& kind)
{
    if (kind == QLatin1String("patient"))
        return QStringLiteral("name");
    return kTargets.contains(kind) ? kind : QString();
}

QJsonObject makeMerge(const QString& kind, const QString& keptId, const QString& mergedId, const RecordFetch& fetch,
                      const QDateTime& at)
{
    QJsonObject merge{{QStringLiteral("table_name"), kind},
                      {QStringLiteral("kept_id"), keptId},
                      {QStringLiteral("merged_id"), mergedId},
                      {QStringLiteral("merged_at"), at.toString(Qt::ISODate)}};
    const QString target = targetTable(kind);
    if (const QString store = target.isEmpty() ? QString() : owningStore(kind, fetch(target, keptId)); !store.isEmpty())
        merge.insert(QStringLiteral("store_id"), store);
    if (const QString store = target.isEmpty() ? QString() : owningStore(kind, fetch(target, mergedId));
        !store.isEmpty())
        merge.insert(QStringLiteral("merged_store_id"), store);
    return merge;
}

Result<QJsonObject> throughEarlierMerges(Database& db, QJsonObject merge, const RecordFetch& fetch)
{
    const QString kind = text(merge, "table_name");
    const QString target = targetTable(kind);
    const Result<QString> kept = keptFor(db, target, text(merge, "kept_id"));
    if (!kept)
        return kept.error();
    if (kept->isEmpty())
        return merge;
    merge.insert(QStringLiteral("kept_id"), *kept);
    if (const QString store = owningStore(kind, fetch(target, *kept)); !store.isEmpty())
        merge.insert(QStringLiteral("store_id"), store);
    return merge;
}

Status validate(const QJsonObject& merge, const RecordFetch& fetch, bool judgingAnother)
{
    const QString kind = text(merge, "table_name");
    const QString target = targetTable(kind);
    if (target.isEmpty())
        return makeError(ErrorKind::Invalid, Text::tr("Records of '%1' are not merged; the kinds of merge are: item, "
                                                      "unit, name, patient, prescriber, location.")
                                                 .arg(kind));
    const QString keptId = text(merge, "kept_id");
    const QString mergedId = text(merge, "merged_id");
    if (keptId.isEmpty() || mergedId.isEmpty() || keptId == mergedId)
        return makeError(ErrorKind::Invalid, Text::tr("A merge names two different records: the one kept and the one "
                                                      "merged into it."));
    const QJsonObject kept = fetch(target, keptId);
    if (kept.isEmpty())
        return makeError(judgingAnother ? ErrorKind::MissingReference : ErrorKind::Invalid,
                         Text::tr("The record to keep, '%1' of '%2', is not on this site.").arg(keptId, target));
    if (const QString why = unsuitable(kind, kept); !why.isEmpty())
        return makeError(ErrorKind::Invalid, why);
    const QString store = owningStore(kind, kept);
    if (text(merge, "store_id") != store)
        return makeError(
            ErrorKind::Invalid,
            store.isEmpty()
                ? Text::tr("A merge of '%1' records names no store.").arg(target)
                : Text::tr("The store_id of this merge must be '%1', the store of the kept record.").arg(store));
    const QJsonObject merged = fetch(target, mergedId);
    if (merged.isEmpty()) {
        // Another site may merge a record this one never had; the merge still tells what it became.
        if (judgingAnother)
            return {};
        return makeError(
            ErrorKind::Invalid,
            Text::tr("The record to merge away, '%1' of '%2', is not on this site.").arg(mergedId, target));
    }
    if (const QString why = unsuitable(kind, merged); !why.isEmpty())
        return makeError(ErrorKind::Invalid, why);
    if (kind == QLatin1String("location") && text(merged, "store_id") != store)
        return makeError(ErrorKind::Invalid, Text::tr("Locations are merged within one store; '%1' is in store '%2'.")
                                                 .arg(mergedId, text(merged, "store_id")));
    if (const QString mergedStore = owningStore(kind, merged); text(merge, "merged_store_id") != mergedStore)
        return makeError(
            ErrorKind::Invalid,
            Text::tr("The merged_store_id of this merge must be '%1', the store of the merged-away record.")
                .arg(mergedStore));
    return {};
}

namespace {

// Records the merge deletes without the write path: what the central kept for them goes too (OPS-3).
Status forgetKeptColumns(Database& db, const QString& table, const QString& idsQuery, const QString& merged)
{
    QSqlQuery query(db.sql());
    query.prepare(idsQuery);
    query.addBindValue(merged);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    query.finish();
    ExtraColumns extra(db);
    for (const QString& id : ids) {
        if (Status s = extra.forget(table, id); !s)
            return s;
    }
    return {};
}

// Points the references to `merged` in `table`'s `column` at `kept`. A row that would then repeat
// one of the kept record's rows (a table that allows one row per record, as visibility does) stays
// as it is: it is a duplicate, and goes with the merged record.
Status moveReferences(Database& db, const QString& table, const QString& column, const QString& kept,
                      const QString& merged)
{
    if (!db.isPostgres())
        return db.exec(QStringLiteral("UPDATE OR IGNORE %1 SET %2 = ? WHERE %2 = ?").arg(table, column),
                       {kept, merged});
    // PostgreSQL has no UPDATE OR IGNORE, and a failed statement spoils its transaction: the rows
    // move at once in a savepoint, or, when one of them repeats a kept row, one by one.
    const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column);
    if (Status s = db.begin(); !s)
        return s;
    if (db.exec(update, {kept, merged}))
        return db.commit();
    db.rollback();
    QSqlQuery rows(db.sql());
    rows.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
    rows.addBindValue(merged);
    if (!rows.exec())
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    QStringList ids;
    while (rows.next())
        ids << rows.value(0).toString();
    rows.finish();
    for (const QString& id : std::as_const(ids)) {
        if (Status s = db.begin(); !s)
            return s;
        QSqlQuery row(db.sql());
        row.prepare(update + QStringLiteral(" AND id = ?"));
        row.addBindValue(kept);
        row.addBindValue(merged);
        row.addBindValue(id);
        if (row.exec()) {
            if (Status s = db.commit(); !s)
                return s;
            continue;
        }
        const QSqlError error = row.lastError();
        db.rollback();
        if (error.nativeErrorCode() != QLatin1String("23505"))  // unique_violation
            return makeError(ErrorKind::Database, sqlErrorText(row));
    }
    return {};
}

}  // namespace

Status apply(Database& db, const QJsonObject& merge)
{
    const QString kind = text(merge, "table_name");
    const QString target = targetTable(kind);
    const QString kept = text(merge, "kept_id");
    const QString merged = text(merge, "merged_id");
    const QStringList kinds = kindsOf(target);
    // Earlier merges into the merged-away record now lead to the kept one.
    if (Status s = db.exec(QStringLiteral("UPDATE record_merge SET kept_id = ?, store_id = NULLIF(?, '')"
                                          " WHERE kept_id = ? AND table_name IN (?, ?)"),
                           {kept, text(merge, "store_id"), merged, kinds.first(), kinds.last()});
        !s)
        return s;
    for (const Reference& reference : references(db).byTarget.value(target)) {
        const QString table = Database::quoted(reference.table);
        const QString column = Database::quoted(reference.column);
        // A reference whose table allows one row per kept record (visibility) is a duplicate:
        // the kept record's own row stays.
        if (Status s = moveReferences(db, table, column, kept, merged); !s)
            return s;
        if (Status s = forgetKeptColumns(db, reference.table,
                                         QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column), merged);
            !s)
            return s;
        if (Status s = db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column), {merged}); !s)
            return s;
    }
    if (kind == QLatin1String("patient") || kind == QLatin1String("prescriber")) {
        // The merged-away person's records now follow the kept one: its home store, and its routing.
        if (kind == QLatin1String("patient")) {
            for (const char* follower : {"insurance_policy", "prescription_repeat"}) {
                if (Status s = db.exec(QStringLiteral("UPDATE %1 SET home_store_id = ? WHERE patient_id = ?")
                                           .arg(QString::fromLatin1(follower)),
                                       {text(merge, "store_id"), kept});
                    !s)
                    return s;
            }
        }
        if (Status s =
                db.exec(QStringLiteral("UPDATE change_log SET patient_id = ? WHERE patient_id = ?"), {kept, merged});
            !s)
            return s;
    }
    // The merged-away record is gone: the merge travels instead of it.
    if (Status s =
            db.exec(QStringLiteral("DELETE FROM change_log WHERE table_name = ? AND record_id = ?"), {target, merged});
        !s)
        return s;
    if (Status s = ExtraColumns(db).forget(target, merged); !s)
        return s;
    return db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Database::quoted(target)), {merged});
}

QString owner(const QJsonObject& merge, const QJsonObject& record)
{
    return owningStore(text(merge, "table_name"), record);
}

Result<QJsonObject> mergeOf(Database& db, const QString& table, const QString& id)
{
    if (id.isEmpty() || !kTargets.contains(table))
        return QJsonObject();
    const QStringList kinds = kindsOf(table);
    const Result<QSqlQuery*> prepared = db.prepared(
        QStringLiteral("SELECT table_name, kept_id, store_id FROM record_merge WHERE merged_id = ? AND table_name IN "
                       "(?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(0, id);
    query.bindValue(1, kinds.first());
    query.bindValue(2, kinds.last());
    if (!query.exec() || (!query.next() && query.lastError().isValid()))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    if (!query.isValid())
        return QJsonObject();
    const QJsonObject merge{{QStringLiteral("table_name"), query.value(0).toString()},
                            {QStringLiteral("kept_id"), query.value(1).toString()},
                            {QStringLiteral("store_id"), query.value(2).toString()}};
    query.finish();
    return merge;
}

Result<QString> keptFor(Database& db, const QString& table, const QString& id)
{
    const Result<QJsonObject> merge = mergeOf(db, table, id);
    if (!merge)
        return merge.error();
    return merge->value(QLatin1String("kept_id")).toString();
}

Result<QJsonObject> translate(Database& db, const QString& table, QJsonObject record)
{
    for (const Reference& reference : references(db).byTable.value(table)) {
        const auto value = record.find(reference.column);
        if (value == record.end() || !value->isString())
            continue;
        const Result<QString> kept = keptFor(db, reference.target, value->toString());
        if (!kept)
            return kept.error();
        if (!kept->isEmpty())
            *value = *kept;
    }
    return record;
}

}  // namespace sitesync::recordmerge
