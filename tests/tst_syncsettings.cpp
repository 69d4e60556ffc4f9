// Sites, stores and their sync settings on the central server (TOP, ST) and the worked examples of the
// specification (RT-6), driven through the engine API (SiteSession) on real SQLite files.

#include "testsupport.h"

#include "model/auditlog.h"
#include "model/audittext.h"
#include "model/syncsettings.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace sitesync;
using namespace Qt::Literals::StringLiterals;

// Fails the calling function, with the error's message, when `expr` (a Result or a Status) failed.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto& result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().message));                               \
    } while (false)

namespace {

const QString kSitePassword = u"site-password-1"_s;

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput:
        return u"BadInput"_s;
    case ErrorKind::Refused:
        return u"Refused"_s;
    case ErrorKind::Invalid:
        return u"Invalid"_s;
    case ErrorKind::MissingReference:
        return u"MissingReference"_s;
    case ErrorKind::NotFound:
        return u"NotFound"_s;
    case ErrorKind::Database:
        return u"Database"_s;
    case ErrorKind::Incompatible:
        return u"Incompatible"_s;
    case ErrorKind::OutOfSequence:
        return u"OutOfSequence"_s;
    case ErrorKind::Unreachable:
        return u"Unreachable"_s;
    }
    return {};
}

// The error kind of a failed call, or "ok".
template <typename R> QString outcome(const R& result)
{
    return result.ok() ? u"ok"_s : kindName(result.error().kind);
}

template <typename T> Status toStatus(const Result<T>& result)
{
    if (!result)
        return result.error();
    return {};
}

// Everything load() reports, as one comparable line.
QString describe(const Result<StoreSyncSettings>& settings)
{
    if (!settings)
        return u"error: "_s + settings.error().message;
    QStringList parts{u"active=%1"_s.arg(settings->activeSiteId),
                      u"transactions=%1"_s.arg(settings->includeTransactions ? "on" : "off")};
    for (auto it = settings->with.begin(); it != settings->with.end(); ++it)
        parts << u"%1=%2"_s.arg(it.key()).arg(syncWithId(it.value()));
    return parts.join(u' ');
}

// A central server (site 1) in its own directory, and a small language to build a network:
//   "site 2", "site 4 mobile", "site 5 primary"   add a site
//   "store A", "store P dispensary"               add a store (it starts active on the central)
//   "move A 2 [1=transfer ...]"                   make A active on site 2, optionally with sync-with values
//   "with A 2=collector [3=none ...]"             set A's sync-with for sites
//   "include A on|off"                            A's 'Include transactions in sync'
//   "see A B", "unsee A B"                        make store A visible (or no longer) to store B
class Network {
public:
    // Opens a central with `setup` already run. Each distinct setup is built once and then copied: adding a
    // site hashes its password, which is slow.
    Status setUp(const QStringList& setup = {});

    SiteSession& session() { return *m_session; }
    QString path() const { return test::centralPath(m_dir); }
    QByteArray digest() const { return test::contentDigest(path()); }

    Status run(const QString& step);
    // Runs the steps in order; the first failure names its step.
    Status runAll(const QStringList& steps);

    QString typeOf(const QString& storeId, int siteId);  // "active", "collector", "transfer", "none"
    QString settingsOf(const QString& storeId) { return describe(m_session->syncSettings().load(storeId)); }
    int number(const QString& sql);
    QStringList auditDetailsAfter(int auditId);
    int lastAuditId() { return number(u"SELECT COALESCE(MAX(id), 0) FROM audit_log"_s); }
    // Empty when every store is active on exactly one site that agrees with its Sync ID, and exists on the central.
    QString invariantProblem();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSession> m_session;
};

Status Network::setUp(const QStringList& setup)
{
    static QTemporaryDir builtDir;
    static QHash<QString, QString> built;  // setup steps -> database file in builtDir
    const QString key = setup.join(u'\n');
    if (!built.contains(key)) {
        const QString name = u"network-%1.db"_s.arg(built.size());
        m_session = test::newCentral(builtDir, 1, name);
        if (!m_session)
            return makeError(ErrorKind::Database, u"cannot create a central server"_s);
        const Status s = runAll(setup);
        m_session.reset();
        if (!s)
            return s;
        built.insert(key, test::centralPath(builtDir, name));
    }
    if (const QString problem = test::copyCentral(built[key], m_dir); !problem.isEmpty())
        return makeError(ErrorKind::Database, problem);
    Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(path());
    if (!opened)
        return opened.error();
    m_session = std::move(opened).value();
    return {};
}

