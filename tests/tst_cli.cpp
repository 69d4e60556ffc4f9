// The sitesyncctl contract of DESIGN.md ("CLI contract"), driven through the real binary: exit
// statuses, --json shapes, reasons on stderr, and "a refused or malformed command changes nothing".

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync::test;

namespace {

// Fails the test with `problem` unless it is empty; the helpers below return "" when all went well.
#define VERIFY_NO_PROBLEM(problem)                                                                                     \
    do {                                                                                                               \
        const QString problem_ = (problem);                                                                            \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

// The issue's sync-settings step: store B becomes active on site 2 and the central keeps a collector copy.
const QStringList kMoveStoreBToRemote =
    QStringList{"store", "sync-settings", "--store", "B"} + QStringList{"--active-site", "2", "--with", "1=collector"};

QString describe(const QStringList& arguments, const CliResult& result)
{
    return QStringLiteral("sitesyncctl %1\n  exit: %2\n  stdout: %3\n  stderr: %4")
        .arg(arguments.join(QLatin1Char(' ')))
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out.trimmed()), QString::fromUtf8(result.err.trimmed()));
}

// Runs a command that must exit 0.
QString mustSucceed(const QString& db, const QStringList& arguments, const QByteArray& input = {})
{
    const CliResult result = runCli(arguments, db, input);
    return result.exitCode == 0 ? QString() : QStringLiteral("expected exit 0: ") + describe(arguments, result);
}

// Runs a command that must fail with `exitCode`, say why on stderr (`reason` is a case-insensitive regular
// expression), and leave every row of the database as it was.
QString mustFail(const QString& db, const QStringList& arguments, int exitCode, const QString& reason,
                 const QByteArray& input = {})
{
    const QByteArray before = contentDigest(db);
    const CliResult result = runCli(arguments, db, input);
    QStringList problems;
    if (result.exitCode != exitCode)
        problems << QStringLiteral("expected exit %1").arg(exitCode);
    const QRegularExpression pattern(reason, QRegularExpression::CaseInsensitiveOption);
    if (!pattern.match(QString::fromUtf8(result.err)).hasMatch())
        problems << QStringLiteral("expected stderr to match '%1'").arg(reason);
    if (contentDigest(db) != before)
        problems << QStringLiteral("the database changed");
    return problems.isEmpty()
               ? QString()
               : problems.join(QStringLiteral("; ")) + QStringLiteral(": ") + describe(arguments, result);
}

// What a command run with --json printed.
struct JsonOutput {
    QJsonDocument document;
    QString problem;  // "" when the command exited 0 and printed one JSON document

    QJsonObject object() const { return document.object(); }
    QJsonArray array() const { return document.array(); }
};

JsonOutput runJson(const QString& db, QStringList arguments)
{
    arguments << QStringLiteral("--json");
    const CliResult result = runCli(arguments, db);
    JsonOutput output;
    QJsonParseError error;
    output.document = QJsonDocument::fromJson(result.out, &error);
    if (result.exitCode != 0 || error.error != QJsonParseError::NoError)
        output.problem =
            QStringLiteral("expected exit 0 and JSON (%1): ").arg(error.errorString()) + describe(arguments, result);
    return output;
}

// The first object of `rows` whose `key` is `value`, or an empty object.
QJsonObject findRow(const QJsonArray& rows, const QString& key, const QJsonValue& value)
{
    for (const QJsonValue& row : rows) {
        if (row.toObject().value(key) == value)
            return row.toObject();
    }
    return {};
}

JsonOutput syncSettings(const QString& db, const QString& storeId)
{
    return runJson(db, {"store", "sync-settings", "--store", storeId});
}

// The row of one site in the --json output of 'store sync-settings'.
QJsonObject siteRow(const JsonOutput& settings, int siteId)
{
    return findRow(settings.object().value(QLatin1String("sites")).toArray(), QStringLiteral("site_id"), siteId);
}

// `unlockPassword`: the central's, when it has one; it comes first on standard input.
QString addSite(const QString& db, int id, const QString& type, const QByteArray& unlockPassword = {})
{
    QStringList command = {"site",
                           "add",
                           "--id",
                           QString::number(id),
                           "--name",
                           QStringLiteral("Remote %1").arg(id),
                           "--type",
                           type,
                           "--password-stdin"};
    if (!unlockPassword.isEmpty())
        command << QStringLiteral("--unlock-password-stdin");
    return mustSucceed(db, command,
                       (unlockPassword.isEmpty() ? QByteArray() : unlockPassword + '\n') +
                           QStringLiteral("remote-pass-%1\n").arg(id).toUtf8());
}

QString addStore(const QString& db, const QString& id)
{
    return mustSucceed(db, {"store", "add", "--id", id, "--code", id, "--name", QStringLiteral("Store %1").arg(id)});
}

// The issue's network up to the point where store B is still active on the central: central site 1
// (optionally locked with an unlock password), remote desktop site 2 "Remote 1", store B.
QString createNetwork(const QString& db, const QByteArray& unlockPassword = {})
{
    QStringList init = {"init", "central", "--site-id", "1", "--name", "Central"};
    if (!unlockPassword.isEmpty())
        init << QStringLiteral("--unlock-password-stdin");
    QString problem = mustSucceed(db, init, unlockPassword.isEmpty() ? QByteArray() : unlockPassword + '\n');
    if (problem.isEmpty()) {
        QStringList add = {"site", "add", "--id", "2", "--name", "Remote 1", "--type", "desktop", "--password-stdin"};
        if (!unlockPassword.isEmpty())
            add << QStringLiteral("--unlock-password-stdin");
        problem =
            mustSucceed(db, add, (unlockPassword.isEmpty() ? QByteArray() : unlockPassword + '\n') + "remote-pass-1\n");
    }
    if (problem.isEmpty())
        problem = addStore(db, QStringLiteral("B"));
    return problem;
}

