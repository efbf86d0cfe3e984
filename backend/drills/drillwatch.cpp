// The drill's watch: from the fault until the fault is seen, the power-loss and console-kill drills' own
// watchers, and the operator's recovery they run.

#include "drills/drill.h"
#include "drills/drill_p.h"

#include "core/fleet.h"
#include "core/operations.h"
#include "drills/writerjob.h"
#include "experiments/experiment.h"
#include "experiments/vmtest.h"
#include "ha/watcher.h"
#include "jobs/commandjob.h"
#include "jobs/jobtracker.h"
#include "jobs/migrationjob.h"
#include "jobs/planrunner.h"
#include "model/inventory.h"
#include "probes/probehub.h"
#include "storage/storagemonitor.h"
#include "util/async.h"
#include "util/statepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <csignal>

#include <sys/prctl.h>

#include <cmath>
#include <limits>
#include <optional>

namespace hawan::drills {

using namespace detail;

void DrillJob::ctl(const QStringList &args, const QString &title, int limitMs,
                   std::function<void(bool, const QString &, const QByteArray &)> then)
{
    command(QStringList{m_tools.ctl, QStringLiteral("--config"), m_run.configFile} + args, title, limitMs, std::move(then));
}

void DrillJob::killConsoleMidEvacuation()
{
    // The console is hawanctl here: a real front end of its own, journaling its plan as the
    // console does; one migration at a time, slowed, so that the kill lands mid-flight.
    m_faultAtMs = elapsedMs();
    m_run.faultAtMs = m_faultAtMs;
    m_run.faulted = true;
    const QStringList argv{m_tools.ctl, QStringLiteral("--config"), m_run.configFile, QStringLiteral("evacuate"), m_run.target,
                           QStringLiteral("--bandwidth"), QStringLiteral("5"), QStringLiteral("--max-per-host"), QStringLiteral("1")};
    event(Text::tr("fault: %1").arg(argv.join(QLatin1Char(' '))));
    auto *p = new QProcess(this);
    m_console = p;
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    auto output = std::make_shared<QString>();
    auto killing = std::make_shared<bool>(false);
    connect(p, &QProcess::readyRead, this, [this, p, output, killing] {
        *output += QString::fromLocal8Bit(p->readAll());
        if (m_planId.isEmpty()) {
            const auto m = QRegularExpression(QStringLiteral("^Plan (\\w+): "), QRegularExpression::MultilineOption).match(*output);
            if (m.hasMatch()) {
                m_planId = m.captured(1);
                event(Text::tr("hawanctl evacuating %1: plan %2").arg(m_run.target, m_planId));
            }
        }
        if (!*killing && output->contains(QLatin1String(" start "))) {
            *killing = true;
            event(Text::tr("a migration of the plan started"));
            QTimer::singleShot(3000, p, [this, p] {
                event(Text::tr("hawanctl killed (SIGKILL) with a migration in flight"));
                p->kill();
            });
        }
    });
    connect(p, &QProcess::finished, this, [this, output, killing](int code, QProcess::ExitStatus status) {
        if (*killing && status != QProcess::NormalExit)
            return stageDone();
        abandon(Text::tr("hawanctl ended (exit %1) before it could be killed mid-migration: %2").arg(code).arg(output->right(600)));
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            abandon(Text::tr("cannot run '%1': %2").arg(m_tools.ctl, p->errorString()));
    });
    QTimer::singleShot(120000, p, [this, p, killing] {
        if (*killing)
            return;
        p->kill();
        m_run.notes << Text::tr("No migration of the evacuation started within 2 minutes.");
    });
    p->start(argv.first(), argv.mid(1));
}

void DrillJob::watch()
{
    const auto *inv = m_fleet->inventory();
    const auto *probes = m_fleet->probes();
    const int link = m_link;
    switch (m_run.spec.drill) {
    case Drill::ConsoleKilledMidEvacuation:
        // What an operator sees after the crash: the plan left open in the journal.
        return ctl({QStringLiteral("plans")}, Text::tr("list open plans"), kCommandLimitMs, [this](bool, const QString &out, const QByteArray &) {
            const bool open = !m_planId.isEmpty() && out.contains(m_planId);
            check(Text::tr("the plan is left open in the journal"), open,
                  open ? out.section(QLatin1Char('\n'), 0, 0).left(200) : Text::tr("hawanctl plans does not list plan %1").arg(m_planId));
            stageDone();
        });
    case Drill::HostPowerLoss:
        return watchPowerLoss();
    case Drill::HungDaemon:
        return watchHold([inv, h = m_host] { return inv->hostStatus(h).state == model::HostState::Unreachable; },
                         Text::tr("%1 seen unreachable").arg(m_run.target));
    case Drill::WanCutShort:
    case Drill::WanCutLong:
    case Drill::WanCutMidMigration:
        // Cut, or (a cut shorter than the probes' three silent intervals) every echo of an interval lost.
        return watchHold([this, probes, link] { return m_fleet->linkCut(link) || probes->linkState(link).loss >= 0.5f; },
                         Text::tr("link seen cut by the probes"));
    case Drill::LossyWan:
        return watchHold([probes, link] { return probes->linkState(link).loss >= 0.005f; }, Text::tr("loss seen by the probes"));
    case Drill::RttOverLimit:
        return watchHold([probes, link] {
            const auto st = probes->linkState(link);
            return !std::isnan(st.rttMs) && st.rttMs > st.limitMs;
        }, Text::tr("round trip seen above the link's limit"));
    case Drill::BrickDown:
    case Drill::StorageNodeLost:
        // A brick offline; or, a whole node lost, the volume not answering at all (the surviving
        // glusterd holds the volume's lock for the lost peer's transaction: measured in the lab).
        return watchHold([this] {
            const auto &snap = m_fleet->storage()->snapshot(m_storage);
            return snap.bricksOffline() > 0 || !snap.error.isEmpty();
        }, Text::tr("storage seen in trouble (a brick offline, or the volume not answering)"));
    }
}

void DrillJob::pollDetect()
{
    if (m_detected || !m_detect || !m_detect())
        return;
    m_detected = true;
    figure(QStringLiteral("detect_s"), double(sinceFaultMs()) / 1000.0, QStringLiteral("s"));
    event(m_detectText);
}

void DrillJob::checkDetected(bool final)
{
    if (m_detectChecked || !m_detect || (!m_detected && !final))
        return;
    m_detectChecked = true;
    const double at = m_run.figure(QStringLiteral("detect_s"));
    const bool afterRepair = m_detected && m_repairAtMs >= 0 && at * 1000.0 > double(m_repairAtMs - m_faultAtMs);
    check(Text::tr("fault detected"), m_detected,
          !m_detected   ? Text::tr("not seen by the console (the fault lasted %1 s)").arg(holdSeconds())
          : afterRepair ? Text::tr("after %1 s, once the %2 s fault was over").arg(at, 0, 'f', 1).arg(holdSeconds())
                        : Text::tr("after %1 s").arg(at, 0, 'f', 1));
}

void DrillJob::watchHold(std::function<bool()> detected, const QString &detectedText)
{
    // The fault lasts its hold; what the console sees meanwhile is timed. The hold ends the stage;
    // a fault shorter than the console's view of it may be seen after the repair (recover() goes
    // on looking).
    const int holdMs = holdSeconds() * 1000;
    m_detect = std::move(detected);
    m_detectText = detectedText;
    auto others = std::make_shared<QStringList>();
    auto *inv = m_fleet->inventory();
    const bool hung = m_run.spec.drill == Drill::HungDaemon;
    const int refresh = inv->config().console.refreshIntervalMs;
    // The detection is polled; the hold runs beside it.
    m_pollPred = [this, others, inv, hung, refresh] {
        pollDetect();
        if (hung) // every other host goes on reporting: a hung host slows nothing else
            for (int h = 0; h < inv->hostCount(); ++h) {
                const auto &st = inv->hostStatus(h);
                if (h == m_host || others->contains(inv->host(h).name))
                    continue;
                if (st.state != model::HostState::Up
                    || st.lastUpdate.msecsTo(QDateTime::currentDateTimeUtc()) > 3 * refresh + 2000)
                    *others << inv->host(h).name;
            }
        return false;
    };
    m_pollThen = [](bool) {};
    m_pollUntilMs = std::numeric_limits<qint64>::max();
    m_poll.start();
    m_hold.disconnect(this);
    connect(&m_hold, &QTimer::timeout, this, [this, others, hung] {
        stopWaiting();
        event(Text::tr("fault held %1 s").arg(holdSeconds()));
        checkDetected(false);
        if (hung)
            check(Text::tr("other hosts kept reporting"), others->isEmpty(),
                  others->isEmpty() ? QString() : Text::tr("stalled: %1").arg(others->join(QStringLiteral(", "))));
        stageDone();
    });
    m_hold.start(holdMs);
}

void DrillJob::watchPowerLoss()
{
    auto *inv = m_fleet->inventory();
    const int host = m_host;
    waitFor([inv, host] { return inv->hostStatus(host).state == model::HostState::Unreachable; }, kDetectLimitMs, [this](bool seen) {
        check(Text::tr("fault detected"), seen, seen ? Text::tr("after %1 s").arg(secondsText(sinceFaultMs()))
                                                     : Text::tr("%1 still answered after %2 s").arg(m_run.target).arg(kDetectLimitMs / 1000));
        if (!seen)
            return abandon({});
        figure(QStringLiteral("detect_s"), double(sinceFaultMs()) / 1000.0, QStringLiteral("s"));
        event(Text::tr("%1 seen unreachable").arg(m_run.target));
        // Where an HA watcher acts and the host has VMs it restarts, the watcher recovers it (after
        // its grace) and the drill judges that recovery; otherwise the drill runs the operator's.
        const config::Config &cfg = m_fleet->inventory()->config();
        bool watched = false;
        for (const auto &vm : m_fleet->inventory()->vms(m_host))
            if (const auto *p = cfg.ha.policyFor(vm.name); p && p->restart)
                watched = true;
        if (!watched)
            return recoverHere();
        util::runDetached(
            Text::tr("Look for an HA watcher"), this, [cfg] { return ha::watcherStatus(cfg); },
            [this](const ha::WatcherStatus &st) {
                if (st.acting && st.silentS < ha::WatcherStatus::kSilentAfterS)
                    return followRecoveryElsewhere(Text::tr("the HA watcher, %1").arg(st.holder.describe()));
                recoverHere();
            });
    });
}

void DrillJob::recoverHere()
{
    // The recovery an operator runs: fence, then restart.
    const core::Operations ops(m_fleet);
    core::Proposal proposal;
    if (const auto refused = ops.recovery(m_host, &proposal))
        return abandon(Text::tr("The recovery was refused: %1").arg(refused->text));
    QString error;
    m_recovery = ops.run(proposal, proposal.plan, m_fleet->defaultPlanOptions(), &error);
    if (!m_recovery)
        return abandon(Text::tr("The recovery did not start: %1").arg(error));
    event(Text::tr("recovery plan %1 started: %n VM(s) to restart", nullptr, int(proposal.plan.moves.size())).arg(proposal.plan.id));
    auto fenced = std::make_shared<bool>(false);
    auto firstRestartMs = std::make_shared<qint64>(-1);
    connect(m_recovery, &jobs::PlanRunner::stateChanged, this, [this, fenced] {
        if (*fenced || !m_recovery || m_recovery->journaled().fenced.isEmpty())
            return;
        *fenced = true;
        figure(QStringLiteral("fence_s"), double(sinceFaultMs()) / 1000.0, QStringLiteral("s"));
        event(Text::tr("%1 fenced (%2)").arg(m_run.target, m_recovery->journaled().fenced));
    });
    connect(m_recovery, &jobs::PlanRunner::moveChanged, this, [this, fenced, firstRestartMs](int i) {
        if (!m_recovery)
            return;
        const auto &m = m_recovery->plan().moves[i];
        const auto &rec = m_recovery->move(i);
        if (rec.status == jobs::MoveStatus::Succeeded) {
            if (*firstRestartMs < 0)
                *firstRestartMs = sinceFaultMs();
            figure(QStringLiteral("downtime_s"), double(sinceFaultMs()) / 1000.0, QStringLiteral("s"), m.vmName);
            event(Text::tr("%1 running again on %2").arg(m.vmName, m.to));
            if (!*fenced)
                check(Text::tr("fenced before any restart"), false, Text::tr("%1 restarted before the fence was recorded").arg(m.vmName));
        } else if (jobs::moveStatusFinal(rec.status)) {
            event(Text::tr("%1 not restarted: %2").arg(m.vmName, rec.message));
        }
    });
    auto done = [this, fenced] {
        if (!m_recovery)
            return;
        if (!m_recovery->heldElsewhereBy().isEmpty())
            return followRecoveryElsewhere(m_recovery->heldElsewhereBy());
        const auto &jp = m_recovery->journaled();
        const int total = int(jp.plan.moves.size()) + int(jp.plan.blocked.size());
        const int ok = jp.count(jobs::MoveStatus::Succeeded);
        event(Text::tr("recovery ended: %1 of %2 restarted").arg(ok).arg(total));
        check(Text::tr("host fenced"), *fenced, *fenced ? jp.fenced : Text::tr("no fence recorded"));
        check(Text::tr("every VM of the host restarted"), ok == total,
              Text::tr("%1 of %2").arg(ok).arg(total));
        stopWaiting();
        stageDone();
    };
    connect(m_recovery, &jobs::PlanRunner::finished, this, done);
    if (m_recovery->isFinished())
        return done();
    // A recovery that hangs is aborted after its limit; the drill goes on to the repair.
    waitFor([] { return false; }, kRecoverLimitMs, [this](bool) {
        m_run.notes << Text::tr("The recovery did not end within %1 s: aborted.").arg(kRecoverLimitMs / 1000);
        if (m_recovery)
            m_recovery->abort();
    });
}

void DrillJob::followRecoveryElsewhere(const QString &who)
{
    event(Text::tr("the recovery of %1 is run by %2: following its plan in the journal").arg(m_run.target, who));
    // Its plan: the newest recovery of this host written since the fault (by any process).
    const QDateTime since = QDateTime::currentDateTimeUtc().addMSecs(-sinceFaultMs() - 1000);
    auto find = [this, since]() -> std::optional<jobs::JournaledPlan> {
        const auto &rep = m_fleet->journal()->replay();
        std::optional<jobs::JournaledPlan> found;
        for (const QString &id : rep.planOrder) {
            const auto it = rep.plans.constFind(id);
            if (it != rep.plans.cend() && it->plan.kind == jobs::Plan::Kind::Recover && it->plan.subject == m_run.target
                && it->plan.created >= since)
                found = *it;
        }
        return found;
    };
    waitFor(
        [find] { // the fleet reads what other processes append every 2 s
            const auto jp = find();
            return jp && (jp->state == jobs::PlanState::Finished || jp->state == jobs::PlanState::Aborted);
        },
        kRecoverLimitMs, [this, find, who](bool ended) {
            const auto jp = find();
            if (!jp) {
                check(Text::tr("every VM of the host restarted"), false,
                      Text::tr("no recovery plan of %1 by %2 in this console's journal within %3 s: give the consoles and "
                               "the watcher one journal ([console] journal on the shared volume)")
                          .arg(m_run.target, who).arg(kRecoverLimitMs / 1000));
                return stageDone();
            }
            if (!jp->fenced.isEmpty())
                figure(QStringLiteral("fence_s"), double(jp->fencedAt.isValid() ? sinceFaultMs() - jp->fencedAt.msecsTo(QDateTime::currentDateTimeUtc()) : sinceFaultMs()) / 1000.0,
                       QStringLiteral("s"));
            const int total = int(jp->plan.moves.size());
            const int ok = jp->count(jobs::MoveStatus::Succeeded);
            event(Text::tr("recovery by %1 %2: %3 of %4 restarted")
                      .arg(who, ended ? Text::tr("ended") : Text::tr("not ended within %1 s").arg(kRecoverLimitMs / 1000))
                      .arg(ok)
                      .arg(total));
            check(Text::tr("host fenced"), !jp->fenced.isEmpty(), jp->fenced.isEmpty() ? Text::tr("no fence recorded") : jp->fenced);
            check(Text::tr("every VM of the host restarted"), ended && ok == total, Text::tr("%1 of %2").arg(ok).arg(total));
            if (!jp->plan.blocked.isEmpty()) {
                QStringList left;
                for (const auto &b : jp->plan.blocked)
                    left << Text::tr("%1 (%2)").arg(b.vmName, b.reason);
                m_run.notes << Text::tr("Not in that recovery's plan: %1.").arg(left.join(QStringLiteral("; ")));
            }
            stageDone();
        });
}

void DrillJob::recover()
{
    if (!m_repaired)
        return stageDone();
    auto *inv = m_fleet->inventory();
    std::function<bool()> back;
    QString what;
    switch (m_info.target) {
    case TargetKind::Host:
        back = [inv, h = m_host] { return inv->hostStatus(h).state == model::HostState::Up; };
        what = Text::tr("%1 answers again").arg(m_run.target);
        break;
    case TargetKind::Link:
        back = [this] {
            // A link no probe measures cannot be seen back: only its migration is waited for.
            const auto st = m_fleet->probes()->linkState(m_link);
            const bool normal = !st.measured || (!st.cut && st.loss < 0.005f && (std::isnan(st.rttMs) || st.rttMs <= st.limitMs));
            return normal && (!m_migration || m_migration->isFinished());
        };
        what = Text::tr("%1 back to normal").arg(m_run.target);
        break;
    case TargetKind::StorageSite:
        back = [this] {
            const auto &snap = m_fleet->storage()->snapshot(m_storage);
            return snap.hasData() && snap.bricksOffline() == 0;
        };
        what = Text::tr("every brick online");
        break;
    }
    waitFor([this, back] {
                pollDetect();
                return back();
            },
            kRecoverLimitMs, [this, what](bool ok) {
        checkDetected(true);
        const double s = double(elapsedMs() - m_repairAtMs) / 1000.0;
        const bool unseen = m_info.target == TargetKind::Link && !m_fleet->probes()->linkState(m_link).measured;
        check(Text::tr("back after the repair"), ok, unseen ? Text::tr("not measured: no probe watches %1").arg(m_run.target)
                                                     : ok ? Text::tr("%1 after %2 s").arg(what).arg(s, 0, 'f', 1)
                                                        : Text::tr("not within %1 s").arg(kRecoverLimitMs / 1000));
        if (ok && !unseen)
            figure(QStringLiteral("back_s"), s, QStringLiteral("s"));
        if (ok && m_run.spec.drill == Drill::HostPowerLoss && m_fleet->inventory()->inMaintenance(m_host)) {
            // The recovery put the host in maintenance; powered on again, it may take VMs again.
            QString error;
            if (m_fleet->setMaintenance(m_host, false, &error))
                event(Text::tr("%1 out of maintenance").arg(m_run.target));
            else
                m_run.notes << Text::tr("Could not take %1 out of maintenance: %2").arg(m_run.target, error);
        }
        stageDone();
    });
}

} // namespace hawan::drills