Status Network::run(const QString& step)
{
    const QStringList w = step.split(u' ', Qt::SkipEmptyParts);
    const Status bad = makeError(ErrorKind::BadInput, u"test step '%1' is not understood"_s.arg(step));
    if (w.size() < 2)
        return bad;
    const QString& verb = w[0];
    SiteSession& s = *m_session;
    if (verb == "site"_L1) {
        const QString type = w.contains("mobile"_L1) ? u"mobile"_s : u"desktop"_s;
        return toStatus(s.sites().add(w[1].toInt(), "Site "_L1 + w[1], type, w.contains("primary"_L1), kSitePassword));
    }
    if (verb == "store"_L1)
        return toStatus(s.stores().add(w[1], w[1], "Store "_L1 + w[1], w.contains("dispensary"_L1)));
    if (verb == "see"_L1 || verb == "unsee"_L1) {
        if (w.size() != 3)
            return bad;
        const QString joinId = u"visible-%1-to-%2"_s.arg(w[1], w[2]);
        if (verb == "unsee"_L1)
            return s.writer().remove(u"name_store_join"_s, joinId);
        const Result<StoreInfo> seen = s.stores().find(w[1]);
        if (!seen)
            return seen.error();
        return toStatus(s.writer().put(u"name_store_join"_s,
                                       {{u"id"_s, joinId}, {u"name_id"_s, seen->nameId}, {u"store_id"_s, w[2]}}));
    }
    SyncSettingsChange change;
    qsizetype firstWith = 2;
    if (verb == "move"_L1) {
        change.activeSiteId = w.value(2).toInt();
        firstWith = 3;
    } else if (verb == "include"_L1) {
        change.includeTransactions = w.value(2) == "on"_L1;
        firstWith = 3;
    } else if (verb != "with"_L1) {
        return bad;
    }
    for (qsizetype i = firstWith; i < w.size(); ++i) {
        const QStringList pair = w[i].split(u'=');
        const std::optional<SyncWith> with = syncWithFromId(pair.value(1));
        if (pair.size() != 2 || !with)
            return bad;
        change.with.insert(pair[0].toInt(), *with);
    }
    return toStatus(s.syncSettings().apply(w[1], change));
}

Status Network::runAll(const QStringList& steps)
{
    for (const QString& step : steps) {
        if (Status s = run(step); !s)
            return makeError(s.error().kind, u"step '%1': %2"_s.arg(step, s.error().message));
    }
    return {};
}

QString Network::typeOf(const QString& storeId, int siteId)
{
    const Result<StoreSyncSettings> settings = m_session->syncSettings().load(storeId);
    return settings ? syncTypeId(settings->typeOn(siteId)) : u"error: "_s + settings.error().message;
}

int Network::number(const QString& sql)
{
    const Result<QVariant> value = m_session->database().scalar(sql);
    return value ? value->toInt() : -1;
}

QStringList Network::auditDetailsAfter(int auditId)
{
    // As the window and sitesyncctl word them (in English here), from the entries' parameters.
    QStringList details;
    const Result<QList<AuditEntry>> entries = AuditLog::list(m_session->database());
    if (!entries)
        return {entries.error().message};
    for (const AuditEntry& entry : *entries) {
        if (entry.id > auditId)
            details.prepend(entry.params.isEmpty() ? u"(no parameters) "_s + entry.detail : AuditText::detail(entry));
    }
    return details;
}

QString Network::invariantProblem()
{
    const Result<QList<SiteInfo>> sites = m_session->sites().list();
    const Result<QList<StoreInfo>> stores = m_session->stores().list();
    if (!sites || !stores)
        return u"cannot list sites or stores"_s;
    const int central = m_session->site().context().centralSiteId;
    for (const StoreInfo& store : *stores) {
        const Result<StoreSyncSettings> settings = m_session->syncSettings().load(store.id);
        if (!settings)
            return settings.error().message;
        QList<int> activeOn, listedOn;
        for (const SiteInfo& site : *sites) {
            if (settings->typeOn(site.id) == SyncType::Active)
                activeOn << site.id;
            if (site.activeStores.contains(store.id))
                listedOn << site.id;
        }
        if (activeOn != QList<int>{settings->activeSiteId} || listedOn != activeOn ||
            store.activeSiteId != settings->activeSiteId)
            return u"store %1 is not active on exactly its Sync ID site %2"_s.arg(store.id).arg(settings->activeSiteId);
        if (settings->typeOn(central) == SyncType::None)
            return u"store %1 has no copy on the central"_s.arg(store.id);
    }
    return {};
}

