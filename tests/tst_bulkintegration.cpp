// The bulk path of integration and the pull that feeds it: answers bounded in size, cursors that
// confirm only what a site stored, records applied on arrival exactly as the general path would,
// and a site's own unpushed changes never overtaken. Real SQLite files; real HTTP on 127.0.0.1
// where a remote site is involved.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "protocol/protocol.h"
#include "server/pullservice.h"
#include "sync/integrator.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("bulk-site-password");

QJsonObject stockLine(const QString& id, const QString& store, double quantity)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("store_id"), store},
            {QStringLiteral("item_id"), QStringLiteral("item-1")},
            {QStringLiteral("batch"), QStringLiteral("B-%1").arg(id)},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("cost_price"), 0.1 + quantity / 3.0}};
}

QJsonObject parse(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

}  // namespace

class TstBulkIntegration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void pullAnswerStopsAtItsSizeLimit();
    void storedCursorsConfirmOnlyWhatWasStored();
    void initialisationStoresExactlyTheCentralsRecords();
    void storeMadeActiveHereReceivesItsRecords();
    void unpushedLocalChangeIsNotOvertaken();

private:
    // Site 2, initialised from the central over HTTP.
    std::unique_ptr<SiteSession> initialiseRemote();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiteSession> m_central;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
};

void TstBulkIntegration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_central = test::newCentral(*m_dir);
    QVERIFY(m_central);
    QVERIFY(m_central->sites().add(2, QStringLiteral("Remote"), QStringLiteral("desktop"), false, kPassword).ok());
    QVERIFY(m_central->stores().add(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Store A"), false).ok());
    QVERIFY(m_central->stores().add(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Store B"), false).ok());
    SyncSettingsChange toRemote;
    toRemote.activeSiteId = 2;
    QVERIFY(m_central->syncSettings().apply(QStringLiteral("B"), toRemote).ok());
    QVERIFY(m_central->writer()
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("item-1")},
                                              {QStringLiteral("code"), QStringLiteral("AMOX")},
                                              {QStringLiteral("name"), QStringLiteral("Amoxicillin \"250\" mg\n")}})
                .ok());
}

void TstBulkIntegration::cleanup()
{
    m_server.stop();
    m_central.reset();
    m_dir.reset();
}

std::unique_ptr<SiteSession> TstBulkIntegration::initialiseRemote()
{
    const QString started = m_server.start(m_central->database().path());
    if (!started.isEmpty()) {
        qWarning("%s", qPrintable(started));
        return {};
    }
    Result<std::unique_ptr<SiteSession>> remote = RemoteSync::initialise(
        m_dir->filePath(QStringLiteral("remote.db")), QUrl(m_server.url()), 2, kPassword, m_credentials);
    if (!remote) {
        qWarning("%s", qPrintable(remote.error().message));
        return {};
    }
    return std::move(remote).value();
}

// covers RT-4
void TstBulkIntegration::pullAnswerStopsAtItsSizeLimit()
{
    // 40 records of 1 MiB each: more than one answer may hold.
    const QString big(1024 * 1024, QLatin1Char('x'));
    const int count = 40;
    QVERIFY(m_central->writer()
                .inOneTransaction([&]() -> Status {
                    for (int i = 0; i < count; ++i) {
                        const Result<WriteResult> w = m_central->writer().put(
                            QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("big-%1").arg(i)},
                                                     {QStringLiteral("code"), QStringLiteral("B%1").arg(i)},
                                                     {QStringLiteral("name"), big}});
                        if (!w)
                            return w.error();
                    }
                    return {};
                })
                .ok());
    PullService service(*m_central);
    QSet<QString> received;
    qint64 cursor = 0;
    qint64 queueCursor = 0;
    int answers = 0;
    bool more = true;
    while (more) {
        QVERIFY(answers < 10);
        const Result<QByteArray> text =
            service.pull(2, {{QStringLiteral("cursor"), cursor}, {QStringLiteral("queue_cursor"), queueCursor}});
        QVERIFY2(text.ok(), text ? "" : qPrintable(text.error().message));
        QVERIFY(text->size() < protocol::kPullAnswerBytes + 2 * big.size());
        const QJsonObject answer = parse(*text);
        for (const QJsonValue& record : answer.value(QLatin1String("records")).toArray()) {
            const QString id = record.toObject().value(QLatin1String("id")).toString();
            const QString key = record.toObject().value(QLatin1String("t")).toString() + QLatin1Char('/') + id;
            QVERIFY2(!received.contains(key), qPrintable(key));
            received.insert(key);
            if (id.startsWith(QLatin1String("big-")))
                QCOMPARE(record.toObject().value(QLatin1String("d")).toObject().value(QLatin1String("name")).toString(),
                         big);
        }
        cursor = answer.value(QLatin1String("cursor")).toInteger();
        queueCursor = answer.value(QLatin1String("queue_cursor")).toInteger();
        more = answer.value(QLatin1String("more")).toBool();
        ++answers;
    }
    QVERIFY2(answers >= 2, "the records should not fit one answer");
    for (int i = 0; i < count; ++i)
        QVERIFY(received.contains(QStringLiteral("item/big-%1").arg(i)));
}

