// The backend against libvirt's real test driver: one simulated host per fixture file.
#include "config/configloader.h"
#include "core/fleet.h"
#include "jobs/restartjob.h"
#include "jobs/migrationjob.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hawan;
using namespace hawan::model;

namespace {

// The fixture topology with `extra` appended, started; null (with the errors logged) on failure.
std::unique_ptr<core::Fleet> makeFleet(QTemporaryDir &dir, const QString &extra = {}, int refreshMs = 1000)
{
    auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(extra, refreshMs), dir.filePath(QStringLiteral("fleet.toml")));
    if (!cfg) {
        qWarning().noquote() << config::ConfigLoader::formatErrors(cfg.error());
        return nullptr;
    }
    return std::make_unique<core::Fleet>(std::move(cfg.value()));
}

bool waitAllReported(Inventory *inv, int ms = 15000)
{
    return QTest::qWaitFor([inv] { return inv->allReported(); }, ms);
}

// makeFleet, started, once every host has reported; null on failure.
std::unique_ptr<core::Fleet> startedFleet(QTemporaryDir &dir, const QString &extra = {}, int refreshMs = 1000)
{
    auto fleet = makeFleet(dir, extra, refreshMs);
    if (!fleet)
        return nullptr;
    fleet->start();
    return waitAllReported(fleet->inventory()) ? std::move(fleet) : nullptr;
}

const VmInfo *findVm(Inventory *inv, int host, const QString &name)
{
    for (const auto &v : inv->vms(host))
        if (v.name == name)
            return &v;
    return nullptr;
}

} // namespace

class TstFleet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inventoryMatchesFixtures_data();
    void inventoryMatchesFixtures();
    void lifecycleEventsUpdateTheModel();
    void unreachableHostDoesNotStopOthers();
    void failedActionReportsLibvirtMessage();
    void steadyStateIsOneCallPerTick();
    void migrationActsOnlyOnceJournaled();
    void abortBeforeTheRecordLandsNeverStarts();
    void twoConsolesShareMaintenance();
    void restartGivesUpOnASilentDaemon();
    void evacuatedVmsAreOfferedBack();
};

void TstFleet::inventoryMatchesFixtures_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("vm");
    QTest::addColumn<QString>("state");
    QTest::addColumn<uint>("vcpus");
    QTest::addColumn<quint64>("memMiB");
    // Straight from tests/fixtures/hosts/*.xml.
    const struct { const char *h, *v, *s; uint c; quint64 m; } rows[] = {
        {"napoli-hv1", "napoli-hv1-atlas-wn00", "running", 2, 2048}, {"napoli-hv1", "napoli-hv1-cms-wn00", "running", 4, 4096},
        {"napoli-hv1", "napoli-hv1-lhcb-wn00", "running", 4, 1024},  {"napoli-hv2", "napoli-hv2-atlas-wn00", "running", 1, 1024},
        {"napoli-hv2", "napoli-hv2-cms-wn00", "shut-off", 1, 4096},  {"napoli-hv2", "napoli-hv2-lhcb-wn00", "paused", 2, 2048},
        {"roma1-hv1", "roma1-hv1-atlas-wn00", "running", 2, 4096},   {"roma1-hv1", "roma1-hv1-cms-wn00", "running", 1, 4096},
        {"roma1-hv1", "roma1-hv1-lhcb-wn00", "running", 2, 4096},    {"roma1-hv2", "roma1-hv2-atlas-wn00", "running", 1, 1024},
        {"roma1-hv2", "roma1-hv2-cms-wn00", "running", 1, 1024},     {"roma1-hv2", "roma1-hv2-lhcb-wn00", "running", 4, 4096},
    };
    for (const auto &r : rows)
        QTest::newRow(r.v) << QString::fromLatin1(r.h) << QString::fromLatin1(r.v) << QString::fromLatin1(r.s) << r.c << r.m;
}

