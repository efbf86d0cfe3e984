#include "experiments/vmtest.h"

#include "jobs/commandjob.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace hawan::experiments {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::experiments::VmTest)
};

constexpr double MiB = 1024.0 * 1024.0;
constexpr int kCommandLimitMs = 10 * 60 * 1000; // a template copied over a slow volume
constexpr int kCountersLimitMs = 15000;
constexpr int kRunningWithinMs = 60000;
constexpr int kSeenWithinMs = 30000;
constexpr int kBusyWarmUpMs = 3000; // the busy guest boots and starts dirtying its memory

bool active(model::VmState s) { return model::vmIsActive(s); }
} // namespace

bool isVmTest(Test test)
{
    return test == Test::VmLifecycle || test == Test::MigrateIdle || test == Test::MigrateBusy;
}

QString testVmXml(const config::Experiments &e, const QString &name, const QString &disk, const QString &description)
{
    return QStringLiteral("<domain type='%1'>\n"
                          "  <name>%2</name>\n"
                          "  <description>%3</description>\n"
                          "  <memory unit='MiB'>%4</memory>\n"
                          "  <vcpu>1</vcpu>\n"
                          "  <os><type arch='x86_64'>hvm</type><boot dev='hd'/></os>\n"
                          "  <on_poweroff>destroy</on_poweroff>\n"
                          "  <on_reboot>restart</on_reboot>\n"
                          "  <on_crash>destroy</on_crash>\n"
                          "  <devices>\n"
                          "    <disk type='file' device='disk'>\n"
                          "      <driver name='qemu' type='%5' cache='none'/>\n"
                          "      <source file='%6'/>\n"
                          "      <target dev='vda' bus='virtio'/>\n"
                          "    </disk>\n"
                          "    <controller type='usb' model='none'/>\n"
                          "    <memballoon model='none'/>\n"
                          "  </devices>\n"
                          "</domain>\n")
        .arg(e.vmDomainType.toHtmlEscaped(), name.toHtmlEscaped(), description.toHtmlEscaped())
        .arg(e.vmMemoryMiB)
        .arg(e.vmImageFormat.toHtmlEscaped(), disk.toHtmlEscaped());
}

int testHost(const model::Inventory &inventory, int site)
{
    int best = -1;
    for (int h : inventory.hostsOfSite(site)) {
        if (inventory.hostStatus(h).state != model::HostState::Up || inventory.inMaintenance(h))
            continue;
        if (best < 0 || inventory.vms(h).size() < inventory.vms(best).size())
            best = h;
    }
    return best;
}

std::optional<QPair<quint64, quint64>> parseCounters(const QByteArray &out)
{
    const QList<QByteArray> parts = out.simplified().split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    bool a = false, b = false;
    const quint64 x = parts[0].toULongLong(&a), y = parts[1].toULongLong(&b);
    if (!a || !b)
        return std::nullopt;
    return QPair<quint64, quint64>{x, y};
}

VmTestJob::VmTestJob(const config::Config &config, VmHosts *hosts, Setup setup, QObject *parent)
    : Job(parent), m_config(config), m_hosts(hosts), m_setup(std::move(setup))
{
    m_phases = {Phase::Create, Phase::Start, Phase::MigrateOut, Phase::MigrateBack, Phase::Shutdown, Phase::Delete};
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const bool met = m_pollPred();
        if (!met && !m_cancelling && elapsedMs() < m_pollUntilMs)
            return;
        m_poll.stop();
        auto then = std::exchange(m_pollThen, {});
        then(met);
    });
}

QString VmTestJob::title() const
{
    return Text::tr("%1 with test VM %2").arg(testId(m_setup.test), m_setup.vmName);
}

QString VmTestJob::phaseId(Phase p)
{
    switch (p) {
    case Phase::Create: return QStringLiteral("create");
    case Phase::Start: return QStringLiteral("start");
    case Phase::MigrateOut: return QStringLiteral("migrate_there");
    case Phase::MigrateBack: return QStringLiteral("migrate_back");
    case Phase::Shutdown: return QStringLiteral("shutdown");
    case Phase::Delete: return QStringLiteral("delete");
    }
    return {};
}

const QString &VmTestJob::image() const
{
    return m_setup.test == Test::MigrateBusy ? m_config.experiments.busyVmImage : m_config.experiments.vmImage;
}

bool VmTestJob::measured(Phase p) const
{
    return m_setup.test == Test::VmLifecycle || p == Phase::MigrateOut || p == Phase::MigrateBack;
}

