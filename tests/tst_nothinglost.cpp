// Nothing lost (ACC-1): every change that leaves a site arrives, or someone is told. Real SQLite
// files, a real `sitesyncctl serve` on 127.0.0.1, the worked-example network of the demo.
#include "client/centralconnection.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "sync/outgoinglog.h"
#include "sync/siteledger.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

QJsonObject stockLine(const QString& id, const QString& store, int quantity = 7)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("store_id"), store},
            {QStringLiteral("item_id"), QStringLiteral("item-amox")},
            {QStringLiteral("quantity"), quantity}};
}

QString errorText(const Error& error)
{
    return error.message;
}

}  // namespace

class TstNothingLost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void restoredBackupLosesNothing();
    void restoredBackupWithNothingToPushGetsItsChangesBack();
    void restoredOlderVersionDoesNotWin();
    void restoredBackupBeforeResendsPullsAgain();
    void restoredCentralGetsEverythingBack();
    void lostAnswerIsNotARestore();
    void pushSequenceIsChecked_data();
    void pushSequenceIsChecked();
    void localDataIsRefused_data();
    void localDataIsRefused();
    void reusedTransferIdIsRefused();
    void moveCheckSaysWhatWaitsOnTheSites();
    void storeMovedWithUnpushedChangesLosesNothing();
    void aCollectorThatCannotFillIsRefused();
    void resendsWithdrawnBySettingsAreNotServed();
    void transferLinesFollowWhileOnHoldOnly();
    void aSitesViewOfItsStoresMatchesTheCentral();

private:
    QString sitePath(int id) const { return m_dir->filePath(QStringLiteral("site%1.db").arg(id)); }
    SiteSession& site(int id) { return *m_sites.at(id); }
    Result<SyncReport> sync(int id) { return RemoteSync(site(id), m_credentials).syncOnce(); }
    void syncAll();
    // A copy of the site's database as a technician's backup makes it, while it is in use.
    void backup(int id, const QString& to);
    // The site's database replaced by the backup, as a technician restores it.
    void restore(int id, const QString& from);
    QStringList ids(const QString& path, const QString& sql);
    QJsonObject cliJson(const QStringList& arguments);
    QStringList nameOfStore(const QString& store);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
    QString m_central;
    std::map<int, std::unique_ptr<SiteSession>> m_sites;
};

void TstNothingLost::init()
{
    test::prepareEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<QString> central = test::serveDemoNetwork(*m_dir, m_server);
    QVERIFY2(central.ok(), central ? "" : qPrintable(central.error().message));
    m_central = *central;
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        Result<std::unique_ptr<SiteSession>> remote = RemoteSync::initialise(
            sitePath(id), QUrl(m_server.url()), id, DemoNetwork::sitePassword(id), m_credentials);
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
        m_sites[id] = std::move(remote).value();
    }
}

void TstNothingLost::cleanup()
{
    m_sites.clear();
    m_server.stop();
    m_dir.reset();
}

void TstNothingLost::syncAll()
{
    for (int round = 0; round < 2; ++round) {
        for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
            const Result<SyncReport> report = sync(id);
            QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        }
    }
}

void TstNothingLost::backup(int id, const QString& to)
{
    const QString failed = test::rawSql(sitePath(id), {QStringLiteral("VACUUM INTO '%1'").arg(to)});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstNothingLost::restore(int id, const QString& from)
{
    m_sites.erase(id);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(sitePath(id) + suffix);
    QVERIFY(QFile::copy(from, sitePath(id)));
    Result<std::unique_ptr<SiteSession>> reopened = SiteSession::open(sitePath(id));
    QVERIFY2(reopened.ok(), reopened ? "" : qPrintable(reopened.error().message));
    m_sites[id] = std::move(reopened).value();
}

QStringList TstNothingLost::ids(const QString& path, const QString& sql)
{
    QStringList rows;
    const QString failed = test::rawSql(path, {sql}, &rows);
    if (!failed.isEmpty())
        qWarning() << failed;
    rows.sort();
    return rows;
}

QJsonObject TstNothingLost::cliJson(const QStringList& arguments)
{
    const test::CliResult result = test::runCli(arguments + QStringList{QStringLiteral("--json")}, m_central);
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return QJsonDocument::fromJson(result.out).object();
}

QStringList TstNothingLost::nameOfStore(const QString& store)
{
    return ids(m_central, QStringLiteral("SELECT id FROM name WHERE store_id = '%1'").arg(store));
}

// covers ACC-1
void TstNothingLost::restoredBackupLosesNothing()
{
    // Store B is active on site 2 and a collector on the central.
    syncAll();
    const QString saved = m_dir->filePath(QStringLiteral("backup.db"));
    backup(2, saved);
    QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("after-backup"), "B")).ok());
    const Result<SyncReport> first = sync(2);
    QVERIFY2(first.ok(), first ? "" : qPrintable(errorText(first.error())));
    QCOMPARE(first->pushed, 1);

    restore(2, saved);
    QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("after-restore"), "B")).ok());
    const Result<SyncReport> second = sync(2);
    QVERIFY2(second.ok(), second ? "" : qPrintable(errorText(second.error())));

    // The central holds both changes, and the site has back what it pushed after the backup.
    const QString lines = QStringLiteral("SELECT id FROM stock_line WHERE id LIKE 'after-%' ORDER BY id");
    const QStringList both = {QStringLiteral("after-backup"), QStringLiteral("after-restore")};
    QCOMPARE(ids(m_central, lines), both);
    QCOMPARE(ids(sitePath(2), lines), both);
    QCOMPARE(*OutgoingLog::pendingOf(site(2).database(), site(2).site()), 0);
    // The technician is told, on the site and in the central's audit trail.
    QVERIFY2(second->recovery.contains(QLatin1String("older")), qPrintable(second->recovery));
    QVERIFY(!LocalState::get(site(2).database(), RemoteSync::kLastRecovery).isEmpty());
    QCOMPARE(ids(m_central, QStringLiteral("SELECT action FROM audit_log WHERE action LIKE '%recovered%'")).size(), 1);
    // Named by the site and what each side held, as numbers: the window and sitesyncctl word them.
    const QStringList recovered =
        ids(m_central,
            QStringLiteral("SELECT params FROM audit_log WHERE action = 'site recovered from an older database'"));
    QCOMPARE(recovered.size(), 1);
    const QJsonObject params = QJsonDocument::fromJson(recovered.first().toUtf8()).object();
    QCOMPARE(params.value(QLatin1String("site")).toInteger(-1), 2);
    QVERIFY(params.value(QLatin1String("central_pushed")).toInteger(-1) >
            params.value(QLatin1String("site_pushed")).toInteger(-1));

    // Later changes go as usual, and nothing is reported again.
    QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("after-later"), "B")).ok());
    const Result<SyncReport> third = sync(2);
    QVERIFY2(third.ok(), third ? "" : qPrintable(errorText(third.error())));
    QCOMPARE(third->pushed, 1);
    QVERIFY(third->recovery.isEmpty());
    QCOMPARE(ids(m_central, QStringLiteral("SELECT id FROM stock_line WHERE id = 'after-later'")).size(), 1);
}

