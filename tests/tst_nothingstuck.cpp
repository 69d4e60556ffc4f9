// Nothing stuck (ACC-2): a record that cannot be applied yet waits for what it needs, is tried again
// when that arrives and not for every unrelated push, and after a bounded time is reported as a
// sync problem. Real SQLite files; the network tests run a real `sitesyncctl serve` on 127.0.0.1.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "db/database.h"
#include "demo/demonetwork.h"
#include "model/storeregistry.h"
#include "site/sitesession.h"
#include "sync/integrator.h"
#include "testsupport.h"
#include "write/recordwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

constexpr int kWaiting = 20000;

WireRecord upsert(const QString& table, const QJsonObject& data)
{
    return WireRecord{0, table, data.value(QLatin1String("id")).toString(), false, data, {}, false};
}

QJsonObject line(const QString& id, const QString& invoice)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("store_id"), QStringLiteral("B")},
            {QStringLiteral("invoice_id"), invoice},
            {QStringLiteral("item_id"), QStringLiteral("item-amox")},
            {QStringLiteral("quantity"), 1}};
}

}  // namespace

class TstNothingStuck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void waitingRecordsWaitForWhatTheyNeed();
    void aRecordWaitingTooLongBecomesAProblem();
    void settingsOfAStoreNeverHeldDoNotWait();
    void transferLinesFromStockReachTheRespondingSite();

private:
    QString sitePath(int id) const { return m_dir->filePath(QStringLiteral("site%1.db").arg(id)); }
    SiteSession& site(int id) { return *m_sites.at(id); }
    Result<SyncReport> sync(int id) { return RemoteSync(site(id), m_credentials).syncOnce(); }
    void startNetwork();
    // Received by the central from site 2 and integrated, as a push would.
    IntegrationReport deliver(SiteSession& central, const QList<WireRecord>& records);
    QStringList rows(const QString& path, const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_central;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
    std::map<int, std::unique_ptr<SiteSession>> m_sites;
};

void TstNothingStuck::init()
{
    test::prepareEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(m_dir->path(), [](const QString&) {});
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    m_central = demo->centralPath;
}

void TstNothingStuck::cleanup()
{
    m_sites.clear();
    m_server.stop();
    m_dir.reset();
}

void TstNothingStuck::startNetwork()
{
    const QString started = m_server.start(m_central);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    for (int id : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        Result<std::unique_ptr<SiteSession>> remote = RemoteSync::initialise(
            sitePath(id), QUrl(m_server.url()), id, DemoNetwork::sitePassword(id), m_credentials);
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
        m_sites[id] = std::move(remote).value();
    }
}

IntegrationReport TstNothingStuck::deliver(SiteSession& central, const QList<WireRecord>& records)
{
    Integrator integrator(central.writer());
    {
        Transaction tx(central.database());
        const Result<int> received = integrator.receive(DemoNetwork::kRemote1, records);
        if (!received || !tx.commit().ok())
            qWarning("not received");
    }
    const Result<IntegrationReport> report = integrator.integrate();
    if (!report)
        qWarning("%s", qPrintable(report.error().message));
    return report ? *report : IntegrationReport{};
}

QStringList TstNothingStuck::rows(const QString& path, const QString& sql)
{
    QStringList found;
    const QString failed = test::rawSql(path, {sql}, &found);
    if (!failed.isEmpty())
        qWarning() << failed;
    return found;
}

