#include "cli.h"
#include "model/auditlog.h"
#include "site/centralmigration.h"
#include "texttable.h"
#include "unlocking.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

const QString kUsage = QStringLiteral("usage: sitesyncctl central migrate --from-db PATH --to-db PATH "
                                      "[--technician NAME]");

QJsonValue numberJson(const std::optional<qint64>& number)
{
    return number ? QJsonValue(*number) : QJsonValue();
}

void printJson(Invocation& in, const CentralMigration::Outcome& outcome)
{
    QJsonArray tables;
    for (const CentralMigration::TableCheck& check : outcome.tables)
        tables.append(QJsonObject{{QStringLiteral("table"), check.table},
                                  {QStringLiteral("source_rows"), check.sourceRows},
                                  {QStringLiteral("target_rows"), check.targetRows},
                                  {QStringLiteral("same_content"), check.sameContent},
                                  {QStringLiteral("source_last_number"), numberJson(check.sourceLast)},
                                  {QStringLiteral("target_last_number"), numberJson(check.targetLast)},
                                  {QStringLiteral("matches"), check.matches()}});
    in.printJson(QJsonObject{{QStringLiteral("from"), outcome.from},
                             {QStringLiteral("to"), outcome.to},
                             {QStringLiteral("schema"), outcome.schemaVersion},
                             {QStringLiteral("tables"), tables},
                             {QStringLiteral("rows"), outcome.rows},
                             {QStringLiteral("seconds"), double(outcome.elapsedMs) / 1000.0},
                             {QStringLiteral("verified"), true}});
}

void printText(Invocation& in, const CentralMigration::Outcome& outcome)
{
    TextTable table(
        {Text::tr("TABLE"), Text::tr("ROWS"), Text::tr("COPIED"), Text::tr("CONTENT"), Text::tr("LAST NUMBER")});
    qint64 lastChange = 0;
    for (const CentralMigration::TableCheck& check : outcome.tables) {
        table.addRow({check.table, QString::number(check.sourceRows), QString::number(check.targetRows),
                      check.sameContent ? Text::tr("same") : Text::tr("differs"),
                      check.targetLast ? QString::number(*check.targetLast) : QString()});
        if (check.table == QLatin1String("change_log"))
            lastChange = check.targetLast.value_or(0);
    }
    table.print(in.out());
    in.out() << '\n'
             << Text::tr("Moved the central from %1 to %2 in %3 s: %4 tables, %5 rows, each table with the same "
                         "rows and content in both, and the numbered keys going on from the same numbers (the next "
                         "change-log entry is %6).")
                    .arg(outcome.from, outcome.to)
                    .arg(double(outcome.elapsedMs) / 1000.0, 0, 'f', 1)
                    .arg(outcome.tables.size())
                    .arg(outcome.rows)
                    .arg(lastChange + 1)
             << '\n'
             << Text::tr("Serve the central from %1 now (SITESYNC_DB of its service, or --db). Do not serve %2 "
                         "again: it misses what the sites send from now on. To go back, move %1 back the same way.")
                    .arg(outcome.to, outcome.from)
             << Qt::endl;
}

int centralMigrate(Invocation& in)
{
    if (!in.isSet(QStringLiteral("from-db")) || !in.isSet(QStringLiteral("to-db")))
        return in.usage(kUsage);
    // Two databases, each named for its part; --db (and SITESYNC_DB) would leave a reader guessing which.
    if (in.isSet(QStringLiteral("db")))
        return in.usage(Text::tr("central migrate takes the central's database as --from-db, not --db.") + '\n' +
                        kUsage);
    const AuditActor actor(technicianName(in));
    const QString from = in.value(QStringLiteral("from-db"));
    const QString to = in.value(QStringLiteral("to-db"));
    const auto progress = [&](const QString& table, qint64 copied, qint64 total) {
        printProgress(in, copied < total ? Text::tr("Copying %1: %2 of %3 rows").arg(table).arg(copied).arg(total)
                                         : Text::tr("Copied %1: %2 rows").arg(table).arg(copied));
    };
    const Result<CentralMigration::Outcome> outcome = CentralMigration::run(from, to, progress);
    endProgress(in);
    if (!outcome)
        return in.fail(outcome.error());
    if (in.json())
        printJson(in, *outcome);
    else
        printText(in, *outcome);
    return ExitOk;
}

}  // namespace

QList<Command> centralCommands()
{
    return {
        {{QStringLiteral("central"), QStringLiteral("migrate")},
         QStringLiteral("--from-db PATH --to-db PATH [--technician NAME]"),
         Text::tr("Move the central server's database to another one, SQLite to PostgreSQL or back, in one "
                  "transaction, checked table by table (rows and content) before it is kept. Stop sitesyncctl serve "
                  "and close the window first; the database moved to must be empty."),
         {QStringLiteral("from-db"), QStringLiteral("to-db"), QStringLiteral("technician")},
         0,
         0,
         centralMigrate},
    };
}

}  // namespace sitesync::cli