// covers ACC-1
void TstNothingLost::restoredBackupWithNothingToPushGetsItsChangesBack()
{
    syncAll();
    const QString saved = m_dir->filePath(QStringLiteral("backup.db"));
    backup(2, saved);
    QVERIFY(
        site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("pushed-then-lost"), "B")).ok());
    QVERIFY(sync(2).ok());
    restore(2, saved);
    // Nothing to push: the contact alone recognises the older database.
    const Result<SyncReport> report = sync(2);
    QVERIFY2(report.ok(), report ? "" : qPrintable(errorText(report.error())));
    QVERIFY(!report->recovery.isEmpty());
    QCOMPARE(ids(sitePath(2), QStringLiteral("SELECT id FROM stock_line WHERE id = 'pushed-then-lost'")).size(), 1);
    // ...and an edit of that record made there afterwards reaches the central.
    QVERIFY(site(2)
                .writer()
                .put(QStringLiteral("stock_line"), stockLine(QStringLiteral("pushed-then-lost"), "B", 11))
                .ok());
    QVERIFY(sync(2).ok());
    QCOMPARE(ids(m_central, QStringLiteral("SELECT quantity FROM stock_line WHERE id = 'pushed-then-lost'")),
             QStringList{QStringLiteral("11")});
}

// covers ACC-1
void TstNothingLost::restoredOlderVersionDoesNotWin()
{
    // Two records changed but not yet pushed when the backup is taken, changed again and pushed
    // after it. Restored, the site holds their older versions as unpushed changes: the later
    // version stays, unless the site changes the record again after the restore.
    syncAll();
    auto edit = [&](const char* id, int quantity) {
        QThread::msleep(3);  // edit times a millisecond clock tells apart
        QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QLatin1String(id), "B", quantity)).ok());
    };
    edit("kept-later", 1);
    edit("edited-again", 1);
    const QString saved = m_dir->filePath(QStringLiteral("backup.db"));
    backup(2, saved);
    edit("kept-later", 2);
    edit("edited-again", 2);
    QVERIFY(sync(2).ok());
    restore(2, saved);
    edit("edited-again", 3);
    const Result<SyncReport> report = sync(2);
    QVERIFY2(report.ok(), report ? "" : qPrintable(errorText(report.error())));
    QVERIFY(!report->recovery.isEmpty());
    QVERIFY(sync(2).ok());

    const QString quantities = QStringLiteral("SELECT id || '=' || CAST(quantity AS INTEGER) FROM stock_line"
                                              " WHERE id IN ('kept-later', 'edited-again')");
    const QStringList expected = {QStringLiteral("edited-again=3"), QStringLiteral("kept-later=2")};
    QCOMPARE(ids(m_central, quantities), expected);
    QCOMPARE(ids(sitePath(2), quantities), expected);
    QCOMPARE(*OutgoingLog::pendingOf(site(2).database(), site(2).site()), 0);
    // The older version is not dropped silently: it waits with its reason, on both sides.
    const QString problems =
        QStringLiteral("SELECT record_id FROM sync_problem WHERE table_name = 'stock_line' AND resolved = 0");
    QCOMPARE(ids(m_central, problems), QStringList{QStringLiteral("kept-later")});
    QCOMPARE(ids(sitePath(2), problems), QStringList{QStringLiteral("kept-later")});
}

