#include "experiments/experiment.h"

#include "jobs/commandjob.h"
#include "probes/probehub.h"
#include "util/async.h"
#include "util/files.h"
#include "util/statepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hawan::experiments {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::experiments::Experiment)
};

QString delayArg(double ms)
{
    return QStringLiteral("%1ms").arg(ms, 0, 'g', 6);
}
} // namespace

QJsonObject ExperimentSpec::toJson() const
{
    QJsonArray t, d;
    for (Test x : tests)
        t.append(testId(x));
    for (double x : delaysMs)
        d.append(x);
    return {{QStringLiteral("tests"), t},
            {QStringLiteral("delays_ms"), d},
            {QStringLiteral("repeats"), repeats},
            {QStringLiteral("meta_files"), sizes.metaFiles},
            {QStringLiteral("seq_mib"), sizes.seqMiB},
            {QStringLiteral("rand_mib"), sizes.randMiB},
            {QStringLiteral("rand_seconds"), sizes.randSeconds},
            {QStringLiteral("settle_ms"), settleMs}};
}

ExperimentSpec ExperimentSpec::fromJson(const QJsonObject &o)
{
    ExperimentSpec s;
    for (const QJsonValue &v : o.value(QLatin1String("tests")).toArray())
        if (auto t = testFromId(v.toString()))
            s.tests << *t;
    for (const QJsonValue &v : o.value(QLatin1String("delays_ms")).toArray())
        s.delaysMs << v.toDouble();
    s.repeats = o.value(QLatin1String("repeats")).toInt(1);
    s.sizes.metaFiles = o.value(QLatin1String("meta_files")).toInt(s.sizes.metaFiles);
    s.sizes.seqMiB = o.value(QLatin1String("seq_mib")).toInt(s.sizes.seqMiB);
    s.sizes.randMiB = o.value(QLatin1String("rand_mib")).toInt(s.sizes.randMiB);
    s.sizes.randSeconds = o.value(QLatin1String("rand_seconds")).toInt(s.sizes.randSeconds);
    s.settleMs = o.value(QLatin1String("settle_ms")).toInt(s.settleMs);
    return s;
}

