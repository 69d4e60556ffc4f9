// Nothing stuck (ACC-2): a record that cannot be applied yet waits for what it needs, is tried again
// when that arrives and not for every unrelated push, and after a bounded time is reported as a
// sync problem. Real SQLite files; the network tests run a real `sitesyncctl serve` on 127.0.0.1.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "db/database.h"
#include "demo/demonetwork.h"
#include "settings/storeregistry.h"
#include "site/sitesession.h"
#include "sync/integrator.h"
#include "sync/syncproblems.h"
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
    void anArrivalOnTheBulkPathWakesWhatWaitsForIt();
    void aLineWaitsForItsStockLineWhereTheStoreIsHeld();
    void aWaitingRecordsProblemIsRetriedAsItCameOrGivenUp();

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
    const Result<QString> central = test::buildDemoNetwork(*m_dir);
    QVERIFY2(central.ok(), central ? "" : qPrintable(central.error().message));
    m_central = *central;
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
    QCOMPARE(rows(m_central,
                  QStringLiteral("SELECT %1 FROM sync_in")
                      .arg(test::centralDialect().jsonField(QStringLiteral("payload"), QStringLiteral("quantity")))),
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
    // Site 2 learns at its next contact that its line waits on the central, and keeps it as a
    // problem of its own record.
    const QString mirrored = QStringLiteral("SELECT table_name || ' ' || record_id || ' ' || site_id FROM sync_problem"
                                            " WHERE resolved = 0 AND reason LIKE 'The central server has not%'");
    QVERIFY(sync(2).ok());
    QCOMPARE(rows(sitePath(2), mirrored), QStringList{QStringLiteral("stock_line names-x 2")});
    QVERIFY(sync(2).ok());
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT count(*) FROM sync_problem WHERE record_id = 'names-x'")),
             QStringList{QStringLiteral("1")});

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
    // ...and the site's copy of the central's report is closed at its next contact.
    QVERIFY(sync(2).ok());
    QVERIFY(rows(sitePath(2), mirrored).isEmpty());
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
    cli({QStringLiteral("store"), QStringLiteral("visibility"), QStringLiteral("--store"), QStringLiteral("E"),
         QStringLiteral("--visible-in"), QStringLiteral("C"), QStringLiteral("on")});
    QCOMPARE(rows(m_central, QStringLiteral("SELECT sync_with FROM store_site WHERE id = 'E@3'")),
             QStringList{QStringLiteral("transfer")});
    cli({QStringLiteral("store"), QStringLiteral("visibility"), QStringLiteral("--store"), QStringLiteral("E"),
         QStringLiteral("--visible-in"), QStringLiteral("C"), QStringLiteral("off")});
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

// covers ACC-2
void TstNothingStuck::anArrivalOnTheBulkPathWakesWhatWaitsForIt()
{
    // On a remote, a pull stores its batches and a later step integrates what waits, each with an
    // integrator of its own, and a crash may come in between: a record that waits for another is
    // woken by that record's arrival on the bulk path all the same, not only after its back-off.
    startNetwork();
    SiteSession& remote = site(2);
    const int central = remote.site().context().centralSiteId;
    const auto receive = [&](const QList<WireRecord>& records) {
        Integrator integrator(remote.writer());
        Transaction tx(remote.database());
        const Result<int> received = integrator.receive(central, records);
        QVERIFY2(received.ok(), received ? "" : qPrintable(received.error().message));
        QVERIFY(tx.commit().ok());
    };
    const auto integrate = [&]() {
        Integrator integrator(remote.writer());
        const Result<IntegrationReport> report = integrator.integrate();
        return report ? report->pending : -1;
    };
    receive({upsert(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("names-late")},
                                                   {QStringLiteral("store_id"), QStringLiteral("B")},
                                                   {QStringLiteral("item_id"), QStringLiteral("item-late")},
                                                   {QStringLiteral("quantity"), 3}})});
    QCOMPARE(integrate(), 1);
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT waits_for FROM sync_in")),
             QStringList{QStringLiteral("item/item-late")});
    receive({upsert(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("item-late")},
                                             {QStringLiteral("code"), QStringLiteral("LATE")},
                                             {QStringLiteral("name"), QStringLiteral("Late item")}})});
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT name FROM item WHERE id = 'item-late'")),
             QStringList{QStringLiteral("Late item")});
    QCOMPARE(integrate(), 0);
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT quantity FROM stock_line WHERE id = 'names-late'")),
             QStringList{QStringLiteral("3")});
}

