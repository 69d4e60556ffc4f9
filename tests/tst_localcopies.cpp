// A remote site holds what the routing rules send it, also after its copy of a store changes: the
// records of a copy it loses are removed from it (and only from it), a transfer copy keeps the
// transfers with its own stores, and changes it has not pushed are never lost. Real SQLite files,
// a real `sitesyncctl serve` on 127.0.0.1.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("copies-site-password");

int count(SiteSession& session, const QString& sql)
{
    return session.database().scalar(sql)->toInt();
}

}  // namespace

class TstLocalCopies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void lostCollectorCopyIsRemoved();
    void storeMovedAwayLeavesItsTransfersOnly();
    void unsentDispensaryTransactionsStay();

private:
    void put(SiteSession& session, const QString& table, const QJsonObject& record);
    void sync(SiteSession& remote);
    QString nameOf(const QString& store) { return m_central->stores().find(store)->nameId; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiteSession> m_central;
    std::unique_ptr<SiteSession> m_remote;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
};

void TstLocalCopies::put(SiteSession& session, const QString& table, const QJsonObject& record)
{
    const Result<WriteResult> written = session.writer().put(table, record);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
}

void TstLocalCopies::sync(SiteSession& remote)
{
    RemoteSync sync(remote, m_credentials);
    const Result<SyncReport> report = sync.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->integration.quarantined, 0);
    QCOMPARE(report->integration.pending, 0);
}

void TstLocalCopies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_central = test::newCentral(*m_dir);
    QVERIFY(m_central->sites().add(2, QStringLiteral("Remote"), QStringLiteral("desktop"), false, kPassword).ok());
    for (const char* store : {"A", "B", "C"})
        QVERIFY(m_central->stores()
                    .add(QString::fromLatin1(store), QString::fromLatin1(store),
                         QStringLiteral("Store %1").arg(QString::fromLatin1(store)), false)
                    .ok());
    // B and C are active on site 2; A is active on the central and visible in B.
    for (const char* store : {"B", "C"}) {
        SyncSettingsChange toRemote;
        toRemote.activeSiteId = 2;
        QVERIFY(m_central->syncSettings().apply(QString::fromLatin1(store), toRemote).ok());
    }
    put(*m_central, QStringLiteral("name_store_join"),
        {{QStringLiteral("name_id"), nameOf(QStringLiteral("A"))}, {QStringLiteral("store_id"), QStringLiteral("B")}});
    put(*m_central, QStringLiteral("name_store_join"),
        {{QStringLiteral("name_id"), nameOf(QStringLiteral("B"))}, {QStringLiteral("store_id"), QStringLiteral("C")}});
    put(*m_central, QStringLiteral("item"),
        {{QStringLiteral("id"), QStringLiteral("item-1")},
         {QStringLiteral("code"), QStringLiteral("AMOX")},
         {QStringLiteral("name"), QStringLiteral("Amoxicillin")}});
    put(*m_central, QStringLiteral("name"),
        {{QStringLiteral("id"), QStringLiteral("clinic")},
         {QStringLiteral("type"), QStringLiteral("customer")},
         {QStringLiteral("name"), QStringLiteral("Clinic")}});
    QCOMPARE(m_server.start(m_central->database().path()), QString());
    Result<std::unique_ptr<SiteSession>> remote = RemoteSync::initialise(
        m_dir->filePath(QStringLiteral("remote.db")), QUrl(m_server.url()), 2, kPassword, m_credentials);
    QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
    m_remote = std::move(remote).value();
}

void TstLocalCopies::cleanup()
{
    m_server.stop();
    m_remote.reset();
    m_central.reset();
    m_dir.reset();
}

