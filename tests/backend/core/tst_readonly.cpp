// A viewer (read-only console, `hawanctl --read-only`, a user in [access] viewers) changes nothing,
// whatever its front end asks: every mutating entry point of the backend is called here on a
// viewer's fleet (libvirt's test driver) and must be refused, with JobError::ReadOnly for jobs and
// the one refusal text otherwise, and leave the VMs, the journal and the hosts as they were.
#include "config/configloader.h"
#include "core/fleet.h"
#include "core/operations.h"
#include "core/vmcreation.h"
#include "drills/drill.h"
#include "experiments/experiment.h"
#include "experiments/leftovers.h"
#include "ha/watcher.h"
#include "libvirt/handles.h"
#include "libvirt/error.h"

#include <libvirt/virterror.h>
#include "testfixtures.h"
#include "testmain.h"
#include "model/snapshotcache.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hawan;
using namespace hawan::model;

namespace {

// The fixture topology; napoli-hv1 given `extraDomain` (a <domain> element) when not empty.
std::optional<config::Config> fixtureConfig(QTemporaryDir &dir, const QString &extra = {}, const QString &extraDomain = {})
{
    QString text = test::fleetConfigText(extra);
    if (!extraDomain.isEmpty()) {
        QFile in(QStringLiteral(HAWAN_FIXTURES "/hosts/napoli-hv1.xml"));
        if (!in.open(QIODevice::ReadOnly))
            return std::nullopt;
        QString xml = QString::fromUtf8(in.readAll());
        xml.replace(QStringLiteral("  <pool "), extraDomain + QStringLiteral("\n  <pool "));
        QFile out(dir.filePath(QStringLiteral("napoli-hv1.xml")));
        if (!out.open(QIODevice::WriteOnly) || out.write(xml.toUtf8()) < 0)
            return std::nullopt;
        out.close();
        text.replace(QStringLiteral(HAWAN_FIXTURES "/hosts/napoli-hv1.xml"), out.fileName());
    }
    auto cfg = config::ConfigLoader::loadString(text, dir.filePath(QStringLiteral("fleet.toml")));
    if (!cfg) {
        qWarning().noquote() << config::ConfigLoader::formatErrors(cfg.error());
        return std::nullopt;
    }
    return cfg.value();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

int hostOf(const Inventory *inv, const QString &vm, VmState *state = nullptr)
{
    for (int h = 0; h < inv->hostCount(); ++h)
        for (const auto &v : inv->vms(h))
            if (v.name == vm) {
                if (state)
                    *state = v.state;
                return h;
            }
    return -1;
}

bool refusedReadOnly(jobs::Job *job)
{
    if (!job)
        return false;
    job->start();
    return job->isFinished() && job->jobResult().error == jobs::JobError::ReadOnly
        && job->jobResult().outcome == jobs::JobOutcome::Failed && !job->jobResult().message.isEmpty();
}

const char *kStaleUuid = "3ac18f7e-c3e2-5929-ac33-847bcd0db270"; // napoli-hv2-cms-wn00, shut off on napoli-hv2

// A recovery of napoli-hv2 that restarted napoli-hv2-cms-wn00 on napoli-hv1, written by an
// operator: the copy left shut off on napoli-hv2 is stale.
void writeRecovery(const QString &journalPath)
{
    jobs::Journal journal(journalPath, jobs::Journal::Options{{}, test::auditKey(), {}});
    jobs::Plan plan = test::oneMovePlan(jobs::Plan::Kind::Recover, QStringLiteral("napoli-hv2"), QStringLiteral("napoli-hv2-cms-wn00"),
                                        QString::fromLatin1(kStaleUuid), QStringLiteral("napoli-hv2"), QStringLiteral("napoli-hv1"));
    plan.created = plan.created.addSecs(-600);
    QVERIFY(journal.writePlan(plan));
    QVERIFY(journal.writeFenced(plan.id, QStringLiteral("test")));
    QVERIFY(journal.writeMoveStarted(plan.id, 0));
    QVERIFY(journal.writeMoveEnded(plan.id, 0, jobs::MoveStatus::Succeeded));
    QVERIFY(journal.writePlanState(plan.id, jobs::PlanState::Finished));
    QVERIFY(journal.waitForWritten());
}

} // namespace

class TstReadOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accessIsDecidedByFlagAndViewers();
    void everyMutatingEntryPointIsRefused();
    void viewerLeavesStaleDefinitionsToOperators();
    void readOnlyConnectionIsRefusedByLibvirtItself();
    void viewerJournalFollowsOthersAndIsNeverCreated();
};

