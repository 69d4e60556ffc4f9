// Nothing stuck, every problem in sight (AD-7, ACC-2, ACC-4): records set aside on both sides of a
// real network (the demo network, a real `sitesyncctl serve`, real SQLite files) are listed, shown,
// retried, dismissed and pruned by a technician through the real sitesyncctl.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "model/syncproblemlog.h"
#include "sync/integrator.h"
#include "sync/outgoinglog.h"
#include "sync/syncproblems.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

QString describe(const QStringList& arguments, const test::CliResult& result)
{
    return QStringLiteral("sitesyncctl %1\n  exit: %2\n  stdout: %3\n  stderr: %4")
        .arg(arguments.join(QLatin1Char(' ')))
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out.trimmed()), QString::fromUtf8(result.err.trimmed()));
}

QJsonObject user(const char* id, const char* store, const char* username)
{
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("store_id"), QLatin1String(store)},
            {QStringLiteral("username"), QLatin1String(username)},
            {QStringLiteral("full_name"), QStringLiteral("User %1").arg(QLatin1String(id))}};
}

}  // namespace

class TstSyncProblems : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theCentralAppliesAPushedRecordOnceTheCauseIsFixed();
    void aRemotePushesItsOwnRecordAgain();
    void aRemoteAppliesAPulledRecordOnceTheCauseIsFixed();
    void closedProblemsArePrunedAfterTheRetention();
    void aSitesProblemsAgeByItsClock();

private:
    QString sitePath(int id) const { return m_dir->filePath(QStringLiteral("site%1.db").arg(id)); }
    SiteSession& site(int id) { return *m_sites.at(id); }
    Result<SyncReport> sync(int id) { return RemoteSync(site(id), m_credentials).syncOnce(); }
    void syncAll();
    void put(SiteSession& session, const QJsonObject& record);
    // Site 3 makes a new user of store C whose username the central's user of store A has: the
    // central sets it aside, and site 3 keeps the central's refusal with what it sent.
    void clashOnTheCentral();
    QStringList rows(const QString& path, const QString& sql);
    test::CliResult cli(const QString& db, const QStringList& arguments);
    // A command with --json that must exit 0.
    QJsonDocument json(const QString& db, QStringList arguments);
    QJsonArray problems(const QString& db, bool all = false);
    QJsonObject problem(const QString& db, qint64 id);
    QJsonObject status(const QString& db);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
    QString m_central;
    std::unique_ptr<SiteSession> m_centralSession;
    std::map<int, std::unique_ptr<SiteSession>> m_sites;
};

void TstSyncProblems::init()
{
    test::prepareEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<QString> built = test::serveDemoNetwork(*m_dir, m_server);
    QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().message));
    m_central = *built;
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        Result<std::unique_ptr<SiteSession>> remote = RemoteSync::initialise(
            sitePath(id), QUrl(m_server.url()), id, DemoNetwork::sitePassword(id), m_credentials);
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
        m_sites[id] = std::move(remote).value();
    }
    // The central's own edits, made beside the running server as a technician's window would.
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_central);
    QVERIFY2(central.ok(), central ? "" : qPrintable(central.error().message));
    m_centralSession = std::move(central).value();
    syncAll();
}

void TstSyncProblems::cleanup()
{
    m_sites.clear();
    m_centralSession.reset();
    m_server.stop();
    m_dir.reset();
}

void TstSyncProblems::syncAll()
{
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        const Result<SyncReport> report = sync(id);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    }
}

void TstSyncProblems::put(SiteSession& session, const QJsonObject& record)
{
    const Result<WriteResult> written = session.writer().put(QStringLiteral("user_account"), record);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
}

void TstSyncProblems::clashOnTheCentral()
{
    put(*m_centralSession, user("user-a", "A", "clerk"));
    put(site(3), user("user-c", "C", "clerk"));
    const Result<SyncReport> report = sync(3);
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->refusedByCentral, 1);
}

QStringList TstSyncProblems::rows(const QString& path, const QString& sql)
{
    QStringList found;
    const QString failed = test::rawSql(path, {sql}, &found);
    if (!failed.isEmpty())
        return {QStringLiteral("query failed: ") + failed};
    return found;
}

