// The database layer: pragmas, migrations at open, and refusal of files it must not touch.
#include "db/database.h"
#include "db/migrations.h"
#include "model/auditlog.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

}  // namespace

class TstDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void newDatabaseIsConfigured();
    void reopeningKeepsData();
    void olderVersionIsMigratedKeepingData();
    void newerVersionIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched();
    void nonDatabaseFileIsRefused();
    void missingFileIsNotCreated();
    void emptyFileIsNotInitialisedByOpening();
    void innerFailureUndoesOnlyItself();
};

// covers SEC-4
void TstDatabase::newDatabaseIsConfigured()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db =
        Database::open(dir.filePath(QStringLiteral("a.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), latestSchemaVersion());
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    QVERIFY((*db)->scalar(QStringLiteral("PRAGMA application_id"))->toInt() != 0);
    // Foreign keys are enforced.
    QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO barcode (id, item_id, gtin) VALUES ('b', 'missing', 'x')")));
}

// covers SEC-4
void TstDatabase::reopeningKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(
            (*db)
                ->exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, detail) VALUES ('t', 'a', 'k', 'v')"))
                .ok());
    }
    Result<std::unique_ptr<Database>> again = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(again.ok());
    QCOMPARE((*again)->scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'k'"))->toString(),
             QStringLiteral("v"));
}

// covers SEC-4, RT-5, PT-4, ACC-2, ACC-4
void TstDatabase::olderVersionIsMigratedKeepingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    {
        Result<std::unique_ptr<Database>> made = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(made.ok());
        // A prescriber's log entry as version 1 wrote it, with no person to route by.
        (*made)->setWriteOpen(true);
        QVERIFY((*made)
                    ->exec(QStringLiteral("INSERT INTO change_log (table_name, record_id, op, data_class, data_type,"
                                          " origin_site, logged_at) VALUES ('prescriber', 'dr-1', 'upsert', 'patient',"
                                          " 'Patients and prescribers', 2, 't')"))
                    .ok());
        (*made)->setWriteOpen(false);
    }
    // The database as version 1 made it: site_cursor without the column of version 2.
    QCOMPARE(
        test::rawSql(path, {QStringLiteral("INSERT INTO site_cursor (site_id, pulled_seq) VALUES (4, 17)"),
                            QStringLiteral("INSERT INTO sync_problem (at, site_id, kind, table_name, record_id, reason,"
                                           " payload, resolved) VALUES ('2026-01-02T03:04:05Z', 2, 'refused', 'item',"
                                           " 'i9', 'Not the primary.', '{}', 1),"
                                           " ('2026-01-03T03:04:05Z', 2, 'quarantined', 'item', 'i8', 'Broken.',"
                                           " '{}', 0)"),
                            QStringLiteral("DROP INDEX sync_problem_open"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN closed_as"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN closed_at"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN closed_by"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN resolution"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN retried_at"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN retry_result"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN own_changes_until"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN push_batch"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN push_from"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN reported_version"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN reported_outgoing"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN reported_problems"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN reported_at"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN recovered_at"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN served_ever"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN outgoing_rises"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN outgoing_trend"),
                            QStringLiteral("DROP TABLE store_handover"),
                            QStringLiteral("DROP TABLE patient_home_move"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN origin_at"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN restored"),
                            QStringLiteral("ALTER TABLE sync_problem DROP COLUMN waits_on_central"),
                            QStringLiteral("DROP INDEX invoice_line_stock_line"),
                            QStringLiteral("ALTER TABLE change_log DROP COLUMN origin_at"),
                            QStringLiteral("ALTER TABLE sync_in DROP COLUMN origin_at"),
                            QStringLiteral("ALTER TABLE sync_in DROP COLUMN restored"),
                            QStringLiteral("DROP INDEX sync_in_record"),
                            QStringLiteral("DROP INDEX sync_in_waits"),
                            QStringLiteral("DROP INDEX sync_in_due"),
                            QStringLiteral("DROP INDEX sync_in_unreported"),
                            QStringLiteral("ALTER TABLE sync_in DROP COLUMN waits_for"),
                            QStringLiteral("ALTER TABLE sync_in DROP COLUMN next_attempt_at"),
                            QStringLiteral("ALTER TABLE sync_in DROP COLUMN problem_id"),
                            QStringLiteral("DROP TABLE prescription_repeat"),
                            QStringLiteral("DROP TABLE record_merge"),
                            QStringLiteral("DROP INDEX invoice_prescriber"),
                            QStringLiteral("ALTER TABLE site_cursor DROP COLUMN last_address"),
                            QStringLiteral("ALTER TABLE audit_log DROP COLUMN params"),
                            QStringLiteral("DROP TABLE record_extra_columns"),
                            QStringLiteral("DROP TABLE login_strike"),
                            QStringLiteral("INSERT INTO audit_log (at, actor, action, detail) VALUES "
                                           "('2026-01-02T03:04:05Z', 'ana', 'site deleted', 'site 5 (North)')"),
                            QStringLiteral("PRAGMA user_version = 1")}),
        QString());
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    QCOMPARE(
        (*db)->scalar(QStringLiteral("SELECT pulled_seq || ',' || own_changes_until FROM site_cursor"))->toString(),
        QStringLiteral("17,0"));
    // Version 12: an audit entry written before parameters existed is read with its English detail.
    const Result<QList<AuditEntry>> audit = AuditLog::list(**db);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("site deleted"));
    QCOMPARE(audit->first().detail, QStringLiteral("site 5 (North)"));
    QVERIFY(audit->first().params.isEmpty());
    // Version 11: a site known before has no rise of its queue counted yet (ACC-4).
    QCOMPARE((*db)
                 ->scalar(QStringLiteral("SELECT outgoing_rises || ':' || outgoing_trend FROM site_cursor"
                                         " WHERE site_id = 4"))
                 ->toString(),
             QStringLiteral("0:"));
    // Version 8: a problem closed before is closed as resolved, counted for pruning from when it was
    // logged; an open one stays open (ACC-2).
    QCOMPARE((*db)
                 ->scalar(QStringLiteral("SELECT group_concat(record_id || ':' || resolved || ':' ||"
                                         " COALESCE(closed_as, '-') || ':' || COALESCE(closed_at, '-'), ' ')"
                                         " FROM (SELECT * FROM sync_problem ORDER BY id)"))
                 ->toString(),
             QStringLiteral("i9:1:resolved:2026-01-02T03:04:05Z i8:0:-:-"));
    // Version 9 keeps a stock line reference of an invoice line as data (ADR 0006).
    QCOMPARE((*db)
                 ->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('invoice_line')"
                                         " WHERE \"from\" = 'stock_line_id'"))
                 ->toInt(),
             0);
    // Version 10 looks up the invoice lines a stock line is named by, and keeps patients' home moves.
    QCOMPARE((*db)
                 ->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                         " ('invoice_line_stock_line', 'patient_home_move')"))
                 ->toInt(),
             2);
    // Version 4 routes prescribers by the prescriber (PT-4).
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT patient_id FROM change_log WHERE record_id = 'dr-1'"))->toString(),
             QStringLiteral("dr-1"));
}

