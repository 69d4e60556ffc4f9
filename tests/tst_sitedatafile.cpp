// A new desktop site set up from a site data file (AD-2): `sitesyncctl site export` on the central
// writes the site's database, SiteImport makes it the site's database on its machine and binds the
// site there (TOP-4) without restarting its pull. The imported site ends with exactly what a site
// initialised over the network holds, and every misuse is refused with nothing changed. Real
// SQLite files, a real `sitesyncctl serve` on 127.0.0.1. (The command line's import, which keeps
// the password in the real keychain, is in tst_keychainsync.)
#include "client/centralconnection.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "sitefile/siteexport.h"
#include "sitefile/siteimport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("data-file-site-password");

// Every row of every table a site holds as data, as text: what two sites holding the same must
// agree on. Bookkeeping of the sync itself is left out, and of the site table what says when a
// site was bound.
QMap<QString, QStringList> siteData(const QString& path)
{
    QMap<QString, QStringList> data;
    QStringList tables;
    if (const QString failed = test::rawSql(path,
                                            {QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                            "'table' ORDER BY name")},
                                            &tables);
        !failed.isEmpty())
        return {{QStringLiteral("error"), {failed}}};
    const QStringList bookkeeping = {QStringLiteral("sync_state"),  QStringLiteral("change_log"),
                                     QStringLiteral("sync_in"),     QStringLiteral("sqlite_sequence"),
                                     QStringLiteral("site_cursor"), QStringLiteral("site_queue")};
    for (const QString& table : tables) {
        if (bookkeeping.contains(table))
            continue;
        QStringList rows;
        const QString select = table == QLatin1String("site")
                                   ? QStringLiteral("SELECT id, name, type, is_central, is_primary FROM site")
                                   : QStringLiteral("SELECT * FROM \"%1\"").arg(table);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("site-data"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(select);
            while (query.next()) {
                QStringList values;
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i)
                    values << record.value(i).toString();
                rows << values.join(QLatin1Char('|'));
            }
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("site-data"));
        rows.sort();
        data.insert(table, rows);
    }
    return data;
}

QByteArray fileContents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TstSiteDataFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void importedSiteHoldsWhatInitialisationBrings();
    void exportRefusesWhatIsNoNewDesktopSite();
    void importRefusesAndLeavesNothing();
    void aFileIsImportedOnceAndInitialisingVoidsIt();
    void aLostBindAnswerIsAnsweredAgain();
    void anExportOvertakenByAnInitialisationIsRemoved();

private:
    void put(SiteSession& session, const QString& table, const QJsonObject& record);
    test::CliResult exportSite(int siteId, const QString& file);
    Result<std::unique_ptr<SiteSession>> import(const QString& file, const QString& path,
                                                const QString& password = kPassword);
    QString path(const QString& name) const { return m_dir->filePath(name); }
    int queuedFor(int siteId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiteSession> m_central;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
};

void TstSiteDataFile::put(SiteSession& session, const QString& table, const QJsonObject& record)
{
    const Result<WriteResult> written = session.writer().put(table, record);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
}

test::CliResult TstSiteDataFile::exportSite(int siteId, const QString& file)
{
    return test::runCli({QStringLiteral("site"), QStringLiteral("export"), QStringLiteral("--site"),
                         QString::number(siteId), QStringLiteral("--out"), file, QStringLiteral("--json")},
                        m_central->database().path());
}

Result<std::unique_ptr<SiteSession>> TstSiteDataFile::import(const QString& file, const QString& path,
                                                             const QString& password)
{
    return SiteImport::import(file, path, QUrl(m_server.url()), password, m_credentials);
}

int TstSiteDataFile::queuedFor(int siteId)
{
    const test::CliResult status =
        test::runCli({QStringLiteral("status"), QStringLiteral("--json")}, m_central->database().path());
    return QJsonDocument::fromJson(status.out)
        .object()
        .value(QStringLiteral("queued_by_site"))
        .toObject()
        .value(QString::number(siteId))
        .toInt(-1);
}

void TstSiteDataFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_central = test::newCentral(*m_dir);
    QVERIFY(m_central->sites().add(2, QStringLiteral("Clinic"), QStringLiteral("desktop"), false, kPassword).ok());
    QVERIFY(m_central->sites().add(3, QStringLiteral("Van"), QStringLiteral("mobile"), false, kPassword).ok());
    for (const char* store : {"A", "B"})
        QVERIFY(m_central->stores()
                    .add(QString::fromLatin1(store), QString::fromLatin1(store),
                         QStringLiteral("Store %1").arg(QString::fromLatin1(store)), false)
                    .ok());
    put(*m_central, QStringLiteral("item"),
        {{QStringLiteral("id"), QStringLiteral("item-1")},
         {QStringLiteral("code"), QStringLiteral("AMOX")},
         {QStringLiteral("name"), QStringLiteral("Amoxicillin")}});
    // B's stock, made while B was still active on the central, goes with B to site 2.
    for (int i = 0; i < 30; ++i)
        put(*m_central, QStringLiteral("stock_line"),
            {{QStringLiteral("id"), QStringLiteral("b-%1").arg(i)},
             {QStringLiteral("store_id"), QStringLiteral("B")},
             {QStringLiteral("item_id"), QStringLiteral("item-1")},
             {QStringLiteral("quantity"), i}});
    for (int i = 0; i < 5; ++i)
        put(*m_central, QStringLiteral("stock_line"),
            {{QStringLiteral("id"), QStringLiteral("a-%1").arg(i)},
             {QStringLiteral("store_id"), QStringLiteral("A")},
             {QStringLiteral("item_id"), QStringLiteral("item-1")},
             {QStringLiteral("quantity"), 100 + i}});
    SyncSettingsChange toClinic;
    toClinic.activeSiteId = 2;
    QVERIFY(m_central->syncSettings().apply(QStringLiteral("B"), toClinic).ok());
    QCOMPARE(m_server.start(m_central->database().path()), QString());
}

void TstSiteDataFile::cleanup()
{
    m_server.stop();
    m_central.reset();
    m_dir.reset();
}

// covers AD-2, TOP-4, RT-5
void TstSiteDataFile::importedSiteHoldsWhatInitialisationBrings()
{
    const QString file = path(QStringLiteral("clinic.sitesync"));
    const test::CliResult exported = exportSite(2, file);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(report.value(QStringLiteral("site_id")).toInt(), 2);
    QVERIFY(report.value(QStringLiteral("records")).toInt() >= 30);
    QCOMPARE(qint64(report.value(QStringLiteral("bytes")).toDouble()), QFileInfo(file).size());
    // The file holds B's stock, and the central counts nothing waiting for the site.
    QStringList stock;
    QCOMPARE(test::rawSql(file, {QStringLiteral("SELECT count(*) FROM stock_line WHERE store_id = 'B'")}, &stock),
             QString());
    QCOMPARE(stock, QStringList{QStringLiteral("30")});
    QCOMPARE(queuedFor(2), 0);

    // Changes made after the export wait for the site; the import brings them with its first sync.
    put(*m_central, QStringLiteral("item"),
        {{QStringLiteral("id"), QStringLiteral("item-2")},
         {QStringLiteral("code"), QStringLiteral("PARA")},
         {QStringLiteral("name"), QStringLiteral("Paracetamol")}});
    QCOMPARE(queuedFor(2), 1);
    const QByteArray fileBefore = fileContents(file);
    Result<std::unique_ptr<SiteSession>> imported = import(file, path(QStringLiteral("clinic.db")));
    QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(fileContents(file), fileBefore);
    QCOMPARE((*imported)->site().siteId(), 2);
    QVERIFY(!(*imported)->writer().fetch(QStringLiteral("item"), QStringLiteral("item-2"))->isEmpty());
    QCOMPARE(queuedFor(2), 0);
    QVERIFY(m_central->sites().find(2)->bound);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("clinic.db.importing"))));

    // The site works: its own change reaches the central.
    put(**imported, QStringLiteral("stock_line"),
        {{QStringLiteral("id"), QStringLiteral("b-new")},
         {QStringLiteral("store_id"), QStringLiteral("B")},
         {QStringLiteral("item_id"), QStringLiteral("item-2")},
         {QStringLiteral("quantity"), 7}});
    RemoteSync sync(**imported, m_credentials);
    const Result<SyncReport> synced = sync.syncOnce();
    QVERIFY2(synced.ok(), synced ? "" : qPrintable(synced.error().message));
    QCOMPARE(synced->pushed, 1);
    QVERIFY(!m_central->writer().fetch(QStringLiteral("stock_line"), QStringLiteral("b-new"))->isEmpty());

    // The same site initialised over the network on another machine holds exactly the same.
    const QMap<QString, QStringList> importedData = siteData((*imported)->database().path());
    imported = makeError(ErrorKind::NotFound, QString());
    QVERIFY(m_central->sites().resetHardware(2).ok());
    Result<std::unique_ptr<SiteSession>> initialised = RemoteSync::initialise(
        path(QStringLiteral("clinic-network.db")), QUrl(m_server.url()), 2, kPassword, m_credentials);
    QVERIFY2(initialised.ok(), initialised ? "" : qPrintable(initialised.error().message));
    const QMap<QString, QStringList> networkData = siteData((*initialised)->database().path());
    QCOMPARE(networkData.value(QStringLiteral("stock_line")).size(), 31);
    QCOMPARE(importedData.keys(), networkData.keys());
    for (const QString& table : networkData.keys())
        QVERIFY2(importedData.value(table) == networkData.value(table), qPrintable(table));
}