// covers ACC-1, RT-5
void TstNothingLost::restoredBackupBeforeResendsPullsAgain()
{
    // A resend the site confirmed after its backup is forgotten by the central: the restored site
    // pulls again from the beginning, and holds what routing gives it.
    QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("b-line"), "B")).ok());
    syncAll();
    const QString saved = m_dir->filePath(QStringLiteral("backup.db"));
    backup(3, saved);
    // Site 3's own change goes after its backup.
    QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("d-after-backup"), "D")).ok());
    QVERIFY(sync(3).ok());
    // Site 3 becomes a collector of Store B (a transfer copy until now): B's records are queued for it.
    const test::CliResult changed =
        test::runCli({QStringLiteral("store"), QStringLiteral("sync-settings"), QStringLiteral("--store"),
                      QStringLiteral("B"), QStringLiteral("--with"), QStringLiteral("3=collector")},
                     m_central);
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QVERIFY(sync(3).ok());
    QVERIFY(!ids(sitePath(3), QStringLiteral("SELECT id FROM stock_line WHERE store_id = 'B'")).isEmpty());
    QVERIFY(sync(3).ok());
    restore(3, saved);
    // The first contact's answer is lost: the next one finds the site behind all the same.
    SiteReport restored;
    restored.pushedSeq = OutgoingLog(site(3).database(), 3).pushedSeq();
    restored.cursor = LocalState::get(site(3).database(), QStringLiteral("pulled_seq")).toLongLong();
    restored.queueCursor = LocalState::get(site(3).database(), QStringLiteral("queue_seq")).toLongLong();
    CentralConnection central(QUrl(m_server.url()), 3, DemoNetwork::sitePassword(3),
                              CentralConnection::machineHardwareId());
    const Result<QJsonObject> lost = central.post(QStringLiteral("contact"), restored.toJson());
    QVERIFY2(lost.ok() && lost->value(QLatin1String("restart_pull")).toBool(),
             lost ? QJsonDocument(*lost).toJson().constData() : qPrintable(lost.error().message));
    const Result<SyncReport> report = sync(3);
    QVERIFY2(report.ok(), report ? "" : qPrintable(errorText(report.error())));
    QVERIFY(!report->recovery.isEmpty());
    QCOMPARE(ids(sitePath(3), QStringLiteral("SELECT id FROM stock_line WHERE id = 'd-after-backup'")).size(), 1);
    const QString held = QStringLiteral("SELECT id FROM stock_line WHERE store_id IN ('B', 'C', 'D')");
    QCOMPARE(ids(sitePath(3), held), ids(m_central, held));
    QVERIFY(!ids(sitePath(3), QStringLiteral("SELECT id FROM stock_line WHERE store_id = 'B'")).isEmpty());
}

// covers ACC-1
void TstNothingLost::restoredCentralGetsEverythingBack()
{
    syncAll();
    const int port = m_server.port();
    m_server.stop();
    // The stopped central copied aside as its backup: its file, or its PostgreSQL database.
    QCOMPARE(test::copyCentral(m_central, *m_dir, u"central-backup.db"_s), QString());
    QVERIFY(m_server.start(m_central, port).isEmpty());
    // Site 2 pushes a line and both sites pull after the central's backup...
    QVERIFY(site(2)
                .writer()
                .put(QStringLiteral("stock_line"), stockLine(QStringLiteral("after-central-backup"), "B"))
                .ok());
    syncAll();
    // ...then the central goes back to its backup.
    m_server.stop();
    m_central = test::centralPath(*m_dir, u"central-backup.db"_s);
    QVERIFY(m_server.start(m_central, port).isEmpty());
    // The central makes new changes, numbered where the sites' cursors already are.
    const test::CliResult item =
        test::runCli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("item"),
                      QStringLiteral(R"({"id":"item-after-restore","code":"NEW","name":"New item"})")},
                     m_central);
    QVERIFY2(item.exitCode == 0, item.err.constData());
    const Result<SyncReport> report = sync(2);
    QVERIFY2(report.ok(), report ? "" : qPrintable(errorText(report.error())));
    QVERIFY2(report->recovery.contains(QLatin1String("older")), qPrintable(report->recovery));
    syncAll();
    // Site 2's line is back on the central, and both sites have the central's new item.
    QCOMPARE(ids(m_central, QStringLiteral("SELECT id FROM stock_line WHERE id = 'after-central-backup'")).size(), 1);
    for (int id : {2, 3})
        QCOMPARE(ids(sitePath(id), QStringLiteral("SELECT id FROM item WHERE id = 'item-after-restore'")).size(), 1);
    QCOMPARE(*OutgoingLog::pendingOf(site(2).database(), site(2).site()), 0);
}

// covers ACC-1, TOP-3
void TstNothingLost::lostAnswerIsNotARestore()
{
    syncAll();
    QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("answer-lost"), "B")).ok());
    // The batch leaves and is applied, but its answer never arrives.
    OutgoingLog outgoing(site(2).database(), 2);
    const Result<OutgoingLog::Batch> batch = outgoing.nextBatch(DemoNetwork::kCentral, 100);
    QVERIFY(batch.ok());
    QCOMPARE(batch->entries.size(), 1);
    const Result<QString> token = outgoing.batchToken();
    QVERIFY(token.ok());
    QJsonArray records;
    for (WireRecord record : batch->entries) {
        record.data = *site(2).writer().fetch(record.table, record.id);
        records.append(record.toJson());
    }
    CentralConnection central(QUrl(m_server.url()), 2, DemoNetwork::sitePassword(2),
                              CentralConnection::machineHardwareId());
    const Result<QJsonObject> answer = central.post(QStringLiteral("push"), {{QStringLiteral("from_seq"), batch->from},
                                                                             {QStringLiteral("upto_seq"), batch->upto},
                                                                             {QStringLiteral("batch"), *token},
                                                                             {QStringLiteral("records"), records}});
    QVERIFY2(answer.ok(), answer ? "" : qPrintable(answer.error().message));
    QCOMPARE(outgoing.pushedSeq(), batch->from);

    // The next sync learns its batch arrived: no recovery, nothing pushed twice, nothing left.
    const Result<SyncReport> report = sync(2);
    QVERIFY2(report.ok(), report ? "" : qPrintable(errorText(report.error())));
    QVERIFY2(report->recovery.isEmpty(), qPrintable(report->recovery));
    QCOMPARE(report->pushed, 0);
    QCOMPARE(outgoing.pushedSeq(), batch->upto);
    QCOMPARE(*OutgoingLog::pendingOf(site(2).database(), site(2).site()), 0);
    QCOMPARE(ids(m_central, QStringLiteral("SELECT id FROM stock_line WHERE id = 'answer-lost'")).size(), 1);
}

