// Transfers between stores by customer invoice and by requisition (TR-1 to TR-3, TR-5), over real
// HTTP on 127.0.0.1 with three sites: the central, site 2 (stores B and C) and site 3 (store D).
#include "capturedmessages.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("transfer-site-password");

bool transferLine(QtMsgType, const QByteArray& category)
{
    return category == "sitesync.engine.transfer";
}

}  // namespace

class TstStoreTransfers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void transferBetweenSites();
    void transferWithinOneSite();
    void requisitionIsAnsweredAndFulfilled();
    void requisitionToAMobileStore();
    void purchaseOrderIsInvoicedAndReceived();
    void noTransferTwiceWhateverIsKilled();
    void centralisedProcurement();
    void receivedQuantitiesReachThePrimary();
    void everySkipSaysWhy();

private:
    // Runs a site's synchronisation as its own process; kills it, or the central, once the site
    // reports `phase`, after `delayMs`. Returns whether a kill happened.
    bool syncKilled(int site, const QByteArray& phase, int delayMs, bool killCentral);
    void put(SiteSession& session, const QString& table, const QJsonObject& record);
    void sync(SiteSession& remote);
    // A finalised customer invoice of `from` to store `to`, with two lines.
    void finalise(SiteSession& session, const QString& id, const QString& from, const QString& to);
    QString nameOf(const QString& store) { return m_central->stores().find(store)->nameId; }
    QJsonObject invoice(SiteSession& session, const QString& id)
    {
        return *session.writer().fetch(QStringLiteral("invoice"), id);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SiteSession> m_central;
    std::map<int, std::unique_ptr<SiteSession>> m_remotes;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
};

void TstStoreTransfers::put(SiteSession& session, const QString& table, const QJsonObject& record)
{
    const Result<WriteResult> written = session.writer().put(table, record);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
}

void TstStoreTransfers::sync(SiteSession& remote)
{
    RemoteSync sync(remote, m_credentials);
    const Result<SyncReport> report = sync.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->integration.quarantined, 0);
    QCOMPARE(report->integration.pending, 0);
}

void TstStoreTransfers::finalise(SiteSession& session, const QString& id, const QString& from, const QString& to)
{
    put(session, QStringLiteral("invoice"),
        {{QStringLiteral("id"), id},
         {QStringLiteral("store_id"), from},
         {QStringLiteral("name_id"), nameOf(to)},
         {QStringLiteral("type"), QStringLiteral("customer_invoice")},
         {QStringLiteral("invoice_number"), 7}});
    for (int i = 1; i <= 2; ++i)
        put(session, QStringLiteral("invoice_line"),
            {{QStringLiteral("id"), QStringLiteral("%1-%2").arg(id).arg(i)},
             {QStringLiteral("store_id"), from},
             {QStringLiteral("invoice_id"), id},
             {QStringLiteral("item_id"), QStringLiteral("item-1")},
             {QStringLiteral("quantity"), 10.0 * i},
             {QStringLiteral("sell_price"), 0.5}});
    put(session, QStringLiteral("invoice"),
        {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("finalised")}});
}