// covers RT-5, TOP-3
void TstBulkIntegration::storedCursorsConfirmOnlyWhatWasStored()
{
    Database& db = m_central->database();
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO site_queue (site_id, table_name, record_id, reason, queued_at) VALUES"
                               " (2, 'item', 'item-1', 'test', '2026-11-22'), (2, 'store', 'A', 'test', '2026-11-22')"))
            .ok());
    const qint64 last = db.scalar(QStringLiteral("SELECT max(id) FROM site_queue"))->toLongLong();
    PullService service(*m_central);
    // Reading past the queue while confirming nothing keeps the queue.
    const Result<QByteArray> ahead = service.pull(2, {{QStringLiteral("cursor"), 0},
                                                      {QStringLiteral("queue_cursor"), last},
                                                      {QStringLiteral("stored_cursor"), 0},
                                                      {QStringLiteral("stored_queue_cursor"), 0}});
    QVERIFY2(ahead.ok(), ahead ? "" : qPrintable(ahead.error().message));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM site_queue WHERE site_id = 2"))->toInt(), 2);
    // A stored cursor past the cursor read from is refused, and changes nothing.
    const Result<QByteArray> forged = service.pull(2, {{QStringLiteral("cursor"), 0},
                                                       {QStringLiteral("queue_cursor"), 0},
                                                       {QStringLiteral("stored_queue_cursor"), last}});
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().kind, ErrorKind::BadInput);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM site_queue WHERE site_id = 2"))->toInt(), 2);
    // Confirming them releases them.
    QVERIFY(service.pull(2, {{QStringLiteral("cursor"), 0}, {QStringLiteral("queue_cursor"), last}}).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM site_queue WHERE site_id = 2"))->toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT queue_seq FROM site_cursor WHERE site_id = 2"))->toLongLong(), last);
}

// covers TOP-3, RT-2
void TstBulkIntegration::initialisationStoresExactlyTheCentralsRecords()
{
    // A collector copy needs the store visible to a store active on the site (ST-5).
    const QString aName = m_central->stores().find(QStringLiteral("A"))->nameId;
    QVERIFY(m_central->writer()
                .put(QStringLiteral("name_store_join"),
                     {{QStringLiteral("name_id"), aName}, {QStringLiteral("store_id"), QStringLiteral("B")}})
                .ok());
    SyncSettingsChange collector;
    collector.with.insert(2, SyncWith::ActiveCollector);
    const Result<StoreSyncSettings> applied = m_central->syncSettings().apply(QStringLiteral("A"), collector);
    QVERIFY2(applied.ok(), applied ? "" : qPrintable(applied.error().message));
    // More records than one answer holds, with awkward values.
    const int count = protocol::kPullBatch + 1234;
    QVERIFY(m_central->writer()
                .inOneTransaction([&]() -> Status {
                    for (int i = 0; i < count; ++i) {
                        QJsonObject line = stockLine(QStringLiteral("line-%1").arg(i), QStringLiteral("A"), i % 97);
                        if (i % 5 == 0)
                            line.insert(QStringLiteral("batch"), QStringLiteral("é\\\"\t%1").arg(i));
                        if (i % 7 == 0)
                            line.insert(QStringLiteral("expiry_date"), QJsonValue::Null);
                        else
                            line.insert(QStringLiteral("expiry_date"), QStringLiteral("2027-01-01"));
                        if (i % 3 == 0)
                            line.insert(QStringLiteral("cost_price"), 0.1 * i + 1e-13);
                        const Result<WriteResult> w = m_central->writer().put(QStringLiteral("stock_line"), line);
                        if (!w)
                            return w.error();
                    }
                    return {};
                })
                .ok());
    std::unique_ptr<SiteSession> remote = initialiseRemote();
    QVERIFY(remote);
    const Result<QJsonArray> there = remote->reader().list(QStringLiteral("stock_line"));
    const Result<QJsonArray> here = m_central->reader().list(QStringLiteral("stock_line"));
    QVERIFY(there.ok() && here.ok());
    QCOMPARE(there->size(), count);
    QCOMPARE(*there, *here);
    QCOMPARE(remote->reader().get(QStringLiteral("item"), QStringLiteral("item-1"))->value(QLatin1String("name")),
             QJsonValue(QStringLiteral("Amoxicillin \"250\" mg\n")));
    QCOMPARE(remote->database().scalar(QStringLiteral("SELECT count(*) FROM sync_in"))->toInt(), 0);
}