// The issue's whole setup: store B active on site 2, with a collector copy on the central.
QString standardNetwork(const QString& db)
{
    const QString problem = createNetwork(db);
    return problem.isEmpty() ? mustSucceed(db, kMoveStoreBToRemote) : problem;
}

// The standard network plus store C active on desktop site 3, where store B is not visible.
QString networkWithStoreCOnSite3(const QString& db)
{
    QString problem = standardNetwork(db);
    if (problem.isEmpty())
        problem = addSite(db, 3, QStringLiteral("desktop"));
    if (problem.isEmpty())
        problem = addStore(db, QStringLiteral("C"));
    return problem.isEmpty() ? mustSucceed(db, {"store", "sync-settings", "--store", "C", "--active-site", "3"})
                             : problem;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TstCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptanceScenario();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void newerDatabaseIsRefused();
    void foreignFileIsLeftAlone_data();
    void foreignFileIsLeftAlone();
    void missingDatabaseIsNotCreated();
    void usageErrors_data();
    void usageErrors();
    void recordGetAndDelete();
    void syncSettingsAreShown();
    void syncSettingsRefusals();
    void syncWithFollowsVisibility();
    void unlockPasswordGuardsSyncSettings();
    void unlockPasswordSetAndChanged();
    void siteChangesNeedTheUnlockPassword();
    void siteDeletion();
    void storeVisibility();
};

void TstCli::initTestCase()
{
    prepareEnvironment();
}

// The acceptance scenario of the issue, step by step.
// covers DT-2, DT-4, DT-8, ST-3, AD-4, ACC-4
void TstCli::acceptanceScenario()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(standardNetwork(db));

    // Store data of B may only be edited on site 2, where B is active.
    VERIFY_NO_PROBLEM(
        mustFail(db, {"record", "put", "stock_line", R"({"id":"s1","store_id":"B","item_id":"i1","quantity":5})"}, 3,
                 QStringLiteral("site 2")));

    const JsonOutput before = runJson(db, {"status"});
    VERIFY_NO_PROBLEM(before.problem);
    const QJsonValue queuedBefore =
        before.object().value(QLatin1String("queued_by_site")).toObject().value(QLatin1String("2"));
    QVERIFY2(queuedBefore.isDouble(), "status --json has no queued_by_site entry for site 2");

    // Central data is the primary's, and the central is the primary in the standard setup.
    VERIFY_NO_PROBLEM(
        mustSucceed(db, {"record", "put", "item", R"({"id":"i1","code":"AMOX","name":"Amoxicillin 250mg"})"}));
    const JsonOutput items = runJson(db, {"record", "list", "item"});
    VERIFY_NO_PROBLEM(items.problem);
    QVERIFY(items.document.isArray());
    const QJsonObject item = findRow(items.array(), QStringLiteral("id"), QStringLiteral("i1"));
    QCOMPARE(item.value(QLatin1String("code")).toString(), QStringLiteral("AMOX"));
    QCOMPARE(item.value(QLatin1String("name")).toString(), QStringLiteral("Amoxicillin 250mg"));

    const JsonOutput status = runJson(db, {"status"});
    VERIFY_NO_PROBLEM(status.problem);
    const QJsonObject after = status.object();
    QCOMPARE(after.value(QLatin1String("site_id")).toInt(), 1);
    QCOMPARE(after.value(QLatin1String("role")).toString(), QStringLiteral("central"));
    QCOMPARE(after.value(QLatin1String("queued_by_site")).toObject().value(QLatin1String("2")).toInt(),
             queuedBefore.toInt() + 1);
    QVERIFY(after.value(QLatin1String("sync_out")).isDouble());
    QCOMPARE(after.value(QLatin1String("sync_out")).toInt(),
             before.object().value(QLatin1String("sync_out")).toInt() + 1);
    QVERIFY(after.contains(QLatin1String("last_sync")));
    QVERIFY(after.value(QLatin1String("last_sync")).isNull());
    QVERIFY(after.value(QLatin1String("quarantined")).isDouble());
    QCOMPARE(after.value(QLatin1String("quarantined")).toInt(), 0);
    // ACC-4: received records waiting to be applied and open sync problems, counted from the rows.
    QVERIFY(after.value(QLatin1String("waiting")).isDouble());
    QCOMPARE(after.value(QLatin1String("waiting")).toInt(), 0);
    QVERIFY(after.value(QLatin1String("problems")).isDouble());
    QCOMPARE(after.value(QLatin1String("problems")).toInt(), 0);
}

