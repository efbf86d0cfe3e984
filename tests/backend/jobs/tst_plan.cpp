// Evacuation planning: capacity, same site first, anti-affinity, maintenance, blocked VMs with
// their reasons, site capacity check, and validation of an edited plan.
#include "config/configloader.h"
#include "jobs/plan.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QTest>

using namespace hawan;
using namespace hawan::model;
using jobs::Plan;
using jobs::Planner;

namespace {

constexpr quint64 GiB = 1024 * 1024;

// Two sites: Roma1 r1 r2 r3, Napoli n1 n2. Memory per host in GiB given by the test.
const char *kConfig =
    "[[site]]\nname = \"Roma1\"\n[[site]]\nname = \"Napoli\"\n"
    "[[link]]\nsites = [\"Roma1\", \"Napoli\"]\n"
    "[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"test:///p/r1.xml\"\nmigration_uri = \"qemu+tcp://r1/system\"\n"
    "[[host]]\nname = \"r2\"\nsite = \"Roma1\"\nuri = \"test:///p/r2.xml\"\nmigration_uri = \"qemu+tcp://r2/system\"\n"
    "[[host]]\nname = \"r3\"\nsite = \"Roma1\"\nuri = \"test:///p/r3.xml\"\nmigration_uri = \"qemu+tcp://r3/system\"\n"
    "[[host]]\nname = \"n1\"\nsite = \"Napoli\"\nuri = \"test:///p/n1.xml\"\nmigration_uri = \"qemu+tcp://n1/system\"\n"
    "[[host]]\nname = \"n2\"\nsite = \"Napoli\"\nuri = \"test:///p/n2.xml\"\nmigration_uri = \"qemu+tcp://n2/system\"\n"
    "[[anti_affinity]]\nname = \"db\"\nvms = [\"db1\", \"db2\"]\n";

VmInfo vmGiB(const QString &name, double gib, VmState state = VmState::Running)
{
    VmInfo v = test::vm(name, state);
    v.memoryKiB = quint64(gib * GiB);
    return v;
}

// Host memory (GiB, free after what its VMs hold is what the planner sees) and VMs per host;
// a host with memory 0 is unreachable.
struct Fleet
{
    QVector<double> memGiB;
    QVector<QVector<VmInfo>> vms;
};

std::unique_ptr<Inventory> inventory(const Fleet &f)
{
    auto cfg = config::ConfigLoader::loadString(QString::fromLatin1(kConfig), QStringLiteral("plan.toml"));
    if (!cfg)
        qFatal("%s", qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
    auto inv = std::make_unique<Inventory>(cfg.value());
    for (int h = 0; h < inv->hostCount(); ++h) {
        HostStatus st;
        st.state = f.memGiB.value(h) > 0 ? HostState::Up : HostState::Unreachable;
        st.lastUpdate = QDateTime::currentDateTimeUtc();
        st.node.cpus = 8;
        st.node.memoryKiB = quint64(f.memGiB.value(h) * GiB);
        inv->applyStatus(h, st);
        HostSnapshot snap = test::snapshot(f.vms.value(h));
        for (const auto &v : snap.vms)
            if (vmIsActive(v.state))
                snap.vmMemoryKiB += v.memoryKiB;
        inv->applySnapshot(h, snap);
    }
    return inv;
}

// "vm>host" for each move, "vm!" for each blocked VM, sorted.
QStringList summary(const Plan &p)
{
    QStringList out;
    for (const auto &m : p.moves)
        out << m.vmName + QLatin1Char('>') + m.to + (m.offline ? QStringLiteral(" offline") : QString());
    for (const auto &b : p.blocked)
        out << b.vmName + QLatin1Char('!');
    out.sort();
    return out;
}

} // namespace

class TstPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evacuateHost_data();
    void evacuateHost();
    void blockedReasonsSayWhatToDo();
    void maintenanceHostsReceiveNothing();
    void siteEvacuationChecksCapacity();
    void validateEditedPlan();
    void destinationsMustSeeTheDisks();
    void recoveryRestartsRunningVmsWithDefinitions();
    void failedRestartIsRecoveredAgain();
    void returnBringsVmsBackOrSaysWhy();
};