QJsonObject ExperimentRun::toJson() const
{
    QJsonArray ms;
    for (const auto &m : measurements)
        ms.append(m.toJson());
    return {{QStringLiteral("hawan_experiment"), 1},
            {QStringLiteral("id"), id},
            {QStringLiteral("config"), configFile},
            {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("ended"), ended.toString(Qt::ISODateWithMs)},
            {QStringLiteral("spec"), spec.toJson()},
            {QStringLiteral("link"), link},
            {QStringLiteral("emulated"), emulated},
            {QStringLiteral("versions"), QJsonObject{{QStringLiteral("hawan"), QCoreApplication::applicationVersion()},
                                                      {QStringLiteral("qt"), QString::fromLatin1(qVersion())}}},
            {QStringLiteral("measurements"), ms},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

ExperimentRun ExperimentRun::fromJson(const QJsonObject &o)
{
    ExperimentRun r;
    r.id = o.value(QLatin1String("id")).toString();
    r.configFile = o.value(QLatin1String("config")).toString();
    r.started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
    r.ended = QDateTime::fromString(o.value(QLatin1String("ended")).toString(), Qt::ISODateWithMs);
    r.spec = ExperimentSpec::fromJson(o.value(QLatin1String("spec")).toObject());
    r.link = o.value(QLatin1String("link")).toString();
    r.emulated = o.value(QLatin1String("emulated")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("measurements")).toArray())
        r.measurements << Measurement::fromJson(v.toObject());
    for (const QJsonValue &v : o.value(QLatin1String("notes")).toArray())
        r.notes << v.toString();
    return r;
}

std::optional<QVector<double>> parseDelays(QString text, QString *why)
{
    QVector<double> out;
    text = text.trimmed();
    if (text.isEmpty())
        return out;
    if (text.endsWith(QLatin1String("ms")))
        text.chop(2);
    for (const QString &part : text.split(QLatin1Char(','))) {
        QString p = part.trimmed();
        if (p.endsWith(QLatin1String("ms")))
            p.chop(2);
        bool ok = false;
        const double v = p.toDouble(&ok);
        if (!ok || v < 0 || v > 1000) {
            *why = Text::tr("'%1' is not a delay (0 to 1000 ms)").arg(part.trimmed());
            return std::nullopt;
        }
        out << v;
    }
    return out;
}

QString findMetaTool(const QString &here)
{
    if (const QString given = qEnvironmentVariable("HAWAN_META"); !given.isEmpty())
        return given;
    for (const QString &p : {here + QStringLiteral("/hawan-meta"), here + QStringLiteral("/../hawan-meta/hawan-meta")})
        if (QFileInfo(p).isExecutable())
            return QFileInfo(p).canonicalFilePath();
    return QStringLiteral("hawan-meta");
}

QString runsDirectory()
{
    return util::stateDirectory() + QStringLiteral("/experiments");
}

ExperimentJob::ExperimentJob(const config::Config &config, const probes::ProbeHub *probes, VmHosts *vms, ExperimentSpec spec,
                             QObject *parent)
    : Job(parent), m_config(config), m_probes(probes), m_vms(vms)
{
    m_run.id = QStringLiteral("exp-%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_run.configFile = config.sourceFile;
    m_run.spec = std::move(spec);
    if (m_run.spec.repeats < 1)
        m_run.spec.repeats = 1;
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &ExperimentJob::next);
    m_rttTimer.setInterval(500);
    connect(&m_rttTimer, &QTimer::timeout, this, &ExperimentJob::sampleRtt);

    // The sweep is over the first link; a lab's link has its emulate command.
    if (!config.links.isEmpty()) {
        m_link = 0;
        m_run.link = config.links[0].name;
    }
    const bool emulate = m_link >= 0 && !config.links[m_link].emulate.isEmpty() && !m_run.spec.delaysMs.isEmpty();
    m_run.emulated = emulate;
    if (!m_run.spec.delaysMs.isEmpty() && !emulate)
        m_run.notes << Text::tr("No emulate command for the link: measured over the link as it is, not at %1 ms.")
                           .arg([&] {
                               QStringList d;
                               for (double x : m_run.spec.delaysMs)
                                   d << QString::number(x);
                               return d.join(QStringLiteral(", "));
                           }());
    QVector<int> sites;
    for (int s = 0; s < config.sites.size(); ++s) {
        if (config.sites[s].runner.isEmpty())
            m_run.notes << Text::tr("%1 has no runner: no test ran there.").arg(config.sites[s].name);
        else
            sites << s;
    }
    // The VM tests make a VM at a site (with a runner: it copies the disk there) and migrate it to
    // the other end of the link: each site in turn for the life cycle, the link's first end for
    // the migrations (one measurement each way).
    QVector<Test> vmTests, toolTests;
    for (Test t : m_run.spec.tests)
        (isVmTest(t) ? vmTests : toolTests) << t;
    QVector<QPair<int, int>> vmEnds; // (origin, other)
    if (!vmTests.isEmpty()) {
        const int a = m_link >= 0 ? config.siteIndex(config.links[m_link].siteA) : -1;
        const int b = m_link >= 0 ? config.siteIndex(config.links[m_link].siteB) : -1;
        QString why;
        if (!vms)
            why = Text::tr("no hosts to make a test VM on");
        else if (a < 0 || b < 0)
            why = Text::tr("no WAN link between two sites ([[link]])");
        else if (config.experiments.vmImage.isEmpty())
            why = Text::tr("no test VM image: set [experiments] vm_image to a small disk image on the shared volume");
        if (!why.isEmpty()) {
            m_run.notes << Text::tr("The VM tests did not run: %1.").arg(why);
            vmTests.clear();
        } else {
            for (int s : {a, b})
                if (sites.contains(s))
                    vmEnds << qMakePair(s, s == a ? b : a);
            if (vmEnds.isEmpty())
                m_run.notes << Text::tr("The VM tests did not run: neither end of %1 has a runner to copy the test VM's disk.").arg(m_run.link);
            if (vmTests.contains(Test::MigrateBusy) && config.experiments.busyVmImage.isEmpty()) {
                m_run.notes << Text::tr("migrate-busy did not run: no busy guest's image ([experiments] busy_vm_image).");
                vmTests.removeAll(Test::MigrateBusy);
            }
            if (!vmEnds.isEmpty() && !vmTests.isEmpty() && config.links[m_link].counters.isEmpty())
                m_run.notes << Text::tr("%1 has no counters command ([[link]] counters): the VM tests measured times, not the "
                                        "bytes the link carried.").arg(m_run.link);
        }
    }
    const QVector<double> delays = emulate ? m_run.spec.delaysMs : QVector<double>{-1};
    if (emulate)
        m_steps << Step{Step::ReadDelay};
    if (emulate || !sites.isEmpty())
        m_steps << Step{Step::Record}; // also what the VM tests leave: they need a runner's site
    for (int s : sites)
        m_steps << Step{Step::Prepare, -1, Test::Metadata, s};
    for (double d : delays) {
        if (emulate)
            m_steps << Step{Step::SetDelay, d} << Step{Step::Settle, d};
        for (int rep = 0; rep < m_run.spec.repeats; ++rep) {
            for (int s : sites)
                for (Test t : toolTests)
                    m_steps << Step{Step::Measure, d, t, s};
            for (Test t : vmTests)
                for (const auto &[origin, other] : vmEnds) {
                    m_steps << Step{Step::Measure, d, t, origin};
                    if (t != Test::VmLifecycle)
                        break; // a migration test measures both ways from the first end
                }
        }
    }
    if (emulate)
        m_steps << Step{Step::Restore};
    for (int s : sites)
        m_steps << Step{Step::Clean, -1, Test::Metadata, s};
    if (emulate || !sites.isEmpty())
        m_steps << Step{Step::Unrecord};
    m_record = std::make_shared<LeftoverRecord>(leftoverPath(m_run.id));
}

QVector<Undo> ExperimentJob::undoCommands() const
{
    QVector<Undo> undo;
    if (m_restoreDelayMs >= 0)
        undo.push_back({Text::tr("put the delay of %1 back to %2 ms").arg(m_run.link).arg(m_restoreDelayMs),
                        m_config.links[m_link].emulate + QStringList{QStringLiteral("--delay"), delayArg(m_restoreDelayMs)}});
    if (std::any_of(m_steps.cbegin(), m_steps.cend(), [](const Step &s) { return s.kind == Step::Measure && isVmTest(s.test); })) {
        // The test VMs, wherever a migration left them: stopped and undefined, by name. A host
        // that cannot be asked fails the command, and the record stays for the next start.
        const QString script = QStringLiteral(
            "set -e; l=$(virsh -q -c \"$1\" list --all --name); for d in $l; do case \"$d\" in \"$2\"*) "
            "virsh -q -c \"$1\" destroy \"$d\" >/dev/null 2>&1 || true; virsh -q -c \"$1\" undefine \"$d\";; esac; done");
        for (const auto &h : m_config.hosts)
            undo.push_back({Text::tr("remove test VMs %1* from %2").arg(vmPrefix(), h.name),
                            {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), h.uri, vmPrefix()}});
    }
    for (const Step &st : m_steps)
        if (st.kind == Step::Clean)
            undo.push_back({Text::tr("remove %1 at %2").arg(workDir(st.site), m_config.sites[st.site].name),
                            m_config.sites[st.site].runner + QStringList{QStringLiteral("rm"), QStringLiteral("-rf"), workDir(st.site)}});
    return undo;
}

