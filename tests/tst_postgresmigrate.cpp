// `sitesyncctl central migrate` moves a central's database from its SQLite file into an empty
// PostgreSQL database and back, driven through the real binary on the demonstration's central (a
// synchronised network): every table arrives with the same rows and values, numbers read as the
// same numbers, the change log goes on numbering where it stopped, and a move that cannot be done
// (a target that holds something, a source of a newer schema, not a central's, or in use) is
// refused with both databases as they were.
// covers OPS-5
#include "db/database.h"
#include "db/migrations.h"
#include "model/auditlog.h"
#include "site/centralmigration.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace sitesync;
using namespace sitesync::test;

namespace {

QString describe(const CliResult& result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out.trimmed()), QString::fromUtf8(result.err.trimmed()));
}

CliResult migrate(const QString& from, const QString& to, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--from-db"), from,
                              QStringLiteral("--to-db"), to, QStringLiteral("--technician"), QStringLiteral("Tester")} +
                  more);
}

// One value as this test reads it, whichever engine holds it: a whole number as one (an INTEGER, a
// BIGINT, or a REAL that holds a whole number), another number in the digits that give it back
// exactly, text quoted, NULL as NULL.
QString cell(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    }
}

// Every table of a database (its own bookkeeping aside) with its rows as text, each row naming its
// columns in alphabetical order, the rows sorted.
QMap<QString, QStringList> tables(const QString& path)
{
    QMap<QString, QStringList> content;
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    if (!db) {
        qWarning() << "cannot open" << path << db.error().message;
        return content;
    }
    QSqlQuery names((*db)->sql());
    names.exec((*db)->dialect().tableNamesQuery());
    QStringList tableNames;
    while (names.next())
        tableNames << names.value(0).toString();
    for (const QString& table : tableNames) {
        QStringList columns;
        for (const ColumnInfo& column : (*db)->columns(table))
            columns << column.name;
        columns.sort();
        QStringList quoted;
        for (const QString& column : columns)
            quoted << Database::quoted(column);
        QSqlQuery rows((*db)->sql());
        rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), Database::quoted(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < columns.size(); ++i)
                cells << columns[i] + QLatin1Char('=') + cell(rows.value(i));
            lines << cells.join(QLatin1Char('|'));
        }
        lines.sort();
        content.insert(table, lines);
    }
    return content;
}

// The last number the numbered key of `table` gave.
qint64 lastNumber(const QString& path, const QString& table)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return -1;
    const Result<std::optional<qint64>> last = (*db)->sequenceValue(table);
    return last && last->has_value() ? **last : -1;
}

// How many tables the PostgreSQL database at `address` has, and how many rows they hold.
std::pair<int, qint64> tablesAndRows(const QString& address)
{
    QStringList names;
    if (!rawSql(address,
                {QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                "current_schema()")},
                &names)
             .isEmpty())
        return {-1, -1};
    qint64 rows = 0;
    for (const QString& table : names) {
        QStringList count;
        (void)rawSql(address, {QStringLiteral("SELECT count(*) FROM %1").arg(table)}, &count);
        rows += count.value(0).toLongLong();
    }
    return {int(names.size()), rows};
}

// A program of the PostgreSQL installation the tests' cluster runs on (pg_dump, pg_restore).
QString postgresTool(const QString& name)
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString() : QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(versions.last(), name);
}

// Runs a PostgreSQL program; its error output when it fails, empty when it succeeded.
QString runTool(const QString& name, const QStringList& arguments)
{
    QProcess tool;
    tool.start(postgresTool(name), arguments);
    if (!tool.waitForFinished(120000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return QStringLiteral("%1 failed (%2): %3")
            .arg(name, tool.errorString(), QString::fromUtf8(tool.readAllStandardError()));
    return {};
}

QJsonObject jsonOf(const CliResult& result)
{
    return QJsonDocument::fromJson(result.out).object();
}

}  // namespace

class TstPostgresMigrate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void movesTheCentralToPostgresAndBack();
    void aFailedMoveCopiesNothingAndCanBeRunAgain();
    void refusesATargetThatHoldsSomething_data();
    void refusesATargetThatHoldsSomething();
    void refusesASourceOfANewerSchema();
    void refusesASiteThatIsNotTheCentral();
    void refusesACentralInUse();
    void backupAndRestoreWithPostgresToolsKeepsTheCentral();

private:
    // A copy of the demonstration's central, for a test to move or spoil.
    QString centralCopy(const QString& name);

    QTemporaryDir m_dir;
    QString m_central;
    QString m_remote;
};

