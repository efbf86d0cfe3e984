#include "core/recoveryfollower.h"

#include "jobs/journal.h"
#include "jobs/jobtracker.h"
#include "jobs/planrunner.h"
#include "model/inventory.h"

#include <QTimer>

namespace hawan::core {

RecoveryFollower::RecoveryFollower(model::Inventory *inventory, jobs::Journal *journal, jobs::JobTracker *tracker, Act act,
                                   QObject *parent)
    : QObject(parent), m_inventory(inventory), m_journal(journal), m_act(std::move(act))
{
    connect(inventory, &model::Inventory::hostChanged, this, &RecoveryFollower::schedule);
    connect(inventory, &model::Inventory::vmsInserted, this, &RecoveryFollower::schedule);
    connect(tracker, &jobs::JobTracker::jobAdded, this, [this](jobs::Job *job) {
        auto *runner = qobject_cast<jobs::PlanRunner *>(job);
        if (!runner || runner->plan().kind != jobs::Plan::Kind::Recover)
            return;
        // Fenced, then each restart: the crashed host's view follows at once, not at its next retry.
        connect(runner, &jobs::PlanRunner::stateChanged, this, &RecoveryFollower::schedule);
        connect(runner, &jobs::PlanRunner::moveChanged, this, &RecoveryFollower::schedule);
    });
}

void RecoveryFollower::schedule()
{
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_queued = false;
        follow();
    }, Qt::QueuedConnection);
}

void RecoveryFollower::follow()
{
    // Either end may report first: look at every recovery whenever any host reports.
    const auto &cfg = m_inventory->config();
    for (const auto &jp : m_journal->replay().plans) {
        if (jp.plan.kind != jobs::Plan::Kind::Recover)
            continue;
        const int host = cfg.hostIndex(jp.plan.subject);
        // Only until the host is seen again: a report newer than the fence means it has been back.
        const QDateTime lastSeen = host >= 0 ? m_inventory->hostSnapshot(host).at : QDateTime();
        const bool backSince = lastSeen.isValid() && jp.fencedAt.isValid() && lastSeen > jp.fencedAt;
        if (host >= 0 && !jp.fenced.isEmpty() && !backSince && m_inventory->hostStatus(host).state != model::HostState::Up) {
            // Fenced and silent since: nothing runs there any more, whatever its last report said.
            QSet<QString> moved;
            for (int i = 0; i < jp.plan.moves.size(); ++i)
                if (jp.moves[i].status == jobs::MoveStatus::Succeeded)
                    moved.insert(jp.plan.moves[i].vmUuid);
            m_inventory->showFenced(host, moved);
            continue;
        }
        if (host < 0 || m_inventory->hostStatus(host).state != model::HostState::Up)
            continue;
        if (!cfg.hosts[host].cloud.isEmpty())
            continue; // a cloud's compute host removes its evacuated servers itself when it starts again
        const QString name = jp.plan.subject;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int settleMs = 2 * cfg.console.refreshIntervalMs;
        for (int i = 0; i < jp.plan.moves.size(); ++i) {
            const auto &m = jp.plan.moves[i];
            if (jp.moves[i].status != jobs::MoveStatus::Succeeded)
                continue;
            const int to = cfg.hostIndex(m.to);
            bool here = false, activeHere = false, activeThere = false, runningHere = false, runningThere = false;
            for (const auto &vm : m_inventory->vms(host))
                if (vm.uuid == m.vmUuid) {
                    here = true;
                    activeHere = model::vmIsActive(vm.state);
                    runningHere = vm.state == model::VmState::Running;
                }
            if (to >= 0 && m_inventory->hostStatus(to).state == model::HostState::Up)
                for (const auto &vm : m_inventory->vms(to))
                    if (vm.uuid == m.vmUuid && model::vmIsActive(vm.state)) {
                        activeThere = true;
                        runningThere = runningThere || vm.state == model::VmState::Running;
                    }
            const QString key = jp.plan.id + QLatin1Char('/') + m.vmUuid;
            if (!here || !activeThere || m_handled.contains(key) || (activeHere && !(runningHere && runningThere))) {
                // Active at both ends with one of them paused is a live migration between the
                // two (the incoming copy waits paused; the source pauses at the switch-over),
                // long after the recovery: not a VM running twice.
                m_since.remove(key);
                continue;
            }
            // The two hosts' reports are taken at different moments: a migration's switch-over
            // can look like two running copies in one pass. Said only once it has held for two
            // refresh intervals. (A shut-off copy is removed at once: if a migration had just left
            // it, it is stale all the same, and one already gone is no failure.)
            if (activeHere) {
                const auto first = m_since.constFind(key);
                if (first == m_since.cend()) {
                    m_since.insert(key, now);
                    QTimer::singleShot(settleMs + 200, this, &RecoveryFollower::schedule);
                    continue;
                }
                if (first.value().msecsTo(now) < settleMs)
                    continue;
            }
            m_since.remove(key);
            m_handled.insert(key);
            // Several recoveries of this host may name the same VM (it came back and was recovered
            // again): one removal of the one stale definition, said once.
            const QString vmKey = name + QLatin1Char('/') + m.vmUuid;
            if (!activeHere && m_removing.contains(vmKey))
                continue;
            if (activeHere) {
                m_inventory->log(model::LogEntry::Severity::Error, host, m.vmName,
                                 tr("%1 runs on both %2 and %3 (recovered there by plan %4): force off the copy on %2; "
                                    "the one on %3 is current").arg(m.vmName, name, m.to, jp.plan.id));
                continue;
            }
            if (m_readOnly) {
                m_inventory->log(model::LogEntry::Severity::Warning, host, m.vmName,
                                 tr("%1 is back with a stale definition of %2 (restarted on %3 by plan %4): left for an "
                                    "operator's console to remove (this one is read-only)").arg(name, m.vmName, m.to, jp.plan.id));
                continue;
            }
            m_inventory->log(model::LogEntry::Severity::Info, host, m.vmName,
                             tr("%1 is back: removing its stale definition of %2 (restarted on %3 by plan %4)")
                                 .arg(name, m.vmName, m.to, jp.plan.id));
            const QString what = tr("the stale definition of %1 on %2 (it runs on %3)").arg(m.vmName, name, m.to);
            jobs::VmActionJob *job = m_act(host, m.vmUuid, model::VmAction::UndefineStale);
            m_cleanups.insert(job, what);
            m_removing.insert(vmKey);
            connect(job, &jobs::Job::ended, this, [this, host, vmKey](jobs::Job *j) {
                m_removing.remove(vmKey);
                const QString what = m_cleanups.take(j);
                // Gone already (moved or removed since; libvirt's VIR_ERR_NO_DOMAIN, in its C-locale
                // wording): nothing stale is left, which was the aim.
                const bool ok = j->jobResult().succeeded() || j->jobResult().message.startsWith(QLatin1String("Domain not found"));
                const QString text = ok ? tr("Removed %1").arg(what) : tr("Could not remove %1: %2").arg(what, j->jobResult().message);
                m_inventory->log(ok ? model::LogEntry::Severity::Info : model::LogEntry::Severity::Error, host, {}, text);
                Q_EMIT leftoverHandled(text, ok);
                if (m_cleanups.isEmpty())
                    Q_EMIT cleanupsDone();
            });
        }
    }
}

} // namespace hawan::core
