// The one write path: rules and change log in one transaction, and no way around it.
#include "model/auditlog.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

QJsonObject item(const char* id, const char* code)
{
    return {{QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("code"), QString::fromLatin1(code)},
            {QStringLiteral("name"), QStringLiteral("Item %1").arg(QString::fromLatin1(code))}};
}

int count(Database& db, const QString& statement, const QVariantList& bindings = {})
{
    return db.scalar(statement, bindings)->toInt();
}

}  // namespace

class TstWritePath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup() { m_session.reset(); }

    void changeIsLoggedWithTheData();
    void storedTimesComeFromTheSitesClock();
    void failedTransactionLeavesNeitherDataNorLog();
    void refusedChangeWritesNothing();
    void eachOriginIsJudgedAndLoggedAsNamed_data();
    void eachOriginIsJudgedAndLoggedAsNamed();
    void failedReadIsNotTakenForAMissingRecord_data();
    void failedReadIsNotTakenForAMissingRecord();
    void rawWriteFromAnotherConnectionIsCaught_data();
    void rawWriteFromAnotherConnectionIsCaught();
    void rawWriteOnTheSameConnectionIsCaught();
    void droppedGuardIsDetected();
    void oneLogEntryPerRecord();
    void deleteIsLogged();
    void localDataIsNotLogged();
    void updateKeepsOtherFields();
    void recordCannotMoveStore();
    void brokenReferenceIsRefusedClearly();
    void stockLineNamedByInvoiceLinesStays();
    void managedTablesNeedTheirCommands();
    void recordsKeepTheirKind();
    void storeNameBelongsToTheStore();
    void insurancePolicyFollowsItsPatient();
    void rewrittenGuardIsDetected();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSession> m_session;
};

void TstWritePath::init()
{
    QVERIFY(m_dir.isValid());
    test::removeCentral(m_dir);
    m_session = test::newCentral(m_dir);
    QVERIFY(m_session);
    QVERIFY(m_session->stores().add(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Store A"), false).ok());
    QVERIFY(m_session->sites()
                .add(2, QStringLiteral("Remote 1"), QStringLiteral("desktop"), false, QStringLiteral("password-2"))
                .ok());
    QVERIFY(m_session->stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false).ok());
    SyncSettingsChange change;
    change.activeSiteId = 2;
    QVERIFY(m_session->syncSettings().apply(QStringLiteral("B"), change).ok());
}

// covers DT-8
void TstWritePath::changeIsLoggedWithTheData()
{
    Database& db = m_session->database();
    const Result<WriteResult> written = m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX"));
    QVERIFY(written.ok());
    QCOMPARE(written->operation, Operation::Insert);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM item WHERE id = 'i1'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'item' AND record_id = 'i1'"
                                      " AND op = 'upsert' AND data_class = 'central' AND origin_site = 1")),
             1);
}