void TstPostgresMigrate::initTestCase()
{
    prepareEnvironment();
    QVERIFY2(!postgresServer().isEmpty(), "no PostgreSQL for the test: ctest's postgres fixture sets "
                                          "SITESYNC_TEST_POSTGRES");
    QVERIFY(m_dir.isValid());
    const QString demo = m_dir.filePath(QStringLiteral("demo"));
    const CliResult built = runCli({QStringLiteral("demo"), QStringLiteral("--dir"), demo});
    QVERIFY2(built.exitCode == 0, qPrintable(describe(built)));
    m_central = QDir(demo).filePath(QStringLiteral("central.db"));
    m_remote = QDir(demo).filePath(QStringLiteral("site-2.db"));
    // Values the two engines could write differently: fractions, a large amount, text with quotes,
    // accents and a line break, and rows in the central's own tables.
    const CliResult put =
        runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("stock_line"),
                QStringLiteral(R"({"id":"stock-odd","store_id":"A","item_id":"item-para","batch":"Lot «été» 'x'\n2",)"
                               R"("expiry_date":"2027-01-31","quantity":0.1,"cost_price":1234567.891011})")},
               m_central);
    QVERIFY2(put.exitCode == 0, qPrintable(describe(put)));
    const QString problem = rawSql(
        m_central,
        {QStringLiteral("INSERT INTO sync_problem (at, site_id, kind, table_name, record_id, reason, payload) VALUES "
                        "('2026-01-02T03:04:05Z', 2, 'quarantined', 'item', 'i-9', 'a reason', '{\"qty\":2.5}')"),
         QStringLiteral("INSERT INTO site_queue (site_id, table_name, record_id, reason, queued_at) VALUES "
                        "(3, 'item', 'item-amox', 'resend', '2026-01-02T03:04:05Z')")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TstPostgresMigrate::centralCopy(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_central, path))
        qWarning() << "cannot copy" << m_central;
    return path;
}