void TstFleet::inventoryMatchesFixtures()
{
    QFETCH(QString, host);
    QFETCH(QString, vm);
    QTemporaryDir dir;
    auto fleet = startedFleet(dir);
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    QCOMPARE(inv->vmCount(), 12);
    const int h = inv->config().hostIndex(host);
    QVERIFY(h >= 0);
    QCOMPARE(inv->hostStatus(h).state, HostState::Up);
    QCOMPARE(inv->hostStatus(h).node.hypervisor, QStringLiteral("TEST"));
    QCOMPARE(inv->hostStatus(h).node.cpus, 32);
    QCOMPARE(inv->vms(h).size(), 3);
    const VmInfo *v = findVm(inv, h, vm);
    QVERIFY2(v, qPrintable(vm));
    QTEST(vmStateId(v->state), "state");
    QTEST(uint(v->vcpus), "vcpus");
    QTEST(v->memoryKiB / 1024, "memMiB");
    QCOMPARE(v->disks, QStringList{QStringLiteral("/gluster/vmstore/%1.qcow2").arg(vm)});
    QVERIFY(!v->uuid.isEmpty());
    // The host's storage pool, and which pool holds the VM's disk.
    const auto &pools = inv->hostSnapshot(h).pools;
    QCOMPARE(pools.size(), 1);
    QCOMPARE(pools[0].name, QStringLiteral("vmstore"));
    QCOMPARE(pools[0].type, QStringLiteral("dir"));
    QCOMPARE(pools[0].targetPath, QStringLiteral("/gluster/vmstore"));
    QVERIFY(pools[0].active);
    QVERIFY(pools[0].capacity > 0);
    QVERIFY(poolHolding(pools, v->disks[0]));
    QCOMPARE(poolHolding(pools, v->disks[0])->name, QStringLiteral("vmstore"));
    QVERIFY(!poolHolding(pools, QStringLiteral("/gluster/vmstore2/x.qcow2"))); // a prefix is not a directory
}

void TstFleet::lifecycleEventsUpdateTheModel()
{
    // Polling is set to an hour: what changes after the first tick comes from events (and the
    // one refresh an event schedules for details), not from the periodic tick.
    QTemporaryDir dir;
    auto fleet = startedFleet(dir, {}, 3600000);
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    QStringList log; // lifecycle lines only come after the actions below
    connect(inv, &Inventory::logged, this, [&](const LogEntry &e) { log << e.message; });
    const int h = inv->config().hostIndex(QStringLiteral("napoli-hv2"));
    const QString off = QStringLiteral("napoli-hv2-cms-wn00"), paused = QStringLiteral("napoli-hv2-lhcb-wn00"),
                  running = QStringLiteral("napoli-hv2-atlas-wn00");
    fleet->requestVmAction(h, findVm(inv, h, off)->uuid, model::VmAction::Start);
    QTRY_COMPARE_WITH_TIMEOUT(findVm(inv, h, off)->state, VmState::Running, 5000);
    QTRY_VERIFY(log.contains(QStringLiteral("%1 on napoli-hv2: Started").arg(off)));

    fleet->requestVmAction(h, findVm(inv, h, running)->uuid, model::VmAction::Pause);
    QTRY_COMPARE_WITH_TIMEOUT(findVm(inv, h, running)->state, VmState::Paused, 5000);
    QTRY_VERIFY(log.contains(QStringLiteral("%1 on napoli-hv2: Paused").arg(running)));

    fleet->requestVmAction(h, findVm(inv, h, paused)->uuid, model::VmAction::Destroy);
    QTRY_COMPARE_WITH_TIMEOUT(findVm(inv, h, paused)->state, VmState::ShutOff, 5000);
    QTRY_VERIFY(log.contains(QStringLiteral("%1 on napoli-hv2: Stopped (forced off)").arg(paused)));

    const auto actions = fleet->jobs()->jobsOf<jobs::VmActionJob>();
    QCOMPARE(actions.size(), 3);
    for (const jobs::VmActionJob *a : actions) {
        QTRY_VERIFY(a->isFinished());
        QVERIFY2(a->jobResult().succeeded(), qPrintable(a->jobResult().message));
    }
    // The other hosts saw nothing.
    QCOMPARE(findVm(inv, inv->config().hostIndex(QStringLiteral("roma1-hv1")), QStringLiteral("roma1-hv1-atlas-wn00"))->state,
             VmState::Running);
}

