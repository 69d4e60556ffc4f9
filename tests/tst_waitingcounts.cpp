// What waits for each site on the central (ACC-4, OPS-6): `Routing::queuedBySite` counts by routing
// key, and must give, site for site, what the routing conditions give evaluated entry by entry, as
// the pull evaluates them, across a network with every kind of routing (central and dispensary
// data, stores held in full and as transfer copies, transfers, messages, patients and their
// visibility, prescribers, merges), entries pushed by the sites, their own changes sent back after
// a restore, targeted resends, cursors anywhere in the log, and sync settings changed in between.
#include "demo/demonetwork.h"
#include "sync/routing.h"
#include "testsupport.h"
#include "write/recordmerge.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

const QList<int> kRemotes = {2, 3, 4, 5, 6};

// The routing model: per site, the log entries past its cursor that the routing condition sends
// it, evaluated entry by entry, and its resends still routed that are not among them.
QMap<int, int> entryByEntry(Database& db)
{
    QSqlQuery count(db.sql());
    count.prepare(u"WITH t AS (SELECT ? AS site, COALESCE((SELECT pulled_seq FROM site_cursor WHERE site_id = ?),"
                  " 0) AS cursor, 0 AS queue_cursor)"
                  " SELECT (SELECT count(*) FROM change_log c, t WHERE %1)"
                  " + (SELECT count(*) FROM site_queue q, t WHERE %2 AND NOT EXISTS ("
                  "  SELECT 1 FROM change_log c WHERE c.table_name = q.table_name AND c.record_id = q.record_id"
                  "  AND %1))"_s.arg(Routing::routedAfterCursor(), Routing::queuedAfterCursor()));
    QMap<int, int> counts;
    for (int site : kRemotes) {
        count.bindValue(0, site);
        count.bindValue(1, site);
        if (!count.exec() || !count.next())
            qFatal("%s", qPrintable(sqlErrorText(count)));
        counts.insert(site, count.value(0).toInt());
    }
    return counts;
}

// "key:site" for every routing key of the log and remote site, as `pairs` (a select of key_index
// and site over the keys c and the sites t) gives them.
QStringList keySites(Database& db, const QString& pairs)
{
    QSqlQuery query(db.sql());
    if (!query.exec(u"WITH t AS (SELECT id AS site FROM site WHERE is_central = 0),"
                    " k AS (SELECT row_number() OVER (ORDER BY value) AS key_index, value FROM"
                    "  (SELECT DISTINCT %1 AS value FROM change_log c)),"
                    " c AS MATERIALIZED (SELECT key_index, %2 FROM k), r (key_index, site) AS (%3)"
                    " SELECT DISTINCT r.key_index || ':' || r.site FROM r JOIN t ON t.site = r.site ORDER BY 1"_s.arg(
                        Routing::routingKey(db.dialect()), Routing::routingKeyColumns(db.dialect(), 0), pairs)))
        qFatal("%s", qPrintable(sqlErrorText(query)));
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    return found;
}

QStringList lines(const QMap<int, int>& counts)
{
    QStringList text;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        text << u"site %1: %2"_s.arg(it.key()).arg(it.value());
    return text;
}

}  // namespace

class TstWaitingCounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routingKeyHoldsEveryColumnTheConditionReads();
    void countsEqualTheRoutingOfEachEntry();

private:
    void put(const QString& table, const QJsonObject& record);
    void buildNetwork();
    void move(const QString& store, int site, const QMap<int, SyncWith>& with = {});
    // Each site's cursors: `cursor(i)` and `ownUntil(i)` for the i-th remote site, in log entries.
    void placeCursors(const std::function<qint64(int)>& cursor, const std::function<qint64(int)>& ownUntil);
    void queueResends();
    void expectSameCounts(const QString& situation);
    qint64 lastEntry();

    QTemporaryDir m_dir;
    std::unique_ptr<SiteSession> m_central;
};

void TstWaitingCounts::initTestCase()
{
    test::prepareEnvironment();
    buildNetwork();
    QVERIFY(m_central);
}