// Runs `setup` and the `steps` of the current test row, then compares the "store@site=type" lines of `expected`.
void checkScenario(const QStringList& setup)
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);
    Network net;
    VERIFY_OK(net.setUp(setup));
    VERIFY_OK(net.runAll(steps));
    QStringList actual;
    for (const QString& line : expected) {
        const QString store = line.section(u'@', 0, 0);
        const int site = line.section(u'@', 1).section(u'=', 0, 0).toInt();
        actual << u"%1@%2=%3"_s.arg(store).arg(site).arg(net.typeOf(store, site));
    }
    QCOMPARE(actual, expected);
    const QString problem = net.invariantProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The spec's network: site 1 the sync server, site 2 remote site 1, site 3 remote site 2; stores A to F.
const QStringList kSpecNetwork{u"site 2"_s,  u"site 3"_s,  u"store A"_s, u"store B"_s,
                               u"store C"_s, u"store D"_s, u"store E"_s, u"store F"_s};

// A small network for single changes: P on the central, Q active on site 2, V visible to Q.
const QStringList kSmallNetwork{u"site 2"_s,   u"site 3"_s,  u"store P"_s, u"store Q"_s,
                                u"move Q 2"_s, u"store V"_s, u"see V Q"_s, u"store DSP dispensary"_s};

// S on the central, T active on site 2: S becomes visible to T and T moves.
const QStringList kSeerNetwork{u"site 2"_s, u"site 3"_s, u"store S"_s, u"store T"_s, u"move T 2"_s};

// X on the central, about to move; Y active on site 2.
const QStringList kMoveNetwork{u"site 2"_s, u"site 3"_s, u"store X"_s, u"store Y"_s, u"move Y 2"_s};

}  // namespace

class TstSyncSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void typeOnSite_data();
    void typeOnSite();
    void newStoreIsActiveOnCentral();
    void workedExamples_data();
    void workedExamples();
    void refusedChanges_data();
    void refusedChanges();
    void followsVisibility_data();
    // covers ST-5
    void followsVisibility() { checkScenario(kSeerNetwork); }
    void movingStore_data();
    // covers ST-3, ST-4
    void movingStore() { checkScenario(kMoveNetwork); }
    void mobileSiteHasOneActiveStore();
    void removeSiteRefused_data();
    void removeSiteRefused();
    void removeEmptySite();
    void mirroredSetup();
    void auditLog_data();
    void auditLog();
};

void TstSyncSettings::typeOnSite_data()
{
    QTest::addColumn<QString>("with");
    QTest::addColumn<int>("site");
    QTest::addColumn<QString>("expected");
    // The store is active on site 2 in every row.
    QTest::newRow("active site") << u"1=collector 3=transfer"_s << 2 << u"active"_s;
    QTest::newRow("active site whatever its sync-with") << u"2=transfer"_s << 2 << u"active"_s;
    QTest::newRow("collector") << u"1=collector 3=transfer"_s << 1 << u"collector"_s;
    QTest::newRow("transfer") << u"1=collector 3=transfer"_s << 3 << u"transfer"_s;
    QTest::newRow("no entry") << u"1=collector 3=transfer"_s << 4 << u"none"_s;
    QTest::newRow("explicit none") << u"1=collector 4=none"_s << 4 << u"none"_s;
}

// covers ST-2, ST-3
void TstSyncSettings::typeOnSite()
{
    QFETCH(QString, with);
    QFETCH(int, site);
    QFETCH(QString, expected);
    StoreSyncSettings settings;
    settings.activeSiteId = 2;
    for (const QString& pair : with.split(u' ')) {
        const std::optional<SyncWith> value = syncWithFromId(pair.section(u'=', 1));
        QVERIFY(value);
        settings.with.insert(pair.section(u'=', 0, 0).toInt(), *value);
    }
    QCOMPARE(syncTypeId(settings.typeOn(site)), expected);
}

