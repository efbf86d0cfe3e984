#include "jobs/planrunner.h"

#include "jobs/fencejob.h"
#include "jobs/jobtracker.h"
#include "jobs/lease.h"
#include "libvirt/locate.h"
#include "model/inventory.h"
#include "probes/timeline.h"
#include "util/async.h"

namespace hawan::jobs {

namespace {
enum Verdict { Arrived, StillOnSource, Unreachable, Nowhere, Both };
}

PlanRunner::PlanRunner(PlanEnvironment *env, JournaledPlan plan, Options options, bool resumed, QObject *parent)
    : Job(parent), m_env(env), m_plan(std::move(plan)), m_opt(options), m_resumed(resumed), m_fencedAtStart(m_plan.fenced)
{
    setCapabilities(Capability::Cancel | Capability::Pause);
    m_retry.setInterval(2000);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PlanRunner::schedule);
    // Capacity frees up when any move ends, this plan's or not; hosts come and go.
    connect(m_env->jobs(), &JobTracker::jobEnded, this, [this](Job *j) {
        if (qobject_cast<MoveJob *>(j))
            QTimer::singleShot(0, this, &PlanRunner::schedule);
    });
    // ... and when a migration nears its end: the next sets up while it switches over.
    auto watch = [this](Job *j) {
        if (auto *move = qobject_cast<MoveJob *>(j))
            connect(move, &MoveJob::handedOver, this, [this] { QTimer::singleShot(0, this, &PlanRunner::schedule); });
    };
    for (Job *j : m_env->jobs()->running())
        watch(j);
    connect(m_env->jobs(), &JobTracker::jobAdded, this, watch);
    connect(m_env->inventory(), &model::Inventory::reportedChanged, this, &PlanRunner::schedule);
    connect(m_env->journal(), &Journal::failed, this, [this] { journalOk(false); });
    connect(this, &PlanRunner::moveChanged, this, &PlanRunner::reportProgress);
    connect(this, &PlanRunner::stateChanged, this, &PlanRunner::reportProgress);
}

void PlanRunner::reportProgress()
{
    JobProgress p;
    p.phase = m_waiting.isEmpty() ? planStateId(m_plan.state) : m_waiting;
    p.elapsedMs = elapsedMs();
    p.stepsTotal = int(m_plan.moves.size());
    for (const auto &m : m_plan.moves)
        if (m.status != MoveStatus::Pending && m.status != MoveStatus::Started)
            ++p.stepsDone;
    setJobProgress(p);
}

PlanRunner::~PlanRunner()
{
    m_stop->store(true); // reconciliations still polling a daemon give up; their answers are dropped
    releaseDetached(std::move(m_lease));
}

int PlanRunner::countActive() const
{
    return m_plan.count(MoveStatus::Started);
}

bool PlanRunner::journalOk(bool written)
{
    if (written)
        return true;
    // The journal is the promise that nothing is lost: without it, stop starting things.
    if (isFinished())
        return false;
    if (m_plan.state == PlanState::Running) {
        m_plan.state = PlanState::Paused;
        setPaused(true);
    }
    setWaiting(tr("paused: %1").arg(m_env->journal()->error()));
    Q_EMIT stateChanged();
    return false;
}

void PlanRunner::doStart()
{
    if (m_plan.plan.kind != Plan::Kind::Recover)
        return begin();
    // One recovery of a host at a time, whoever runs it (this console, another, hawanctl, the HA
    // watcher): the lease first, before the journal or anything else. Held until the plan ends.
    auto *take = new LeaseJob(leaseDirectory(m_env->inventory()->config()), QStringLiteral("recover-") + m_plan.plan.subject,
                              tr("the recovery of %1").arg(m_plan.plan.subject), this);
    addSubjob(take);
    connect(take, &Job::ended, this, [this, take] {
        if (!take->jobResult().succeeded()) {
            if (take->heldBy())
                m_heldElsewhereBy = take->heldBy()->describe();
            setWaiting(take->jobResult().message);
            finish({JobOutcome::Failed, JobError::Refused, tr("%1; nothing was done").arg(take->jobResult().message), 0});
            Q_EMIT stateChanged();
            Q_EMIT finished();
            return;
        }
        m_lease = take->takeLease();
        connect(this, &Job::ended, this, [this] { releaseDetached(std::move(m_lease)); });
        begin();
    });
    take->start();
}

