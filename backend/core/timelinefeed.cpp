#include "core/timelinefeed.h"

#include "jobs/jobtracker.h"
#include "jobs/movejob.h"
#include "jobs/planrunner.h"
#include "model/inventory.h"
#include "probes/timeline.h"
#include "storage/storagemonitor.h"

namespace hawan::core {

using K = probes::TimelineEvent::Kind;

TimelineFeed::TimelineFeed(probes::Timeline *timeline, jobs::JobTracker *tracker, model::Inventory *inventory,
                           storage::StorageMonitor *storage, QObject *parent)
    : QObject(parent), m_timeline(timeline), m_inventory(inventory), m_storage(storage)
{
    connect(tracker, &jobs::JobTracker::jobAdded, this, &TimelineFeed::jobAdded);
    connect(tracker, &jobs::JobTracker::jobEnded, this, &TimelineFeed::jobEnded);
    m_hostStates.fill(-1, inventory->config().hosts.size());
    connect(inventory, &model::Inventory::hostChanged, this, &TimelineFeed::hostChanged);
    m_lastPending.fill(0, storage->count());
    connect(storage, &storage::StorageMonitor::changed, this, &TimelineFeed::storageChanged);
}

void TimelineFeed::jobAdded(jobs::Job *job)
{
    if (auto *move = qobject_cast<jobs::MoveJob *>(job)) {
        const auto &t = move->target();
        m_timeline->add({0, K::MigrationStart, tr("Migration of %1 started: %2 → %3").arg(t.vmName, t.sourceHost, t.destHost),
                         tr("Live migration of %1 from %2 to %3.").arg(t.vmName, t.sourceHost, t.destHost), false});
        return;
    }
    auto *runner = qobject_cast<jobs::PlanRunner *>(job);
    if (!runner || runner->plan().kind == jobs::Plan::Kind::Migrate)
        return; // a single migration: its own markers say it
    m_timeline->add({0, K::EvacuationStart, tr("Started: %1").arg(runner->plan().title()),
                     tr("%n move(s) planned.", nullptr, int(runner->plan().moves.size())), false});
}

void TimelineFeed::jobEnded(jobs::Job *job)
{
    if (auto *move = qobject_cast<jobs::MoveJob *>(job)) {
        const auto &t = move->target();
        const auto &res = move->result();
        using O = jobs::MigrationResult::Outcome;
        const QString how = res.outcome == O::Succeeded ? tr("succeeded") : res.outcome == O::Cancelled ? tr("cancelled") : tr("failed");
        QString detail = tr("%1 %2 → %3: %4 after %5 s.").arg(t.vmName, t.sourceHost, t.destHost, how)
                             .arg(double(move->progress().elapsedMs) / 1000.0, 0, 'f', 1);
        if (!res.message.isEmpty())
            detail += QLatin1Char(' ') + res.message;
        m_timeline->add({0, K::MigrationEnd, tr("Migration of %1 %2").arg(t.vmName, how), detail, res.outcome == O::Failed});
        return;
    }
    auto *runner = qobject_cast<jobs::PlanRunner *>(job);
    if (!runner || runner->plan().kind == jobs::Plan::Kind::Migrate)
        return;
    const bool aborted = runner->state() == jobs::PlanState::Aborted;
    m_timeline->add({0, K::EvacuationEnd, (aborted ? tr("Aborted: %1") : tr("Ended: %1")).arg(runner->plan().title()),
                     aborted ? tr("The plan was aborted; moves not started stay where they are.")
                             : tr("Every move of the plan has ended (see the Jobs panel for each result)."), aborted});
}

void TimelineFeed::hostChanged(int h)
{
    const auto &st = m_inventory->hostStatus(h);
    const int now = int(st.state), before = m_hostStates[h];
    m_hostStates[h] = now;
    const QString name = m_inventory->config().hosts[h].name;
    if (now == int(model::HostState::Unreachable) && before != now)
        m_timeline->add({0, K::HostDown, tr("%1 down").arg(name), tr("%1 is unreachable: %2").arg(name, st.reason), true});
    else if (now == int(model::HostState::Up) && before == int(model::HostState::Unreachable))
        m_timeline->add({0, K::HostUp, tr("%1 up").arg(name), tr("%1 answers again.").arg(name), false});
}

void TimelineFeed::storageChanged(int i)
{
    // Known entries (a brick that is down cannot say; the others' count is what rises).
    const auto &history = m_storage->history(i);
    if (history.empty())
        return;
    const qint64 pending = history.back().pending;
    const qint64 before = m_lastPending[i];
    m_lastPending[i] = pending;
    const QString name = m_storage->storage(i).name;
    if (before == 0 && pending > 0)
        m_timeline->add({0, K::HealBacklog, tr("%1: heal backlog rising").arg(name),
                         tr("%n entry(ies) pending heal on %1: a replica missed writes (a brick or the link was down).", nullptr,
                            int(pending)).arg(name), true});
    else if (before > 0 && pending == 0)
        m_timeline->add({0, K::HealDrained, tr("%1: heal backlog drained").arg(name),
                         tr("Every replica of %1 is in sync again.").arg(name), false});
}

} // namespace hawan::core
