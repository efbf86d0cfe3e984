#include "plancommands.h"

#include "core/operations.h"
#include "core/statusreport.h"
#include "joblines.h"
#include "output.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <memory>

using namespace hawan;

namespace hawanctl {

namespace {

QString tr(const char *s, int n = -1) { return QCoreApplication::translate("hawanctl", s, nullptr, n); }

void printPlan(const jobs::Plan &plan, bool dryRun)
{
    out() << tr("Plan %1: %2%3").arg(plan.id, plan.title(), dryRun ? tr(" (dry run: nothing is moved)") : QString()) << Qt::endl;
    for (const auto &w : plan.warnings)
        out() << tr("  warning: %1").arg(w) << Qt::endl;
    if (plan.moves.isEmpty())
        out() << tr("  nothing to move") << Qt::endl;
    for (const auto &m : plan.moves)
        out() << QStringLiteral("  %1  %2 → %3  %4  %5%6")
                     .arg(m.vmName, -24).arg(m.from, m.to.leftJustified(12))
                     .arg(m.offline ? tr("shut off") : model::formatKiB(m.memoryKiB), -9)
                     .arg(m.why, m.crossesWan ? tr(" [crosses the WAN]") : QString())
              << Qt::endl;
    for (const auto &b : plan.blocked)
        out() << tr("  cannot move %1 (on %2): %3").arg(b.vmName, b.from, b.reason) << Qt::endl;
}

// Prints what the plan decides: each move's end (the jobs' own lines come from JobLines, which
// observes the tracker), what it waits for, and its end; exits the app when the plan is done.
// Exits with `code` once the calls asked of a cloud (a compute service disabled for the plan's
// maintenance) have their answer, or after 15 s.
void exitAfterCloudCalls(QCoreApplication &app, core::Fleet &fleet, int code)
{
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    auto *timer = new QTimer(&app);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, &app, [&app, &fleet, code, waited, timer] {
        if (fleet.cloudCallsPending() > 0 && waited->elapsed() < 15000)
            return;
        timer->stop();
        app.exit(code);
    });
    timer->start();
}

void report(QCoreApplication &app, core::Fleet &fleet, const JobLines *lines, jobs::PlanRunner *runner, std::shared_ptr<int> pending,
            std::shared_ptr<int> exitCode)
{
    auto stamp = [lines] { return lines->stamp(); };
    const QString planId = runner->plan().id;
    QObject::connect(runner, &jobs::PlanRunner::moveChanged, &app, [=](int i) {
        const auto &m = runner->plan().moves[i];
        const auto &rec = runner->move(i);
        if (!jobs::moveStatusFinal(rec.status))
            return;
        QString detail = rec.message;
        const jobs::MoveJob *job = runner->job(i);
        if (rec.status == jobs::MoveStatus::Succeeded && job && job->isFinished() && job->isRestart())
            detail = job->result().message.isEmpty() ? tr("restarted in %1 s").arg(double(job->result().durationMs) / 1000.0, 0, 'f', 1)
                                                     : job->result().message;
        else if (rec.status == jobs::MoveStatus::Succeeded && job && job->isFinished())
            detail = tr("%1 s, %2 MiB sent, downtime %3 ms")
                         .arg(double(job->result().durationMs) / 1000.0, 0, 'f', 1).arg(job->result().bytesSent >> 20)
                         .arg(job->result().downtimeMs);
        out() << stamp() << QStringLiteral("  [%1] ").arg(planId)
              << QStringLiteral("%1 %2: %3 → %4%5").arg(jobs::moveStatusId(rec.status), m.vmName, m.from, m.to,
                                                       detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail))
              << Qt::endl;
    });
    auto lastWait = std::make_shared<QString>(runner->waitingFor());
    if (!lastWait->isEmpty())
        out() << stamp() << QStringLiteral("  [%1] ").arg(planId) << *lastWait << Qt::endl;
    QObject::connect(runner, &jobs::PlanRunner::stateChanged, &app, [=] {
        if (!runner->waitingFor().isEmpty() && runner->waitingFor() != *lastWait)
            out() << stamp() << QStringLiteral("  [%1] ").arg(planId) << runner->waitingFor() << Qt::endl;
        *lastWait = runner->waitingFor();
    });
    auto onFinished = [=, &app, &fleet] {
        if (!runner->heldElsewhereBy().isEmpty()) { // another process recovers this host: nothing ran here
            out() << stamp() << QStringLiteral("  [%1] ").arg(planId) << tr("refused: %1").arg(runner->jobResult().message) << Qt::endl;
            *exitCode = Failed;
            if (--*pending == 0)
                app.exit(*exitCode);
            return;
        }
        const auto &jp = runner->journaled();
        const int moved = jp.count(jobs::MoveStatus::Succeeded);
        const int failed = jp.count(jobs::MoveStatus::Failed);
        const int notMoved = jp.count(jobs::MoveStatus::Cancelled) + jp.count(jobs::MoveStatus::Skipped) + int(jp.plan.blocked.size());
        out() << stamp() << QStringLiteral("  [%1] ").arg(planId)
              << tr("%1 %2: %3 moved, %4 failed, %5 not moved").arg(jobs::planStateId(runner->state()), jp.plan.title())
                     .arg(moved).arg(failed).arg(notMoved)
              << Qt::endl;
        if (failed || notMoved)
            *exitCode = Failed;
        if (--*pending == 0)
            exitAfterCloudCalls(app, fleet, *exitCode);
    };
    QObject::connect(runner, &jobs::PlanRunner::finished, &app, onFinished);
    if (runner->isFinished()) // it ended while starting (nothing left to do)
        onFinished();
}

} // namespace