// covers ST-1, ST-5, RT-2, RT-5
void TstLocalCopies::lostCollectorCopyIsRemoved()
{
    for (int i = 0; i < 20; ++i)
        put(*m_central, QStringLiteral("stock_line"),
            {{QStringLiteral("id"), QStringLiteral("a-%1").arg(i)},
             {QStringLiteral("store_id"), QStringLiteral("A")},
             {QStringLiteral("item_id"), QStringLiteral("item-1")},
             {QStringLiteral("quantity"), i}});
    // A's transfer to C, which is active on site 2.
    put(*m_central, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("a-to-c")},
         {QStringLiteral("store_id"), QStringLiteral("A")},
         {QStringLiteral("name_id"), nameOf(QStringLiteral("C"))},
         {QStringLiteral("type"), QStringLiteral("customer_invoice")}});
    SyncSettingsChange collector;
    collector.with.insert(2, SyncWith::ActiveCollector);
    QVERIFY(m_central->syncSettings().apply(QStringLiteral("A"), collector).ok());
    sync(*m_remote);
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = 'A'")), 20);

    // Collector to transfer copy: the stock goes, the transfer to C stays.
    SyncSettingsChange transfer;
    transfer.with.insert(2, SyncWith::Transfer);
    QVERIFY(m_central->syncSettings().apply(QStringLiteral("A"), transfer).ok());
    {
        RemoteSync again(*m_remote, m_credentials);
        const Result<SyncReport> report = again.syncOnce();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->removed, 20);
    }
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = 'A'")), 0);
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM invoice WHERE id = 'a-to-c'")), 1);

    // No copy at all, once A is no longer visible on the site (ST-5): the transfer goes too.
    const QString visibility =
        m_central->database()
            .scalar(QStringLiteral("SELECT id FROM name_store_join WHERE store_id = 'B' AND name_id = ?"),
                    {nameOf(QStringLiteral("A"))})
            ->toString();
    QVERIFY(m_central->writer().remove(QStringLiteral("name_store_join"), visibility).ok());
    SyncSettingsChange none;
    none.with.insert(2, SyncWith::None);
    const Result<StoreSyncSettings> lowered = m_central->syncSettings().apply(QStringLiteral("A"), none);
    QVERIFY2(lowered.ok(), lowered ? "" : qPrintable(lowered.error().message));
    {
        RemoteSync again(*m_remote, m_credentials);
        const Result<SyncReport> report = again.syncOnce();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->removed, 1);
    }
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM invoice WHERE store_id = 'A'")), 0);
    // Only the copy goes, with the site's own view of the store (its record and settings, ACC-3): the
    // item and the central's records stay.
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM store WHERE id = 'A'")), 0);
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM store_sync WHERE id = 'A'")), 0);
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM item WHERE id = 'item-1'")), 1);
    QCOMPARE(count(*m_central, QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = 'A'")), 20);
    QCOMPARE(count(*m_central, QStringLiteral("SELECT count(*) FROM invoice WHERE store_id = 'A'")), 1);
    QVERIFY(m_remote->localCopies().marked().isEmpty());
    // Nothing of the removal travels: the site has nothing to push.
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM change_log WHERE origin_site = 2")), 0);
}

// covers ST-2, RT-2
void TstLocalCopies::storeMovedAwayLeavesItsTransfersOnly()
{
    // Store B's data, entered where it is active: stock, a transfer to C (also on site 2), a
    // transfer to A (on the central) and a customer invoice.
    for (const char* stock : {"b-stock", "b-stock-c"})
        put(*m_remote, QStringLiteral("stock_line"),
            {{QStringLiteral("id"), QString::fromLatin1(stock)},
             {QStringLiteral("store_id"), QStringLiteral("B")},
             {QStringLiteral("item_id"), QStringLiteral("item-1")},
             {QStringLiteral("quantity"), 5}});
    const struct {
        const char* id;
        QString name;
    } invoices[] = {{"b-to-c", nameOf(QStringLiteral("C"))},
                    {"b-to-a", nameOf(QStringLiteral("A"))},
                    {"b-to-clinic", QStringLiteral("clinic")}};
    for (const auto& invoice : invoices) {
        const QString id = QString::fromLatin1(invoice.id);
        put(*m_remote, QStringLiteral("invoice"),
            {{QStringLiteral("id"), id},
             {QStringLiteral("store_id"), QStringLiteral("B")},
             {QStringLiteral("name_id"), invoice.name},
             {QStringLiteral("type"), QStringLiteral("customer_invoice")}});
        put(*m_remote, QStringLiteral("invoice_line"),
            {{QStringLiteral("id"), id + QStringLiteral("-line")},
             {QStringLiteral("store_id"), QStringLiteral("B")},
             {QStringLiteral("invoice_id"), id},
             {QStringLiteral("item_id"), QStringLiteral("item-1")},
             {QStringLiteral("stock_line_id"),
              id == QLatin1String("b-to-c") ? QStringLiteral("b-stock-c") : QStringLiteral("b-stock")},
             {QStringLiteral("quantity"), 1}});
    }
    sync(*m_remote);
    QCOMPARE(count(*m_central, QStringLiteral("SELECT count(*) FROM invoice WHERE store_id = 'B'")), 3);

    // B moves to the central; site 2 keeps a transfer copy of it.
    SyncSettingsChange move;
    move.activeSiteId = 1;
    move.with.insert(2, SyncWith::Transfer);
    const Result<StoreSyncSettings> moved = m_central->syncSettings().apply(QStringLiteral("B"), move);
    QVERIFY2(moved.ok(), moved ? "" : qPrintable(moved.error().message));
    sync(*m_remote);
    QCOMPARE(m_remote->site().activeSiteOf(QStringLiteral("B")), std::optional<int>(1));
    // The stock line the kept transfer refers to stays with it.
    QCOMPARE(m_remote->database()
                 .scalar(QStringLiteral("SELECT group_concat(id) FROM stock_line WHERE store_id = 'B'"))
                 ->toString(),
             QStringLiteral("b-stock-c"));
    QStringList kept;
    QSqlQuery rows(m_remote->database().sql());
    QVERIFY(rows.exec(QStringLiteral("SELECT id FROM invoice WHERE store_id = 'B' UNION ALL"
                                     " SELECT id FROM invoice_line WHERE store_id = 'B' ORDER BY 1")));
    while (rows.next())
        kept << rows.value(0).toString();
    QCOMPARE(kept, (QStringList{QStringLiteral("b-to-c"), QStringLiteral("b-to-c-line")}));
    // The central keeps everything.
    QCOMPARE(count(*m_central, QStringLiteral("SELECT count(*) FROM invoice WHERE store_id = 'B'")), 3);
    QCOMPARE(count(*m_central, QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = 'B'")), 2);
    QVERIFY(m_remote->localCopies().marked().isEmpty());
}

// covers RT-3, ST-2
void TstLocalCopies::unsentDispensaryTransactionsStay()
{
    // Dispensary D on site 2 keeps its transactions off the central.
    QVERIFY(
        m_central->stores().add(QStringLiteral("D"), QStringLiteral("D"), QStringLiteral("Dispensary D"), true).ok());
    SyncSettingsChange toRemote;
    toRemote.activeSiteId = 2;
    toRemote.includeTransactions = false;
    QVERIFY(m_central->syncSettings().apply(QStringLiteral("D"), toRemote).ok());
    sync(*m_remote);
    put(*m_remote, QStringLiteral("stock_line"),
        {{QStringLiteral("id"), QStringLiteral("d-stock")},
         {QStringLiteral("store_id"), QStringLiteral("D")},
         {QStringLiteral("item_id"), QStringLiteral("item-1")},
         {QStringLiteral("quantity"), 3}});
    put(*m_remote, QStringLiteral("location"),
        {{QStringLiteral("id"), QStringLiteral("d-shelf")},
         {QStringLiteral("store_id"), QStringLiteral("D")},
         {QStringLiteral("code"), QStringLiteral("Shelf")}});
    sync(*m_remote);
    QCOMPARE(count(*m_central, QStringLiteral("SELECT count(*) FROM stock_line WHERE id = 'd-stock'")), 0);
    QCOMPARE(count(*m_central, QStringLiteral("SELECT count(*) FROM location WHERE id = 'd-shelf'")), 1);

    // D moves to the central, leaving no copy on site 2: its stock, which exists only on site 2,
    // stays there; what the central holds goes.
    SyncSettingsChange move;
    move.activeSiteId = 1;
    move.with.insert(2, SyncWith::None);
    const Result<StoreSyncSettings> moved = m_central->syncSettings().apply(QStringLiteral("D"), move);
    QVERIFY2(moved.ok(), moved ? "" : qPrintable(moved.error().message));
    sync(*m_remote);
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM stock_line WHERE id = 'd-stock'")), 1);
    QCOMPARE(count(*m_remote, QStringLiteral("SELECT count(*) FROM location WHERE id = 'd-shelf'")), 0);
}

QTEST_GUILESS_MAIN(TstLocalCopies)
#include "tst_localcopies.moc"
