#include "experimentcommand.h"

#include "longjob.h"
#include "output.h"

#include "core/fleet.h"
#include "experiments/experiment.h"
#include "core/operations.h"
#include "plancommands.h"
#include "probes/probehub.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <atomic>
#include <cmath>
#include <csignal>

using namespace hawan;

namespace hawanctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawanctl)
};

// Ctrl+C (or SIGTERM) asks the experiment to stop: the delay is put back and its files removed
// before hawanctl exits. A second one exits at once.

QString figureText(const experiments::Measurement &m)
{
    if (!m.ok())
        return Text::tr("FAILED: %1").arg(m.error);
    QStringList parts;
    for (const auto &f : m.figures)
        if (f.name.endsWith(QLatin1String("_ops_s")) || f.name.endsWith(QLatin1String("_MiBs")) || f.name.endsWith(QLatin1String("_iops"))
            || f.name == QLatin1String("total_s")
            || QStringList{QStringLiteral("downtime_ms"), QStringLiteral("data_MiB"), QStringLiteral("wan_MiB"), QStringLiteral("passes"),
                           QStringLiteral("total_out_MiB"), QStringLiteral("total_in_MiB")}.contains(f.name))
            parts << QStringLiteral("%1 %2").arg(f.name).arg(f.value, 0, 'f', f.value < 10 ? 2 : 0);
    return parts.join(QStringLiteral("  "));
}
} // namespace

int experimentCommand(QCoreApplication &app, core::Fleet &fleet, const ExperimentArgs &a)
{
    experiments::ExperimentSpec spec;
    const QStringList ids = a.tests.contains(QStringLiteral("all"))
        ? [] { QStringList all; for (auto t : experiments::allTests()) all << experiments::testId(t); return all; }()
        : a.tests;
    for (const QString &id : ids) {
        const auto t = experiments::testFromId(id);
        if (!t) {
            err() << Text::tr("hawanctl: unknown test '%1'; tests: metadata, seq-write, seq-read, rand-rw, vm-lifecycle, migrate-idle, migrate-busy, or all").arg(id) << Qt::endl;
            return Usage;
        }
        spec.tests << *t;
    }
    QString why;
    const auto delays = experiments::parseDelays(a.delays, &why);
    if (!delays) {
        err() << "hawanctl: --delays: " << why << Qt::endl;
        return Usage;
    }
    spec.delaysMs = *delays;
    spec.repeats = a.repeats;
    spec.sizes = a.sizes;
    spec.metaTool = experiments::findMetaTool(QCoreApplication::applicationDirPath());

    auto *job = fleet.jobs()->add(std::make_unique<experiments::ExperimentJob>(fleet.inventory()->config(), fleet.probes(), &fleet, spec));
    out() << job->title() << Qt::endl;
    for (const QString &n : job->run().notes)
        out() << "  " << n << Qt::endl;
    QObject::connect(job, &experiments::ExperimentJob::measured, &app, [](const experiments::Measurement &m) {
        out() << QStringLiteral("  %1 at %2").arg(m.test, m.site)
              << (m.delayMs >= 0 ? Text::tr(", delay %1 ms").arg(m.delayMs) : QString())
              << (m.rttMs >= 0 ? Text::tr(", RTT %1 ms").arg(m.rttMs, 0, 'f', 1) : QString()) << ": " << figureText(m) << Qt::endl;
    });
    QString lastPhase;
    QObject::connect(job, &jobs::Job::progressed, &app, [job, lastPhase]() mutable {
        const auto &p = job->jobProgress();
        if (p.phase == lastPhase || p.phase.startsWith(QLatin1String("metadata")) || p.phase.contains(QLatin1String(" at ")))
            return;
        lastPhase = p.phase;
        out() << QStringLiteral("  [%1/%2] %3").arg(p.stepsDone).arg(p.stepsTotal).arg(p.phase) << Qt::endl;
    });
    const int notesBefore = int(job->run().notes.size());
    QObject::connect(job, &jobs::Job::ended, &app, [&app, job, notesBefore] {
        for (const QString &n : job->run().notes.mid(notesBefore)) // what happened on the way
            out() << "  " << n << Qt::endl;
        const auto &r = job->jobResult();
        (r.succeeded() ? out() : err()) << job->title() << ": " << r.message << Qt::endl;
        app.exit(r.succeeded() ? Ok : Failed);
    });

    // First what an interrupted experiment left (its delay on the link, its files), then the
    // gate (no plan open, storage in sync), then the run.
    afterLeftovers(app, fleet, [&app, &fleet, job, a] {
        whenReported(app, fleet, a.reportTimeoutS, [&app, &fleet, job, a] {
            const core::Operations ops(&fleet);
            if (const auto open = ops.anyOpenPlan()) {
                err() << Text::tr("hawanctl: %1 (plan %2): the experiment did not run. Let it finish, or end it with "
                                  "'hawanctl resume %2' or 'hawanctl abort %2'.").arg(open->text, open->planId) << Qt::endl;
                return app.exit(Failed);
            }
            const QStringList blockers = ops.storageBlockers();
            if (!storageAllows(blockers, a.storageOverride,
                               Text::tr("hawanctl: the shared storage is not in sync, so the experiment did not run:")))
                return app.exit(Failed);
            ops.recordStorageOverride(QStringLiteral("experiment"), a.storageOverride, blockers);
            const auto &links = fleet.inventory()->config().links;
            const double rtt = !links.isEmpty() && fleet.probes() ? double(fleet.probes()->linkState(0).rttMs) : -1;
            const auto preview = job->preview(std::isnan(rtt) ? -1 : rtt);
            for (const QString &line : preview.lines)
                out() << "  " << line << Qt::endl;
            out() << Text::tr("  Expected to take about %1 min.").arg(std::max(1.0, std::round(preview.seconds / 60.0))) << Qt::endl;
            job->start();
        });
    });
    cancelOnInterrupt(app, job, Text::tr("hawanctl: stopping the experiment: putting the link back and removing its files "
                          "(Ctrl+C again to leave at once)"));
    return app.exec();
}

} // namespace hawanctl