void TstNothingLost::pushSequenceIsChecked_data()
{
    QTest::addColumn<int>("fromOffset");  // from_seq relative to what the central acknowledged
    QTest::addColumn<qint64>("upto");     // relative to from_seq
    QTest::addColumn<QList<qint64>>("seqs");
    QTest::addColumn<QString>("code");
    QTest::newRow("gap") << 5 << qint64(3) << QList<qint64>{1} << "out_of_sequence";
    QTest::newRow("backwards") << -1 << qint64(3) << QList<qint64>{1} << "out_of_sequence";
    QTest::newRow("duplicate in the batch") << 0 << qint64(3) << QList<qint64>{1, 1} << "malformed_body";
    QTest::newRow("out of order") << 0 << qint64(3) << QList<qint64>{2, 1} << "malformed_body";
    QTest::newRow("outside its range") << 0 << qint64(1) << QList<qint64>{2} << "malformed_body";
    QTest::newRow("far past") << 0 << qint64(5'000'000'000) << QList<qint64>{1} << "out_of_sequence";
}

// covers ACC-1, SEC-4, DT-8
void TstNothingLost::pushSequenceIsChecked()
{
    QFETCH(int, fromOffset);
    QFETCH(qint64, upto);
    QFETCH(QList<qint64>, seqs);
    QFETCH(QString, code);
    syncAll();
    // The central has acknowledged something of site 2 already.
    QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("first"), "B")).ok());
    QVERIFY(sync(2).ok());
    const qint64 acknowledged = OutgoingLog(site(2).database(), 2).pushedSeq();
    QVERIFY(acknowledged > 0);
    const int port = m_server.port();
    m_server.stop();
    const QByteArray before = test::contentDigest(m_central);
    QVERIFY(m_server.start(m_central, port).isEmpty());

    QJsonArray records;
    int n = 0;
    const qint64 from = acknowledged + fromOffset;
    for (qint64 seq : seqs) {
        WireRecord record{from + seq,
                          QStringLiteral("stock_line"),
                          QStringLiteral("forged-%1").arg(++n),
                          false,
                          stockLine(QStringLiteral("forged-%1").arg(n), QStringLiteral("B")),
                          {},
                          false};
        records.append(record.toJson());
    }
    CentralConnection central(QUrl(m_server.url()), 2, DemoNetwork::sitePassword(2),
                              CentralConnection::machineHardwareId());
    const Result<QJsonObject> answer =
        central.post(QStringLiteral("push"), {{QStringLiteral("from_seq"), from},
                                              {QStringLiteral("upto_seq"), from + upto},
                                              {QStringLiteral("batch"), QStringLiteral("forged")},
                                              {QStringLiteral("records"), records}});
    QVERIFY(!answer.ok());
    QVERIFY2(answer.error().message.contains(QLatin1String("(") + code + QLatin1String(")")),
             qPrintable(answer.error().message));
    // Nothing of the batch was applied, nothing of the central changed.
    m_server.stop();
    QCOMPARE(test::contentDigest(m_central), before);
    QVERIFY(m_server.start(m_central, port).isEmpty());
    // The site itself goes on syncing.
    QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("second"), "B")).ok());
    const Result<SyncReport> report = sync(2);
    QVERIFY2(report.ok(), report ? "" : qPrintable(errorText(report.error())));
    QCOMPARE(report->pushed, 1);
}

void TstNothingLost::localDataIsRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("json");
    QTest::newRow("centralised procurement from a satellite") << "preference"
                                                              << R"({"id":"pref-cp","key":"centralised_procurement",)"
                                                                 R"("value":"on"})";
    QTest::newRow("another preference") << "preference"
                                        << R"({"id":"pref-x","key":"date_format","value":"US"})";
    QTest::newRow("a user permission") << "user_permission"
                                       << R"({"id":"perm-1","user_id":"user-b","permission":"admin"})";
    QTest::newRow("a log entry") << "log"
                                 << R"({"id":"log-1","at":"2026-01-01T00:00:00Z","kind":"x"})";
    QTest::newRow("an existing user") << "user_account"
                                      << R"({"id":"user-b","store_id":"B","username":"nurse","full_name":"Forged"})";
}

