#pragma once

#include "catalogue/tableregistry.h"
#include "core/result.h"
#include "write/writeoptions.h"

#include <QList>

#include <optional>

namespace sitesync {

class Database;
class LocalSite;

// What a table's hooks may use of the write in progress: its transaction and its origin.
class WriteContext {
public:
    virtual ~WriteContext() = default;
    virtual Database& database() = 0;
    virtual LocalSite& site() = 0;
    virtual const WriteOptions& options() const = 0;
    // The stored record, an empty object when there is none, or the error of a failed read.
    virtual Result<QJsonObject> fetch(const QString& table, const QString& id) = 0;
    virtual RecordFetch fetcher() = 0;
    // The ownership rules' verdict on `op` of `record`, judged as the write's origin is.
    virtual Status judge(const TableInfo& table, const QJsonObject& record, Operation op) = 0;
    // A further write in the same transaction and of the same origin, as a consequence of this one.
    virtual Result<WriteResult> put(const TableInfo& table, const QJsonObject& fields) = 0;

    WriteOrigin origin() const { return options().origin; }
    bool followsAnotherSite() const { return writeorigin::followsAnotherSite(origin()); }
};

// A record's change as the hooks of its table see it.
struct WriteStep {
    const TableInfo& table;
    Operation op;
    const QJsonObject& before;  // empty for an insert
    const QJsonObject& after;   // the record as it is stored
    const Classification& now;  // `after`, classified
};

// What a table asks of its writes beyond the ownership rules (merges, patients, prescriptions, a
// store's own name record, stock line references). The write path stays the same for every table
// and calls the hooks of the written table at fixed points, in the order `writeHooksFor` gives;
// each function's default asks nothing. docs/architecture.md ("The write path") lists the points.
class WriteHook {
public:
    virtual ~WriteHook() = default;

    // Before the stored record is read: a hook may settle the write itself, stored or refused.
    virtual std::optional<Result<WriteResult>> intercept(WriteContext& context, const TableInfo& table,
                                                         const QString& id, const QJsonObject& fields) const;
    // May change the fields before they are applied.
    virtual Status prepare(WriteContext& context, const TableInfo& table, QJsonObject& fields) const;
    // Checks the record as it will be stored, before the ownership rules judge it.
    virtual Status check(WriteContext& context, const WriteStep& step) const;
    // The rules refused changing the record as it was (an update): a hook may allow it after all
    // (ok) or give another reason. The default keeps `refusal`.
    virtual Status refused(WriteContext& context, const WriteStep& step, const Error& refusal) const;
    // After the rules allowed the change: what else it does must be allowed too.
    virtual Status judgeAlso(WriteContext& context, const WriteStep& step) const;
    // After the record was stored and logged, in the same transaction: what follows from it.
    virtual Status written(WriteContext& context, const WriteStep& step) const;

    // Before the rules judge a deletion: records of a kind that is never deleted on its own.
    virtual Status deletable(WriteContext& context, const TableInfo& table, const QJsonObject& before) const;
    // After the rules allowed a deletion, before it is made.
    virtual Status removing(WriteContext& context, const TableInfo& table, const QJsonObject& before) const;
};

// The hooks of `table`, in the order they run (write/writehooks.cpp registers them).
const QList<const WriteHook*>& writeHooksFor(const QString& table);

}  // namespace sitesync
