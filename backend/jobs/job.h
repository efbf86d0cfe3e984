#pragma once
// The one shape of long-running work (after KDE's KJob): started once, cancelled (and, where it
// makes sense, paused and resumed), with typed progress and one typed result that keeps an error
// code beside its text. A job may be made of subjobs (a plan of moves; a recovery's fence), as
// KCompositeJob is. A job never knows who watches it: the Jobs panel, hawanctl's progress lines
// and the journal observe jobs through the JobTracker.
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QElapsedTimer>

namespace hawan::jobs {

enum class JobOutcome { Succeeded, Failed, Cancelled };

// Why a job did not succeed, for a caller to act on (retry, ask the operator, report).
enum class JobError {
    None,
    Unreachable,      // a daemon or service did not answer
    NotFound,         // the VM (or host) is not where the job expected it
    Refused,          // a check refused the job before it acted (unknown host, limits, state)
    Hypervisor,       // the hypervisor reported an error
    TimedOut,         // not done within its time limit; where things stand is in the text
    Journal,          // its record could not be written: it did not act
    Fence,            // the fence command failed: nothing was restarted
    Command,          // an external command failed or could not start
    ReadOnly,         // refused: this process is a viewer (core::Access); nothing was changed
};

struct JobResult
{
    JobOutcome outcome = JobOutcome::Failed;
    JobError error = JobError::None;
    QString message;
    qint64 durationMs = 0;
    bool succeeded() const { return outcome == JobOutcome::Succeeded; }
};

// What every job can say of its progress; kinds add their own detail (a migration's passes).
struct JobProgress
{
    QString phase;                          // a short word: "connecting", "migrating", "fencing"
    qint64 elapsedMs = 0;
    int stepsDone = 0, stepsTotal = 0;      // sub-steps (a plan's moves); 0 total = none
    quint64 bytesDone = 0, bytesTotal = 0;  // 0 total = not a copy, or not known yet
    quint64 rateBps = 0;
    qint64 etaMs = -1;                      // -1 = unknown
};

class Job : public QObject
{
    Q_OBJECT
public:
    enum class Capability { Cancel = 1, Pause = 2 };
    Q_DECLARE_FLAGS(Capabilities, Capability)
    // Whether the job changes anything (a VM, a host, the storage, the journal, a lease, a
    // command's target) or only reads. A viewer's tracker refuses every job that changes things
    // when it is started; a new kind of job changes things unless it says otherwise.
    enum class Effect { Reads, Changes };

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    quint64 id() const { return m_id; }
    virtual QString title() const = 0;
    Capabilities capabilities() const { return m_caps; }
    virtual Effect effect() const { return Effect::Changes; }
    // For the audit trail: a stable id of what the job does ("vm-start", "plan-recover", "fence";
    // default: the class name, lowercased, without "Job"), and the reason the operator gave for it.
    virtual QString auditKind() const;
    virtual QString auditWhy() const { return {}; }
    virtual QString auditSubject() const { return {}; } // the VM, host or site it acts on
    // Whether its start, and its end (asked once it has ended), are worth a record: a routine job
    // that found nothing to do leaves none.
    virtual bool auditStart() const { return true; }
    virtual bool auditEnd() const { return true; }

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool isPaused() const { return m_paused; }
    const JobProgress &jobProgress() const { return m_progress; }
    const JobResult &jobResult() const { return m_result; } // meaningful once finished
    QDateTime startedAt() const { return m_startedAt; }

    Job *parentJob() const { return m_parentJob; }
    QList<Job *> subjobs() const;

    // Starts the work (once). A job may be created and shown before it starts.
    void start();
    // Asks it to stop. A job not started yet ends Cancelled at once; a running one ends when its
    // work has stopped (an error after a cancel is reported as Cancelled, not Failed).
    void cancel();
    void pause();
    void resume();
    bool isCancelRequested() const { return m_cancelRequested; }
    // Before it starts: start() will end it at once, Failed with `error` and `why`, having done nothing
    // (a check its starter made: a VM another manager owns, a viewer's tracker).
    void refuseOnStart(const QString &why, JobError error = JobError::Refused);

Q_SIGNALS:
    void started(hawan::jobs::Job *job);
    void progressed(hawan::jobs::Job *job);   // progress, paused/resumed, or what it waits for
    void subjobAdded(hawan::jobs::Job *job, hawan::jobs::Job *subjob);
    void ended(hawan::jobs::Job *job);        // once; jobResult() holds the outcome
    // Someone asked it to cancel, pause or resume ("cancel", "pause", "resume"), before it acts on it.
    void controlRequested(hawan::jobs::Job *job, const QString &verb);

protected:
    virtual void doStart() = 0;
    // Called on cancel() of a started job; the job ends (finish) when its work has stopped.
    virtual void doCancel() {}
    // Return false when pausing (resuming) is refused right now.
    virtual bool doPause() { return false; }
    virtual bool doResume() { return false; }
    // A subjob of this job ended.
    virtual void subjobEnded(Job *subjob) { Q_UNUSED(subjob) }

    void setCapabilities(Capabilities caps) { m_caps = caps; }
    void setJobProgress(const JobProgress &p);
    void setPaused(bool paused);
    // Ends the job with its result (once; later calls are ignored). Starts it if it never was.
    void finish(JobResult result);
    void addSubjob(Job *subjob);
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

private:
    friend class JobTracker;
    QString m_refusal; // set before start (a viewer's tracker, a starter's check): start() ends the job with it
    JobError m_refusalError = JobError::ReadOnly;
    const quint64 m_id;
    Capabilities m_caps = Capability::Cancel;
    bool m_started = false, m_finished = false, m_paused = false, m_cancelRequested = false;
    JobProgress m_progress;
    JobResult m_result;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    QPointer<Job> m_parentJob;
    QList<QPointer<Job>> m_subjobs;
};

QString jobOutcomeName(JobOutcome outcome);  // "succeeded", "failed", "cancelled" (translated)
const char *jobErrorId(JobError error);      // stable id for the journal and --json

} // namespace hawan::jobs

Q_DECLARE_OPERATORS_FOR_FLAGS(hawan::jobs::Job::Capabilities)