void TstWaitingCounts::put(const QString& table, const QJsonObject& record)
{
    const Result<WriteResult> written = m_central->writer().put(table, record);
    QVERIFY2(written.ok(), written ? "" : qPrintable(table + u": "_s + written.error().message));
}

void TstWaitingCounts::move(const QString& store, int site, const QMap<int, SyncWith>& with)
{
    SyncSettingsChange change;
    if (site > 0)
        change.activeSiteId = site;
    change.with = with;
    const Result<StoreSyncSettings> applied = m_central->syncSettings().apply(store, change);
    QVERIFY2(applied.ok(), applied ? "" : qPrintable(store + u": "_s + applied.error().message));
}

qint64 TstWaitingCounts::lastEntry()
{
    return m_central->database().scalar(u"SELECT max(seq) FROM change_log"_s)->toLongLong();
}

// The worked-example network of the specification (Store A to Store F on the central and remote
// sites 2 and 3), with dispensaries P (on the central), Q and R, a plain store M, and sites 4 (the
// primary: a mirrored setup), 5 (a mobile) and 6 (holding nothing). The records are entered on the
// central while every store is active there; then the stores go to their sites, and each entry of
// store, patient or message data is marked as made by the site where its store is now active, as
// if that site had pushed it.
void TstWaitingCounts::buildNetwork()
{
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(m_dir.filePath(u"network"_s), [](const QString&) {});
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(demo->centralPath);
    QVERIFY(opened.ok());
    m_central = std::move(opened).value();
    for (const auto& [store, dispensary] :
         {std::pair{u"P"_s, true}, std::pair{u"Q"_s, true}, std::pair{u"R"_s, true}, std::pair{u"M"_s, false}})
        QVERIFY(m_central->stores().add(store, store, u"Store "_s + store, dispensary).ok());
    for (const QString& store : {u"B"_s, u"C"_s, u"D"_s, u"F"_s})
        move(store, 1);
    const auto nameOf = [&](const QString& store) { return m_central->stores().find(store)->nameId; };

    // Central data, dispensary central data among it (RT-1).
    put(u"item"_s, {{u"id"_s, u"amox"_s}, {u"code"_s, u"AMOX"_s}, {u"name"_s, u"Amoxicillin"_s}});
    put(u"abbreviation"_s, {{u"id"_s, u"tds"_s}, {u"code"_s, u"tds"_s}, {u"expansion"_s, u"three times a day"_s}});
    put(u"insurance_provider"_s, {{u"id"_s, u"ins"_s}, {u"name"_s, u"National"_s}});
    put(u"name"_s, {{u"id"_s, u"clinic"_s}, {u"name"_s, u"Clinic"_s}, {u"type"_s, u"customer"_s}});
    // Central store data: visibility of items and stores, a preference (DT-3, ST-5).
    for (const QString& store : {u"A"_s, u"Q"_s, u"R"_s})
        put(u"item_store_join"_s, {{u"item_id"_s, u"amox"_s}, {u"store_id"_s, store}});
    for (const auto& [shown, in] : {std::pair{u"A"_s, u"C"_s}, std::pair{u"Q"_s, u"C"_s}, std::pair{u"R"_s, u"Q"_s},
                                    std::pair{u"R"_s, u"B"_s}, std::pair{u"Q"_s, u"R"_s}, std::pair{u"M"_s, u"A"_s}})
        put(u"name_store_join"_s, {{u"name_id"_s, nameOf(shown)}, {u"store_id"_s, in}});
    put(u"store_preference"_s, {{u"store_id"_s, u"A"_s}, {u"key"_s, u"label"_s}, {u"value"_s, u"north"_s}});

    // Store data, transfers between stores among it (RT-2), and messages (DT-7).
    for (const QString& store : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"F"_s, u"M"_s, u"P"_s, u"Q"_s, u"R"_s})
        for (int i = 0; i < 3; ++i)
            put(u"stock_line"_s, {{u"id"_s, u"%1-line-%2"_s.arg(store).arg(i)},
                                  {u"store_id"_s, store},
                                  {u"item_id"_s, u"item-amox"_s},
                                  {u"quantity"_s, 10 * i}});
    const struct {
        const char* id;
        const char* store;
        QString partner;
    } invoices[] = {{"a-to-c", "A", nameOf(u"C"_s)}, {"a-to-clinic", "A", u"clinic"_s}, {"b-to-a", "B", nameOf(u"A"_s)},
                    {"f-to-b", "F", nameOf(u"B"_s)}, {"q-to-r", "Q", nameOf(u"R"_s)},   {"r-to-q", "R", nameOf(u"Q"_s)},
                    {"m-to-a", "M", nameOf(u"A"_s)}, {"d-to-c", "D", nameOf(u"C"_s)}};
    for (const auto& invoice : invoices) {
        const QString id = QString::fromLatin1(invoice.id);
        const QString store = QString::fromLatin1(invoice.store);
        put(u"invoice"_s, {{u"id"_s, id},
                           {u"store_id"_s, store},
                           {u"name_id"_s, invoice.partner},
                           {u"type"_s, u"customer_invoice"_s}});
        put(u"invoice_line"_s, {{u"id"_s, id + u"-1"_s},
                                {u"store_id"_s, store},
                                {u"invoice_id"_s, id},
                                {u"item_id"_s, u"item-amox"_s},
                                {u"quantity"_s, 2}});
    }
    put(u"requisition"_s,
        {{u"id"_s, u"c-asks-a"_s}, {u"store_id"_s, u"C"_s}, {u"name_id"_s, nameOf(u"A"_s)}, {u"type"_s, u"request"_s}});
    for (const auto& [from, to] : {std::pair{u"A"_s, u"R"_s}, std::pair{u"B"_s, u"C"_s}, std::pair{u"M"_s, u"Q"_s}})
        put(u"message"_s, {{u"id"_s, u"msg-%1-%2"_s.arg(from, to)},
                           {u"from_store_id"_s, from},
                           {u"to_store_id"_s, to},
                           {u"body"_s, u"Hello"_s}});

    // Patient data (DT-5): patients of P, Q and R, new ones visible in every dispensary active where
    // they were made (PT-3), one made visible in C by the primary; policies, a repeat, prescribers
    // who prescribed in another store (PT-4), and a merge of patients of two stores (DT-9).
    for (const auto& [patient, home] : {std::pair{u"pat-r"_s, u"R"_s}, std::pair{u"pat-q"_s, u"Q"_s},
                                        std::pair{u"pat-p"_s, u"P"_s}, std::pair{u"pat-q2"_s, u"Q"_s}}) {
        put(u"name"_s,
            {{u"id"_s, patient}, {u"name"_s, patient}, {u"type"_s, u"patient"_s}, {u"home_store_id"_s, home}});
        put(u"insurance_policy"_s, {{u"id"_s, patient + u"-policy"_s},
                                    {u"patient_id"_s, patient},
                                    {u"home_store_id"_s, home},
                                    {u"provider_id"_s, u"ins"_s},
                                    {u"policy_number"_s, u"P-"_s + patient}});
    }
    put(u"name_store_join"_s, {{u"name_id"_s, u"pat-q"_s}, {u"store_id"_s, u"C"_s}});
    put(u"prescription_repeat"_s, {{u"id"_s, u"pat-r-repeat"_s},
                                   {u"patient_id"_s, u"pat-r"_s},
                                   {u"home_store_id"_s, u"R"_s},
                                   {u"item_id"_s, u"item-amox"_s},
                                   {u"quantity"_s, 20},
                                   {u"repeats_left"_s, 2}});
    put(u"prescriber"_s, {{u"id"_s, u"dr-r"_s}, {u"name"_s, u"Dr R"_s}, {u"home_store_id"_s, u"R"_s}});
    put(u"prescriber"_s, {{u"id"_s, u"dr-p"_s}, {u"name"_s, u"Dr P"_s}, {u"home_store_id"_s, u"P"_s}});
    put(u"invoice"_s, {{u"id"_s, u"rx-q"_s},
                       {u"store_id"_s, u"Q"_s},
                       {u"name_id"_s, u"pat-q"_s},
                       {u"type"_s, u"prescription"_s},
                       {u"prescriber_id"_s, u"dr-r"_s}});
    RecordWriter& writer = m_central->writer();
    const Result<WriteResult> merged =
        writer.put(recordmerge::kTable,
                   recordmerge::makeMerge(
                       u"patient"_s, u"pat-r"_s, u"pat-q2"_s,
                       [&writer](const QString& table, const QString& id) { return *writer.fetch(table, id); },
                       writer.database().now()));
    QVERIFY2(merged.ok(), merged ? "" : qPrintable(merged.error().message));

    // The sites the examples lack, then every store where it belongs: A to F as in the examples, R on
    // site 2 (seen by B), Q on site 4 and collected on site 3 (it is visible in C), M on site 5.
    QVERIFY(m_central->sites().add(4, u"Site 4"_s, u"desktop"_s, true, u"password-4"_s).ok());
    QVERIFY(m_central->sites().add(5, u"Site 5"_s, u"mobile"_s, false, u"password-5"_s).ok());
    QVERIFY(m_central->sites().add(6, u"Site 6"_s, u"desktop"_s, false, u"password-6"_s).ok());
    move(u"B"_s, 2, {{1, SyncWith::ActiveCollector}});
    move(u"C"_s, 3, {{1, SyncWith::ActiveCollector}});
    move(u"D"_s, 3, {{1, SyncWith::ActiveCollector}});
    move(u"F"_s, 2, {{1, SyncWith::Transfer}});
    move(u"R"_s, 2);
    move(u"Q"_s, 4, {{3, SyncWith::ActiveCollector}});
    move(u"M"_s, 5);

    Database& db = m_central->database();
    db.setWriteOpen(true);  // change_log is guarded like the data
    QSqlQuery origin(db.sql());
    QVERIFY(origin.exec(u"UPDATE change_log SET origin_site = (SELECT active_site_id FROM store_sync"
                        " WHERE id = change_log.store_id) WHERE data_class IN ('store', 'patient', 'message')"
                        " AND store_id IN (SELECT id FROM store_sync)"_s));
    db.setWriteOpen(false);
    QVERIFY(db.scalar(u"SELECT count(DISTINCT origin_site) FROM change_log"_s)->toInt() >= 4);
}