test::CliResult TstSyncProblems::cli(const QString& db, const QStringList& arguments)
{
    return test::runCli(arguments, db);
}

QJsonDocument TstSyncProblems::json(const QString& db, QStringList arguments)
{
    arguments << QStringLiteral("--json");
    const test::CliResult result = cli(db, arguments);
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(describe(arguments, result)));
    return QJsonDocument::fromJson(result.out);
}

QJsonArray TstSyncProblems::problems(const QString& db, bool all)
{
    QStringList arguments{QStringLiteral("problems"), QStringLiteral("list")};
    if (all)
        arguments << QStringLiteral("--all");
    return json(db, arguments).array();
}

QJsonObject TstSyncProblems::problem(const QString& db, qint64 id)
{
    return json(db, {QStringLiteral("problems"), QStringLiteral("show"), QString::number(id)}).object();
}

QJsonObject TstSyncProblems::status(const QString& db)
{
    return json(db, {QStringLiteral("status")}).object();
}

// covers AD-7, ACC-2, ACC-4, DT-8
void TstSyncProblems::theCentralAppliesAPushedRecordOnceTheCauseIsFixed()
{
    clashOnTheCentral();

    // Listed, open, with the site, the record and the reason; `status` counts it from the row.
    const QJsonArray open = problems(m_central);
    QCOMPARE(open.size(), 1);
    const QJsonObject listed = open.first().toObject();
    const qint64 id = listed.value(QLatin1String("id")).toInteger();
    QCOMPARE(listed.value(QLatin1String("site_id")).toInt(), DemoNetwork::kRemote2);
    QCOMPARE(listed.value(QLatin1String("table")).toString(), QStringLiteral("user_account"));
    QCOMPARE(listed.value(QLatin1String("record_id")).toString(), QStringLiteral("user-c"));
    QCOMPARE(listed.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QVERIFY2(listed.value(QLatin1String("reason")).toString().contains(QLatin1String("username")),
             qPrintable(listed.value(QLatin1String("reason")).toString()));
    QCOMPARE(status(m_central).value(QLatin1String("problems")).toInt(), 1);
    QCOMPARE(status(m_central).value(QLatin1String("waiting")).toInt(), 0);
    const test::CliResult table = cli(m_central, {QStringLiteral("problems"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("user-c") && table.out.contains("open"), table.out.constData());

    // Shown with the record as site 3 sent it.
    const QJsonObject shown = problem(m_central, id);
    QCOMPARE(shown.value(QLatin1String("deletion")).toBool(), false);
    QCOMPARE(shown.value(QLatin1String("payload")).toObject().value(QLatin1String("username")).toString(),
             QStringLiteral("clerk"));
    QCOMPARE(shown.value(QLatin1String("payload")).toObject().value(QLatin1String("store_id")).toString(),
             QStringLiteral("C"));
    const test::CliResult text =
        cli(m_central, {QStringLiteral("problems"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("\"username\": \"clerk\""), text.out.constData());

    // Retried while the cause remains: not applied, said why, and nothing but the note changed.
    const QStringList retry = {QStringLiteral("problems"), QStringLiteral("retry"), QString::number(id)};
    const QString users = QStringLiteral("SELECT id || '=' || username FROM user_account ORDER BY id");
    const QStringList usersBefore = rows(m_central, users);
    const test::CliResult early = cli(m_central, retry);
    QVERIFY2(early.exitCode == 3 && early.err.contains("same value"), qPrintable(describe(retry, early)));
    QCOMPARE(rows(m_central, users), usersBefore);
    QCOMPARE(problems(m_central).size(), 1);
    QVERIFY(!problem(m_central, id).value(QLatin1String("retry_result")).toString().isEmpty());

    // The cause goes (the central's own user is renamed), and the retry applies the record as
    // site 3's change, logged with site 3 as its origin so that it is routed on as site 3's.
    put(*m_centralSession,
        {{QStringLiteral("id"), QStringLiteral("user-a")}, {QStringLiteral("username"), QStringLiteral("clerk-a")}});
    const test::CliResult applied = cli(m_central, retry);
    QVERIFY2(applied.exitCode == 0 && applied.out.contains("applied"), qPrintable(describe(retry, applied)));
    QCOMPARE(rows(m_central, QStringLiteral("SELECT username FROM user_account WHERE id = 'user-c'")),
             QStringList{QStringLiteral("clerk")});
    QCOMPARE(rows(m_central, QStringLiteral("SELECT origin_site FROM change_log WHERE record_id = 'user-c'")),
             QStringList{QStringLiteral("3")});
    QCOMPARE(problems(m_central).size(), 0);
    const QJsonObject resolved = problem(m_central, id);
    QCOMPARE(resolved.value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
    QVERIFY(!resolved.value(QLatin1String("closed_by")).toString().isEmpty());
    QCOMPARE(status(m_central).value(QLatin1String("problems")).toInt(), 0);
    // Both attempts are in the audit log with the problem, its record, the site and the outcome; the
    // one that failed with why.
    const Dialect dialect = test::centralDialect();
    const auto param = [&dialect](const char* key) {
        return dialect.jsonField(QStringLiteral("params"), QString::fromLatin1(key));
    };
    const QStringList audited =
        rows(m_central, QStringLiteral("SELECT %1 || '|' || %2 || '|' || %3 || '|' || %4 || '|' || %5 || '|' ||"
                                       " CAST(coalesce(%6, '') <> '' AS INTEGER)"
                                       " FROM audit_log WHERE action = 'sync problem retried' ORDER BY id")
                            .arg(param("problem"), param("table"), param("record"), param("site"), param("outcome"),
                                 param("reason")));
    QCOMPARE(audited, (QStringList{QStringLiteral("%1|user_account|user-c|3|not applied|1").arg(id),
                                   QStringLiteral("%1|user_account|user-c|3|applied|0").arg(id)}));
    // sitesyncctl prints them in words, in English.
    const test::CliResult log = cli(m_central, {QStringLiteral("audit")});
    QCOMPARE(log.exitCode, 0);
    QVERIFY2(log.out.contains("Sync problem retried") &&
                 log.out.contains(
                     QStringLiteral("problem %1, record 'user-c' of 'user_account' from site 3").arg(id).toUtf8()) &&
                 log.out.contains(": applied") && log.out.contains(": not applied: "),
             log.out.constData());

    // A closed problem is not retried nor dismissed again; bad input changes nothing.
    const QByteArray before = test::contentDigest(m_central);
    const struct {
        QStringList arguments;
        int exitCode;
        const char* reason;
    } refused[] = {
        {retry, 3, "closed already"},
        {{QStringLiteral("problems"), QStringLiteral("dismiss"), QString::number(id), QStringLiteral("--reason"),
          QStringLiteral("twice")},
         3,
         "closed already"},
        {{QStringLiteral("problems"), QStringLiteral("show"), QStringLiteral("user-c")}, 2, "whole number"},
        {{QStringLiteral("problems"), QStringLiteral("retry"), QStringLiteral("999")}, 1, "no sync problem 999"},
        {{QStringLiteral("problems"), QStringLiteral("list"), QStringLiteral("extra")}, 2, "usage"},
    };
    for (const auto& attempt : refused) {
        const test::CliResult result = cli(m_central, attempt.arguments);
        QVERIFY2(result.exitCode == attempt.exitCode &&
                     QString::fromUtf8(result.err).contains(QLatin1String(attempt.reason), Qt::CaseInsensitive),
                 qPrintable(describe(attempt.arguments, result)));
    }
    QCOMPARE(test::contentDigest(m_central), before);

    // Site 3 keeps the central's refusal with what it sent. The central has applied it now: the
    // technician there dismisses it, saying so; it is kept, closed, and no longer counted.
    const QString site3 = sitePath(3);
    const QJsonArray mine = problems(site3);
    QCOMPARE(mine.size(), 1);
    const qint64 own = mine.first().toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(mine.first().toObject().value(QLatin1String("site_id")).toInt(), DemoNetwork::kRemote2);
    QCOMPARE(mine.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("refused"));
    QCOMPARE(problem(site3, own).value(QLatin1String("payload")).toObject().value(QLatin1String("username")),
             QJsonValue(QStringLiteral("clerk")));
    QCOMPARE(status(site3).value(QLatin1String("problems")).toInt(), 1);
    const QByteArray siteBefore = test::contentDigest(site3);
    for (const QStringList& bad :
         {QStringList{QStringLiteral("problems"), QStringLiteral("dismiss"), QString::number(own)},
          QStringList{QStringLiteral("problems"), QStringLiteral("dismiss"), QString::number(own),
                      QStringLiteral("--reason"), QStringLiteral(" ")}}) {
        const test::CliResult result = cli(site3, bad);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(bad, result)));
    }
    QCOMPARE(test::contentDigest(site3), siteBefore);
    const QString why = QStringLiteral("Applied on the central server by its technician");
    const QJsonObject dismissed = json(site3, {QStringLiteral("problems"), QStringLiteral("dismiss"),
                                               QString::number(own), QStringLiteral("--reason"), why})
                                      .object();
    QCOMPARE(dismissed.value(QLatin1String("status")).toString(), QStringLiteral("dismissed"));
    QCOMPARE(dismissed.value(QLatin1String("resolution")).toString(), why);
    QVERIFY(!dismissed.value(QLatin1String("closed_at")).toString().isEmpty());
    QCOMPARE(problems(site3).size(), 0);
    QCOMPARE(problems(site3, true).size(), 1);
    QCOMPARE(status(site3).value(QLatin1String("problems")).toInt(), 0);
    const QStringList dismissal =
        rows(site3, QStringLiteral("SELECT json_extract(params, '$.problem') || '|' || json_extract(params, '$.record')"
                                   " || '|' || json_extract(params, '$.reason') FROM audit_log"
                                   " WHERE action = 'sync problem dismissed'"));
    QCOMPARE(dismissal, QStringList{QStringLiteral("%1|user-c|%2").arg(own).arg(why)});
}

// covers AD-7, ACC-1, ACC-2
void TstSyncProblems::aRemotePushesItsOwnRecordAgain()
{
    clashOnTheCentral();
    const QString site3 = sitePath(3);
    const qint64 first = problems(site3).first().toObject().value(QLatin1String("id")).toInteger();
    const QStringList retryFirst = {QStringLiteral("problems"), QStringLiteral("retry"), QString::number(first)};

    // Retried before the cause is fixed: queued, pushed, set aside again. The new refusal replaces
    // the old problem, on both sides: never two open problems for one record.
    const test::CliResult queued = cli(site3, retryFirst);
    QVERIFY2(queued.exitCode == 0 && queued.out.contains("next sync"), qPrintable(describe(retryFirst, queued)));
    QCOMPARE(problem(site3, first).value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QCOMPARE(status(site3).value(QLatin1String("sync_out")).toInt(), 1);
    const Result<SyncReport> again = sync(3);
    QVERIFY2(again.ok(), again ? "" : qPrintable(again.error().message));
    QCOMPARE(again->refusedByCentral, 1);
    const QJsonArray stillOpen = problems(site3);
    QCOMPARE(stillOpen.size(), 1);
    const qint64 second = stillOpen.first().toObject().value(QLatin1String("id")).toInteger();
    QVERIFY(second != first);
    const QJsonObject replaced = problem(site3, first);
    QCOMPARE(replaced.value(QLatin1String("status")).toString(), QStringLiteral("superseded"));
    QVERIFY2(replaced.value(QLatin1String("resolution")).toString().contains(QString::number(second)),
             qPrintable(replaced.value(QLatin1String("resolution")).toString()));
    QCOMPARE(problems(m_central).size(), 1);

    // The cause goes; retried, the record goes with the next sync, and both sides settle.
    put(*m_centralSession,
        {{QStringLiteral("id"), QStringLiteral("user-a")}, {QStringLiteral("username"), QStringLiteral("clerk-a")}});
    const QStringList retrySecond = {QStringLiteral("problems"), QStringLiteral("retry"), QString::number(second)};
    const QJsonObject answer = json(site3, retrySecond).object();
    QCOMPARE(answer.value(QLatin1String("outcome")).toString(), QStringLiteral("queued"));
    QCOMPARE(answer.value(QLatin1String("problem")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("open"));
    const Result<SyncReport> taken = sync(3);
    QVERIFY2(taken.ok(), taken ? "" : qPrintable(taken.error().message));
    QCOMPARE(taken->refusedByCentral, 0);
    QCOMPARE(rows(m_central, QStringLiteral("SELECT username FROM user_account WHERE id = 'user-c'")),
             QStringList{QStringLiteral("clerk")});
    QCOMPARE(problem(site3, second).value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(status(site3).value(QLatin1String("problems")).toInt(), 0);
    QCOMPARE(status(site3).value(QLatin1String("sync_out")).toInt(), 0);
    // On the central, the later version from site 3 made the problem's content obsolete.
    QCOMPARE(problems(m_central).size(), 0);
    const QStringList closed = rows(m_central, QStringLiteral("SELECT closed_as FROM sync_problem ORDER BY id"));
    QCOMPARE(closed, (QStringList{QStringLiteral("superseded"), QStringLiteral("superseded")}));
    QCOMPARE(rows(site3, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync problem retried'"
                                        " AND json_extract(params, '$.record') = 'user-c'"
                                        " AND json_extract(params, '$.outcome') = 'queued'")),
             QStringList{QStringLiteral("2")});
}

// covers AD-7, ACC-2, ACC-4
void TstSyncProblems::aRemoteAppliesAPulledRecordOnceTheCauseIsFixed()
{
    // Site 2's own user, pushed, then renamed there (a change to an existing user stays on the site,
    // PT-6) to the name the central then gives a new user of store A, which site 2 collects.
    put(site(2), user("user-b", "B", "nurse"));
    QVERIFY(sync(2).ok());
    put(site(2),
        {{QStringLiteral("id"), QStringLiteral("user-b")}, {QStringLiteral("username"), QStringLiteral("clerk")}});
    put(*m_centralSession, user("user-a", "A", "clerk"));
    const Result<SyncReport> report = sync(2);
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->integration.quarantined, 1);
    // And a record that waits for one it refers to, delivered as the central would.
    {
        Integrator integrator(site(2).writer());
        Transaction tx(site(2).database());
        QVERIFY(tx.started().ok());
        WireRecord line;
        line.table = QStringLiteral("stock_line");
        line.id = QStringLiteral("line-of-a-missing-item");
        line.data = {{QStringLiteral("id"), line.id},
                     {QStringLiteral("store_id"), QStringLiteral("A")},
                     {QStringLiteral("item_id"), QStringLiteral("item-not-yet-arrived")},
                     {QStringLiteral("quantity"), 4}};
        QVERIFY(integrator.receive(DemoNetwork::kCentral, {line}).ok());
        QVERIFY(tx.commit().ok());
        const Result<IntegrationReport> waiting = integrator.integrate();
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->pending, 1);
    }

    const QString site2 = sitePath(2);
    // ACC-4: what `status` says is what the rows hold.
    const QJsonObject counted = status(site2);
    QCOMPARE(counted.value(QLatin1String("waiting")).toInt(), 1);
    QCOMPARE(QString::number(counted.value(QLatin1String("waiting")).toInt()),
             rows(site2, QStringLiteral("SELECT count(*) FROM sync_in")).value(0));
    QCOMPARE(counted.value(QLatin1String("problems")).toInt(), 1);
    QCOMPARE(QString::number(counted.value(QLatin1String("problems")).toInt()),
             rows(site2, QStringLiteral("SELECT count(*) FROM sync_problem WHERE resolved = 0")).value(0));
    const test::CliResult text = cli(site2, {QStringLiteral("status")});
    QVERIFY2(text.out.contains("Waiting:     1") && text.out.contains("Problems:    1"), text.out.constData());

    const QJsonArray open = problems(site2);
    QCOMPARE(open.size(), 1);
    const QJsonObject listed = open.first().toObject();
    const qint64 id = listed.value(QLatin1String("id")).toInteger();
    QCOMPARE(listed.value(QLatin1String("site_id")).toInt(), DemoNetwork::kCentral);
    QCOMPARE(listed.value(QLatin1String("record_id")).toString(), QStringLiteral("user-a"));
    QCOMPARE(listed.value(QLatin1String("kind")).toString(), QStringLiteral("quarantined"));
    QCOMPARE(problem(site2, id).value(QLatin1String("payload")).toObject().value(QLatin1String("store_id")),
             QJsonValue(QStringLiteral("A")));

    // Retried while site 2's user still has the name: nothing applied, the same problem open.
    const QStringList retry = {QStringLiteral("problems"), QStringLiteral("retry"), QString::number(id)};
    const test::CliResult early = cli(site2, retry);
    QVERIFY2(early.exitCode == 3 && early.err.contains("same value"), qPrintable(describe(retry, early)));
    QCOMPARE(rows(site2, QStringLiteral("SELECT count(*) FROM user_account WHERE id = 'user-a'")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(problems(site2).size(), 1);
    QCOMPARE(problems(site2).first().toObject().value(QLatin1String("id")).toInteger(), id);
    QCOMPARE(status(site2).value(QLatin1String("waiting")).toInt(), 1);

    // Renamed back, and retried: applied as the central sent it, unlogged, and resolved.
    put(site(2),
        {{QStringLiteral("id"), QStringLiteral("user-b")}, {QStringLiteral("username"), QStringLiteral("nurse")}});
    const QJsonObject applied = json(site2, retry).object();
    QCOMPARE(applied.value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
    QCOMPARE(rows(site2, QStringLiteral("SELECT username FROM user_account WHERE id = 'user-a'")),
             QStringList{QStringLiteral("clerk")});
    QCOMPARE(*OutgoingLog::pendingOf(site(2).database(), site(2).site()), 0);
    QCOMPARE(problem(site2, id).value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(status(site2).value(QLatin1String("problems")).toInt(), 0);
    QCOMPARE(rows(site2, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync problem retried'"
                                        " AND json_extract(params, '$.record') = 'user-a'")),
             QStringList{QStringLiteral("2")});
}

// covers ACC-2
void TstSyncProblems::closedProblemsArePrunedAfterTheRetention()
{
    // Four problems on the central: one left open, three dismissed by the technician.
    Database& db = m_centralSession->database();
    for (const char* record : {"kept-open", "closed-long-ago", "closed-a-while-ago", "closed-today"})
        QVERIFY(SyncProblemLog::add(db, DemoNetwork::kRemote1, QStringLiteral("refused"), QStringLiteral("item"),
                                    QLatin1String(record), QStringLiteral("Not the primary."), {})
                    .ok());
    const QString ids = QStringLiteral("SELECT record_id FROM sync_problem ORDER BY id");
    auto idOf = [&](const char* record) {
        return rows(m_central,
                    QStringLiteral("SELECT id FROM sync_problem WHERE record_id = '%1'").arg(QLatin1String(record)))
            .value(0);
    };
    for (const char* record : {"closed-long-ago", "closed-a-while-ago", "closed-today"}) {
        const QStringList dismiss = {QStringLiteral("problems"), QStringLiteral("dismiss"), idOf(record),
                                     QStringLiteral("--reason"), QStringLiteral("Known")};
        const test::CliResult result = cli(m_central, dismiss);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(dismiss, result)));
    }
    // Their closing dates, moved back as time would have; the open one was logged long ago.
    const auto daysAgo = [](int days) {
        return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
    };
    QCOMPARE(test::rawSql(
                 m_central,
                 {QStringLiteral("UPDATE sync_problem SET closed_at = '%1' WHERE record_id = 'closed-long-ago'")
                      .arg(daysAgo(91)),
                  QStringLiteral("UPDATE sync_problem SET closed_at = '%1' WHERE record_id ="
                                 " 'closed-a-while-ago'")
                      .arg(daysAgo(10)),
                  QStringLiteral("UPDATE sync_problem SET at = '%1' WHERE record_id = 'kept-open'").arg(daysAgo(400))}),
             QString());

    // Kept 90 days unless set otherwise.
    QCOMPARE(json(m_central, {QStringLiteral("problems"), QStringLiteral("retention")})
                 .object()
                 .value(QLatin1String("retention_days"))
                 .toInt(),
             90);
    const QJsonObject first = json(m_central, {QStringLiteral("problems"), QStringLiteral("prune")}).object();
    QCOMPARE(first.value(QLatin1String("deleted")).toInt(), 1);
    QCOMPARE(rows(m_central, ids), (QStringList{QStringLiteral("kept-open"), QStringLiteral("closed-a-while-ago"),
                                                QStringLiteral("closed-today")}));

    // A retention of a week: set by command, audited; a day count that is not one changes nothing.
    const QByteArray before = test::contentDigest(m_central);
    for (const QString& days : {QStringLiteral("0"), QStringLiteral("week")}) {
        const QStringList bad = {QStringLiteral("problems"), QStringLiteral("retention"), QStringLiteral("--days"),
                                 days};
        const test::CliResult result = cli(m_central, bad);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(bad, result)));
    }
    QCOMPARE(test::contentDigest(m_central), before);
    QCOMPARE(json(m_central, {QStringLiteral("problems"), QStringLiteral("retention"), QStringLiteral("--days"),
                              QStringLiteral("7")})
                 .object()
                 .value(QLatin1String("retention_days"))
                 .toInt(),
             7);
    QCOMPARE(
        rows(m_central, QStringLiteral("SELECT %1 FROM audit_log WHERE action = 'sync problem retention set'")
                            .arg(test::centralDialect().jsonField(QStringLiteral("params"), QStringLiteral("days")))),
        QStringList{QStringLiteral("7")});
    // The central prunes after integrating a push, as a remote does after each sync.
    put(site(2), user("user-b", "B", "nurse"));
    QVERIFY(sync(2).ok());
    QCOMPARE(rows(m_central, ids), (QStringList{QStringLiteral("kept-open"), QStringLiteral("closed-today")}));

    // On a remote, every sync prunes.
    Database& remote = site(3).database();
    QVERIFY(SyncProblemLog::add(remote, DemoNetwork::kCentral, QStringLiteral("quarantined"), QStringLiteral("item"),
                                QStringLiteral("old-news"), QStringLiteral("Broken."), {})
                .ok());
    const QString remoteId = rows(sitePath(3), QStringLiteral("SELECT id FROM sync_problem")).value(0);
    QCOMPARE(cli(sitePath(3), {QStringLiteral("problems"), QStringLiteral("dismiss"), remoteId,
                               QStringLiteral("--reason"), QStringLiteral("Seen")})
                 .exitCode,
             0);
    QVERIFY(sync(3).ok());
    QCOMPARE(rows(sitePath(3), QStringLiteral("SELECT count(*) FROM sync_problem")), QStringList{QStringLiteral("1")});
    QCOMPARE(test::rawSql(sitePath(3), {QStringLiteral("UPDATE sync_problem SET closed_at = '%1'").arg(daysAgo(91))}),
             QString());
    QVERIFY(sync(3).ok());
    QCOMPARE(rows(sitePath(3), QStringLiteral("SELECT count(*) FROM sync_problem")), QStringList{QStringLiteral("0")});
}

// covers ACC-2: a site's times are its own clock's (Database::now), not the system's, and so are the
// ages worked out from them: the refusal site 3 keeps is dated by that clock, and so is its dismissal,
// and the sync prunes it once that clock has gone past the retention.
void TstSyncProblems::aSitesProblemsAgeByItsClock()
{
    QDateTime now(QDate(2031, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    site(3).database().setClock([&now] { return now; });
    clashOnTheCentral();
    QCOMPARE(LocalState::get(site(3).database(), QStringLiteral("last_sync")), QStringLiteral("2031-05-06T07:08:09Z"));

    SyncProblems problems(site(3).writer());
    const Result<QList<SyncProblem>> open = problems.list(SyncProblemLog::Filter::Open);
    QVERIFY2(open.ok(), open ? "" : qPrintable(open.error().message));
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().at, QStringLiteral("2031-05-06T07:08:09.010Z"));
    now = now.addDays(1);
    const Result<SyncProblem> dismissed = problems.dismiss(open->first().id, QStringLiteral("Known"));
    QVERIFY2(dismissed.ok(), dismissed ? "" : qPrintable(dismissed.error().message));
    QCOMPARE(dismissed->closedAt, QStringLiteral("2031-05-07T07:08:09.010Z"));

    // Closed for less than the retention by the site's clock: a sync keeps it; past it, prunes it.
    now = now.addDays(SyncProblems::kDefaultRetentionDays - 1);
    QVERIFY(sync(3).ok());
    QCOMPARE(problems.list(SyncProblemLog::Filter::All)->size(), 1);
    now = now.addDays(2);
    QVERIFY(sync(3).ok());
    QCOMPARE(problems.list(SyncProblemLog::Filter::All)->size(), 0);
}

QTEST_GUILESS_MAIN(TstSyncProblems)
#include "tst_syncproblems.moc"
