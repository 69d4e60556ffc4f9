// The ownership rules as a matrix: every data class x every site role x every copy of the store x
// insert, update and delete. The expectations are written out by hand from DT-2 to DT-8.
#include "rules/ownershiprules.h"
#include "testsupport.h"

#include <QTest>

using namespace sitesync;

namespace {

constexpr int kOtherSite = 9;  // where the store is active when it is not active here

// Answers as a site's database would: store "S" is active here or on kOtherSite.
class FakeDirectory : public StoreDirectory {
public:
    FakeDirectory(int here, bool activeHere)
        : m_here(here)
        , m_activeHere(activeHere)
    {
    }
    std::optional<int> activeSiteOf(const QString& storeId) const override
    {
        if (storeId == QLatin1String("S"))
            return m_activeHere ? m_here : kOtherSite;
        if (storeId == QLatin1String("T"))
            return 8;
        return std::nullopt;
    }
    QString siteName(int siteId) const override { return QStringLiteral("Site %1").arg(siteId); }

private:
    int m_here;
    bool m_activeHere;
};

struct Role {
    const char* name;
    SiteContext context;
};

SiteContext context(int id, bool central, bool primary, int centralId, int primaryId)
{
    SiteContext c;
    c.siteId = id;
    c.isCentral = central;
    c.isPrimary = primary;
    c.centralSiteId = centralId;
    c.primarySiteId = primaryId;
    return c;
}

const QList<Role>& roles()
{
    static const QList<Role> all = {
        {"central=primary", context(1, true, true, 1, 1)},
        {"mirrored central", context(1, true, false, 1, 5)},
        {"mirrored primary", context(5, false, true, 1, 5)},
        {"remote", context(2, false, false, 1, 1)},
    };
    return all;
}

// Expected outcome per class, in the order central, central_store, store, patient, local, sync,
// message. "A" allows; a number is the site that may make the change instead. Message has three
// outcomes: insert|update|delete.
struct Expectation {
    const char* role;
    const char* copy;  // the sync type of store S on this site
    const char* outcomes;
};

const Expectation kExpectations[] = {
    {"central=primary", "active", "A A A A A A A|A|A"},
    {"central=primary", "collector", "A A 9 9 A A A|9|9"},
    {"central=primary", "transfer", "A A 9 9 A A A|9|9"},
    {"mirrored central", "active", "5 5 A A A A A|A|A"},
    {"mirrored central", "collector", "5 5 9 9 A A A|9|9"},
    {"mirrored central", "transfer", "5 5 9 9 A A A|9|9"},
    {"mirrored primary", "active", "A A A A A 1 A|A|A"},
    {"mirrored primary", "collector", "A A 9 9 A 1 A|9|9"},
    {"mirrored primary", "transfer", "A A 9 9 A 1 A|9|9"},
    {"remote", "active", "1 1 A A A 1 A|A|A"},
    {"remote", "collector", "1 1 9 9 A 1 A|9|9"},
    {"remote", "transfer", "1 1 9 9 A 1 A|9|9"},
    {"remote", "none", "1 1 9 9 A 1 A|9|9"},
};

const DataClass kClasses[] = {DataClass::Central, DataClass::CentralStore, DataClass::Store,  DataClass::Patient,
                              DataClass::Local,   DataClass::Sync,         DataClass::Message};

}  // namespace

class TstOwnershipRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void matrix_data();
    void matrix();
    void refusalNamesTheSite();
    void messagesWithoutStoresAreFree();
    void unknownStoreIsRefused();
};

void TstOwnershipRules::matrix_data()
{
    QTest::addColumn<int>("roleIndex");
    QTest::addColumn<bool>("activeHere");
    QTest::addColumn<int>("dataClass");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("expected");
    for (const Expectation& e : kExpectations) {
        int roleIndex = 0;
        while (qstrcmp(roles()[roleIndex].name, e.role) != 0)
            ++roleIndex;
        const QStringList outcomes = QString::fromLatin1(e.outcomes).split(QLatin1Char(' '));
        for (int c = 0; c < 7; ++c) {
            const QStringList perOperation = outcomes[c].split(QLatin1Char('|'));
            for (int op = 0; op < 3; ++op) {
                const QString expected = perOperation.size() == 3 ? perOperation[op] : perOperation[0];
                const QString rowName = QStringLiteral("%1, store %2, %3, %4")
                                            .arg(QString::fromLatin1(e.role), QString::fromLatin1(e.copy),
                                                 dataClassId(kClasses[c]), operationLabel(Operation(op)));
                QTest::newRow(qPrintable(rowName))
                    << roleIndex << (qstrcmp(e.copy, "active") == 0) << int(kClasses[c]) << op << expected;
            }
        }
    }
}

// covers DT-2, DT-3, DT-4, DT-5, DT-6, DT-7, DT-8, TOP-2
void TstOwnershipRules::matrix()
{
    QFETCH(int, roleIndex);
    QFETCH(bool, activeHere);
    QFETCH(int, dataClass);
    QFETCH(int, operation);
    QFETCH(QString, expected);
    const SiteContext& site = roles()[roleIndex].context;
    const FakeDirectory directory(site.siteId, activeHere);
    Classification record;
    record.dataClass = DataClass(dataClass);
    record.storeId = QStringLiteral("S");
    if (record.dataClass == DataClass::Message)
        record.otherStoreId = QStringLiteral("T");
    const Decision decision = OwnershipRules::decide(site, record, Operation(operation), directory);
    if (expected == QLatin1String("A")) {
        QVERIFY2(decision.allowed, qPrintable(decision.reason));
    } else {
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.ownerSiteId, expected.toInt());
        QVERIFY2(decision.reason.contains(QStringLiteral("site %1 (Site %1)").arg(expected)),
                 qPrintable(decision.reason));
    }
}

// covers DT-8
void TstOwnershipRules::refusalNamesTheSite()
{
    const SiteContext central = roles()[0].context;
    const FakeDirectory directory(central.siteId, false);
    Classification stock;
    stock.dataClass = DataClass::Store;
    stock.storeId = QStringLiteral("S");
    const Decision decision = OwnershipRules::decide(central, stock, Operation::Insert, directory);
    QCOMPARE(
        decision.reason,
        QStringLiteral("Store data of store 'S' can only be changed on site 9 (Site 9), where the store is active."));
}

// covers DT-7
void TstOwnershipRules::messagesWithoutStoresAreFree()
{
    const SiteContext remote = roles()[3].context;
    const FakeDirectory directory(remote.siteId, false);
    Classification message;
    message.dataClass = DataClass::Message;
    QVERIFY(OwnershipRules::decide(remote, message, Operation::Update, directory).allowed);
    message.otherStoreId = QStringLiteral("T");  // received by T, active on site 8
    const Decision decision = OwnershipRules::decide(remote, message, Operation::Delete, directory);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.ownerSiteId, 8);
}

// covers DT-4, DT-8
void TstOwnershipRules::unknownStoreIsRefused()
{
    const SiteContext central = roles()[0].context;
    const FakeDirectory directory(central.siteId, true);
    Classification stock;
    stock.dataClass = DataClass::Store;
    stock.storeId = QStringLiteral("nowhere");
    const Decision decision = OwnershipRules::decide(central, stock, Operation::Insert, directory);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.ownerSiteId, 0);
    QVERIFY(decision.reason.contains(QLatin1String("not known")));
    stock.storeId.clear();
    QVERIFY(!OwnershipRules::decide(central, stock, Operation::Insert, directory).allowed);
}

QTEST_GUILESS_MAIN(TstOwnershipRules)
#include "tst_ownershiprules.moc"