// covers RT-5, ST-1
void TstBulkIntegration::storeMadeActiveHereReceivesItsRecords()
{
    for (int i = 0; i < 50; ++i)
        QVERIFY(m_central->writer()
                    .put(QStringLiteral("stock_line"), stockLine(QStringLiteral("a-%1").arg(i), QStringLiteral("A"), i))
                    .ok());
    std::unique_ptr<SiteSession> remote = initialiseRemote();
    QVERIFY(remote);
    QCOMPARE(remote->database().scalar(QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = 'A'"))->toInt(),
             0);
    // Store A moves to site 2: the site receives every record of it, and may then edit them.
    SyncSettingsChange toRemote;
    toRemote.activeSiteId = 2;
    QVERIFY(m_central->syncSettings().apply(QStringLiteral("A"), toRemote).ok());
    RemoteSync sync(*remote, m_credentials);
    const Result<SyncReport> report = sync.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->integration.quarantined, 0);
    const QString waiting = remote->database()
                                .scalar(QStringLiteral("SELECT group_concat(table_name || ' ' || record_id || ': ' ||"
                                                       " last_error, '; ') FROM sync_in"))
                                ->toString();
    QVERIFY2(report->integration.pending == 0, qPrintable(waiting));
    QCOMPARE(remote->database().scalar(QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = 'A'"))->toInt(),
             50);
    QCOMPARE(remote->site().activeSiteOf(QStringLiteral("A")), std::optional<int>(2));
    QVERIFY(remote->writer()
                .put(QStringLiteral("stock_line"), stockLine(QStringLiteral("a-1"), QStringLiteral("A"), 5))
                .ok());
}

// covers AD-7, TOP-3
void TstBulkIntegration::unpushedLocalChangeIsNotOvertaken()
{
    std::unique_ptr<SiteSession> remote = initialiseRemote();
    QVERIFY(remote);
    // Store B is active on site 2: its records are made there and pushed.
    for (const char* id : {"b-1", "b-2"})
        QVERIFY(remote->writer()
                    .put(QStringLiteral("stock_line"), stockLine(QString::fromLatin1(id), QStringLiteral("B"), 1))
                    .ok());
    {
        RemoteSync sync(*remote, m_credentials);
        const Result<SyncReport> pushed = sync.syncOnce();
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->pushed, 2);
    }
    // Site 2 changes b-1 and has not pushed it when an older copy of b-1 and b-2 arrives.
    QVERIFY(remote->writer()
                .put(QStringLiteral("stock_line"), stockLine(QStringLiteral("b-1"), QStringLiteral("B"), 11))
                .ok());
    WireRecord older;
    older.table = QStringLiteral("stock_line");
    older.id = QStringLiteral("b-1");
    older.data = stockLine(older.id, QStringLiteral("B"), 1);
    WireRecord other = older;
    other.id = QStringLiteral("b-2");
    other.data = stockLine(other.id, QStringLiteral("B"), 22);
    Integrator integrator(remote->writer());
    {
        Transaction tx(remote->database());
        const Result<int> applied = integrator.receive(1, {older, other});
        QVERIFY(applied.ok());
        QCOMPARE(*applied, 1);  // b-2 at once; b-1 waits for the general path
        QVERIFY(tx.commit().ok());
    }
    const Result<IntegrationReport> report = integrator.integrate();
    QVERIFY(report.ok());
    QCOMPARE(report->quarantined, 1);
    QVERIFY(report->problems.first().value(QLatin1String("reason")).toString().contains(QLatin1String("b-1")));
    QCOMPARE(
        remote->writer().fetch(QStringLiteral("stock_line"), QStringLiteral("b-1"))->value(QLatin1String("quantity")),
        QJsonValue(11.0));
    QCOMPARE(
        remote->writer().fetch(QStringLiteral("stock_line"), QStringLiteral("b-2"))->value(QLatin1String("quantity")),
        QJsonValue(22.0));
    // The local change still goes to the central with the next push.
    RemoteSync sync(*remote, m_credentials);
    QVERIFY(sync.syncOnce().ok());
    Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_central->database().path());
    QVERIFY(central.ok());
    QCOMPARE((*central)
                 ->writer()
                 .fetch(QStringLiteral("stock_line"), QStringLiteral("b-1"))
                 ->value(QLatin1String("quantity")),
             QJsonValue(11.0));
}

QTEST_GUILESS_MAIN(TstBulkIntegration)
#include "tst_bulkintegration.moc"