void ExperimentJob::record(bool write)
{
    jobs::JobProgress p = jobProgress();
    p.phase = write ? QStringLiteral("recording what to undo") : QStringLiteral("undone");
    setJobProgress(p);
    if (!write && (!m_recorded || m_undoFailed)) {
        // Not written, or something is left to undo: a failed restore or clean-up is tried again at
        // the next start (the record stays, unlocked).
        if (m_recorded)
            m_run.notes << Text::tr("What could not be undone is tried again when Hawan next starts with this configuration.");
        util::runDetached(title(), this, [rec = m_record] { rec->release(); }, [this] { next(); });
        return;
    }
    // The disk may be slow: off this thread; the job goes on once it is on disk.
    util::runDetached(title(), this,
                      [rec = m_record, write, config = m_config.sourceFile, id = m_run.id, undo = undoCommands()] {
                          return write ? rec->write(config, id, undo) : rec->remove();
                      },
                      [this, write](const QString &error) {
                          if (write && !error.isEmpty()) {
                              // Nothing may be changed without its record: stop before the first change.
                              m_run.notes << Text::tr("Could not record what the experiment changes (%1): it did not run.").arg(error);
                              m_next = int(m_steps.size());
                              ++m_failed;
                          } else if (write) {
                              m_recorded = true;
                          } else if (!error.isEmpty()) {
                              m_run.notes << error;
                          }
                          next();
                      });
}

