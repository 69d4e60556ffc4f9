#pragma once

#include "core/result.h"

#include <QStringList>

namespace sitesync {

class Database;

// The schema is built by numbered migrations. A migration never changes once released; later
// schema changes add a new one. The database records the last applied number (PRAGMA user_version).
int latestSchemaVersion();

// Applies every migration newer than the database's version, each in its own transaction.
Status migrate(Database& db, int fromVersion);

// Statements of one migration, exposed for the schema documentation test.
QStringList migrationStatements(int version);

// Every table the current schema guards with writeGuardTriggers.
QStringList guardedTables();

// The SQL that makes a direct write to a synced table fail unless the write path opened it.
QStringList writeGuardTriggers(const QString& table);

}  // namespace sitesync