void TstFleet::unreachableHostDoesNotStopOthers()
{
    QTemporaryDir dir;
    auto fleet = makeFleet(dir, test::ghostHostToml());
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    int outageLines = 0;
    connect(inv, &Inventory::logged, this, [&](const LogEntry &e) {
        outageLines += e.message.startsWith(QStringLiteral("ghost unreachable")) ? 1 : 0;
    });
    QSignalSpy ghostChanges(inv, &Inventory::hostChanged);
    fleet->start();
    QVERIFY(waitAllReported(inv));
    const int ghost = inv->config().hostIndex(QStringLiteral("ghost"));
    QCOMPARE(inv->hostStatus(ghost).state, HostState::Unreachable);
    QVERIFY2(inv->hostStatus(ghost).reason.contains(QStringLiteral("/nonexistent/ghost.xml")),
             qPrintable(inv->hostStatus(ghost).reason));
    QVERIFY(inv->hostStatus(ghost).nextRetry.isValid());
    QVERIFY(inv->isStale(ghost));
    for (int h = 0; h < inv->hostCount(); ++h)
        if (h != ghost)
            QCOMPARE(inv->hostStatus(h).state, HostState::Up);
    QCOMPARE(inv->vmCount(), 12);
    const auto counts = inv->siteCounts(inv->config().siteIndex(QStringLiteral("Napoli")));
    QCOMPARE(counts.hostsUp, 2);
    QCOMPARE(counts.hostsUnreachable, 1);
    // It keeps trying, with backoff (1 s, then 2 s, ...).
    QTRY_VERIFY_WITH_TIMEOUT(inv->hostStatus(ghost).failedAttempts >= 2, 5000);
    // Retries neither repeat the outage in the log nor flip the host back to "connecting".
    QCOMPARE(outageLines, 1);
    QCOMPARE(inv->hostStatus(ghost).state, HostState::Unreachable);
    // The graphs' timeline marks the outage once, not once per retry; hosts that came up are no event.
    int down = 0, up = 0;
    for (const auto &e : fleet->probes()->timeline()->events()) {
        down += e.kind == probes::TimelineEvent::Kind::HostDown;
        up += e.kind == probes::TimelineEvent::Kind::HostUp;
        if (e.kind == probes::TimelineEvent::Kind::HostDown)
            QVERIFY2(e.title == QStringLiteral("ghost down") && e.bad, qPrintable(e.title));
    }
    QCOMPARE(down, 1);
    QCOMPARE(up, 0);
}

void TstFleet::failedActionReportsLibvirtMessage()
{
    QTemporaryDir dir;
    auto fleet = startedFleet(dir);
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    const int h = inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    // Resuming a running VM is refused by libvirt; the message comes back verbatim, as a job's failure.
    jobs::VmActionJob *resume = fleet->requestVmAction(h, findVm(inv, h, QStringLiteral("roma1-hv1-atlas-wn00"))->uuid, model::VmAction::Resume);
    QSignalSpy ended(resume, &jobs::Job::ended);
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(resume->jobResult().outcome, jobs::JobOutcome::Failed);
    QCOMPARE(resume->jobResult().error, jobs::JobError::Hypervisor);
    QVERIFY2(resume->jobResult().message.contains(QStringLiteral("not paused")), qPrintable(resume->jobResult().message));
    jobs::VmActionJob *start = fleet->requestVmAction(h, QStringLiteral("00000000-0000-0000-0000-000000000000"), model::VmAction::Start);
    QTRY_VERIFY(start->isFinished());
    QVERIFY(!start->jobResult().succeeded());
    QVERIFY2(start->jobResult().message.contains(QStringLiteral("domain"), Qt::CaseInsensitive), qPrintable(start->jobResult().message));
    jobs::VmActionJob *nowhere = fleet->requestVmAction(99, QStringLiteral("00000000-0000-0000-0000-000000000000"), model::VmAction::Start);
    QVERIFY(!nowhere->isFinished()); // never synchronously
    QTRY_VERIFY(nowhere->isFinished());
    QCOMPARE(nowhere->jobResult().error, jobs::JobError::Refused);
}