double ExperimentJob::stepSeconds(const Step &st, double baseRttMs) const
{
    const auto &sz = m_run.spec.sizes;
    switch (st.kind) {
    case Step::Settle: return m_run.spec.settleMs / 1000.0;
    case Step::Prepare:
    case Step::Clean: return 1;
    case Step::Measure: break;
    default: return 0;
    }
    const double rttS = (st.delayMs >= 0 ? baseRttMs + 2 * st.delayMs : baseRttMs) / 1000.0;
    switch (st.test) {
    case Test::Metadata: return sz.metaFiles * (18 * rttS + 0.01);
    case Test::SeqWrite:
    case Test::SeqRead: return sz.seqMiB / 40.0 + 2;
    case Test::RandRw: return sz.randSeconds + 2;
    case Test::VmLifecycle:
    case Test::MigrateIdle:
    case Test::MigrateBusy: {
        // A migration: the memory over a WAN of some 30 MiB/s, plus a few seconds; making and
        // removing the VM a few seconds more, and the shutdown's wait for the life cycle.
        const double migration = m_config.experiments.vmMemoryMiB / 30.0 + 3;
        return 2 * migration + 8 + (st.test == Test::VmLifecycle ? m_config.experiments.shutdownTimeoutS / 2.0 : 3);
    }
    }
    return 0;
}

ExperimentJob::Preview ExperimentJob::preview(double rttMs) const
{
    Preview p;
    const auto &sz = m_run.spec.sizes;
    // With a sweep, the link's round trip now includes the delay set now, unknown until read: the
    // delays' are guessed from a LAN's millisecond.
    const double base = m_run.emulated || rttMs < 0 ? 1.0 : rttMs;
    QSet<int> sites;
    for (const Step &st : m_steps) {
        p.seconds += stepSeconds(st, base);
        if (st.kind == Step::Measure)
            sites << st.site;
    }
    QList<int> ordered = sites.values();
    std::sort(ordered.begin(), ordered.end());
    QStringList written;
    for (Test t : m_run.spec.tests)
        written << (isVmTest(t) ? QString()
                    : t == Test::Metadata ? Text::tr("%n small file(s)", nullptr, sz.metaFiles)
                    : t == Test::RandRw ? Text::tr("a %1 MiB file").arg(sz.randMiB)
                                        : Text::tr("a %1 MiB file").arg(sz.seqMiB));
    written.removeDuplicates();
    written.removeAll(QString());
    QMap<int, int> vmsAt; // origin site -> test VMs made there
    QSet<int> busyAt;
    for (const Step &st : m_steps)
        if (st.kind == Step::Measure && isVmTest(st.test)) {
            ++vmsAt[st.site];
            if (st.test == Test::MigrateBusy)
                busyAt << st.site;
        }
    for (int s : ordered) {
        if (written.isEmpty())
            continue;
        p.lines << Text::tr("At %1: writes %2 in %3 (run by: %4), and removes them.")
                       .arg(m_config.sites[s].name, written.join(QStringLiteral(", ")), workDir(s),
                            m_config.sites[s].runner.join(QLatin1Char(' ')));
    }
    for (auto it = vmsAt.cbegin(); it != vmsAt.cend(); ++it) {
        const auto &link = m_config.links[m_link];
        const QString other = m_config.sites[it.key()].name == link.siteA ? link.siteB : link.siteA;
        const bool busy = busyAt.contains(it.key());
        const QString images = busy ? Text::tr("%1 (%2 for the busy one)").arg(m_config.experiments.vmImage, m_config.experiments.busyVmImage)
                                    : m_config.experiments.vmImage;
        p.lines << Text::tr("At %1: makes %n test VM(s) one after the other (%2*, %3 MiB, no network) from a copy of %4 in %5, "
                            "migrates each to %6 and back, then deletes it and its disk.", nullptr, it.value())
                       .arg(m_config.sites[it.key()].name, vmPrefix())
                       .arg(m_config.experiments.vmMemoryMiB)
                       .arg(images, workDir(it.key()), other);
    }
    if (m_run.emulated) {
        QStringList d;
        for (double x : m_run.spec.delaysMs)
            d << QString::number(x);
        p.lines << Text::tr("On link %1: sets the emulated one-way delay to %2 ms in turn, then puts back the delay it has now.")
                       .arg(m_run.link, d.join(QStringLiteral(", ")));
    }
    p.lines << Text::tr("Touches no existing VM. If it is interrupted, Hawan undoes it at its next start.");
    return p;
}