// The times the write path and the registries store (the change log's, the audit log's, a new
// store's) are the site's clock's (Database::now), not the system's: a clock set to a day long past
// shows in every one of them.
void TstWritePath::storedTimesComeFromTheSitesClock()
{
    Database& db = m_session->database();
    const QDateTime fixed(QDate(2001, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    db.setClock([fixed] { return fixed; });

    QVERIFY(m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")).ok());
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT logged_at FROM change_log WHERE table_name = 'item' AND record_id = 'i1'"))
            ->toString(),
        QStringLiteral("2001-02-03T04:05:06.789Z"));

    QVERIFY(m_session->stores().add(QStringLiteral("C"), QStringLiteral("C"), QStringLiteral("Store C"), false).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT created_at FROM store WHERE id = 'C'"))->toString(),
             QStringLiteral("2001-02-03T04:05:06Z"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT at FROM audit_log WHERE action = ? ORDER BY id DESC"),
                       {AuditAction::kStoreAdded})
                 ->toString(),
             QStringLiteral("2001-02-03T04:05:06.789Z"));
}

// covers DT-8
void TstWritePath::failedTransactionLeavesNeitherDataNorLog()
{
    Database& db = m_session->database();
    const int logBefore = count(db, QStringLiteral("SELECT count(*) FROM change_log"));
    const Status s = m_session->writer().inOneTransaction([&]() -> Status {
        if (const Result<WriteResult> w = m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")); !w)
            return w.error();
        return makeError(ErrorKind::Database, QStringLiteral("simulated failure after the write"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM item")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log")), logBefore);
    QVERIFY(!db.writeOpen());
}

// covers DT-4, DT-8
void TstWritePath::refusedChangeWritesNothing()
{
    Database& db = m_session->database();
    QVERIFY(m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")).ok());
    const QByteArray before = test::contentDigest(db.path());
    const Result<WriteResult> refused =
        m_session->writer().put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("s1")},
                                                               {QStringLiteral("store_id"), QStringLiteral("B")},
                                                               {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                               {QStringLiteral("quantity"), 5}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QCOMPARE(refused.error().ownerSiteId, 2);
    QVERIFY(refused.error().message.contains(QLatin1String("site 2 (Remote 1)")));
    QCOMPARE(test::contentDigest(db.path()), before);
    // The same change in store A, active here, is allowed.
    QVERIFY(m_session->writer()
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("s1")},
                                                    {QStringLiteral("store_id"), QStringLiteral("A")},
                                                    {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                    {QStringLiteral("quantity"), 5}})
                .ok());
}

// What a write's origin decides, and nothing else does (docs/architecture.md, "One write path"):
// a stock line of store B (active on site 2) written on the central.
void TstWritePath::eachOriginIsJudgedAndLoggedAsNamed_data()
{
    QTest::addColumn<int>("origin");
    QTest::addColumn<int>("senderSite");  // the sender of a Site origin
    QTest::addColumn<bool>("stored");
    QTest::addColumn<int>("loggedOrigin");  // the change log's origin site, 0: not logged
    QTest::newRow("here: judged as the central, refused") << int(WriteOrigin::Here) << 0 << false << 0;
    QTest::newRow("site 2, the owner: allowed, logged as site 2's") << int(WriteOrigin::Site) << 2 << true << 2;
    QTest::newRow("site 3, not the owner: refused") << int(WriteOrigin::Site) << 3 << false << 0;
    QTest::newRow("from the central: stored as sent, not logged") << int(WriteOrigin::Central) << 0 << true << 0;
    QTest::newRow("system: not judged, logged as the central's") << int(WriteOrigin::System) << 0 << true << 1;
}

void TstWritePath::eachOriginIsJudgedAndLoggedAsNamed()
{
    QFETCH(int, origin);
    QFETCH(int, senderSite);
    QFETCH(bool, stored);
    QFETCH(int, loggedOrigin);
    Database& db = m_session->database();
    QVERIFY(m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")).ok());
    SiteContext sender;
    sender.siteId = senderSite;
    sender.centralSiteId = 1;
    sender.primarySiteId = 1;
    WriteOptions options;
    switch (WriteOrigin(origin)) {
    case WriteOrigin::Here:
        break;
    case WriteOrigin::Site:
        options = WriteOptions::fromSite(sender, QStringLiteral("2026-12-01T10:00:00.000Z"));
        break;
    case WriteOrigin::Central:
        options = WriteOptions::fromCentral();
        break;
    case WriteOrigin::System:
        options = WriteOptions::bySystem();
        break;
    }
    const Result<WriteResult> written = m_session->writer().put(QStringLiteral("stock_line"),
                                                                {{QStringLiteral("id"), QStringLiteral("s1")},
                                                                 {QStringLiteral("store_id"), QStringLiteral("B")},
                                                                 {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                                 {QStringLiteral("quantity"), 5}},
                                                                options);
    QCOMPARE(written.ok(), stored);
    if (!stored)
        QCOMPARE(written.error().kind, ErrorKind::Refused);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stock_line WHERE id = 's1'")), stored ? 1 : 0);
    const Result<QVariant> logged =
        db.scalar(QStringLiteral("SELECT origin_site FROM change_log WHERE table_name = 'stock_line'"));
    QVERIFY(logged.ok());
    QCOMPARE(logged->isNull() ? 0 : logged->toInt(), loggedOrigin);
}

// A record the write path reads for its rules, which the database fails to give, is not taken for
// a missing one: the write fails with the database's error and stores nothing.
void TstWritePath::failedReadIsNotTakenForAMissingRecord_data()
{
    QTest::addColumn<QString>("unreadable");  // a table whose records can no longer be read
    QTest::addColumn<QString>("table");
    QTest::addColumn<QJsonObject>("record");
    // PT-4 reads the home store: read as missing, a prescriber of store A (not a dispensary) went in.
    QTest::newRow("a table's rule reads a record")
        << "store"
        << "prescriber" << QJsonObject{{u"id"_s, u"dr"_s}, {u"name"_s, u"Dr Who"_s}, {u"home_store_id"_s, u"A"_s}};
    // The classification reads the name a visibility record is of.
    QTest::newRow("the classification reads a record")
        << "name"
        << "name_store_join" << QJsonObject{{u"id"_s, u"vis"_s}, {u"name_id"_s, u"cust"_s}, {u"store_id"_s, u"A"_s}};
}

void TstWritePath::failedReadIsNotTakenForAMissingRecord()
{
    QFETCH(QString, unreadable);
    QFETCH(QString, table);
    QFETCH(QJsonObject, record);
    QVERIFY(m_session->writer()
                .put(u"name"_s, {{u"id"_s, u"cust"_s}, {u"name"_s, u"Customer"_s}, {u"type"_s, u"customer"_s}})
                .ok());
    Database& db = m_session->database();
    // Read once as a running site has (the writer knows the table's columns), then renamed under it.
    const QString id = unreadable == u"store"_s ? u"A"_s : u"cust"_s;
    QVERIFY(!m_session->writer().fetch(unreadable, id)->isEmpty());
    const QString rename = u"ALTER TABLE %1 RENAME TO %1_unreadable"_s.arg(unreadable);
    const QString renamed = test::rawSql(db.path(), {rename});
    QVERIFY2(renamed.isEmpty(), qPrintable(renamed));
    const Result<QJsonObject> read =
        m_session->writer().fetch(unreadable, unreadable == u"store"_s ? u"A"_s : u"cust"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::Database);

    const Result<WriteResult> written = m_session->writer().put(table, record);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Database);
    QCOMPARE(count(db, u"SELECT count(*) FROM %1"_s.arg(table)), 0);
    QCOMPARE(count(db, u"SELECT count(*) FROM change_log WHERE table_name = ?"_s, {table}), 0);
    // A rule given the writer's fetcher (as a merge is made) reads nothing, and the write it leads
    // to fails with the read's error.
    QVERIFY(m_session->writer().fetcher()(unreadable, id).isEmpty());
    const Result<WriteResult> after = m_session->writer().put(u"item"_s, item("i2", "PARA"));
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind, ErrorKind::Database);
    QCOMPARE(count(db, u"SELECT count(*) FROM item"_s), 0);
    // The failure belonged to that write only: once the table reads again, the next write is judged.
    QVERIFY(test::rawSql(db.path(), {u"ALTER TABLE %1_unreadable RENAME TO %1"_s.arg(unreadable)}).isEmpty());
    QVERIFY(m_session->writer().put(u"item"_s, item("i1", "AMOX")).ok());
}

void TstWritePath::rawWriteFromAnotherConnectionIsCaught_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("insert item") << "INSERT INTO item (id, code, name) VALUES ('x', 'X', 'X')";
    QTest::newRow("update item") << "UPDATE item SET name = 'changed' WHERE id = 'i1'";
    QTest::newRow("delete item") << "DELETE FROM item WHERE id = 'i1'";
    QTest::newRow("insert stock") << "INSERT INTO stock_line (id, store_id, item_id) VALUES ('s', 'A', 'i1')";
    QTest::newRow("move store") << "UPDATE store_sync SET active_site_id = 1 WHERE id = 'B'";
}

// covers DT-8
void TstWritePath::rawWriteFromAnotherConnectionIsCaught()
{
    QFETCH(QString, statement);
    QVERIFY(m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")).ok());
    const QString path = m_session->database().path();
    const QByteArray before = test::contentDigest(path);
    const QString refused = test::rawSql(path, {statement});
    // On SQLite the guard function exists only on SiteSync's connections; on PostgreSQL it is in the
    // database and refuses unless SiteSync's connection opened the write path.
    const QLatin1String guard(test::centralOnPostgres() ? "outside the SiteSync write path" : "sitesync_write_open");
    QVERIFY2(refused.contains(guard), qPrintable(refused));
    QCOMPARE(test::contentDigest(path), before);
}

// covers DT-8
void TstWritePath::rawWriteOnTheSameConnectionIsCaught()
{
    Database& db = m_session->database();
    const Status s = db.exec(QStringLiteral("INSERT INTO item (id, code, name) VALUES ('x', 'X', 'X')"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("outside the SiteSync write path")),
             qPrintable(s.error().message));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM item")), 0);
}

// covers DT-8
void TstWritePath::droppedGuardIsDetected()
{
    const QString path = m_session->database().path();
    m_session.reset();
    QCOMPARE(test::rawSql(path, {test::centralOnPostgres() ? QStringLiteral("DROP TRIGGER item_guard ON item")
                                                           : QStringLiteral("DROP TRIGGER item_guard_insert"),
                                 QStringLiteral("INSERT INTO item (id, code, name) VALUES ('x', 'X', 'smuggled')")}),
             QString());
    Result<std::unique_ptr<SiteSession>> reopened = SiteSession::open(path);
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().kind, ErrorKind::Incompatible);
    QVERIFY2(reopened.error().message.contains(QLatin1String("altered outside SiteSync")),
             qPrintable(reopened.error().message));
}

// covers DT-2
void TstWritePath::oneLogEntryPerRecord()
{
    Database& db = m_session->database();
    QVERIFY(m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")).ok());
    const int firstSeq = count(db, QStringLiteral("SELECT seq FROM change_log WHERE record_id = 'i1'"));
    QJsonObject renamed = item("i1", "AMOX");
    renamed.insert(QStringLiteral("name"), QStringLiteral("Amoxicillin 500mg"));
    const Result<WriteResult> second = m_session->writer().put(QStringLiteral("item"), renamed);
    QVERIFY(second.ok());
    QCOMPARE(second->operation, Operation::Update);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = 'i1'")), 1);
    QVERIFY(count(db, QStringLiteral("SELECT seq FROM change_log WHERE record_id = 'i1'")) > firstSeq);
}

// covers DT-2
void TstWritePath::deleteIsLogged()
{
    Database& db = m_session->database();
    QVERIFY(m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")).ok());
    QVERIFY(m_session->writer().remove(QStringLiteral("item"), QStringLiteral("i1")).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM item")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = 'i1' AND op = 'delete'")), 1);
    const Status missing = m_session->writer().remove(QStringLiteral("item"), QStringLiteral("i1"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

// covers DT-6
void TstWritePath::localDataIsNotLogged()
{
    Database& db = m_session->database();
    const int before = count(db, QStringLiteral("SELECT count(*) FROM change_log"));
    QVERIFY(m_session->writer()
                .put(QStringLiteral("preference"), {{QStringLiteral("key"), QStringLiteral("label_printer")},
                                                    {QStringLiteral("value"), QStringLiteral("lp0")}})
                .ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log")), before);
    // A preference that is synced as central data is logged (RT-7).
    QVERIFY(m_session->writer()
                .put(QStringLiteral("preference"), {{QStringLiteral("key"), QStringLiteral("centralised_procurement")},
                                                    {QStringLiteral("value"), QStringLiteral("on")}})
                .ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'preference'"
                                      " AND data_class = 'central'")),
             1);
}

void TstWritePath::updateKeepsOtherFields()
{
    QVERIFY(m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")).ok());
    QVERIFY(m_session->writer()
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i1")},
                                              {QStringLiteral("name"), QStringLiteral("New name")}})
                .ok());
    const QJsonObject stored = *m_session->writer().fetch(QStringLiteral("item"), QStringLiteral("i1"));
    QCOMPARE(stored.value(QLatin1String("code")).toString(), QStringLiteral("AMOX"));
    QCOMPARE(stored.value(QLatin1String("name")).toString(), QStringLiteral("New name"));
}

// covers DT-4
void TstWritePath::recordCannotMoveStore()
{
    QVERIFY(m_session->writer().put(QStringLiteral("item"), item("i1", "AMOX")).ok());
    QVERIFY(m_session->stores().add(QStringLiteral("E"), QStringLiteral("E"), QStringLiteral("Store E"), false).ok());
    QVERIFY(m_session->writer()
                .put(QStringLiteral("location"), {{QStringLiteral("id"), QStringLiteral("l1")},
                                                  {QStringLiteral("store_id"), QStringLiteral("A")},
                                                  {QStringLiteral("code"), QStringLiteral("Shelf 1")}})
                .ok());
    const Result<WriteResult> moved =
        m_session->writer().put(QStringLiteral("location"), {{QStringLiteral("id"), QStringLiteral("l1")},
                                                             {QStringLiteral("store_id"), QStringLiteral("E")}});
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, ErrorKind::Invalid);
    QCOMPARE(m_session->writer()
                 .fetch(QStringLiteral("location"), QStringLiteral("l1"))
                 ->value(QLatin1String("store_id"))
                 .toString(),
             QStringLiteral("A"));
}

// covers DT-8, TR-1
void TstWritePath::stockLineNamedByInvoiceLinesStays()
{
    // A line's stock line reference is data, not a foreign key (docs/adr/0006): where the store's
    // stock lines are held, a stock line that lines are issued from is not deleted under them.
    RecordWriter& writer = m_session->writer();
    QVERIFY(writer.put(QStringLiteral("item"), item("i1", "I1")).ok());
    QVERIFY(writer
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("s1")},
                                                    {QStringLiteral("store_id"), QStringLiteral("A")},
                                                    {QStringLiteral("item_id"), QStringLiteral("i1")}})
                .ok());
    const QString nameOfB = m_session->stores().find(QStringLiteral("B"))->nameId;
    QVERIFY(writer
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("inv")},
                                                 {QStringLiteral("store_id"), QStringLiteral("A")},
                                                 {QStringLiteral("name_id"), nameOfB},
                                                 {QStringLiteral("type"), QStringLiteral("customer_invoice")}})
                .ok());
    const Result<WriteResult> line =
        writer.put(QStringLiteral("invoice_line"), {{QStringLiteral("id"), QStringLiteral("l1")},
                                                    {QStringLiteral("store_id"), QStringLiteral("A")},
                                                    {QStringLiteral("invoice_id"), QStringLiteral("inv")},
                                                    {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                    {QStringLiteral("stock_line_id"), QStringLiteral("s1")}});
    QVERIFY2(line.ok(), line ? "" : qPrintable(line.error().message));
    Database& db = m_session->database();
    const QByteArray before = test::contentDigest(db.path());
    const Status removed = writer.remove(QStringLiteral("stock_line"), QStringLiteral("s1"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, ErrorKind::MissingReference);
    QVERIFY2(removed.error().message.contains(QLatin1String("l1")), qPrintable(removed.error().message));
    QCOMPARE(test::contentDigest(db.path()), before);
    // Once no line names it, it goes.
    QVERIFY(writer.remove(QStringLiteral("invoice_line"), QStringLiteral("l1")).ok());
    QVERIFY(writer.remove(QStringLiteral("stock_line"), QStringLiteral("s1")).ok());
}

// covers SEC-4
void TstWritePath::brokenReferenceIsRefusedClearly()
{
    Database& db = m_session->database();
    const QByteArray before = test::contentDigest(db.path());
    const Result<WriteResult> orphan = m_session->writer().put(
        QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("s1")},
                                       {QStringLiteral("store_id"), QStringLiteral("A")},
                                       {QStringLiteral("item_id"), QStringLiteral("no-such-item")}});
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().kind, ErrorKind::MissingReference);
    QVERIFY2(orphan.error().message.contains(QLatin1String("does not exist")), qPrintable(orphan.error().message));
    QCOMPARE(test::contentDigest(db.path()), before);
}

