#include "sync/bulkapplier.h"

#include "catalogue/tableregistry.h"
#include "write/recordcodec.h"
#include "write/recordmerge.h"
#include "write/stocklinereference.h"

namespace sitesync {

namespace {

bool sameFields(const QStringList& columns, const QJsonObject& data)
{
    if (columns.size() != data.size())
        return false;
    qsizetype i = 0;
    for (auto it = data.begin(); it != data.end(); ++it, ++i) {
        if (it.key() != columns[i])
            return false;
    }
    return true;
}

}  // namespace

bool BulkApplier::apply(const WireRecord& record)
{
    const TableInfo* table = TableRegistry::find(record.table);
    // The site's own tables (sites, stores, sync settings) change what the site is; they take the
    // general path, as do unknown tables, which it reports.
    // Merges (DT-9) change other records as they are applied: the general path carries them out.
    if (!table || table->managed || table->name == QLatin1String("record_merge"))
        return false;
    if (record.remove) {
        // A stock line that lines name stays while they do, as the general path says why.
        if (table->name == stocklinereference::kStockLineTable) {
            const Result<QStringList> lines = stocklinereference::linesNaming(m_db, record.id, 1);
            if (!lines || !lines->isEmpty())
                return false;
        }
        return remove(*table, record);
    }
    // A record merged away here stays away (DT-9): applied, as far as the batch is concerned. Not
    // known (a failed read): the general path judges it.
    const Result<QString> kept = recordmerge::keptFor(m_db, table->name, record.id);
    if (!kept)
        return false;
    if (!kept->isEmpty())
        return true;
    // A line whose stock line should be here and is not waits for it on the general path; on a
    // transfer copy the reference is kept as data (docs/adr/0006).
    if (!stocklinereference::named(table->name, record.data).isEmpty()) {
        const Result<bool> storable = stocklinereference::storable(m_db, record.data, m_siteId);
        if (!storable || !*storable)
            return false;
    }
    return upsert(*table, record);
}

BulkApplier::Upsert* BulkApplier::upsertFor(const TableInfo& table, const QJsonObject& data)
{
    auto cached = m_upserts.find(table.name);
    if (cached != m_upserts.end() && sameFields(cached->columns, data))
        return &*cached;
    const QList<ColumnInfo>& columns = m_db.columns(table.name);
    Upsert statement;
    QStringList names;
    QStringList updates;
    for (auto it = data.begin(); it != data.end(); ++it) {
        // Only known column names reach the statement's text.
        const ColumnInfo* column = RecordCodec::column(columns, it.key());
        if (!column)
            return nullptr;
        statement.columns << it.key();
        statement.info << column;
        statement.kinds << (column->type == QLatin1String("INTEGER") ? Kind::Integer
                            : column->type == QLatin1String("REAL")  ? Kind::Real
                                                                     : Kind::Text);
        names << Database::quoted(column->name);
        if (!column->primaryKey)
            updates << Database::quoted(column->name) + QStringLiteral(" = excluded.") + Database::quoted(column->name);
    }
    if (!statement.columns.contains(QLatin1String("id")))
        return nullptr;
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO %4")
            .arg(Database::quoted(table.name), names.join(QStringLiteral(", ")),
                 QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                 updates.isEmpty() ? QStringLiteral("NOTHING")
                                   : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
    const Result<Statement*> prepared = m_db.statement(sql);
    if (!prepared)
        return nullptr;
    statement.query = *prepared;
    return &*m_upserts.insert(table.name, statement);
}

bool BulkApplier::upsert(const TableInfo& table, const WireRecord& record)
{
    const QJsonValue id = record.data.value(QLatin1String("id"));
    if (id.isUndefined() || id.toVariant().toString() != record.id)
        return false;
    Upsert* statement = upsertFor(table, record.data);
    if (!statement)
        return false;
    Statement& query = *statement->query;
    int position = 0;
    for (auto it = record.data.begin(); it != record.data.end(); ++it, ++position) {
        const QJsonValue value = it.value();
        // The checks of RecordCodec::validate, by the column's kind.
        switch (value.type()) {
        case QJsonValue::Null:
            query.bindNull(position);
            continue;
        case QJsonValue::Double:
            if (statement->kinds[position] == Kind::Real) {
                query.bindReal(position, value.toDouble());
                continue;
            }
            if (statement->kinds[position] == Kind::Integer &&
                RecordCodec::misfit(*statement->info[position], value).isEmpty()) {
                query.bindInteger(position, value.toInteger());
                continue;
            }
            break;
        case QJsonValue::Bool:
            if (statement->kinds[position] == Kind::Integer) {
                query.bindInteger(position, value.toBool() ? 1 : 0);
                continue;
            }
            break;
        case QJsonValue::String:
            if (statement->kinds[position] == Kind::Text) {
                query.bindText(position, value.toString());
                continue;
            }
            break;
        default:
            break;
        }
        query.reset();
        return false;
    }
    return query.run().ok();
}

bool BulkApplier::remove(const TableInfo& table, const WireRecord& record)
{
    const ColumnInfo* idColumn = RecordCodec::column(m_db.columns(table.name), QStringLiteral("id"));
    if (!idColumn)
        return false;
    const Result<Statement*> prepared =
        m_db.statement(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Database::quoted(table.name)));
    if (!prepared)
        return false;
    Statement& query = **prepared;
    if (idColumn->type == QLatin1String("INTEGER")) {
        bool number = false;
        const qlonglong value = record.id.toLongLong(&number);
        if (!number)
            return false;
        query.bindInteger(0, value);
    } else {
        query.bindText(0, record.id);
    }
    // A record this site never had, or no longer has, is simply not there to delete.
    return query.run().ok();
}

}  // namespace sitesync
