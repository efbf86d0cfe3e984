#include "core/fleet.h"

#include "jobs/restartjob.h"
#include "libvirt/eventloop.h"
#include "libvirt/hostsession.h"
#include "model/snapshotcache.h"

#include <QDebug>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <QtConcurrent/QtConcurrentRun>

namespace hawan::core {

QString Fleet::journalPath(const config::Config &config)
{
    return config.console.journal.isEmpty() ? jobs::Journal::defaultPath(config.sourceFile) : config.console.journal;
}

Fleet::Fleet(config::Config config, QObject *parent)
    : Fleet(std::move(config), nullptr, parent)
{
}

Fleet::Fleet(config::Config config, std::unique_ptr<jobs::Journal> journal, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<model::HostStatus>();
    qRegisterMetaType<model::HostSnapshot>();
    qRegisterMetaType<model::LifecycleEvent>();
    qRegisterMetaType<model::LogEntry>();
    qRegisterMetaType<model::VmAction>();
    lv::ensureEventLoop();

    const int refresh = config.console.refreshIntervalMs;
    m_jobs = std::make_unique<jobs::JobTracker>();
    m_journal = journal ? std::move(journal) : std::make_unique<jobs::Journal>(journalPath(config));
    Q_ASSERT(m_journal->thread() == thread());
    m_storage = std::make_unique<storage::StorageMonitor>(config);
    m_probes = std::make_unique<probes::ProbeHub>(config);
    m_inventory = std::make_unique<model::Inventory>(std::move(config));
    const auto &hosts = m_inventory->config().hosts;
    m_workers.reserve(hosts.size());
    for (int h = 0; h < hosts.size(); ++h) {
        lv::HostSession::Options opt;
        opt.refreshMs = refresh;
        opt.cacheFile = model::snapshotCachePath(m_inventory->config().sourceFile, hosts[h].name);
        Worker w;
        w.thread = util::makeThread(QStringLiteral("host:%1").arg(hosts[h].name));
        w.session = new lv::HostSession(h, hosts[h].uri, opt);
        w.session->moveToThread(w.thread.get());
        connect(w.thread.get(), &QThread::finished, w.session, &QObject::deleteLater);
        connect(w.session, &lv::HostSession::statusChanged, m_inventory.get(), &model::Inventory::applyStatus);
        connect(w.session, &lv::HostSession::snapshotReady, m_inventory.get(), &model::Inventory::applySnapshot);
        connect(w.session, &lv::HostSession::lifecycle, m_inventory.get(), &model::Inventory::applyLifecycle);
        connect(w.session, &lv::HostSession::serviceMeasured, this, [this](int host, const probes::Reading &r) {
            m_probes->addReading(m_probes->serviceSeries(host), r);
        });
        m_workers.push_back(std::move(w));
    }
    wireTimeline();
    // Queued and coalesced: it may change a host's VM list, never from inside another change.
    connect(m_inventory.get(), &model::Inventory::hostChanged, this, &Fleet::scheduleRecoveryCheck);
    connect(m_inventory.get(), &model::Inventory::vmsInserted, this, &Fleet::scheduleRecoveryCheck);
    connect(m_jobs.get(), &jobs::JobTracker::jobAdded, this, [this](jobs::Job *job) {
        auto *runner = qobject_cast<jobs::PlanRunner *>(job);
        if (!runner || runner->plan().kind != jobs::Plan::Kind::Recover)
            return;
        // Fenced, then each restart: the crashed host's view follows at once, not at its next retry.
        connect(runner, &jobs::PlanRunner::stateChanged, this, &Fleet::scheduleRecoveryCheck);
        connect(runner, &jobs::PlanRunner::moveChanged, this, &Fleet::scheduleRecoveryCheck);
    });
    using Sev = model::LogEntry::Severity;
    for (const auto &host : m_journal->replay().maintenance) {
        const int h = m_inventory->config().hostIndex(host);
        if (h >= 0)
            m_inventory->setMaintenance(h, true);
    }
    // Other consoles (and hawanctl) on the same journal: their maintenance marks apply here too,
    // and their plans are announced.
    auto *others = new QTimer(this);
    others->setInterval(2000);
    connect(others, &QTimer::timeout, m_journal.get(), &jobs::Journal::pollOthers);
    others->start();
    connect(m_journal.get(), &jobs::Journal::othersWrote, this, [this](const QVector<QJsonObject> &records) {
        using Sev = model::LogEntry::Severity;
        for (const QJsonObject &r : records) {
            const QString rec = r.value(QStringLiteral("rec")).toString();
            if (rec == QLatin1String("maintenance")) {
                const int h = m_inventory->config().hostIndex(r.value(QStringLiteral("host")).toString());
                const bool on = r.value(QStringLiteral("on")).toBool();
                if (h < 0 || m_inventory->inMaintenance(h) == on)
                    continue;
                m_inventory->setMaintenance(h, on);
                m_inventory->log(Sev::Info, h, {}, on ? tr("In maintenance (set by another console): receives no new VMs")
                                                      : tr("Out of maintenance (set by another console)"));
            } else if (rec == QLatin1String("plan")) {
                const auto &jp = m_journal->replay().plans.value(r.value(QStringLiteral("plan")).toString());
                m_inventory->log(Sev::Info, -1, {}, tr("Another console (%1) started: %2").arg(jp.owner, jp.plan.title()));
            }
        }
    });
    connect(m_journal.get(), &jobs::Journal::failed, this, [this](const QString &error) {
        m_inventory->log(model::LogEntry::Severity::Error, -1, {},
                         tr("%1. Running plans are paused and nothing new starts; free the disk, then restart the "
                            "console: it resumes from what the journal holds.").arg(error));
    });
    if (!m_journal->isWritable())
        QMetaObject::invokeMethod(this, [this] {
            m_inventory->log(Sev::Error, -1, {}, tr("%1. Migrations and evacuations are disabled until it can be written.")
                                                      .arg(m_journal->error()));
        }, Qt::QueuedConnection);
    if (!m_probes->replayError().isEmpty())
        QMetaObject::invokeMethod(this, [this] { m_inventory->log(Sev::Warning, -1, {}, m_probes->replayError()); },
                                  Qt::QueuedConnection);
    for (const auto &problem : m_journal->replay().problems)
        QMetaObject::invokeMethod(this, [this, problem] {
            m_inventory->log(Sev::Warning, -1, {}, tr("Journal %1: %2").arg(m_journal->path(), problem));
        }, Qt::QueuedConnection);
}

Fleet::~Fleet()
{
    m_stopping = true;
    m_jobs.reset(); // plans stop their reconciliation probes; migrations carry on in the daemons
    m_starter.waitForFinished();
    // Stop all threads in parallel first, so N hosts do not cost N sequential waits.
    for (auto &w : m_workers)
        w.thread->quit();
    m_workers.clear();
}

void Fleet::start(bool watchStorage)
{
    if (watchStorage)
        m_storage->start();
    // Creating a thread can take milliseconds when the machine is busy: with hundreds of hosts,
    // threads are started by a helper task so the GUI thread never waits for it.
    m_starter = QtConcurrent::run([this] {
        for (auto &w : m_workers) {
            if (m_stopping.load())
                return;
            w.thread->start();
            QMetaObject::invokeMethod(w.session, &lv::HostSession::start, Qt::QueuedConnection);
        }
    });
}

void Fleet::startProbes()
{
    const auto &cfg = m_inventory->config();
    if (cfg.probes.intervalMs <= 0 || m_streamTimer)
        return;
    m_probes->start();
    if (cfg.probes.service)
        for (auto &w : m_workers)
            QMetaObject::invokeMethod(w.session, [s = w.session, ms = cfg.probes.intervalMs] { s->setServiceProbe(ms); },
                                      Qt::QueuedConnection);
    m_streamPeakBps.fill(0.0, cfg.links.size());
    m_streamTimer = new QTimer(this);
    m_streamTimer->setInterval(cfg.probes.intervalMs);
    connect(m_streamTimer, &QTimer::timeout, this, &Fleet::sampleStreams);
    m_streamTimer->start();
}

double Fleet::linkStreamBps(int link) const
{
    double bps = 0;
    for (const jobs::MoveJob *job : m_activeMoves)
        if (linkOf(job) == link)
            bps += double(job->progress().memoryBps);
    return bps;
}

void Fleet::sampleStreams()
{
    // The bytes/s the migrations pushed across each link during the interval: the highest total
    // their jobs reported (or the average of one that ended), so a short migration is not missed.
    const auto &cfg = m_inventory->config();
    m_streamPeakBps.resize(cfg.links.size());
    for (int l = 0; l < cfg.links.size(); ++l) {
        const double bps = std::max(m_streamPeakBps[l], linkStreamBps(l));
        m_streamPeakBps[l] = 0;
        probes::Reading r;
        r.point.tMs = probes::wallMs();
        r.point.lo = r.point.mid = r.point.hi = float(bps / (1024.0 * 1024.0));
        m_probes->addReading(m_probes->migrationSeries(l), r);
    }
}

void Fleet::wireTimeline()
{
    using K = probes::TimelineEvent::Kind;
    probes::Timeline *tl = m_probes->timeline();
    connect(m_jobs.get(), &jobs::JobTracker::jobAdded, tl, [tl](jobs::Job *job) {
        if (auto *move = qobject_cast<jobs::MoveJob *>(job)) {
            const auto &t = move->target();
            tl->add({0, K::MigrationStart, tr("Migration of %1 started: %2 → %3").arg(t.vmName, t.sourceHost, t.destHost),
                     tr("Live migration of %1 from %2 to %3.").arg(t.vmName, t.sourceHost, t.destHost), false});
            return;
        }
        auto *runner = qobject_cast<jobs::PlanRunner *>(job);
        if (!runner || runner->plan().kind == jobs::Plan::Kind::Migrate)
            return; // a single migration: its own markers say it
        tl->add({0, K::EvacuationStart, tr("Started: %1").arg(runner->plan().title()),
                 tr("%n move(s) planned.", nullptr, int(runner->plan().moves.size())), false});
    });
    connect(m_jobs.get(), &jobs::JobTracker::jobEnded, tl, [tl](jobs::Job *job) {
        if (auto *move = qobject_cast<jobs::MoveJob *>(job)) {
            const auto &t = move->target();
            const auto &res = move->result();
            using O = jobs::MigrationResult::Outcome;
            const QString how = res.outcome == O::Succeeded ? tr("succeeded") : res.outcome == O::Cancelled ? tr("cancelled") : tr("failed");
            QString detail = tr("%1 %2 → %3: %4 after %5 s.").arg(t.vmName, t.sourceHost, t.destHost, how)
                                 .arg(double(move->progress().elapsedMs) / 1000.0, 0, 'f', 1);
            if (!res.message.isEmpty())
                detail += QLatin1Char(' ') + res.message;
            tl->add({0, K::MigrationEnd, tr("Migration of %1 %2").arg(t.vmName, how), detail, res.outcome == O::Failed});
            return;
        }
        auto *runner = qobject_cast<jobs::PlanRunner *>(job);
        if (!runner || runner->plan().kind == jobs::Plan::Kind::Migrate)
            return;
        const bool aborted = runner->state() == jobs::PlanState::Aborted;
        tl->add({0, K::EvacuationEnd, (aborted ? tr("Aborted: %1") : tr("Ended: %1")).arg(runner->plan().title()),
                 aborted ? tr("The plan was aborted; moves not started stay where they are.")
                         : tr("Every move of the plan has ended (see the Jobs panel for each result)."), aborted});
    });
    m_hostStates.fill(-1, m_inventory->config().hosts.size());
    connect(m_inventory.get(), &model::Inventory::hostChanged, tl, [this, tl](int h) {
        const auto &st = m_inventory->hostStatus(h);
        const int now = int(st.state), before = m_hostStates[h];
        m_hostStates[h] = now;
        const QString name = m_inventory->config().hosts[h].name;
        if (now == int(model::HostState::Unreachable) && before != now)
            tl->add({0, K::HostDown, tr("%1 down").arg(name), tr("%1 is unreachable: %2").arg(name, st.reason), true});
        else if (now == int(model::HostState::Up) && before == int(model::HostState::Unreachable))
            tl->add({0, K::HostUp, tr("%1 up").arg(name), tr("%1 answers again.").arg(name), false});
    });
    m_lastPending.fill(0, m_storage->count());
    connect(m_storage.get(), &storage::StorageMonitor::changed, tl, [this, tl](int i) {
        // Known entries (a brick that is down cannot say; the others' count is what rises).
        const auto &history = m_storage->history(i);
        if (history.empty())
            return;
        const qint64 pending = history.back().pending;
        const qint64 before = m_lastPending[i];
        m_lastPending[i] = pending;
        const QString name = m_storage->storage(i).name;
        if (before == 0 && pending > 0)
            tl->add({0, K::HealBacklog, tr("%1: heal backlog rising").arg(name),
                     tr("%n entry(ies) pending heal on %1: a replica missed writes (a brick or the link was down).", nullptr,
                        int(pending)).arg(name), true});
        else if (before > 0 && pending == 0)
            tl->add({0, K::HealDrained, tr("%1: heal backlog drained").arg(name),
                     tr("Every replica of %1 is in sync again.").arg(name), false});
    });
}

void Fleet::refreshAll()
{
    for (auto &w : m_workers)
        QMetaObject::invokeMethod(w.session, &lv::HostSession::refreshNow, Qt::QueuedConnection);
}

jobs::VmActionJob *Fleet::requestVmAction(int host, const QString &uuid, model::VmAction action)
{
    const bool known = host >= 0 && host < int(m_workers.size());
    QString vmName = uuid;
    if (known)
        for (const auto &vm : m_inventory->vms(host))
            if (vm.uuid == uuid)
                vmName = vm.name;
    jobs::VmActionJob::Send send;
    if (known) {
        lv::HostSession *s = m_workers[size_t(host)].session;
        send = [s](const QString &uuid, model::VmAction action, jobs::VmActionJob::Reply reply) {
            QMetaObject::invokeMethod(s, [s, uuid, action, reply] { s->performAction(uuid, action, reply); },
                                      Qt::QueuedConnection);
        };
    }
    auto *job = m_jobs->add(std::make_unique<jobs::VmActionJob>(host, known ? m_inventory->host(host).name : QString(),
                                                                 uuid, vmName, action, std::move(send)));
    job->start();
    return job;
}

jobs::MoveJob *Fleet::launchMove(int fromHost, const QString &uuid, int toHost, const jobs::MigrationOptions &options,
                                 const QString &definition, QString *error)
{
    const auto &hosts = m_inventory->config().hosts;
    auto failWith = [error](const QString &e) -> jobs::MoveJob * {
        if (error)
            *error = e;
        return nullptr;
    };
    const bool restart = !definition.isEmpty();
    if (fromHost < 0 || fromHost >= hosts.size() || toHost < 0 || toHost >= hosts.size())
        return failWith(tr("unknown host"));
    if (fromHost == toHost)
        return failWith(tr("the VM is already on %1").arg(hosts[toHost].name));
    if (hosts[toHost].migrationUri.isEmpty() && !restart)
        return failWith(tr("%1 has no migration_uri: the source daemon needs an address to reach it "
                           "(see docs/configuration.md)").arg(hosts[toHost].name));
    QString vmName = uuid;
    for (const auto &vm : m_inventory->vms(fromHost))
        if (vm.uuid == uuid)
            vmName = vm.name;
    const jobs::MoveJob::Target t{uuid, vmName, hosts[fromHost].name, hosts[fromHost].uri,
                                  hosts[toHost].name, hosts[toHost].uri, hosts[toHost].migrationUri};
    jobs::MoveJob *raw = restart ? static_cast<jobs::MoveJob *>(m_jobs->add(std::make_unique<jobs::RestartJob>(t, definition, options)))
                                 : m_jobs->add(std::make_unique<jobs::MigrationJob>(t, options));
    m_activeMoves << raw;
    // Both hosts' views change when it ends: refresh them at once rather than at the next tick.
    connect(raw, &jobs::MoveJob::finished, this, [this, raw, fromHost, toHost] {
        m_activeMoves.removeOne(raw);
        for (int h : {fromHost, toHost})
            QMetaObject::invokeMethod(m_workers[size_t(h)].session, &lv::HostSession::refreshNow, Qt::QueuedConnection);
        rebalanceLink(linkOf(raw));
        // A migration shorter than a sampling interval still shows on the stream graph: its
        // average rate counts for the interval it ended in.
        const auto &r = raw->result();
        const int link = linkOf(raw);
        if (link >= 0 && link < m_streamPeakBps.size() && r.durationMs > 0 && r.bytesSent > 0)
            m_streamPeakBps[link] = std::max(m_streamPeakBps[link], double(r.bytesSent) * 1000.0 / double(r.durationMs));
    });
    // Shares follow who is copying: re-split as progress comes in (cheap: a flag per job).
    connect(raw, &jobs::MoveJob::progressChanged, this, [this, raw] {
        const int link = linkOf(raw);
        rebalanceLink(link);
        if (link >= 0 && link < m_streamPeakBps.size())
            m_streamPeakBps[link] = std::max(m_streamPeakBps[link], linkStreamBps(link));
    });
    rebalanceLink(linkOf(raw));
    return raw;
}

jobs::CommandJob *Fleet::storageAction(int i, storage::StorageMonitor::Action action)
{
    auto *job = m_jobs->add(std::make_unique<jobs::CommandJob>(
        storage::StorageMonitor::actionTitle(action, m_storage->storage(i).volume), m_storage->actionCommand(i, action), 120000));
    connect(job, &jobs::Job::ended, m_storage.get(), [storage = m_storage.get(), i] { storage->refresh(i); });
    job->start();
    return job;
}

jobs::FenceJob *Fleet::launchFence(int host)
{
    const bool known = host >= 0 && host < m_inventory->hostCount();
    return m_jobs->add(std::make_unique<jobs::FenceJob>(known ? m_inventory->host(host).name : QString(),
                                                         known ? m_inventory->config().hosts[host].fence : QString()));
}

probes::Timeline *Fleet::timeline() const
{
    return m_probes->timeline();
}

bool Fleet::linkCut(int link) const
{
    return link >= 0 && m_probes->linkState(link).cut;
}

bool Fleet::linkLossy(int link) const
{
    return link >= 0 && m_probes->linkState(link).loss > 0;
}

jobs::MigrationJob *Fleet::startMigration(int fromHost, const QString &uuid, int toHost,
                                          const jobs::MigrationOptions &options, QString *error)
{
    const auto &hosts = m_inventory->config().hosts;
    if (fromHost < 0 || fromHost >= hosts.size() || toHost < 0 || toHost >= hosts.size()) {
        if (error)
            *error = tr("unknown host");
        return nullptr;
    }
    jobs::Plan plan;
    plan.id = jobs::newPlanId();
    plan.kind = jobs::Plan::Kind::Migrate;
    plan.created = QDateTime::currentDateTimeUtc();
    jobs::PlannedMove m;
    m.vmUuid = uuid;
    m.vmName = uuid;
    for (const auto &vm : m_inventory->vms(fromHost))
        if (vm.uuid == uuid) {
            m.vmName = vm.name;
            m.memoryKiB = vm.memoryKiB;
            m.vcpus = vm.vcpus;
            m.offline = !vmIsActive(vm.state);
        }
    m.from = hosts[fromHost].name;
    m.to = hosts[toHost].name;
    m.crossesWan = hosts[fromHost].site != hosts[toHost].site;
    plan.subject = m.vmName;
    plan.moves << m;
    jobs::PlanRunner::Options opt = defaultPlanOptions();
    opt.move = options;
    opt.move.offline = m.offline;
    // The operator asked for this one now: it is not queued behind the bulk limits.
    opt.maxPerHost = opt.maxPerLink = 1 << 20;
    jobs::PlanRunner *runner = runPlan(plan, opt, error);
    if (!runner)
        return nullptr;
    auto *job = qobject_cast<jobs::MigrationJob *>(runner->job(0));
    if (!job && error)
        *error = runner->move(0).message;
    return job;
}

jobs::PlanRunner::Options Fleet::defaultPlanOptions() const
{
    jobs::PlanRunner::Options o;
    o.maxPerHost = m_inventory->config().migration.maxPerHost;
    o.maxPerLink = m_inventory->config().migration.maxPerLink;
    o.move.timeoutS = 900;
    return o;
}

jobs::PlanRunner *Fleet::runPlan(const jobs::Plan &plan, const jobs::PlanRunner::Options &options, QString *error,
                                 const QString &fenced)
{
    jobs::JournaledPlan jp;
    jp.plan = plan;
    jp.fenced = fenced;
    jp.moves.resize(plan.moves.size());
    return adoptPlan(std::make_unique<jobs::PlanRunner>(this, jp, options, false), error);
}

jobs::PlanRunner *Fleet::adoptPlan(std::unique_ptr<jobs::PlanRunner> runner, QString *error)
{
    jobs::PlanRunner *raw = m_jobs->add(std::move(runner));
    raw->start();
    if (raw->isFinished() && raw->jobResult().error == jobs::JobError::Journal) {
        if (error)
            *error = raw->jobResult().message;
        return nullptr;
    }
    return raw;
}

QVector<const jobs::JournaledPlan *> Fleet::interruptedPlans() const
{
    QVector<const jobs::JournaledPlan *> out;
    const auto runners = plans();
    for (const jobs::JournaledPlan *p : m_journal->replay().openPlans()) {
        const bool mine = std::any_of(runners.begin(), runners.end(),
                                      [p](const jobs::PlanRunner *r) { return r->plan().id == p->plan.id; });
        // Another console on this machine still runs it: not interrupted, not ours to resume.
        if (!mine && !jobs::Journal::ownerAlive(p->owner))
            out << p;
    }
    return out;
}

jobs::PlanRunner *Fleet::resumePlan(const QString &planId, const jobs::PlanRunner::Options &options, QString *error)
{
    for (const jobs::JournaledPlan *p : interruptedPlans())
        if (p->plan.id == planId)
            return adoptPlan(std::make_unique<jobs::PlanRunner>(this, *p, options, true), error);
    if (error)
        *error = tr("no interrupted plan '%1' in the journal %2").arg(planId, m_journal->path());
    return nullptr;
}

void Fleet::scheduleRecoveryCheck()
{
    if (m_recoveryCheckQueued)
        return;
    m_recoveryCheckQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_recoveryCheckQueued = false;
        followRecoveries();
    }, Qt::QueuedConnection);
}