void TstReadOnly::accessIsDecidedByFlagAndViewers()
{
    QTemporaryDir dir;
    auto cfg = fixtureConfig(dir, QStringLiteral("\n[access]\nviewers = [\"shift\", \"wall\"]\n"));
    QVERIFY(cfg);
    QCOMPARE(cfg->access.viewers, (QStringList{QStringLiteral("shift"), QStringLiteral("wall")}));
    QVERIFY(core::Access::decide(*cfg, false, QStringLiteral("alice")).canChange());
    QVERIFY(core::Access::decide(*cfg, false, QStringLiteral("alice")).refusal().isEmpty());
    const auto ro = core::Access::decide(*cfg, true, QStringLiteral("alice"));
    QCOMPARE(ro.role, core::Role::Viewer);
    QVERIFY2(ro.refusal().contains(QLatin1String("started read-only")), qPrintable(ro.refusal()));
    const auto shift = core::Access::decide(*cfg, false, QStringLiteral("shift"));
    QCOMPARE(shift.role, core::Role::Viewer);
    QVERIFY2(shift.refusal().contains(QLatin1String("'shift' is listed in [access] viewers")), qPrintable(shift.refusal()));
    // The configuration's viewers win over what a caller asks for.
    QTemporaryDir d2;
    auto mine = fixtureConfig(d2, QStringLiteral("\n[access]\nviewers = [\"%1\"]\n").arg(core::Access::currentUser()));
    QVERIFY(mine);
    core::Fleet fleet(*mine, core::Access{});
    QVERIFY(!fleet.access().canChange());
    // A bad list is said with its line.
    auto bad = config::ConfigLoader::loadString(test::fleetConfigText(QStringLiteral("\n[access]\nviewers = [\"a b\", 3]\n")),
                                                dir.filePath(QStringLiteral("bad.toml")));
    QVERIFY(!bad);
    QCOMPARE(bad.error().size(), 2);
    QVERIFY(bad.error()[0].message.contains(QLatin1String("user name")));
}

