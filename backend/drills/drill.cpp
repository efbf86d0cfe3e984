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
#include "util/files.h"
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

// ------------------------------------------------------------------------------------------- job

DrillJob::DrillJob(core::Fleet *fleet, DrillSpec spec, Tools tools, QObject *parent)
    : Job(parent), m_fleet(fleet), m_tools(std::move(tools)), m_info(drillInfo(spec.drill))
{
    m_run.id = QStringLiteral("drill-%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_run.configFile = fleet->inventory()->config().sourceFile;
    m_run.spec = std::move(spec);
    m_record = std::make_shared<experiments::LeftoverRecord>(experiments::leftoverPath(m_run.id));
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_pollPred)
            return;
        const bool ok = m_pollPred();
        if (!ok && elapsedMs() < m_pollUntilMs)
            return;
        auto then = std::move(m_pollThen);
        stopWaiting();
        then(ok);
    });
    m_hold.setSingleShot(true);
    m_sample.setInterval(1000);
    connect(&m_sample, &QTimer::timeout, this, [this] {
        for (const auto &w : m_writers)
            if (w)
                m_run.acks[w->site()].append(QPointF(double(elapsedMs()), double(w->lastAck())));
    });
}

DrillJob::~DrillJob() = default;

QString DrillJob::title() const
{
    return m_run.target.isEmpty() ? Text::tr("Drill: %1").arg(m_info.title) : Text::tr("Drill: %1 (%2)").arg(m_info.title, m_run.target);
}

void DrillJob::resolve()
{
    m_resolved = true;
    m_host = m_link = m_site = m_storage = m_destHost = -1;
    m_vmUuid.clear();
    m_run.target.clear();
    const auto *inv = m_fleet->inventory();
    const auto &cfg = inv->config();
    const DrillSpec &s = m_run.spec;
    for (int i = 0; i < cfg.storage.size(); ++i)
        if (cfg.storage[i].kind == QLatin1String("glusterfs")) {
            m_storage = i;
            break;
        }
    switch (m_info.target) {
    case TargetKind::Host: {
        if (!s.host.isEmpty()) {
            m_host = cfg.hostIndex(s.host);
        } else {
            // The host running the most VMs (the last such in the configuration: its first hosts
            // often carry the sites' runners).
            int best = -1;
            for (int h = 0; h < inv->hostCount(); ++h) {
                int running = 0;
                for (const auto &vm : inv->vms(h))
                    running += model::vmIsActive(vm.state) ? 1 : 0;
                if (best < 0 || running >= best) {
                    best = running;
                    m_host = h;
                }
            }
        }
        if (m_host >= 0) {
            m_run.target = cfg.hosts[m_host].name;
            m_site = cfg.siteIndex(cfg.hosts[m_host].site);
        }
        break;
    }
    case TargetKind::Link:
        if (!cfg.links.isEmpty()) {
            m_link = 0;
            m_run.target = cfg.links[0].name;
            m_site = cfg.siteIndex(cfg.links[0].siteA);
        }
        break;
    case TargetKind::StorageSite:
        m_site = s.site.isEmpty() ? int(cfg.sites.size()) - 1 : cfg.siteIndex(s.site);
        if (m_site >= 0 && m_storage >= 0)
            m_run.target = Text::tr("%1 at %2").arg(cfg.storage[m_storage].name, cfg.sites[m_site].name);
        break;
    }
    if (m_run.spec.drill == Drill::WanCutMidMigration && m_link >= 0) {
        // The VM: the one named, else the smallest running one at the link's first site; the
        // destination: a host of the other site that answers.
        const int from = cfg.siteIndex(cfg.links[m_link].siteA), to = cfg.siteIndex(cfg.links[m_link].siteB);
        quint64 smallest = std::numeric_limits<quint64>::max();
        for (int h = 0; h < inv->hostCount(); ++h)
            for (const auto &vm : inv->vms(h)) {
                if (!model::vmIsActive(vm.state))
                    continue;
                const bool named = !s.vm.isEmpty() && (vm.name == s.vm || vm.uuid == s.vm);
                if (named || (s.vm.isEmpty() && inv->siteOfHost(h) == from && vm.memoryKiB < smallest)) {
                    smallest = named ? 0 : vm.memoryKiB;
                    m_vmUuid = vm.uuid;
                }
            }
        const int vmHost = [&] { for (const auto &[h, i] : inv->locate(m_vmUuid)) return h; return -1; }();
        const int dest = vmHost >= 0 && inv->siteOfHost(vmHost) == to ? from : to;
        if (dest >= 0)
            m_destHost = experiments::testHost(*inv, dest);
    }
}

