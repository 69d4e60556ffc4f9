#pragma once

#include "db/databaselocation.h"

#include <QString>
#include <QStringList>

namespace sitesync {

// What differs between SQLite and PostgreSQL, in one place. The schema is written once, in the
// SQLite form of the migrations (TEXT, INTEGER, REAL, standard constraints); the rest of the
// engine asks here for the few expressions the two write differently
// (docs/adr/0009-postgresql-central.md).
class Dialect {
public:
    explicit Dialect(SqlEngine engine = SqlEngine::SQLite)
        : m_engine(engine)
    {
    }
    SqlEngine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == SqlEngine::PostgreSQL; }

    // A migration's statement as this engine takes it: on PostgreSQL INTEGER is 64 bits (BIGINT),
    // REAL is double precision (as SQLite's REAL is) and an AUTOINCREMENT key is an identity column.
    QString schemaStatement(const QString& sqliteStatement) const;

    // The statements that make writes to `table` fail outside SiteSync's write path.
    QStringList writeGuard(const QString& table) const;
    // On PostgreSQL, the trigger function the guards call, made by migration 1.
    QStringList writeGuardSetup() const;
    // The body of that function, as PostgreSQL keeps it.
    static QString guardFunctionSource();
    // The guard statements a table carries now, each as writeGuard writes it (table bound at ?).
    QString writeGuardsQuery() const;
    // The body of the guard function now (PostgreSQL; "" on SQLite, where it is not stored).
    QString writeGuardFunctionQuery() const;

    // The names of the database's own tables (not the engine's catalogue), in order.
    QString tableNamesQuery() const;
    // A subquery of the values of a JSON array bound at `parameter` (as text), for "x IN (...)".
    QString jsonArrayValues(const QString& parameter = QStringLiteral("?")) const;
    // The same as integers.
    QString jsonArrayIntegers(const QString& parameter = QStringLiteral("?")) const;
    // A condition: `column` is one of the values of the JSON array bound at `parameter` (texts, or
    // whole numbers when `integers`).
    QString inJsonArray(const QString& column, bool integers, const QString& parameter = QStringLiteral("?")) const;
    // A JSON array of the expressions' values, as text.
    QString jsonArray(const QStringList& expressions) const;
    // Element `index` of the JSON array text in `column`, as an integer or as text.
    QString jsonElement(const QString& column, int index, bool integer) const;
    // A FROM item: one row per element of the JSON array bound at `parameter`, its element in the
    // column `value` (which jsonElement reads), under the name `alias`.
    QString jsonArrayRows(const QString& parameter, const QString& alias) const;
    // Joins the text of `expression` over a group, separated by `separator` (a literal).
    QString joinedText(const QString& expression, const QString& separator) const;
    // The larger of two values.
    QString greatest(const QString& a, const QString& b) const;
    // Field `key` of the JSON object text in `column`, as SQLite's json_extract gives it: text and
    // numbers as they are, true and false as 1 and 0.
    QString jsonField(const QString& column, const QString& key) const;

private:
    SqlEngine m_engine;
};

}  // namespace sitesync