void TstReadOnly::everyMutatingEntryPointIsRefused()
{
    QTemporaryDir dir;
    auto cfg = fixtureConfig(dir);
    QVERIFY(cfg);
    const QString journalPath = core::Fleet::journalPath(*cfg);
    // An operator left a plan open (a console killed mid-evacuation): resuming it is a change too.
    QString openPlanId;
    {
        jobs::Journal journal(journalPath, jobs::Journal::Options{{}, test::auditKey(), {}});
        const jobs::Plan plan = test::oneMovePlan(jobs::Plan::Kind::Host, QStringLiteral("roma1-hv2"), QStringLiteral("roma1-hv2-atlas-wn00"),
                                                  QStringLiteral("uuid-x"), QStringLiteral("roma1-hv2"), QStringLiteral("roma1-hv1"));
        openPlanId = plan.id;
        QVERIFY(journal.writePlan(plan));
        QVERIFY(journal.waitForWritten());
    }
    const QByteArray journalBefore = fileBytes(journalPath);

    core::Fleet fleet(*cfg, core::Access::decide(*cfg, true));
    QVERIFY(!fleet.access().canChange());
    QVERIFY(fleet.journal()->isReadOnly());
    QVERIFY(!fleet.journal()->isWritable());
    fleet.start(false);
    Inventory *inv = fleet.inventory();
    QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 15000));
    const QString refusal = fleet.access().refusal();
    QVERIFY(!refusal.isEmpty());

    const int r1 = inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    const int n1 = inv->config().hostIndex(QStringLiteral("napoli-hv1"));
    const VmInfo running = inv->vms(r1).at(0);
    QCOMPARE(running.state, VmState::Running);

    // Fleet: VM actions (every kind), a new VM, moves, plans, fences, storage actions.
    const VmAction actions[] = {VmAction::Start, VmAction::Pause, VmAction::Resume, VmAction::Shutdown,
                                VmAction::Destroy, VmAction::UndefineStale, VmAction::Undefine};
    for (VmAction a : actions)
        QVERIFY2(refusedReadOnly(fleet.requestVmAction(r1, running.uuid, a)), qPrintable(vmActionName(a)));
    QVERIFY(refusedReadOnly(fleet.requestDefine(n1, QStringLiteral("new-vm"), QStringLiteral("<domain type='test'/>"))));
    QString error;
    QVERIFY(!fleet.startMigration(r1, running.uuid, n1, {}, &error));
    QCOMPARE(error, refusal);
    error.clear();
    QVERIFY(!fleet.launchMove(r1, running.uuid, n1, {}, {}, &error));
    QCOMPARE(error, refusal);
    error.clear();
    QVERIFY(!fleet.launchMove(r1, running.uuid, n1, {}, QStringLiteral("<domain/>"), &error)); // a restart
    QCOMPARE(error, refusal);
    QVERIFY(refusedReadOnly(fleet.launchFence(r1)));
    QVERIFY(refusedReadOnly(fleet.storageAction(0, storage::StorageMonitor::Action::Heal)));
    QVERIFY(refusedReadOnly(fleet.storageAction(0, storage::StorageMonitor::Action::StartForce)));
    // Listing split-brain files only reads: not refused for being read-only (it may fail otherwise).
    jobs::CommandJob *listing = fleet.storageAction(0, storage::StorageMonitor::Action::SplitBrainFiles);
    QVERIFY(QTest::qWaitFor([listing] { return listing->isFinished(); }, 10000));
    QVERIFY(listing->jobResult().error != jobs::JobError::ReadOnly);
    error.clear();
    QVERIFY(!fleet.setMaintenance(r1, true, &error));
    QCOMPARE(error, refusal);
    QVERIFY(!inv->inMaintenance(r1));
    QCOMPARE(fleet.interruptedPlans().size(), 1);
    error.clear();
    QVERIFY(!fleet.resumePlan(openPlanId, fleet.defaultPlanOptions(), &error));
    QCOMPARE(error, refusal);

    // Operations: an evacuation the planner proposes (proposing is looking), then running it.
    core::Operations ops(&fleet);
    core::Proposal proposal;
    ops.evacuation(r1, -1, &proposal);
    if (proposal.plan.moves.isEmpty()) { // the fixture's hosts may leave nowhere to go: one move by hand
        jobs::PlannedMove m;
        m.vmUuid = running.uuid;
        m.vmName = running.name;
        m.from = QStringLiteral("roma1-hv1");
        m.to = QStringLiteral("napoli-hv1");
        proposal.plan.moves << m;
    }
    proposal.maintain = {r1};
    error.clear();
    QVERIFY(!ops.run(proposal, proposal.plan, {}, &error));
    QCOMPARE(error, refusal);
    error.clear();
    QVERIFY(!fleet.runPlan(proposal.plan, fleet.defaultPlanOptions(), &error));
    QCOMPARE(error, refusal);
    error.clear();
    QVERIFY(!ops.setMaintenance(r1, true, &error));
    QCOMPARE(error, refusal);
    ops.recordStorageOverride(QStringLiteral("roma1-hv1"), QStringLiteral("test"), {QStringLiteral("a brick is down")});

    // Alarms: acknowledging and shelving are the shift's decisions, shared through the journal.
    error.clear();
    QVERIFY(!fleet.acknowledgeAlarm(QStringLiteral("host-unreachable/roma1-hv1"), QStringLiteral("x"), &error));
    QCOMPARE(error, refusal);
    error.clear();
    QVERIFY(!fleet.shelveAlarm(QStringLiteral("host-unreachable/roma1-hv1"), QDateTime::currentDateTimeUtc().addSecs(60), {}, &error));
    QCOMPARE(error, refusal);
    error.clear();
    QVERIFY(!fleet.unshelveAlarm(QStringLiteral("host-unreachable/roma1-hv1"), &error));
    QCOMPARE(error, refusal);

    // The journal itself: every record refused.
    jobs::Journal *j = fleet.journal();
    QVERIFY(!j->writePlan(proposal.plan));
    QVERIFY(!j->writeMoveStarted(openPlanId, 0));
    QVERIFY(!j->writeMoveEnded(openPlanId, 0, jobs::MoveStatus::Succeeded));
    QVERIFY(!j->writePlanState(openPlanId, jobs::PlanState::Aborted));
    QVERIFY(!j->writeMaintenance(QStringLiteral("roma1-hv1"), true));
    QVERIFY(!j->writeNote(openPlanId, QStringLiteral("x")));
    QVERIFY(!j->writeAlarmNote(QStringLiteral("ack"), QStringLiteral("k"), QStringLiteral("me"), {}));
    QVERIFY(!j->writeFenced(openPlanId, QStringLiteral("x")));
    QCOMPARE(j->error(), refusal);

    // Long-running jobs: the HA watcher, drills, experiments, new and deleted VMs, leftovers' undo.
    QVERIFY(refusedReadOnly(fleet.jobs()->add(std::make_unique<ha::Watcher>(&fleet))));
    drills::DrillSpec drill;
    drill.host = QStringLiteral("roma1-hv1");
    QVERIFY(refusedReadOnly(fleet.jobs()->add(std::make_unique<drills::DrillJob>(&fleet, drill, drills::Tools{}))));
    experiments::ExperimentSpec exp;
    exp.tests = {experiments::Test::Metadata};
    QVERIFY(refusedReadOnly(fleet.jobs()->add(std::make_unique<experiments::ExperimentJob>(inv->config(), fleet.probes(), &fleet, exp))));
    core::CreateVmJob::Request req;
    req.host = n1;
    req.name = QStringLiteral("new-vm");
    req.image = QStringLiteral("/gluster/vmstore/x.qcow2");
    QVERIFY(refusedReadOnly(fleet.jobs()->add(std::make_unique<core::CreateVmJob>(inv->config(), &fleet, req))));
    QVERIFY(refusedReadOnly(fleet.jobs()->add(std::make_unique<core::DeleteVmJob>(inv->config(), &fleet, r1, running))));
    QVERIFY(refusedReadOnly(fleet.jobs()->add(std::make_unique<experiments::LeftoverCleanupJob>(inv->config().sourceFile))));

    // Nothing changed: the VM runs where it ran, the journal is byte for byte what it was, and the
    // viewer wrote no snapshot cache.
    fleet.refreshAll();
    QTest::qWait(1500);
    VmState state = VmState::NoState;
    QCOMPARE(hostOf(inv, running.name, &state), r1);
    QCOMPARE(state, VmState::Running);
    QCOMPARE(inv->vmCount(), 12);
    QCOMPARE(fileBytes(journalPath), journalBefore);
    QVERIFY(!QFile::exists(model::snapshotCachePath(inv->config().sourceFile, QStringLiteral("roma1-hv1"))));
}