int DrillJob::pingTimeoutS() const
{
    if (m_storage >= 0) {
        bool ok = false;
        const int v = m_fleet->storage()->snapshot(m_storage).options.value(QStringLiteral("network.ping-timeout")).toInt(&ok);
        if (ok && v > 0)
            return v;
    }
    return 42; // GlusterFS's default
}

int DrillJob::holdSeconds() const
{
    if (m_run.spec.holdS >= 0)
        return m_run.spec.holdS;
    switch (m_run.spec.drill) {
    case Drill::HostPowerLoss: return 0;
    case Drill::HungDaemon: return 20;
    case Drill::WanCutShort: return std::max(1, pingTimeoutS() / 2);
    case Drill::WanCutLong: return 2 * pingTimeoutS() + 5;
    case Drill::LossyWan: return 20;
    case Drill::RttOverLimit: return 15;
    case Drill::BrickDown: return 15;
    case Drill::StorageNodeLost: return 20;
    case Drill::WanCutMidMigration: return 15;
    case Drill::ConsoleKilledMidEvacuation: return 0;
    }
    return 15;
}

QStringList DrillJob::faultArgv(const QString &key) const
{
    const auto &cfg = m_fleet->inventory()->config();
    switch (m_info.target) {
    case TargetKind::Host: return m_host >= 0 ? cfg.hosts[m_host].faults.value(key) : QStringList();
    case TargetKind::Link: return m_link >= 0 ? cfg.links[m_link].faults.value(key) : QStringList();
    case TargetKind::StorageSite: {
        if (m_storage < 0 || m_site < 0)
            return {};
        const QStringList argv = cfg.storage[m_storage].faults.value(key);
        return argv.isEmpty() ? argv : argv + QStringList{cfg.sites[m_site].name};
    }
    }
    return {};
}

QString DrillJob::workDir(int site) const
{
    return m_fleet->inventory()->config().sites[site].testDir + QStringLiteral("/hawan-") + m_run.id;
}

QVector<experiments::Undo> DrillJob::undoCommands() const
{
    QVector<experiments::Undo> undo;
    const auto &cfg = m_fleet->inventory()->config();
    const QStringList repair = faultArgv(m_info.repair);
    switch (m_run.spec.drill) {
    case Drill::LossyWan:
        undo.append({Text::tr("put the loss of %1 back to 0 %").arg(m_run.target), repair + QStringList{QStringLiteral("--loss"), QStringLiteral("0%")}});
        break;
    case Drill::RttOverLimit:
        undo.append({Text::tr("put the delay of %1 back to %2 ms").arg(m_run.target).arg(m_delayBeforeMs),
                     repair + QStringList{QStringLiteral("--delay"), QStringLiteral("%1ms").arg(m_delayBeforeMs)}});
        break;
    case Drill::WanCutMidMigration:
        undo.append({Text::tr("restore %1").arg(m_run.target), repair});
        undo.append({Text::tr("take the rate limit off %1").arg(m_run.target),
                     cfg.links[m_link].faults.value(QStringLiteral("degrade")) + QStringList{QStringLiteral("--rate"), QStringLiteral("0")}});
        break;
    case Drill::ConsoleKilledMidEvacuation:
        break; // the journal holds the open plan: the console's next start offers to resume it
    default:
        undo.append({Text::tr("%1: %2").arg(m_run.target, m_info.repair), repair});
    }
    for (int s = 0; s < cfg.sites.size(); ++s)
        if (!cfg.sites[s].runner.isEmpty()) {
            undo.append({Text::tr("remove %1 at %2").arg(workDir(s), cfg.sites[s].name),
                         cfg.sites[s].runner + QStringList{QStringLiteral("rm"), QStringLiteral("-rf"), workDir(s)}});
            break; // one shared volume: one removal is enough
        }
    return undo;
}

QString DrillJob::siteToConfirm() const
{
    const auto &cfg = m_fleet->inventory()->config();
    if (cfg.drills.lab || m_site < 0)
        return {};
    return cfg.sites[m_site].name;
}

