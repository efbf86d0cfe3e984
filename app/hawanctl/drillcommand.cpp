#include "drillcommand.h"

#include "longjob.h"
#include "output.h"
#include "plancommands.h"

#include "core/fleet.h"
#include "drills/drill.h"
#include "experiments/leftovers.h"
#include "jobs/jobtracker.h"
#include "model/inventory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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


QString at(const drills::DrillRun &run, qint64 ms)
{
    if (run.faultAtMs < 0)
        return QStringLiteral("      ");
    return QStringLiteral("%1%2 s").arg(ms >= run.faultAtMs ? QStringLiteral("+") : QStringLiteral("-"))
        .arg(std::abs(double(ms - run.faultAtMs)) / 1000.0, 5, 'f', 1);
}

void printVerdict(const drills::DrillRun &run)
{
    const auto info = drills::drillInfo(run.spec.drill);
    out() << Text::tr("Verdict of %1 (%2, %3): %4").arg(info.title, run.target, run.id,
                                                        run.passed() ? Text::tr("PASSED") : run.cancelled ? Text::tr("CANCELLED") : Text::tr("FAILED"))
          << Qt::endl;
    for (const auto &c : run.checks)
        out() << QStringLiteral("  %1  %2%3").arg(c.passed ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), c.name,
                                                   c.detail.isEmpty() ? QString() : QStringLiteral(": ") + c.detail)
              << Qt::endl;
    for (const auto &f : run.figures)
        out() << QStringLiteral("  %1 %2 %3%4").arg(f.name, -24).arg(f.value, 0, 'f', f.unit == QLatin1String("s") ? 1 : 0).arg(f.unit)
                     .arg(f.about.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(f.about))
              << Qt::endl;
    for (const QString &n : run.notes)
        out() << QStringLiteral("  note: %1").arg(n) << Qt::endl;
}