QString ExperimentJob::vmPrefix() const
{
    return QStringLiteral("hawan-") + m_run.id + QLatin1Char('-');
}

QString ExperimentJob::workDir(int site) const
{
    return m_config.sites[site].testDir + QStringLiteral("/hawan-") + m_run.id;
}

QString ExperimentJob::title() const
{
    QStringList t;
    for (Test x : m_run.spec.tests)
        t << testId(x);
    return Text::tr("Experiment %1 (%2)").arg(m_run.id, t.join(QStringLiteral(", ")));
}

void ExperimentJob::doStart()
{
    m_run.started = QDateTime::currentDateTimeUtc();
    if (std::none_of(m_steps.cbegin(), m_steps.cend(), [](const Step &s) { return s.kind == Step::Measure; }))
        m_run.notes << Text::tr("Nothing to measure: no test chosen, or no site has a runner ([[site]] runner).");
    QMetaObject::invokeMethod(this, &ExperimentJob::next, Qt::QueuedConnection);
}

void ExperimentJob::doCancel()
{
    m_cancelling = true;
    m_settle.stop();
    if (m_current && !m_current->isFinished())
        m_current->cancel(); // its end goes on to the restore
    else
        QMetaObject::invokeMethod(this, &ExperimentJob::next, Qt::QueuedConnection);
}

void ExperimentJob::runCommand(const QStringList &argv, const QString &title, std::function<void(jobs::Job *)> then)
{
    auto *cmd = new jobs::CommandJob(title, argv, 120000, this);
    cmd->setKeepStdout(true);
    cmd->setDieWithConsole(true);
    addSubjob(cmd);
    m_current = cmd;
    connect(cmd, &jobs::Job::ended, this, [then](jobs::Job *j) { then(j); });
    cmd->start();
}