// Runs `fn` once every host and every storage volume has answered (or failed), or after
// `timeoutS` anyway.
void whenReported(QCoreApplication &app, core::Fleet &fleet, int timeoutS, std::function<void()> fn)
{
    auto *inv = fleet.inventory();
    auto *storage = fleet.storage();
    auto fired = std::make_shared<bool>(false);
    auto once = [fired, fn] {
        if (*fired)
            return;
        *fired = true;
        fn();
    };
    auto check = [inv, storage, once, &fleet] {
        if (inv->allReported() && storage->allAnswered() && fleet.linksSettled())
            QTimer::singleShot(0, once);
    };
    QObject::connect(inv, &model::Inventory::reportedChanged, &app, check);
    QObject::connect(storage, &storage::StorageMonitor::changed, &app, check);
    // A recovery must know whether the host's site is cut off (see core::Operations::recovery).
    if (fleet.startLinkProbes())
        QObject::connect(fleet.probes(), &probes::ProbeHub::linkStateChanged, &app, check);
    QTimer::singleShot(timeoutS * 1000, &app, once);
    fleet.start();
}

// The storage gate of evacuate, recover and maintenance: true to go ahead (in sync, or overridden
// with a reason, said on stderr); false after printing `refused`, the blockers and what to do.
bool storageAllows(const QStringList &blockers, const QString &overrideReason, const QString &refused)
{
    if (blockers.isEmpty())
        return true;
    if (overrideReason.isEmpty()) {
        err() << refused << Qt::endl;
        for (const auto &b : blockers)
            err() << "  " << b << Qt::endl;
        err() << tr("Wait for the heal to finish (hawanctl storage shows it), or, if you must, repeat with "
                    "--override-storage \"REASON\" (the reason is written to the journal).") << Qt::endl;
        return false;
    }
    err() << tr("hawanctl: going ahead despite unsynced storage (%1): %2").arg(overrideReason, blockers.join(QStringLiteral("; "))) << Qt::endl;
    return true;
}