void TstWaitingCounts::placeCursors(const std::function<qint64(int)>& cursor,
                                    const std::function<qint64(int)>& ownUntil)
{
    QSqlQuery place(m_central->database().sql());
    place.prepare(u"INSERT INTO site_cursor (site_id, pulled_seq, served_seq, own_changes_until) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (site_id) DO UPDATE SET pulled_seq = excluded.pulled_seq,"
                  " served_seq = excluded.served_seq, own_changes_until = excluded.own_changes_until"_s);
    for (int i = 0; i < int(kRemotes.size()); ++i) {
        place.addBindValue(kRemotes[i]);
        place.addBindValue(cursor(i));
        place.addBindValue(cursor(i));
        place.addBindValue(ownUntil(i));
        QVERIFY2(place.exec(), qPrintable(sqlErrorText(place)));
    }
}

// Resends of every third record to each site, routed to it or not, before its cursor or past it,
// and one of a record that is not in the log.
void TstWaitingCounts::queueResends()
{
    QSqlQuery queue(m_central->database().sql());
    QVERIFY2(queue.exec(u"INSERT INTO site_queue (site_id, table_name, record_id, reason, queued_at)"
                        " SELECT s.id, c.table_name, c.record_id, 'test', '2026-01-01' FROM site s, change_log c"
                        " WHERE s.is_central = 0 AND (c.seq + s.id) % 3 = 0"
                        " UNION ALL SELECT id, 'item', 'no-such-item', 'test', '2026-01-01' FROM site"
                        " WHERE is_central = 0 ON CONFLICT (site_id, table_name, record_id) DO NOTHING"_s),
             qPrintable(sqlErrorText(queue)));
}