void TstPlan::evacuateHost_data()
{
    QTest::addColumn<Fleet>("fleet");
    QTest::addColumn<QStringList>("expected");
    const double R = Planner::reserveKiB / double(GiB);

    QTest::newRow("same site first, most free memory")
        << Fleet{{8, 8 + R, 4 + R, 64 + R, 64 + R}, {{vmGiB("a", 1), vmGiB("b", 1)}}}
        << QStringList{"a>r2", "b>r2"};
    QTest::newRow("spread by free memory")
        << Fleet{{8, 2 + R, 2 + R, 64, 64}, {{vmGiB("a", 1.5), vmGiB("b", 1.5)}}}
        << QStringList{"a>r2", "b>r3"};
    QTest::newRow("no room at the site: the other site")
        << Fleet{{8, 1.5 + R, 0.5 + R, 16 + R, 32 + R}, {{vmGiB("a", 1), vmGiB("b", 1)}}}
        << QStringList{"a>r2", "b>n2"};
    QTest::newRow("anti-affinity keeps db1 and db2 apart")
        << Fleet{{8, 8 + R, 0.2, 8 + R, 8}, {{vmGiB("db1", 1), vmGiB("db2", 1)}}}
        << QStringList{"db1>r2", "db2>n1"};
    QTest::newRow("anti-affinity with a VM already on the destination")
        << Fleet{{8, 8 + R, 4 + R, 8, 8}, {{vmGiB("db1", 1)}, {vmGiB("db2", 1)}}}
        << QStringList{"db1>r3"};
    QTest::newRow("too big for any host")
        << Fleet{{128, 8, 8, 8, 8}, {{vmGiB("huge", 64), vmGiB("a", 1)}}}
        << QStringList{"a>r2", "huge!"};
    QTest::newRow("shut-off VMs move offline and need no memory")
        << Fleet{{8, 0.6, 0.6, 0.6, 0.6}, {{vmGiB("off", 4, VmState::ShutOff)}}}
        << QStringList{"off>r2 offline"};
    QTest::newRow("crashed VM is reported, not moved")
        << Fleet{{8, 8, 8, 8, 8}, {{vmGiB("dead", 1, VmState::Crashed), vmGiB("a", 1)}}}
        << QStringList{"a>r2", "dead!"};
    QTest::newRow("unreachable hosts receive nothing")
        << Fleet{{8, 0, 0, 0, 4}, {{vmGiB("a", 1)}}}
        << QStringList{"a>n2"};
    QTest::newRow("empty host: empty plan")
        << Fleet{{8, 8, 8, 8, 8}, {}} << QStringList{};
}

void TstPlan::evacuateHost()
{
    QFETCH(Fleet, fleet);
    QFETCH(QStringList, expected);
    auto inv = inventory(fleet);
    const Plan p = Planner(*inv).evacuateHost(0);
    QCOMPARE(summary(p), expected);
    QCOMPARE(p.kind, Plan::Kind::Host);
    QCOMPARE(p.subject, QStringLiteral("r1"));
    for (const auto &m : p.moves) {
        QCOMPARE(m.from, QStringLiteral("r1"));
        QCOMPARE(m.crossesWan, m.to.startsWith(QLatin1Char('n')));
        QVERIFY(!m.why.isEmpty());
    }
    QVERIFY2(Planner(*inv).validate(p).isEmpty(), qPrintable(Planner(*inv).validate(p).join(QLatin1Char('\n'))));
}

