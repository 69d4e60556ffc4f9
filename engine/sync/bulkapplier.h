#pragma once

#include "db/database.h"
#include "sync/wirerecord.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sitesync {

struct TableInfo;

// The bulk path of integration on a remote site (docs/performance.md): a record received from the
// central is written straight to its table with one prepared statement, in the transaction that
// stores the batch and its cursors. It is used only where the general path would do the same
// thing: a remote applies what the central sends without rules or change log, and the records the
// general path must judge (the site's own tables, records held back) never come here. Anything the
// database refuses is left, unchanged, to the general path, which retries or reports it.
class BulkApplier {
public:
    // `siteId`: the site this is, whose store copies decide what a line's stock line reference needs.
    BulkApplier(Database& db, int siteId)
        : m_db(db)
        , m_siteId(siteId)
    {
    }

    // True when the record was applied; false when it is left to the general path. The caller has
    // opened the write guard and a transaction.
    bool apply(const WireRecord& record);

private:
    enum class Kind { Integer, Real, Text };
    struct Upsert {
        QStringList columns;  // in the order of the record's fields
        QList<const ColumnInfo*> info;
        QList<Kind> kinds;
        Statement* query = nullptr;
    };

    bool upsert(const TableInfo& table, const WireRecord& record);
    bool remove(const TableInfo& table, const WireRecord& record);
    Upsert* upsertFor(const TableInfo& table, const QJsonObject& data);

    Database& m_db;
    int m_siteId = 0;
    QHash<QString, Upsert> m_upserts;  // by table: the statement for the last field list seen
};

}  // namespace sitesync