// covers ACC-2
void TstNothingStuck::waitingRecordsWaitForWhatTheyNeed()
{
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(m_central);
    QVERIFY(opened.ok());
    SiteSession& central = **opened;
    // Site 2 sends the lines of an invoice before the invoice itself (its store B is active there).
    QList<WireRecord> lines;
    for (int i = 0; i < kWaiting; ++i)
        lines.append(
            upsert(QStringLiteral("invoice_line"), line(QStringLiteral("late-%1").arg(i), QStringLiteral("inv-late"))));
    IntegrationReport first = deliver(central, lines);
    QCOMPARE(first.applied, 0);
    QCOMPARE(first.pending, kWaiting);
    QCOMPARE(first.quarantined + first.refused, 0);
    const QString attempts = QStringLiteral("SELECT sum(attempts) || ' ' || count(DISTINCT waits_for) || ' ' ||"
                                            " max(waits_for) FROM sync_in");
    QCOMPARE(rows(m_central, attempts), QStringList{QStringLiteral("%1 1 invoice/inv-late").arg(kWaiting)});

    // An unrelated push is applied without trying the waiting lines again.
    const IntegrationReport unrelated =
        deliver(central, {upsert(QStringLiteral("invoice_line"), line(QStringLiteral("other"), QStringLiteral("x")))});
    QCOMPARE(unrelated.applied, 0);  // it waits too, for its own invoice
    QCOMPARE(rows(m_central, QStringLiteral("SELECT sum(attempts) FROM sync_in")),
             QStringList{QString::number(kWaiting + 1)});

    // The invoice arrives: every line waiting for it applies in the same integration.
    const QString name = central.stores().find(QStringLiteral("C"))->nameId;
    const IntegrationReport arrived = deliver(
        central, {upsert(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("inv-late")},
                                                     {QStringLiteral("store_id"), QStringLiteral("B")},
                                                     {QStringLiteral("name_id"), name},
                                                     {QStringLiteral("type"), QStringLiteral("customer_invoice")}})});
    QCOMPARE(arrived.applied, kWaiting + 1);
    QCOMPARE(arrived.pending, 1);  // the line of invoice "x" still waits
    QCOMPARE(rows(m_central, QStringLiteral("SELECT count(*) FROM invoice_line WHERE invoice_id = 'inv-late'")),
             QStringList{QString::number(kWaiting)});

    // A newer version of a waiting record from the same site replaces the older one.
    QJsonObject newer = line(QStringLiteral("other"), QStringLiteral("x"));
    newer.insert(QStringLiteral("quantity"), 5);
    QCOMPARE(deliver(central, {upsert(QStringLiteral("invoice_line"), newer)}).pending, 1);
    QCOMPARE(rows(m_central, QStringLiteral("SELECT json_extract(payload, '$.quantity') FROM sync_in")),
             QStringList{QStringLiteral("5")});
}