void ExperimentJob::next()
{
    if (isFinished())
        return;
    if (m_cancelling) {
        // Skip to the restore and clean-up (the delay as it was, the run's files removed), then end.
        while (m_next < m_steps.size() && m_steps[m_next].kind != Step::Restore && m_steps[m_next].kind != Step::Clean
               && m_steps[m_next].kind != Step::Unrecord)
            ++m_next;
    }
    // The time left: the steps' estimates (a metadata test at 20 ms takes far longer than at 0),
    // scaled by how the estimates of the steps done compared with the time they took.
    int measures = 0, done = 0;
    double estDone = 0, estLeft = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        const double est = stepSeconds(m_steps[i], 1.0);
        (i < m_next ? estDone : estLeft) += est;
        if (m_steps[i].kind == Step::Measure) {
            ++measures;
            done += i < m_next ? 1 : 0;
        }
    }
    jobs::JobProgress p;
    p.elapsedMs = elapsedMs();
    p.stepsTotal = measures;
    p.stepsDone = done;
    p.etaMs = done > 0 && estDone > 0 ? qint64(double(elapsedMs()) * estLeft / estDone) : -1;
    if (m_next >= m_steps.size()) {
        p.phase = QStringLiteral("saving");
        setJobProgress(p);
        return save();
    }
    const Step step = m_steps[m_next++];
    const auto &link = m_link >= 0 ? m_config.links[m_link] : config::Link{};
    switch (step.kind) {
    case Step::ReadDelay:
        p.phase = QStringLiteral("reading the link's delay");
        setJobProgress(p);
        return runCommand(link.emulate + QStringList{QStringLiteral("--show")}, Text::tr("read the emulated delay"), [this](jobs::Job *j) {
            auto *cmd = static_cast<jobs::CommandJob *>(j);
            bool ok = false;
            const double ms = QString::fromUtf8(cmd->stdoutBytes()).trimmed().toDouble(&ok);
            if (!j->jobResult().succeeded() || !ok) {
                m_run.notes << Text::tr("Could not read the link's emulated delay (%1): the sweep did not run, so that "
                                        "nothing is left changed.").arg(j->jobResult().message);
                m_next = int(m_steps.size()); // nothing was changed: nothing to restore
            } else {
                m_restoreDelayMs = ms;
            }
            next();
        });
    case Step::Record:
    case Step::Unrecord:
        return record(step.kind == Step::Record);
    case Step::SetDelay:
    case Step::Restore: {
        if (step.kind == Step::Restore && m_restoreDelayMs < 0)
            return next();
        const double ms = step.kind == Step::Restore ? m_restoreDelayMs : step.delayMs;
        p.phase = step.kind == Step::Restore ? QStringLiteral("restoring the link") : QStringLiteral("setting %1 ms").arg(ms);
        setJobProgress(p);
        return runCommand(link.emulate + QStringList{QStringLiteral("--delay"), delayArg(ms)},
                          Text::tr("set the emulated delay to %1 ms").arg(ms), [this, step, ms](jobs::Job *j) {
                              if (!j->jobResult().succeeded()) {
                                  m_undoFailed = m_undoFailed || step.kind == Step::Restore;
                                  m_run.notes << (step.kind == Step::Restore
                                                      ? Text::tr("Could not put the link's delay back to %1 ms: %2. Set it by hand.")
                                                      : Text::tr("Could not set the delay to %1 ms: %2; that point was skipped."))
                                                     .arg(ms).arg(j->jobResult().message);
                                  if (step.kind == Step::SetDelay) // skip this point's steps
                                      while (m_next < m_steps.size() && m_steps[m_next].kind != Step::SetDelay
                                             && m_steps[m_next].kind != Step::Restore)
                                          ++m_next;
                              }
                              next();
                          });
    }
    case Step::Prepare:
    case Step::Clean: {
        const auto &site = m_config.sites[step.site];
        const bool prepare = step.kind == Step::Prepare;
        p.phase = prepare ? QStringLiteral("preparing %1").arg(site.name) : QStringLiteral("cleaning up %1").arg(site.name);
        setJobProgress(p);
        const QStringList argv = site.runner + (prepare ? QStringList{QStringLiteral("mkdir"), QStringLiteral("-p"), workDir(step.site)}
                                                        : QStringList{QStringLiteral("rm"), QStringLiteral("-rf"), workDir(step.site)});
        return runCommand(argv, p.phase, [this, step, prepare, name = site.name](jobs::Job *j) {
            if (!j->jobResult().succeeded()) {
                m_undoFailed = m_undoFailed || !prepare;
                m_run.notes << (prepare ? Text::tr("%1: cannot create the run's directory (%2): no test ran there.")
                                        : Text::tr("%1: could not remove the run's directory (%2): remove it by hand."))
                                   .arg(name, j->jobResult().message);
                if (prepare) // this site's measurements cannot run
                    for (int i = m_next; i < m_steps.size(); ++i)
                        if (m_steps[i].site == step.site && m_steps[i].kind == Step::Measure)
                            m_steps[i].skipped = true;
            }
            next();
        });
    }
    case Step::Settle:
        p.phase = QStringLiteral("settling");
        setJobProgress(p);
        m_settle.start(m_run.spec.settleMs);
        return;
    case Step::Measure:
        if (step.skipped)
            return next();
        p.phase = QStringLiteral("%1 at %2").arg(testId(step.test), m_config.sites[step.site].name);
        setJobProgress(p);
        return measure(step);
    }
}