void TstCli::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");

    const QString valid = QStringLiteral(R"({"id":"i2","code":"PARA","name":"Paracetamol"})");
    QTest::newRow("malformed JSON") << "item"
                                    << R"({"id":"i2","code":)" << 2 << "not valid JSON";
    QTest::newRow("array, not object") << "item"
                                       << "[" + valid + "]" << 2 << "must be a JSON object";
    QTest::newRow("unknown table") << "medicine" << valid << 2 << "unknown table 'medicine'";
    QTest::newRow("unknown column") << "item"
                                    << R"({"id":"i2","code":"PARA","name":"P","colour":"red"})" << 2
                                    << "unknown column 'colour'";
    QTest::newRow("code as number") << "item"
                                    << R"({"id":"i2","code":42,"name":"Paracetamol"})" << 2 << "column 'code'.*text";
    QTest::newRow("missing required column") << "item"
                                             << R"({"id":"i2","name":"Paracetamol"})" << 3 << "required";
    QTest::newRow("SQL in table name") << "item; DROP TABLE item" << valid << 2 << "unknown table";
    QTest::newRow("SQL in column name") << "item"
                                        << R"({"id":"i2","code":"X","name":"Y","name\" = 'x'; --":"z"})" << 2
                                        << "unknown column";
}

// Malformed or hostile records get a clear error and change nothing.
// covers SEC-4
void TstCli::badInputChangesNothing()
{
    QFETCH(QString, table);
    QFETCH(QString, record);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(standardNetwork(db));
    VERIFY_NO_PROBLEM(mustSucceed(db, {"record", "put", "item", R"({"id":"i1","code":"AMOX","name":"Amoxicillin"})"}));

    VERIFY_NO_PROBLEM(mustFail(db, {"record", "put", table, record}, exitCode, reason));
    VERIFY_NO_PROBLEM(mustFail(db, {"record", "get", "item", "i2"}, 1, QStringLiteral("no record 'i2'")));
}

// A database written by a newer SiteSync is refused, not migrated or damaged.
// covers SEC-4
void TstCli::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(mustSucceed(db, {"init", "central", "--site-id", "1", "--name", "Central"}));
    VERIFY_NO_PROBLEM(rawSql(db, {QStringLiteral("PRAGMA user_version = 99")}));

    VERIFY_NO_PROBLEM(mustFail(db, {"status"}, 1, QStringLiteral("newer version")));
    QStringList version;
    VERIFY_NO_PROBLEM(rawSql(db, {QStringLiteral("PRAGMA user_version")}, &version));
    QCOMPARE(version, QStringList{QStringLiteral("99")});
}

void TstCli::foreignFileIsLeftAlone_data()
{
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("reason");
    QTest::newRow("another program's SQLite database") << true << "not a SiteSync database";
    QTest::newRow("a text file") << false << "not a SQLite database";
}

// A file that is not a SiteSync database is refused with a clear message and left byte for byte as it was.
// covers SEC-4
void TstCli::foreignFileIsLeftAlone()
{
    QFETCH(bool, sqlite);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.db"));
    if (sqlite) {
        VERIFY_NO_PROBLEM(rawSql(path, {QStringLiteral("CREATE TABLE patient (id INTEGER PRIMARY KEY, name TEXT)"),
                                        QStringLiteral("INSERT INTO patient (name) VALUES ('Ana')")}));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,quantity\nAmoxicillin,5\n");
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.isEmpty());

    // Initialising over it must not turn someone else's file into a SiteSync database either.
    for (const QStringList& command : {QStringList{"status"}, QStringList{"record", "list", "item"},
                                       QStringList{"init", "central", "--site-id", "1", "--name", "Central"}})
        VERIFY_NO_PROBLEM(mustFail(path, command, 1, reason));
    QCOMPARE(fileBytes(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("other.db")});
}

// A mistyped --db path is an error, never a new empty database.
// covers SEC-4
void TstCli::missingDatabaseIsNotCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("nowhere.db"));
    for (const QStringList& command : {QStringList{"status"}, QStringList{"site", "list"}}) {
        const CliResult result = runCli(command, db);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("No database at"), result.err.constData());
    }
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no command") << QStringList{} << QByteArray() << 2 << "usage";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << QByteArray() << 2
                                     << "unknown command 'frobnicate'";
    QTest::newRow("option of another command")
        << QStringList{"site", "list", "--store", "B"} << QByteArray() << 2 << "--store does not apply";
    QTest::newRow("site add without --password-stdin")
        << QStringList{"site", "add", "--id", "5", "--name", "Remote 5", "--type", "desktop"}
        << QByteArray("remote-pass-5\n") << 2 << "--password-stdin";
    QTest::newRow("--with without =") << QStringList{"store", "sync-settings", "--store", "B", "--with", "1collector"}
                                      << QByteArray() << 2 << "'1collector'";
    QTest::newRow("--with unknown value")
        << QStringList{"store", "sync-settings", "--store", "B", "--with", "1=everything"} << QByteArray() << 2
        << "'1=everything'";
    QTest::newRow("--active-site not a number")
        << QStringList{"store", "sync-settings", "--store", "B", "--active-site", "two"} << QByteArray() << 2
        << "whole number";
    QTest::newRow("record put without JSON")
        << QStringList{"record", "put", "item"} << QByteArray() << 2 << "usage: sitesyncctl record put";
    QTest::newRow("init central twice") << QStringList{"init", "central", "--site-id", "1", "--name", "Central"}
                                        << QByteArray() << 3 << "already initialised";
}

// Bad usage exits 2 with a reason on stderr; initialising a database twice is refused; none of them changes anything.
// covers SEC-4, TOP-1
void TstCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(standardNetwork(db));
    VERIFY_NO_PROBLEM(mustFail(db, arguments, exitCode, reason, input));

    const JsonOutput sites = runJson(db, {"site", "list"});
    VERIFY_NO_PROBLEM(sites.problem);
    QCOMPARE(sites.array().size(), 2);
}