void TstReadOnly::viewerLeavesStaleDefinitionsToOperators()
{
    // napoli-hv2 was recovered: its VM napoli-hv2-cms-wn00 runs on napoli-hv1 now, and napoli-hv2
    // is back with the old, shut-off definition. An operator's fleet removes it; a viewer's says so
    // and leaves it.
    const QString running = QStringLiteral("<domain type='test'><name>napoli-hv2-cms-wn00</name><uuid>%1</uuid>"
                                           "<memory unit='MiB'>1024</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>"
                                           "<test:runstate>1</test:runstate></domain>").arg(QString::fromLatin1(kStaleUuid));
    for (const bool viewer : {true, false}) {
        QTemporaryDir dir;
        auto cfg = fixtureConfig(dir, {}, running);
        QVERIFY(cfg);
        writeRecovery(core::Fleet::journalPath(*cfg));
        core::Fleet fleet(*cfg, core::Access::decide(*cfg, viewer));
        QSignalSpy handled(&fleet, &core::Fleet::leftoverHandled);
        QStringList said;
        connect(fleet.inventory(), &Inventory::logged, this, [&said](const LogEntry &e) { said << e.message; });
        fleet.start(false);
        QVERIFY(QTest::qWaitFor([&] { return fleet.inventory()->allReported(); }, 15000));
        const int n2 = fleet.inventory()->config().hostIndex(QStringLiteral("napoli-hv2"));
        if (viewer) {
            QVERIFY(QTest::qWaitFor([&] { return said.join(QLatin1Char('\n')).contains(QLatin1String("left for an operator's console")); },
                                    10000));
            QTest::qWait(1500);
            QCOMPARE(handled.size(), 0);
            QCOMPARE(fleet.jobs()->jobs().size(), 0); // not even a refused removal
            const auto left = fleet.inventory()->vms(n2);
            QVERIFY(std::any_of(left.begin(), left.end(), [](const VmInfo &v) { return v.uuid == QLatin1String(kStaleUuid); }));
        } else {
            QVERIFY(QTest::qWaitFor([&] { return handled.size() == 1; }, 10000));
            QVERIFY2(handled.at(0).at(1).toBool(), qPrintable(handled.at(0).at(0).toString()));
        }
    }
}

