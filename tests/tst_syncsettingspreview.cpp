// What a change of sync settings would cause, measured before it is saved (SyncSettingsImpact, and
// `sitesyncctl store sync-settings ... --preview`): the preview changes nothing, and what it promised
// is what saving the same change then does.
#include "demo/demonetwork.h"
#include "settings/syncsettingsimpact.h"
#include "sync/routing.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

class TstSyncSettingsPreview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void previewChangesNothingAndSavingDoesWhatItSaid();
    void recordsALostCopyTakes();
    void staleAnswerIsRefused();
    void dispensaryWarningSaysWhereTransactionsStay();

private:
    QMap<int, int> queued();
    QStringList copies();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TstSyncSettingsPreview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(
        m_dir->path(), [](const QString&) {}, test::centralPath(*m_dir));
    QVERIFY(demo.ok());
    m_db = demo->centralPath;
    // Both remote sites have stored the whole log: what a change queues is all that waits for them.
    QCOMPARE(test::rawSql(m_db, {u"INSERT INTO site_cursor (site_id, pulled_seq, served_seq) SELECT id,"
                                 " (SELECT max(seq) FROM change_log), (SELECT max(seq) FROM change_log)"
                                 " FROM site WHERE is_central = 0"_s}),
             QString());
}

QMap<int, int> TstSyncSettingsPreview::queued()
{
    std::unique_ptr<SiteSession> session = SiteSession::open(m_db).value();
    return Routing::queuedBySite(session->database()).value();
}

// Every copy as store@site=type, read from the file.
QStringList TstSyncSettingsPreview::copies()
{
    QStringList rows;
    const QString problem = test::rawSql(
        m_db,
        {u"SELECT x.store_id || '@' || x.site_id || '=' || CASE WHEN ss.active_site_id = x.site_id THEN 'active'"
         " ELSE x.sync_with END FROM store_site x JOIN store_sync ss ON ss.id = x.store_id"_s},
        &rows);
    return problem.isEmpty() ? rows : QStringList{problem};
}

// covers ST-4, ST-5, RT-5
void TstSyncSettingsPreview::previewChangesNothingAndSavingDoesWhatItSaid()
{
    const QStringList move = {u"store"_s, u"sync-settings"_s, u"--store"_s, u"B"_s, u"--active-site"_s, u"1"_s};
    const QByteArray before = test::contentDigest(m_db);
    const test::CliResult json = test::runCli(move + QStringList{u"--preview"_s, u"--json"_s}, m_db);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject preview = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(test::contentDigest(m_db), before);
    const test::CliResult text = test::runCli(move + QStringList{u"--preview"_s}, m_db);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Preview only, nothing saved"), text.out.constData());
    QCOMPARE(test::contentDigest(m_db), before);

    const QMap<int, int> queuedBefore = queued();
    QCOMPARE(test::runCli(move, m_db).exitCode, 0);
    const QMap<int, int> queuedAfter = queued();
    QJsonObject actual;
    for (auto it = queuedAfter.begin(); it != queuedAfter.end(); ++it) {
        if (it.value() > queuedBefore.value(it.key()))
            actual.insert(QString::number(it.key()), it.value() - queuedBefore.value(it.key()));
    }
    QVERIFY(!actual.isEmpty());
    QCOMPARE(preview.value(u"queued_by_site"_s).toObject(), actual);

    // Every copy the preview said would change did, and no other did.
    const QStringList after = copies();
    const QJsonArray changed = preview.value(u"copies"_s).toArray();
    QCOMPARE(changed.size(), 4);
    for (const QJsonValue& value : changed) {
        const QJsonObject copy = value.toObject();
        const QString key = u"%1@%2="_s.arg(copy.value(u"store_id"_s).toString()).arg(copy.value(u"site_id"_s).toInt());
        const QString type = copy.value(u"after"_s).toString();
        if (type == QLatin1String("none"))
            QVERIFY2(std::none_of(after.begin(), after.end(),
                                  [&](const QString& row) { return row.startsWith(key) && !row.endsWith(u"=none"_s); }),
                     qPrintable(key));
        else
            QVERIFY2(after.contains(key + type), qPrintable(key + type));
    }
}

