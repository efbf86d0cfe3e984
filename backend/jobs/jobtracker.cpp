#include "jobs/jobtracker.h"

#include <QTimer>

#include <algorithm>
#include <unordered_set>

namespace hawan::jobs {

JobTracker::JobTracker(int historyLimit, QObject *parent) : QObject(parent), m_limit(std::max(1, historyLimit)) {}

JobTracker::~JobTracker()
{
    // Newest first: a plan's subjobs go after the plan that points at them (it holds guarded pointers).
    while (!m_jobs.empty())
        m_jobs.pop_back();
}

void JobTracker::adopt(std::unique_ptr<Job> job)
{
    Job *raw = job.get();
    if (!m_refusal.isEmpty() && raw->effect() == Job::Effect::Changes)
        raw->m_refusal = m_refusal;
    m_jobs.push_back(std::move(job));
    connect(raw, &Job::ended, this, [this](Job *j) {
        Q_EMIT jobEnded(j);
        // Later: whoever reacts to the end still finds the job.
        QTimer::singleShot(0, this, &JobTracker::prune);
    });
    Q_EMIT jobAdded(raw);
}

QList<Job *> JobTracker::jobs() const
{
    QList<Job *> out;
    out.reserve(qsizetype(m_jobs.size()));
    for (const auto &j : m_jobs)
        out << j.get();
    return out;
}

QList<Job *> JobTracker::running() const
{
    QList<Job *> out;
    for (const auto &j : m_jobs)
        if (!j->isFinished())
            out << j.get();
    return out;
}

void JobTracker::prune()
{
    // A top-level job is let go once it and every subjob have ended and newer ended top-level
    // jobs fill the history; its subjobs go with it.
    auto settled = [](Job *j) {
        if (!j->isFinished())
            return false;
        const auto subs = j->subjobs();
        return std::all_of(subs.begin(), subs.end(), [](Job *s) { return s->isFinished(); });
    };
    int kept = 0;
    std::unordered_set<Job *> drop;
    for (auto it = m_jobs.rbegin(); it != m_jobs.rend(); ++it) {
        Job *j = it->get();
        if (j->parentJob() || !settled(j))
            continue;
        if (++kept <= m_limit)
            continue;
        drop.insert(j);
        for (Job *s : j->subjobs())
            drop.insert(s);
    }
    if (drop.empty())
        return;
    for (const auto &j : m_jobs)
        if (drop.count(j.get()))
            Q_EMIT aboutToRemove(j.get());
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [&drop](const auto &j) { return drop.count(j.get()) > 0; }),
                 m_jobs.end());
}

} // namespace hawan::jobs