void Fleet::followRecoveries()
{
    // Either end may report first: look at every recovery whenever any host reports.
    const auto &cfg = m_inventory->config();
    for (const auto &jp : m_journal->replay().plans) {
        if (jp.plan.kind != jobs::Plan::Kind::Recover)
            continue;
        const int host = cfg.hostIndex(jp.plan.subject);
        // Only until the host is seen again: a report newer than the fence means it has been back.
        const QDateTime lastSeen = host >= 0 ? m_inventory->hostSnapshot(host).at : QDateTime();
        const bool backSince = lastSeen.isValid() && jp.fencedAt.isValid() && lastSeen > jp.fencedAt;
        if (host >= 0 && !jp.fenced.isEmpty() && !backSince && m_inventory->hostStatus(host).state != model::HostState::Up) {
            // Fenced and silent since: nothing runs there any more, whatever its last report said.
            QSet<QString> moved;
            for (int i = 0; i < jp.plan.moves.size(); ++i)
                if (jp.moves[i].status == jobs::MoveStatus::Succeeded)
                    moved.insert(jp.plan.moves[i].vmUuid);
            m_inventory->showFenced(host, moved);
            continue;
        }
        if (host < 0 || m_inventory->hostStatus(host).state != model::HostState::Up)
            continue;
        const QString name = jp.plan.subject;
        for (int i = 0; i < jp.plan.moves.size(); ++i) {
            const auto &m = jp.plan.moves[i];
            if (jp.moves[i].status != jobs::MoveStatus::Succeeded)
                continue;
            const int to = cfg.hostIndex(m.to);
            bool here = false, activeHere = false, activeThere = false;
            for (const auto &vm : m_inventory->vms(host))
                if (vm.uuid == m.vmUuid) {
                    here = true;
                    activeHere = model::vmIsActive(vm.state);
                }
            if (to >= 0 && m_inventory->hostStatus(to).state == model::HostState::Up)
                for (const auto &vm : m_inventory->vms(to))
                    activeThere = activeThere || (vm.uuid == m.vmUuid && model::vmIsActive(vm.state));
            const QString key = jp.plan.id + QLatin1Char('/') + m.vmUuid;
            if (!here || !activeThere || m_leftoversHandled.contains(key))
                continue;
            m_leftoversHandled.insert(key);
            if (activeHere) {
                m_inventory->log(model::LogEntry::Severity::Error, host, m.vmName,
                                 tr("%1 runs on both %2 and %3 (recovered there by plan %4): force off the copy on %2; "
                                    "the one on %3 is current").arg(m.vmName, name, m.to, jp.plan.id));
                continue;
            }
            m_inventory->log(model::LogEntry::Severity::Info, host, m.vmName,
                             tr("%1 is back: removing its stale definition of %2 (restarted on %3 by plan %4)")
                                 .arg(name, m.vmName, m.to, jp.plan.id));
            const QString what = tr("the stale definition of %1 on %2 (it runs on %3)").arg(m.vmName, name, m.to);
            jobs::VmActionJob *job = requestVmAction(host, m.vmUuid, model::VmAction::UndefineStale);
            m_cleanups.insert(job, what);
            connect(job, &jobs::Job::ended, this, [this, host](jobs::Job *j) {
                const QString what = m_cleanups.take(j);
                const bool ok = j->jobResult().succeeded();
                const QString text = ok ? tr("Removed %1").arg(what) : tr("Could not remove %1: %2").arg(what, j->jobResult().message);
                m_inventory->log(ok ? model::LogEntry::Severity::Info : model::LogEntry::Severity::Error, host, {}, text);
                Q_EMIT leftoverHandled(text, ok);
                if (m_cleanups.isEmpty())
                    Q_EMIT cleanupsDone();
            });
        }
    }
}