// covers ACC-2, AD-7
void TstNothingStuck::aRecordWaitingTooLongBecomesAProblem()
{
    // An item deleted on the central while site 2 still names it in a new stock line: the line waits
    // on the central for the item, and the item's deletion waits on site 2 for the line.
    startNetwork();
    const auto cli = [&](const QStringList& arguments) {
        const test::CliResult result = test::runCli(arguments, m_central);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    };
    cli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("item"),
         QStringLiteral(R"({"id":"item-x","code":"X","name":"Item X"})")});
    QVERIFY(sync(2).ok());
    cli({QStringLiteral("record"), QStringLiteral("delete"), QStringLiteral("item"), QStringLiteral("item-x")});
    QVERIFY(site(2)
                .writer()
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("names-x")},
                                                    {QStringLiteral("store_id"), QStringLiteral("B")},
                                                    {QStringLiteral("item_id"), QStringLiteral("item-x")},
                                                    {QStringLiteral("quantity"), 4}})
                .ok());
    const Result<SyncReport> first = sync(2);
    QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->integration.pending, 1);
    const QString waiting = QStringLiteral("SELECT table_name || ' ' || record_id FROM sync_in");
    QCOMPARE(rows(m_central, waiting), QStringList{QStringLiteral("stock_line names-x")});
    QCOMPARE(rows(sitePath(2), waiting), QStringList{QStringLiteral("item item-x")});
    const QString problems = QStringLiteral("SELECT table_name || ' ' || record_id FROM sync_problem"
                                            " WHERE resolved = 0 AND reason LIKE 'Waiting since%'");
    QVERIFY(rows(m_central, problems).isEmpty());

    // A day later both are still waiting: each side reports its own as a problem, and keeps it waiting.
    const QString dayAgo = QStringLiteral("UPDATE sync_in SET received_at = '2000-01-01T00:00:00.000Z'");
    QVERIFY(test::rawSql(m_central, {dayAgo}).isEmpty());
    QVERIFY(test::rawSql(sitePath(2), {dayAgo}).isEmpty());
    QVERIFY(site(2)
                .writer()
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("unrelated")},
                                                    {QStringLiteral("store_id"), QStringLiteral("B")},
                                                    {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                    {QStringLiteral("quantity"), 1}})
                .ok());
    QVERIFY(sync(2).ok());
    QCOMPARE(rows(m_central, problems), QStringList{QStringLiteral("stock_line names-x")});
    QCOMPARE(rows(sitePath(2), problems), QStringList{QStringLiteral("item item-x")});
    QCOMPARE(rows(m_central, waiting), QStringList{QStringLiteral("stock_line names-x")});

    // The technician puts the item back: the site's waiting deletion gives way to it, the central's
    // line applies once its back-off has passed, and both problems are resolved.
    cli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("item"),
         QStringLiteral(R"({"id":"item-x","code":"X","name":"Item X"})")});
    QVERIFY(test::rawSql(m_central, {QStringLiteral("UPDATE sync_in SET next_attempt_at = ''")}).isEmpty());
    QVERIFY(site(2)
                .writer()
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("unrelated")},
                                                    {QStringLiteral("store_id"), QStringLiteral("B")},
                                                    {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                    {QStringLiteral("quantity"), 2}})
                .ok());
    QVERIFY(sync(2).ok());
    QVERIFY(rows(m_central, waiting).isEmpty());
    QVERIFY(rows(sitePath(2), waiting).isEmpty());
    QVERIFY(rows(m_central, problems).isEmpty());
    QVERIFY(rows(sitePath(2), problems).isEmpty());
    QCOMPARE(rows(m_central, QStringLiteral("SELECT id FROM stock_line WHERE id = 'names-x'")).size(), 1);
}

// covers ACC-2, ACC-3
void TstNothingStuck::settingsOfAStoreNeverHeldDoNotWait()
{
    startNetwork();
    for (int id : {2, 3})
        QVERIFY(sync(id).ok());
    // Store E becomes visible in Store C (active on site 3), which gives site 3 a transfer copy of
    // it, and stops being visible before site 3 syncs: site 3 never held E, and its settings there
    // are written down as "none" all the same.
    const QString nameOfE = rows(m_central, QStringLiteral("SELECT id FROM name WHERE store_id = 'E'")).value(0);
    QVERIFY(!nameOfE.isEmpty());
    const auto cli = [&](const QStringList& arguments) {
        const test::CliResult result = test::runCli(arguments, m_central);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    };
    cli({QStringLiteral("record"), QStringLiteral("put"), QStringLiteral("name_store_join"),
         QStringLiteral(R"({"id":"e-in-c","name_id":"%1","store_id":"C"})").arg(nameOfE)});
    QCOMPARE(rows(m_central, QStringLiteral("SELECT sync_with FROM store_site WHERE id = 'E@3'")),
             QStringList{QStringLiteral("transfer")});
    cli({QStringLiteral("record"), QStringLiteral("delete"), QStringLiteral("name_store_join"),
         QStringLiteral("e-in-c")});
    QCOMPARE(rows(m_central, QStringLiteral("SELECT sync_with FROM store_site WHERE id = 'E@3'")),
             QStringList{QStringLiteral("none")});
    for (int round = 0; round < 2; ++round) {
        const Result<SyncReport> report = sync(3);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->integration.pending, 0);
    }
    QVERIFY(rows(sitePath(3), QStringLiteral("SELECT record_id FROM sync_in")).isEmpty());
    QVERIFY(rows(sitePath(3), QStringLiteral("SELECT id FROM store WHERE id = 'E'")).isEmpty());
}

