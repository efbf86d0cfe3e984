// The drill's proof: the write witnesses at each site, what they acknowledged read back afterwards, and
// every daemon asked for every VM of the census.

#include "drills/drill.h"
#include "drills/drill_p.h"

#include "core/fleet.h"
#include "core/operations.h"
#include "drills/writerjob.h"
#include "experiments/experiment.h"
#include "experiments/vmtest.h"
#include "jobs/commandjob.h"
#include "jobs/jobtracker.h"
#include "jobs/migrationjob.h"
#include "jobs/planrunner.h"
#include "model/inventory.h"
#include "probes/probehub.h"
#include "storage/storagemonitor.h"
#include "util/async.h"
#include "util/statepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <csignal>

#include <sys/prctl.h>

#include <cmath>
#include <limits>

namespace hawan::drills {

using namespace detail;

void DrillJob::startWriters()
{
    const auto &cfg = m_fleet->inventory()->config();
    for (int s = 0; s < cfg.sites.size(); ++s) {
        const auto &site = cfg.sites[s];
        const QStringList argv = site.runner + QStringList{m_tools.writer, QStringLiteral("write"), QStringLiteral("--file"),
                                                           QStringLiteral("%1/%2.log").arg(workDir(s), site.name.toLower()),
                                                           QStringLiteral("--site"), site.name, QStringLiteral("--interval-ms"),
                                                           QString::number(cfg.drills.writerIntervalMs)};
        auto *w = new WriterJob(site.name, argv, this);
        addSubjob(w);
        m_writers << w;
        w->start();
    }
    // Each writes a few records before the fault: it works, and its file exists at every site.
    waitFor([this] {
                for (const auto &w : m_writers)
                    if (!w || w->lastAck() < 3)
                        return false;
                return true;
            },
            30000, [this](bool ok) {
                if (!ok) {
                    QStringList why;
                    for (const auto &w : m_writers)
                        if (w && w->lastAck() < 3)
                            why << QStringLiteral("%1: %2").arg(w->site(), w->isFinished() ? w->jobResult().message : Text::tr("no acknowledgement in 30 s"));
                    return abandon(Text::tr("The write witnesses did not start (%1).").arg(why.join(QStringLiteral("; "))));
                }
                event(Text::tr("write witnesses writing at every site"));
                m_sample.start();
                stageDone();
            });
}

void DrillJob::stopWriters()
{
    for (const auto &w : m_writers)
        if (w && !w->isFinished())
            w->stop();
    waitFor([this] {
                for (const auto &w : m_writers)
                    if (w && !w->isFinished())
                        return false;
                return true;
            },
            40000, [this](bool) {
                m_sample.stop();
                for (const auto &w : m_writers) {
                    if (!w)
                        continue;
                    figure(QStringLiteral("acked"), double(w->lastAck()), QStringLiteral("records"), w->site());
                    figure(QStringLiteral("write_errors"), double(w->errors()), QStringLiteral("writes"), w->site());
                    figure(QStringLiteral("longest_write_stall_s"), double(w->longestStallMs()) / 1000.0, QStringLiteral("s"), w->site());
                    event(Text::tr("witness at %1: %2").arg(w->site(), w->isFinished() ? w->jobResult().message : Text::tr("still running")));
                }
                stageDone();
            });
}

void DrillJob::verifyWrites()
{
    const auto &cfg = m_fleet->inventory()->config();
    struct One { int writer, site; };
    auto todo = std::make_shared<QVector<One>>();
    for (int w = 0; w < m_writers.size(); ++w)
        if (m_writers[w] && m_writers[w]->lastAck() > 0)
            for (int s = 0; s < cfg.sites.size(); ++s)
                todo->append({w, s});
    if (todo->isEmpty())
        return stageDone();
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, todo, step] {
        if (todo->isEmpty())
            return stageDone();
        const One o = todo->takeFirst();
        const auto &c = m_fleet->inventory()->config();
        const WriterJob *w = m_writers[o.writer];
        const int writerSite = c.siteIndex(w->site());
        const QString file = QStringLiteral("%1/%2.log").arg(workDir(writerSite), w->site().toLower());
        const quint64 acked = w->lastAck();
        const QString name = Text::tr("%1's acknowledged writes readable at %2").arg(w->site(), c.sites[o.site].name);
        command(c.sites[o.site].runner + QStringList{m_tools.writer, QStringLiteral("verify"), QStringLiteral("--file"), file,
                                                     QStringLiteral("--acked"), QString::number(acked)},
                Text::tr("verify %1 at %2").arg(file, c.sites[o.site].name), kCommandLimitMs,
                [this, name, acked, step](bool, const QString &out, const QByteArray &bytes) {
                    const QJsonObject o = QJsonDocument::fromJson(bytes.trimmed().split('\n').last()).object();
                    if (o.isEmpty() || o.contains(QStringLiteral("error"))) {
                        check(name, false, o.value(QStringLiteral("error")).toString(out));
                    } else {
                        const qint64 missing = qint64(o.value(QStringLiteral("missing")).toDouble());
                        const qint64 damaged = qint64(o.value(QStringLiteral("damaged")).toDouble());
                        QString detail = Text::tr("%1 acknowledged, %2 records read").arg(acked).arg(qint64(o.value(QStringLiteral("records")).toDouble()));
                        if (missing)
                            detail += Text::tr("; %1 missing (first: %2)").arg(missing).arg(o.value(QStringLiteral("first_missing")).toArray().first().toInteger());
                        if (damaged)
                            detail += Text::tr("; %1 damaged").arg(damaged);
                        check(name, missing == 0, detail);
                    }
                    (*step)();
                });
    };
    (*step)();
}