void TstStoreTransfers::initTestCase()
{
    test::prepareEnvironment();
    m_central = test::newCentral(m_dir);
    QVERIFY(m_central);
    for (int site : {2, 3})
        QVERIFY(m_central->sites()
                    .add(site, QStringLiteral("Site %1").arg(site), QStringLiteral("desktop"), false, kPassword)
                    .ok());
    const QMap<QString, int> activeOn = {{QStringLiteral("B"), 2}, {QStringLiteral("C"), 2}, {QStringLiteral("D"), 3}};
    for (auto it = activeOn.begin(); it != activeOn.end(); ++it) {
        QVERIFY(m_central->stores().add(it.key(), it.key(), QStringLiteral("Store %1").arg(it.key()), false).ok());
        SyncSettingsChange settings;
        settings.activeSiteId = it.value();
        QVERIFY(m_central->syncSettings().apply(it.key(), settings).ok());
    }
    // B and D trade: each sees the other, and each site keeps a transfer copy of the other's store.
    put(*m_central, QStringLiteral("name_store_join"),
        {{QStringLiteral("name_id"), nameOf(QStringLiteral("D"))}, {QStringLiteral("store_id"), QStringLiteral("B")}});
    put(*m_central, QStringLiteral("name_store_join"),
        {{QStringLiteral("name_id"), nameOf(QStringLiteral("B"))}, {QStringLiteral("store_id"), QStringLiteral("D")}});
    put(*m_central, QStringLiteral("name_store_join"),
        {{QStringLiteral("name_id"), nameOf(QStringLiteral("C"))}, {QStringLiteral("store_id"), QStringLiteral("B")}});
    SyncSettingsChange bCopy;
    bCopy.with.insert(3, SyncWith::Transfer);
    const Result<StoreSyncSettings> b = m_central->syncSettings().apply(QStringLiteral("B"), bCopy);
    QVERIFY2(b.ok(), b ? "" : qPrintable(b.error().message));
    SyncSettingsChange dCopy;
    dCopy.with.insert(2, SyncWith::Transfer);
    const Result<StoreSyncSettings> d = m_central->syncSettings().apply(QStringLiteral("D"), dCopy);
    QVERIFY2(d.ok(), d ? "" : qPrintable(d.error().message));
    put(*m_central, QStringLiteral("item"),
        {{QStringLiteral("id"), QStringLiteral("item-1")},
         {QStringLiteral("code"), QStringLiteral("AMOX")},
         {QStringLiteral("name"), QStringLiteral("Amoxicillin")}});
    QCOMPARE(m_server.start(m_central->database().path()), QString());
    for (int site : {2, 3}) {
        Result<std::unique_ptr<SiteSession>> remote =
            RemoteSync::initialise(m_dir.filePath(QStringLiteral("site%1.db").arg(site)), QUrl(m_server.url()), site,
                                   kPassword, m_credentials);
        QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
        m_remotes.emplace(site, std::move(remote).value());
    }
}

void TstStoreTransfers::cleanupTestCase()
{
    m_server.stop();
}

// covers TR-1, TR-2, TR-5
void TstStoreTransfers::transferBetweenSites()
{
    SiteSession& site2 = *m_remotes.at(2);
    SiteSession& site3 = *m_remotes.at(3);
    finalise(site2, QStringLiteral("b-to-d-1"), QStringLiteral("B"), QStringLiteral("D"));
    finalise(site2, QStringLiteral("b-to-d-2"), QStringLiteral("B"), QStringLiteral("D"));
    sync(site2);

    // TR-1: the central made the responding halves, on hold, numbered -1, linked, with their lines.
    const QJsonObject created = invoice(*m_central, QStringLiteral("b-to-d-1:in"));
    QCOMPARE(created.value(QLatin1String("store_id")).toString(), QStringLiteral("D"));
    QCOMPARE(created.value(QLatin1String("type")).toString(), QStringLiteral("supplier_invoice"));
    QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("hold"));
    QCOMPARE(created.value(QLatin1String("invoice_number")).toInteger(), -1);
    QCOMPARE(created.value(QLatin1String("linked_invoice_id")).toString(), QStringLiteral("b-to-d-1"));
    QCOMPARE(created.value(QLatin1String("name_id")).toString(), nameOf(QStringLiteral("B")));
    QCOMPARE(m_central->database()
                 .scalar(QStringLiteral("SELECT sum(quantity) FROM invoice_line WHERE invoice_id = 'b-to-d-1:in'"))
                 ->toDouble(),
             30.0);

    // TR-2: site 3 numbers them, consecutively, and the numbers travel back.
    sync(site3);
    QCOMPARE(invoice(site3, QStringLiteral("b-to-d-1:in")).value(QLatin1String("invoice_number")).toInteger(), 1);
    QCOMPARE(invoice(site3, QStringLiteral("b-to-d-2:in")).value(QLatin1String("invoice_number")).toInteger(), 2);
    QCOMPARE(invoice(*m_central, QStringLiteral("b-to-d-2:in")).value(QLatin1String("invoice_number")).toInteger(), 2);
    // Site 2 gets the number through its transfer copy of D, and the message to store B.
    sync(site2);
    QCOMPARE(invoice(site2, QStringLiteral("b-to-d-1:in")).value(QLatin1String("invoice_number")).toInteger(), 1);
    QCOMPARE(site2.database()
                 .scalar(QStringLiteral("SELECT count(*) FROM message WHERE to_store_id = 'B' AND from_store_id = 'D'"))
                 ->toInt(),
             2);

    // TR-5: later changes follow the normal rules and never create a second transfer.
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("b-to-d-1")}, {QStringLiteral("their_ref"), QStringLiteral("late")}});
    sync(site2);
    sync(site3);
    QCOMPARE(m_central->database()
                 .scalar(QStringLiteral("SELECT count(*) FROM invoice WHERE linked_invoice_id = 'b-to-d-1'"))
                 ->toInt(),
             1);
    QCOMPARE(invoice(site3, QStringLiteral("b-to-d-1:in")).value(QLatin1String("invoice_number")).toInteger(), 1);
    QCOMPARE(site3.database().scalar(QStringLiteral("SELECT count(*) FROM invoice WHERE invoice_number = -1"))->toInt(),
             0);
    // The responding half is D's, edited on site 3 only.
    const Result<WriteResult> foreign =
        site2.writer().put(QStringLiteral("invoice"), {{QStringLiteral("id"), QStringLiteral("b-to-d-1:in")},
                                                       {QStringLiteral("status"), QStringLiteral("finalised")}});
    QVERIFY(!foreign.ok());
    QCOMPARE(foreign.error().kind, ErrorKind::Refused);
}