// covers ACC-2, TR-1
void TstNothingStuck::aLineWaitsForItsStockLineWhereTheStoreIsHeld()
{
    // Site 2 holds Store B in full: a line of B received before the stock line it is issued from
    // waits for that stock line (it is not stored with a reference that resolves to nothing), and
    // applies when the stock line arrives, on the bulk path as on the general one.
    startNetwork();
    SiteSession& remote = site(2);
    const int central = remote.site().context().centralSiteId;
    const QString nameOfC = rows(m_central, QStringLiteral("SELECT id FROM name WHERE store_id = 'C'")).value(0);
    const auto receiveAndIntegrate = [&](const QList<WireRecord>& records) {
        Integrator integrator(remote.writer());
        {
            Transaction tx(remote.database());
            const Result<int> received = integrator.receive(central, records);
            if (!received || !tx.commit().ok())
                return -1;
        }
        const Result<IntegrationReport> report = Integrator(remote.writer()).integrate();
        return report ? report->pending : -1;
    };
    QJsonObject lineData = line(QStringLiteral("from-late-stock"), QStringLiteral("inv-b"));
    lineData.insert(QStringLiteral("stock_line_id"), QStringLiteral("late-stock"));
    QCOMPARE(receiveAndIntegrate(
                 {upsert(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("inv-b")},
                                                     {QStringLiteral("store_id"), QStringLiteral("B")},
                                                     {QStringLiteral("name_id"), nameOfC},
                                                     {QStringLiteral("type"), QStringLiteral("customer_invoice")}}),
                  upsert(QStringLiteral("invoice_line"), lineData)}),
             1);
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT waits_for FROM sync_in")),
             QStringList{QStringLiteral("stock_line/late-stock")});
    QVERIFY(rows(sitePath(2), QStringLiteral("SELECT id FROM invoice_line WHERE id = 'from-late-stock'")).isEmpty());
    QCOMPARE(receiveAndIntegrate(
                 {upsert(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("late-stock")},
                                                        {QStringLiteral("store_id"), QStringLiteral("B")},
                                                        {QStringLiteral("item_id"), QStringLiteral("item-amox")},
                                                        {QStringLiteral("quantity"), 7}})}),
             0);
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT stock_line_id FROM invoice_line WHERE id = 'from-late-stock'")),
             QStringList{QStringLiteral("late-stock")});
    // The stock line's deletion, received while the line still names it, waits for the line's.
    WireRecord removal{0, QStringLiteral("stock_line"), QStringLiteral("late-stock"), true, {}, {}, false};
    QCOMPARE(receiveAndIntegrate({removal}), 1);
    QCOMPARE(rows(sitePath(2), QStringLiteral("SELECT id FROM stock_line WHERE id = 'late-stock'")).size(), 1);
    WireRecord lineGone{0, QStringLiteral("invoice_line"), QStringLiteral("from-late-stock"), true, {}, {}, false};
    QCOMPARE(receiveAndIntegrate({lineGone}), 0);
    QVERIFY(rows(sitePath(2), QStringLiteral("SELECT id FROM stock_line WHERE id = 'late-stock'")).isEmpty());
}

