// The mirrored setup (TOP-2, ST-1): the primary is a remote site that edits central data and
// creates stores; the central accepts central data only from it and forwards it to every site.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("mirrored-site-password");

}  // namespace

class TstMirrored : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void centralDataComesFromThePrimary();
    void thePrimaryKeepsWhatItOwns();

private:
    Result<SyncReport> sync(SiteSession& site)
    {
        RemoteSync remote(site, m_credentials);
        return remote.syncOnce();
    }

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<SiteSession> m_primary;
    std::unique_ptr<SiteSession> m_remote;
    QString m_centralPath;
};

void TstMirrored::initTestCase()
{
    test::prepareEnvironment();
    {
        std::unique_ptr<SiteSession> central = test::newCentral(m_dir);
        QVERIFY(central);
        m_centralPath = central->database().path();
        QVERIFY(
            central->sites().add(5, QStringLiteral("Medical stores"), QStringLiteral("desktop"), true, kPassword).ok());
        QVERIFY(central->sites().add(2, QStringLiteral("District"), QStringLiteral("desktop"), false, kPassword).ok());
    }
    QVERIFY(m_server.start(m_centralPath).isEmpty());
    for (int id : {5, 2}) {
        Result<std::unique_ptr<SiteSession>> site = RemoteSync::initialise(
            m_dir.filePath(QStringLiteral("site%1.db").arg(id)), QUrl(m_server.url()), id, kPassword, m_credentials);
        QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));
        (id == 5 ? m_primary : m_remote) = std::move(site).value();
    }
}

// covers TOP-2, ST-1, DT-2, DT-3
void TstMirrored::centralDataComesFromThePrimary()
{
    QCOMPARE(siteRoleId(m_primary->site().role()), QStringLiteral("primary"));
    QVERIFY(m_primary->site().mirrored());
    // The central itself may not edit central data any more.
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
        const Result<WriteResult> item =
            (*central)->writer().put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("x")},
                                                              {QStringLiteral("code"), QStringLiteral("X")},
                                                              {QStringLiteral("name"), QStringLiteral("X")}});
        QVERIFY(!item.ok());
        QCOMPARE(item.error().ownerSiteId, 5);
    }
    // The primary creates an item and a store, and syncs.
    QVERIFY(m_primary->writer()
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i1")},
                                              {QStringLiteral("code"), QStringLiteral("AMOX")},
                                              {QStringLiteral("name"), QStringLiteral("Amoxicillin")}})
                .ok());
    QVERIFY(m_primary->stores()
                .add(QStringLiteral("P"), QStringLiteral("P"), QStringLiteral("District pharmacy"), false)
                .ok());
    const Result<SyncReport> pushed = sync(*m_primary);
    QVERIFY2(pushed.ok(), pushed ? "" : qPrintable(pushed.error().message));
    QCOMPARE(pushed->integration.quarantined, 0);

    // On the central the store arrived and is active there until a technician gives it a site.
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
        QVERIFY(!(*central)->writer().fetch(QStringLiteral("item"), QStringLiteral("i1"))->isEmpty());
        QCOMPARE((*central)->site().activeSiteOf(QStringLiteral("P")), std::optional<int>(1));
        QCOMPARE((*central)->database().scalar(QStringLiteral("SELECT count(*) FROM sync_problem"))->toInt(), 0);
        SyncSettingsChange toDistrict;
        toDistrict.activeSiteId = 2;
        QVERIFY((*central)->syncSettings().apply(QStringLiteral("P"), toDistrict).ok());
    }
    // The district site receives the primary's item and its store, and may enter stock there.
    const Result<SyncReport> pulled = sync(*m_remote);
    QVERIFY2(pulled.ok(), pulled ? "" : qPrintable(pulled.error().message));
    QVERIFY(!m_remote->writer().fetch(QStringLiteral("item"), QStringLiteral("i1"))->isEmpty());
    QCOMPARE(m_remote->site().activeSiteOf(QStringLiteral("P")), std::optional<int>(2));
    QVERIFY(m_remote->writer()
                .put(QStringLiteral("stock_line"), {{QStringLiteral("id"), QStringLiteral("s1")},
                                                    {QStringLiteral("store_id"), QStringLiteral("P")},
                                                    {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                    {QStringLiteral("quantity"), 4}})
                .ok());
    // ... but not central data.
    QVERIFY(!m_remote->writer()
                 .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i2")},
                                               {QStringLiteral("code"), QStringLiteral("Y")},
                                               {QStringLiteral("name"), QStringLiteral("Y")}})
                 .ok());
    QVERIFY(sync(*m_remote).ok());
    // The primary never receives its own changes back (nothing set aside on it).
    const Result<SyncReport> again = sync(*m_primary);
    QVERIFY(again.ok());
    QCOMPARE(m_primary->database().scalar(QStringLiteral("SELECT count(*) FROM sync_problem"))->toInt(), 0);
    QCOMPARE(m_primary->database().scalar(QStringLiteral("SELECT count(*) FROM sync_in"))->toInt(), 0);
}