// covers TOP-1, ST-1, ST-3
void TstSyncSettings::newStoreIsActiveOnCentral()
{
    Network net;
    VERIFY_OK(net.setUp({u"site 2"_s, u"store A"_s}));
    SiteSession& s = net.session();
    QVERIFY(s.site().isCentral());
    QVERIFY(s.site().isPrimary());
    QVERIFY(!s.site().mirrored());

    const Result<StoreInfo> store = s.stores().find(u"A"_s);
    VERIFY_OK(store);
    QCOMPARE(store->activeSiteId, std::optional<int>(1));
    QVERIFY(!store->nameId.isEmpty());
    QCOMPARE(net.settingsOf(u"A"_s), u"active=1 transactions=on 1=collector"_s);
    QCOMPARE(net.typeOf(u"A"_s, 1), u"active"_s);
    QCOMPARE(net.typeOf(u"A"_s, 2), u"none"_s);
    QCOMPARE(net.number(u"SELECT COUNT(*) FROM store_site WHERE store_id = 'A' AND site_id = 1"
                        " AND sync_with = 'collector'"_s),
             1);
    const Result<SiteInfo> central = s.sites().find(1);
    VERIFY_OK(central);
    QVERIFY(central->isCentral && central->isPrimary);
    QCOMPARE(central->activeStores, QStringList{u"A"_s});

    // The Sync ID follows the active site.
    VERIFY_OK(net.run(u"move A 2"_s));
    QCOMPARE(s.stores().find(u"A"_s)->activeSiteId, std::optional<int>(2));
    QCOMPARE(s.sites().find(2)->activeStores, QStringList{u"A"_s});
    QVERIFY(s.sites().find(1)->activeStores.isEmpty());
    const QString problem = net.invariantProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSyncSettings::workedExamples_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("as the specification lists them")
        << QStringList{u"move B 2"_s, u"move C 3"_s, u"move D 3"_s, u"move F 2 1=transfer"_s,
                       u"see A B"_s,  u"see B C"_s,  u"see C B"_s,  u"with A 2=collector"_s};
    QTest::newRow("visibility first, moves reversed")
        << QStringList{u"see A B"_s,  u"see B C"_s,  u"see C B"_s,  u"move F 2 1=transfer"_s,
                       u"move D 3"_s, u"move C 3"_s, u"move B 2"_s, u"with A 2=collector"_s};
    QTest::newRow("interleaved") << QStringList{u"move B 2"_s, u"see A B"_s, u"with A 2=collector"_s,  u"see C B"_s,
                                                u"move C 3"_s, u"see B C"_s, u"move F 2 1=transfer"_s, u"move D 3"_s};
}

// covers RT-6, ST-2, ST-5, TOP-1
void TstSyncSettings::workedExamples()
{
    QFETCH(QStringList, steps);
    // Store type on the sync server (1), remote site 1 (2) and remote site 2 (3), as the specification says.
    const QStringList expected{
        u"A: active collector none"_s, u"B: collector active transfer"_s, u"C: collector transfer active"_s,
        u"D: collector none active"_s, u"E: active none none"_s,          u"F: transfer active none"_s,
    };
    Network net;
    VERIFY_OK(net.setUp(kSpecNetwork));
    VERIFY_OK(net.runAll(steps));
    QStringList actual;
    for (const QString& store : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s}) {
        actual << u"%1: %2 %3 %4"_s.arg(store, net.typeOf(store, 1), net.typeOf(store, 2), net.typeOf(store, 3));
    }
    QCOMPARE(actual, expected);
    const QString problem = net.invariantProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstSyncSettings::refusedChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("kind");
    // In kSmallNetwork: P active on the central, Q active on site 2, V visible to Q (a transfer copy on 2).
    QTest::newRow("collector where not visible") << u"with P 2=collector"_s << u"Invalid"_s;
    QTest::newRow("transfer where not visible") << u"with P 3=transfer"_s << u"Invalid"_s;
    QTest::newRow("collector where not visible, while moving") << u"move P 2 3=collector"_s << u"Invalid"_s;
    QTest::newRow("none where visible") << u"with V 2=none"_s << u"Invalid"_s;
    QTest::newRow("none for the central") << u"with Q 1=none"_s << u"Invalid"_s;
    QTest::newRow("none for the central when leaving it") << u"move P 2 1=none"_s << u"Invalid"_s;
    QTest::newRow("active site given transfer") << u"with Q 2=transfer"_s << u"Invalid"_s;
    QTest::newRow("active site given none") << u"with Q 2=none"_s << u"Invalid"_s;
    QTest::newRow("new active site given transfer") << u"move P 3 3=transfer"_s << u"Invalid"_s;
    QTest::newRow("non-existent site") << u"with P 9=transfer"_s << u"NotFound"_s;
    QTest::newRow("non-existent active site") << u"move P 9"_s << u"NotFound"_s;
    QTest::newRow("include transactions, not a dispensary") << u"include P off"_s << u"Invalid"_s;
}