QString VmTestJob::disk() const
{
    return m_setup.workDir + QLatin1Char('/') + m_setup.vmName + QLatin1Char('.') + QFileInfo(image()).completeSuffix();
}

void VmTestJob::doStart()
{
    const auto *inv = m_hosts ? m_hosts->inventory() : nullptr;
    if (!inv)
        m_error = Text::tr("no hosts to run it on");
    else if (image().isEmpty())
        m_error = m_setup.test == Test::MigrateBusy ? Text::tr("no busy guest's image ([experiments] busy_vm_image)")
                                                     : Text::tr("no test VM image ([experiments] vm_image)");
    else
        for (int i = 0; i < 2 && m_error.isEmpty(); ++i) {
            const int site = i == 0 ? m_setup.origin : m_setup.other;
            m_hostAt[i] = testHost(*inv, site);
            if (m_hostAt[i] < 0)
                m_error = Text::tr("no host of %1 answers outside maintenance").arg(inv->site(site).name);
        }
    if (!m_error.isEmpty()) {
        m_failed = true;
        QMetaObject::invokeMethod(this, &VmTestJob::finishTest, Qt::QueuedConnection);
        return;
    }
    // One measurement per measured direction, or one for the whole life cycle.
    Measurement m;
    m.test = testId(m_setup.test);
    m.at = QDateTime::currentDateTimeUtc();
    m.site = inv->site(m_setup.origin).name;
    m_measurements << m;
    if (m_setup.test != Test::VmLifecycle) {
        m.site = inv->site(m_setup.other).name;
        m_measurements << m;
    }
    QMetaObject::invokeMethod(this, [this] { runPhase(0); }, Qt::QueuedConnection);
}

void VmTestJob::doCancel()
{
    m_cancelling = true;
    if (m_current && !m_current->isFinished() && m_current->capabilities().testFlag(Capability::Cancel))
        m_current->cancel(); // its end goes on to the removal
    // a wait ends at its next poll; a VM action ends when its host has answered
}

void VmTestJob::readCounters(std::function<void(std::optional<QPair<quint64, quint64>>)> then)
{
    if (m_setup.counters.isEmpty())
        return then(std::nullopt);
    auto *cmd = new jobs::CommandJob(Text::tr("read the link's counters"), m_setup.counters, kCountersLimitMs, this);
    cmd->setKeepStdout(true);
    connect(cmd, &jobs::Job::ended, this, [this, cmd, then] {
        auto c = cmd->jobResult().succeeded() ? parseCounters(cmd->stdoutBytes()) : std::nullopt;
        if (!c && m_countersError.isEmpty())
            m_countersError = cmd->jobResult().succeeded()
                ? Text::tr("the link's counters command printed '%1', not two byte counts")
                      .arg(QString::fromUtf8(cmd->stdoutBytes().left(100)).trimmed())
                : cmd->jobResult().message;
        cmd->deleteLater();
        then(c);
    });
    cmd->start();
}

void VmTestJob::command(const QStringList &argv, const QString &what, std::function<void(bool, QString)> then)
{
    auto *cmd = new jobs::CommandJob(what, argv, kCommandLimitMs, this);
    cmd->setDieWithConsole(true);
    addSubjob(cmd);
    m_current = cmd;
    connect(cmd, &jobs::Job::ended, this, [cmd, then] { then(cmd->jobResult().succeeded(), cmd->jobResult().message); });
    cmd->start();
}

void VmTestJob::vmJob(jobs::Job *job, std::function<void(bool, QString)> then)
{
    addSubjob(job);
    m_current = job;
    auto go = [job, then] { then(job->jobResult().succeeded(), job->jobResult().message); };
    if (job->isFinished())
        QMetaObject::invokeMethod(this, go, Qt::QueuedConnection);
    else
        connect(job, &jobs::Job::ended, this, go);
}

void VmTestJob::waitFor(std::function<bool()> pred, int limitMs, std::function<void(bool)> then)
{
    m_pollPred = std::move(pred);
    m_pollThen = std::move(then);
    m_pollUntilMs = elapsedMs() + limitMs;
    m_poll.start();
}

bool VmTestJob::vmIs(int host, std::function<bool(model::VmState)> state) const
{
    const auto &vms = m_hosts->inventory()->vms(host);
    return std::any_of(vms.cbegin(), vms.cend(), [&](const model::VmInfo &vm) { return vm.uuid == m_uuid && state(vm.state); });
}

