#include "jobs/migrationjob.h"

#include "libvirt/eventloop.h"
#include "libvirt/locate.h"
#include "libvirt/migration.h"

#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <thread>

namespace hawan::jobs {

// Runs on the job's thread: owns the source end, polls progress while a helper thread sits in the
// blocking migrate call, and applies cancel and the operator's adjustments.
class MigrationWorker : public QObject
{
    Q_OBJECT
public:
    MigrationWorker(MoveJob::Target t, MigrationOptions o) : m_t(std::move(t)), m_o(o) {}
    ~MigrationWorker() override
    {
        // Only when the console exits mid-migration: the source daemon carries on by itself, so
        // leave the blocked call and its handles to the process's end instead of waiting.
        letGoOfMigrateCall();
    }

    void run()
    {
        lv::ensureEventLoop();
        m_clock.start();
        emitPhase(QStringLiteral("connecting"));
        lv::LibvirtError err;
        bool vmMissing = false;
        m_source = lv::MigrationSource::open(m_t.sourceUri, m_t.vmUuid, &err, &vmMissing);
        if (!m_source)
            return vmMissing ? fail(JobError::NotFound, orElse(err, tr("%1 is not on %2").arg(m_t.vmName, m_t.sourceHost)))
                             : fail(JobError::Unreachable, orElse(err, tr("cannot connect to %1").arg(m_t.sourceHost)));
        if (m_cancel)
            return finish(MigrationResult::Outcome::Cancelled, JobError::None, {});

        lv::MigrateRequest req;
        req.destMigrationUri = m_t.destMigrationUri;
        req.offline = m_o.offline;
        req.autoConverge = m_o.autoConverge;
        req.postCopy = m_o.postCopyAllowed;
        req.parallelConnections = m_o.parallelConnections;
        req.bandwidthMiBs = m_bandwidth.load();
        m_appliedBandwidth = req.bandwidthMiBs;
        emitPhase(QStringLiteral("migrating"));
        // The migrate call blocks until the source daemon is done: it gets a thread of its own.
        m_migrator = std::thread([this, req, source = m_source.get(), handback = m_handback] {
            const std::optional<lv::LibvirtError> error = source->migrate(req);
            // Not once the worker let go of this call (it may be gone): posted under the lock the
            // worker takes to let go.
            const std::lock_guard lock(handback->mutex);
            if (!handback->abandoned)
                QMetaObject::invokeMethod(this, [this, error] { migrateReturned(error); }, Qt::QueuedConnection);
        });
        m_poll = new QTimer(this);
        m_poll->setInterval(kClosePollMs);
        connect(m_poll, &QTimer::timeout, this, &MigrationWorker::poll);
        m_poll->start();
    }

    // Any thread: only raises a flag; the worker's next poll (<= 500 ms) aborts the job, so no
    // other thread ever touches the worker's handles.
    void requestCancel() { m_cancel = true; }
    void requestBandwidth(quint64 mibs) { m_bandwidth = mibs; }
    void requestDowntime(quint64 ms) { m_downtime = ms; }
    void requestPostCopy() { m_postCopy = true; }

Q_SIGNALS:
    void progress(const hawan::jobs::MigrationProgress &p);
    void done(const hawan::jobs::MigrationResult &r);

private:
    static QString orElse(const lv::LibvirtError &e, const QString &fallback) { return e.message.isEmpty() ? fallback : e.message; }

    void emitPhase(const QString &phase)
    {
        m_p.phase = phase;
        m_p.elapsedMs = m_clock.elapsed();
        Q_EMIT progress(m_p);
    }

    void poll()
    {
        if (m_o.timeoutS > 0 && m_clock.elapsed() > qint64(m_o.timeoutS) * 1000 && !m_timedOut)
            m_timedOut = true;
        // Before the job exists on the daemon the abort fails; the next poll tries again.
        if ((m_cancel || m_timedOut) && !m_abortSent)
            m_abortSent = m_source->abort();
        applyAdjustments();
        const std::optional<lv::MigrationStats> s = m_source->stats();
        if (!s) {
            // The source has no job for the VM any more, yet the migrate call has not returned.
            if (m_sawJob && !m_jobGone.isValid())
                m_jobGone.start();
            if (m_jobGone.isValid() && m_jobGone.elapsed() > kUnansweredMs)
                settleUnanswered();
            return;
        }
        m_sawJob = true;
        m_jobGone.invalidate();
        m_p.elapsedMs = s->elapsedMs;
        applyStreamStats(m_p, *s);
        m_p.bandwidthCapMiBs = m_appliedBandwidth;
        // Each pass must send what the guest dirtied during the last one: when the dirty rate
        // keeps up with the transfer rate, the remainder never shrinks. Say so early.
        const bool behind = m_p.iteration >= 2 && m_p.memoryBps > 0 && m_p.dirtyRateBps * 10 >= m_p.memoryBps * 9;
        m_behindSamples = behind ? m_behindSamples + 1 : 0;
        m_p.notConverging = m_behindSamples >= 3 && !m_o.autoConverge;
        Q_EMIT progress(m_p);
        // Closely while it sets up and near its end, where the plan hands its place on (and the
        // link's budget goes to the others) the moment it is due; every 500 ms in between.
        const bool closely = m_p.dataProcessed == 0 || MoveJob::nearTheEnd(m_p, MoveJob::kHandOverMs + kPollMs);
        m_poll->setInterval(closely ? kClosePollMs : kPollMs);
    }