void PlanRunner::begin()
{
    // Queued in order before any move's record: a move acts only once its record, and so the
    // plan's, is on disk.
    Journal *j = m_env->journal();
    const bool ok = m_resumed ? j->writePlanState(m_plan.plan.id, PlanState::Running, QStringLiteral("resumed"))
                              : j->writePlan(m_plan.plan, m_opt) && j->writePlanState(m_plan.plan.id, PlanState::Running)
                                    && (m_plan.fenced.isEmpty() || j->writeFenced(m_plan.plan.id, m_plan.fenced));
    if (!ok) {
        m_plan.state = PlanState::Aborted;
        setWaiting(j->error());
        finish({JobOutcome::Failed, JobError::Journal, tr("%1; nothing was started").arg(j->error()), 0});
        Q_EMIT stateChanged();
        Q_EMIT finished();
        return;
    }
    m_plan.state = PlanState::Running;
    for (int i = 0; i < m_plan.moves.size(); ++i) {
        if (m_plan.moves[i].status != MoveStatus::Started)
            continue;
        if (m_plan.plan.kind == Plan::Kind::Recover) {
            // Its source is gone; the restart itself first asks the destination whether the VM
            // already runs there, so queueing it again cannot start it twice.
            j->writeMoveEnded(m_plan.plan.id, i, MoveStatus::Pending, tr("in flight when the console stopped: checked again"));
            m_plan.moves[i].status = MoveStatus::Pending;
            continue;
        }
        reconcile(i);
    }
    Q_EMIT stateChanged();
    schedule();
}

bool PlanRunner::doPause()
{
    if (m_plan.state != PlanState::Running)
        return false;
    if (!journalOk(m_env->journal()->writePlanState(m_plan.plan.id, PlanState::Paused)))
        return false;
    m_plan.state = PlanState::Paused;
    setWaiting(tr("paused: running moves finish, no new one starts"));
    Q_EMIT stateChanged();
    return true;
}

bool PlanRunner::doResume()
{
    if (m_plan.state != PlanState::Paused)
        return false;
    if (!m_env->journal()->writePlanState(m_plan.plan.id, PlanState::Running))
        return journalOk(false);
    m_plan.state = PlanState::Running;
    setWaiting({});
    Q_EMIT stateChanged();
    QTimer::singleShot(0, this, &PlanRunner::schedule); // after the paused flag is down
    return true;
}

void PlanRunner::doCancel()
{
    if (m_plan.state == PlanState::Aborted)
        return;
    // Written first: a crash right after must not resume what the operator aborted.
    if (!m_env->journal()->writePlanState(m_plan.plan.id, PlanState::Aborted, QStringLiteral("aborted by the operator")))
        return (void)journalOk(false);
    m_plan.state = PlanState::Aborted;
    for (int i = 0; i < m_plan.moves.size(); ++i)
        if (m_plan.moves[i].status == MoveStatus::Pending)
            moveEnded(i, MoveStatus::Skipped, tr("not started: the plan was aborted"));
    // Moves whose record is still on its way never start; running ones are cancelled once the
    // abort is on disk (the operator's abort is carried out even if the journal fails meanwhile).
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        if (it.value() && !it.value()->isStarted())
            it.value()->cancel();
    m_env->journal()->whenWritten(this, [this](bool) {
        for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
            if (it.value() && !it.value()->isFinished())
                it.value()->cancel();
    });
    setWaiting(m_reconciling.isEmpty() ? tr("aborting: cancelling running moves")
                                       : tr("aborting: waiting to learn where in-flight VMs ended up"));
    Q_EMIT stateChanged();
    maybeFinish();
}

void PlanRunner::setWaiting(const QString &w)
{
    if (m_waiting == w)
        return;
    m_waiting = w;
    Q_EMIT stateChanged();
}