void VmTestJob::runPhase(int i)
{
    m_phase = i;
    if (m_cancelling)
        return cleanUp();
    if (i >= m_phases.size())
        return finishTest();
    const Phase p = m_phases[i];
    jobs::JobProgress pr = jobProgress();
    pr.phase = phaseId(p);
    pr.stepsDone = i;
    pr.stepsTotal = int(m_phases.size());
    pr.elapsedMs = elapsedMs();
    setJobProgress(pr);
    auto go = [this, p] {
        m_phaseStartMs = elapsedMs();
        switch (p) {
        case Phase::Create: {
            const QString site = m_config.sites[m_setup.origin].name;
            return command(m_config.sites[m_setup.origin].runner + QStringList{QStringLiteral("cp"), QStringLiteral("--sparse=always"), image(), disk()},
                           Text::tr("copy the test VM's disk at %1").arg(site), [this](bool ok, const QString &error) {
                               if (!ok)
                                   return phaseDone(false, Text::tr("copying the template: %1").arg(error));
                               m_copied = true;
                               const QString xml = testVmXml(m_config.experiments, m_setup.vmName, disk(),
                                                             Text::tr("Hawan experiment test VM: removed when its run ends"));
                               auto *job = m_hosts->requestDefine(m_hostAt[0], m_setup.vmName, xml);
                               vmJob(job, [this, job](bool ok, const QString &error) {
                                   if (ok) {
                                       m_uuid = static_cast<jobs::VmActionJob *>(job)->vmUuid();
                                       m_vmHost = m_hostAt[0];
                                   }
                                   phaseDone(ok, error);
                               });
                           });
        }
        case Phase::Start:
            return vmJob(m_hosts->requestVmAction(m_vmHost, m_uuid, model::VmAction::Start), [this](bool ok, const QString &error) {
                if (!ok)
                    return phaseDone(false, error);
                m_running = true;
                waitFor([this] { return vmIs(m_vmHost, [](model::VmState s) { return s == model::VmState::Running; }); },
                        kRunningWithinMs, [this](bool seen) {
                            if (!seen)
                                return phaseDone(false, Text::tr("not seen running within %1 s").arg(kRunningWithinMs / 1000));
                            if (m_setup.test != Test::MigrateBusy)
                                return phaseDone(true, {});
                            QTimer::singleShot(kBusyWarmUpMs, this, [this] { phaseDone(true, {}); });
                        });
            });
        case Phase::MigrateOut:
        case Phase::MigrateBack:
            return migrate(p == Phase::MigrateOut);
        case Phase::Shutdown: {
            auto force = [this] {
                m_forced = true;
                vmJob(m_hosts->requestVmAction(m_vmHost, m_uuid, model::VmAction::Destroy), [this](bool ok, const QString &error) {
                    m_running = !ok;
                    phaseDone(ok, error);
                });
            };
            if (m_config.experiments.shutdownTimeoutS == 0)
                return force();
            return vmJob(m_hosts->requestVmAction(m_vmHost, m_uuid, model::VmAction::Shutdown), [this, force](bool, const QString &) {
                waitFor([this] { return vmIs(m_vmHost, [](model::VmState s) { return !active(s); }); },
                        m_config.experiments.shutdownTimeoutS * 1000, [this, force](bool off) {
                            if (!off)
                                return force();
                            m_running = false;
                            phaseDone(true, {});
                        });
            });
        }
        case Phase::Delete:
            return vmJob(m_hosts->requestVmAction(m_vmHost, m_uuid, model::VmAction::Undefine), [this](bool ok, const QString &error) {
                if (!ok)
                    return phaseDone(false, error);
                m_vmHost = -1;
                command(m_config.sites[m_setup.origin].runner + QStringList{QStringLiteral("rm"), QStringLiteral("-f"), disk()},
                        Text::tr("delete the test VM's disk"), [this](bool ok, const QString &error) {
                            m_copied = !ok;
                            phaseDone(ok, error);
                        });
            });
        }
    };
    if (!measured(p))
        return go();
    readCounters([this, go](std::optional<QPair<quint64, quint64>> c) {
        m_countersBefore = c;
        go();
    });
}

