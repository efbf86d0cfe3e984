#include "jobs/movejob.h"

namespace hawan::jobs {

MoveJob::MoveJob(Target target, MigrationOptions options, QObject *parent)
    : Job(parent), m_target(std::move(target)), m_options(options)
{
    qRegisterMetaType<MigrationProgress>();
    qRegisterMetaType<MigrationResult>();
    // The end of any job (a cancel before it started included) reads as a move's result.
    connect(this, &Job::ended, this, [this] {
        const JobResult &r = jobResult();
        if (!m_concluded) { // ended without running: cancelled before it started, or refused
            m_result.error = r.error;
            m_result.message = r.message;
            m_result.durationMs = r.durationMs;
        }
        m_result.outcome = r.outcome; // a failure after a cancel reads as cancelled
        if (m_progress.phase != QLatin1String("completed") && m_progress.phase != QLatin1String("failed")
            && m_progress.phase != QLatin1String("cancelled"))
            m_progress.phase = r.outcome == JobOutcome::Succeeded ? QStringLiteral("completed")
                : r.outcome == JobOutcome::Cancelled               ? QStringLiteral("cancelled")
                                                                   : QStringLiteral("failed");
        Q_EMIT finished(m_result);
    });
}

void MoveJob::failUnstarted(const QString &message, JobError error)
{
    if (!isStarted() && !isFinished())
        finish({JobOutcome::Failed, error, message, 0});
}

bool MoveJob::nearTheEnd(const MigrationProgress &p, qint64 withinMs)
{
    // Its rate is known once it copies; a guest that dirties faster than that rises above the
    // line again (and takes its place back) until it converges.
    // Nothing is counted before its first pass starts (its figures read 0 while it sets up).
    if (p.dataTotal == 0 || p.iteration < 1)
        return false;
    return switchingOver(p) || (p.memoryBps > 0 && double(p.dataRemaining) * 1000.0 <= double(p.memoryBps) * double(withinMs));
}

void MoveJob::report(const MigrationProgress &p)
{
    m_progress = p;
    const bool was = m_handingOver;
    m_handingOver = nearTheEnd(p, kHandOverMs);
    JobProgress jp;
    jp.phase = p.phase;
    jp.elapsedMs = p.elapsedMs;
    jp.bytesDone = p.dataProcessed;
    jp.bytesTotal = p.dataTotal;
    jp.rateBps = p.memoryBps;
    jp.etaMs = p.memoryBps > 0 && p.dataRemaining > 0 ? qint64(double(p.dataRemaining) * 1000.0 / double(p.memoryBps)) : -1;
    Q_EMIT progressChanged(p);
    setJobProgress(jp);
    if (m_handingOver && !was)
        Q_EMIT handedOver();
}

void MoveJob::conclude(MigrationResult r)
{
    m_result = r;
    m_concluded = true;
    m_progress.phase = r.outcome == MigrationResult::Outcome::Succeeded ? QStringLiteral("completed")
        : r.outcome == MigrationResult::Outcome::Cancelled               ? QStringLiteral("cancelled")
                                                                         : QStringLiteral("failed");
    m_progress.elapsedMs = r.durationMs;
    Q_EMIT progressChanged(m_progress);
    finish({r.outcome, r.error, r.message, r.durationMs});
}

} // namespace hawan::jobs