    // Operator's adjustments, applied on this thread while the migrate call blocks on the other;
    // a refusal (the job not there yet) is retried at the next poll.
    void applyAdjustments()
    {
        if (m_o.offline)
            return;
        const quint64 bw = m_bandwidth.load();
        if (bw != m_appliedBandwidth && m_source->setMaxSpeed(bw))
            m_appliedBandwidth = bw;
        if (m_o.postCopyAllowed && m_o.postCopyAfterS > 0 && m_p.iteration >= 2 && m_clock.elapsed() > qint64(m_o.postCopyAfterS) * 1000)
            m_postCopy = true;
        const quint64 dt = m_downtime.load();
        if (dt && dt != m_appliedDowntime && m_source->setMaxDowntime(dt))
            m_appliedDowntime = dt;
        if (m_postCopy && !m_p.postCopy && m_source->startPostCopy())
            m_p.postCopy = true;
    }

    void migrateReturned(const std::optional<lv::LibvirtError> &error)
    {
        if (m_poll)
            m_poll->stop();
        m_migrator.join();
        if (!error) {
            recordCompleted();
            return finish(MigrationResult::Outcome::Succeeded, JobError::None, {});
        }
        // Errors after a user's cancel are not errors; a timeout is reported as a failure.
        if (m_timedOut)
            return finish(MigrationResult::Outcome::Failed, JobError::TimedOut,
                          tr("did not finish within %1 s and was aborted; the VM keeps running on %2")
                              .arg(m_o.timeoutS).arg(m_t.sourceHost));
        if (m_cancel)
            return finish(MigrationResult::Outcome::Cancelled, JobError::None, {});
        fail(error->isConnectionLost() ? JobError::Unreachable : JobError::Hypervisor, orElse(*error, tr("migration failed")));
    }

    void fail(JobError code, const QString &message) { finish(MigrationResult::Outcome::Failed, code, message); }

    // The source no longer knows the VM (undefined there): the destination keeps the statistics.
    void recordCompleted()
    {
        const lv::CompletedMigration c = lv::completedMigration(m_t.destUri, m_t.vmUuid);
        m_r.fromCompletedStats = c.found;
        m_r.bytesSent = c.found ? c.bytesSent : m_p.dataProcessed;
        m_r.downtimeMs = c.downtimeMs;
    }

    // The source daemon ended its job (no statistics for 30 s) but never answered the migrate
    // call (CI once saw a guest run on the destination, undefined on the source, and the call
    // still blocked minutes later). Both daemons are asked where the VM runs; when one clearly
    // has it, the job ends on that and lets go of the call; otherwise it asks again later.
    void settleUnanswered()
    {
        m_jobGone.start();
        auto stop = std::make_shared<std::atomic<bool>>(false);
        const lv::MoveLocation loc = lv::locateMove(m_t.sourceUri, m_t.destUri, m_t.vmUuid, stop, 0);
        const bool onDest = loc.destination.active && !loc.destination.incoming && !loc.source.active;
        const bool onSource = loc.source.active && !loc.destination.active;
        if (!onDest && !onSource)
            return;
        if (m_poll)
            m_poll->stop();
        letGoOfMigrateCall();
        if (onDest) {
            recordCompleted();
            return finish(MigrationResult::Outcome::Succeeded, JobError::None,
                          tr("%1 runs on %2; %3's daemon never answered the migrate call (the job ended on where the VM runs)")
                              .arg(m_t.vmName, m_t.destHost, m_t.sourceHost));
        }
        fail(JobError::Hypervisor, tr("%1 still runs on %2 and not on %3; %2's daemon ended the migration without answering the migrate call")
                                       .arg(m_t.vmName, m_t.sourceHost, m_t.destHost));
    }