void VmTestJob::migrate(bool out)
{
    const int from = m_vmHost, to = out ? m_hostAt[1] : m_hostAt[0];
    jobs::MigrationOptions o;
    o.autoConverge = true; // what a console's operator would turn on for a guest that does not converge
    o.timeoutS = 600;
    QString error;
    jobs::MoveJob *job = m_hosts->launchMove(from, m_uuid, to, o, {}, &error);
    if (!job)
        return phaseDone(false, error);
    m_lastIteration = 0;
    m_maxThrottle = 0;
    connect(job, &jobs::MoveJob::progressChanged, this, [this](const jobs::MigrationProgress &p) {
        m_lastIteration = std::max(m_lastIteration, p.iteration);
        m_maxThrottle = std::max(m_maxThrottle, p.autoConvergeThrottle);
    });
    if (!job->isStarted())
        job->start();
    vmJob(job, [this, job, to](bool ok, const QString &error) {
        const jobs::MigrationResult r = job->result();
        if (!ok)
            return phaseDone(false, error.isEmpty() ? r.message : error);
        m_vmHost = to;
        m_lastMove = r;
        // Where the next step (or the removal) will look for it: wait until the view has it there.
        waitFor([this] { return vmIs(m_vmHost, active); }, kSeenWithinMs, [this](bool) { phaseDone(true, {}); });
    });
}

void VmTestJob::phaseDone(bool ok, const QString &error)
{
    m_current = nullptr;
    const Phase p = m_phases[m_phase];
    const double seconds = double(elapsedMs() - m_phaseStartMs) / 1000.0;
    auto record = [this, p, ok, error, seconds](std::optional<QPair<quint64, quint64>> after) {
        // Which measurement, and which way is "out" (from its site to the other).
        const int mi = m_setup.test == Test::VmLifecycle || p != Phase::MigrateBack ? 0 : 1;
        Measurement &m = m_measurements[mi];
        if (!ok && !m_cancelling) {
            m_failed = true;
            if (m_error.isEmpty())
                m_error = Text::tr("%1: %2").arg(phaseId(p), error);
        }
        if (ok) {
            std::optional<QPair<double, double>> bytes; // out, back
            if (m_countersBefore && after) {
                const double ab = double(after->first - m_countersBefore->first), ba = double(after->second - m_countersBefore->second);
                const bool aFirst = m_setup.originIsSiteA == (mi == 0); // this measurement's site is siteA
                bytes = aFirst ? qMakePair(ab, ba) : qMakePair(ba, ab);
            }
            if (m_setup.test == Test::VmLifecycle) {
                const QString id = phaseId(p);
                m.figures.push_back({id + QStringLiteral("_s"), seconds, QStringLiteral("s")});
                if (bytes) {
                    m.figures.push_back({id + QStringLiteral("_out_MiB"), bytes->first / MiB, QStringLiteral("MiB")});
                    m.figures.push_back({id + QStringLiteral("_in_MiB"), bytes->second / MiB, QStringLiteral("MiB")});
                }
                if (p == Phase::Shutdown)
                    m.figures.push_back({QStringLiteral("forced_off"), m_forced ? 1.0 : 0.0, {}});
            } else if (p == Phase::MigrateOut || p == Phase::MigrateBack) {
                m.seconds = double(m_lastMove.durationMs) / 1000.0;
                m.figures.push_back({QStringLiteral("total_s"), m.seconds, QStringLiteral("s")});
                if (m_lastMove.downtimeMs >= 0)
                    m.figures.push_back({QStringLiteral("downtime_ms"), double(m_lastMove.downtimeMs), QStringLiteral("ms")});
                m.figures.push_back({QStringLiteral("data_MiB"), double(m_lastMove.bytesSent) / MiB, QStringLiteral("MiB")});
                if (bytes) {
                    m.figures.push_back({QStringLiteral("wan_MiB"), bytes->first / MiB, QStringLiteral("MiB")});
                    m.figures.push_back({QStringLiteral("wan_reverse_MiB"), bytes->second / MiB, QStringLiteral("MiB")});
                }
                // Passes seen in the progress samples (one a second); a migration done before the
                // first sample (seen in CI: 1.6 s at no delay) still made its first pass.
                const quint64 passes = std::max<quint64>(m_lastIteration, m_lastMove.bytesSent > 0 ? 1 : 0);
                m.figures.push_back({QStringLiteral("passes"), double(passes), {}});
                m.figures.push_back({QStringLiteral("throttle_pct"), double(m_maxThrottle), QStringLiteral("%")});
            }
        }
        if (!ok || m_cancelling)
            return cleanUp();
        runPhase(m_phase + 1);
    };
    if (!measured(p) || !ok)
        return record(std::nullopt);
    readCounters(record);
}

