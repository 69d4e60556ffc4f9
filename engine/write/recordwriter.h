#pragma once

#include "catalogue/tableregistry.h"
#include "core/result.h"
#include "rules/ownershiprules.h"
#include "write/writeoptions.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace sitesync {

class Database;
class LocalSite;

// The one write path (DESIGN.md): every change of a synced table is checked by the ownership
// rules and appended to the change log in the same transaction as the data. Tables are guarded by
// triggers that refuse any write this class did not open, so nothing can slip past it. The path is
// the same for every table and every origin (WriteOptions::origin); what a table asks beyond the
// ownership rules is in its hooks (write/writehook.h).
class RecordWriter {
public:
    // Runs after a change, inside its transaction; an error undoes the change.
    using AfterWrite =
        std::function<Status(const TableInfo& table, const QJsonObject& before, const QJsonObject& after)>;

    RecordWriter(Database& db, LocalSite& site);

    // Inserts the record, or updates the given fields of an existing one. A missing id is generated.
    Result<WriteResult> put(const QString& table, const QJsonObject& fields, WriteOptions options = {});
    Status remove(const QString& table, const QString& id, WriteOptions options = {});

    // Runs several writes as one: all of them are stored, or none.
    Status inOneTransaction(const std::function<Status()>& work);

    // The stored record, an empty object when there is none (or no such table), or the database's
    // error when it could not be read: a failed read is never taken for a missing record.
    Result<QJsonObject> fetch(const QString& table, const QString& id);
    // fetch() for rules that take a RecordFetch (classification, merges, patients): a read that
    // fails reads as empty there, and is kept to fail this writer's next write before it commits.
    RecordFetch fetcher();

    void setAfterWrite(AfterWrite hook) { m_afterWrite = std::move(hook); }
    Database& database() { return m_db; }
    LocalSite& site() { return m_site; }

private:
    class Scope;  // what the hooks of a table see of a write (write/writehook.h)

    // The read that failed under a rule since the last write, which fails the write at hand.
    Status takeReadFailure();
    Result<const TableInfo*> tableFor(const QString& table, const WriteOptions& options) const;
    ClassifyContext classifyContext(const TableInfo& table, bool inserting, const WriteOptions& options);
    // The ownership rules' verdict, as the write's origin is judged (nothing, when it is not judged).
    Status check(const Classification& record, Operation op, const WriteOptions& options);
    Status appendToLog(const TableInfo& table, const QString& id, Operation op, const Classification& record,
                       const WriteOptions& options);
    Result<WriteResult> putInTransaction(const TableInfo& table, QJsonObject fields, const WriteOptions& options);
    Status removeInTransaction(const TableInfo& table, const QString& id, const WriteOptions& options);

    Database& m_db;
    LocalSite& m_site;
    AfterWrite m_afterWrite;
    QHash<QString, QString> m_fetchStatements;  // by table
    std::optional<Error> m_readFailure;
};

}  // namespace sitesync