void TstWaitingCounts::expectSameCounts(const QString& situation)
{
    const Result<QMap<int, int>> counted = Routing::queuedBySite(m_central->database());
    QVERIFY2(counted.ok(), counted ? "" : qPrintable(counted.error().message));
    const QMap<int, int> model = entryByEntry(m_central->database());
    int waiting = 0;
    for (int count : model)
        waiting += count;
    if (lines(*counted) != lines(model))
        qWarning("%s", qPrintable(situation));
    QCOMPARE(lines(*counted), lines(model));
    QVERIFY2(waiting > 0 || situation.contains(u"up to date"_s), qPrintable(situation));
}

// covers ACC-4
void TstWaitingCounts::routingKeyHoldsEveryColumnTheConditionReads()
{
    // Entries alike in every column the condition reads route alike; one it reads but the key lacks
    // would count entries that differ in it as one.
    static const QRegularExpression read(u"\\bc\\.([a-z_]+)"_s);
    static const QRegularExpression named(u" AS ([a-z_]+)"_s);
    QStringList keyed;
    for (QRegularExpressionMatchIterator it = named.globalMatch(Routing::routingKeyColumns(Dialect(), 0));
         it.hasNext();)
        keyed << it.next().captured(1);
    QVERIFY(keyed.contains(u"store_id"_s));
    for (QRegularExpressionMatchIterator it = read.globalMatch(Routing::routedToSite()); it.hasNext();) {
        const QString column = it.next().captured(1);
        QVERIFY2(column == u"seq"_s || keyed.contains(column), qPrintable(column));
    }
}

