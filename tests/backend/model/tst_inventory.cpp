// The inventory applies each snapshot as the smallest change and says exactly which rows moved.
#include "model/inventory.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QSignalSpy>

using namespace hawan;
using namespace hawan::model;
using hawan::test::vm;

namespace {
config::Config twoHosts()
{
    config::Config c;
    c.sites.resize(2);
    c.sites[0].name = QStringLiteral("A");
    c.sites[1].name = QStringLiteral("B");
    c.hosts = {test::host(QStringLiteral("a1"), QStringLiteral("A"), QStringLiteral("test:///default")),
               test::host(QStringLiteral("b1"), QStringLiteral("B"), QStringLiteral("test:///b"))};
    return c;
}
} // namespace

class TstInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimalChanges();
    void lifecycleUpdatesState();
    void staleness();
    void siteCounts();
    void definitionOutlivesAFailedRead();
};

void TstInventory::minimalChanges()
{
    Inventory inv(twoHosts());
    QSignalSpy ins(&inv, &Inventory::vmsInserted), rem(&inv, &Inventory::vmsRemoved), chg(&inv, &Inventory::vmsChanged);
    inv.applySnapshot(0, test::snapshot({vm("c"), vm("a"), vm("b")}));
    QCOMPARE(ins.count(), 1); // one run of three
    QCOMPARE(ins.first().at(1).toInt(), 0);
    QCOMPARE(ins.first().at(2).toInt(), 2);
    QCOMPARE(inv.vms(0)[0].name, QStringLiteral("a")); // sorted by name
    QCOMPARE(inv.vms(0)[2].name, QStringLiteral("c"));
    ins.clear();

    // Same data again: nothing moves.
    inv.applySnapshot(0, test::snapshot({vm("a"), vm("b"), vm("c")}));
    QCOMPARE(ins.count() + rem.count() + chg.count(), 0);

    // b changes state, c leaves, d arrives: one change range, one removal, one insertion.
    inv.applySnapshot(0, test::snapshot({vm("a"), vm("b", VmState::Paused), vm("d")}));
    QCOMPARE(chg.count(), 1);
    QCOMPARE(chg.first().at(1).toInt(), 1);
    QCOMPARE(chg.first().at(2).toInt(), 1);
    QCOMPARE(rem.count(), 1);
    QCOMPARE(rem.first().at(1).toInt(), 2);
    QCOMPARE(ins.count(), 1);
    QCOMPARE(ins.first().at(1).toInt(), 2);
    QStringList names;
    for (const auto &v : inv.vms(0))
        names << v.name;
    QCOMPARE(names, (QStringList{"a", "b", "d"}));
    QCOMPARE(inv.vms(1).size(), 0); // other host untouched

    // Two separate runs leave and two arrive: a b d -> a0 b c0 c1 (d leaves; a0, c0, c1 arrive).
    ins.clear(), rem.clear(), chg.clear();
    inv.applySnapshot(0, test::snapshot({vm("a0"), vm("b", VmState::Paused), vm("c0"), vm("c1")}));
    QCOMPARE(rem.count(), 2); // "a" (renamed) and "d"
    QCOMPARE(ins.count(), 2); // a0 at 0, then c0..c1 as one run
    QCOMPARE(ins.at(0).at(1).toInt(), 0);
    QCOMPARE(ins.at(0).at(2).toInt(), 0);
    QCOMPARE(ins.at(1).at(1).toInt(), 2);
    QCOMPARE(ins.at(1).at(2).toInt(), 3);
    QCOMPARE(chg.count(), 0);
    names.clear();
    for (const auto &v : inv.vms(0))
        names << v.name;
    QCOMPARE(names, (QStringList{"a0", "b", "c0", "c1"}));
}

void TstInventory::lifecycleUpdatesState()
{
    Inventory inv(twoHosts());
    inv.applySnapshot(1, test::snapshot({vm("x"), vm("y")}));
    QSignalSpy chg(&inv, &Inventory::vmsChanged), logged(&inv, &Inventory::logged);
    LifecycleEvent ev{QDateTime::currentDateTimeUtc(), QStringLiteral("uuid-y"), QStringLiteral("y"), VmState::Paused,
                      QStringLiteral("Paused")};
    inv.applyLifecycle(1, ev);
    QCOMPARE(inv.vms(1)[1].state, VmState::Paused);
    QCOMPARE(chg.count(), 1);
    QCOMPARE(logged.count(), 1);
    QCOMPARE(logged.first().at(0).value<LogEntry>().message, QStringLiteral("y on b1: Paused"));
}

void TstInventory::staleness()
{
    Inventory inv(twoHosts());
    QVERIFY(inv.isStale(0)); // never heard from
    HostStatus up;
    up.state = HostState::Up;
    inv.applyStatus(0, up);
    inv.applySnapshot(0, test::snapshot({vm("a")}));
    QVERIFY(!inv.isStale(0));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(inv.isStale(0, later)); // no report for a minute at a 2 s refresh

    HostStatus down;
    down.state = HostState::Unreachable;
    down.reason = QStringLiteral("connection refused");
    inv.applyStatus(0, down);
    QVERIFY(inv.isStale(0));
    QCOMPARE(inv.vms(0).size(), 1);                 // last known VMs are kept...
    QCOMPARE(inv.hostStatus(0).lastUpdate.isValid(), true); // ...with their age
}

void TstInventory::siteCounts()
{
    Inventory inv(twoHosts());
    HostStatus up;
    up.state = HostState::Up;
    inv.applyStatus(0, up);
    HostStatus down;
    down.state = HostState::Unreachable;
    inv.applyStatus(1, down);
    inv.applySnapshot(0, test::snapshot({vm("a"), vm("b", VmState::ShutOff)}));
    const auto a = inv.siteCounts(0), b = inv.siteCounts(1);
    QCOMPARE(a.hostsUp, 1);
    QCOMPARE(a.vms, 2);
    QCOMPARE(a.vmsRunning, 1);
    QCOMPARE(b.hostsUnreachable, 1);
    QVERIFY(inv.allReported());
}

// A definition read once stays while its VM does: a tick whose read failed (its daemon froze
// mid-tick) brings the VM without one, and a recovery right after still has it.
void TstInventory::definitionOutlivesAFailedRead()
{
    Inventory inv(twoHosts());
    VmInfo a = vm("a");
    a.definition = QStringLiteral("<domain><name>a</name></domain>");
    inv.applySnapshot(0, test::snapshot({a}));
    inv.applySnapshot(0, test::snapshot({vm("a")}));
    QCOMPARE(inv.vms(0).first().definition, a.definition);
    VmInfo changed = vm("a");
    changed.definition = QStringLiteral("<domain><name>a</name><vcpu>2</vcpu></domain>");
    inv.applySnapshot(0, test::snapshot({changed}));
    QCOMPARE(inv.vms(0).first().definition, changed.definition); // a new one replaces it
}

HAWAN_TEST_MAIN(TstInventory, QCoreApplication)
#include "tst_inventory.moc"