void ExperimentJob::measure(const Step &step)
{
    if (isVmTest(step.test))
        return measureVm(step);
    config::Site site = m_config.sites[step.site];
    site.testDir = workDir(step.site);
    auto *job = new MeasureJob(step.test, site, m_run.spec.sizes, m_run.spec.metaTool,
                               QStringLiteral("%1-%2").arg(m_run.id).arg(m_next), this);
    job->measurement().delayMs = step.delayMs;
    job->setDieWithConsole(true);
    addSubjob(job);
    m_current = job;
    m_rttSamples.clear();
    sampleRtt();
    m_rttTimer.start();
    connect(job, &jobs::Job::ended, this, [this, job] {
        Measurement m = job->measurement();
        m.rttMs = stopRttSampling();
        if (!(m_cancelling && !m.ok())) { // a measurement cut short by the cancel is not a result
            m_failed += m.ok() ? 0 : 1;
            m_run.measurements << m;
            Q_EMIT measured(m);
        }
        next();
    });
    job->start();
}

void ExperimentJob::measureVm(const Step &step)
{
    const auto &link = m_config.links[m_link];
    const int a = m_config.siteIndex(link.siteA);
    VmTestJob::Setup setup;
    setup.test = step.test;
    setup.origin = step.site;
    setup.other = step.site == a ? m_config.siteIndex(link.siteB) : a;
    setup.vmName = vmPrefix() + QString::number(++m_vmSeq);
    setup.workDir = workDir(step.site);
    setup.counters = link.counters;
    setup.originIsSiteA = step.site == a;
    auto *job = new VmTestJob(m_config, m_vms, setup, this);
    addSubjob(job);
    m_current = job;
    m_rttSamples.clear();
    sampleRtt();
    m_rttTimer.start();
    connect(job, &jobs::Job::ended, this, [this, job, delay = step.delayMs] {
        const double rtt = stopRttSampling();
        if (job->leftBehind()) {
            m_undoFailed = true;
            m_run.notes << Text::tr("%1: %2").arg(job->title(), job->jobResult().message);
        }
        if (!job->countersError().isEmpty()) {
            const QString note = Text::tr("The link's bytes were not measured: %1.").arg(job->countersError());
            if (!m_run.notes.contains(note))
                m_run.notes << note;
        }
        for (Measurement m : job->measurements()) {
            m.delayMs = delay;
            m.rttMs = rtt;
            if (m_cancelling && !m.ok())
                continue;
            m_failed += m.ok() ? 0 : 1;
            m_run.measurements << m;
            Q_EMIT measured(m);
        }
        next();
    });
    job->start();
}

double ExperimentJob::stopRttSampling()
{
    m_rttTimer.stop();
    sampleRtt();
    if (m_rttSamples.isEmpty())
        return -1;
    std::sort(m_rttSamples.begin(), m_rttSamples.end());
    return double(m_rttSamples[m_rttSamples.size() / 2]);
}

void ExperimentJob::sampleRtt()
{
    if (!m_probes || m_link < 0)
        return;
    const auto &st = m_probes->linkState(m_link);
    if (st.measured && !std::isnan(st.rttMs) && !st.cut)
        m_rttSamples << st.rttMs;
}

void ExperimentJob::save()
{
    if (m_saving)
        return; // a cancel while saving: the run is being written already
    m_saving = true;
    m_run.ended = QDateTime::currentDateTimeUtc();
    if (m_cancelling)
        m_run.notes << Text::tr("Cancelled by the operator.");
    const QByteArray json = QJsonDocument(m_run.toJson()).toJson(QJsonDocument::Indented);
    const QString path = runsDirectory() + QLatin1Char('/') + m_run.id + QStringLiteral(".json");
    // The disk may be slow or hung: written off this thread.
    util::saveDetached(Text::tr("saving %1").arg(m_run.id), this, path, json,
                      [this, path](const QString &error) {
                          if (error.isEmpty())
                              m_savedTo = path;
                          const int total = int(m_run.measurements.size());
                          jobs::JobResult r;
                          r.outcome = m_cancelling ? jobs::JobOutcome::Cancelled
                              : (total == 0 || m_failed >= total) && !m_steps.isEmpty() ? jobs::JobOutcome::Failed
                                                                                          : jobs::JobOutcome::Succeeded;
                          r.error = r.outcome == jobs::JobOutcome::Failed ? jobs::JobError::Command : jobs::JobError::None;
                          r.message = Text::tr("%n measurement(s), %1 failed", nullptr, total).arg(m_failed);
                          if (!error.isEmpty())
                              r.message += QStringLiteral("; ") + error;
                          else
                              r.message += Text::tr("; report: %1").arg(path);
                          finish(r);
                      });
}

} // namespace hawan::experiments