void TstFleet::steadyStateIsOneCallPerTick()
{
    QTemporaryDir dir;
    auto fleet = startedFleet(dir, {}, 200);
    QVERIFY(fleet);
    QTest::qWait(500);
    const quint64 calls0 = fleet->remoteCalls(0), ticks0 = fleet->ticks(0);
    QTest::qWait(1500);
    const quint64 calls = fleet->remoteCalls(0) - calls0, ticks = fleet->ticks(0) - ticks0;
    QVERIFY(ticks >= 3);
    QCOMPARE(calls, ticks);
}

namespace {
// The fixture fleet with a migration_uri per host (the test driver refuses the migration itself),
// started.
std::unique_ptr<core::Fleet> migratingFleet(QTemporaryDir &dir)
{
    QString text = test::fleetConfigText();
    text.replace(QRegularExpression(QStringLiteral("(uri = \"test://[^\"]+\")")), QStringLiteral("\\1\nmigration_uri = \"test:///default\""));
    auto cfg = config::ConfigLoader::loadString(text, dir.filePath(QStringLiteral("m.toml")));
    if (!cfg)
        return nullptr;
    auto fleet = std::make_unique<core::Fleet>(std::move(cfg.value()));
    fleet->start();
    return waitAllReported(fleet->inventory()) ? std::move(fleet) : nullptr;
}
// roma1-hv1's first VM sent to napoli-hv1 as a single migration; null (with `error`) if refused.
jobs::MoveJob *migrateFirstVm(core::Fleet &fleet, QString *error)
{
    Inventory *inv = fleet.inventory();
    const int from = inv->config().hostIndex(QStringLiteral("roma1-hv1")), to = inv->config().hostIndex(QStringLiteral("napoli-hv1"));
    return fleet.startMigration(from, findVm(inv, from, QStringLiteral("roma1-hv1-atlas-wn00"))->uuid, to, {}, error);
}
} // namespace

void TstFleet::migrationActsOnlyOnceJournaled()
{
    QTemporaryDir dir;
    auto fleet = migratingFleet(dir);
    QVERIFY(fleet);
    jobs::Journal::setWriteDelayForTesting(400);
    auto restore = qScopeGuard([] { jobs::Journal::setWriteDelayForTesting(0); });
    const int from = fleet->inventory()->config().hostIndex(QStringLiteral("roma1-hv1"));
    QString error;
    jobs::MoveJob *job = migrateFirstVm(*fleet, &error);
    QVERIFY2(job, qPrintable(error));
    // Returned at once, before the disk has the record: shown, counted against the limits, not acting.
    QVERIFY(!job->isStarted());
    QCOMPARE(fleet->hostLoad(from).holding, 1);
    QVERIFY(fleet->journal()->backlog() > 0);
    // The moment it starts, its "started" record is already on disk; the event loop kept turning.
    int ticks = 0;
    bool checked = false, recordedFirst = false;
    QTimer poll;
    poll.setInterval(2);
    connect(&poll, &QTimer::timeout, this, [&] {
        ++ticks;
        if (checked || !job->isStarted())
            return;
        checked = true;
        const auto r = jobs::Journal::read(fleet->journal()->path());
        const auto &moves = r.plans.value(fleet->plans().back()->plan().id).moves;
        recordedFirst = moves.size() == 1 && moves[0].status == jobs::MoveStatus::Started;
    });
    poll.start();
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
    QVERIFY(checked);
    QVERIFY(recordedFirst);
    QVERIFY(ticks > 20);
    // The test driver refuses the migration itself: the job did run, and failed with libvirt's words.
    QCOMPARE(job->result().outcome, jobs::MigrationResult::Outcome::Failed);
    QVERIFY2(!job->result().message.contains(QStringLiteral("journal")), qPrintable(job->result().message));
}