QVector<QPair<int, QString>> Fleet::evacuatedFrom(int host, QString *planTitle) const
{
    const QString name = m_inventory->host(host).name;
    const jobs::JournalReplay &r = m_journal->replay();
    // The newest evacuation that moved something off this host (journal order is time order).
    const jobs::JournaledPlan *last = nullptr;
    for (auto id = r.planOrder.crbegin(); id != r.planOrder.crend() && !last; ++id) {
        const auto it = r.plans.constFind(*id);
        if (it == r.plans.cend())
            continue;
        const jobs::JournaledPlan &jp = *it;
        if (jp.plan.kind == jobs::Plan::Kind::Return && jp.plan.subject == name)
            return {}; // already given back (what it could not move stays where it is)
        if (jp.plan.kind != jobs::Plan::Kind::Host && jp.plan.kind != jobs::Plan::Kind::Site)
            continue;
        for (int i = 0; i < jp.plan.moves.size(); ++i)
            if (jp.plan.moves[i].from == name && jp.moves.value(i).status == jobs::MoveStatus::Succeeded)
                last = &jp;
    }
    if (!last || last->isOpen())
        return {};
    QVector<QPair<int, QString>> out;
    for (int i = 0; i < last->plan.moves.size(); ++i) {
        const jobs::PlannedMove &m = last->plan.moves[i];
        const int to = m_inventory->config().hostIndex(m.to);
        if (m.from != name || last->moves.value(i).status != jobs::MoveStatus::Succeeded || to < 0)
            continue;
        for (const auto &vm : m_inventory->vms(to))
            if (vm.uuid == m.vmUuid)
                out.push_back({to, vm.uuid}); // still where the plan put it
    }
    if (planTitle)
        *planTitle = last->plan.title();
    return out;
}

