#pragma once
// Every job the fleet runs, in the order they were added: what the Jobs panel, hawanctl's progress
// lines and the timeline observe (after KJobTrackerInterface), so no job knows who watches it. It
// owns them. Running jobs are kept; of the ended ones only the newest `historyLimit` top-level
// jobs are (with their subjobs): older ones are let go, announced by aboutToRemove first.
#include "jobs/job.h"

#include <QObject>

#include <deque>
#include <memory>

namespace hawan::jobs {

class JobTracker : public QObject
{
    Q_OBJECT
public:
    explicit JobTracker(int historyLimit = 100, QObject *parent = nullptr);
    ~JobTracker() override;

    // Takes the job (and announces it) before it starts; returns it typed.
    template <typename T>
    T *add(std::unique_ptr<T> job)
    {
        T *raw = job.get();
        adopt(std::unique_ptr<Job>(job.release()));
        return raw;
    }

    QList<Job *> jobs() const;     // oldest first
    QList<Job *> running() const;  // not ended yet
    template <typename T>
    QList<T *> jobsOf() const
    {
        QList<T *> out;
        for (Job *j : jobs())
            if (auto *t = qobject_cast<T *>(j))
                out << t;
        return out;
    }
    int historyLimit() const { return m_limit; }
    // A viewer's tracker: every job added from now on that changes things (Job::effect()) ends
    // Failed with JobError::ReadOnly and `refusal` when started, before it does anything.
    void refuseChanges(const QString &refusal) { m_refusal = refusal; }
    const QString &refusal() const { return m_refusal; }

Q_SIGNALS:
    void jobAdded(hawan::jobs::Job *job);
    void jobEnded(hawan::jobs::Job *job);
    void aboutToRemove(hawan::jobs::Job *job);

private:
    void adopt(std::unique_ptr<Job> job);
    void prune();
    int m_limit;
    QString m_refusal;
    std::deque<std::unique_ptr<Job>> m_jobs;
};

} // namespace hawan::jobs