// covers SEC-4
void TstDatabase::newerVersionIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    {
        QVERIFY(Database::open(path, Database::OpenMode::CreateIfMissing).ok());
    }
    QCOMPARE(test::rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 7),
                                 QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}),
             QString());
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, ErrorKind::Incompatible);
    QVERIFY2(db.error().message.contains(QLatin1String("newer version")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

// covers SEC-4
void TstDatabase::foreignDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    QCOMPARE(test::rawSql(path, {QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)"),
                                 QStringLiteral("INSERT INTO accounts (owner) VALUES ('someone')")}),
             QString());
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, ErrorKind::Incompatible);
    QVERIFY(db.error().message.contains(QLatin1String("not a SiteSync database")));
    QCOMPARE(fileHash(path), before);
}

// covers SEC-4
void TstDatabase::nonDatabaseFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("these are not the tables you are looking for\n").repeated(200));
    file.close();
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, ErrorKind::Incompatible);
    QCOMPARE(fileHash(path), before);
}

// covers SEC-4
void TstDatabase::missingFileIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, ErrorKind::NotFound);
    QVERIFY(!QFile::exists(path));
}

// covers SEC-4
void TstDatabase::emptyFileIsNotInitialisedByOpening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, ErrorKind::NotFound);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TstDatabase::innerFailureUndoesOnlyItself()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened =
        Database::open(dir.filePath(QStringLiteral("a.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    Database& db = **opened;
    auto insert = [&](const char* action) {
        return db.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, detail) VALUES ('t', 'a', '%1', '')")
                           .arg(QString::fromLatin1(action)));
    };
    {
        Transaction outer(db);
        QVERIFY(insert("outer").ok());
        {
            Transaction failed(db);
            QVERIFY(insert("failed").ok());
            // no commit: this step failed and is undone
        }
        {
            Transaction kept(db);
            QVERIFY(insert("kept").ok());
            QVERIFY(kept.commit().ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log ORDER BY id)"))
            ->toString(),
        QStringLiteral("outer,kept"));
    {
        Transaction outer(db);
        QVERIFY(insert("abandoned").ok());
        Transaction inner(db);
        QVERIFY(insert("inner").ok());
        QVERIFY(inner.commit().ok());
        // the outer transaction is never committed
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(), 2);
    QVERIFY(!db.inTransaction());
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