bool Fleet::setMaintenance(int host, bool on, QString *error)
{
    if (host < 0 || host >= m_inventory->hostCount())
        return false;
    // Applied at once: the record follows on the journal's thread (a failure there is logged and
    // stops every plan); the mark only withholds placements, and a lost "off" errs on the safe side.
    if (!m_journal->writeMaintenance(m_inventory->host(host).name, on)) {
        if (error)
            *error = m_journal->error();
        return false;
    }
    m_inventory->setMaintenance(host, on);
    m_inventory->log(model::LogEntry::Severity::Info, host, {},
                     on ? tr("In maintenance: receives no new VMs") : tr("Out of maintenance"));
    return true;
}

int Fleet::activeMigrations(int host) const
{
    const QString name = m_inventory->host(host).name;
    return int(std::count_if(m_activeMoves.begin(), m_activeMoves.end(), [&](const jobs::MoveJob *j) {
        return j->target().sourceHost == name || j->target().destHost == name;
    }));
}

int Fleet::linkOf(const jobs::MoveJob *job) const
{
    const auto &cfg = m_inventory->config();
    const int a = cfg.hostIndex(job->target().sourceHost), b = cfg.hostIndex(job->target().destHost);
    if (a < 0 || b < 0)
        return -1;
    return cfg.linkBetween(cfg.hosts[a].site, cfg.hosts[b].site);
}