void TstPlan::blockedReasonsSayWhatToDo()
{
    const double R = Planner::reserveKiB / double(GiB);
    auto inv = inventory({{128, 8 + R, 2 + R, 8 + R, 8 + R}, {{vmGiB("huge", 64), vmGiB("dead", 1, VmState::Crashed)}}});
    const Plan p = Planner(*inv).evacuateHost(0);
    QCOMPARE(p.blocked.size(), 2);
    for (const auto &b : p.blocked) {
        if (b.vmName == QLatin1String("huge"))
            QCOMPARE(b.reason, QStringLiteral("needs 64.0 GiB of memory; the most any eligible host has left is 8.0 GiB. Free memory or add a host."));
        else
            QCOMPARE(b.reason, QStringLiteral("it is crashed: start or recover it first, then move it"));
    }
    auto none = inventory({{8, 0, 0, 0, 0}, {{vmGiB("a", 1)}}});
    const Plan q = Planner(*none).evacuateHost(0);
    QCOMPARE(q.blocked.size(), 1);
    QVERIFY2(q.blocked[0].reason.startsWith(QStringLiteral("no host can receive it (r2 is not reachable; ")), qPrintable(q.blocked[0].reason));
}

void TstPlan::maintenanceHostsReceiveNothing()
{
    auto inv = inventory({{8, 8, 8, 8, 8}, {{vmGiB("a", 1), vmGiB("b", 1)}}});
    Planner planner(*inv);
    planner.setExcluded({1, 2});
    const Plan p = planner.evacuateHost(0);
    QCOMPARE(summary(p), (QStringList{"a>n1", "b>n2"}));
    // An edited plan sending a VM to a host in maintenance is refused.
    Plan edited = p;
    edited.moves[0].to = QStringLiteral("r2");
    QCOMPARE(planner.validate(edited), QStringList{"a: r2 is in maintenance or being emptied"});
}

void TstPlan::siteEvacuationChecksCapacity()
{
    const double R = Planner::reserveKiB / double(GiB);
    auto inv = inventory({{8, 8, 8, 2 + R, 1 + R}, {{vmGiB("a", 1.5), vmGiB("b", 1)}, {vmGiB("c", 1)}, {vmGiB("d", 0.5)}}});
    const Plan p = Planner(*inv).evacuateSite(0);
    QCOMPARE(p.kind, Plan::Kind::Site);
    QCOMPARE(summary(p), (QStringList{"a>n1", "b>n2", "c!", "d>n1"}));
    QCOMPARE(p.warnings, QStringList{"The other sites have 3.0 GiB free for 4.0 GiB of running VMs: not everything fits."});
}

void TstPlan::validateEditedPlan()
{
    const double R = Planner::reserveKiB / double(GiB);
    auto inv = inventory({{8, 2 + R, 8, 8, 8}, {{vmGiB("db1", 1), vmGiB("a", 1.5)}, {vmGiB("db2", 1)}}});
    Planner planner(*inv);
    Plan p = planner.evacuateHost(0);
    QVERIFY(planner.validate(p).isEmpty());
    for (auto &m : p.moves)
        m.to = QStringLiteral("r2");
    const QStringList problems = planner.validate(p);
    QVERIFY2(problems.contains(QStringLiteral("db1 and db2 must not share a host (anti-affinity), both would be on r2")), qPrintable(problems.join('\n')));
    QVERIFY2(problems.contains(QStringLiteral("r2 would receive 2.5 GiB but has 1.0 GiB free")), qPrintable(problems.join('\n')));
    p.moves[0].to = QStringLiteral("nowhere");
    QVERIFY(planner.validate(p).contains(QStringLiteral("%1: unknown destination 'nowhere'").arg(p.moves[0].vmName)));
}