// covers AD-2, TOP-4
void TstSiteDataFile::exportRefusesWhatIsNoNewDesktopSite()
{
    const QByteArray centralBefore = test::contentDigest(m_central->database().path());
    const QString file = path(QStringLiteral("refused.sitesync"));
    // A mobile site, the central itself, a site that does not exist.
    for (int site : {3, 1, 9}) {
        const test::CliResult refused = exportSite(site, file);
        QVERIFY2(refused.exitCode == 3 || refused.exitCode == 1, refused.err.constData());
        QVERIFY(!refused.err.isEmpty());
        QVERIFY(!QFileInfo::exists(file));
    }
    QVERIFY(exportSite(3, file).err.contains("mobile"));
    // An existing file is never overwritten.
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    const test::CliResult overwrite = exportSite(2, file);
    QCOMPARE(overwrite.exitCode, 3);
    QCOMPARE(fileContents(file), QByteArray("keep me"));
    QCOMPARE(test::contentDigest(m_central->database().path()), centralBefore);

    // A site bound to a machine: reset its binding first.
    Result<std::unique_ptr<SiteSession>> remote =
        RemoteSync::initialise(path(QStringLiteral("clinic.db")), QUrl(m_server.url()), 2, kPassword, m_credentials);
    QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
    const QString second = path(QStringLiteral("bound.sitesync"));
    const test::CliResult bound = exportSite(2, second);
    QCOMPARE(bound.exitCode, 3);
    QVERIFY2(bound.err.contains("reset its hardware binding"), bound.err.constData());
    QVERIFY(!QFileInfo::exists(second));
    // Only the central makes site data files.
    const test::CliResult onRemote =
        test::runCli({QStringLiteral("site"), QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("2"),
                      QStringLiteral("--out"), second},
                     path(QStringLiteral("clinic.db")));
    QVERIFY(onRemote.exitCode != 0);
    QVERIFY2(onRemote.err.contains("central server"), onRemote.err.constData());
    QVERIFY(!QFileInfo::exists(second));
}