// covers ST-3, ST-4, ST-5, ST-7
void TstSyncSettings::refusedChanges()
{
    QFETCH(QString, change);
    QFETCH(QString, kind);
    Network net;
    VERIFY_OK(net.setUp(kSmallNetwork));
    const QString storeId = change.section(u' ', 1, 1);
    const QString before = net.settingsOf(storeId);
    const QByteArray digest = net.digest();
    const int audit = net.lastAuditId();

    const Status s = net.run(change);
    QCOMPARE(outcome(s), kind);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(net.settingsOf(storeId), before);
    QCOMPARE(net.digest(), digest);
    QCOMPARE(net.auditDetailsAfter(audit), QStringList());  // ST-7: a refused change is not logged
}

void TstSyncSettings::followsVisibility_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected");
    // In kSeerNetwork: S is active on the central and T on site 2.
    QTest::newRow("visible: transfer") << QStringList{u"see S T"_s}
                                       << QStringList{u"S@1=active"_s, u"S@2=transfer"_s, u"S@3=none"_s};
    QTest::newRow("visible again: collector kept")
        << QStringList{u"see S T"_s, u"with S 2=collector"_s, u"store U"_s, u"move U 2"_s, u"see S U"_s}
        << QStringList{u"S@2=collector"_s, u"S@3=none"_s};
    QTest::newRow("last visibility removed: none")
        << QStringList{u"see S T"_s, u"unsee S T"_s} << QStringList{u"S@1=active"_s, u"S@2=none"_s};
    QTest::newRow("last visibility removed from a collector: none")
        << QStringList{u"see S T"_s, u"with S 2=collector"_s, u"unsee S T"_s} << QStringList{u"S@2=none"_s};
    QTest::newRow("one of two visibilities removed: kept")
        << QStringList{u"store U"_s, u"move U 2"_s, u"see S T"_s, u"see S U"_s, u"unsee S T"_s}
        << QStringList{u"S@2=transfer"_s};
    QTest::newRow("seer moves: transfer follows it")
        << QStringList{u"see S T"_s, u"move T 3"_s}
        << QStringList{u"S@1=active"_s, u"S@2=none"_s, u"S@3=transfer"_s, u"T@2=none"_s, u"T@3=active"_s};
    QTest::newRow("seer moves, another seer stays")
        << QStringList{u"store U"_s, u"move U 2"_s, u"see S T"_s, u"see S U"_s, u"move T 3"_s}
        << QStringList{u"S@2=transfer"_s, u"S@3=transfer"_s};
    QTest::newRow("seer leaves a collector copy: none")
        << QStringList{u"see S T"_s, u"with S 2=collector"_s, u"move T 3"_s}
        << QStringList{u"S@2=none"_s, u"S@3=transfer"_s};
    QTest::newRow("seer moves to the central")
        << QStringList{u"see S T"_s, u"move T 1"_s} << QStringList{u"S@1=active"_s, u"S@2=none"_s, u"T@1=active"_s};
    QTest::newRow("central transfer copy: visibility does not change it")
        << QStringList{u"store F"_s, u"move F 3 1=transfer"_s, u"see F S"_s}
        << QStringList{u"F@1=transfer"_s, u"F@3=active"_s};
    QTest::newRow("central transfer copy: losing visibility does not change it")
        << QStringList{u"store F"_s, u"move F 3 1=transfer"_s, u"see F S"_s, u"unsee F S"_s}
        << QStringList{u"F@1=transfer"_s};
    QTest::newRow("central collector copy kept without visibility")
        << QStringList{u"store D"_s, u"move D 3"_s, u"see D S"_s, u"unsee D S"_s, u"see S T"_s}
        << QStringList{u"D@1=collector"_s, u"D@2=none"_s, u"D@3=active"_s};
}