// covers ACC-1, ACC-2, AD-7
void TstNothingStuck::aWaitingRecordsProblemIsRetriedAsItCameOrGivenUp()
{
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(m_central);
    QVERIFY(opened.ok());
    SiteSession& central = **opened;
    const QString madeAt = QStringLiteral("2026-12-01T08:00:00.000Z");
    // "kept" names an item the central does not have yet; "given-up" an invoice that never comes.
    const auto pushed = [&](const QString& id, const QString& invoice, const QString& item, int quantity) {
        QJsonObject data = line(id, invoice);
        data.insert(QStringLiteral("item_id"), item);
        data.insert(QStringLiteral("quantity"), quantity);
        return WireRecord{0, QStringLiteral("invoice_line"), id, false, data, madeAt, false};
    };
    const QString name = central.stores().find(QStringLiteral("C"))->nameId;
    const WireRecord invoice =
        upsert(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("inv-k")},
                                           {QStringLiteral("store_id"), QStringLiteral("B")},
                                           {QStringLiteral("name_id"), name},
                                           {QStringLiteral("type"), QStringLiteral("customer_invoice")}});
    QCOMPARE(
        deliver(central, {invoice, pushed(QStringLiteral("kept"), QStringLiteral("inv-k"), QStringLiteral("new"), 1),
                          pushed(QStringLiteral("given-up"), QStringLiteral("inv-g"), QStringLiteral("item-amox"), 1)})
            .pending,
        2);
    // A day later a newer version of one arrives: it has waited since the first, and both are reported.
    QVERIFY(test::rawSql(m_central, {QStringLiteral("UPDATE sync_in SET received_at = '2000-01-01T00:00:00.000Z'")})
                .isEmpty());
    QCOMPARE(
        deliver(central, {pushed(QStringLiteral("kept"), QStringLiteral("inv-k"), QStringLiteral("new"), 2)}).pending,
        2);
    const QString open = QStringLiteral("SELECT record_id FROM sync_problem WHERE resolved = 0 AND reason LIKE"
                                        " 'Waiting since 2000-01-01%' ORDER BY record_id");
    QCOMPARE(rows(m_central, open), (QStringList{QStringLiteral("given-up"), QStringLiteral("kept")}));
    const qint64 keptProblem =
        rows(m_central, QStringLiteral("SELECT problem_id FROM sync_in WHERE record_id = 'kept'"))
            .value(0)
            .toLongLong();
    const qint64 givenUpProblem =
        rows(m_central, QStringLiteral("SELECT problem_id FROM sync_in WHERE record_id = 'given-up'"))
            .value(0)
            .toLongLong();
    QVERIFY(keptProblem > 0 && givenUpProblem > 0);

    // Dismissed, a waiting record is given up with its problem: nothing waits for it any more.
    SyncProblems problems(central.writer());
    QVERIFY(problems.dismiss(givenUpProblem, QStringLiteral("The invoice was cancelled at the site.")).ok());
    QCOMPARE(rows(m_central, QStringLiteral("SELECT record_id FROM sync_in")), QStringList{QStringLiteral("kept")});

    // The technician adds the item on the central and retries: the line is applied as it came, its
    // site's time with it.
    QVERIFY(central.writer()
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("new")},
                                              {QStringLiteral("code"), QStringLiteral("NEW")},
                                              {QStringLiteral("name"), QStringLiteral("New item")}})
                .ok());
    const Result<SyncProblems::Retry> retried = problems.retry(keptProblem);
    QVERIFY2(retried.ok(), retried ? "" : qPrintable(retried.error().message));
    QCOMPARE(retried->outcome, SyncProblems::Retry::Outcome::Applied);
    QVERIFY(rows(m_central, QStringLiteral("SELECT record_id FROM sync_in")).isEmpty());
    QCOMPARE(rows(m_central,
                  QStringLiteral("SELECT CAST(quantity AS INTEGER) || ' ' || (SELECT origin_at FROM change_log WHERE"
                                 " table_name = 'invoice_line' AND record_id = 'kept') FROM invoice_line"
                                 " WHERE id = 'kept'")),
             QStringList{QStringLiteral("2 ") + madeAt});
    QVERIFY(rows(m_central, open).isEmpty());
}

QTEST_GUILESS_MAIN(TstNothingStuck)
#include "tst_nothingstuck.moc"