// covers AD-2, SEC-1
void TstSiteDataFile::importRefusesAndLeavesNothing()
{
    const QString file = path(QStringLiteral("clinic.sitesync"));
    QCOMPARE(exportSite(2, file).exitCode, 0);
    const QString target = path(QStringLiteral("clinic.db"));

    // An export never imported is no working site.
    {
        const QString copy = path(QStringLiteral("copy.db"));
        QVERIFY(QFile::copy(file, copy));
        Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(copy);
        QVERIFY(opened.ok());
        RemoteSync sync(**opened, m_credentials);
        const Result<SyncReport> refused = sync.syncOnce();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("site import")), qPrintable(refused.error().message));
    }

    // A wrong password: refused by the central, nothing left here, the site still unbound.
    const QByteArray fileBefore = fileContents(file);
    Result<std::unique_ptr<SiteSession>> wrong = import(file, target, QStringLiteral("not-the-password"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().message.contains(QLatin1String("Wrong password")), qPrintable(wrong.error().message));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".importing")));
    QVERIFY(!m_central->sites().find(2)->bound);
    QCOMPARE(fileContents(file), fileBefore);

    // Something that is no site data file.
    const QString garbage = path(QStringLiteral("garbage.sitesync"));
    QFile junk(garbage);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    Result<std::unique_ptr<SiteSession>> notAFile = import(garbage, target);
    QVERIFY(!notAFile.ok());
    QVERIFY2(notAFile.error().message.contains(QLatin1String("not a usable site data file")),
             qPrintable(notAFile.error().message));
    QVERIFY(!QFileInfo::exists(target));

    // A central server's database is no site data file either.
    Result<std::unique_ptr<SiteSession>> central = import(m_central->database().path(), target);
    QVERIFY(!central.ok());
    QVERIFY(!QFileInfo::exists(target));

    // A database from a newer SiteSync.
    const QString newer = path(QStringLiteral("newer.sitesync"));
    QVERIFY(QFile::copy(file, newer));
    QCOMPARE(test::rawSql(newer, {QStringLiteral("PRAGMA user_version = 9999")}), QString());
    Result<std::unique_ptr<SiteSession>> fromNewer = import(newer, target);
    QVERIFY(!fromNewer.ok());
    QVERIFY2(fromNewer.error().message.contains(QLatin1String("newer version")), qPrintable(fromNewer.error().message));
    QVERIFY(!QFileInfo::exists(target));

    // A target that exists already is left alone.
    QFile occupied(target);
    QVERIFY(occupied.open(QIODevice::WriteOnly));
    occupied.write("someone's file");
    occupied.close();
    QVERIFY(!import(file, target).ok());
    QCOMPARE(fileContents(target), QByteArray("someone's file"));
    QVERIFY(QFile::remove(target));

    // After all that, the file still imports.
    Result<std::unique_ptr<SiteSession>> imported = import(file, target);
    QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
}

// covers AD-2, TOP-4, RT-5
void TstSiteDataFile::aFileIsImportedOnceAndInitialisingVoidsIt()
{
    const QString file = path(QStringLiteral("clinic.sitesync"));
    QCOMPARE(exportSite(2, file).exitCode, 0);
    QVERIFY(import(file, path(QStringLiteral("first.db"))).ok());
    // Imported again on another machine, even after the binding is reset.
    QVERIFY(m_central->sites().resetHardware(2).ok());
    Result<std::unique_ptr<SiteSession>> again = import(file, path(QStringLiteral("second.db")));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("Export the site again")), qPrintable(again.error().message));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("second.db"))));

    // A new export, then the site initialised over the network: the file is void.
    const QString fresh = path(QStringLiteral("fresh.sitesync"));
    QCOMPARE(exportSite(2, fresh).exitCode, 0);
    Result<std::unique_ptr<SiteSession>> initialised =
        RemoteSync::initialise(path(QStringLiteral("network.db")), QUrl(m_server.url()), 2, kPassword, m_credentials);
    QVERIFY2(initialised.ok(), initialised ? "" : qPrintable(initialised.error().message));
    QVERIFY(m_central->sites().resetHardware(2).ok());
    Result<std::unique_ptr<SiteSession>> voided = import(fresh, path(QStringLiteral("third.db")));
    QVERIFY(!voided.ok());
    QVERIFY2(voided.error().message.contains(QLatin1String("Export the site again")),
             qPrintable(voided.error().message));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("third.db"))));
}