void TstSyncSettings::movingStore_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected");
    // In kMoveNetwork: X starts on the central, Y is active on site 2.
    QTest::newRow("from the central: collector")
        << QStringList{u"move X 2"_s} << QStringList{u"X@1=collector"_s, u"X@2=active"_s, u"X@3=none"_s};
    QTest::newRow("central left as a transfer copy")
        << QStringList{u"move X 2 1=transfer"_s} << QStringList{u"X@1=transfer"_s, u"X@2=active"_s};
    QTest::newRow("from a site where visible: collector")
        << QStringList{u"move X 2"_s, u"see X Y"_s, u"move X 3"_s}
        << QStringList{u"X@1=collector"_s, u"X@2=collector"_s, u"X@3=active"_s};
    QTest::newRow("from a site where visible, transfer chosen")
        << QStringList{u"move X 2"_s, u"see X Y"_s, u"move X 3 2=transfer"_s}
        << QStringList{u"X@2=transfer"_s, u"X@3=active"_s};
    QTest::newRow("from a site where not visible: none")
        << QStringList{u"move X 2"_s, u"move X 3"_s} << QStringList{u"X@1=collector"_s, u"X@2=none"_s, u"X@3=active"_s};
    QTest::newRow("onto a site holding a transfer copy")
        << QStringList{u"see X Y"_s, u"move X 2"_s} << QStringList{u"X@1=collector"_s, u"X@2=active"_s};
    QTest::newRow("back to the central (set as local store)")
        << QStringList{u"move X 2"_s, u"move X 1"_s} << QStringList{u"X@1=active"_s, u"X@2=none"_s};
    QTest::newRow("there and back") << QStringList{u"move X 2"_s, u"move X 3"_s, u"move X 2"_s}
                                    << QStringList{u"X@1=collector"_s, u"X@2=active"_s, u"X@3=none"_s};
}

// covers TOP-5
void TstSyncSettings::mobileSiteHasOneActiveStore()
{
    Network net;
    VERIFY_OK(net.setUp({u"site 2"_s, u"site 4 mobile"_s, u"store M1"_s, u"store M2"_s, u"move M1 4"_s}));

    const QByteArray digest = net.digest();
    const Status second = net.run(u"move M2 4"_s);
    QCOMPARE(outcome(second), u"Invalid"_s);
    QVERIFY2(second.error().message.contains("mobile"_L1), qPrintable(second.error().message));
    QCOMPARE(net.digest(), digest);
    QCOMPARE(net.typeOf(u"M2"_s, 1), u"active"_s);

    VERIFY_OK(net.runAll({u"move M1 2"_s, u"move M2 4"_s}));
    QCOMPARE(net.typeOf(u"M1"_s, 2), u"active"_s);
    QCOMPARE(net.typeOf(u"M1"_s, 4), u"none"_s);
    QCOMPARE(net.typeOf(u"M2"_s, 4), u"active"_s);
    QCOMPARE(net.session().sites().find(4)->activeStores, QStringList{u"M2"_s});
}

void TstSyncSettings::removeSiteRefused_data()
{
    QTest::addColumn<int>("site");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("the central") << 1 << u"central"_s;
    QTest::newRow("the primary") << 5 << u"primary"_s;
    QTest::newRow("a site with an active store") << 2 << u"ward7"_s;
}

// covers TOP-6, TOP-2
void TstSyncSettings::removeSiteRefused()
{
    QFETCH(int, site);
    QFETCH(QString, mentions);
    Network net;
    VERIFY_OK(net.setUp({u"site 2"_s, u"store ward7"_s, u"move ward7 2"_s, u"site 5 primary"_s}));
    const QByteArray digest = net.digest();

    const Status s = net.session().sites().remove(site);
    QCOMPARE(outcome(s), u"Invalid"_s);
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
    QCOMPARE(net.digest(), digest);
    VERIFY_OK(net.session().sites().find(site));
}