// covers ACC-4, OPS-6, RT-1, RT-2, RT-4, RT-5
void TstWaitingCounts::countsEqualTheRoutingOfEachEntry()
{
    const struct {
        QString name;
        std::function<void()> change;
    } settings[] = {
        {u"as built"_s, [] {}},
        {u"A collected on site 3 too"_s,
         [&] {
             move(u"A"_s, 0, {{3, SyncWith::ActiveCollector}});
         }},
        {u"R moved to site 4, site 2 keeping a collector copy"_s,
         [&] {
             move(u"R"_s, 4, {{2, SyncWith::ActiveCollector}});
         }},
        {u"A only a transfer copy on site 2"_s,
         [&] {
             move(u"A"_s, 0, {{2, SyncWith::Transfer}});
         }},
        {u"the patients of Q resent"_s,
         [&] {
             SyncSettingsChange resync;
             resync.resyncPatients = true;
             QVERIFY(m_central->syncSettings().apply(u"Q"_s, resync).ok());
         }},
    };
    for (const auto& setting : settings) {
        setting.change();
        // The routes taken from the keys reach exactly the sites the condition sends the keys to.
        Database& db = m_central->database();
        const QStringList judged =
            keySites(db, u"SELECT c.key_index, t.site FROM c, t WHERE "_s + Routing::routesToSite());
        QVERIFY2(judged.size() > 20, qPrintable(setting.name));
        QCOMPARE(keySites(db, Routing::sitesOfKeys()), judged);
        const qint64 last = lastEntry();
        const int sites = int(kRemotes.size());
        const struct {
            QString name;
            std::function<qint64(int)> cursor;
            std::function<qint64(int)> ownUntil;
        } arrangements[] = {
            {u"every site behind the whole log"_s, [](int) { return 0; }, [](int) { return 0; }},
            {u"the sites spread along the log, own changes sent back"_s, [&](int i) { return last * i / sites; },
             [&](int i) { return last * (i + 2) / (sites + 1); }},
            {u"restored sites getting all their own changes back"_s, [&](int i) { return i % 2 ? last / 3 : 0; },
             [&](int) { return last; }},
            {u"every site up to date"_s, [&](int) { return last; }, [](int) { return 0; }},
        };
        for (const auto& arrangement : arrangements) {
            placeCursors(arrangement.cursor, arrangement.ownUntil);
            expectSameCounts(setting.name + u"; "_s + arrangement.name);
            queueResends();
            expectSameCounts(setting.name + u"; "_s + arrangement.name + u"; with resends"_s);
            QVERIFY(m_central->database().exec(u"DELETE FROM site_queue WHERE reason = 'test'"_s).ok());
        }
    }
}

QTEST_GUILESS_MAIN(TstWaitingCounts)
#include "tst_waitingcounts.moc"