// record get / put / delete through the ownership rules, and updates that keep the columns not given.
// covers DT-2, DT-4, DT-8
void TstCli::recordGetAndDelete()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    // While store B is still active on the central, the central may give it a stock line.
    VERIFY_NO_PROBLEM(createNetwork(db));
    VERIFY_NO_PROBLEM(mustSucceed(db, {"record", "put", "item", R"({"id":"i1","code":"AMOX","name":"Amoxicillin"})"}));
    VERIFY_NO_PROBLEM(mustSucceed(db, {"record", "put", "item", R"({"id":"i2","code":"PARA","name":"Paracetamol"})"}));
    VERIFY_NO_PROBLEM(
        mustSucceed(db, {"record", "put", "stock_line", R"({"id":"s1","store_id":"B","item_id":"i1","quantity":5})"}));
    VERIFY_NO_PROBLEM(mustSucceed(db, kMoveStoreBToRemote));

    const JsonOutput item = runJson(db, {"record", "get", "item", "i1"});
    VERIFY_NO_PROBLEM(item.problem);
    QVERIFY(item.document.isObject());
    QCOMPARE(item.object().value(QLatin1String("id")).toString(), QStringLiteral("i1"));
    QCOMPARE(item.object().value(QLatin1String("code")).toString(), QStringLiteral("AMOX"));
    VERIFY_NO_PROBLEM(mustFail(db, {"record", "get", "item", "missing"}, 1, QStringLiteral("no record 'missing'")));

    // An update names only the columns it changes.
    VERIFY_NO_PROBLEM(mustSucceed(db, {"record", "put", "item", R"({"id":"i1","name":"New"})"}));
    const JsonOutput updated = runJson(db, {"record", "get", "item", "i1"});
    VERIFY_NO_PROBLEM(updated.problem);
    QCOMPARE(updated.object().value(QLatin1String("name")).toString(), QStringLiteral("New"));
    QCOMPARE(updated.object().value(QLatin1String("code")).toString(), QStringLiteral("AMOX"));

    // B is now active on site 2: its stock line is no longer the central's to delete.
    VERIFY_NO_PROBLEM(mustFail(db, {"record", "delete", "stock_line", "s1"}, 3, QStringLiteral("site 2")));
    // An item a stock line still refers to cannot go.
    VERIFY_NO_PROBLEM(mustFail(db, {"record", "delete", "item", "i1"}, 3, QStringLiteral("refer")));

    VERIFY_NO_PROBLEM(mustSucceed(db, {"record", "delete", "item", "i2"}));
    VERIFY_NO_PROBLEM(mustFail(db, {"record", "get", "item", "i2"}, 1, QStringLiteral("no record 'i2'")));
    VERIFY_NO_PROBLEM(mustFail(db, {"record", "delete", "item", "i2"}, 1, QStringLiteral("no record 'i2'")));
}

// Viewing a store's sync settings: the Sync ID and the sync-with table, as text and as JSON.
// covers ST-2, ST-3, ST-4
void TstCli::syncSettingsAreShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(standardNetwork(db));

    const QByteArray before = contentDigest(db);
    const CliResult text = runCli({"store", "sync-settings", "--store", "B"}, db);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Sync ID 2"), text.out.constData());
    QCOMPARE(contentDigest(db), before);

    const JsonOutput settings = syncSettings(db, QStringLiteral("B"));
    VERIFY_NO_PROBLEM(settings.problem);
    QCOMPARE(settings.object().value(QLatin1String("sync_id")).toInt(), 2);
    QCOMPARE(settings.object().value(QLatin1String("sites")).toArray().size(), 2);
    const QJsonObject central = siteRow(settings, 1);
    QCOMPARE(central.value(QLatin1String("sync_with")).toString(), QStringLiteral("collector"));
    QCOMPARE(central.value(QLatin1String("sync_type")).toString(), QStringLiteral("collector"));
    QCOMPARE(central.value(QLatin1String("local")), QJsonValue(false));
    const QJsonObject remote = siteRow(settings, 2);
    QCOMPARE(remote.value(QLatin1String("sync_with")).toString(), QStringLiteral("collector"));
    QCOMPARE(remote.value(QLatin1String("sync_type")).toString(), QStringLiteral("active"));
    QCOMPARE(remote.value(QLatin1String("local")), QJsonValue(true));

    VERIFY_NO_PROBLEM(mustFail(db, {"store", "sync-settings", "--store", "Z"}, 1, QStringLiteral("no store 'Z'")));
}