// covers SEC-4
void TstWritePath::managedTablesNeedTheirCommands()
{
    for (const char* table : {"site", "store", "store_sync", "store_site"}) {
        const Result<WriteResult> w =
            m_session->writer().put(QString::fromLatin1(table), {{QStringLiteral("id"), QStringLiteral("99")}});
        QVERIFY(!w.ok());
        QCOMPARE(w.error().kind, ErrorKind::BadInput);
    }
}

// covers DT-1, DT-5
void TstWritePath::recordsKeepTheirKind()
{
    QVERIFY(m_session->writer()
                .put(QStringLiteral("name"), {{QStringLiteral("id"), QStringLiteral("n1")},
                                              {QStringLiteral("name"), QStringLiteral("Clinic")},
                                              {QStringLiteral("type"), QStringLiteral("customer")}})
                .ok());
    const Result<WriteResult> toPatient =
        m_session->writer().put(QStringLiteral("name"), {{QStringLiteral("id"), QStringLiteral("n1")},
                                                         {QStringLiteral("type"), QStringLiteral("patient")},
                                                         {QStringLiteral("home_store_id"), QStringLiteral("A")}});
    QVERIFY(!toPatient.ok());
    QCOMPARE(toPatient.error().kind, ErrorKind::Invalid);
    QCOMPARE(m_session->writer()
                 .fetch(QStringLiteral("name"), QStringLiteral("n1"))
                 ->value(QLatin1String("type"))
                 .toString(),
             QStringLiteral("customer"));
}