// covers TR-1, TR-2, TR-3
void TstStoreTransfers::transferWithinOneSite()
{
    // B and C are both active on site 2: everything happens there, at once.
    SiteSession& site2 = *m_remotes.at(2);
    finalise(site2, QStringLiteral("b-to-c"), QStringLiteral("B"), QStringLiteral("C"));
    const QJsonObject local = invoice(site2, QStringLiteral("b-to-c:in"));
    QCOMPARE(local.value(QLatin1String("store_id")).toString(), QStringLiteral("C"));
    QCOMPARE(local.value(QLatin1String("invoice_number")).toInteger(), 1);
    QCOMPARE(site2.database()
                 .scalar(QStringLiteral("SELECT count(*) FROM invoice_line WHERE invoice_id = 'b-to-c:in'"))
                 ->toInt(),
             2);
    sync(site2);
    // A requisition between them is answered there too.
    put(site2, QStringLiteral("requisition"),
        {{QStringLiteral("id"), QStringLiteral("c-asks-b")},
         {QStringLiteral("store_id"), QStringLiteral("C")},
         {QStringLiteral("name_id"), nameOf(QStringLiteral("B"))},
         {QStringLiteral("type"), QStringLiteral("request")}});
    put(site2, QStringLiteral("requisition"),
        {{QStringLiteral("id"), QStringLiteral("c-asks-b")}, {QStringLiteral("status"), QStringLiteral("finalised")}});
    const QJsonObject answered = *site2.writer().fetch(QStringLiteral("requisition"), QStringLiteral("c-asks-b:in"));
    QCOMPARE(answered.value(QLatin1String("store_id")).toString(), QStringLiteral("B"));
    QVERIFY(answered.value(QLatin1String("requisition_number")).toInteger() > 0);
    sync(site2);
    // The central receives both halves and makes no other.
    QCOMPARE(invoice(*m_central, QStringLiteral("b-to-c:in")).value(QLatin1String("invoice_number")).toInteger(), 1);
    QCOMPARE(m_central->database()
                 .scalar(QStringLiteral("SELECT count(*) FROM requisition WHERE linked_requisition_id = 'c-asks-b'"))
                 ->toInt(),
             1);
    QCOMPARE(m_central->database()
                 .scalar(QStringLiteral("SELECT count(*) FROM invoice WHERE linked_invoice_id = 'b-to-c'"))
                 ->toInt(),
             1);
}