void PlanRunner::schedule()
{
    if (isFinished() || !isStarted() || m_scheduling)
        return;
    if (m_plan.state != PlanState::Running)
        return maybeFinish();
    auto *inv = m_env->inventory();
    const auto &cfg = inv->config();
    if (!inv->allReported()) {
        setWaiting(tr("waiting for every host to report"));
        m_retry.start();
        return;
    }
    if (!m_reconciling.isEmpty()) {
        // Moves that were in flight may still be running on a daemon: learn where they ended up
        // before starting anything, so the limits hold and nothing is started twice.
        setWaiting(tr("reconciling %n move(s) that were in flight", nullptr, int(m_reconciling.size())));
        return;
    }
    const bool recover = m_plan.plan.kind == Plan::Kind::Recover;
    if (recover && m_plan.fenced.isEmpty() && !fenceFirst())
        return;
    m_scheduling = true;
    QStringList waits;
    for (int i = 0; i < m_plan.moves.size(); ++i) {
        if (m_plan.moves[i].status != MoveStatus::Pending)
            continue;
        const PlannedMove &m = m_plan.plan.moves[i];
        const int from = cfg.hostIndex(m.from), to = cfg.hostIndex(m.to);
        if (from < 0 || to < 0) {
            moveEnded(i, MoveStatus::Failed, tr("host %1 is no longer in the configuration").arg(from < 0 ? m.from : m.to));
            continue;
        }
        if (recover) {
            // The crashed host is fenced; what matters is whether the VM already runs anywhere.
            QString runningOn;
            for (const auto &[h, idx] : inv->locate(m.vmUuid))
                if (h != from && inv->hostStatus(h).state == model::HostState::Up && model::vmIsActive(inv->vms(h)[idx].state))
                    runningOn = inv->host(h).name;
            if (!runningOn.isEmpty()) {
                moveEnded(i, runningOn == m.to ? MoveStatus::Succeeded : MoveStatus::Skipped, tr("already running on %1").arg(runningOn));
                continue;
            }
            if (inv->hostStatus(to).state != model::HostState::Up) {
                waits << tr("%1 is unreachable").arg(m.to);
                continue;
            }
            if (!m_env->hostLoad(to).roomUnder(m_opt.maxPerHost))
                continue;
            startMove(i);
            if (m_plan.state != PlanState::Running)
                break;
            continue;
        }
        // Where is the VM now? It may have moved since the plan was made (by hand, or by a run
        // that died after the move ended but before the journal said so).
        bool onFrom = false, onTo = false, elsewhere = false;
        QString elsewhereHost;
        for (const auto &[h, idx] : inv->locate(m.vmUuid)) {
            Q_UNUSED(idx)
            if (h == from)
                onFrom = true;
            else if (h == to)
                onTo = true;
            else {
                elsewhere = true;
                elsewhereHost = inv->host(h).name;
            }
        }
        if (onTo && !onFrom) {
            moveEnded(i, MoveStatus::Succeeded, tr("already on %1").arg(m.to));
            continue;
        }
        if (!onFrom) {
            bool someoneSilent = false;
            for (int h = 0; h < inv->hostCount(); ++h)
                someoneSilent = someoneSilent || inv->hostStatus(h).state != model::HostState::Up;
            if (elsewhere)
                moveEnded(i, MoveStatus::Skipped, tr("now on %1, not on %2: left where it is").arg(elsewhereHost, m.from));
            else if (someoneSilent)
                waits << tr("%1 not found while a host is unreachable").arg(m.vmName);
            else
                moveEnded(i, MoveStatus::Skipped, tr("not found on any host"));
            continue;
        }
        if (inv->hostStatus(to).state != model::HostState::Up) {
            waits << tr("%1 is unreachable").arg(m.to);
            continue;
        }
        const int link = cfg.linkBetween(cfg.hosts[from].site, cfg.hosts[to].site);
        if (link >= 0 && m_env->linkCut(link) && !m.offline) {
            // Across a cut link a live migration can only fail (or, post-copy, lose the VM): wait.
            waits << tr("%1 is cut: moves across it wait for it to return").arg(cfg.links[link].name);
            continue;
        }
        if (!m_env->hostLoad(from).roomUnder(m_opt.maxPerHost) || !m_env->hostLoad(to).roomUnder(m_opt.maxPerHost)
            || (link >= 0 && !m_env->linkLoad(link).roomUnder(m_opt.maxPerLink)))
            continue; // a place frees when a migration ends or nears its end (MoveJob::handingOver)
        startMove(i);
        if (m_plan.state != PlanState::Running)
            break;
    }
    m_scheduling = false;
    waits.removeDuplicates();
    setWaiting(waits.join(QStringLiteral("; ")));
    if (!waits.isEmpty())
        m_retry.start();
    maybeFinish();
}