// covers ACC-2, TR-1
void TstNothingStuck::transferLinesFromStockReachTheRespondingSite()
{
    // Store C (site 3) sends stock to Store B (site 2), each line issued from one of C's stock lines;
    // site 2 holds B and no stock line of C.
    startNetwork();
    RecordWriter& writer = site(3).writer();
    QVERIFY(writer
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("c-stock")},
                                                    {QStringLiteral("store_id"), QStringLiteral("C")},
                                                    {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                    {QStringLiteral("quantity"), 100}})
                .ok());
    const QString nameOfB = rows(m_central, QStringLiteral("SELECT id FROM name WHERE store_id = 'B'")).value(0);
    QVERIFY(writer
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("c-to-b")},
                                                 {QStringLiteral("store_id"), QStringLiteral("C")},
                                                 {QStringLiteral("name_id"), nameOfB},
                                                 {QStringLiteral("type"), QStringLiteral("customer_invoice")}})
                .ok());
    for (int i = 1; i <= 2; ++i) {
        const Result<WriteResult> line =
            writer.put(QStringLiteral("invoice_line"), {{QStringLiteral("id"), QStringLiteral("c-to-b-%1").arg(i)},
                                                        {QStringLiteral("store_id"), QStringLiteral("C")},
                                                        {QStringLiteral("invoice_id"), QStringLiteral("c-to-b")},
                                                        {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                        {QStringLiteral("stock_line_id"), QStringLiteral("c-stock")},
                                                        {QStringLiteral("quantity"), 5 * i}});
        QVERIFY2(line.ok(), line ? "" : qPrintable(line.error().message));
    }
    QVERIFY(writer
                .put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("c-to-b")},
                                                 {QStringLiteral("status"), QStringLiteral("finalised")}})
                .ok());
    // A line naming a stock line that is not there, or one of another store, is still refused here.
    QVERIFY(writer
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("d-stock")},
                                                    {QStringLiteral("store_id"), QStringLiteral("D")},
                                                    {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                    {QStringLiteral("quantity"), 100}})
                .ok());
    for (const char* stockLine : {"no-such-line", "d-stock"}) {
        const Result<WriteResult> wrong =
            writer.put(QStringLiteral("invoice_line"), {{QStringLiteral("id"), QStringLiteral("wrong")},
                                                        {QStringLiteral("store_id"), QStringLiteral("C")},
                                                        {QStringLiteral("invoice_id"), QStringLiteral("c-to-b")},
                                                        {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                        {QStringLiteral("stock_line_id"), QLatin1String(stockLine)},
                                                        {QStringLiteral("quantity"), 1}});
        QVERIFY(!wrong.ok());
    }

    for (int id : {3, 2, 3}) {
        const Result<SyncReport> report = sync(id);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->integration.pending, 0);
        QCOMPARE(report->integration.quarantined, 0);
    }
    // Site 2 holds the transfer's lines, their stock line reference as sent, and its responding half.
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT id || ' ' || stock_line_id FROM invoice_line"
                                              " WHERE invoice_id = 'c-to-b' ORDER BY id")),
             (QStringList{QStringLiteral("c-to-b-1 c-stock"), QStringLiteral("c-to-b-2 c-stock")}));
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT count(*) FROM invoice_line WHERE invoice_id = 'c-to-b:in'")),
             QStringList{QStringLiteral("2")});
    QVERIFY(rows(sitePath(2), QStringLiteral("SELECT id FROM stock_line WHERE store_id = 'C'")).isEmpty());
    QVERIFY(rows(sitePath(2), QStringLiteral("SELECT id FROM sync_in")).isEmpty());
}

QTEST_GUILESS_MAIN(TstNothingStuck)
#include "tst_nothingstuck.moc"