// covers TR-3, TR-1, TR-2
void TstStoreTransfers::requisitionIsAnsweredAndFulfilled()
{
    SiteSession& site2 = *m_remotes.at(2);
    SiteSession& site3 = *m_remotes.at(3);
    // Store D (site 3) asks store B (site 2) for stock.
    put(site3, QStringLiteral("requisition"),
        {{QStringLiteral("id"), QStringLiteral("d-asks-b")},
         {QStringLiteral("store_id"), QStringLiteral("D")},
         {QStringLiteral("name_id"), nameOf(QStringLiteral("B"))},
         {QStringLiteral("type"), QStringLiteral("request")},
         {QStringLiteral("requisition_number"), 1}});
    put(site3, QStringLiteral("requisition_line"),
        {{QStringLiteral("id"), QStringLiteral("d-asks-b-1")},
         {QStringLiteral("store_id"), QStringLiteral("D")},
         {QStringLiteral("requisition_id"), QStringLiteral("d-asks-b")},
         {QStringLiteral("item_id"), QStringLiteral("item-1")},
         {QStringLiteral("requested_quantity"), 40.0}});
    put(site3, QStringLiteral("requisition"),
        {{QStringLiteral("id"), QStringLiteral("d-asks-b")}, {QStringLiteral("status"), QStringLiteral("finalised")}});
    sync(site3);
    // The central answered it in store B: a response requisition (site 2 is a desktop site).
    const QJsonObject made = *m_central->writer().fetch(QStringLiteral("requisition"), QStringLiteral("d-asks-b:in"));
    QCOMPARE(made.value(QLatin1String("store_id")).toString(), QStringLiteral("B"));
    QCOMPARE(made.value(QLatin1String("type")).toString(), QStringLiteral("response"));
    QCOMPARE(made.value(QLatin1String("linked_requisition_id")).toString(), QStringLiteral("d-asks-b"));
    QCOMPARE(m_central->database()
                 .scalar(QStringLiteral("SELECT requested_quantity FROM requisition_line WHERE id = 'd-asks-b-1:in'"))
                 ->toDouble(),
             40.0);
    // Site 2 numbers it, then fulfils it with a customer invoice to D.
    sync(site2);
    const QJsonObject response = *site2.writer().fetch(QStringLiteral("requisition"), QStringLiteral("d-asks-b:in"));
    // B's second response requisition (the first answered C, on the same site).
    QCOMPARE(response.value(QLatin1String("requisition_number")).toInteger(), 2);
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("b-fulfils-d")},
         {QStringLiteral("store_id"), QStringLiteral("B")},
         {QStringLiteral("name_id"), nameOf(QStringLiteral("D"))},
         {QStringLiteral("type"), QStringLiteral("customer_invoice")},
         {QStringLiteral("requisition_id"), QStringLiteral("d-asks-b:in")}});
    put(site2, QStringLiteral("invoice_line"),
        {{QStringLiteral("id"), QStringLiteral("b-fulfils-d-1")},
         {QStringLiteral("store_id"), QStringLiteral("B")},
         {QStringLiteral("invoice_id"), QStringLiteral("b-fulfils-d")},
         {QStringLiteral("item_id"), QStringLiteral("item-1")},
         {QStringLiteral("quantity"), 40.0}});
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("b-fulfils-d")},
         {QStringLiteral("status"), QStringLiteral("finalised")}});
    sync(site2);
    sync(site3);
    // The supplier invoice back in D answers D's own request.
    const QJsonObject received = invoice(site3, QStringLiteral("b-fulfils-d:in"));
    QCOMPARE(received.value(QLatin1String("store_id")).toString(), QStringLiteral("D"));
    QCOMPARE(received.value(QLatin1String("requisition_id")).toString(), QStringLiteral("d-asks-b"));
    QVERIFY(received.value(QLatin1String("invoice_number")).toInteger() > 0);
    // And D was told its request arrived.
    QCOMPARE(site3.database()
                 .scalar(QStringLiteral("SELECT count(*) FROM message WHERE id = 'd-asks-b:in:received'"
                                        " AND to_store_id = 'D'"))
                 ->toInt(),
             1);
}