// covers TOP-6
void TstSyncSettings::removeEmptySite()
{
    Network net;
    // X visits site 3 and comes back, leaving its store_site row for site 3 behind.
    VERIFY_OK(net.setUp({u"site 2"_s, u"site 3"_s, u"store X"_s, u"move X 3"_s, u"move X 1"_s}));
    QVERIFY(net.number(u"SELECT COUNT(*) FROM store_site WHERE site_id = 3"_s) > 0);

    VERIFY_OK(net.session().sites().remove(3));
    QCOMPARE(net.number(u"SELECT COUNT(*) FROM store_site WHERE site_id = 3"_s), 0);
    QCOMPARE(outcome(net.session().sites().find(3)), u"NotFound"_s);
    VERIFY_OK(net.session().sites().find(2));
    QCOMPARE(net.settingsOf(u"X"_s), u"active=1 transactions=on 1=collector"_s);

    // The removed site can no longer be used in sync settings.
    const QByteArray digest = net.digest();
    QCOMPARE(outcome(net.run(u"move X 3"_s)), u"NotFound"_s);
    QCOMPARE(outcome(net.run(u"with X 3=transfer"_s)), u"NotFound"_s);
    QCOMPARE(outcome(net.run(u"with X 3=collector"_s)), u"NotFound"_s);
    QCOMPARE(net.digest(), digest);
}

// covers TOP-2, ST-1
void TstSyncSettings::mirroredSetup()
{
    Network net;
    VERIFY_OK(net.setUp({u"store A"_s}));
    SiteSession& s = net.session();
    VERIFY_OK(net.run(u"site 5 primary"_s));

    VERIFY_OK(s.site().refresh());
    QVERIFY(s.site().isCentral());
    QVERIFY(!s.site().isPrimary());
    QVERIFY(s.site().mirrored());
    QCOMPARE(s.site().context().primarySiteId, 5);
    QVERIFY(!s.sites().find(1)->isPrimary);
    QVERIFY(s.sites().find(5)->isPrimary);

    const QByteArray digest = net.digest();
    const Status secondPrimary = net.run(u"site 6 primary"_s);
    QCOMPARE(outcome(secondPrimary), u"Invalid"_s);
    QCOMPARE(net.digest(), digest);

    // Central store data is the primary's: the central cannot create a store any more.
    const Result<StoreInfo> created = s.stores().add(u"B"_s, u"B"_s, u"Store B"_s, false);
    QCOMPARE(outcome(created), u"Refused"_s);
    QCOMPARE(created.error().ownerSiteId, 5);
    QCOMPARE(net.digest(), digest);
    QCOMPARE(outcome(s.stores().find(u"B"_s)), u"NotFound"_s);

    // The central still sets the sites and sync settings of the stores.
    VERIFY_OK(net.run(u"move A 5"_s));
    QCOMPARE(net.typeOf(u"A"_s, 5), u"active"_s);
    QCOMPARE(net.typeOf(u"A"_s, 1), u"collector"_s);
}

void TstSyncSettings::auditLog_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("mentions");
    // In kSmallNetwork: P active on the central, Q active on site 2, V visible to Q (a transfer copy on 2).
    QTest::newRow("store moved") << u"move P 2"_s
                                 << QStringList{u"store P:"_s, u"active site 1 -> 2"_s,
                                                u"site 2: None -> Active/collector"_s};
    QTest::newRow("sync-with changed") << u"with V 2=collector"_s
                                       << QStringList{u"store V:"_s, u"site 2: Transfer -> Active/collector"_s};
    QTest::newRow("include transactions, dispensary")
        << u"include DSP off"_s << QStringList{u"store DSP:"_s, u"transactions not included"_s};
    QTest::newRow("made visible") << u"see P Q"_s << QStringList{u"store P:"_s, u"site 2: None -> Transfer"_s};
    QTest::newRow("visibility removed") << u"unsee V Q"_s << QStringList{u"store V:"_s, u"site 2: Transfer -> None"_s};
}

// covers ST-7, ST-4
void TstSyncSettings::auditLog()
{
    QFETCH(QString, change);
    QFETCH(QStringList, mentions);
    Network net;
    VERIFY_OK(net.setUp(kSmallNetwork));
    const QString storeId = mentions.first().section(u' ', 1).chopped(1);
    const QString before = net.settingsOf(storeId);
    const int audit = net.lastAuditId();

    VERIFY_OK(net.run(change));
    QVERIFY(net.settingsOf(storeId) != before);
    const QStringList details = net.auditDetailsAfter(audit);
    QVERIFY(!details.isEmpty());
    for (const QString& mention : mentions) {
        const bool found = std::any_of(details.begin(), details.end(), [&](const QString& detail) {
            return detail.contains(mentions.first()) && detail.contains(mention);
        });
        QVERIFY2(found, qPrintable(u"no audit row names '%1': %2"_s.arg(mention, details.join(u" | "_s))));
    }
}

QTEST_GUILESS_MAIN(TstSyncSettings)
#include "tst_syncsettings.moc"