void TstPostgresMigrate::movesTheCentralToPostgresAndBack()
{
    const QString source = centralCopy(QStringLiteral("moving.db"));
    const QMap<QString, QStringList> original = tables(source);
    QVERIFY(original.value(QStringLiteral("change_log")).size() > 50);
    const qint64 lastChange = lastNumber(source, QStringLiteral("change_log"));
    QVERIFY(lastChange > 0);

    const QString address = newPostgresDatabase();
    QVERIFY(!address.isEmpty());
    const CliResult moved = migrate(source, address, {QStringLiteral("--json")});
    QVERIFY2(moved.exitCode == 0, qPrintable(describe(moved)));
    const QJsonObject report = jsonOf(moved);
    QCOMPARE(report.value(QLatin1String("verified")).toBool(), true);
    QCOMPARE(report.value(QLatin1String("schema")).toInt(), latestSchemaVersion());
    QStringList reported;
    for (const QJsonValue& value : report.value(QLatin1String("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        reported << table.value(QLatin1String("table")).toString();
        QVERIFY2(table.value(QLatin1String("matches")).toBool(), qPrintable(reported.last()));
        QCOMPARE(table.value(QLatin1String("target_rows")).toInteger(), qint64(original.value(reported.last()).size()));
    }
    // Every table of the schema, the engine's own among them.
    reported.sort();
    QCOMPARE(reported, original.keys());
    for (const char* table : {"change_log", "site_queue", "site_cursor", "sync_in", "sync_problem", "audit_log",
                              "sync_state", "record_merge"})
        QVERIFY2(reported.contains(QLatin1String(table)), table);

    // The same rows and values, read by this test on each side; the target's audit log says it moved.
    QMap<QString, QStringList> onPostgres = tables(address);
    QCOMPARE(onPostgres.keys(), original.keys());
    const QStringList audit = onPostgres.take(QStringLiteral("audit_log"));
    QMap<QString, QStringList> expected = original;
    const QStringList sourceAudit = expected.take(QStringLiteral("audit_log"));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(onPostgres.value(it.key()), it.value());
    QCOMPARE(audit.size(), sourceAudit.size() + 1);
    QStringList movedEntry = audit;
    for (const QString& entry : sourceAudit)
        movedEntry.removeOne(entry);
    QCOMPARE(movedEntry.size(), 1);
    QVERIFY2(movedEntry.first().contains(QStringLiteral("action='%1'").arg(AuditAction::kCentralMoved)) &&
                 movedEntry.first().contains(QLatin1String("actor='Tester'")) && movedEntry.first().contains(source),
             qPrintable(movedEntry.first()));
    // A fraction and a large amount come back as the very same doubles.
    QStringList values;
    QCOMPARE(rawSql(address,
                    {QStringLiteral("SELECT quantity || ' ' || cost_price FROM stock_line WHERE id = "
                                    "'stock-odd'")},
                    &values),
             QString());
    QCOMPARE(values, QStringList{QStringLiteral("0.1 1234567.891011")});
    QCOMPARE(lastNumber(address, QStringLiteral("change_log")), lastChange);
    QCOMPARE(lastNumber(address, QStringLiteral("sync_in")), lastNumber(source, QStringLiteral("sync_in")));

    // Back again, into a new SQLite file: the same as the original, but for the two moves audited.
    const QString back = m_dir.filePath(QStringLiteral("back.db"));
    const CliResult returned = migrate(address, back);
    QVERIFY2(returned.exitCode == 0, qPrintable(describe(returned)));
    QVERIFY2(returned.out.contains("change_log") && returned.out.contains("same"), qPrintable(describe(returned)));
    QMap<QString, QStringList> inFile = tables(back);
    QCOMPARE(inFile.take(QStringLiteral("audit_log")).size(), sourceAudit.size() + 2);
    QCOMPARE(inFile, expected);
    QCOMPARE(lastNumber(back, QStringLiteral("change_log")), lastChange);

    // On either, the next change is logged with the number after the last one the old central gave.
    for (const QString& central : {address, back}) {
        const CliResult put = runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("item"),
                                      QStringLiteral(R"({"id":"item-new","code":"NEW","name":"New item"})")},
                                     central);
        QVERIFY2(put.exitCode == 0, qPrintable(describe(put)));
        QStringList seq;
        QCOMPARE(rawSql(central, {QStringLiteral("SELECT seq FROM change_log WHERE record_id = 'item-new'")}, &seq),
                 QString());
        QCOMPARE(seq, QStringList{QString::number(lastChange + 1)});
    }
}

// A value PostgreSQL cannot hold (text in an INTEGER column, which SQLite keeps) stops the copy:
// nothing is copied, and once the value is put right the same database takes the move.
void TstPostgresMigrate::aFailedMoveCopiesNothingAndCanBeRunAgain()
{
    const QString source = centralCopy(QStringLiteral("spoilt.db"));
    QCOMPARE(rawSql(source, {QStringLiteral("UPDATE site_queue SET site_id = 'three'")}), QString());
    const QByteArray before = contentDigest(source);
    const QString address = newPostgresDatabase();
    const CliResult failed = migrate(source, address);
    QVERIFY2(failed.exitCode == 1, qPrintable(describe(failed)));
    QVERIFY2(failed.err.contains("site_queue") && failed.err.contains("Nothing was copied"),
             qPrintable(describe(failed)));
    const auto [tableCount, rows] = tablesAndRows(address);
    QVERIFY(tableCount > 0);
    QCOMPARE(rows, 1);  // sitesync_schema's one row: the schema, and not a row of the central
    QCOMPARE(contentDigest(source), before);

    QCOMPARE(rawSql(source, {QStringLiteral("UPDATE site_queue SET site_id = 3")}), QString());
    const CliResult moved = migrate(source, address);
    QVERIFY2(moved.exitCode == 0, qPrintable(describe(moved)));

    // Into a new file, a failed move leaves no file behind: here a permission of a user the central
    // does not have, which a program other than SiteSync wrote.
    const QString orphaned = centralCopy(QStringLiteral("orphaned.db"));
    QCOMPARE(rawSql(orphaned, {QStringLiteral("INSERT INTO user_permission (id, user_id, permission) VALUES "
                                              "('p-1', 'nobody', 'dispense')")}),
             QString());
    const QString stillborn = m_dir.filePath(QStringLiteral("stillborn.db"));
    const CliResult intoFile = migrate(orphaned, stillborn);
    QVERIFY2(intoFile.exitCode == 1 && intoFile.err.contains("user_permission"), qPrintable(describe(intoFile)));
    QVERIFY(!QFile::exists(stillborn));
    QVERIFY(!QFile::exists(stillborn + QStringLiteral("-wal")));
}