// covers TR-3
void TstStoreTransfers::requisitionToAMobileStore()
{
    // Store M is active on mobile site 4; store B (site 2) asks it for stock.
    QVERIFY(m_central->sites().add(4, QStringLiteral("Mobile"), QStringLiteral("mobile"), false, kPassword).ok());
    QVERIFY(m_central->stores().add(QStringLiteral("M"), QStringLiteral("M"), QStringLiteral("Store M"), false).ok());
    SyncSettingsChange toMobile;
    toMobile.activeSiteId = 4;
    const Result<StoreSyncSettings> moved = m_central->syncSettings().apply(QStringLiteral("M"), toMobile);
    QVERIFY2(moved.ok(), moved ? "" : qPrintable(moved.error().message));
    SiteSession& site2 = *m_remotes.at(2);
    sync(site2);
    put(site2, QStringLiteral("requisition"),
        {{QStringLiteral("id"), QStringLiteral("b-asks-m")},
         {QStringLiteral("store_id"), QStringLiteral("B")},
         {QStringLiteral("name_id"), nameOf(QStringLiteral("M"))},
         {QStringLiteral("type"), QStringLiteral("request")}});
    put(site2, QStringLiteral("requisition"),
        {{QStringLiteral("id"), QStringLiteral("b-asks-m")}, {QStringLiteral("status"), QStringLiteral("finalised")}});
    sync(site2);
    // On a mobile site the answer is a customer requisition.
    const QJsonObject made = *m_central->writer().fetch(QStringLiteral("requisition"), QStringLiteral("b-asks-m:in"));
    QCOMPARE(made.value(QLatin1String("store_id")).toString(), QStringLiteral("M"));
    QCOMPARE(made.value(QLatin1String("type")).toString(), QStringLiteral("customer"));
    QCOMPARE(made.value(QLatin1String("requisition_number")).toInteger(), -1);
}

// covers TR-4, TR-2
void TstStoreTransfers::purchaseOrderIsInvoicedAndReceived()
{
    SiteSession& site2 = *m_remotes.at(2);
    SiteSession& site3 = *m_remotes.at(3);
    // Store D (site 3) orders from store B (site 2).
    put(site3, QStringLiteral("purchase_order"),
        {{QStringLiteral("id"), QStringLiteral("po-d")},
         {QStringLiteral("store_id"), QStringLiteral("D")},
         {QStringLiteral("supplier_name_id"), nameOf(QStringLiteral("B"))},
         {QStringLiteral("po_number"), 1}});
    for (int i = 1; i <= 2; ++i)
        put(site3, QStringLiteral("purchase_order_line"),
            {{QStringLiteral("id"), QStringLiteral("po-d-%1").arg(i)},
             {QStringLiteral("store_id"), QStringLiteral("D")},
             {QStringLiteral("purchase_order_id"), QStringLiteral("po-d")},
             {QStringLiteral("item_id"), QStringLiteral("item-1")},
             {QStringLiteral("quantity_ordered"), 100.0 * i}});
    put(site3, QStringLiteral("purchase_order"),
        {{QStringLiteral("id"), QStringLiteral("po-d")}, {QStringLiteral("status"), QStringLiteral("confirmed")}});
    sync(site3);
    // The confirmed order became a customer invoice in B, which site 2 numbers.
    sync(site2);
    const QJsonObject invoiced = invoice(site2, QStringLiteral("po-d:in"));
    QCOMPARE(invoiced.value(QLatin1String("type")).toString(), QStringLiteral("customer_invoice"));
    QCOMPARE(invoiced.value(QLatin1String("purchase_order_id")).toString(), QStringLiteral("po-d"));
    QVERIFY(invoiced.value(QLatin1String("invoice_number")).toInteger() > 0);
    QCOMPARE(site2.database()
                 .scalar(QStringLiteral("SELECT sum(quantity) FROM invoice_line WHERE invoice_id = 'po-d:in'"))
                 ->toDouble(),
             300.0);
    // B ships part of line 1 and something extra, then finalises.
    put(site2, QStringLiteral("invoice_line"),
        {{QStringLiteral("id"), QStringLiteral("po-d-1:in")}, {QStringLiteral("quantity"), 60.0}});
    put(site2, QStringLiteral("invoice_line"),
        {{QStringLiteral("id"), QStringLiteral("po-d-extra")},
         {QStringLiteral("store_id"), QStringLiteral("B")},
         {QStringLiteral("invoice_id"), QStringLiteral("po-d:in")},
         {QStringLiteral("item_id"), QStringLiteral("item-1")},
         {QStringLiteral("quantity"), 5.0}});
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("po-d:in")}, {QStringLiteral("status"), QStringLiteral("finalised")}});
    sync(site2);
    sync(site3);
    // D receives goods for each invoice line, the extra one without an order line, and the order's
    // received quantities follow.
    QSqlQuery received(site3.database().sql());
    QVERIFY(received.exec(QStringLiteral("SELECT COALESCE(purchase_order_line_id, '-'), quantity_received"
                                         " FROM goods_received_line WHERE goods_received_id = 'po-d:in:in'"
                                         " ORDER BY 1")));
    QStringList lines;
    while (received.next())
        lines << QStringLiteral("%1=%2").arg(received.value(0).toString()).arg(received.value(1).toDouble());
    QCOMPARE(lines, (QStringList{QStringLiteral("-=5"), QStringLiteral("po-d-1=60"), QStringLiteral("po-d-2=200")}));
    QCOMPARE(site3.writer()
                 .fetch(QStringLiteral("purchase_order_line"), QStringLiteral("po-d-1"))
                 ->value(QLatin1String("quantity_received"))
                 .toDouble(),
             60.0);
    // The received quantities reach the central with the same sync.
    QCOMPARE(m_central->writer()
                 .fetch(QStringLiteral("purchase_order_line"), QStringLiteral("po-d-2"))
                 ->value(QLatin1String("quantity_received"))
                 .toDouble(),
             200.0);
    QCOMPARE(m_central->database()
                 .scalar(QStringLiteral("SELECT count(*) FROM goods_received WHERE purchase_order_id = 'po-d'"))
                 ->toInt(),
             1);
}