// covers DT-6, DT-8, PT-6, RT-7, ACC-1
void TstNothingLost::localDataIsRefused()
{
    QFETCH(QString, table);
    QFETCH(QString, json);
    syncAll();
    // A new user of store B is store data: made on site 2 and sent to the central (PT-6).
    QVERIFY(site(2)
                .writer()
                .put(QStringLiteral("user_account"), {{QStringLiteral("id"), QStringLiteral("user-b")},
                                                      {QStringLiteral("store_id"), QStringLiteral("B")},
                                                      {QStringLiteral("username"), QStringLiteral("nurse")},
                                                      {QStringLiteral("full_name"), QStringLiteral("Nurse")}})
                .ok());
    QVERIFY(sync(2).ok());
    QCOMPARE(ids(m_central, QStringLiteral("SELECT full_name FROM user_account WHERE id = 'user-b'")),
             QStringList{QStringLiteral("Nurse")});
    const QString tableContent = QStringLiteral("SELECT * FROM %1").arg(table);
    const QStringList before = ids(m_central, tableContent);
    const QStringList procurementBefore =
        ids(m_central, QStringLiteral("SELECT value FROM preference WHERE key = 'centralised_procurement'"));

    // Site 2 pushes a local record, in sequence, with its own credentials.
    const qint64 from = OutgoingLog(site(2).database(), 2).pushedSeq();
    const QString id = QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("id")).toString();
    const WireRecord forged{from + 1, table, id, false, QJsonDocument::fromJson(json.toUtf8()).object(), {}, false};
    CentralConnection central(QUrl(m_server.url()), 2, DemoNetwork::sitePassword(2),
                              CentralConnection::machineHardwareId());
    const Result<QJsonObject> answer =
        central.post(QStringLiteral("push"), {{QStringLiteral("from_seq"), from},
                                              {QStringLiteral("upto_seq"), from + 1},
                                              {QStringLiteral("batch"), QStringLiteral("local-data")},
                                              {QStringLiteral("records"), QJsonArray{forged.toJson()}}});
    QVERIFY2(answer.ok(), answer ? "" : qPrintable(answer.error().message));
    // Refused, logged as forged with its reason, and nothing of it applied.
    const QJsonArray problems = answer->value(QLatin1String("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("refused"));
    QVERIFY2(problems.first().toObject().value(QLatin1String("reason")).toString().contains(QLatin1String("forged")),
             qPrintable(problems.first().toObject().value(QLatin1String("reason")).toString()));
    QCOMPARE(ids(m_central, QStringLiteral("SELECT reason FROM sync_problem WHERE record_id = '%1'").arg(id)).size(),
             1);
    QCOMPARE(ids(m_central, tableContent), before);
    QCOMPARE(ids(m_central, QStringLiteral("SELECT value FROM preference WHERE key = 'centralised_procurement'")),
             procurementBefore);
    QCOMPARE(ids(m_central, QStringLiteral("SELECT full_name FROM user_account WHERE id = 'user-b'")),
             QStringList{QStringLiteral("Nurse")});
}

// covers TR-5, DT-8, ACC-1
void TstNothingLost::reusedTransferIdIsRefused()
{
    syncAll();
    const QStringList bName = ids(m_central, QStringLiteral("SELECT id FROM name WHERE store_id = 'B'"));
    QCOMPARE(bName.size(), 1);
    auto transfer = [&](const char* from, int quantity) {
        RecordWriter& writer = site(3).writer();
        const Status s = writer.inOneTransaction([&]() -> Status {
            for (const auto& [table, record] :
                 {std::pair{QStringLiteral("invoice"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("t1")},
                                        {QStringLiteral("store_id"), QLatin1String(from)},
                                        {QStringLiteral("name_id"), bName.first()},
                                        {QStringLiteral("type"), QStringLiteral("customer_invoice")}}},
                  std::pair{QStringLiteral("invoice_line"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("t1-l1")},
                                        {QStringLiteral("store_id"), QLatin1String(from)},
                                        {QStringLiteral("invoice_id"), QStringLiteral("t1")},
                                        {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                        {QStringLiteral("quantity"), quantity}}},
                  std::pair{QStringLiteral("invoice"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("t1")},
                                        {QStringLiteral("status"), QStringLiteral("finalised")}}}}) {
                if (const Result<WriteResult> w = writer.put(table, record); !w)
                    return w.error();
            }
            return {};
        });
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
    };
    // Store C (site 3) sends 7 to store B (site 2): the responding half is made in B.
    transfer("C", 7);
    syncAll();
    const QString inLine = QStringLiteral("SELECT quantity FROM invoice_line WHERE id = 't1-l1:in'");
    QCOMPARE(ids(sitePath(2), inLine), QStringList{QStringLiteral("7")});
    // Store B confirms what it received: its invoice is its own now.
    QVERIFY(site(2)
                .writer()
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("t1:in")},
                                                 {QStringLiteral("status"), QStringLiteral("confirmed")}})
                .ok());
    syncAll();
    // The initiating half is deleted, and its ids used again by store D for 999.
    QVERIFY(site(3).writer().remove(QStringLiteral("invoice_line"), QStringLiteral("t1-l1")).ok());
    QVERIFY(site(3).writer().remove(QStringLiteral("invoice"), QStringLiteral("t1")).ok());
    QVERIFY(sync(3).ok());
    transfer("D", 999);
    syncAll();
    // Store B's invoice is untouched everywhere; the central refused the reuse and says why.
    QCOMPARE(ids(m_central, inLine), QStringList{QStringLiteral("7")});
    QCOMPARE(ids(sitePath(2), inLine), QStringList{QStringLiteral("7")});
    QCOMPARE(ids(m_central, QStringLiteral("SELECT linked_invoice_id || ' ' || name_id FROM invoice"
                                           " WHERE id = 't1:in'")),
             ids(m_central, QStringLiteral("SELECT 't1 ' || id FROM name WHERE store_id = 'C'")));
    const QStringList reasons =
        ids(m_central, QStringLiteral("SELECT reason FROM sync_problem WHERE kind = 'refused' AND site_id = 3"));
    QVERIFY(!reasons.isEmpty());
    QVERIFY2(reasons.first().contains(QLatin1String("reuse")), qPrintable(reasons.first()));
}