void VmTestJob::cleanUp()
{
    // What is left, in order: the VM stopped, its definition removed, its disk deleted. Each is
    // tried even when one before it failed; what fails is left behind (the record keeps it).
    m_cleanup.clear();
    if (!m_uuid.isEmpty() && m_vmHost >= 0) {
        // A migration that failed after the switch-over leaves it at the other end: ask the view.
        const auto where = m_hosts->inventory()->locate(m_uuid);
        if (!where.isEmpty())
            m_vmHost = where.first().first;
        m_cleanup << [this] {
            if (!vmIs(m_vmHost, active) && !m_running)
                return cleanUpStep();
            vmJob(m_hosts->requestVmAction(m_vmHost, m_uuid, model::VmAction::Destroy), [this](bool ok, const QString &) {
                m_leftBehind = m_leftBehind || (!ok && vmIs(m_vmHost, active));
                cleanUpStep();
            });
        };
        m_cleanup << [this] {
            vmJob(m_hosts->requestVmAction(m_vmHost, m_uuid, model::VmAction::Undefine), [this](bool ok, const QString &) {
                m_leftBehind = m_leftBehind || !ok;
                cleanUpStep();
            });
        };
    }
    if (m_copied)
        m_cleanup << [this] {
            command(m_config.sites[m_setup.origin].runner + QStringList{QStringLiteral("rm"), QStringLiteral("-f"), disk()},
                    Text::tr("delete the test VM's disk"), [this](bool ok, const QString &) {
                        m_leftBehind = m_leftBehind || !ok;
                        cleanUpStep();
                    });
        };
    jobs::JobProgress pr = jobProgress();
    pr.phase = QStringLiteral("removing the test VM");
    setJobProgress(pr);
    cleanUpStep();
}

void VmTestJob::cleanUpStep()
{
    m_current = nullptr;
    if (m_cleanup.isEmpty())
        return finishTest();
    auto step = m_cleanup.takeFirst();
    step();
}

void VmTestJob::finishTest()
{
    if (m_cancelling && !m_failed) {
        m_failed = true;
        m_error = Text::tr("cancelled");
    }
    if (!m_failed && m_setup.test == Test::VmLifecycle && !m_measurements.isEmpty()) {
        Measurement &m = m_measurements.first();
        double s = 0, out = 0, back = 0;
        bool bytes = false;
        for (const auto &f : m.figures) {
            if (f.name.endsWith(QLatin1String("_s")))
                s += f.value;
            if (f.name.endsWith(QLatin1String("_out_MiB")))
                out += f.value, bytes = true;
            if (f.name.endsWith(QLatin1String("_in_MiB")))
                back += f.value;
        }
        m.seconds = s;
        m.figures.push_back({QStringLiteral("total_s"), s, QStringLiteral("s")});
        if (bytes) {
            m.figures.push_back({QStringLiteral("total_out_MiB"), out, QStringLiteral("MiB")});
            m.figures.push_back({QStringLiteral("total_in_MiB"), back, QStringLiteral("MiB")});
        }
    }
    if (m_failed || !m_error.isEmpty()) {
        const QString why = m_error.isEmpty() ? Text::tr("failed") : m_error;
        if (m_measurements.isEmpty()) {
            Measurement m;
            m.test = testId(m_setup.test);
            m.at = QDateTime::currentDateTimeUtc();
            m.site = m_config.sites.value(m_setup.origin).name;
            m_measurements << m;
        }
        for (auto &m : m_measurements)
            if (m.figures.isEmpty() || m_setup.test == Test::VmLifecycle) {
                m.figures.clear();
                m.error = why;
            }
    }
    if (m_leftBehind)
        for (auto &m : m_measurements)
            if (m.error.isEmpty())
                m.error = Text::tr("the test VM could not be removed");
    jobs::JobResult r;
    r.outcome = m_failed || m_leftBehind ? jobs::JobOutcome::Failed : jobs::JobOutcome::Succeeded;
    r.error = r.outcome == jobs::JobOutcome::Failed ? jobs::JobError::Hypervisor : jobs::JobError::None;
    r.message = m_leftBehind ? Text::tr("%1; %2 may be left on a host or its disk in %3").arg(m_error, m_setup.vmName, m_setup.workDir)
                             : m_error;
    finish(r);
}

} // namespace hawan::experiments