void TstFleet::abortBeforeTheRecordLandsNeverStarts()
{
    QTemporaryDir dir;
    auto fleet = migratingFleet(dir);
    QVERIFY(fleet);
    jobs::Journal::setWriteDelayForTesting(400);
    auto restore = qScopeGuard([] { jobs::Journal::setWriteDelayForTesting(0); });
    const int from = fleet->inventory()->config().hostIndex(QStringLiteral("roma1-hv1"));
    QString error;
    jobs::MoveJob *job = migrateFirstVm(*fleet, &error);
    QVERIFY2(job, qPrintable(error));
    jobs::PlanRunner *runner = fleet->plans().back();
    runner->abort();
    QVERIFY(job->isFinished());
    QCOMPARE(job->result().outcome, jobs::MigrationResult::Outcome::Cancelled);
    QTRY_VERIFY(runner->isFinished());
    QCOMPARE(runner->move(0).status, jobs::MoveStatus::Cancelled);
    QCOMPARE(fleet->hostLoad(from).all, 0);
    QTest::qWait(600); // the records land; the job must still never have run
    QVERIFY(fleet->journal()->waitForWritten());
    const auto r = jobs::Journal::read(fleet->journal()->path());
    const auto &jp = r.plans.value(runner->plan().id);
    QCOMPARE(jp.state, jobs::PlanState::Aborted);
    QCOMPARE(jp.moves[0].status, jobs::MoveStatus::Cancelled);
    QVERIFY(job->result().message.contains(QStringLiteral("before it started")));
}

