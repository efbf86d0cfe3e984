#include "joblines.h"

#include "output.h"

#include "jobs/fencejob.h"
#include "jobs/jobtracker.h"
#include "jobs/movejob.h"
#include "jobs/planrunner.h"

#include <memory>

using namespace hawan;

namespace hawanctl {

JobLines::JobLines(jobs::JobTracker *tracker, QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(tracker, &jobs::JobTracker::jobAdded, this, &JobLines::watch);
    for (jobs::Job *job : tracker->jobs())
        watch(job);
}

QString JobLines::stamp() const
{
    return QStringLiteral("%1 s").arg(double(m_clock.elapsed()) / 1000.0, 6, 'f', 1);
}

QString JobLines::prefix(const jobs::Job *job) const
{
    if (const auto *plan = qobject_cast<const jobs::PlanRunner *>(job->parentJob()))
        return QStringLiteral("  [%1] ").arg(plan->plan().id);
    return QStringLiteral("  ");
}

void JobLines::watch(jobs::Job *job)
{
    if (auto *move = qobject_cast<jobs::MoveJob *>(job)) {
        // Printed when it starts: by then a plan has made it its subjob (and journaled it).
        auto onStart = [this, move] {
            const auto &t = move->target();
            out() << stamp() << prefix(move)
                  << (move->isRestart() ? tr("restart %1 on %2 (%3 fenced)").arg(t.vmName, t.destHost, t.sourceHost)
                                        : tr("start %1: %2 → %3").arg(t.vmName, t.sourceHost, t.destHost))
                  << Qt::endl;
        };
        if (move->isStarted())
            onStart();
        else
            connect(move, &jobs::Job::started, this, onStart);
        auto last = std::make_shared<qint64>(-10000);
        connect(move, &jobs::MoveJob::progressChanged, this, [this, move, last](const jobs::MigrationProgress &p) {
            if (m_clock.elapsed() - *last < 2000 || p.phase != QLatin1String("migrating") || p.dataTotal == 0)
                return;
            *last = m_clock.elapsed();
            out() << stamp() << prefix(move) << QStringLiteral("  %1  ").arg(move->target().vmName)
                  << (p.iteration ? tr("iteration %1  ").arg(p.iteration) : QString())
                  << tr("sent %1 MiB  remaining %2 MiB  %3 MiB/s%4%5")
                         .arg(p.dataProcessed >> 20).arg(p.dataRemaining >> 20).arg(double(p.memoryBps) / 1048576.0, 0, 'f', 1)
                         .arg(p.bandwidthCapMiBs ? tr("  cap %1 MiB/s").arg(p.bandwidthCapMiBs) : QString())
                         .arg(p.notConverging ? tr("  NOT CONVERGING") : QString())
                  << Qt::endl;
        });
    } else if (auto *fence = qobject_cast<jobs::FenceJob *>(job)) {
        connect(fence, &jobs::Job::started, this, [this, fence] {
            out() << stamp() << prefix(fence) << tr("fencing %1: %2").arg(fence->host(), fence->command()) << Qt::endl;
        });
        connect(fence, &jobs::Job::ended, this, [this, fence] {
            const auto &r = fence->jobResult();
            (r.succeeded() ? out() : err()) << stamp() << prefix(fence)
                                            << (r.succeeded() ? tr("fenced %1: %2").arg(fence->host(), r.message)
                                                              : tr("fencing %1 failed: %2").arg(fence->host(), r.message))
                                            << Qt::endl;
        });
    }
}

} // namespace hawanctl