bool TstStoreTransfers::syncKilled(int siteId, const QByteArray& phase, int delayMs, bool killCentral)
{
    QProcess site;
    site.start(QStringLiteral(SITESYNC_TESTSITE), {m_dir.filePath(QStringLiteral("site%1.db").arg(siteId)), kPassword});
    if (!site.waitForStarted())
        return false;
    QByteArray output;
    bool killed = false;
    while (site.state() != QProcess::NotRunning && !killed) {
        site.waitForReadyRead(20);
        output += site.readAllStandardOutput();
        if (output.contains(phase + ' ')) {
            QThread::msleep(delayMs);
            if (killCentral)
                m_server.kill();
            else
                site.kill();
            killed = true;
        }
    }
    site.waitForFinished(30000);
    return killed;
}

// covers TR-5, TR-2
void TstStoreTransfers::noTransferTwiceWhateverIsKilled()
{
    SiteSession& site2 = *m_remotes.at(2);
    SiteSession& site3 = *m_remotes.at(3);
    const int port = m_server.port();
    QRandomGenerator random(20261122);
    int made = 0;
    int kills = 0;
    for (int run = 0; run < 8; ++run) {
        for (int i = 0; i < 3; ++i)
            finalise(site2, QStringLiteral("kill-%1-%2").arg(run).arg(i), QStringLiteral("B"), QStringLiteral("D"));
        made += 3;
        // Kill the central while site 2 pushes the invoices, or site 3 while it takes and numbers
        // the responding halves.
        const bool killCentral = run % 2 == 0;
        const int delay = int(random.bounded(0, 15));
        if (killCentral) {
            kills += syncKilled(2, "push", delay, true) ? 1 : 0;
            QCOMPARE(m_server.start(m_central->database().path(), port), QString());
        } else {
            sync(site2);
            kills += syncKilled(3, run % 4 == 1 ? "pull" : "integrate", delay, false) ? 1 : 0;
        }
        for (int round = 0; round < 2; ++round) {
            sync(site2);
            sync(site3);
        }
    }
    QCOMPARE(kills, 8);
    // Every transfer has exactly one responding half, numbered, and D's numbers run without gaps
    // or repeats.
    Database& central = m_central->database();
    QCOMPARE(
        central.scalar(QStringLiteral("SELECT count(*) FROM invoice WHERE linked_invoice_id LIKE 'kill-%'"))->toInt(),
        made);
    QCOMPARE(central
                 .scalar(QStringLiteral("SELECT count(DISTINCT linked_invoice_id) FROM invoice"
                                        " WHERE linked_invoice_id LIKE 'kill-%'"))
                 ->toInt(),
             made);
    for (SiteSession* holder : {m_central.get(), &site3}) {
        QSqlQuery numbers(holder->database().sql());
        QVERIFY(numbers.exec(QStringLiteral("SELECT invoice_number FROM invoice WHERE store_id = 'D'"
                                            " AND type = 'supplier_invoice' ORDER BY invoice_number")));
        int expected = 1;
        while (numbers.next())
            QCOMPARE(numbers.value(0).toInt(), expected++);
        QCOMPARE(expected - 1, made + 3);  // with the earlier tests' b-to-d-1, b-to-d-2 and b-fulfils-d
    }
}