// covers AD-2, TOP-4
void TstSiteDataFile::aLostBindAnswerIsAnsweredAgain()
{
    const QString file = path(QStringLiteral("clinic.sitesync"));
    QCOMPARE(exportSite(2, file).exitCode, 0);
    QStringList token;
    QCOMPARE(test::rawSql(file, {QStringLiteral("SELECT value FROM sync_state WHERE key = 'export_token'")}, &token),
             QString());
    QCOMPARE(token.size(), 1);
    const QJsonObject body{{QStringLiteral("export_token"), token.first()}};
    // The machine binds, the answer is lost, the machine asks again: answered both times.
    CentralConnection machine(QUrl(m_server.url()), 2, kPassword, QStringLiteral("machine-a"));
    QVERIFY(machine.post(QStringLiteral("bind"), body).ok());
    const Result<QJsonObject> again = machine.post(QStringLiteral("bind"), body);
    QVERIFY2(again.ok(), again ? "" : qPrintable(again.error().message));
    // Another machine is refused: the site is bound.
    CentralConnection other(QUrl(m_server.url()), 2, kPassword, QStringLiteral("machine-b"));
    QVERIFY(!other.post(QStringLiteral("bind"), body).ok());
    // Once the site has pushed, the file binds nothing any more, not even on its machine.
    QVERIFY(machine
                .post(QStringLiteral("push"),
                      {{QStringLiteral("from_seq"), 0},
                       {QStringLiteral("upto_seq"), 1},
                       {QStringLiteral("batch"), QStringLiteral("first")},
                       {QStringLiteral("records"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("seq"), 1},
                            {QStringLiteral("t"), QStringLiteral("stock_line")},
                            {QStringLiteral("id"), QStringLiteral("b-pushed")},
                            {QStringLiteral("op"), QStringLiteral("upsert")},
                            {QStringLiteral("d"), QJsonObject{{QStringLiteral("id"), QStringLiteral("b-pushed")},
                                                              {QStringLiteral("store_id"), QStringLiteral("B")},
                                                              {QStringLiteral("item_id"), QStringLiteral("item-1")},
                                                              {QStringLiteral("quantity"), 3}}}}}}})
                .ok());
    const Result<QJsonObject> late = machine.post(QStringLiteral("bind"), body);
    QVERIFY(!late.ok());
    QVERIFY2(late.error().message.contains(QLatin1String("Export the site again")), qPrintable(late.error().message));
}

// covers AD-2, RT-5
void TstSiteDataFile::anExportOvertakenByAnInitialisationIsRemoved()
{
    const QString file = path(QStringLiteral("clinic.sitesync"));
    Result<std::unique_ptr<SiteSession>> initialised = makeError(ErrorKind::NotFound, QString());
    bool first = true;
    // While the file is written, the site is initialised over the network on its machine.
    const Result<SiteExportReport> exported = SiteExport::write(*m_central, 2, file, [&](qint64) {
        if (!std::exchange(first, false))
            return;
        initialised = RemoteSync::initialise(path(QStringLiteral("clinic.db")), QUrl(m_server.url()), 2, kPassword,
                                             m_credentials);
    });
    QVERIFY2(initialised.ok(), initialised ? "" : qPrintable(initialised.error().message));
    QVERIFY(!exported.ok());
    QVERIFY2(exported.error().message.contains(QLatin1String("the file was removed")),
             qPrintable(exported.error().message));
    QVERIFY(!QFileInfo::exists(file));
    // The initialised site lost nothing to the export: it holds B's stock and nothing waits for it.
    QCOMPARE((*initialised)->database().scalar(QStringLiteral("SELECT count(*) FROM stock_line"))->toInt(), 30);
    QCOMPARE(queuedFor(2), 0);

    // Deleting a site voids its file too: a new site with the same ID is another site.
    QVERIFY(m_central->sites().add(4, QStringLiteral("Depot"), QStringLiteral("desktop"), false, kPassword).ok());
    const QString depot = path(QStringLiteral("depot.sitesync"));
    QCOMPARE(exportSite(4, depot).exitCode, 0);
    QVERIFY(m_central->sites().remove(4).ok());
    QVERIFY(m_central->sites().add(4, QStringLiteral("Depot"), QStringLiteral("desktop"), false, kPassword).ok());
    QVERIFY(!import(depot, path(QStringLiteral("depot.db"))).ok());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("depot.db"))));
}

QTEST_GUILESS_MAIN(TstSiteDataFile)
#include "tst_sitedatafile.moc"