QStringList DrillJob::blockers() const
{
    QStringList out;
    const auto *inv = m_fleet->inventory();
    const auto &cfg = inv->config();
    const DrillSpec &s = m_run.spec;
    switch (m_info.target) {
    case TargetKind::Host:
        if (m_host < 0)
            out << (s.host.isEmpty() ? Text::tr("No host to run the drill on.") : Text::tr("No host is named '%1'.").arg(s.host));
        break;
    case TargetKind::Link:
        if (m_link < 0)
            out << Text::tr("The configuration has no WAN link ([[link]]).");
        break;
    case TargetKind::StorageSite:
        if (m_storage < 0)
            out << Text::tr("The configuration has no GlusterFS volume ([[storage]] with kind = \"glusterfs\").");
        if (m_site < 0)
            out << Text::tr("No site is named '%1'.").arg(s.site);
        break;
    }
    if (!out.isEmpty())
        return out;
    const QString where = m_info.target == TargetKind::Host ? QStringLiteral("[[host]] %1").arg(m_run.target)
        : m_info.target == TargetKind::Link                 ? QStringLiteral("[[link]] %1").arg(m_run.target)
                                                            : QStringLiteral("[[storage]] %1").arg(cfg.storage[m_storage].name);
    for (const QString &key : {m_info.fault, m_info.repair})
        if (!key.isEmpty() && faultArgv(key).isEmpty())
            out << Text::tr("%1 has no '%2' fault command: add faults = { %2 = [...] } (see docs/configuration.md).").arg(where, key);
    if (s.drill == Drill::ConsoleKilledMidEvacuation) {
        int running = 0;
        for (const auto &vm : inv->vms(m_host))
            running += model::vmIsActive(vm.state) ? 1 : 0;
        if (running == 0)
            out << Text::tr("No VM runs on %1: there is nothing to evacuate.").arg(m_run.target);
    }
    if (s.drill == Drill::HostPowerLoss && cfg.hosts[m_host].fence.isEmpty())
        out << Text::tr("%1 has no fence command: the drill restarts VMs only after a fence.").arg(m_run.target);
    if (s.drill == Drill::RttOverLimit && cfg.links[m_link].emulate.isEmpty())
        out << Text::tr("%1 has no emulate command: the drill reads the delay to put back with it.").arg(m_run.target);
    if (s.drill == Drill::WanCutMidMigration) {
        if (cfg.links[m_link].faults.value(QStringLiteral("degrade")).isEmpty())
            out << Text::tr("%1 has no 'degrade' fault command: the drill slows the link with it so the cut comes mid-copy.").arg(m_run.target);
        if (m_vmUuid.isEmpty())
            out << (s.vm.isEmpty() ? Text::tr("No VM runs at %1 to migrate.").arg(cfg.links[m_link].siteA)
                                   : Text::tr("No running VM is named '%1'.").arg(s.vm));
        else if (m_destHost < 0)
            out << Text::tr("No host at the other site answers to receive the VM.");
    }
    for (int h = 0; h < inv->hostCount(); ++h)
        if (inv->hostStatus(h).state != model::HostState::Up)
            out << Text::tr("%1 does not answer: a drill starts from a whole system.").arg(cfg.hosts[h].name);
    const core::Operations ops(m_fleet);
    for (const QString &b : ops.storageBlockers())
        out << Text::tr("Storage: %1").arg(b);
    if (const auto open = ops.anyOpenPlan())
        out << Text::tr("%1 (plan %2): let it finish or end it first.").arg(open->text, open->planId);
    for (const auto &site : cfg.sites)
        if (site.runner.isEmpty() || site.testDir.isEmpty())
            out << Text::tr("%1 has no runner and test_dir: the write witness cannot run there.").arg(site.name);
    const QString confirm = siteToConfirm();
    if (!confirm.isEmpty() && s.confirmSite != confirm)
        out << Text::tr("This is not a lab ([drills] lab = true): type the name of the site the fault hits (%1) to confirm.").arg(confirm);
    return out;
}

QStringList DrillJob::preview() const
{
    const auto &cfg = m_fleet->inventory()->config();
    QStringList lines;
    lines << m_info.story;
    if (m_run.spec.drill == Drill::ConsoleKilledMidEvacuation) {
        lines << Text::tr("Fault: %1 evacuate %2 --bandwidth 5 --max-per-host 1, killed 3 s after its first migration starts")
                     .arg(m_tools.ctl, m_run.target);
        lines << Text::tr("Repair: hawanctl resume (the plan), hawanctl maintenance %1 off, hawanctl return %1").arg(m_run.target);
        return lines;
    }
    lines << Text::tr("Fault: %1").arg(faultArgv(m_info.fault).join(QLatin1Char(' ')));
    if (m_run.spec.drill == Drill::LossyWan)
        lines.last() += QStringLiteral(" --loss %1%").arg(m_run.spec.lossPct);
    if (holdSeconds() > 0)
        lines << Text::tr("The fault lasts %1 s, then: %2").arg(holdSeconds()).arg(faultArgv(m_info.repair).join(QLatin1Char(' ')));
    else
        lines << Text::tr("Repair once the recovery has ended: %1").arg(faultArgv(m_info.repair).join(QLatin1Char(' ')));
    if (m_run.spec.drill == Drill::WanCutMidMigration && !m_vmUuid.isEmpty()) {
        QString name;
        for (const auto &[h, i] : m_fleet->inventory()->locate(m_vmUuid))
            name = m_fleet->inventory()->vms(h)[i].name;
        lines << Text::tr("Migrates %1 to %2 over the link slowed to 40 Mbit/s.").arg(name, cfg.hosts[m_destHost].name);
    }
    QStringList sites;
    for (const auto &s : cfg.sites)
        sites << s.name;
    lines << Text::tr("A write witness writes numbered records at %1 under %2 during the drill; removed after.")
                 .arg(sites.join(QStringLiteral(", ")), cfg.sites.value(0).testDir);
    return lines;
}