void PlanRunner::startMove(int i)
{
    const PlannedMove &m = m_plan.plan.moves[i];
    const auto &cfg = m_env->inventory()->config();
    if (!journalOk(m_env->journal()->writeMoveStarted(m_plan.plan.id, i)))
        return;
    m_plan.moves[i].status = MoveStatus::Started;
    m_plan.moves[i].startedAt = QDateTime::currentDateTimeUtc();
    MigrationOptions opt = m_opt.move;
    opt.offline = m.offline;
    const QString definition = m_plan.plan.kind == Plan::Kind::Recover ? m.definition : QString();
    const int link = cfg.linkBetween(cfg.hosts[cfg.hostIndex(m.from)].site, cfg.hosts[cfg.hostIndex(m.to)].site);
    if (opt.postCopyAllowed && link >= 0 && m_env->linkLossy(link)) {
        // After a post-copy switch the VM's memory is split across the link: a lossy link is no place for it.
        opt.postCopyAllowed = false;
        opt.postCopyAfterS = 0;
    }
    QString error;
    MoveJob *job = m_env->launchMove(cfg.hostIndex(m.from), m.vmUuid, cfg.hostIndex(m.to), opt, definition, &error);
    if (!job) {
        moveEnded(i, MoveStatus::Failed, error);
        return;
    }
    // It counts against the limits now, and acts only once its "started" record is on disk.
    m_env->journal()->whenWritten(job, [job](bool written) {
        if (written)
            job->start();
        else
            job->failUnstarted(tr("not started: the journal could not record it"));
    });
    m_jobs.insert(i, job);
    addSubjob(job);
    connect(job, &MoveJob::handedOver, this, [this, i] { Q_EMIT moveChanged(i); }); // shown as finishing
    connect(job, &MoveJob::finished, this, [this, i](const MigrationResult &r) {
        switch (r.outcome) {
        case MigrationResult::Outcome::Succeeded: return moveEnded(i, MoveStatus::Succeeded, {}, r.bytesSent);
        case MigrationResult::Outcome::Cancelled: return moveEnded(i, MoveStatus::Cancelled, tr("cancelled; it keeps running on its host"));
        case MigrationResult::Outcome::Failed: return moveEnded(i, MoveStatus::Failed, r.message, r.bytesSent);
        }
    });
    Q_EMIT moveChanged(i);
    Q_EMIT jobStarted(i, job);
}

bool PlanRunner::fenceFirst()
{
    auto *inv = m_env->inventory();
    const int host = inv->config().hostIndex(m_plan.plan.subject);
    if (host < 0) {
        for (int i = 0; i < m_plan.moves.size(); ++i)
            if (m_plan.moves[i].status == MoveStatus::Pending)
                moveEnded(i, MoveStatus::Failed, tr("host %1 is no longer in the configuration").arg(m_plan.plan.subject));
        return false;
    }
    if (inv->hostStatus(host).state == model::HostState::Up) {
        // It answers again: its VMs may be running there. Restarting them elsewhere would run them twice.
        for (int i = 0; i < m_plan.moves.size(); ++i)
            if (m_plan.moves[i].status == MoveStatus::Pending)
                moveEnded(i, MoveStatus::Skipped, tr("%1 answers again: not restarted elsewhere (migrate or evacuate instead)")
                                                      .arg(m_plan.plan.subject));
        return false;
    }
    if (m_fencing)
        return false;
    m_fencing = true;
    setWaiting(tr("fencing %1: nothing restarts before it is powered off").arg(m_plan.plan.subject));
    FenceJob *fence = m_env->launchFence(host);
    addSubjob(fence);
    connect(fence, &Job::ended, this, [this, host](Job *job) {
        m_fencing = false;
        const bool ok = job->jobResult().succeeded();
        const QString output = job->jobResult().message;
        auto *inv = m_env->inventory();
        if (!ok) {
            const QString why = tr("fencing %1 failed: %2. Nothing was restarted (its VMs may still run there). Fix the "
                                   "fence command or power the host off by hand, then Resume; or Abort.")
                                    .arg(m_plan.plan.subject, output);
            inv->log(model::LogEntry::Severity::Error, host, {}, why);
            m_env->timeline()->add({0, probes::TimelineEvent::Kind::Fence,
                                    tr("Fencing %1 failed").arg(m_plan.plan.subject), why, true});
            if (m_plan.state == PlanState::Running) {
                m_env->journal()->writePlanState(m_plan.plan.id, PlanState::Paused, why);
                m_plan.state = PlanState::Paused;
                setPaused(true);
            }
            setWaiting(why);
            Q_EMIT stateChanged();
            return;
        }
        m_plan.fenced = output.isEmpty() ? tr("the fence command exited 0") : output;
        m_plan.fencedAt = QDateTime::currentDateTimeUtc();
        m_env->journal()->writeFenced(m_plan.plan.id, m_plan.fenced);
        inv->log(model::LogEntry::Severity::Warning, host, {}, tr("%1 fenced (%2): restarting its VMs elsewhere")
                                                                  .arg(m_plan.plan.subject, m_plan.fenced));
        m_env->timeline()->add({0, probes::TimelineEvent::Kind::Fence, tr("Fenced %1").arg(m_plan.plan.subject),
                                tr("%1 was powered off by its fence command (%2); its VMs restart elsewhere.")
                                    .arg(m_plan.plan.subject, m_plan.fenced), false});
        setWaiting({});
        Q_EMIT stateChanged();
        schedule();
    });
    inv->log(model::LogEntry::Severity::Warning, host, {}, tr("Fencing: %1").arg(fence->command()));
    fence->start();
    return false;
}

