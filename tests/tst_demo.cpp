// `sitesyncctl demo`: the specification's worked examples built, served, synchronised, and each
// store's records found exactly where the examples say.
#include "model/auditlog.h"
#include "settings/unlockgate.h"
#include "site/sitesession.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

class TstDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void workedExamples();
};

// covers RT-6, RT-2, TOP-3, ST-7
void TstDemo::workedExamples()
{
    QTemporaryDir dir;
    const test::CliResult run = test::runCli({QStringLiteral("demo"), QStringLiteral("--dir"),
                                              dir.filePath(QStringLiteral("net")), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    // store -> sync type on sites 1, 2, 3 and stock lines held there, as the examples say.
    const QMap<QString, QString> expected = {
        {QStringLiteral("A"), QStringLiteral("active:3 collector:3 none:0")},
        {QStringLiteral("B"), QStringLiteral("collector:3 active:3 transfer:0")},
        {QStringLiteral("C"), QStringLiteral("collector:3 transfer:0 active:3")},
        {QStringLiteral("D"), QStringLiteral("collector:3 none:0 active:3")},
        {QStringLiteral("E"), QStringLiteral("active:3 none:0 none:0")},
        {QStringLiteral("F"), QStringLiteral("transfer:0 active:3 none:0")},
    };
    const QJsonArray stores = result.value(QLatin1String("stores")).toArray();
    QCOMPARE(stores.size(), expected.size());
    for (const QJsonValue& value : stores) {
        const QJsonObject store = value.toObject();
        QStringList cells;
        for (const char* site : {"1", "2", "3"}) {
            cells << QStringLiteral("%1:%2")
                         .arg(store.value(QLatin1String("sync_type_by_site"))
                                  .toObject()
                                  .value(QLatin1String(site))
                                  .toString())
                         .arg(store.value(QLatin1String("stock_lines_by_site"))
                                  .toObject()
                                  .value(QLatin1String(site))
                                  .toInt());
        }
        const QString id = store.value(QLatin1String("store_id")).toString();
        QCOMPARE(cells.join(QLatin1Char(' ')), expected.value(id));
    }
    // The transfer, its two lines issued from stock included, is held on every site (ACC-2).
    const QJsonObject transfer = result.value(QLatin1String("transfer_c_to_b_on_site")).toObject();
    QVERIFY(transfer.value(QLatin1String("1")).toBool());
    QVERIFY(transfer.value(QLatin1String("2")).toBool());
    QVERIFY(transfer.value(QLatin1String("3")).toBool());
    // A second run into the same directory is refused and changes nothing.
    const QString central = result.value(QLatin1String("central_db")).toString();
    const QByteArray before = test::contentDigest(central);
    QCOMPARE(
        test::runCli({QStringLiteral("demo"), QStringLiteral("--dir"), dir.filePath(QStringLiteral("net"))}).exitCode,
        3);
    QCOMPARE(test::contentDigest(central), before);

    // ST-7: the central has an unlock password, the one the demo printed, and it unlocks.
    const QString unlock = result.value(QLatin1String("unlock_password")).toString();
    QVERIFY(!unlock.isEmpty());
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(central);
    QVERIFY(session.ok());
    UnlockGate gate((*session)->database());
    QVERIFY(gate.isSet());
    QVERIFY(!gate.unlock(QStringLiteral("not the demo's password"), QStringLiteral("Demo tester"), {}).ok());
    QVERIFY(gate.unlock(unlock, QStringLiteral("Demo tester"), {}).ok());
}

QTEST_GUILESS_MAIN(TstDemo)
#include "tst_demo.moc"
