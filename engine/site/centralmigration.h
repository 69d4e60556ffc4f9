#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sitesync {

// Moves a central server's database to another one, between SQLite and PostgreSQL either way
// (OPS-5, docs/adr/0009-postgresql-central.md). The source is opened as every command opens it (an
// older schema is migrated first) and held alone for the whole move: refused while another program
// has it open, and no write can slip in. The target must be empty; it is given this version's
// schema by the usual migrations, then every table of the schema is copied in one transaction, in
// an order its foreign keys accept, the numbered keys going on from where the source's stopped,
// and checked table by table, by row count and content, before that transaction commits. Any
// failure leaves the target without a row (a new file is removed) and the source as it was.
class CentralMigration {
public:
    // One table after the copy, on each side.
    struct TableCheck {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        bool sameContent = false;
        // A table with a numbered key: the last number the source gave (or the highest key it holds,
        // when that is more), and the last the target has given, from which it goes on.
        std::optional<qint64> sourceLast;
        std::optional<qint64> targetLast;

        bool matches() const { return sameContent && sourceRows == targetRows && sourceLast == targetLast; }
    };
    struct Outcome {
        QString from;  // the file's absolute path, or the address
        QString to;
        int schemaVersion = 0;
        QList<TableCheck> tables;  // in the order they were copied
        qint64 rows = 0;
        qint64 elapsedMs = 0;
    };
    // Called as the copy goes: the table, how many of its rows are copied, and how many it has.
    using Progress = std::function<void(const QString& table, qint64 copied, qint64 total)>;

    static Result<Outcome> run(const QString& from, const QString& to, const Progress& progress = {});
};

}  // namespace sitesync