double DrillJob::expectedSeconds() const
{
    // Measured in the lab: set up ~10 s, a heal and the checks ~20 s.
    double s = 35 + holdSeconds();
    if (m_run.spec.drill == Drill::HostPowerLoss)
        s += 60;
    if (m_run.spec.drill == Drill::WanCutMidMigration)
        s += 40;
    if (m_run.spec.drill == Drill::ConsoleKilledMidEvacuation)
        s += 90;
    return s;
}

// ------------------------------------------------------------------------------------ machinery

void DrillJob::doStart()
{
    m_run.started = QDateTime::currentDateTimeUtc();
    if (!m_resolved)
        resolve();
    connect(m_fleet->inventory(), &model::Inventory::logged, this, [this](const model::LogEntry &e) {
        if (m_faultAtMs < 0 || e.severity == model::LogEntry::Severity::Info || isFinished())
            return;
        ++m_alarms;
        if (m_alarmTexts.size() < 20)
            m_alarmTexts << e.message;
        event(Text::tr("alarm: %1").arg(e.message));
    });
    const QStringList blocked = blockers();
    if (!blocked.isEmpty()) {
        m_run.notes << blocked;
        m_run.notes << Text::tr("The drill did not run.");
        m_stages = {{QStringLiteral("saving"), [this] { save(); }, true}};
        return stageDone();
    }
    const Drill d = m_run.spec.drill;
    if (d == Drill::RttOverLimit)
        m_stages << Stage{QStringLiteral("reading the link's delay"), [this] {
            command(m_fleet->inventory()->config().links[m_link].emulate + QStringList{QStringLiteral("--show")},
                    Text::tr("read the emulated delay"), kCommandLimitMs, [this](bool ok, const QString &out, const QByteArray &) {
                        bool num = false;
                        const double v = out.trimmed().section(QLatin1Char('\n'), -1).trimmed().toDouble(&num);
                        if (!ok || !num)
                            return abandon(Text::tr("Could not read the link's delay to put back: %1").arg(out));
                        m_delayBeforeMs = v;
                        stageDone();
                    });
        }};
    m_stages << Stage{QStringLiteral("recording what to repair"), [this] { record(true); }};
    m_stages << Stage{QStringLiteral("preparing"), [this] { prepare(); }};
    m_stages << Stage{QStringLiteral("starting the write witnesses"), [this] { startWriters(); }};
    m_stages << Stage{QStringLiteral("taking the census"), [this] { takeCensus(); }};
    if (d == Drill::WanCutMidMigration)
        m_stages << Stage{QStringLiteral("starting the migration"), [this] { setUp(); }};
    m_stages << Stage{QStringLiteral("injecting the fault"), [this] { injectFault(); }};
    m_stages << Stage{QStringLiteral("watching"), [this] { watch(); }};
    m_stages << Stage{QStringLiteral("repairing"), [this] { repair(); }, true};
    m_stages << Stage{QStringLiteral("waiting for it to come back"), [this] { recover(); }, true};
    m_stages << Stage{QStringLiteral("waiting for the storage to heal"), [this] { heal(); }, true};
    m_stages << Stage{QStringLiteral("stopping the write witnesses"), [this] { stopWriters(); }, true};
    m_stages << Stage{QStringLiteral("verifying the writes"), [this] { verifyWrites(); }, true};
    m_stages << Stage{QStringLiteral("asking every daemon for every VM"), [this] { checkVms(); }, true};
    m_stages << Stage{QStringLiteral("cleaning up"), [this] { clean(); }, true};
    m_stages << Stage{QStringLiteral("removing the repair record"), [this] { record(false); }, true};
    m_stages << Stage{QStringLiteral("saving"), [this] { save(); }, true};
    stageDone();
}

