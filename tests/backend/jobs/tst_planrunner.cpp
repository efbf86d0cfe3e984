// The plan runner on its own, through jobs::PlanEnvironment: the scheduling rules (limits per host
// and per link, a cut link, pause, resume, abort), the journal written before anything acts, and a
// recovery's fence first. The environment here is the test's: its moves are scripted jobs whose end
// the test decides (no migration happens; tst_movejobs and the lab tests cover the real ones). The
// fence is a real command run by a real FenceJob.
#include "config/configloader.h"
#include "jobs/fencejob.h"
#include "jobs/jobtracker.h"
#include "jobs/journal.h"
#include "jobs/plan.h"
#include "jobs/lease.h"
#include "jobs/planrunner.h"
#include "model/inventory.h"
#include "probes/timeline.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hawan;
using namespace hawan::model;
using jobs::MoveStatus;
using jobs::PlanState;

namespace {

constexpr quint64 GiB = 1024 * 1024;

const char *kConfig =
    "[[site]]\nname = \"Roma1\"\n[[site]]\nname = \"Napoli\"\n"
    "[[link]]\nname = \"wan\"\nsites = [\"Roma1\", \"Napoli\"]\n"
    "[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"test:///p/r1.xml\"\nmigration_uri = \"qemu+tcp://r1/system\"\n"
    "[[host]]\nname = \"r2\"\nsite = \"Roma1\"\nuri = \"test:///p/r2.xml\"\nmigration_uri = \"qemu+tcp://r2/system\"\n"
    "[[host]]\nname = \"n1\"\nsite = \"Napoli\"\nuri = \"test:///p/n1.xml\"\nmigration_uri = \"qemu+tcp://n1/system\"\n"
    "[[host]]\nname = \"n2\"\nsite = \"Napoli\"\nuri = \"test:///p/n2.xml\"\nmigration_uri = \"qemu+tcp://n2/system\"\n";

// A move whose end the test decides; it counts as running from launch to end, as the fleet's do.
class ScriptedMove : public jobs::MoveJob
{
public:
    ScriptedMove(Target t, jobs::MigrationOptions o, bool restart, int from, int to)
        : MoveJob(std::move(t), o, nullptr), from(from), to(to), m_restart(restart)
    {
        setCapabilities(Capability::Cancel);
    }
    QString title() const override { return target().vmName; }
    bool isRestart() const override { return m_restart; }
    void end(jobs::JobOutcome outcome, const QString &message = {})
    {
        jobs::MigrationResult r;
        r.outcome = outcome;
        r.error = outcome == jobs::JobOutcome::Failed ? jobs::JobError::Hypervisor : jobs::JobError::None;
        r.message = message;
        conclude(r);
    }
    // As the migration's worker reports it: `remainingMiB` left at 10 MiB/s.
    void copying(quint64 remainingMiB)
    {
        jobs::MigrationProgress p;
        p.phase = QStringLiteral("migrating");
        p.dataTotal = 64ull << 20;
        p.dataRemaining = remainingMiB << 20;
        p.dataProcessed = p.dataTotal - p.dataRemaining;
        p.memoryBps = 10ull << 20;
        p.iteration = 1;
        report(p);
    }
    const int from, to;

protected:
    void doStart() override {}
    void doCancel() override { end(jobs::JobOutcome::Cancelled); }

private:
    const bool m_restart;
};

class Environment : public jobs::PlanEnvironment
{
public:
    explicit Environment(const QString &journalPath)
    {
        auto cfg = config::ConfigLoader::loadString(QString::fromLatin1(kConfig), QStringLiteral("runner.toml"));
        if (!cfg)
            qFatal("%s", qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
        config::Config c = cfg.value();
        c.ha.leaseDir = QFileInfo(journalPath).absolutePath() + QStringLiteral("/leases");
        m_inventory = std::make_unique<Inventory>(c);
        m_journal = std::make_unique<jobs::Journal>(journalPath);
    }
    // Every host up with 16 GiB; `vmsOnR1` 1 GiB VMs on r1 (with definitions, for a recovery).
    void populate(int vmsOnR1)
    {
        for (int h = 0; h < m_inventory->hostCount(); ++h) {
            HostStatus st;
            st.state = HostState::Up;
            st.lastUpdate = QDateTime::currentDateTimeUtc();
            st.node.cpus = 8;
            st.node.memoryKiB = 16 * GiB;
            m_inventory->applyStatus(h, st);
            QVector<VmInfo> vms;
            for (int i = 0; h == 0 && i < vmsOnR1; ++i) {
                VmInfo v = test::vm(QStringLiteral("vm%1").arg(i));
                v.memoryKiB = GiB;
                v.definition = QStringLiteral("<domain type='kvm'><name>%1</name></domain>").arg(v.name);
                vms << v;
            }
            HostSnapshot snap = test::snapshot(vms);
            snap.vmMemoryKiB = quint64(vms.size()) * GiB;
            m_inventory->applySnapshot(h, snap);
        }
    }
    void setUnreachable(int host)
    {
        HostStatus st = m_inventory->hostStatus(host);
        st.state = HostState::Unreachable;
        st.reason = QStringLiteral("no route to host");
        m_inventory->applyStatus(host, st);
    }

    model::Inventory *inventory() const override { return m_inventory.get(); }
    jobs::Journal *journal() const override { return m_journal.get(); }
    jobs::JobTracker *jobs() const override { return m_tracker.get(); }
    probes::Timeline *timeline() const override { return m_timeline.get(); }
    bool linkCut(int) const override { return cut; }
    bool linkLossy(int) const override { return false; }
    Load hostLoad(int host) const override
    {
        return loadOf([host](ScriptedMove *m) { return m->from == host || m->to == host; });
    }
    Load linkLoad(int) const override
    {
        const auto &cfg = m_inventory->config();
        return loadOf([&cfg](ScriptedMove *m) { return cfg.hosts[m->from].site != cfg.hosts[m->to].site; });
    }
    template<typename Pred>
    Load loadOf(Pred counts) const
    {
        Load l;
        for (ScriptedMove *m : running)
            if (counts(m)) {
                ++l.all;
                l.holding += m->handingOver() ? 0 : 1;
            }
        return l;
    }
    jobs::MoveJob *launchMove(int from, const QString &uuid, int to, const jobs::MigrationOptions &options,
                              const QString &definition, QString *) override
    {
        const auto &hosts = m_inventory->config().hosts;
        jobs::MoveJob::Target t{uuid, uuid.mid(5), hosts[from].name, hosts[from].uri, hosts[to].name, hosts[to].uri,
                                hosts[to].migrationUri};
        auto *move = m_tracker->add(std::make_unique<ScriptedMove>(t, options, !definition.isEmpty(), from, to));
        running << move;
        launched << move;
        QObject::connect(move, &jobs::Job::ended, move, [this, move] { running.removeOne(move); });
        return move;
    }
    jobs::FenceJob *launchFence(int host) override
    {
        ++fences;
        return m_tracker->add(std::make_unique<jobs::FenceJob>(m_inventory->host(host).name, fenceCommand));
    }

    bool cut = false;
    QString fenceCommand = QStringLiteral("echo powered off");
    int fences = 0;
    QList<ScriptedMove *> running, launched;

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<jobs::Journal> m_journal;
    std::unique_ptr<jobs::JobTracker> m_tracker = std::make_unique<jobs::JobTracker>();
    std::unique_ptr<probes::Timeline> m_timeline = std::make_unique<probes::Timeline>();
};

// What a fresh console would read from the journal about the plan.
jobs::JournaledPlan reread(const QString &path, const QString &planId)
{
    jobs::Journal again(path);
    return again.replay().plans.value(planId);
}

} // namespace

class TstPlanRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(++m_n));
        m_env = std::make_unique<Environment>(m_path);
    }
    void cleanup() { m_env.reset(); }

    // Two moves at a time per host: the third starts when one ends, each only after its record
    // is on disk; the plan ends succeeded and the journal says so, move by move.
    void limitsHoldAndTheJournalLeads()
    {
        m_env->populate(3);
        auto *runner = run(jobs::Planner(*m_env->inventory()).evacuateHost(0), 2, 2);
        QTRY_COMPARE(m_env->launched.size(), 2);
        QTRY_VERIFY(m_env->launched[0]->isStarted() && m_env->launched[1]->isStarted());
        QTest::qWait(100);
        QCOMPARE(m_env->launched.size(), 2); // r1 sends two at most
        QCOMPARE(reread(m_path, runner->plan().id).count(MoveStatus::Started), 2);

        m_env->launched[0]->end(jobs::JobOutcome::Succeeded);
        QTRY_COMPARE(m_env->launched.size(), 3);
        m_env->launched[1]->end(jobs::JobOutcome::Succeeded);
        QTRY_VERIFY(m_env->launched[2]->isStarted());
        m_env->launched[2]->end(jobs::JobOutcome::Failed, QStringLiteral("disk not found"));
        QTRY_VERIFY(runner->isFinished());
        QCOMPARE(runner->jobResult().outcome, jobs::JobOutcome::Failed);
        QCOMPARE(runner->jobResult().message, QStringLiteral("2 of 3 moves done"));
        QCOMPARE(runner->jobProgress().stepsDone, 3);

        QTRY_COMPARE(reread(m_path, runner->plan().id).state, PlanState::Finished);
        const auto jp = reread(m_path, runner->plan().id);
        QCOMPARE(jp.count(MoveStatus::Succeeded), 2);
        QCOMPARE(jp.count(MoveStatus::Failed), 1);
        int failed = 0;
        for (int i = 0; i < runner->plan().moves.size(); ++i)
            if (runner->move(i).status == MoveStatus::Failed) {
                ++failed;
                QCOMPARE(runner->move(i).message, QStringLiteral("disk not found"));
            }
        QCOMPARE(failed, 1);
    }

    // A migration with about a second of copying left hands its place on: the next move starts
    // (and sets up) while it finishes; at most as many again as the limit may be handing over.
    void aMigrationNearItsEndHandsItsPlaceOn()
    {
        m_env->populate(5);
        auto *runner = run(jobs::Planner(*m_env->inventory()).evacuateHost(0), 2, 2);
        QTRY_COMPARE(m_env->launched.size(), 2);
        m_env->launched[0]->copying(40); // 4 s left at its rate: keeps its place
        QTest::qWait(50);
        QCOMPARE(m_env->launched.size(), 2);
        m_env->launched[0]->copying(5);  // half a second left
        QVERIFY(m_env->launched[0]->handingOver());
        QTRY_COMPARE(m_env->launched.size(), 3);
        m_env->launched[1]->copying(8);
        QTRY_COMPARE(m_env->launched.size(), 4);
        m_env->launched[2]->copying(2);  // a third one handing over: r1 already has 2 + 2
        QTest::qWait(50);
        QCOMPARE(m_env->launched.size(), 4);
        m_env->launched[1]->copying(30); // the guest dirtied faster than it copied: its place back
        QVERIFY(!m_env->launched[1]->handingOver());
        m_env->launched[0]->end(jobs::JobOutcome::Succeeded);
        QTest::qWait(50);
        QCOMPARE(m_env->launched.size(), 4); // the 2nd and the 4th hold both places
        m_env->launched[3]->copying(4);
        QTRY_COMPARE(m_env->launched.size(), 5);
        for (auto *m : m_env->launched)
            if (!m->isFinished())
                m->end(jobs::JobOutcome::Succeeded);
        QTRY_VERIFY(runner->isFinished());
        QCOMPARE(runner->jobResult().outcome, jobs::JobOutcome::Succeeded);
    }

    // Across a cut WAN link nothing live starts: the plan says why and starts once the link is back.
    void cutLinkWaits()
    {
        m_env->populate(2);
        m_env->cut = true;
        auto *runner = run(jobs::Planner(*m_env->inventory()).evacuateSite(0), 2, 1);
        QTRY_VERIFY(runner->waitingFor().contains(QLatin1String("wan is cut")));
        QCOMPARE(m_env->launched.size(), 0);
        m_env->cut = false;
        QTRY_COMPARE_WITH_TIMEOUT(m_env->launched.size(), 1, 5000); // one per link
        QVERIFY(runner->waitingFor().isEmpty());
        m_env->launched[0]->end(jobs::JobOutcome::Succeeded);
        QTRY_COMPARE(m_env->launched.size(), 2);
        m_env->launched[1]->end(jobs::JobOutcome::Succeeded);
        QTRY_VERIFY(runner->isFinished());
        QCOMPARE(runner->jobResult().outcome, jobs::JobOutcome::Succeeded);
    }

    // Paused: running moves finish, nothing new starts (journaled); resumed: it goes on; aborted:
    // the pending move is skipped, the running one cancelled, and a fresh console would not resume it.
    void pauseResumeAbort()
    {
        m_env->populate(3);
        auto *runner = run(jobs::Planner(*m_env->inventory()).evacuateHost(0), 1, 1);
        QTRY_COMPARE(m_env->launched.size(), 1);
        runner->pause();
        QVERIFY(runner->isPaused());
        QTRY_COMPARE(reread(m_path, runner->plan().id).state, PlanState::Paused);
        m_env->launched[0]->end(jobs::JobOutcome::Succeeded);
        QTest::qWait(200);
        QCOMPARE(m_env->launched.size(), 1);
        QVERIFY(!runner->isFinished());

        runner->resume();
        QVERIFY(!runner->isPaused());
        QTRY_COMPARE(m_env->launched.size(), 2);
        QTRY_VERIFY(m_env->launched[1]->isStarted());
        runner->abort();
        QTRY_VERIFY(runner->isFinished());
        QCOMPARE(runner->jobResult().outcome, jobs::JobOutcome::Cancelled);
        QCOMPARE(m_env->launched.size(), 2);
        QCOMPARE(m_env->launched[1]->result().outcome, jobs::JobOutcome::Cancelled);
        QTRY_COMPARE(reread(m_path, runner->plan().id).state, PlanState::Aborted);
        const auto jp = reread(m_path, runner->plan().id);
        QVERIFY(!jp.isOpen());
        QCOMPARE(jp.count(MoveStatus::Succeeded), 1);
        QCOMPARE(jp.count(MoveStatus::Cancelled), 1);
        QCOMPARE(jp.count(MoveStatus::Skipped), 1);
    }

    // A recovery restarts nothing before the fence succeeds: a failing fence pauses the plan with
    // the command's words; once it powers the host off, the VMs restart elsewhere.
    void recoveryFencesFirst()
    {
        m_env->populate(2);
        m_env->setUnreachable(0);
        m_env->fenceCommand = QStringLiteral("echo 'PDU outlet 7: no answer' >&2; exit 3");
        auto *runner = run(jobs::Planner(*m_env->inventory()).recoverHost(0), 2, 2);
        QCOMPARE(runner->plan().moves.size(), 2);
        QTRY_VERIFY(runner->isPaused());
        QCOMPARE(m_env->fences, 1);
        QCOMPARE(m_env->launched.size(), 0);
        QVERIFY2(runner->waitingFor().contains(QLatin1String("fencing r1 failed")), qPrintable(runner->waitingFor()));
        QVERIFY2(runner->waitingFor().contains(QLatin1String("the fence command exited with 3: PDU outlet 7: no answer")),
                 qPrintable(runner->waitingFor()));
        QTRY_COMPARE(reread(m_path, runner->plan().id).state, PlanState::Paused);

        m_env->fenceCommand = QStringLiteral("echo 'outlet 7 off'");
        runner->resume();
        QVERIFY(!runner->isPaused());
        QTRY_COMPARE(m_env->launched.size(), 2);
        QCOMPARE(m_env->fences, 2);
        QVERIFY(m_env->launched[0]->isRestart());
        QTRY_COMPARE(reread(m_path, runner->plan().id).fenced, QStringLiteral("outlet 7 off"));
        for (auto *m : m_env->launched)
            m->end(jobs::JobOutcome::Succeeded);
        QTRY_VERIFY(runner->isFinished());
        QCOMPARE(runner->jobResult().outcome, jobs::JobOutcome::Succeeded);
    }

    // The crashed host answers again before its fence: restarting its VMs elsewhere would run
    // them twice, so nothing is restarted and nothing is fenced.
    // Another console (or hawanctl, or the HA watcher) recovers the same host: this one does
    // nothing, not even the fence, not even a journal line, and says who holds it. Once that
    // holder is gone (its lease dies with it), the recovery runs.
    void recoveryOfAHostHeldElsewhereDoesNothing()
    {
        m_env->populate(1);
        m_env->setUnreachable(0);
        const QString dir = jobs::leaseDirectory(m_env->inventory()->config());
        auto other = jobs::LeaseHolder::self(QStringLiteral("hawanctl recover"));
        jobs::Lease::Taken held = jobs::Lease::take(dir, QStringLiteral("recover-r1"), other);
        QVERIFY2(held.lease, qPrintable(held.error));
        auto *refused = run(jobs::Planner(*m_env->inventory()).recoverHost(0), 2, 2);
        QTRY_VERIFY(refused->isFinished());
        QCOMPARE(refused->jobResult().outcome, jobs::JobOutcome::Failed);
        const QString why = refused->jobResult().message;
        QVERIFY2(why.contains(QStringLiteral("the recovery of r1 is held by hawanctl recover (pid %1").arg(QString::number(QCoreApplication::applicationPid()))),
                 qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("nothing was done")), qPrintable(why));
        QCOMPARE(m_env->fences, 0);
        QCOMPARE(m_env->launched.size(), 0);
        QVERIFY(reread(m_path, refused->plan().id).plan.id.isEmpty()); // never journaled

        held.lease.reset(); // the other holder ends
        auto *runner = run(jobs::Planner(*m_env->inventory()).recoverHost(0), 2, 2);
        QTRY_COMPARE(m_env->launched.size(), 1);
        QCOMPARE(m_env->fences, 1);
        // While it runs, the lease says who holds it.
        const auto holder = jobs::Lease::holder(dir, QStringLiteral("recover-r1"));
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        m_env->launched[0]->end(jobs::JobOutcome::Succeeded);
        QTRY_VERIFY(runner->isFinished());
        QTRY_VERIFY(!jobs::Lease::holder(dir, QStringLiteral("recover-r1"))); // released when it ended
    }

    void hostBackBeforeFenceRestartsNothing()
    {
        m_env->populate(1);
        m_env->setUnreachable(0);
        m_env->fenceCommand = QStringLiteral("sleep 30");
        const auto plan = jobs::Planner(*m_env->inventory()).recoverHost(0);
        HostStatus up = m_env->inventory()->hostStatus(0);
        up.state = HostState::Up;
        m_env->inventory()->applyStatus(0, up);
        auto *runner = run(plan, 2, 2);
        QTRY_VERIFY(runner->isFinished());
        QCOMPARE(m_env->fences, 0);
        QCOMPARE(m_env->launched.size(), 0);
        QCOMPARE(runner->move(0).status, MoveStatus::Skipped);
        QVERIFY(runner->move(0).message.contains(QLatin1String("answers again")));
    }

private:
    jobs::PlanRunner *run(const jobs::Plan &plan, int perHost, int perLink)
    {
        jobs::JournaledPlan jp;
        jp.plan = plan;
        jp.moves.resize(plan.moves.size());
        jobs::PlanOptions o;
        o.maxPerHost = perHost;
        o.maxPerLink = perLink;
        auto *runner = m_env->jobs()->add(std::make_unique<jobs::PlanRunner>(m_env.get(), jp, o, false));
        runner->start();
        return runner;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<Environment> m_env;
};

HAWAN_TEST_MAIN(TstPlanRunner, QCoreApplication)
#include "tst_planrunner.moc"