// Changes that would break the sync-settings invariants are refused and change nothing.
// covers ST-1, ST-5, TOP-5, RT-3
void TstCli::syncSettingsRefusals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(standardNetwork(db));
    const QStringList storeB = {"store", "sync-settings", "--store", "B"};

    VERIFY_NO_PROBLEM(mustFail(db, storeB + QStringList{"--with", "1=none"}, 3, QStringLiteral("central server")));
    VERIFY_NO_PROBLEM(addSite(db, 3, QStringLiteral("desktop")));
    VERIFY_NO_PROBLEM(mustFail(db, storeB + QStringList{"--with", "3=collector"}, 3, QStringLiteral("not visible")));
    VERIFY_NO_PROBLEM(mustFail(db, storeB + QStringList{"--include-transactions", "off"}, 3,
                               QStringLiteral("dispensary stores only")));

    VERIFY_NO_PROBLEM(addSite(db, 4, QStringLiteral("mobile")));
    VERIFY_NO_PROBLEM(mustSucceed(db, storeB + QStringList{"--active-site", "4"}));
    QCOMPARE(syncSettings(db, QStringLiteral("B")).object().value(QLatin1String("sync_id")).toInt(), 4);
    VERIFY_NO_PROBLEM(addStore(db, QStringLiteral("C")));
    VERIFY_NO_PROBLEM(
        mustFail(db, {"store", "sync-settings", "--store", "C", "--active-site", "4"}, 3, QStringLiteral("mobile")));
    QCOMPARE(syncSettings(db, QStringLiteral("C")).object().value(QLatin1String("sync_id")).toInt(), 1);
}

// Sync-with follows visibility: visible to a store active on a site gives a transfer copy there, invisible none.
// covers ST-5
void TstCli::syncWithFollowsVisibility()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(networkWithStoreCOnSite3(db));
    QCOMPARE(siteRow(syncSettings(db, QStringLiteral("B")), 3).value(QLatin1String("sync_with")).toString(),
             QStringLiteral("none"));

    const JsonOutput stores = runJson(db, {"store", "list"});
    VERIFY_NO_PROBLEM(stores.problem);
    const QString nameId =
        findRow(stores.array(), QStringLiteral("id"), QStringLiteral("B")).value(QLatin1String("name_id")).toString();
    QVERIFY(!nameId.isEmpty());
    // A store's visibility is a sync setting: a raw visibility record is refused and changes nothing.
    const QJsonObject join{{QStringLiteral("name_id"), nameId}, {QStringLiteral("store_id"), QStringLiteral("C")}};
    VERIFY_NO_PROBLEM(mustFail(
        db, {"record", "put", "name_store_join", QString::fromUtf8(QJsonDocument(join).toJson(QJsonDocument::Compact))},
        3, QStringLiteral("store visibility")));
    QCOMPARE(siteRow(syncSettings(db, QStringLiteral("B")), 3).value(QLatin1String("sync_with")).toString(),
             QStringLiteral("none"));
    VERIFY_NO_PROBLEM(mustSucceed(db, {"store", "visibility", "--store", "B", "--visible-in", "C", "on"}));
    QStringList joins;
    QCOMPARE(
        rawSql(db,
               {QStringLiteral("SELECT id FROM name_store_join WHERE name_id = '%1' AND store_id = 'C'").arg(nameId)},
               &joins),
        QString());
    QCOMPARE(joins.size(), 1);
    const QString joinId = joins.first();

    const QJsonObject visible = siteRow(syncSettings(db, QStringLiteral("B")), 3);
    QCOMPARE(visible.value(QLatin1String("sync_with")).toString(), QStringLiteral("transfer"));
    QCOMPARE(visible.value(QLatin1String("sync_type")).toString(), QStringLiteral("transfer"));
    // While visible there, B keeps at least a transfer copy on site 3.
    VERIFY_NO_PROBLEM(
        mustFail(db, {"store", "sync-settings", "--store", "B", "--with", "3=none"}, 3, QStringLiteral("visible")));

    // Rewriting that record to name another (a customer's name) would hide B in C just the same: refused too.
    const QJsonObject customer{{QStringLiteral("id"), QStringLiteral("customer-1")},
                               {QStringLiteral("name"), QStringLiteral("A customer")}};
    VERIFY_NO_PROBLEM(mustSucceed(
        db, {"record", "put", "name", QString::fromUtf8(QJsonDocument(customer).toJson(QJsonDocument::Compact))}));
    const QJsonObject rewritten{{QStringLiteral("id"), joinId},
                                {QStringLiteral("name_id"), QStringLiteral("customer-1")},
                                {QStringLiteral("store_id"), QStringLiteral("C")}};
    VERIFY_NO_PROBLEM(mustFail(db,
                               {"record", "put", "name_store_join",
                                QString::fromUtf8(QJsonDocument(rewritten).toJson(QJsonDocument::Compact))},
                               3, QStringLiteral("store visibility")));
    QStringList storedName;
    QCOMPARE(
        rawSql(db, {QStringLiteral("SELECT name_id FROM name_store_join WHERE id = '%1'").arg(joinId)}, &storedName),
        QString());
    QCOMPARE(storedName, QStringList{nameId});
    VERIFY_NO_PROBLEM(
        mustFail(db, {"record", "delete", "name_store_join", joinId}, 3, QStringLiteral("store visibility")));
    QCOMPARE(siteRow(syncSettings(db, QStringLiteral("B")), 3).value(QLatin1String("sync_with")).toString(),
             QStringLiteral("transfer"));
    VERIFY_NO_PROBLEM(mustSucceed(db, {"store", "visibility", "--store", "B", "--visible-in", "C", "off"}));
    QCOMPARE(siteRow(syncSettings(db, QStringLiteral("B")), 3).value(QLatin1String("sync_with")).toString(),
             QStringLiteral("none"));
}