void TstPlan::destinationsMustSeeTheDisks()
{
    const double R = Planner::reserveKiB / double(GiB);
    // r1's VM has its disk in pool "vmstore" (/gluster/vmstore); only n2 has that pool, active.
    VmInfo a = vmGiB("a", 1);
    a.disks = {QStringLiteral("/gluster/vmstore/a.qcow2")};
    VmInfo b = vmGiB("b", 1);
    b.disks = {QStringLiteral("/var/lib/libvirt/images/b.qcow2")}; // in no pool: cannot be checked, allowed
    auto inv = inventory({{8, 8 + R, 8 + R, 8 + R, 2 + R}, {{a, b}}});
    auto pool = [](const QString &name, const QString &path, bool active) {
        PoolInfo p;
        p.name = name;
        p.type = QStringLiteral("dir");
        p.targetPath = path;
        p.active = active;
        return p;
    };
    auto setPools = [&](int h, QVector<PoolInfo> pools) {
        HostSnapshot snap = inv->hostSnapshot(h);
        snap.pools = std::move(pools);
        inv->applySnapshot(h, snap);
    };
    setPools(0, {pool(QStringLiteral("vmstore"), QStringLiteral("/gluster/vmstore"), true)});
    setPools(1, {pool(QStringLiteral("images"), QStringLiteral("/var/lib/libvirt/images"), true)});
    setPools(3, {pool(QStringLiteral("vmstore"), QStringLiteral("/gluster/vmstore"), false)});
    setPools(4, {pool(QStringLiteral("vmstore"), QStringLiteral("/gluster/vmstore/"), true)});
    Planner planner(*inv);
    const Plan p = planner.evacuateHost(0);
    // a: only n2 sees /gluster/vmstore (n1's pool is inactive); b: same site, most free memory.
    QCOMPARE(summary(p), (QStringList{"a>n2", "b>r2"}));
    Plan edited = p;
    for (auto &m : edited.moves)
        if (m.vmName == QLatin1String("a"))
            m.to = QStringLiteral("r2");
    QVERIFY(planner.validate(edited).contains(QStringLiteral("a: r2 has no active storage pool holding its disks")));
    // Nobody has the pool: reported, not moved.
    setPools(4, {});
    const Plan q = Planner(*inv).evacuateHost(0);
    QCOMPARE(summary(q), (QStringList{"a!", "b>r2"}));
    QCOMPARE(q.blocked[0].reason, QStringLiteral("its disks are in storage pools no eligible host has (/gluster/vmstore/a.qcow2)"));
}

void TstPlan::recoveryRestartsRunningVmsWithDefinitions()
{
    // r1 is down (memory 0 = unreachable) with what it ran when last seen.
    VmInfo web = vmGiB("web", 2), db = vmGiB("db1", 1), old = vmGiB("old", 1, VmState::ShutOff), lost = vmGiB("lost", 1);
    web.definition = QStringLiteral("<domain>web</domain>");
    db.definition = QStringLiteral("<domain>db1</domain>");
    auto inv = inventory({{0, 8, 8, 8, 8}, {{web, db, old, lost}, {}, {vmGiB("db2", 1)}}});
    Planner planner(*inv);
    planner.setExcluded(Planner::maintenanceAnd(*inv, {0}));
    const Plan p = planner.recoverHost(0);
    QCOMPARE(p.kind, Plan::Kind::Recover);
    QCOMPARE(p.title(), QStringLiteral("Recover host r1"));
    // Running VMs restart, same site first, anti-affinity held (db1 avoids r3, where db2 runs).
    QCOMPARE(summary(p), (QStringList{"db1>r2", "lost!", "web>r2"}));
    for (const auto &m : p.moves)
        QCOMPARE(m.definition, m.vmName == QLatin1String("web") ? web.definition : db.definition);
    // Without its definition a VM cannot be restarted: blocked, saying what to do.
    QVERIFY2(p.blocked[0].reason.startsWith(QStringLiteral("the console never read its definition while r1 was up")),
             qPrintable(p.blocked[0].reason));
    // Shut-off VMs stay defined where they are, and the plan says so.
    QVERIFY2(p.warnings.join('\n').contains(QStringLiteral("Shut off, left defined on r1 only: old.")), qPrintable(p.warnings.join('\n')));
    QVERIFY(planner.validate(p).isEmpty());
    // A host that answers is not one to recover: the plan warns.
    auto up = inventory({{8, 8, 8, 8, 8}, {{web}}});
    QVERIFY(Planner(*up).recoverHost(0).warnings.join(' ').contains(QStringLiteral("answers")));
}