// covers RT-7
void TstStoreTransfers::centralisedProcurement()
{
    SiteSession& site3 = *m_remotes.at(3);
    auto order = [this](const QString& id) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("store_id"), QStringLiteral("D")},
                           {QStringLiteral("supplier_name_id"), QStringLiteral("clinic-supplier")}};
    };
    put(*m_central, QStringLiteral("name"),
        {{QStringLiteral("id"), QStringLiteral("clinic-supplier")},
         {QStringLiteral("type"), QStringLiteral("supplier")},
         {QStringLiteral("name"), QStringLiteral("Wholesaler")}});
    // Off: purchase orders for D are made where D is active, not on the primary.
    QCOMPARE(m_central->writer().put(QStringLiteral("purchase_order"), order(QStringLiteral("po-off"))).error().kind,
             ErrorKind::Refused);
    // On at the primary: the primary may order for any store.
    put(*m_central, QStringLiteral("preference"),
        {{QStringLiteral("id"), QStringLiteral("pref-cp")},
         {QStringLiteral("key"), QStringLiteral("centralised_procurement")},
         {QStringLiteral("value"), QStringLiteral("on")}});
    put(*m_central, QStringLiteral("purchase_order"), order(QStringLiteral("po-central")));
    // The preference reaches the satellite, which may no longer order, and receives the order.
    sync(site3);
    QCOMPARE(site3.writer()
                 .fetch(QStringLiteral("preference"), QStringLiteral("pref-cp"))
                 ->value(QLatin1String("value"))
                 .toString(),
             QStringLiteral("on"));
    QVERIFY(!site3.writer().fetch(QStringLiteral("purchase_order"), QStringLiteral("po-central"))->isEmpty());
    const Result<WriteResult> refused =
        site3.writer().put(QStringLiteral("purchase_order"), order(QStringLiteral("po-3")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    // The satellite overrides it locally, and orders again; its override stays its own.
    put(site3, QStringLiteral("preference"),
        {{QStringLiteral("id"), QStringLiteral("pref-cp")}, {QStringLiteral("value"), QStringLiteral("off")}});
    put(site3, QStringLiteral("purchase_order"), order(QStringLiteral("po-3")));
    sync(site3);
    QCOMPARE(m_central->writer()
                 .fetch(QStringLiteral("preference"), QStringLiteral("pref-cp"))
                 ->value(QLatin1String("value"))
                 .toString(),
             QStringLiteral("on"));
    QVERIFY(!m_central->writer().fetch(QStringLiteral("purchase_order"), QStringLiteral("po-3"))->isEmpty());
}

// covers TR-4, RT-7
void TstStoreTransfers::receivedQuantitiesReachThePrimary()
{
    // Centralised procurement is on at the primary (the central): it orders for D from B.
    SiteSession& site2 = *m_remotes.at(2);
    SiteSession& site3 = *m_remotes.at(3);
    put(*m_central, QStringLiteral("purchase_order"),
        {{QStringLiteral("id"), QStringLiteral("po-primary")},
         {QStringLiteral("store_id"), QStringLiteral("D")},
         {QStringLiteral("supplier_name_id"), nameOf(QStringLiteral("B"))}});
    put(*m_central, QStringLiteral("purchase_order_line"),
        {{QStringLiteral("id"), QStringLiteral("po-primary-1")},
         {QStringLiteral("store_id"), QStringLiteral("D")},
         {QStringLiteral("purchase_order_id"), QStringLiteral("po-primary")},
         {QStringLiteral("item_id"), QStringLiteral("item-1")},
         {QStringLiteral("quantity_ordered"), 50.0}});
    put(*m_central, QStringLiteral("purchase_order"),
        {{QStringLiteral("id"), QStringLiteral("po-primary")},
         {QStringLiteral("status"), QStringLiteral("confirmed")}});
    // The customer invoice was made in B at once; site 2 ships 30 and finalises.
    sync(site2);
    put(site2, QStringLiteral("invoice_line"),
        {{QStringLiteral("id"), QStringLiteral("po-primary-1:in")}, {QStringLiteral("quantity"), 30.0}});
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("po-primary:in")},
         {QStringLiteral("status"), QStringLiteral("finalised")}});
    sync(site2);
    // The primary keeps the order's received quantity from the goods received in D.
    QCOMPARE(m_central->writer()
                 .fetch(QStringLiteral("purchase_order_line"), QStringLiteral("po-primary-1"))
                 ->value(QLatin1String("quantity_received"))
                 .toDouble(),
             30.0);
    // D's site receives the goods and the order, with the quantity the primary set.
    sync(site3);
    QCOMPARE(site3.database()
                 .scalar(QStringLiteral("SELECT quantity_received FROM goods_received_line"
                                        " WHERE id = 'po-primary-1:in:in'"))
                 ->toDouble(),
             30.0);
    QCOMPARE(site3.writer()
                 .fetch(QStringLiteral("purchase_order_line"), QStringLiteral("po-primary-1"))
                 ->value(QLatin1String("quantity_received"))
                 .toDouble(),
             30.0);
}