// The unlock password guards changes of sync settings, never the view; it is kept only as a hash and audited.
// covers ST-4, ST-7
void TstCli::unlockPasswordGuardsSyncSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    const QByteArray password = "unlock-secret-7";
    VERIFY_NO_PROBLEM(createNetwork(db, password));

    VERIFY_NO_PROBLEM(mustFail(db, kMoveStoreBToRemote, 3, QStringLiteral("unlock-password-stdin")));
    const QStringList unlocked = kMoveStoreBToRemote + QStringList{"--unlock-password-stdin"};
    const CliResult wrong = runCli(unlocked, db, "not-the-password\n");
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("Wrong unlock password"), wrong.err.constData());
    const JsonOutput locked = syncSettings(db, QStringLiteral("B"));  // viewing needs no password
    VERIFY_NO_PROBLEM(locked.problem);
    QCOMPARE(locked.object().value(QLatin1String("sync_id")).toInt(), 1);

    VERIFY_NO_PROBLEM(mustSucceed(db, unlocked, password + '\n'));
    QCOMPARE(syncSettings(db, QStringLiteral("B")).object().value(QLatin1String("sync_id")).toInt(), 2);

    QStringList actions;
    VERIFY_NO_PROBLEM(rawSql(db, {QStringLiteral("SELECT action FROM audit_log ORDER BY id")}, &actions));
    for (const char* action : {"unlock password set", "unlock failed", "unlocked", "sync settings changed"})
        QVERIFY2(actions.contains(QLatin1String(action)), qPrintable(actions.join(QStringLiteral(", "))));
    QVERIFY(!(fileBytes(db) + fileBytes(db + QStringLiteral("-wal"))).contains(password));
}

// The unlock password is set once, then changed only with the current one; a wrong current one
// changes nothing and counts as a failed attempt; each is audited in the technician's name.
// covers ST-7
void TstCli::unlockPasswordSetAndChanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    // A central made without an unlock password says how to set one.
    const CliResult made =
        runCli({"init", "central", "--site-id", "1", "--name", "Central"}, dir.filePath(QStringLiteral("other.db")));
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.err.contains("sitesyncctl unlock-password set"), made.err.constData());
    VERIFY_NO_PROBLEM(createNetwork(db));
    VERIFY_NO_PROBLEM(mustFail(db, {"unlock-password", "change", "--password-stdin"}, 3, QStringLiteral("set one")));
    VERIFY_NO_PROBLEM(mustFail(db, {"unlock-password", "set", "--password-stdin"}, 2, QStringLiteral("No new")));
    VERIFY_NO_PROBLEM(mustFail(db, {"unlock-password", "set", "--password-stdin", "--technician", "Ana"}, 2,
                               QStringLiteral("at least"), "short\n"));
    VERIFY_NO_PROBLEM(mustSucceed(db, {"unlock-password", "set", "--password-stdin", "--technician", "Ana Tech"},
                                  "first-unlock-1\n"));
    VERIFY_NO_PROBLEM(mustFail(db, {"unlock-password", "set", "--password-stdin"}, 3, QStringLiteral("set already"),
                               "other-unlock-2\n"));

    const QStringList change = {"unlock-password", "change", "--password-stdin", "--technician", "Bea Tech"};
    // A wrong current password is counted (so the file changes): not through mustFail.
    const CliResult wrong = runCli(change, db, "not-the-current\nnew-unlock-22\n");
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("Wrong unlock password (1 of 5"), wrong.err.constData());
    QStringList failures;
    VERIFY_NO_PROBLEM(
        rawSql(db, {QStringLiteral("SELECT value FROM sync_state WHERE key = 'unlock_failures'")}, &failures));
    QCOMPARE(failures, QStringList{QStringLiteral("1")});
    // Nothing changed: the first password still unlocks, the new one does not.
    const QStringList move = kMoveStoreBToRemote + QStringList{"--unlock-password-stdin", "--technician", "Cy"};
    const CliResult notYet = runCli(move, db, "new-unlock-22\n");
    QCOMPARE(notYet.exitCode, 3);
    QVERIFY2(notYet.err.contains("Wrong unlock password"), notYet.err.constData());
    VERIFY_NO_PROBLEM(mustSucceed(db, change, "first-unlock-1\nnew-unlock-22\n"));
    VERIFY_NO_PROBLEM(mustSucceed(db, move, "new-unlock-22\n"));

    QStringList entries;
    VERIFY_NO_PROBLEM(rawSql(db,
                             {QStringLiteral("SELECT actor || ':' || action FROM audit_log WHERE action LIKE "
                                             "'unlock%' OR action = 'sync settings changed' ORDER BY id")},
                             &entries));
    QCOMPARE(entries,
             (QStringList{QStringLiteral("Ana Tech:unlock password set"), QStringLiteral("Bea Tech:unlock failed"),
                          QStringLiteral("Cy:unlock failed"), QStringLiteral("Bea Tech:unlock password changed"),
                          QStringLiteral("Cy:unlocked"), QStringLiteral("Cy:sync settings changed")}));
    // The unlock names the store it was for.
    QStringList unlockedFor;
    VERIFY_NO_PROBLEM(
        rawSql(db, {QStringLiteral("SELECT params FROM audit_log WHERE action = 'unlocked' ORDER BY id DESC LIMIT 1")},
               &unlockedFor));
    QVERIFY2(unlockedFor.value(0).contains(QStringLiteral("\"store\":\"B\"")), qPrintable(unlockedFor.value(0)));
}

