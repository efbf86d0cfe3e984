#include "longjob.h"

#include "output.h"

#include "core/fleet.h"
#include "experiments/leftovers.h"
#include "jobs/jobtracker.h"
#include "model/inventory.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdlib>

using namespace hawan;

namespace hawanctl {

namespace {
std::atomic<int> g_interrupts{0};
void onInterrupt(int)
{
    if (g_interrupts.fetch_add(1) >= 1)
        std::_Exit(130);
}
} // namespace

void afterLeftovers(QCoreApplication &app, core::Fleet &fleet, std::function<void()> then)
{
    if (!fleet.access().canChange())
        return then(); // a viewer repairs nothing; what it starts next is refused, saying why
    auto *cleanup = fleet.jobs()->add(std::make_unique<experiments::LeftoverCleanupJob>(fleet.inventory()->config().sourceFile));
    QObject::connect(cleanup, &jobs::Job::ended, &app, [cleanup, then = std::move(then)] {
        if (!cleanup->jobResult().message.isEmpty())
            (cleanup->jobResult().succeeded() ? out() : err()) << "hawanctl: " << cleanup->title() << ": "
                                                               << cleanup->jobResult().message << Qt::endl;
        then();
    });
    cleanup->start();
}

void cancelOnInterrupt(QCoreApplication &app, jobs::Job *job, const QString &stopping)
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    auto *watch = new QTimer(&app);
    watch->setInterval(200);
    QObject::connect(watch, &QTimer::timeout, &app, [job, watch, stopping] {
        if (g_interrupts.load() == 0 || job->isCancelRequested() || job->isFinished())
            return;
        err() << stopping << Qt::endl;
        job->cancel();
        watch->stop();
    });
    watch->start();
}

} // namespace hawanctl