// covers ACC-4, AD-3
void TstNothingLost::moveCheckSaysWhatWaitsOnTheSites()
{
    syncAll();
    // Site 3 has two changes of Store D it could not push: its contact says so.
    QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("d-1"), "D")).ok());
    QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("d-2"), "D")).ok());
    SiteReport report;
    report.pushedSeq = OutgoingLog(site(3).database(), 3).pushedSeq();
    report.cursor = LocalState::get(site(3).database(), QStringLiteral("pulled_seq")).toLongLong();
    report.queueCursor = LocalState::get(site(3).database(), QStringLiteral("queue_seq")).toLongLong();
    report.outgoing = *OutgoingLog::pendingOf(site(3).database(), site(3).site());
    QCOMPARE(report.outgoing, 2);
    CentralConnection central(QUrl(m_server.url()), 3, DemoNetwork::sitePassword(3),
                              CentralConnection::machineHardwareId());
    const Result<QJsonObject> contact = central.post(QStringLiteral("contact"), report.toJson());
    QVERIFY2(contact.ok(), contact ? "" : qPrintable(contact.error().message));

    const QJsonObject check =
        cliJson({QStringLiteral("store"), QStringLiteral("move"), QStringLiteral("--store"), QStringLiteral("D"),
                 QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("--from-keeps"),
                 QStringLiteral("transfer"), QStringLiteral("--check")});
    QCOMPARE(check.value(QLatin1String("fully_synchronised")).toBool(true), false);
    QCOMPARE(check.value(QLatin1String("outgoing_on_from")).toInt(), 2);
    QVERIFY(check.value(QLatin1String("from_reported_at")).isString());
    QCOMPARE(check.value(QLatin1String("outgoing_on_to")).toInt(-1), 0);
    const test::CliResult refused = test::runCli(
        {QStringLiteral("store"), QStringLiteral("move"), QStringLiteral("--store"), QStringLiteral("D"),
         QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("--from-keeps"), QStringLiteral("transfer")},
        m_central);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("waiting to be pushed"), refused.err.constData());
    // The site list says the same, per site.
    auto listed = [&](int id) {
        const test::CliResult list =
            test::runCli({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}, m_central);
        for (const QJsonValue& row : QJsonDocument::fromJson(list.out).array()) {
            if (row.toObject().value(QLatin1String("id")).toInt() == id)
                return row.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(listed(3).value(QLatin1String("outgoing")).toInt(), 2);
    // Once it has synchronised, nothing waits on it and the move may go ahead.
    QVERIFY(sync(3).ok());
    QCOMPARE(listed(3).value(QLatin1String("outgoing")).toInt(-1), 0);
    QCOMPARE(listed(3).value(QLatin1String("version")).toString(), QStringLiteral(SITESYNC_VERSION));
    const QJsonObject again =
        cliJson({QStringLiteral("store"), QStringLiteral("move"), QStringLiteral("--store"), QStringLiteral("D"),
                 QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("--from-keeps"),
                 QStringLiteral("transfer"), QStringLiteral("--check")});
    QCOMPARE(again.value(QLatin1String("outgoing_on_from")).toInt(-1), 0);
    QCOMPARE(again.value(QLatin1String("fully_synchronised")).toBool(), true);
}

// covers ACC-1, AD-3, ST-3, TR-1
void TstNothingLost::storeMovedWithUnpushedChangesLosesNothing()
{
    QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("d-shared"), "D", 1)).ok());
    syncAll();
    // Site 3 changes Store D after its last contact: a new line, an edit, a finalised transfer to C.
    QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("d-late"), "D")).ok());
    QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("d-shared"), "D", 3)).ok());
    const Status transfer = site(3).writer().inOneTransaction([&]() -> Status {
        const QList<std::pair<QString, QJsonObject>> records = {
            {QStringLiteral("invoice"),
             {{QStringLiteral("id"), QStringLiteral("t-late")},
              {QStringLiteral("store_id"), QStringLiteral("D")},
              {QStringLiteral("name_id"), nameOfStore(QStringLiteral("C")).value(0)},
              {QStringLiteral("type"), QStringLiteral("customer_invoice")}}},
            {QStringLiteral("invoice_line"),
             {{QStringLiteral("id"), QStringLiteral("t-late-1")},
              {QStringLiteral("store_id"), QStringLiteral("D")},
              {QStringLiteral("invoice_id"), QStringLiteral("t-late")},
              {QStringLiteral("item_id"), QStringLiteral("item-amox")},
              {QStringLiteral("quantity"), 4}}},
            {QStringLiteral("invoice"),
             {{QStringLiteral("id"), QStringLiteral("t-late")},
              {QStringLiteral("status"), QStringLiteral("finalised")}}}};
        for (const auto& [table, record] : records) {
            if (const Result<WriteResult> w = site(3).writer().put(table, record); !w)
                return w.error();
        }
        return {};
    });
    QVERIFY2(transfer.ok(), transfer ? "" : qPrintable(transfer.error().message));

    // The central, which last heard of nothing waiting on site 3, moves Store D to site 2.
    const QJsonObject moved = cliJson({QStringLiteral("store"), QStringLiteral("move"), QStringLiteral("--store"),
                                       QStringLiteral("D"), QStringLiteral("--to"), QStringLiteral("2"),
                                       QStringLiteral("--from-keeps"), QStringLiteral("transfer")});
    QCOMPARE(moved.value(QLatin1String("sync_id")).toInt(), 2);
    // Site 2 takes the store over and changes the shared line first.
    QVERIFY(sync(2).ok());
    QVERIFY(site(2).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("d-shared"), "D", 2)).ok());
    QVERIFY(sync(2).ok());

    // Site 3 pushes what it made before it learnt of the move.
    const Result<SyncReport> late = sync(3);
    QVERIFY2(late.ok(), late ? "" : qPrintable(errorText(late.error())));
    QCOMPARE(late->refusedByCentral, 1);  // d-shared: site 2 changed it since the move
    QVERIFY(sync(2).ok());
    QVERIFY(sync(3).ok());

    // Nothing was lost: the new line and the transfer reached the central and the new active site,
    // the transfer has its responding half, and site 2's edit of the shared line stands.
    for (const QString& path : {m_central, sitePath(2)}) {
        QCOMPARE(ids(path, QStringLiteral("SELECT id FROM stock_line WHERE id = 'd-late'")).size(), 1);
        QCOMPARE(ids(path, QStringLiteral("SELECT id FROM invoice WHERE id IN ('t-late', 't-late:in')")),
                 (QStringList{QStringLiteral("t-late"), QStringLiteral("t-late:in")}));
        QCOMPARE(ids(path, QStringLiteral("SELECT quantity FROM stock_line WHERE id = 'd-shared'")),
                 QStringList{QStringLiteral("2")});
    }
    // The losing version is in view, with its content, on the central and on site 3.
    for (const QString& path : {m_central, sitePath(3)}) {
        const QStringList aside = ids(
            path, QStringLiteral("SELECT reason || ' | ' || payload FROM sync_problem WHERE record_id = 'd-shared'"));
        QCOMPARE(aside.size(), 1);
        QVERIFY2(aside.first().contains(QLatin1String("\"quantity\":3")), qPrintable(aside.first()));
        QVERIFY2(aside.first().contains(QLatin1String("moved")), qPrintable(aside.first()));
    }
    // Site 3 no longer holds Store D, and has nothing left to push.
    QCOMPARE(ids(sitePath(3), QStringLiteral("SELECT id FROM stock_line WHERE store_id = 'D'")).size(), 0);
    QCOMPARE(*OutgoingLog::pendingOf(site(3).database(), site(3).site()), 0);
    // Once settled, the former site's authority over the store is over.
    QCOMPARE(ids(m_central, QStringLiteral("SELECT store_id FROM store_handover WHERE settled_at IS NULL")).size(), 0);
}