int evacuate(QCoreApplication &app, core::Fleet &fleet, const PlanArgs &a)
{
    auto *inv = fleet.inventory();
    const auto &cfg = inv->config();
    int host = -1, site = -1;
    if (!a.host.isEmpty()) {
        host = cfg.hostIndex(a.host);
        if (host < 0) {
            QStringList names;
            for (const auto &h : cfg.hosts)
                names << h.name;
            err() << tr("hawanctl: unknown host '%1'; hosts: %2").arg(a.host, names.join(QStringLiteral(", "))) << Qt::endl;
            return Usage;
        }
    } else {
        site = cfg.siteIndex(a.site);
        if (site < 0) {
            QStringList names;
            for (const auto &s : cfg.sites)
                names << s.name;
            err() << tr("hawanctl: unknown site '%1'; sites: %2").arg(a.site, names.join(QStringLiteral(", "))) << Qt::endl;
            return Usage;
        }
    }
    if (a.recover && host >= 0 && cfg.hosts[host].fence.isEmpty() && a.fencedByHand.isEmpty() && !a.dryRun) {
        err() << tr("hawanctl: %1 has no fence command in the configuration, so Hawan cannot make sure it is off. "
                    "Power it off by hand (or add 'fence = \"...\"' to its [[host]]), then repeat with "
                    "--fenced-by-hand \"WHO/HOW\"; that is written to the journal.").arg(a.host) << Qt::endl;
        return Failed;
    }
    const QString subject = host >= 0 ? a.host : a.site;
    const core::Operations ops(&fleet);
    if (const auto open = ops.openPlanFor(subject); open && !a.dryRun) {
        err() << tr("hawanctl: %1 (plan %2); finish it with 'hawanctl resume %2' or drop it with 'hawanctl abort %2'")
                     .arg(open->text, open->planId) << Qt::endl;
        return Failed;
    }
    if (!a.dryRun && !fleet.journal()->isWritable()) {
        err() << tr("hawanctl: %1; nothing was moved").arg(fleet.journal()->error()) << Qt::endl;
        return Failed;
    }

    auto exitCode = std::make_shared<int>(Ok);
    const auto *lines = new JobLines(fleet.jobs(), &app);
    whenReported(app, fleet, a.reportTimeoutS, [&app, &fleet, a, host, site, exitCode, ops, lines] {
        // Storage first: maintenance on the only current copy, or a move onto a stale one, loses data.
        const QStringList blockers = ops.storageBlockers();
        if (!a.dryRun && !storageAllows(blockers, a.storageOverride, tr("hawanctl: the shared storage is not in sync, so nothing was moved:")))
            return app.exit(Failed);
        core::Proposal proposal;
        std::optional<core::Refusal> refusal;
        if (a.giveBack)
            refusal = ops.giveBack(host, &proposal);
        else if (a.recover)
            refusal = ops.recovery(host, &proposal);
        else
            ops.evacuation(host, site, &proposal);
        if (refusal) {
            using C = core::Refusal::Code;
            if (refusal->code == C::NothingToReturn) {
                out() << refusal->text << Qt::endl;
                return app.exit(Ok);
            }
            err() << "hawanctl: " << refusal->text
                  << (refusal->code == C::InMaintenance ? tr(" ('hawanctl maintenance %1 off')").arg(a.host)
                      : refusal->code == C::HostAnswers ? tr(". Use 'hawanctl evacuate %1' to move its VMs live.").arg(a.host)
                                                        : QString())
                  << Qt::endl;
            return app.exit(Failed);
        }
        const jobs::Plan &plan = proposal.plan;
        printPlan(plan, a.dryRun);
        if (a.dryRun)
            for (const auto &b : blockers)
                out() << tr("  storage not in sync (a real run stops here): %1").arg(b) << Qt::endl;
        if (a.dryRun)
            return app.exit(plan.blocked.isEmpty() ? Ok : Failed);
        QString error;
        ops.recordStorageOverride(a.host.isEmpty() ? a.site : a.host, a.storageOverride, blockers);
        if (!a.fencedByHand.isEmpty())
            proposal.fenced = tr("powered off by hand: %1").arg(a.fencedByHand);
        jobs::PlanRunner *runner = ops.run(proposal, plan, a.options, &error);
        if (!runner) {
            err() << tr("hawanctl: %1; nothing was moved").arg(error) << Qt::endl;
            return app.exit(Failed);
        }
        report(app, fleet, lines, runner, std::make_shared<int>(1), exitCode);
    });
    return app.exec();
}