int Fleet::activeOnLink(int link) const
{
    if (link < 0)
        return 0;
    return int(std::count_if(m_activeMoves.begin(), m_activeMoves.end(),
                             [&](const jobs::MoveJob *j) { return linkOf(j) == link; }));
}

// One bandwidth budget per WAN link, split between the migrations crossing it. A migration still
// setting up (destination starting, nothing sent yet) or in its last pass needs little, so the
// budget goes to those actually copying; whole MiB/s (libvirt's unit), the remainder spread so the
// shares add up to the budget.
void Fleet::rebalanceLink(int link)
{
    if (link < 0)
        return;
    // Restarts send nothing across the link: only migrations share its budget.
    std::vector<jobs::MigrationJob *> running, copying;
    for (jobs::MoveJob *move : std::as_const(m_activeMoves)) {
        auto *j = qobject_cast<jobs::MigrationJob *>(move);
        if (j && linkOf(j) == link) {
            running.push_back(j);
            const auto &p = j->progress();
            if (p.dataTotal > 0 && p.dataRemaining > 0)
                copying.push_back(j);
        }
    }
    if (running.empty())
        return;
    const auto &takers = copying.empty() ? running : copying;
    const quint64 budgetMiBs = std::max<quint64>(1, quint64(double(m_inventory->config().links[link].budgetMbit()) * 1e6 / 8.0 / 1048576.0));
    const quint64 k = takers.size(), base = std::max<quint64>(1, budgetMiBs / k), extra = budgetMiBs > base * k ? budgetMiBs - base * k : 0;
    for (size_t i = 0; i < takers.size(); ++i)
        takers[i]->setLinkShare(base + (i < extra ? 1 : 0));
    // The others get an equal share for when they start copying; the next progress re-splits.
    for (auto *j : running)
        if (std::find(takers.begin(), takers.end(), j) == takers.end())
            j->setLinkShare(std::max<quint64>(1, budgetMiBs / (k + 1)));
}

quint64 Fleet::remoteCalls(int host) const { return m_workers[size_t(host)].session->remoteCalls(); }
quint64 Fleet::ticks(int host) const { return m_workers[size_t(host)].session->ticks(); }

} // namespace hawan::core