std::optional<drills::DrillRun> loadRun(const QString &id)
{
    QFile f(drills::drillsDirectory() + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return drills::DrillRun::fromJson(QJsonDocument::fromJson(f.readAll()).object());
}

int listDrills(core::Fleet &fleet, bool json)
{
    QJsonArray arr;
    for (auto d : drills::allDrills()) {
        const auto info = drills::drillInfo(d);
        if (json) {
            arr.append(QJsonObject{{QStringLiteral("id"), info.id}, {QStringLiteral("title"), info.title}, {QStringLiteral("story"), info.story},
                                   {QStringLiteral("fault"), info.fault}, {QStringLiteral("repair"), info.repair}});
            continue;
        }
        out() << QStringLiteral("%1  %2").arg(info.id, -22).arg(info.title) << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    else
        out() << Text::tr("Run one with: hawanctl drill run NAME (a lab runs at once; elsewhere add --confirm-site SITE)") << Qt::endl;
    Q_UNUSED(fleet)
    return Ok;
}

int listReports(bool json)
{
    QDir dir(drills::drillsDirectory());
    const QStringList files = dir.entryList({QStringLiteral("drill-*.json")}, QDir::Files, QDir::Name);
    QJsonArray arr;
    for (const QString &f : files) {
        const auto run = loadRun(f.chopped(5));
        if (!run)
            continue;
        if (json) {
            arr.append(QJsonObject{{QStringLiteral("id"), run->id}, {QStringLiteral("drill"), drills::drillInfo(run->spec.drill).id},
                                   {QStringLiteral("target"), run->target}, {QStringLiteral("passed"), run->passed()}});
            continue;
        }
        out() << QStringLiteral("%1  %2  %3  %4").arg(run->id, drills::drillInfo(run->spec.drill).id.leftJustified(22), run->target.leftJustified(16),
                                                     run->passed() ? Text::tr("passed") : run->cancelled ? Text::tr("cancelled") : Text::tr("FAILED"))
              << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    else if (files.isEmpty())
        out() << Text::tr("No drill has run yet (kept under %1).").arg(drills::drillsDirectory()) << Qt::endl;
    return Ok;
}
} // namespace

int drillCommand(QCoreApplication &app, core::Fleet &fleet, const DrillArgs &a)
{
    if (a.verb == QLatin1String("list"))
        return listDrills(fleet, a.json);
    if (a.verb == QLatin1String("reports"))
        return listReports(a.json);
    if (a.verb == QLatin1String("show")) {
        const auto run = loadRun(a.name);
        if (!run) {
            err() << Text::tr("hawanctl: no drill run '%1' under %2 (hawanctl drill reports lists them)").arg(a.name, drills::drillsDirectory()) << Qt::endl;
            return Failed;
        }
        if (!a.csvFile.isEmpty()) {
            QFile f(a.csvFile);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(drills::drillCsv(*run)) < 0) {
                err() << Text::tr("hawanctl: cannot write %1: %2").arg(a.csvFile, f.errorString()) << Qt::endl;
                return Failed;
            }
        }
        if (a.json)
            out() << QJsonDocument(run->toJson()).toJson(QJsonDocument::Indented);
        else
            printVerdict(*run);
        return run->passed() ? Ok : Failed;
    }
    const auto drill = drills::drillFromId(a.name);
    if (!drill) {
        QStringList ids;
        for (auto d : drills::allDrills())
            ids << drills::drillInfo(d).id;
        err() << Text::tr("hawanctl: unknown drill '%1'; drills: %2").arg(a.name, ids.join(QStringLiteral(", "))) << Qt::endl;
        return Usage;
    }
    drills::DrillSpec spec;
    spec.drill = *drill;
    spec.host = a.host;
    spec.site = a.site;
    spec.vm = a.vm;
    spec.holdS = a.holdS;
    spec.lossPct = a.lossPct;
    spec.confirmSite = a.confirmSite;
    auto *job = fleet.jobs()->add(std::make_unique<drills::DrillJob>(&fleet, spec, drills::findTools(QCoreApplication::applicationDirPath())));
    QObject::connect(job, &drills::DrillJob::eventAdded, &app, [job](const drills::DrillEvent &e) {
        out() << "  " << at(job->run(), e.atMs) << "  " << e.text << Qt::endl;
    });
    QString lastPhase;
    QObject::connect(job, &jobs::Job::progressed, &app, [job, lastPhase]() mutable {
        const auto &p = job->jobProgress();
        if (p.phase == lastPhase)
            return;
        lastPhase = p.phase;
        out() << QStringLiteral("  [%1/%2] %3").arg(p.stepsDone).arg(p.stepsTotal).arg(p.phase) << Qt::endl;
    });
    QObject::connect(job, &jobs::Job::ended, &app, [&app, job] {
        if (job->run().faulted)
            printVerdict(job->run());
        const auto &r = job->jobResult();
        (r.succeeded() ? out() : err()) << job->title() << ": " << r.message << Qt::endl;
        app.exit(r.succeeded() ? Ok : Failed);
    });
    // First what an interrupted drill or experiment left (a fault not repaired), then the
    // precondition, then the drill.
    afterLeftovers(app, fleet, [&app, &fleet, job, a] {
        whenReported(app, fleet, a.reportTimeoutS, [&app, job] {
            job->resolve();
            out() << job->title() << Qt::endl;
            const QStringList blocked = job->blockers();
            if (!blocked.isEmpty()) {
                err() << Text::tr("hawanctl: the drill did not run:") << Qt::endl;
                for (const QString &b : blocked)
                    err() << "  " << b << Qt::endl;
                return app.exit(Failed);
            }
            for (const QString &line : job->preview())
                out() << "  " << line << Qt::endl;
            out() << Text::tr("  Expected to take about %1 s.").arg(std::round(job->expectedSeconds())) << Qt::endl;
            job->start();
        });
    });
    cancelOnInterrupt(app, job, Text::tr("hawanctl: stopping the drill: repairing the fault and checking what it can "
                          "(Ctrl+C again to leave at once; the next start repairs)"));
    return app.exec();
}

} // namespace hawanctl