// covers ACC-3, ST-5
void TstNothingLost::aCollectorThatCannotFillIsRefused()
{
    // The central holds only a transfer copy of Store F: a collector elsewhere could never fill. F is
    // made visible to Store C, so that site 3 gets a transfer copy and could be a collector.
    QVERIFY(!nameOfStore(QStringLiteral("F")).value(0).isEmpty());
    const test::CliResult visible =
        test::runCli({QStringLiteral("store"), QStringLiteral("visibility"), QStringLiteral("--store"),
                      QStringLiteral("F"), QStringLiteral("--visible-in"), QStringLiteral("C"), QStringLiteral("on")},
                     m_central);
    QVERIFY2(visible.exitCode == 0, visible.err.constData());
    QCOMPARE(ids(m_central, QStringLiteral("SELECT sync_with FROM store_site WHERE id = 'F@3'")),
             QStringList{QStringLiteral("transfer")});
    for (const QString& extra : {QStringLiteral("--preview"), QString()}) {
        QStringList arguments = {QStringLiteral("store"),   QStringLiteral("sync-settings"),
                                 QStringLiteral("--store"), QStringLiteral("F"),
                                 QStringLiteral("--with"),  QStringLiteral("3=collector")};
        if (!extra.isEmpty())
            arguments << extra;
        const test::CliResult refused = test::runCli(arguments, m_central);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("only a transfer copy") && refused.err.contains("Make the central a collector"),
                 refused.err.constData());
    }
    QCOMPARE(ids(m_central, QStringLiteral("SELECT sync_with FROM store_site WHERE id = 'F@3'")),
             QStringList{QStringLiteral("transfer")});
}

// covers ACC-3, RT-2, RT-5
void TstNothingLost::resendsWithdrawnBySettingsAreNotServed()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("c-%1").arg(i), "C")).ok());
    syncAll();
    const QString lines = QStringLiteral("SELECT id FROM stock_line WHERE store_id = 'C'");
    QCOMPARE(ids(sitePath(2), lines).size(), 0);  // a transfer copy holds no stock lines
    auto with = [&](const char* value) {
        const test::CliResult changed = test::runCli(
            {QStringLiteral("store"), QStringLiteral("sync-settings"), QStringLiteral("--store"), QStringLiteral("C"),
             QStringLiteral("--with"), QStringLiteral("2=%1").arg(QLatin1String(value))},
            m_central);
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
    };
    // Switched to collector and straight back before site 2 synchronises: nothing is due to it.
    with("collector");
    with("transfer");
    // Only site 2's own view of the store waits for it (its store_site row), not the withdrawn resends.
    const QJsonObject status = cliJson({QStringLiteral("status")});
    QCOMPARE(status.value(QLatin1String("queued_by_site")).toObject().value(QLatin1String("2")).toInt(-1), 1);
    QVERIFY(sync(2).ok());
    QCOMPARE(ids(sitePath(2), lines).size(), 0);
    QCOMPARE(
        cliJson({QStringLiteral("status")}).value(QLatin1String("queued_by_site")).toObject().value(QLatin1String("2")),
        QJsonValue(0));
    // A collector gets them, and loses them again as a transfer copy.
    with("collector");
    QVERIFY(sync(2).ok());
    QCOMPARE(ids(sitePath(2), lines), ids(sitePath(3), lines));
    with("transfer");
    QVERIFY(sync(2).ok());
    QCOMPARE(ids(sitePath(2), lines).size(), 0);
}