void PlanRunner::moveEnded(int i, MoveStatus status, const QString &message, quint64 bytes)
{
    // The journal can refuse: the move's outcome is still true in memory and on the hosts; the next
    // run reconciles it from the hosts, so nothing is lost, only the record.
    m_env->journal()->writeMoveEnded(m_plan.plan.id, i, status, message, bytes);
    m_plan.moves[i].bytes = bytes;
    m_plan.moves[i].status = status;
    m_plan.moves[i].message = message;
    m_plan.moves[i].endedAt = QDateTime::currentDateTimeUtc();
    const auto sev = status == MoveStatus::Failed ? model::LogEntry::Severity::Error
        : status == MoveStatus::Succeeded         ? model::LogEntry::Severity::Info
                                                  : model::LogEntry::Severity::Warning;
    const PlannedMove &m = m_plan.plan.moves[i];
    auto *inv = m_env->inventory();
    const int host = inv->config().hostIndex(status == MoveStatus::Succeeded ? m.to : m.from);
    inv->log(sev, host, m.vmName,
             status == MoveStatus::Succeeded ? tr("%1: moved %2 → %3%4").arg(m_plan.plan.title(), m.from, m.to,
                                                                               message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message))
                                             : tr("%1: %2 not moved (%3): %4").arg(m_plan.plan.title(), m.vmName, moveStatusId(status), message));
    Q_EMIT moveChanged(i);
    if (!m_scheduling) {
        maybeFinish(); // now, so a front end that exits on the job's end still finds the plan closed
        QTimer::singleShot(0, this, &PlanRunner::schedule);
    }
}

void PlanRunner::reconcile(int i)
{
    m_reconciling.insert(i);
    const PlannedMove &m = m_plan.plan.moves[i];
    const auto &cfg = m_env->inventory()->config();
    const int from = cfg.hostIndex(m.from), to = cfg.hostIndex(m.to);
    if (from < 0 || to < 0) {
        m_reconciling.remove(i);
        return moveEnded(i, MoveStatus::Failed, tr("host %1 is no longer in the configuration; check the VM by hand")
                                                    .arg(from < 0 ? m.from : m.to));
    }
    // A cloud's server: where its cloud says it is (its hosts may have no libvirt URI at all).
    if (m_env->locateInCloud(from, to, m.vmUuid, this, [this, i](const lv::MoveLocation &loc) { located(i, loc); }))
        return;
    const QString srcUri = cfg.hosts[from].uri, dstUri = cfg.hosts[to].uri, uuid = m.vmUuid;
    util::runDetached(tr("locating %1").arg(m.vmName), this,
                      [stop = m_stop, srcUri, dstUri, uuid] { return lv::locateMove(srcUri, dstUri, uuid, stop); },
                      [this, i](const lv::MoveLocation &loc) { located(i, loc); });
}