void TstFleet::twoConsolesShareMaintenance()
{
    // Two consoles on one configuration (so one journal): a host one of them puts in maintenance
    // receives nothing from the other's plans either, within a few seconds.
    QTemporaryDir dir;
    auto a = startedFleet(dir), b = startedFleet(dir);
    QVERIFY(a && b);
    QCOMPARE(a->journal()->path(), b->journal()->path());
    const int h = a->inventory()->config().hostIndex(QStringLiteral("napoli-hv1"));
    QString error;
    QVERIFY2(a->setMaintenance(h, true, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(b->inventory()->inMaintenance(h), 6000);
    QVERIFY(jobs::Planner::maintenanceAnd(*b->inventory()).contains(h));
    QVERIFY(a->setMaintenance(h, false, &error));
    QTRY_VERIFY_WITH_TIMEOUT(!b->inventory()->inMaintenance(h), 6000);
    // The other way round too, and only once per change (no echo back and forth).
    QVERIFY(b->setMaintenance(h, true, &error));
    QTRY_VERIFY_WITH_TIMEOUT(a->inventory()->inMaintenance(h), 6000);
    QTest::qWait(2500);
    QVERIFY(a->inventory()->inMaintenance(h) && b->inventory()->inMaintenance(h));
}

void TstFleet::evacuatedVmsAreOfferedBack()
{
    // What the journal says an evacuation of roma1-hv2 did, against where the VMs are now: only a
    // VM it moved off that host, successfully, and that still sits where it went comes back.
    QTemporaryDir dir;
    auto fleet = startedFleet(dir);
    QVERIFY(fleet);
    auto *inv = fleet->inventory();
    const auto &cfg = inv->config();
    const int r2 = cfg.hostIndex(QStringLiteral("roma1-hv2"));
    auto move = [&](const QString &vm, const QString &from, const QString &to) {
        jobs::PlannedMove m;
        for (int h = 0; h < inv->hostCount(); ++h)
            if (const VmInfo *v = findVm(inv, h, vm))
                m.vmUuid = v->uuid;
        m.vmName = vm;
        m.from = from;
        m.to = to;
        return m;
    };
    jobs::Plan evac;
    evac.id = QStringLiteral("evac1");
    evac.kind = jobs::Plan::Kind::Host;
    evac.subject = QStringLiteral("roma1-hv2");
    evac.created = QDateTime::currentDateTimeUtc();
    evac.moves = {move(QStringLiteral("napoli-hv1-atlas-wn00"), QStringLiteral("roma1-hv2"), QStringLiteral("napoli-hv1")),  // back
                  move(QStringLiteral("napoli-hv1-cms-wn00"), QStringLiteral("roma1-hv2"), QStringLiteral("napoli-hv1")),    // failed
                  move(QStringLiteral("roma1-hv1-atlas-wn00"), QStringLiteral("roma1-hv2"), QStringLiteral("napoli-hv2")),   // moved on since
                  move(QStringLiteral("napoli-hv1-lhcb-wn00"), QStringLiteral("napoli-hv2"), QStringLiteral("napoli-hv1"))}; // another host's
    auto *j = fleet->journal();
    QVERIFY(j->writePlan(evac));
    QVERIFY(j->writePlanState(evac.id, jobs::PlanState::Running));
    for (int i = 0; i < evac.moves.size(); ++i)
        QVERIFY(j->writeMoveEnded(evac.id, i, i == 1 ? jobs::MoveStatus::Failed : jobs::MoveStatus::Succeeded));
    QVERIFY2(fleet->evacuatedFrom(r2).isEmpty(), "offered while the evacuation is still open");
    QVERIFY(j->writePlanState(evac.id, jobs::PlanState::Finished));
    QString title;
    const auto back = fleet->evacuatedFrom(r2, &title);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].first, cfg.hostIndex(QStringLiteral("napoli-hv1")));
    QCOMPARE(back[0].second, evac.moves[0].vmUuid);
    QCOMPARE(title, QStringLiteral("Evacuate host roma1-hv2"));
    QVERIFY(fleet->evacuatedFrom(cfg.hostIndex(QStringLiteral("roma1-hv1"))).isEmpty());
    // Once given back (a return plan for the host, newer than the evacuation), nothing is offered.
    jobs::Plan ret = jobs::Planner(*inv).returnTo(r2, back, title);
    QCOMPARE(ret.kind, jobs::Plan::Kind::Return);
    QVERIFY(j->writePlan(ret));
    QVERIFY(fleet->evacuatedFrom(r2).isEmpty());
}

HAWAN_TEST_MAIN(TstFleet, QCoreApplication)
// A crash recovery's destination whose daemon takes the connection and never answers (hung, or
// stuck on its storage): the restart gives up after its limit, saying so, instead of waiting for ever.
void TstFleet::restartGivesUpOnASilentDaemon()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    auto closeFd = qScopeGuard([fd] { ::close(fd); });
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) == 0);
    QVERIFY(::listen(fd, 4) == 0); // connections complete in the backlog; nothing ever reads them
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);

    jobs::MoveJob::Target t;
    t.vmUuid = QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f");
    t.vmName = QStringLiteral("vm1");
    t.sourceHost = QStringLiteral("fenced-host");
    t.destHost = QStringLiteral("silent");
    t.destUri = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(ntohs(addr.sin_port));
    jobs::MigrationOptions o;
    o.timeoutS = 2;
    jobs::RestartJob job(t, QStringLiteral("<domain type='test'><name>vm1</name><memory>65536</memory></domain>"), o);
    QElapsedTimer clock;
    clock.start();
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
    QVERIFY2(clock.elapsed() >= 2000, qPrintable(job.result().message));
    QCOMPARE(job.result().outcome, jobs::MigrationResult::Outcome::Failed);
    QVERIFY2(job.result().message.startsWith(QStringLiteral("no answer from silent after 2 s while connecting")),
             qPrintable(job.result().message));
    QVERIFY2(job.result().message.contains(QStringLiteral("before starting it anywhere else")), qPrintable(job.result().message));
}

#include "tst_fleet.moc"