int listPlans(core::Fleet &fleet)
{
    const auto open = fleet.interruptedPlans();
    if (open.isEmpty()) {
        out() << tr("No interrupted plan in %1.").arg(fleet.journal()->path()) << Qt::endl;
        return Ok;
    }
    for (const jobs::JournaledPlan *p : open) {
        out() << tr("%1  %2  %3, created %4: %5 moved, %6 in flight, %7 to go")
                     .arg(p->plan.id, jobs::planStateId(p->state), p->plan.title(),
                          p->plan.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(p->count(jobs::MoveStatus::Succeeded)).arg(p->count(jobs::MoveStatus::Started))
                     .arg(p->count(jobs::MoveStatus::Pending))
              << Qt::endl;
        const QString elsewhere = jobs::Journal::ownerMachineElsewhere(p->owner);
        if (!elsewhere.isEmpty())
            out() << tr("  started by a console on %1: make sure it is closed before resuming here").arg(elsewhere) << Qt::endl;
    }
    out() << tr("Finish one with 'hawanctl resume ID', drop it with 'hawanctl abort ID'.") << Qt::endl;
    return Ok;
}

int resume(QCoreApplication &app, core::Fleet &fleet, const PlanArgs &a, bool abort)
{
    QStringList ids;
    QHash<QString, jobs::PlanOptions> options;
    int leftAlone = 0;
    for (const jobs::JournaledPlan *p : fleet.interruptedPlans())
        if (a.planId.isEmpty() || p->plan.id == a.planId) {
            // Another machine's console may still run it: only when named, the operator having checked.
            const QString elsewhere = jobs::Journal::ownerMachineElsewhere(p->owner);
            if (!elsewhere.isEmpty() && a.planId.isEmpty()) {
                err() << tr("hawanctl: left %1 (%2) alone: a console on %3 started it and may still run it; once it is closed, "
                            "name the plan: 'hawanctl %4 %1'").arg(p->plan.id, p->plan.title(), elsewhere,
                                                                  abort ? QStringLiteral("abort") : QStringLiteral("resume"))
                      << Qt::endl;
                ++leftAlone;
                continue;
            }
            ids << p->plan.id;
            // As it was started, unless the command line says otherwise.
            jobs::PlanOptions o = p->options;
            if (a.overrides.contains(QStringLiteral("max-per-host")))
                o.maxPerHost = a.options.maxPerHost;
            if (a.overrides.contains(QStringLiteral("max-per-link")))
                o.maxPerLink = a.options.maxPerLink;
            if (a.overrides.contains(QStringLiteral("bandwidth")))
                o.move.bandwidthMiBs = a.options.move.bandwidthMiBs;
            if (a.overrides.contains(QStringLiteral("auto-converge")))
                o.move.autoConverge = true;
            if (a.overrides.contains(QStringLiteral("max-downtime")))
                o.move.maxDowntimeMs = a.options.move.maxDowntimeMs;
            if (a.overrides.contains(QStringLiteral("time-limit")))
                o.move.timeoutS = a.options.move.timeoutS;
            options.insert(p->plan.id, o);
        }
    if (ids.isEmpty() && leftAlone > 0)
        return Failed;
    if (ids.isEmpty()) {
        err() << (a.planId.isEmpty() ? tr("hawanctl: no interrupted plan in %1").arg(fleet.journal()->path())
                                     : tr("hawanctl: no interrupted plan '%1' in %2; 'hawanctl plans' lists them")
                                           .arg(a.planId, fleet.journal()->path()))
              << Qt::endl;
        return a.planId.isEmpty() ? Ok : Failed;
    }
    auto exitCode = std::make_shared<int>(Ok);
    auto pending = std::make_shared<int>(int(ids.size()));
    const auto *lines = new JobLines(fleet.jobs(), &app);
    whenReported(app, fleet, a.reportTimeoutS, [&app, &fleet, a, ids, options, abort, exitCode, pending, lines] {
        for (const QString &id : ids) {
            QString error;
            jobs::PlanRunner *runner = fleet.resumePlan(id, options.value(id), &error);
            if (!runner) {
                err() << tr("hawanctl: cannot resume %1: %2").arg(id, error) << Qt::endl;
                *exitCode = Failed;
                if (--*pending == 0)
                    app.exit(*exitCode);
                continue;
            }
            out() << (abort ? tr("Aborting plan %1: %2 (moves in flight are reconciled first)")
                            : tr("Resuming plan %1: %2 (moves in flight are reconciled first)")).arg(id, runner->plan().title())
                  << Qt::endl;
            report(app, fleet, lines, runner, pending, exitCode);
            if (abort)
                runner->abort();
        }
    });
    return app.exec();
}

int storageStatus(QCoreApplication &app, core::Fleet &fleet, int timeoutS)
{
    auto *st = fleet.storage();
    if (st->count() == 0) {
        out() << tr("No GlusterFS volume in the configuration.") << Qt::endl;
        return Ok;
    }
    auto code = std::make_shared<int>(Ok);
    whenReported(app, fleet, timeoutS, [&app, st, code] {
        for (int i = 0; i < st->count(); ++i) {
            const auto &s = st->snapshot(i);
            out() << tr("Volume %1 (%2)").arg(st->storage(i).volume, s.hasData() ? QStringLiteral("%1, replica %2, arbiter %3")
                                                                                      .arg(s.info.typeStr).arg(s.info.replicaCount).arg(s.info.arbiterCount)
                                                                                : tr("no answer"))
                  << Qt::endl;
            if (s.hasData()) {
                for (const auto &b : s.status.bricks) {
                    storage::BrickHeal h;
                    for (const auto &x : s.heal)
                        if (x.name == b.host + QLatin1Char(':') + b.path)
                            h = x;
                    const QString site = st->siteOfBrick(i, b.host);
                    out() << QStringLiteral("  %1:%2  %3  %4  port %5  pid %6  pending %7  split-brain %8")
                                 .arg(b.host, b.path, site.isEmpty() ? QStringLiteral("-") : site, b.online ? tr("online") : tr("OFFLINE"))
                                 .arg(b.port).arg(b.pid)
                                 .arg(h.pending < 0 ? QStringLiteral("?") : QString::number(h.pending))
                                 .arg(h.splitBrain < 0 ? QStringLiteral("?") : QString::number(h.splitBrain))
                          << Qt::endl;
                }
                out() << tr("  self-heal daemon: %1").arg(s.selfHealRunning() ? tr("running") : tr("NOT running everywhere")) << Qt::endl;
            }
            for (const auto &f : st->findings(i)) {
                out() << QStringLiteral("  [%1] %2").arg(storage::levelId(f.level), f.text) << Qt::endl;
                if (!f.advice.isEmpty())
                    out() << QStringLiteral("          %1").arg(f.advice) << Qt::endl;
                if (f.level == storage::Finding::Level::Critical)
                    *code = Failed;
            }
        }
        app.exit(*code);
    });
    return app.exec();
}

int maintenance(QCoreApplication &app, core::Fleet &fleet, const QString &hostName, bool on, const QString &storageOverride, int timeoutS)
{
    const int host = fleet.inventory()->config().hostIndex(hostName);
    if (host < 0) {
        err() << tr("hawanctl: unknown host '%1'").arg(hostName) << Qt::endl;
        return Usage;
    }
    auto mark = [&fleet, host, hostName, on] {
        QString error;
        if (!fleet.setMaintenance(host, on, &error) || !fleet.journal()->waitForWritten()) {
            err() << "hawanctl: " << (error.isEmpty() ? fleet.journal()->error() : error) << Qt::endl;
            return int(Failed);
        }
        // A cloud's host: its compute service is disabled (or enabled) in Nova before this ends,
        // and what Nova refused is said (the console logs it; here it is printed).
        bool refused = false;
        const auto said = QObject::connect(&fleet, &core::Fleet::cloudRefused, &fleet,
                                           [host, hostName, on, &refused](int h, const QString &why) {
                                               if (h != host)
                                                   return;
                                               err() << tr("hawanctl: %1 is marked %2 here, but Nova did not %3 its compute service: %4")
                                                            .arg(hostName, on ? tr("in maintenance") : tr("out of maintenance"),
                                                                 on ? tr("disable") : tr("enable"), why)
                                                     << Qt::endl;
                                               refused = true;
                                           });
        QElapsedTimer t;
        t.start();
        while (fleet.cloudCallsPending() > 0 && t.elapsed() < 15000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QObject::disconnect(said);
        if (refused)
            return int(Failed);
        out() << (on ? tr("%1 is in maintenance: plans send it nothing").arg(hostName)
                     : tr("%1 is out of maintenance").arg(hostName))
              << Qt::endl;
        return int(Ok);
    };
    // Taking a host out of maintenance, or marking it again, risks nothing.
    if (!on || fleet.inventory()->inMaintenance(host))
        return mark();
    // Work on a host may take the only current copy of some disks with it: storage first, as
    // for evacuate and recover (and the console's own mark).
    auto code = std::make_shared<int>(Ok);
    whenReported(app, fleet, timeoutS, [&app, &fleet, hostName, storageOverride, mark, code] {
        const core::Operations ops(&fleet);
        const QStringList blockers = ops.storageBlockers();
        if (!storageAllows(blockers, storageOverride, tr("hawanctl: the shared storage is not in sync, so %1 was not marked for maintenance:").arg(hostName))) {
            *code = Failed;
            return app.exit(*code);
        }
        ops.recordStorageOverride(hostName, storageOverride, blockers);
        *code = mark();
        app.exit(*code);
    });
    app.exec();
    return *code;
}

} // namespace hawanctl