void PlanRunner::located(int i, const lv::MoveLocation &loc)
{
    const auto &src = loc.source, &dst = loc.destination;
    const PlannedMove &mv = m_plan.plan.moves[i];
    if (!loc.failure.isEmpty())
        return reconciled(i, Nowhere, loc.failure);
    if (!src.reachable || !dst.reachable)
        return reconciled(i, Unreachable, !src.reachable ? tr("%1: %2").arg(mv.from, src.error) : tr("%1: %2").arg(mv.to, dst.error));
    if (dst.active && !src.active)
        return reconciled(i, Arrived, src.defined ? tr("completed while the console was away; %1 still holds an inactive definition")
                                                          .arg(mv.from)
                                                  : tr("completed while the console was away"));
    if (src.active && !(dst.active && !dst.incoming))
        return reconciled(i, StillOnSource, loc.waitedForJob ? tr("the migration in flight did not complete")
                                                             : tr("it never left %1").arg(mv.from));
    if (src.active && dst.active)
        return reconciled(i, Both, tr("it is active on both %1 and %2: stop one by hand after checking which is current")
                                       .arg(mv.from, mv.to));
    if (src.defined || dst.defined)
        return reconciled(i, src.defined ? StillOnSource : Arrived, tr("it is shut off on %1").arg(src.defined ? mv.from : mv.to));
    reconciled(i, Nowhere, tr("neither %1 nor %2 knows it: look for it on the other hosts").arg(mv.from, mv.to));
}

void PlanRunner::reconciled(int i, int verdict, const QString &message)
{
    switch (Verdict(verdict)) {
    case Unreachable:
        // Cannot know yet: ask again shortly; the move stays "started" meanwhile (never restarted).
        setWaiting(tr("cannot reach a host to reconcile %1 (%2); retrying").arg(m_plan.plan.moves[i].vmName, message));
        QTimer::singleShot(5000, this, [this, i] {
            if (!isFinished())
                reconcile(i);
        });
        return;
    case Arrived:
        m_reconciling.remove(i);
        return moveEnded(i, MoveStatus::Succeeded, message);
    case StillOnSource:
        m_reconciling.remove(i);
        if (m_plan.state == PlanState::Aborted)
            return moveEnded(i, MoveStatus::Cancelled, message);
        // Back in the queue: it runs on its source only, so starting it again cannot duplicate it.
        m_env->journal()->writeMoveEnded(m_plan.plan.id, i, MoveStatus::Pending, message);
        m_plan.moves[i].status = MoveStatus::Pending;
        m_plan.moves[i].message = message;
        Q_EMIT moveChanged(i);
        return schedule();
    case Both:
    case Nowhere:
        m_reconciling.remove(i);
        return moveEnded(i, MoveStatus::Failed, message);
    }
}

void PlanRunner::maybeFinish()
{
    if (isFinished())
        return;
    bool open = false;
    for (const auto &m : m_plan.moves)
        open = open || m.status == MoveStatus::Started
            || (m.status == MoveStatus::Pending && m_plan.state != PlanState::Aborted);
    if (open)
        return;
    m_retry.stop();
    const bool aborted = m_plan.state == PlanState::Aborted;
    if (!aborted) {
        m_env->journal()->writePlanState(m_plan.plan.id, PlanState::Finished);
        m_plan.state = PlanState::Finished;
    }
    setWaiting({});
    const int failed = m_plan.count(MoveStatus::Failed), total = int(m_plan.moves.size());
    JobResult r;
    r.outcome = aborted ? JobOutcome::Cancelled : failed ? JobOutcome::Failed : JobOutcome::Succeeded;
    r.error = failed && !aborted ? JobError::Hypervisor : JobError::None;
    r.message = tr("%1 of %n move(s) done", nullptr, total).arg(m_plan.count(MoveStatus::Succeeded));
    finish(r);
    Q_EMIT stateChanged();
    Q_EMIT finished();
}

} // namespace hawan::jobs

namespace hawan::jobs {

QString PlanRunner::auditKind() const
{
    switch (m_plan.plan.kind) {
    case Plan::Kind::Migrate: return QStringLiteral("migrate");
    case Plan::Kind::Host: return QStringLiteral("evacuate-host");
    case Plan::Kind::Site: return QStringLiteral("evacuate-site");
    case Plan::Kind::Selection: return QStringLiteral("move-selection");
    case Plan::Kind::Recover: return QStringLiteral("recover");
    case Plan::Kind::Return: return QStringLiteral("return");
    }
    return QStringLiteral("plan");
}

QString PlanRunner::auditSubject() const
{
    return m_plan.plan.subject;
}

QString PlanRunner::auditWhy() const
{
    // What the operator (or an earlier run) said of the host being off, not what a fence printed since.
    return m_fencedAtStart.isEmpty() ? QString() : tr("host off: %1").arg(m_fencedAtStart);
}

} // namespace hawan::jobs
