#pragma once

#include "core/result.h"
#include "db/dialect.h"

#include <QStringList>

namespace sitesync {

class Database;

// The schema is built by numbered migrations. A migration never changes once released; later
// schema changes add a new one. The database records the last applied number (Database::storeSchemaVersion).
int latestSchemaVersion();

// Applies every migration newer than the database's version, each in its own transaction.
Status migrate(Database& db, int fromVersion);

// Statements of one migration, exposed for the schema documentation test. Table definitions are in
// SQLite's form; Dialect::schemaStatement gives each engine's.
QStringList migrationStatements(int version, const Dialect& dialect = Dialect());

// Every table the current schema guards with Dialect::writeGuard.
QStringList guardedTables();

}  // namespace sitesync