void DrillJob::checkVms()
{
    // Every daemon is asked again (a full list of its domains), after the repair: where does each
    // VM of the census run now?
    auto *inv = m_fleet->inventory();
    const QDateTime since = QDateTime::currentDateTimeUtc();
    m_fleet->refreshAll();
    waitFor([this, inv, since] {
                for (int h = 0; h < inv->hostCount(); ++h)
                    if (inv->hostStatus(h).state != model::HostState::Up || inv->hostSnapshot(h).at <= since)
                        return false;
                return m_fleet->cleanupsPending() == 0;
            },
            60000, [this, inv](bool fresh) {
                QStringList silent;
                for (int h = 0; h < inv->hostCount(); ++h)
                    if (inv->hostStatus(h).state != model::HostState::Up)
                        silent << inv->host(h).name;
                if (!silent.isEmpty()) {
                    check(Text::tr("every VM runs exactly once"), false,
                          Text::tr("cannot tell: %1 did not answer").arg(silent.join(QStringLiteral(", "))));
                    return stageDone();
                }
                QStringList twice, nowhere, stopped, defined;
                for (const auto &c : m_census) {
                    int active = 0, definedOn = 0;
                    QStringList where;
                    for (int h = 0; h < inv->hostCount(); ++h)
                        for (const auto &vm : inv->vms(h))
                            if (vm.uuid == c.uuid) {
                                ++definedOn;
                                if (model::vmIsActive(vm.state)) {
                                    ++active;
                                    where << inv->host(h).name;
                                }
                            }
                    if (active > 1)
                        twice << QStringLiteral("%1 (%2)").arg(c.name, where.join(QStringLiteral(", ")));
                    else if (definedOn == 0)
                        nowhere << c.name;
                    else if (c.active && active == 0)
                        stopped << c.name;
                    if (definedOn > 1)
                        defined << c.name;
                }
                QStringList problems;
                if (!twice.isEmpty())
                    problems << Text::tr("running twice: %1").arg(twice.join(QStringLiteral(", ")));
                if (!nowhere.isEmpty())
                    problems << Text::tr("defined nowhere: %1").arg(nowhere.join(QStringLiteral(", ")));
                if (!stopped.isEmpty())
                    problems << Text::tr("not running any more: %1").arg(stopped.join(QStringLiteral(", ")));
                int running = 0;
                for (const auto &c : m_census)
                    running += c.active ? 1 : 0;
                check(Text::tr("every VM runs exactly once"), problems.isEmpty(),
                      problems.isEmpty() ? Text::tr("%n VM(s) asked of every daemon", nullptr, running) : problems.join(QStringLiteral("; ")));
                if (!defined.isEmpty())
                    m_run.notes << Text::tr("Defined on more than one host (one copy shut off): %1").arg(defined.join(QStringLiteral(", ")));
                if (!fresh)
                    m_run.notes << Text::tr("Not every stale definition was removed within a minute.");
                if (m_migration) {
                    // The migration cut mid-copy ended (never hung) and left its VM at one end.
                    const auto &t = m_migration->target();
                    QString where;
                    for (const auto &[h, i] : inv->locate(t.vmUuid))
                        if (model::vmIsActive(inv->vms(h)[i].state))
                            where = inv->host(h).name;
                    check(Text::tr("the migration ended"), m_migration->isFinished(),
                          m_migration->isFinished() ? Text::tr("%1 after %2 s; %3 runs on %4")
                                                          .arg(jobs::jobOutcomeName(m_migration->result().outcome))
                                                          .arg(double(m_migration->result().durationMs) / 1000.0, 0, 'f', 1)
                                                          .arg(t.vmName, where.isEmpty() ? Text::tr("no host") : where)
                                                    : Text::tr("still running"));
                }
                figure(QStringLiteral("alarms"), m_alarms, QStringLiteral("alarms"));
                stageDone();
            });
}

} // namespace hawan::drills