// What a site loses with its copy: the store's records, and for a transfer copy only its transfers.
// covers ST-4, ST-2
void TstSyncSettingsPreview::recordsALostCopyTakes()
{
    std::unique_ptr<SiteSession> session = SiteSession::open(m_db).value();
    SyncSettingsChange move;
    move.activeSiteId = DemoNetwork::kCentral;
    const Result<SyncSettingsImpact> impact = SyncSettingsImpact::measure(session->syncSettings(), u"B"_s, move);
    QVERIFY2(impact.ok(), impact ? "" : qPrintable(impact.error().message));
    int checked = 0;
    for (const CopyChange& copy : impact->copies) {
        if (!copy.losesRecords())
            continue;
        QStringList rows;
        QString which = u"1 = 1"_s;
        if (copy.after == SyncType::Transfer)
            which = u"transfer = 0"_s;
        else if (copy.before == SyncType::Transfer)
            which = u"transfer = 1"_s;
        QCOMPARE(test::rawSql(m_db,
                              {u"SELECT count(*) FROM change_log WHERE store_id = '%1' AND data_class = 'store'"
                               " AND op = 'upsert' AND %2"_s.arg(copy.storeId, which)},
                              &rows),
                 QString());
        QCOMPARE(copy.storeRecords, rows.value(0).toLongLong());
        ++checked;
    }
    QCOMPARE(checked, 3);  // A and B lose their copies on remote site 1, C its transfer copy there
}

// A preview answered after the settings changed underneath it is not saved.
// covers ST-4
void TstSyncSettingsPreview::staleAnswerIsRefused()
{
    std::unique_ptr<SiteSession> session = SiteSession::open(m_db).value();
    SyncSettingsChange move;
    move.activeSiteId = DemoNetwork::kCentral;
    const Result<SyncSettingsImpact> impact = SyncSettingsImpact::measure(session->syncSettings(), u"B"_s, move);
    QVERIFY(impact.ok());
    // Meanwhile another technician moves Store C, which changes what Store B's move implies.
    SyncSettingsChange other;
    other.activeSiteId = DemoNetwork::kRemote1;
    QVERIFY(session->syncSettings().apply(u"C"_s, other).ok());
    const QByteArray before = test::contentDigest(m_db);
    const Result<StoreSyncSettings> saved = session->syncSettings().apply(u"B"_s, move, impact->proposed);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Refused);
    QVERIFY2(saved.error().message.contains(u"since the preview"_s), qPrintable(saved.error().message));
    QCOMPARE(test::contentDigest(m_db), before);
    // Measured again, it saves.
    const Result<SyncSettingsImpact> again = SyncSettingsImpact::measure(session->syncSettings(), u"B"_s, move);
    QVERIFY(again.ok());
    QVERIFY(session->syncSettings().apply(u"B"_s, move, again->proposed).ok());
}

// Turning "Include transactions in sync" off warns where the transactions stay: on the remote site
// the store is active on; a store active on the central keeps them there anyway.
// covers RT-3, ST-4
void TstSyncSettingsPreview::dispensaryWarningSaysWhereTransactionsStay()
{
    std::unique_ptr<SiteSession> session = SiteSession::open(m_db).value();
    QVERIFY(session->stores().add(u"G"_s, u"G"_s, u"Dispensary G"_s, true).ok());
    SyncSettingsChange off;
    off.includeTransactions = false;
    const Result<SyncSettingsImpact> onCentral = SyncSettingsImpact::measure(session->syncSettings(), u"G"_s, off);
    QVERIFY(onCentral.ok());
    const QString central = onCentral->warnings.join(u'\n');
    QVERIFY2(!central.contains(u"no longer reach the central server"_s), qPrintable(central));
    QVERIFY2(central.contains(u"active on the central server"_s), qPrintable(central));
    QVERIFY2(!central.contains(u"''"_s), qPrintable(central));

    SyncSettingsChange move;
    move.activeSiteId = DemoNetwork::kRemote2;
    QVERIFY(session->syncSettings().apply(u"G"_s, move).ok());
    const Result<SyncSettingsImpact> onRemote = SyncSettingsImpact::measure(session->syncSettings(), u"G"_s, off);
    QVERIFY(onRemote.ok());
    const QString remote = onRemote->warnings.join(u'\n');
    QVERIFY2(remote.contains(u"of store 'G' will stay on site %1 and no longer reach the central server"_s.arg(
                 session->site().siteLabel(DemoNetwork::kRemote2))),
             qPrintable(remote));
    QVERIFY2(!remote.contains(u"''"_s), qPrintable(remote));
}

QTEST_GUILESS_MAIN(TstSyncSettingsPreview)
#include "tst_syncsettingspreview.moc"