void DrillJob::next()
{
    while (m_next < m_stages.size() && (m_abandoned || m_cancelling) && !m_stages[m_next].always)
        ++m_next;
    if (m_next >= m_stages.size())
        return;
    const Stage &st = m_stages[m_next++];
    jobs::JobProgress p = jobProgress();
    p.phase = st.phase;
    p.stepsDone = m_next - 1;
    p.stepsTotal = int(m_stages.size());
    p.elapsedMs = elapsedMs();
    setJobProgress(p);
    st.run();
}

void DrillJob::abandon(const QString &why)
{
    if (!why.isEmpty())
        m_run.notes << why;
    m_abandoned = true;
    stageDone();
}

void DrillJob::doCancel()
{
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_run.cancelled = true;
    m_run.notes << Text::tr("Cancelled by the operator.");
    // A wait in the main part ends now; the stages that always run (repair, verify) follow.
    const bool inMain = m_next > 0 && m_next <= m_stages.size() && !m_stages[m_next - 1].always;
    if (inMain && (m_pollPred || m_hold.isActive())) {
        stopWaiting();
        m_hold.stop();
        stageDone();
    }
}

void DrillJob::event(const QString &text)
{
    const DrillEvent e{elapsedMs(), text};
    m_run.events.append(e);
    Q_EMIT eventAdded(e);
}

qint64 DrillJob::sinceFaultMs() const
{
    return m_faultAtMs < 0 ? 0 : elapsedMs() - m_faultAtMs;
}

void DrillJob::figure(const QString &name, double value, const QString &unit, const QString &about)
{
    m_run.figures.append({name, value, unit, about});
}