void TstPostgresMigrate::refusesATargetThatHoldsSomething_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a PostgreSQL central") << QStringLiteral("postgres central");
    QTest::newRow("a PostgreSQL database of another program") << QStringLiteral("postgres other");
    QTest::newRow("a SQLite central") << QStringLiteral("sqlite central");
}

void TstPostgresMigrate::refusesATargetThatHoldsSomething()
{
    QFETCH(QString, kind);
    QString target;
    if (kind == QLatin1String("sqlite central")) {
        target = m_dir.filePath(QStringLiteral("occupied.db"));
        QFile::remove(target);
        const CliResult made = runCli({QStringLiteral("init"), QStringLiteral("central"), QStringLiteral("--site-id"),
                                       QStringLiteral("7"), QStringLiteral("--name"), QStringLiteral("Other")},
                                      target);
        QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    } else {
        target = newPostgresDatabase();
        if (kind == QLatin1String("postgres central")) {
            const CliResult made =
                runCli({QStringLiteral("init"), QStringLiteral("central"), QStringLiteral("--site-id"),
                        QStringLiteral("7"), QStringLiteral("--name"), QStringLiteral("Other")},
                       target);
            QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
        } else {
            QCOMPARE(rawSql(target, {QStringLiteral("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL)"),
                                     QStringLiteral("INSERT INTO ledger VALUES (1, 2.5)")}),
                     QString());
        }
    }
    const QByteArray targetBefore = contentDigest(target);
    const QByteArray sourceBefore = contentDigest(m_central);
    const CliResult refused = migrate(m_central, target);
    QVERIFY2(refused.exitCode == 3 && refused.out.isEmpty(), qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains("is not empty") && refused.err.contains("left untouched"),
             qPrintable(describe(refused)));
    QCOMPARE(contentDigest(target), targetBefore);
    QCOMPARE(contentDigest(m_central), sourceBefore);
}

void TstPostgresMigrate::refusesASourceOfANewerSchema()
{
    const QString source = centralCopy(QStringLiteral("newer.db"));
    QCOMPARE(rawSql(source, {QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)}), QString());
    const QByteArray before = contentDigest(source);
    const QString address = newPostgresDatabase();
    const CliResult refused = migrate(source, address);
    QVERIFY2(refused.exitCode == 1, qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains("newer version of SiteSync"), qPrintable(describe(refused)));
    QCOMPARE(contentDigest(source), before);
    QCOMPARE(tablesAndRows(address), std::make_pair(0, qint64(0)));
}