    // Leaves a blocked migrate call (and the handles it uses) behind: it never reaches this
    // worker again.
    void letGoOfMigrateCall()
    {
        if (!m_migrator.joinable())
            return;
        {
            const std::lock_guard lock(m_handback->mutex);
            m_handback->abandoned = true;
        }
        m_migrator.detach();
        if (m_source)
            m_source.release()->abandon();
    }

    void finish(MigrationResult::Outcome outcome, JobError code, const QString &message)
    {
        m_r.outcome = outcome;
        m_r.error = code;
        m_r.message = message;
        m_r.durationMs = m_clock.elapsed();
        m_source.reset();
        Q_EMIT done(m_r);
    }

    const MoveJob::Target m_t;
    const MigrationOptions m_o;
    std::unique_ptr<lv::MigrationSource> m_source;
    std::thread m_migrator;
    struct Handback
    {
        std::mutex mutex;
        bool abandoned = false;
    };
    std::shared_ptr<Handback> m_handback = std::make_shared<Handback>();
    static constexpr qint64 kUnansweredMs = 30000;
    static constexpr int kPollMs = 500, kClosePollMs = 100;
    bool m_sawJob = false;
    QElapsedTimer m_jobGone; // since the source last had no job for the VM
    QTimer *m_poll = nullptr;
    QElapsedTimer m_clock;
    std::atomic<bool> m_cancel{false};
    std::atomic<quint64> m_bandwidth{0}, m_downtime{0};
    std::atomic<bool> m_postCopy{false};
    quint64 m_appliedBandwidth = 0, m_appliedDowntime = 0;
    bool m_timedOut = false;
    bool m_abortSent = false;
    int m_behindSamples = 0;
    MigrationProgress m_p;
    MigrationResult m_r;
};

void applyStreamStats(MigrationProgress &p, const lv::MigrationStats &s)
{
    p.dataTotal = s.dataTotal;
    p.dataProcessed = s.dataProcessed;
    p.dataRemaining = s.dataRemaining;
    p.memoryBps = s.memoryBps;
    p.dirtyRateBps = s.dirtyRateBps;
    if (s.iteration)
        p.iteration = *s.iteration;
    p.autoConvergeThrottle = s.autoConvergeThrottle;
}

MigrationJob::MigrationJob(Target target, MigrationOptions options, QObject *parent)
    : MoveJob(std::move(target), options, parent)
{
    m_thread = util::makeThread(QStringLiteral("migrate:%1").arg(this->target().vmName));
    m_worker = new MigrationWorker(this->target(), this->options());
    m_operatorCap = this->options().bandwidthMiBs;
    m_worker->requestBandwidth(m_operatorCap);
    if (this->options().maxDowntimeMs)
        m_worker->requestDowntime(this->options().maxDowntimeMs);
    connect(m_worker, &MigrationWorker::progress, this, &MigrationJob::report);
    connect(m_worker, &MigrationWorker::done, this, &MigrationJob::conclude);
    // A finished job lets its thread go (the worker is deleted on it); its figures stay here.
    connect(this, &Job::ended, this, [this] {
        if (m_workerMoved)
            m_thread->quit();
    });
}

MigrationJob::~MigrationJob()
{
    // Peer-to-peer: the source daemon drives the migration, so a console that goes away neither
    // aborts it nor waits for it (the worker lets go of the blocked call). A worker stuck opening
    // a hung daemon is left behind (by the thread's stopper) rather than hanging the exit.
    if (!m_workerMoved)
        delete m_worker; // never started: it never moved to its thread
}

QString MigrationJob::title() const
{
    return tr("Migrate %1: %2 → %3").arg(target().vmName, target().sourceHost, target().destHost);
}

void MigrationJob::doStart()
{
    m_workerMoved = true;
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &MigrationWorker::run, Qt::QueuedConnection);
}

void MigrationJob::doCancel()
{
    m_worker->requestCancel();
}

void MigrationJob::setBandwidthCap(quint64 operatorMiBs)
{
    m_operatorCap = operatorMiBs;
    pushBandwidth();
}

void MigrationJob::setLinkShare(quint64 shareMiBs)
{
    m_linkShare = shareMiBs;
    pushBandwidth();
}

void MigrationJob::pushBandwidth()
{
    if (isFinished())
        return;
    quint64 cap = m_operatorCap;
    if (m_linkShare && (!cap || m_linkShare < cap))
        cap = m_linkShare;
    m_worker->requestBandwidth(cap);
}

void MigrationJob::setMaxDowntime(quint64 ms)
{
    if (!isFinished() && ms)
        m_worker->requestDowntime(ms);
}

void MigrationJob::startPostCopy()
{
    if (!isFinished() && options().postCopyAllowed)
        m_worker->requestPostCopy();
}

} // namespace hawan::jobs

#include "migrationjob.moc"