// covers ST-5
void TstWritePath::storeNameBelongsToTheStore()
{
    const QString nameId = m_session->stores().find(QStringLiteral("B"))->nameId;
    const Result<WriteResult> retyped =
        m_session->writer().put(QStringLiteral("name"), {{QStringLiteral("id"), nameId},
                                                         {QStringLiteral("type"), QStringLiteral("customer")},
                                                         {QStringLiteral("store_id"), QJsonValue()}});
    QVERIFY(!retyped.ok());
    QCOMPARE(retyped.error().kind, ErrorKind::Invalid);
    const Status removed = m_session->writer().remove(QStringLiteral("name"), nameId);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, ErrorKind::Invalid);
    // Renaming it is fine.
    QVERIFY(m_session->writer()
                .put(QStringLiteral("name"),
                     {{QStringLiteral("id"), nameId}, {QStringLiteral("name"), QStringLiteral("Store B (north)")}})
                .ok());
}

// covers DT-5, PT-1
void TstWritePath::insurancePolicyFollowsItsPatient()
{
    QVERIFY(m_session->writer()
                .put(QStringLiteral("insurance_provider"), {{QStringLiteral("id"), QStringLiteral("ins")},
                                                            {QStringLiteral("name"), QStringLiteral("Health fund")}})
                .ok());
    // A patient whose home store B is active on site 2: the central may not touch its policies,
    // whatever home_store_id the policy claims.
    SyncSettingsChange back;
    back.activeSiteId = 1;
    QVERIFY(m_session->syncSettings().apply(QStringLiteral("B"), back).ok());
    QVERIFY(m_session->writer()
                .put(QStringLiteral("name"), {{QStringLiteral("id"), QStringLiteral("p1")},
                                              {QStringLiteral("name"), QStringLiteral("Patient One")},
                                              {QStringLiteral("type"), QStringLiteral("patient")},
                                              {QStringLiteral("home_store_id"), QStringLiteral("B")}})
                .ok());
    SyncSettingsChange away;
    away.activeSiteId = 2;
    QVERIFY(m_session->syncSettings().apply(QStringLiteral("B"), away).ok());
    const Result<WriteResult> forged = m_session->writer().put(
        QStringLiteral("insurance_policy"), {{QStringLiteral("id"), QStringLiteral("pol1")},
                                             {QStringLiteral("patient_id"), QStringLiteral("p1")},
                                             {QStringLiteral("home_store_id"), QStringLiteral("A")},
                                             {QStringLiteral("provider_id"), QStringLiteral("ins")},
                                             {QStringLiteral("policy_number"), QStringLiteral("X1")}});
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().kind, ErrorKind::Invalid);
    const Result<WriteResult> honest = m_session->writer().put(
        QStringLiteral("insurance_policy"), {{QStringLiteral("id"), QStringLiteral("pol1")},
                                             {QStringLiteral("patient_id"), QStringLiteral("p1")},
                                             {QStringLiteral("home_store_id"), QStringLiteral("B")},
                                             {QStringLiteral("provider_id"), QStringLiteral("ins")},
                                             {QStringLiteral("policy_number"), QStringLiteral("X1")}});
    QVERIFY(!honest.ok());
    QCOMPARE(honest.error().kind, ErrorKind::Refused);
    QCOMPARE(honest.error().ownerSiteId, 2);
}