void TstReadOnly::readOnlyConnectionIsRefusedByLibvirtItself()
{
    // Below the fleet's refusals: the daemon (here the test driver) refuses a change on a viewer's
    // connection, so a path the backend forgot still changes nothing.
    const QString uri = QStringLiteral("test://" HAWAN_FIXTURES "/hosts/roma1-hv1.xml");
    lv::ConnectPtr conn = lv::openWithKeepAlive(uri, 2, 3, true);
    QVERIFY(conn);
    QCOMPARE(virConnectIsAlive(conn.get()), 1);
    virDomainPtr dom = virDomainLookupByName(conn.get(), "roma1-hv1-atlas-wn00");
    QVERIFY(dom);
    QCOMPARE(virDomainSuspend(dom), -1);
    const lv::LibvirtError e = lv::LibvirtError::takeLast();
    QCOMPARE(e.code, int(VIR_ERR_OPERATION_DENIED));
    int state = 0;
    QCOMPARE(virDomainGetState(dom, &state, nullptr, 0), 0);
    QCOMPARE(state, int(VIR_DOMAIN_RUNNING));
    virDomainFree(dom);
}

void TstReadOnly::viewerJournalFollowsOthersAndIsNeverCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/journal.jsonl"));
    jobs::Journal reader(path, QStringLiteral("refused: read-only"));
    QVERIFY(reader.isReadOnly());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sub"))));
    QVERIFY(!reader.writeMaintenance(QStringLiteral("h"), true));
    QCOMPARE(reader.error(), QStringLiteral("refused: read-only"));
    // An operator creates it and marks a host: the reader sees it on its next look.
    QSignalSpy others(&reader, &jobs::Journal::othersWrote);
    {
        QDir().mkpath(dir.filePath(QStringLiteral("sub")));
        jobs::Journal writer(path);
        QVERIFY(writer.writeMaintenance(QStringLiteral("roma1-hv1"), true));
        QVERIFY(writer.waitForWritten());
    }
    QVERIFY(QTest::qWaitFor([&] {
        reader.pollOthers();
        return !others.isEmpty();
    }, 5000));
    QVERIFY(reader.replay().maintenance.contains(QStringLiteral("roma1-hv1")));
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
}

HAWAN_TEST_MAIN(TstReadOnly, QCoreApplication)
#include "tst_readonly.moc"
