#pragma once

#include "site/sitesession.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace sitesync::test {

// Sets up what every test wants: a fixed locale and no access to the user's files.
void prepareEnvironment();

// The result of running the real sitesyncctl binary.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs sitesyncctl with the arguments (and --db dbPath when given), feeding `input` on stdin.
CliResult runCli(const QStringList& arguments, const QString& dbPath = {}, const QByteArray& input = {});

// A new central server database "Central" (site 1) in `dir`, opened.
std::unique_ptr<SiteSession> newCentral(const QTemporaryDir& dir, int siteId = 1,
                                        const QString& fileName = QStringLiteral("central.db"));

// Runs SQL on the file through a plain SQLite connection, as another program would, bypassing
// SiteSync. Returns the first failure ("" when every statement succeeded); the first column of the
// rows returned goes to `rows`.
QString rawSql(const QString& path, const QStringList& statements, QStringList* rows = nullptr);

// A digest of every row of every table: equal before and after means nothing changed.
QByteArray contentDigest(const QString& dbPath);

}  // namespace sitesync::test