// covers DT-8
void TstWritePath::rewrittenGuardIsDetected()
{
    const QString path = m_session->database().path();
    m_session.reset();
    // The same trigger, made never to fire.
    const QStringList rewrite =
        test::centralOnPostgres()
            ? QStringList{QStringLiteral("DROP TRIGGER stock_line_guard ON stock_line"),
                          QStringLiteral(
                              "CREATE TRIGGER stock_line_guard BEFORE INSERT OR DELETE OR UPDATE ON "
                              "stock_line FOR EACH ROW WHEN (false) EXECUTE FUNCTION sitesync_write_guard()")}
            : QStringList{QStringLiteral("DROP TRIGGER stock_line_guard_update"),
                          QStringLiteral("CREATE TRIGGER stock_line_guard_update BEFORE UPDATE ON stock_line "
                                         "WHEN 0 AND sitesync_write_open() = 0 BEGIN SELECT RAISE(ABORT, 'x'); END")};
    QCOMPARE(test::rawSql(path, rewrite), QString());
    Result<std::unique_ptr<SiteSession>> reopened = SiteSession::open(path);
    QVERIFY(!reopened.ok());
    QVERIFY(reopened.error().message.contains(QLatin1String("stock_line")));
}

QTEST_GUILESS_MAIN(TstWritePath)
#include "tst_writepath.moc"
