// The topology picture on the demo network's central server: the sites, the stores each holds with
// their sync types, and where each store's data flows, checked against the specification's worked
// example; then a store move, seen in the picture.
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "topologypage.h"

#include <QImage>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Topology::Site& site)
{
    QStringList copies;
    for (const Topology::Copy& copy : site.copies)
        copies << copy.storeId + u"="_s + syncTypeId(copy.type);
    return u"%1: %2"_s.arg(site.id).arg(copies.join(u", "_s));
}

QStringList describe(const Topology& topology)
{
    QStringList lines;
    for (const Topology::Site& site : topology.sites)
        lines << describe(site);
    for (const Topology::Flow& flow : topology.flows)
        lines << u"%1 -> %2: %3"_s.arg(flow.fromSiteId).arg(flow.toSiteId).arg(flow.storeIds.join(u","_s));
    return lines;
}

}  // namespace

class TstGuiTopology : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void pictureOfTheWorkedExample();
};

// covers TOP-1, ST-2, ST-5
void TstGuiTopology::pictureOfTheWorkedExample()
{
    QTemporaryDir dir;
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(dir.path(), [](const QString&) {});
    QVERIFY(demo.ok());
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    ui::MainWindow window(SiteSession::open(demo->centralPath).value(), options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* navigator = window.findChild<QListWidget*>(u"navigator"_s);
    const QList<QListWidgetItem*> entries = navigator->findItems(u"Topology"_s, Qt::MatchExactly);
    QCOMPARE(entries.size(), 1);
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, navigator->visualItemRect(entries.first()).center());
    auto* view = window.findChild<ui::TopologyView*>(u"topologyView"_s);
    QVERIFY(view && view->isVisible());

    // The specification's example, worked by hand: A and E active on the central; B and F on remote
    // site 1, which also holds a collector copy of A and a transfer copy of C; C and D on remote
    // site 2 with a transfer copy of B; the central collects B, C and D and holds F as a transfer.
    const QStringList expected = {
        u"1: A=active, E=active, B=collector, C=collector, D=collector, F=transfer"_s,
        u"2: B=active, F=active, A=collector, C=transfer"_s,
        u"3: C=active, D=active, B=transfer"_s,
        u"1 -> 2: A,C"_s,
        u"1 -> 3: B"_s,
        u"2 -> 1: B,F"_s,
        u"3 -> 1: C,D"_s,
    };
    QCOMPARE(describe(view->topology()), expected);
    // The central above the others, every node where it can be seen, and something drawn.
    const QRectF central = view->nodeRect(DemoNetwork::kCentral);
    for (int site : {DemoNetwork::kRemote1, DemoNetwork::kRemote2}) {
        QVERIFY(!view->nodeRect(site).isNull());
        QVERIFY(view->nodeRect(site).top() > central.bottom());
        QVERIFY(!view->nodeRect(site).intersects(
            view->nodeRect(site == DemoNetwork::kRemote1 ? DemoNetwork::kRemote2 : DemoNetwork::kRemote1)));
    }
    const QImage picture = view->grab().toImage();
    QVERIFY(picture.width() >= int(central.right()));
    QVERIFY(picture.pixelColor(int(central.left()) + 1, int(central.center().y())) != picture.pixelColor(2, 2));

    // Store D moves to remote site 1: the picture follows after a refresh.
    SyncSettingsChange move;
    move.activeSiteId = DemoNetwork::kRemote1;
    move.with.insert(DemoNetwork::kRemote2, SyncWith::Transfer);
    QVERIFY(window.session().syncSettings().apply(u"D"_s, move).ok());
    window.refresh();
    const QStringList after = describe(view->topology());
    QVERIFY2(after.contains(u"3: C=active, B=transfer, D=transfer"_s), qPrintable(after.join(u"\n"_s)));
    QVERIFY2(after.contains(u"2 -> 1: B,D,F"_s), qPrintable(after.join(u"\n"_s)));
}

QTEST_MAIN(TstGuiTopology)
#include "tst_gui_topology.moc"