// Deleting a site, resetting its binding and exporting its data file are for technicians: behind
// the unlock password, in the CLI as in the window.
// covers ST-7, TOP-4, TOP-6
void TstCli::siteChangesNeedTheUnlockPassword()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(createNetwork(db, "unlock-secret-7"));
    // Adding a site needs the unlock password too; a wrong one adds nothing.
    VERIFY_NO_PROBLEM(
        mustFail(db, {"site", "add", "--id", "3", "--name", "Remote 3", "--type", "desktop", "--password-stdin"}, 3,
                 QStringLiteral("unlock-password-stdin"), "remote-pass-3\n"));
    const CliResult guessed = runCli({"site", "add", "--id", "3", "--name", "Remote 3", "--type", "desktop",
                                      "--password-stdin", "--unlock-password-stdin"},
                                     db, "not-it\nremote-pass-3\n");
    QCOMPARE(guessed.exitCode, 3);
    QStringList none;
    VERIFY_NO_PROBLEM(rawSql(db, {QStringLiteral("SELECT count(*) FROM site WHERE id = 3")}, &none));
    QCOMPARE(none, QStringList{QStringLiteral("0")});
    VERIFY_NO_PROBLEM(addSite(db, 3, QStringLiteral("desktop"), "unlock-secret-7"));
    const QString file = dir.filePath(QStringLiteral("site-3.sitesync"));

    VERIFY_NO_PROBLEM(mustFail(db, {"site", "delete", "--id", "3"}, 3, QStringLiteral("unlock-password-stdin")));
    const CliResult wrong = runCli({"site", "delete", "--id", "3", "--unlock-password-stdin"}, db, "not-it\n");
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("Wrong unlock password"), wrong.err.constData());
    VERIFY_NO_PROBLEM(
        mustFail(db, {"site", "export", "--site", "3", "--out", file}, 3, QStringLiteral("unlock-password-stdin")));
    QVERIFY(!QFileInfo::exists(file));
    const CliResult reset = runCli({"site", "reset-hardware", "--id", "2"}, db);
    QCOMPARE(reset.exitCode, 3);
    // What a reset loses is said before the password is asked.
    QVERIFY2(reset.err.contains("never reported"), reset.err.constData());
    QStringList sites;
    VERIFY_NO_PROBLEM(rawSql(db, {QStringLiteral("SELECT count(*) FROM site WHERE id = 3")}, &sites));
    QCOMPARE(sites, QStringList{QStringLiteral("1")});

    VERIFY_NO_PROBLEM(mustSucceed(
        db, {"site", "export", "--site", "3", "--out", file, "--unlock-password-stdin", "--technician", "Ana Tech"},
        "unlock-secret-7\n"));
    QVERIFY(QFileInfo::exists(file));
    VERIFY_NO_PROBLEM(
        mustSucceed(db, {"site", "reset-hardware", "--id", "2", "--unlock-password-stdin"}, "unlock-secret-7\n"));
    VERIFY_NO_PROBLEM(
        mustSucceed(db, {"site", "delete", "--id", "3", "--unlock-password-stdin", "--technician", "Ana Tech"},
                    "unlock-secret-7\n"));
    QStringList left;
    VERIFY_NO_PROBLEM(rawSql(db, {QStringLiteral("SELECT count(*) FROM site WHERE id = 3")}, &left));
    QCOMPARE(left, QStringList{QStringLiteral("0")});
    QStringList actors;
    VERIFY_NO_PROBLEM(rawSql(db,
                             {QStringLiteral("SELECT actor FROM audit_log WHERE action = 'site deleted' OR (action = "
                                             "'unlocked' AND json_extract(params, '$.purpose') = 'export site')")},
                             &actors));
    QCOMPARE(actors, (QStringList{QStringLiteral("Ana Tech"), QStringLiteral("Ana Tech")}));
    // Writing a site's data file, which holds its patients' records, is audited itself.
    QStringList exported;
    VERIFY_NO_PROBLEM(rawSql(db,
                             {QStringLiteral("SELECT actor || ':' || json_extract(params, '$.site') FROM audit_log"
                                             " WHERE action = 'site data file exported'")},
                             &exported));
    QCOMPARE(exported, QStringList{QStringLiteral("Ana Tech:3")});
}

// A site can be deleted only when it is not the central and no store is active on it.
// covers TOP-6
void TstCli::siteDeletion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(standardNetwork(db));

    VERIFY_NO_PROBLEM(mustFail(db, {"site", "delete", "--id", "1"}, 3, QStringLiteral("central")));
    VERIFY_NO_PROBLEM(mustFail(db, {"site", "delete", "--id", "2"}, 3, QStringLiteral(R"(active store.*\bB\b)")));
    VERIFY_NO_PROBLEM(mustFail(db, {"site", "delete", "--id", "9"}, 1, QStringLiteral("no site 9")));

    VERIFY_NO_PROBLEM(mustSucceed(db, {"store", "sync-settings", "--store", "B", "--active-site", "1"}));
    VERIFY_NO_PROBLEM(mustSucceed(db, {"site", "delete", "--id", "2"}));
    const JsonOutput sites = runJson(db, {"site", "list"});
    VERIFY_NO_PROBLEM(sites.problem);
    QCOMPARE(sites.array().size(), 1);
    QVERIFY(findRow(sites.array(), QStringLiteral("id"), 2).isEmpty());
    QCOMPARE(siteRow(syncSettings(db, QStringLiteral("B")), 2), QJsonObject());
}