// After a recovery whose restart failed, the fenced host shows that VM off (it ran when fenced): a
// second recovery offers it again, with its memory counted; one whose restart came up after all,
// on another host, is not restarted twice.
void TstPlan::failedRestartIsRecoveredAgain()
{
    VmInfo web = vmGiB("web", 2, VmState::ShutOff), late = vmGiB("late", 1, VmState::ShutOff), old = vmGiB("old", 1, VmState::ShutOff);
    web.fencedWhileRunning = late.fencedWhileRunning = true;
    web.definition = late.definition = old.definition = QStringLiteral("<domain/>");
    auto inv = inventory({{0, 8, 8, 8, 8}, {{web, late, old}, {}, {vmGiB("late", 1)}}});
    Planner planner(*inv);
    planner.setExcluded(Planner::maintenanceAnd(*inv, {0}));
    const Plan p = planner.recoverHost(0);
    QCOMPARE(summary(p), QStringList{"web>r2"});
    QCOMPARE(p.moves[0].memoryKiB, 2 * GiB);
    const QString warnings = p.warnings.join('\n');
    QVERIFY2(warnings.contains(QStringLiteral("Already running on another host, not restarted: late (on r3).")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("Shut off, left defined on r1 only: old.")), qPrintable(warnings));
}

void TstPlan::returnBringsVmsBackOrSaysWhy()
{
    // r1 came back from maintenance with room for 1 GiB of running VMs; db2 already runs there.
    const double R = Planner::reserveKiB / double(GiB);
    auto inv = inventory({{1 + R, 8, 8, 8, 8},
                          {{vmGiB("db2", 0)}, {vmGiB("a", 1)}, {}, {vmGiB("b", 1), vmGiB("off", 4, VmState::ShutOff)}, {vmGiB("db1", 1)}}});
    auto uuid = [&](int h, const QString &name) {
        for (const auto &v : inv->vms(h))
            if (v.name == name)
                return qMakePair(h, v.uuid);
        return qMakePair(h, QString());
    };
    const QVector<QPair<int, QString>> back{uuid(1, "a"), uuid(3, "b"), uuid(3, "off"), uuid(4, "db1")};
    const Plan p = Planner(*inv).returnTo(0, back, QStringLiteral("Evacuate host r1"));
    QCOMPARE(p.kind, Plan::Kind::Return);
    QCOMPARE(p.title(), QStringLiteral("Bring VMs back to r1"));
    // In the order given, within what r1 has left; a shut-off VM needs no memory.
    QCOMPARE(summary(p), (QStringList{"a>r1", "b!", "db1!", "off>r1 offline"}));
    for (const auto &m : p.moves)
        QCOMPARE(m.why, QStringLiteral("back where it ran before: Evacuate host r1"));
    for (const auto &b : p.blocked) {
        if (b.vmName == QLatin1String("b"))
            QCOMPARE(b.reason, QStringLiteral("needs 1.0 GiB of memory; r1 has 0 KiB left"));
        else
            QCOMPARE(b.reason, QStringLiteral("anti-affinity with db2, now on r1"));
    }
    QVERIFY(Planner(*inv).validate(p).isEmpty());
    // A host that cannot receive (in maintenance again) brings nothing back, and says why.
    Planner excluded(*inv);
    excluded.setExcluded({0});
    const Plan q = excluded.returnTo(0, back);
    QVERIFY(q.moves.isEmpty());
    QCOMPARE(q.blocked.size(), 4);
    QCOMPARE(q.blocked[0].reason, QStringLiteral("r1 is in maintenance or being emptied"));
}

HAWAN_TEST_MAIN(TstPlan, QCoreApplication)
#include "tst_plan.moc"
