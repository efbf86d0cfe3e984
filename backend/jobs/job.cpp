#include "jobs/job.h"

#include <atomic>

namespace hawan::jobs {

namespace {
std::atomic<quint64> g_nextJobId{1};
}

Job::Job(QObject *parent) : QObject(parent), m_id(g_nextJobId++) {}

Job::~Job() = default;

QList<Job *> Job::subjobs() const
{
    QList<Job *> out;
    for (const auto &j : m_subjobs)
        if (j)
            out << j.data();
    return out;
}

void Job::start()
{
    if (m_started || m_finished)
        return;
    if (!m_refusal.isEmpty())
        return finish({JobOutcome::Failed, m_refusalError, m_refusal, 0});
    m_started = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    Q_EMIT started(this);
    doStart();
}

void Job::refuseOnStart(const QString &why, JobError error)
{
    if (m_started || m_finished || !m_refusal.isEmpty())
        return; // a viewer's refusal stays the one given
    m_refusal = why;
    m_refusalError = error;
}

QString Job::auditKind() const
{
    QString name = QString::fromLatin1(metaObject()->className());
    name = name.mid(name.lastIndexOf(QLatin1Char(':')) + 1);
    if (name.endsWith(QLatin1String("Job")))
        name.chop(3);
    QString out;
    for (QChar c : name) {
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char('-');
        out += c.toLower();
    }
    return out;
}

void Job::cancel()
{
    if (m_finished || !(m_caps & Capability::Cancel))
        return;
    Q_EMIT controlRequested(this, QStringLiteral("cancel"));
    m_cancelRequested = true;
    if (!m_started)
        return finish({JobOutcome::Cancelled, JobError::None, tr("cancelled before it started"), 0});
    doCancel();
}

void Job::pause()
{
    if (m_finished || m_paused || !(m_caps & Capability::Pause))
        return;
    Q_EMIT controlRequested(this, QStringLiteral("pause"));
    if (doPause())
        setPaused(true);
}

void Job::resume()
{
    if (m_finished || !m_paused)
        return;
    Q_EMIT controlRequested(this, QStringLiteral("resume"));
    if (doResume())
        setPaused(false);
}

void Job::setJobProgress(const JobProgress &p)
{
    m_progress = p;
    Q_EMIT progressed(this);
}

void Job::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    Q_EMIT progressed(this);
}

void Job::finish(JobResult result)
{
    if (m_finished)
        return;
    if (!m_started) {
        m_started = true;
        m_startedAt = QDateTime::currentDateTimeUtc();
    }
    // Errors after an operator's cancel are not errors.
    if (m_cancelRequested && result.outcome == JobOutcome::Failed && result.error != JobError::TimedOut)
        result.outcome = JobOutcome::Cancelled;
    if (result.durationMs == 0)
        result.durationMs = elapsedMs();
    m_result = std::move(result);
    m_finished = true;
    m_paused = false;
    Q_EMIT ended(this);
}

void Job::addSubjob(Job *subjob)
{
    if (!subjob)
        return;
    subjob->m_parentJob = this;
    m_subjobs << subjob;
    connect(subjob, &Job::ended, this, [this](Job *j) { subjobEnded(j); });
    Q_EMIT subjobAdded(this, subjob);
}

QString jobOutcomeName(JobOutcome outcome)
{
    switch (outcome) {
    case JobOutcome::Succeeded: return Job::tr("succeeded");
    case JobOutcome::Cancelled: return Job::tr("cancelled");
    case JobOutcome::Failed: break;
    }
    return Job::tr("failed");
}

const char *jobErrorId(JobError error)
{
    switch (error) {
    case JobError::None: return "none";
    case JobError::Unreachable: return "unreachable";
    case JobError::NotFound: return "not-found";
    case JobError::Refused: return "refused";
    case JobError::Hypervisor: return "hypervisor";
    case JobError::TimedOut: return "timed-out";
    case JobError::Journal: return "journal";
    case JobError::Fence: return "fence";
    case JobError::Command: return "command";
    case JobError::ReadOnly: return "read-only";
    }
    return "unknown";
}

} // namespace hawan::jobs