// `store visibility` makes a store visible in another, or hides it there, through the engine: the
// sync-with of the site where the other store is active follows (ST-5), and it is audited.
// covers ST-5, ST-7
void TstCli::storeVisibility()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("central.db"));
    VERIFY_NO_PROBLEM(networkWithStoreCOnSite3(db));
    QCOMPARE(siteRow(syncSettings(db, QStringLiteral("B")), 3).value(QLatin1String("sync_with")).toString(),
             QStringLiteral("none"));
    const QString kJoins = QStringLiteral("SELECT count(*) FROM name_store_join j JOIN name n ON n.id = j.name_id"
                                          " WHERE n.store_id = 'B' AND j.store_id = 'C'");

    // The preview shows the copy it gives and changes nothing.
    const QByteArray before = contentDigest(db);
    const CliResult preview =
        runCli({"store", "visibility", "--store", "B", "--visible-in", "C", "on", "--preview"}, db);
    QVERIFY2(preview.exitCode == 0, preview.err.constData());
    QVERIFY2(preview.out.contains("Preview only, nothing saved"), preview.out.constData());
    QVERIFY2(preview.out.contains("transfer copy"), preview.out.constData());
    QCOMPARE(contentDigest(db), before);

    VERIFY_NO_PROBLEM(mustSucceed(db, {"store", "visibility", "--store", "B", "--visible-in", "C", "on"}));
    QStringList joins;
    VERIFY_NO_PROBLEM(rawSql(db, {kJoins}, &joins));
    QCOMPARE(joins, QStringList{QStringLiteral("1")});
    QCOMPARE(siteRow(syncSettings(db, QStringLiteral("B")), 3).value(QLatin1String("sync_with")).toString(),
             QStringLiteral("transfer"));
    const JsonOutput listed = runJson(db, {"store", "visibility", "--store", "B"});
    VERIFY_NO_PROBLEM(listed.problem);
    QCOMPARE(findRow(listed.array(), QStringLiteral("store_id"), QStringLiteral("C")).value(QLatin1String("visible")),
             QJsonValue(true));
    // Asking again for what already is changes nothing and says so.
    const CliResult again = runCli({"store", "visibility", "--store", "B", "--visible-in", "C", "on"}, db);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("already"), again.out.constData());

    VERIFY_NO_PROBLEM(mustSucceed(db, {"store", "visibility", "--store", "B", "--visible-in", "C", "off"}));
    joins.clear();
    VERIFY_NO_PROBLEM(rawSql(db, {kJoins}, &joins));
    QCOMPARE(joins, QStringList{QStringLiteral("0")});
    QCOMPARE(siteRow(syncSettings(db, QStringLiteral("B")), 3).value(QLatin1String("sync_with")).toString(),
             QStringLiteral("none"));
    QStringList audited;
    VERIFY_NO_PROBLEM(rawSql(db,
                             {QStringLiteral("SELECT json_extract(params, '$.store') || ':' ||"
                                             " json_extract(params, '$.visible_in') || ':' ||"
                                             " json_extract(params, '$.hidden_in') FROM audit_log"
                                             " WHERE action = 'store visibility changed' ORDER BY id")},
                             &audited));
    QCOMPARE(audited, (QStringList{QStringLiteral("B:[\"C\"]:[]"), QStringLiteral("B:[]:[\"C\"]")}));
    // `sitesyncctl audit` words them in English, newest first; with --json, the code and parameters too.
    const CliResult log = runCli({"audit"}, db);
    QCOMPARE(log.exitCode, 0);
    QVERIFY2(log.out.startsWith("WHEN"), log.out.constData());
    QList<QByteArray> visibilityLines;
    for (const QByteArray& line : log.out.split('\n')) {
        if (line.contains("Store visibility changed"))
            visibilityLines << line;
    }
    QCOMPARE(visibilityLines.size(), 2);
    QVERIFY2(visibilityLines[0].endsWith("store B: hidden in store C") &&
                 visibilityLines[1].endsWith("store B: visible in store C"),
             log.out.constData());
    const JsonOutput logJson = runJson(db, {"audit", "--limit", "1"});
    VERIFY_NO_PROBLEM(logJson.problem);
    QCOMPARE(logJson.array().size(), 1);
    const QJsonObject newest = logJson.array().first().toObject();
    QCOMPARE(newest.value(QLatin1String("action")).toString(), QStringLiteral("store visibility changed"));
    QCOMPARE(newest.value(QLatin1String("params")).toObject().value(QLatin1String("store")).toString(),
             QStringLiteral("B"));
    QCOMPARE(newest.value(QLatin1String("detail")).toString(), QStringLiteral("store B: hidden in store C"));

    VERIFY_NO_PROBLEM(mustFail(db, {"store", "visibility", "--store", "Z", "--visible-in", "C", "on"}, 1,
                               QStringLiteral("no store 'Z'")));
    VERIFY_NO_PROBLEM(mustFail(db, {"store", "visibility", "--store", "B", "--visible-in", "Z", "on"}, 1,
                               QStringLiteral("no store 'Z'")));
    VERIFY_NO_PROBLEM(
        mustFail(db, {"store", "visibility", "--store", "B", "--visible-in", "B", "on"}, 2, QStringLiteral("itself")));
    VERIFY_NO_PROBLEM(mustFail(db, {"store", "visibility", "--store", "B", "--visible-in", "C", "maybe"}, 2,
                               QStringLiteral("on or off")));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