// covers ST-1, ST-6, ACC-3
void TstMirrored::thePrimaryKeepsWhatItOwns()
{
    // The primary makes a store, its preference and an item's visibility in it, and a store of its
    // own that sees it.
    QVERIFY(m_primary->stores().add(QStringLiteral("Q"), QStringLiteral("Q"), QStringLiteral("Clinic"), false).ok());
    QVERIFY(m_primary->stores().add(QStringLiteral("R"), QStringLiteral("R"), QStringLiteral("Warehouse"), false).ok());
    QVERIFY(m_primary->writer()
                .put(QStringLiteral("name_store_join"),
                     {{QStringLiteral("id"), QStringLiteral("q-in-r")},
                      {QStringLiteral("name_id"), m_primary->stores().find(QStringLiteral("Q"))->nameId},
                      {QStringLiteral("store_id"), QStringLiteral("R")}})
                .ok());
    QVERIFY(m_primary->writer()
                .put(QStringLiteral("item_store_join"), {{QStringLiteral("id"), QStringLiteral("q-i1")},
                                                         {QStringLiteral("item_id"), QStringLiteral("i1")},
                                                         {QStringLiteral("store_id"), QStringLiteral("Q")}})
                .ok());
    QVERIFY(m_primary->writer()
                .put(QStringLiteral("store_preference"), {{QStringLiteral("id"), QStringLiteral("q-pref")},
                                                          {QStringLiteral("store_id"), QStringLiteral("Q")},
                                                          {QStringLiteral("key"), QStringLiteral("colour")},
                                                          {QStringLiteral("value"), QStringLiteral("blue")}})
                .ok());
    QVERIFY(sync(*m_primary).ok());
    // The central makes the warehouse active on the primary and the clinic on the district site: the
    // primary holds a transfer copy of the clinic (ST-5).
    {
        Result<std::unique_ptr<SiteSession>> central = SiteSession::open(m_centralPath);
        QVERIFY(central.ok());
        SyncSettingsChange toPrimary;
        toPrimary.activeSiteId = 5;
        const Result<StoreSyncSettings> warehouse = (*central)->syncSettings().apply(QStringLiteral("R"), toPrimary);
        QVERIFY2(warehouse.ok(), warehouse ? "" : qPrintable(warehouse.error().message));
        SyncSettingsChange toDistrict;
        toDistrict.activeSiteId = 2;
        const Result<StoreSyncSettings> applied = (*central)->syncSettings().apply(QStringLiteral("Q"), toDistrict);
        QVERIFY2(applied.ok(), applied ? "" : qPrintable(applied.error().message));
    }
    for (int round = 0; round < 2; ++round) {
        QVERIFY(sync(*m_primary).ok());
        QVERIFY(sync(*m_remote).ok());
    }
    QCOMPARE(
        m_primary->database().scalar(QStringLiteral("SELECT sync_with FROM store_site WHERE id = 'Q@5'"))->toString(),
        QStringLiteral("transfer"));
    // The primary still has the store, its preference and the visibility, and may change them.
    for (const auto& [table, id] : {std::pair{QStringLiteral("store"), QStringLiteral("Q")},
                                    std::pair{QStringLiteral("store_preference"), QStringLiteral("q-pref")},
                                    std::pair{QStringLiteral("item_store_join"), QStringLiteral("q-i1")}})
        QVERIFY2(!m_primary->writer().fetch(table, id)->isEmpty(), qPrintable(table));
    QVERIFY(m_primary->writer()
                .put(QStringLiteral("store_preference"), {{QStringLiteral("id"), QStringLiteral("q-pref")},
                                                          {QStringLiteral("value"), QStringLiteral("red")}})
                .ok());
    QVERIFY(sync(*m_primary).ok());
    QVERIFY(sync(*m_remote).ok());
    QCOMPARE(m_remote->writer()
                 .fetch(QStringLiteral("store_preference"), QStringLiteral("q-pref"))
                 ->value(QLatin1String("value")),
             QJsonValue(QStringLiteral("red")));
}

QTEST_GUILESS_MAIN(TstMirrored)
#include "tst_mirrored.moc"