void TstPostgresMigrate::refusesASiteThatIsNotTheCentral()
{
    const QByteArray before = contentDigest(m_remote);
    const QString address = newPostgresDatabase();
    const CliResult refused = migrate(m_remote, address);
    QVERIFY2(refused.exitCode == 3, qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains("not the central server"), qPrintable(describe(refused)));
    QCOMPARE(contentDigest(m_remote), before);
    QCOMPARE(tablesAndRows(address), std::make_pair(0, qint64(0)));

    const QString notSiteSync = m_dir.filePath(QStringLiteral("notes.db"));
    QCOMPARE(rawSql(notSiteSync, {QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")}), QString());
    const CliResult foreign = migrate(notSiteSync, address);
    QVERIFY2(foreign.exitCode == 1 && foreign.err.contains("not a SiteSync database"), qPrintable(describe(foreign)));
    QCOMPARE(tablesAndRows(address), std::make_pair(0, qint64(0)));
}

// A central being served (or open in another program) could take a push that the copy misses.
void TstPostgresMigrate::refusesACentralInUse()
{
    const QString source = centralCopy(QStringLiteral("served.db"));
    {
        ServerProcess server;
        QCOMPARE(server.start(source), QString());
        const QByteArray before = contentDigest(source);
        const QString target = m_dir.filePath(QStringLiteral("while-served.db"));
        const CliResult refused = migrate(source, target);
        QVERIFY2(refused.exitCode == 3 && refused.err.contains("is in use"), qPrintable(describe(refused)));
        QVERIFY(!QFile::exists(target));
        server.stop();
        QCOMPARE(contentDigest(source), before);
    }

    // On PostgreSQL, any other connection to the central's database counts.
    const QString address = newPostgresDatabase();
    const CliResult moved = migrate(source, address);
    QVERIFY2(moved.exitCode == 0, qPrintable(describe(moved)));
    const QString target = m_dir.filePath(QStringLiteral("from-postgres.db"));
    {
        Result<std::unique_ptr<Database>> other = Database::open(address, Database::OpenMode::MustExist);
        QVERIFY(other.ok());
        const CliResult refused = migrate(address, target);
        QVERIFY2(refused.exitCode == 3 && refused.err.contains("is in use"), qPrintable(describe(refused)));
        QVERIFY(!QFile::exists(target));
    }
    const CliResult back = migrate(address, target);
    QVERIFY2(back.exitCode == 0, qPrintable(describe(back)));
}

// README "Central server on PostgreSQL": a central on PostgreSQL is backed up while it serves with
// pg_dump, and a backup restored with pg_restore into an empty database is a working central: the
// same rows, its write guard in place (restored after the data, so the restore itself is not
// refused), and its log numbering on where the backup left it.
void TstPostgresMigrate::backupAndRestoreWithPostgresToolsKeepsTheCentral()
{
    const QString address = newPostgresDatabase();
    QVERIFY(!address.isEmpty());
    const CliResult moved = migrate(centralCopy(QStringLiteral("backed-up.db")), address);
    QVERIFY2(moved.exitCode == 0, qPrintable(describe(moved)));
    const qint64 lastChange = lastNumber(address, QStringLiteral("change_log"));

    // Backed up while a SiteSync connection has it open, in the middle of a read.
    Result<std::unique_ptr<Database>> serving = Database::open(address, Database::OpenMode::MustExist);
    QVERIFY(serving.ok());
    Transaction reading(**serving, Database::Access::Read);
    QVERIFY(reading.started().ok());
    const QString backup = m_dir.filePath(QStringLiteral("central.dump"));
    QCOMPARE(runTool(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--file"), backup,
                                                 QStringLiteral("--dbname"), address}),
             QString());

    const QString restored = newPostgresDatabase();
    QVERIFY(!restored.isEmpty());
    QCOMPARE(runTool(QStringLiteral("pg_restore"), {QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"),
                                                    QStringLiteral("--dbname"), restored, backup}),
             QString());
    QCOMPARE(tables(restored), tables(address));

    // SiteSync opens it as its own (the marker, the schema version and the guard are checked).
    const CliResult status = runCli({QStringLiteral("status")}, restored);
    QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
    // A write outside SiteSync is refused as on the original...
    const QString refused =
        rawSql(restored, {QStringLiteral("UPDATE item SET name = 'changed behind its back' WHERE id = 'item-para'")});
    QVERIFY2(refused.contains(QLatin1String("outside the SiteSync write path")), qPrintable(refused));
    // ...and SiteSync's own write is numbered after the last change in the backup.
    const CliResult put = runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("item"),
                                  QStringLiteral(R"({"id":"item-after","code":"AFT","name":"After the restore"})")},
                                 restored);
    QVERIFY2(put.exitCode == 0, qPrintable(describe(put)));
    QStringList seq;
    QCOMPARE(rawSql(restored, {QStringLiteral("SELECT seq FROM change_log WHERE record_id = 'item-after'")}, &seq),
             QString());
    QCOMPARE(seq, QStringList{QString::number(lastChange + 1)});
}

QTEST_GUILESS_MAIN(TstPostgresMigrate)
#include "tst_postgresmigrate.moc"