// covers TR-1, TR-5, ACC-3
void TstNothingLost::transferLinesFollowWhileOnHoldOnly()
{
    RecordWriter& writer = site(3).writer();
    auto line = [&](const char* id, int quantity) {
        return writer.put(QStringLiteral("invoice_line"), {{QStringLiteral("id"), QLatin1String(id)},
                                                           {QStringLiteral("store_id"), QStringLiteral("C")},
                                                           {QStringLiteral("invoice_id"), QStringLiteral("tx")},
                                                           {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                           {QStringLiteral("quantity"), quantity}});
    };
    QVERIFY(writer
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("tx")},
                                                 {QStringLiteral("store_id"), QStringLiteral("C")},
                                                 {QStringLiteral("name_id"), nameOfStore(QStringLiteral("B")).value(0)},
                                                 {QStringLiteral("type"), QStringLiteral("customer_invoice")}})
                .ok());
    QVERIFY(line("tx-1", 5).ok());
    QVERIFY(line("tx-2", 6).ok());
    QVERIFY(writer
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("tx")},
                                                 {QStringLiteral("status"), QStringLiteral("finalised")}})
                .ok());
    syncAll();
    const QString responding = QStringLiteral("SELECT id FROM invoice_line WHERE invoice_id = 'tx:in'");
    QCOMPARE(ids(sitePath(2), responding), (QStringList{QStringLiteral("tx-1:in"), QStringLiteral("tx-2:in")}));
    // While on hold, a line taken off the transfer is taken off its responding half.
    QVERIFY(writer.remove(QStringLiteral("invoice_line"), QStringLiteral("tx-2")).ok());
    syncAll();
    for (const QString& path : {m_central, sitePath(2)})
        QCOMPARE(ids(path, responding), QStringList{QStringLiteral("tx-1:in")});
    // Once the responding site confirmed it, a line added to the transfer does not reach it.
    QVERIFY(site(2)
                .writer()
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("tx:in")},
                                                 {QStringLiteral("status"), QStringLiteral("confirmed")}})
                .ok());
    syncAll();
    QVERIFY(line("tx-3", 7).ok());
    syncAll();
    for (const QString& path : {m_central, sitePath(2)})
        QCOMPARE(ids(path, responding), QStringList{QStringLiteral("tx-1:in")});
    QCOMPARE(ids(m_central, QStringLiteral("SELECT status FROM invoice WHERE id = 'tx:in'")),
             QStringList{QStringLiteral("confirmed")});
}

// covers ACC-3, ST-2, DT-6
void TstNothingLost::aSitesViewOfItsStoresMatchesTheCentral()
{
    auto cli = [&](const QStringList& arguments) {
        const test::CliResult result = test::runCli(arguments, m_central);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    };
    // Store G, seen by no other store, is active on site 3.
    cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("G"),
         QStringLiteral("--code"), QStringLiteral("G"), QStringLiteral("--name"), QStringLiteral("Store G")});
    cli({QStringLiteral("store"), QStringLiteral("sync-settings"), QStringLiteral("--store"), QStringLiteral("G"),
         QStringLiteral("--active-site"), QStringLiteral("3")});
    syncAll();
    QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("g-1"), "G")).ok());
    QVERIFY(sync(3).ok());
    // Moved to site 2, leaving nothing on site 3.
    cli({QStringLiteral("store"), QStringLiteral("move"), QStringLiteral("--store"), QStringLiteral("G"),
         QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("--from-keeps"), QStringLiteral("none")});
    syncAll();
    // Site 3 says of each store what the central says of its copy there.
    auto view = [&](const QString& path, int siteId) {
        return ids(path, QStringLiteral("SELECT s.id || ' ' || ss.active_site_id || ' ' || x.sync_with FROM store s"
                                        " JOIN store_sync ss ON ss.id = s.id JOIN store_site x ON x.store_id = s.id"
                                        " AND x.site_id = %1 WHERE x.sync_with <> 'none'")
                             .arg(siteId));
    };
    for (int id : {2, 3})
        QCOMPARE(view(sitePath(id), id), view(m_central, id));
    QCOMPARE(ids(sitePath(3), QStringLiteral("SELECT id FROM store_sync WHERE id = 'G'")).size(), 0);
    const test::CliResult listed = test::runCli({QStringLiteral("store"), QStringLiteral("list")}, sitePath(3));
    QVERIFY2(!listed.out.contains("Store G"), listed.out.constData());
    QCOMPARE(ids(sitePath(2), QStringLiteral("SELECT id FROM stock_line WHERE store_id = 'G'")),
             QStringList{QStringLiteral("g-1")});
    // And back: site 3 holds the store again, active, and may change it.
    cli({QStringLiteral("store"), QStringLiteral("move"), QStringLiteral("--store"), QStringLiteral("G"),
         QStringLiteral("--to"), QStringLiteral("3"), QStringLiteral("--from-keeps"), QStringLiteral("none")});
    syncAll();
    for (int id : {2, 3})
        QCOMPARE(view(sitePath(id), id), view(m_central, id));
    QVERIFY(site(3).writer().put(QStringLiteral("stock_line"), stockLine(QStringLiteral("g-2"), "G")).ok());
    QVERIFY(sync(3).ok());
    QCOMPARE(ids(m_central, QStringLiteral("SELECT id FROM stock_line WHERE store_id = 'G'")),
             (QStringList{QStringLiteral("g-1"), QStringLiteral("g-2")}));
}

QTEST_GUILESS_MAIN(TstNothingLost)
#include "tst_nothinglost.moc"
