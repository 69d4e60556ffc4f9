// OPS-5: the statements the central runs most (a pull's log and records, the waiting counts) run on
// PostgreSQL through libpq directly (db/postgresstatement). Values go in and come back exactly as
// through SQLite's interface: numbers as numbers, text byte for byte, NULL as NULL; a `?` inside
// quoted text is text, not a placeholder; an error is reported and the statement runs again.
// covers OPS-5
#include "db/database.h"
#include "db/postgresstatement.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace sitesync;

class TstPostgresStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void placeholdersAreNumberedOutsideQuotes_data();
    void placeholdersAreNumberedOutsideQuotes();
    void valuesGoInAndComeBackExactly();
    void countsChangesAndReportsErrors();

private:
    std::unique_ptr<Database> m_db;
};

void TstPostgresStatement::initTestCase()
{
    test::prepareEnvironment();
    QVERIFY2(!test::postgresServer().isEmpty(), "the postgres fixture sets SITESYNC_TEST_POSTGRES");
    const QString address = test::newPostgresDatabase();
    QVERIFY(!address.isEmpty());
    Result<std::unique_ptr<Database>> opened = Database::open(address, Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

void TstPostgresStatement::placeholdersAreNumberedOutsideQuotes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QByteArray>("numbered");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << QStringLiteral("SELECT 1") << QByteArray("SELECT 1") << 0;
    QTest::newRow("three") << QStringLiteral("SELECT ? WHERE a = ? AND b <= ?")
                           << QByteArray("SELECT $1 WHERE a = $2 AND b <= $3") << 3;
    QTest::newRow("in text") << QStringLiteral("SELECT 'why?', ?, 'it''s ?', ?")
                             << QByteArray("SELECT 'why?', $1, 'it''s ?', $2") << 2;
    QTest::newRow("in a name") << QStringLiteral(R"(SELECT "odd?""name" FROM t WHERE x = ?)")
                               << QByteArray(R"(SELECT "odd?""name" FROM t WHERE x = $1)") << 1;
    QTest::newRow("past ten") << QStringLiteral("VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                              << QByteArray("VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)") << 11;
    QTest::newRow("accented") << QStringLiteral("SELECT 'été', ?") << QByteArray("SELECT 'été', $1") << 1;
}

void TstPostgresStatement::placeholdersAreNumberedOutsideQuotes()
{
    QFETCH(QString, sql);
    QFETCH(QByteArray, numbered);
    QFETCH(int, count);
    int found = -1;
    QCOMPARE(PostgresStatement::numberedPlaceholders(sql, &found), numbered);
    QCOMPARE(found, count);
}

void TstPostgresStatement::valuesGoInAndComeBackExactly()
{
    const Result<Statement*> prepared = m_db->statement(
        QStringLiteral("SELECT CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),"
                       " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), 'is it?', 2 > 1, 1 > 2, 7.5"));
    QVERIFY2(prepared.ok(), prepared ? "" : qPrintable(prepared.error().message));
    Statement& statement = **prepared;
    const QByteArray text("Lot «été» 'x'\n\"2\" ? \\ end");
    const qint64 large = std::numeric_limits<qint64>::max() - 1;
    statement.bindInteger(0, large);
    statement.bindReal(1, 0.1);
    statement.bindReal(2, 1234567.891011e200);
    statement.bindUtf8(3, text);
    statement.bindText(4, QStringLiteral("mañana"));
    statement.bindNull(5);
    const Result<bool> row = statement.step();
    QVERIFY2(row.ok(), row ? "" : qPrintable(row.error().message));
    QVERIFY(*row);
    QCOMPARE(statement.integer(0), large);
    QCOMPARE(statement.real(1), 0.1);
    QCOMPARE(statement.real(2), 1234567.891011e200);
    QCOMPARE(statement.text(3).toByteArray(), text);
    QCOMPARE(QString::fromUtf8(statement.text(4)), QStringLiteral("mañana"));
    QVERIFY(statement.isNull(5));
    QVERIFY(!statement.isNull(3));
    QCOMPARE(statement.text(6).toByteArray(), QByteArray("is it?"));
    // Truth values read as SQLite has them, a fraction as its whole part.
    QCOMPARE(statement.integer(7), qint64(1));
    QCOMPARE(statement.integer(8), qint64(0));
    QCOMPARE(statement.integer(9), qint64(7));
    QCOMPARE(statement.real(9), 7.5);
    const Result<bool> end = statement.step();
    QVERIFY(end.ok() && !*end);
    statement.reset();

    // Bound again (a reset forgets the values, as SQLite's does), it runs again with the new values.
    statement.bindInteger(0, -3);
    statement.bindReal(1, -std::numeric_limits<double>::infinity());
    QVERIFY(statement.step().value());
    QCOMPARE(statement.integer(0), qint64(-3));
    QVERIFY(std::isinf(statement.real(1)) && statement.real(1) < 0);
    statement.reset();
}

void TstPostgresStatement::countsChangesAndReportsErrors()
{
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE counted (id BIGINT PRIMARY KEY, name TEXT)")).ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO counted VALUES (1, 'a'), (2, 'b'), (3, 'c')")).ok());
    const Result<Statement*> update = m_db->statement(QStringLiteral("UPDATE counted SET name = ? WHERE id >= ?"));
    QVERIFY(update.ok());
    (*update)->bindText(0, QStringLiteral("renamed"));
    (*update)->bindInteger(1, 2);
    QVERIFY((*update)->run().ok());
    QCOMPARE((*update)->changes(), 2);

    // A failing statement says why, and the same statement runs once its values are right.
    const Result<Statement*> insert = m_db->statement(QStringLiteral("INSERT INTO counted (id, name) VALUES (?, ?)"));
    QVERIFY(insert.ok());
    (*insert)->bindInteger(0, 1);
    (*insert)->bindText(1, QStringLiteral("again"));
    const Status failed = (*insert)->run();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QLatin1String("counted_pkey")), qPrintable(failed.error().message));
    (*insert)->bindInteger(0, 4);
    (*insert)->bindText(1, QStringLiteral("fourth"));
    QVERIFY((*insert)->run().ok());
    QCOMPARE((*insert)->changes(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM counted WHERE name = 'renamed'")).value().toInt(), 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT name FROM counted WHERE id = 4")).value().toString(),
             QStringLiteral("fourth"));
}

QTEST_GUILESS_MAIN(TstPostgresStatement)
#include "tst_postgresstatement.moc"