void DrillJob::check(const QString &name, bool passed, const QString &detail)
{
    m_run.checks.append({name, passed, detail});
    event(Text::tr("%1: %2%3").arg(name, passed ? Text::tr("passed") : Text::tr("FAILED"),
                                   detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
}

void DrillJob::command(const QStringList &argv, const QString &title, int limitMs,
                       std::function<void(bool, const QString &, const QByteArray &)> then)
{
    auto *job = new jobs::CommandJob(title, argv, limitMs, this);
    job->setKeepStdout(true);
    addSubjob(job);
    connect(job, &jobs::Job::ended, this, [job, then](jobs::Job *) {
        const bool ok = job->jobResult().succeeded();
        const QString text = QString::fromLocal8Bit(job->stdoutBytes()).trimmed();
        then(ok, ok ? text : job->jobResult().message + (text.isEmpty() ? QString() : QStringLiteral(" ") + text), job->stdoutBytes());
    });
    job->start();
}

void DrillJob::waitFor(std::function<bool()> pred, int limitMs, std::function<void(bool)> then)
{
    if (pred()) {
        QMetaObject::invokeMethod(this, [then] { then(true); }, Qt::QueuedConnection);
        return;
    }
    m_pollPred = std::move(pred);
    m_pollThen = std::move(then);
    m_pollUntilMs = elapsedMs() + limitMs;
    m_poll.start();
}

void DrillJob::stopWaiting()
{
    m_poll.stop();
    m_pollPred = {};
    m_pollThen = {};
}

// ---------------------------------------------------------------------------------------- stages

void DrillJob::record(bool write)
{
    if (!write && (!m_recorded || m_undoFailed)) {
        if (m_recorded)
            m_run.notes << Text::tr("What could not be repaired is tried again when Hawan next starts with this configuration.");
        util::runDetached(title(), this, [rec = m_record] { rec->release(); }, [this] { stageDone(); });
        return;
    }
    util::runDetached(title(), this,
                      [rec = m_record, write, config = m_run.configFile, id = m_run.id, undo = undoCommands()] {
                          return write ? rec->write(config, id, undo) : rec->remove();
                      },
                      [this, write](const QString &error) {
                          if (write && !error.isEmpty())
                              return abandon(Text::tr("Could not record how to repair the fault (%1): the drill did not run.").arg(error));
                          if (write)
                              m_recorded = true;
                          else if (!error.isEmpty())
                              m_run.notes << error;
                          stageDone();
                      });
}

void DrillJob::prepare()
{
    const auto &cfg = m_fleet->inventory()->config();
    command(cfg.sites[0].runner + QStringList{QStringLiteral("mkdir"), QStringLiteral("-p"), workDir(0)},
            Text::tr("create %1 at %2").arg(workDir(0), cfg.sites[0].name), kCommandLimitMs,
            [this](bool ok, const QString &out, const QByteArray &) {
                if (!ok)
                    return abandon(Text::tr("Could not create the drill's directory: %1").arg(out));
                stageDone();
            });
}


void DrillJob::takeCensus()
{
    const auto *inv = m_fleet->inventory();
    m_census.clear();
    int running = 0;
    for (int h = 0; h < inv->hostCount(); ++h)
        for (const auto &vm : inv->vms(h)) {
            m_census.append({vm.uuid, vm.name, inv->host(h).name, model::vmIsActive(vm.state)});
            running += model::vmIsActive(vm.state) ? 1 : 0;
        }
    event(Text::tr("census: %n VM(s) running", nullptr, running) + Text::tr(", %n defined", nullptr, int(m_census.size())));
    // A few seconds of writing before the fault: what "normal" looks like on the witnesses' graph.
    m_hold.disconnect(this);
    connect(&m_hold, &QTimer::timeout, this, &DrillJob::stageDone);
    m_hold.start(kBaselineMs);
}

void DrillJob::setUp()
{
    // WAN cut mid-migration: slow the link, so the copy lasts long enough to be cut in the middle.
    const auto &cfg = m_fleet->inventory()->config();
    command(cfg.links[m_link].faults.value(QStringLiteral("degrade")) + QStringList{QStringLiteral("--rate"), QStringLiteral("40mbit")},
            Text::tr("slow %1 to 40 Mbit/s").arg(m_run.target), kCommandLimitMs, [this](bool ok, const QString &out, const QByteArray &) {
                if (!ok)
                    return abandon(Text::tr("Could not slow the link: %1").arg(out));
                const auto *inv = m_fleet->inventory();
                const auto where = inv->locate(m_vmUuid);
                if (where.isEmpty())
                    return abandon(Text::tr("The VM to migrate is gone."));
                const int from = where.first().first;
                jobs::MigrationOptions opt;
                opt.timeoutS = 60; // a copy cut off must not hang: the limit aborts it if libvirt does not
                QString error;
                m_migration = m_fleet->startMigration(from, m_vmUuid, m_destHost, opt, &error);
                if (!m_migration)
                    return abandon(Text::tr("Could not start the migration: %1").arg(error));
                const QString name = inv->vms(from)[where.first().second].name;
                event(Text::tr("migrating %1 from %2 to %3").arg(name, inv->host(from).name, inv->host(m_destHost).name));
                connect(m_migration, &jobs::MoveJob::finished, this, [this, name](const jobs::MigrationResult &r) {
                    event(Text::tr("migration of %1 ended: %2%3").arg(name, jobs::jobOutcomeName(r.outcome),
                                                                      r.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.message)));
                    figure(QStringLiteral("migration_s"), double(r.durationMs) / 1000.0, QStringLiteral("s"), name);
                });
                waitFor([this] { return !m_migration || m_migration->isFinished() || m_migration->progress().dataProcessed > (4ull << 20); },
                        120000, [this](bool ok) {
                            if (!m_migration || m_migration->isFinished())
                                return abandon(Text::tr("The migration ended before the cut: nothing was cut mid-copy."));
                            if (!ok)
                                return abandon(Text::tr("The migration copied nothing in 2 minutes."));
                            event(Text::tr("migration copying (%1 MiB so far)").arg(m_migration->progress().dataProcessed >> 20));
                            stageDone();
                        });
            });
}

void DrillJob::injectFault()
{
    if (m_run.spec.drill == Drill::ConsoleKilledMidEvacuation)
        return killConsoleMidEvacuation();
    QStringList argv = faultArgv(m_info.fault);
    const auto &cfg = m_fleet->inventory()->config();
    if (m_run.spec.drill == Drill::LossyWan)
        argv << QStringLiteral("--loss") << QStringLiteral("%1%").arg(m_run.spec.lossPct);
    if (m_run.spec.drill == Drill::RttOverLimit) {
        const double oneWay = cfg.links[m_link].rttLimitMs / 2.0 + 5.0;
        argv << QStringLiteral("--delay") << QStringLiteral("%1ms").arg(oneWay);
    }
    m_faultAtMs = elapsedMs();
    m_run.faultAtMs = m_faultAtMs;
    if (m_storage >= 0) // what the heal has to drain, and any split-brain, from the fault on
        connect(m_fleet->storage(), &storage::StorageMonitor::changed, this, [this](int i) {
            if (i != m_storage)
                return;
            const auto &snap = m_fleet->storage()->snapshot(i);
            m_maxPending = std::max(m_maxPending, snap.pendingTotal());
            m_maxSplit = std::max(m_maxSplit, snap.splitBrainTotal());
        });
    m_run.faulted = true;
    event(Text::tr("fault: %1").arg(argv.join(QLatin1Char(' '))));
    command(argv, Text::tr("fault: %1").arg(m_info.title), kCommandLimitMs, [this](bool ok, const QString &out, const QByteArray &) {
        if (!ok)
            return abandon(Text::tr("The fault command failed: %1").arg(out));
        event(Text::tr("fault command done"));
        stageDone();
    });
}


void DrillJob::repair()
{
    if (!m_run.faulted || m_repaired)
        return stageDone();
    m_hold.stop();
    stopWaiting();
    if (m_run.spec.drill == Drill::ConsoleKilledMidEvacuation) {
        m_repaired = true;
        m_repairAtMs = elapsedMs();
        m_run.repairAtMs = m_repairAtMs;
        if (m_planId.isEmpty())
            return stageDone();
        event(Text::tr("repair: hawanctl resume %1").arg(m_planId));
        return ctl({QStringLiteral("resume"), m_planId}, Text::tr("resume plan %1").arg(m_planId), 300000,
                   [this](bool ok, const QString &out, const QByteArray &) {
                       const QString last = out.trimmed().section(QLatin1Char('\n'), -1);
                       check(Text::tr("the interrupted plan resumed and finished"), ok && out.contains(QLatin1String("finished")), last.left(300));
                       figure(QStringLiteral("resume_s"), double(elapsedMs() - m_repairAtMs) / 1000.0, QStringLiteral("s"));
                       event(Text::tr("resumed: %1").arg(last.left(200)));
                       ctl({QStringLiteral("maintenance"), m_run.target, QStringLiteral("off")}, Text::tr("maintenance off"), kCommandLimitMs,
                           [this](bool ok, const QString &out, const QByteArray &) {
                               if (!ok)
                                   m_run.notes << Text::tr("Could not take %1 out of maintenance: %2").arg(m_run.target, out);
                               event(Text::tr("repair: hawanctl return %1").arg(m_run.target));
                               ctl({QStringLiteral("return"), m_run.target}, Text::tr("bring the VMs back"), 300000,
                                   [this](bool ok, const QString &out, const QByteArray &) {
                                       const QString last = out.trimmed().section(QLatin1Char('\n'), -1);
                                       if (!ok)
                                           m_run.notes << Text::tr("The VMs were not all brought back: %1").arg(last.left(300));
                                       event(Text::tr("returned: %1").arg(last.left(200)));
                                       stageDone();
                                   });
                           });
                   });
    }
    const auto &cfg = m_fleet->inventory()->config();
    QVector<QPair<QString, QStringList>> steps;
    const QStringList repair = faultArgv(m_info.repair);
    switch (m_run.spec.drill) {
    case Drill::LossyWan:
        steps.append({Text::tr("repair: loss back to 0 %"), repair + QStringList{QStringLiteral("--loss"), QStringLiteral("0%")}});
        break;
    case Drill::RttOverLimit:
        steps.append({Text::tr("repair: delay back to %1 ms").arg(m_delayBeforeMs),
                      repair + QStringList{QStringLiteral("--delay"), QStringLiteral("%1ms").arg(m_delayBeforeMs)}});
        break;
    case Drill::WanCutMidMigration:
        steps.append({Text::tr("repair: %1").arg(repair.join(QLatin1Char(' '))), repair});
        steps.append({Text::tr("repair: rate limit off"),
                      cfg.links[m_link].faults.value(QStringLiteral("degrade")) + QStringList{QStringLiteral("--rate"), QStringLiteral("0")}});
        break;
    default:
        steps.append({Text::tr("repair: %1").arg(repair.join(QLatin1Char(' '))), repair});
    }
    m_repaired = true;
    m_repairAtMs = elapsedMs();
    m_run.repairAtMs = m_repairAtMs;
    auto runStep = std::make_shared<std::function<void(int)>>();
    *runStep = [this, steps, runStep](int i) {
        if (i >= steps.size()) {
            event(Text::tr("repaired"));
            return stageDone();
        }
        event(steps[i].first);
        command(steps[i].second, steps[i].first, kCommandLimitMs, [this, i, runStep, steps](bool ok, const QString &out, const QByteArray &) {
            if (!ok) {
                m_undoFailed = true;
                m_run.notes << Text::tr("The repair '%1' failed: %2").arg(steps[i].second.join(QLatin1Char(' ')), out);
            }
            (*runStep)(i + 1);
        });
    };
    (*runStep)(0);
}


void DrillJob::heal()
{
    if (m_storage < 0 || !m_run.faulted)
        return stageDone();
    const qint64 from = elapsedMs();
    const QDateTime since = QDateTime::currentDateTimeUtc();
    m_fleet->storage()->refreshNow();
    waitFor([this, since] {
                const auto &snap = m_fleet->storage()->snapshot(m_storage);
                if (!snap.hasData() || snap.at <= since)
                    return false;
                return snap.error.isEmpty() && snap.bricksOffline() == 0 && snap.pendingTotal() == 0;
            },
            kHealLimitMs, [this, from](bool ok) {
                const qint64 *maxPending = &m_maxPending, *maxSplit = &m_maxSplit;
                const double s = double(elapsedMs() - from) / 1000.0;
                figure(QStringLiteral("heal_s"), s, QStringLiteral("s"));
                figure(QStringLiteral("heal_entries_max"), double(*maxPending), QStringLiteral("entries"));
                figure(QStringLiteral("split_brain"), double(*maxSplit), QStringLiteral("entries"));
                check(Text::tr("storage in sync"), ok, ok ? Text::tr("after %1 s; at most %2 entries to heal seen").arg(s, 0, 'f', 1).arg(*maxPending)
                                                          : Text::tr("still healing after %1 s").arg(kHealLimitMs / 1000));
                const auto &snap = m_fleet->storage()->snapshot(m_storage);
                const bool arbiter = snap.info.arbiterCount > 0;
                check(Text::tr("no split-brain entries"), *maxSplit == 0,
                      *maxSplit == 0 ? (arbiter ? Text::tr("the arbiter keeps one side from writing on a cut")
                                                : Text::tr("no arbiter: each site's witness writes its own file, so no file was written on both sides"))
                                     : Text::tr("%1 seen: files written at both sites while they were apart%2")
                                           .arg(*maxSplit).arg(arbiter ? QString() : Text::tr(" (no arbiter)")));
                stageDone();
            });
}


void DrillJob::clean()
{
    const auto &cfg = m_fleet->inventory()->config();
    if (cfg.sites.isEmpty() || cfg.sites[0].runner.isEmpty() || !m_recorded)
        return stageDone();
    command(cfg.sites[0].runner + QStringList{QStringLiteral("rm"), QStringLiteral("-rf"), workDir(0)},
            Text::tr("remove %1").arg(workDir(0)), kCommandLimitMs, [this](bool ok, const QString &out, const QByteArray &) {
                if (!ok) {
                    m_undoFailed = true;
                    m_run.notes << Text::tr("Could not remove the drill's directory: %1").arg(out);
                }
                stageDone();
            });
}

void DrillJob::save()
{
    if (m_saving)
        return;
    m_saving = true;
    m_run.ended = QDateTime::currentDateTimeUtc();
    if (!m_alarmTexts.isEmpty())
        m_run.notes << Text::tr("Alarms: %1").arg(m_alarmTexts.join(QStringLiteral(" | ")));
    const QByteArray json = QJsonDocument(m_run.toJson()).toJson(QJsonDocument::Indented);
    const QString path = drillsDirectory() + QLatin1Char('/') + m_run.id + QStringLiteral(".json");
    util::saveDetached(Text::tr("saving %1").arg(m_run.id), this, path, json,
                      [this, path](const QString &error) {
                          if (error.isEmpty())
                              m_savedTo = path;
                          jobs::JobResult r;
                          int failed = 0;
                          for (const auto &c : m_run.checks)
                              failed += c.passed ? 0 : 1;
                          if (m_cancelling) {
                              r.outcome = jobs::JobOutcome::Cancelled;
                              r.message = Text::tr("cancelled");
                          } else if (m_run.passed()) {
                              r.outcome = jobs::JobOutcome::Succeeded;
                              r.message = Text::tr("passed: %n check(s)", nullptr, int(m_run.checks.size()));
                          } else {
                              r.outcome = jobs::JobOutcome::Failed;
                              r.error = m_run.faulted ? jobs::JobError::Command : jobs::JobError::Refused;
                              r.message = !m_run.faulted ? Text::tr("did not run: %1").arg(m_run.notes.join(QLatin1Char(' ')))
                                                         : Text::tr("FAILED: %1 of %n check(s)", nullptr, int(m_run.checks.size())).arg(failed);
                              if (m_run.faulted && failed == 0 && !m_run.notes.isEmpty())
                                  r.message += QStringLiteral(": ") + m_run.notes.first();
                          }
                          r.message += error.isEmpty() ? Text::tr("; report: %1").arg(path) : QStringLiteral("; ") + error;
                          finish(r);
                      });
}

} // namespace hawan::drills