// covers TR-1, TR-5
// Someone following the transfers turns on their log: where a site has nothing to do for a
// transfer, it says why, in one line. Off otherwise.
void TstStoreTransfers::everySkipSaysWhy()
{
    SiteSession& site2 = *m_remotes.at(2);
    const test::CapturedMessages log(&transferLine);
    QLoggingCategory::setFilterRules(QStringLiteral("sitesync.engine.transfer.info=true"));
    // Store D is active on site 3: site 2 leaves the responding half to the central.
    finalise(site2, QStringLiteral("b-to-d-last"), QStringLiteral("B"), QStringLiteral("D"));
    // Site 2 answered b-to-c itself (both stores are active there): its answer is complete already.
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("b-to-c")}, {QStringLiteral("their_ref"), QStringLiteral("again")}});
    // Once store C confirmed it, the answer is C's alone.
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("b-to-c:in")}, {QStringLiteral("status"), QStringLiteral("confirmed")}});
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("b-to-c")}, {QStringLiteral("their_ref"), QStringLiteral("later")}});
    QLoggingCategory::setFilterRules(QString());
    const QStringList lines = log.seen();
    const auto logged = [&](const char* start, const char* reason) {
        return std::any_of(lines.begin(), lines.end(), [&](const QString& line) {
            return line.startsWith(QLatin1String(start)) && line.contains(QLatin1String(reason));
        });
    };
    const QByteArray all = lines.join(QLatin1Char('\n')).toUtf8();
    QVERIFY2(logged("skipped invoice b-to-d-last (TR-1): ", "site 1 ") &&
                 logged("skipped invoice b-to-d-last (TR-1): ", " answers transfers from store B to store D"),
             all.constData());
    QVERIFY2(logged("skipped invoice b-to-d-last (TR-1): ", "it is not a finalised customer invoice"), all.constData());
    QVERIFY2(logged("skipped invoice b-to-c (TR-1): ", "its responding half b-to-c:in is there already"),
             all.constData());
    QVERIFY2(logged("skipped invoice b-to-c (TR-1): ", "its responding half b-to-c:in is confirmed"), all.constData());
    QCOMPARE(invoice(site2, QStringLiteral("b-to-d-last:in")), QJsonObject());

    // Off unless asked for.
    const qsizetype before = log.seen().size();
    put(site2, QStringLiteral("invoice"),
        {{QStringLiteral("id"), QStringLiteral("b-to-c")}, {QStringLiteral("their_ref"), QStringLiteral("quiet")}});
    QCOMPARE(log.seen().size(), before);
}

QTEST_GUILESS_MAIN(TstStoreTransfers)
#include "tst_storetransfers.moc"
