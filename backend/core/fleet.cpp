#include "core/fleet.h"

#include "core/alarmwatch.h"
#include "core/migrationservice.h"
#include "core/recoveryfollower.h"
#include "cloud/cloudsource.h"
#include "cloud/novaevacuatejob.h"
#include "cloud/novaclient.h"
#include "cloud/novamigrationjob.h"
#include "core/sessionpool.h"
#include "core/sitestatus.h"
#include "core/timelinefeed.h"
#include "libvirt/domainxml.h"
#include "libvirt/eventloop.h"

#include <QDebug>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <algorithm>

namespace hawan::core {

QString Fleet::journalPath(const config::Config &config)
{
    return config.console.journal.isEmpty() ? jobs::Journal::defaultPath(config.sourceFile) : config.console.journal;
}

QString Fleet::auditPath(const config::Config &config)
{
    if (!config.audit.file.isEmpty())
        return config.audit.file;
    QString j = journalPath(config);
    if (j.endsWith(QLatin1String(".jsonl")))
        j.chop(6);
    return j + QStringLiteral(".audit.jsonl");
}

QString Fleet::auditKeyPath(const config::Config &config)
{
    return config.audit.key.isEmpty() ? audit::Key::defaultPath() : config.audit.key;
}

std::unique_ptr<jobs::Journal> Fleet::openJournal(const config::Config &config, const Access &access)
{
    jobs::Journal::Options o;
    o.readOnlyRefusal = access.refusal();
    o.key = audit::Key::load(auditKeyPath(config), access.canChange(), &o.keyProblem);
    return std::make_unique<jobs::Journal>(journalPath(config), std::move(o));
}

Fleet::Fleet(config::Config config, QObject *parent)
    : Fleet(std::move(config), nullptr, parent)
{
}

Fleet::Fleet(config::Config config, std::unique_ptr<jobs::Journal> journal, QObject *parent)
    : Fleet(config, Access{}, std::move(journal), parent)
{
}

Fleet::Fleet(config::Config config, const Access &access, std::unique_ptr<jobs::Journal> journal, QObject *parent)
    : QObject(parent), m_access(access)
{
    // The configuration's viewers are viewers whatever the caller asked.
    if (const Access byConfig = Access::decide(config, false); !byConfig.canChange())
        m_access = byConfig;
    else if (!m_access.canChange() && m_access.why.isEmpty())
        m_access = Access::decide(config, true);
    qRegisterMetaType<model::HostStatus>();
    qRegisterMetaType<model::HostSnapshot>();
    qRegisterMetaType<model::LifecycleEvent>();
    qRegisterMetaType<model::LogEntry>();
    qRegisterMetaType<model::VmAction>();
    lv::ensureEventLoop();

    m_jobs = std::make_unique<jobs::JobTracker>();
    if (!m_access.canChange()) {
        m_jobs->refuseChanges(m_access.refusal());
        if (journal && !journal->isReadOnly())
            journal.reset(); // closed: this fleet only reads it
    }
    m_journal = journal ? std::move(journal) : openJournal(config, m_access);
    if (m_access.canChange() && m_journal->key()) {
        m_audit = std::make_unique<audit::Trail>(auditPath(config), m_journal->sharedKey());
        connect(m_audit.get(), &audit::Trail::failed, this, [this](const QString &error) {
            m_inventory->log(model::LogEntry::Severity::Error, -1, {},
                             tr("%1. Actions go on, but are no longer recorded in the audit trail: free the disk, "
                                "then restart the console.").arg(error));
        });
    }
    Q_ASSERT(m_journal->thread() == thread());
    m_storage = std::make_unique<storage::StorageMonitor>(config);
    m_probes = std::make_unique<probes::ProbeHub>(config);
    m_inventory = std::make_unique<model::Inventory>(std::move(config));
    m_sessions = std::make_unique<SessionPool>(m_inventory.get(), m_probes.get(), !m_access.canChange(), m_journal->sharedKey());
    for (const config::Cloud &c : m_inventory->config().clouds) {
        auto source = std::make_unique<cloud::CloudSource>(c, m_inventory.get());
        if (!source->hosts().isEmpty())
            m_clouds.push_back(std::move(source));
    }
    auditJobs();
    m_moves = std::make_unique<MigrationService>(m_inventory.get(), m_jobs.get(), m_probes.get(),
                                                 [sessions = m_sessions.get()](int host) { sessions->refresh(host); });
    m_moves->setCloudMove([this](int fromHost, const jobs::MoveJob::Target &t, const jobs::MigrationOptions &o, bool rebuild) -> std::unique_ptr<jobs::MoveJob> {
        cloud::CloudSource *c = cloudOf(fromHost);
        if (rebuild)
            return std::make_unique<cloud::NovaEvacuateJob>(t, o, c);
        return std::make_unique<cloud::NovaMigrationJob>(t, o, c ? c->client() : nullptr);
    });
    m_timelineFeed = std::make_unique<TimelineFeed>(m_probes->timeline(), m_jobs.get(), m_inventory.get(), m_storage.get());
    m_recoveries = std::make_unique<RecoveryFollower>(
        m_inventory.get(), m_journal.get(), m_jobs.get(),
        [this](int host, const QString &uuid, model::VmAction action) { return requestVmAction(host, uuid, action); });
    m_recoveries->setReadOnly(!m_access.canChange());
    connect(m_recoveries.get(), &RecoveryFollower::leftoverHandled, this, &Fleet::leftoverHandled);
    connect(m_recoveries.get(), &RecoveryFollower::cleanupsDone, this, &Fleet::cleanupsDone);
    m_alarms = std::make_unique<alarms::AlarmBook>(m_journal.get());
    m_alarmWatch = std::make_unique<AlarmWatch>(m_alarms.get(), m_inventory.get(), m_probes.get(), m_storage.get(),
                                                m_jobs.get(), &m_journal->replay());
    // A site cut off (or back) is one line in the log, not only a red host per host.
    m_siteCutOff.fill(false, m_inventory->siteCount());
    auto followCutOff = [this] {
        // Cheap when no link is cut and no site is cut off: no counting (this runs on every host report).
        bool anyCut = std::find(m_siteCutOff.cbegin(), m_siteCutOff.cend(), true) != m_siteCutOff.cend();
        for (int l = 0; !anyCut && l < m_inventory->config().links.size(); ++l)
            anyCut = m_probes->linkState(l).cut;
        if (!anyCut)
            return;
        for (int site = 0; site < m_inventory->siteCount(); ++site) {
            const SiteStatus st = siteStatus(*m_inventory, m_probes.get(), site);
            if (std::exchange(m_siteCutOff[site], st.cutOff) == st.cutOff)
                continue;
            const QString name = m_inventory->site(site).name;
            if (st.cutOff)
                m_inventory->log(model::LogEntry::Severity::Error, -1, {},
                                 tr("%1: its hosts cannot be told dead from alive from here; their VMs show as last seen. "
                                    "No recovery without a fence that succeeds.").arg(cutOffText(*m_inventory, st, site)));
            else
                m_inventory->log(model::LogEntry::Severity::Info, -1, {}, tr("%1 is no longer cut off").arg(name));
        }
    };
    connect(m_inventory.get(), &model::Inventory::hostChanged, this, followCutOff);
    connect(m_probes.get(), &probes::ProbeHub::linkStateChanged, this, followCutOff);
    // A WAN link back from a cut: the far site's hosts are asked again at once, not at the next
    // step of their backoff (which may be a minute away after a long cut).
    m_linkWasCut.fill(false, m_inventory->config().links.size());
    connect(m_probes.get(), &probes::ProbeHub::linkStateChanged, this, [this](int link) {
        const bool cut = m_probes->linkState(link).cut;
        const bool was = std::exchange(m_linkWasCut[link], cut);
        if (!was || cut)
            return;
        const auto &l = m_inventory->config().links[link];
        for (int h = 0; h < m_inventory->hostCount(); ++h) {
            const QString &site = m_inventory->host(h).site;
            if ((site == l.siteA || site == l.siteB) && m_inventory->hostStatus(h).state != model::HostState::Up)
                m_sessions->retryNow(h);
        }
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
    if (!m_journal->key() && !m_journal->keyProblem().isEmpty())
        QMetaObject::invokeMethod(this, [this] {
            m_inventory->log(m_access.canChange() ? Sev::Error : Sev::Warning, -1, {},
                             m_access.canChange()
                                 ? tr("No audit key (%1): actions are not recorded in the audit trail, and the journal's "
                                      "records and saved definitions are not authenticated. See docs/audit.md.").arg(m_journal->keyProblem())
                                 : tr("No audit key (%1): the journal's records are shown without being authenticated.")
                                       .arg(m_journal->keyProblem()));
        }, Qt::QueuedConnection);
    if (!m_journal->isWritable() && !m_journal->isReadOnly())
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
    m_recoveries.reset();
    m_jobs.reset(); // plans stop their reconciliation probes; migrations carry on in the daemons
    m_moves.reset();
    m_sessions.reset(); // every host thread at once
    m_clouds.clear();
}

void Fleet::start(bool watchStorage)
{
    if (watchStorage)
        m_storage->start();
    m_sessions->start();
    for (auto &c : m_clouds)
        c->start();
    m_alarmWatch->start();
}

void Fleet::evaluateAlarms()
{
    m_alarmWatch->evaluateNow();
}

bool Fleet::refusedToViewer(QString *error) const
{
    if (m_access.canChange())
        return false;
    if (error)
        *error = m_access.refusal();
    return true;
}

QString Fleet::actorName()
{
    const QJsonObject a = audit::Trail::actor();
    return a.value(QStringLiteral("user")).toString() + QLatin1Char('@') + a.value(QStringLiteral("machine")).toString();
}

bool Fleet::acknowledgeAlarm(const QString &key, const QString &comment, QString *error)
{
    if (refusedToViewer(error))
        return false;
    const alarms::Alarm *a = m_alarms->find(key);
    const QString text = a ? a->condition.text : QString();
    if (!m_alarms->acknowledge(key, actorName(), comment, error))
        return false;
    audit({QStringLiteral("alarm-ack"), key, comment, QStringLiteral("done"), tr("Acknowledged: %1").arg(text), {}});
    return true;
}

bool Fleet::shelveAlarm(const QString &key, const QDateTime &until, const QString &comment, QString *error)
{
    if (refusedToViewer(error))
        return false;
    if (!m_alarms->shelve(key, until, actorName(), comment, error))
        return false;
    audit({QStringLiteral("alarm-shelve"), key, comment, QStringLiteral("done"),
           tr("Shelved until %1").arg(until.toUTC().toString(Qt::ISODate)), {}});
    return true;
}

bool Fleet::unshelveAlarm(const QString &key, QString *error)
{
    if (refusedToViewer(error))
        return false;
    if (!m_alarms->unshelve(key, actorName(), error))
        return false;
    audit({QStringLiteral("alarm-unshelve"), key, {}, QStringLiteral("done"), tr("Unshelved"), {}});
    return true;
}

void Fleet::startProbes()
{
    const auto &cfg = m_inventory->config();
    if (cfg.probes.intervalMs <= 0 || m_probesStarted)
        return;
    m_probesStarted = true;
    m_probes->start();
    if (cfg.probes.service)
        m_sessions->setServiceProbe(cfg.probes.intervalMs);
    m_moves->startSampling(cfg.probes.intervalMs);
}

bool Fleet::startLinkProbes()
{
    const auto &cfg = m_inventory->config();
    if (cfg.probes.intervalMs <= 0 || !cfg.probes.replay.isEmpty() || m_probesStarted)
        return false;
    bool any = false;
    for (const auto &l : cfg.links)
        any = any || !l.probes.isEmpty();
    if (any) {
        m_probesStarted = true;
        m_probes->start(false);
    }
    return any;
}

bool Fleet::linksSettled() const
{
    const auto &cfg = m_inventory->config();
    if (!m_probesStarted || !cfg.probes.replay.isEmpty())
        return true;
    for (int l = 0; l < cfg.links.size(); ++l) {
        const auto &st = m_probes->linkState(l);
        if (!cfg.links[l].probes.isEmpty() && (!st.measured || (!st.cut && st.loss >= 1.0f)))
            return false; // not measured yet, or every echo lost but not long enough to call it cut
    }
    return true;
}

void Fleet::refreshAll()
{
    m_sessions->refreshAll();
}

void Fleet::refreshPools(int host)
{
    m_sessions->refreshPools(host);
}

jobs::VmActionJob *Fleet::requestVmAction(int host, const QString &uuid, model::VmAction action)
{
    const bool known = host >= 0 && host < m_inventory->hostCount();
    QString vmName = uuid;
    if (known)
        for (const auto &vm : m_inventory->vms(host))
            if (vm.uuid == uuid)
                vmName = vm.name;
    QString manager;
    if (known)
        for (const auto &vm : m_inventory->vms(host))
            if (vm.uuid == uuid)
                manager = jobs::managerOf(vm);
    auto *job = m_jobs->add(std::make_unique<jobs::VmActionJob>(host, known ? m_inventory->host(host).name : QString(),
                                                                 uuid, vmName, action, sender(host)));
    // Removing a definition another manager keeps is acting behind its back; powering it is not
    // (an operator may have to stop one), and the manager learns of it from libvirt's events.
    const bool removes = action == model::VmAction::Undefine || action == model::VmAction::UndefineStale;
    if (!manager.isEmpty() && removes)
        job->refuseOnStart(jobs::behindManagerText(manager));
    job->start();
    return job;
}

jobs::VmActionJob *Fleet::requestDefine(int host, const QString &name, const QString &definition)
{
    const bool known = host >= 0 && host < m_inventory->hostCount();
    auto job = std::make_unique<jobs::VmActionJob>(host, known ? m_inventory->host(host).name : QString(), QString(), name,
                                                   model::VmAction::Define, sender(host));
    job->setDefinition(definition);
    if (const QString manager = lv::domainManager(definition.toUtf8()); !manager.isEmpty())
        job->refuseOnStart(jobs::behindManagerText(manager));
    auto *raw = m_jobs->add(std::move(job));
    raw->start();
    return raw;
}

jobs::MoveJob *Fleet::launchMove(int fromHost, const QString &uuid, int toHost, const jobs::MigrationOptions &options,
                                 const QString &definition, QString *error)
{
    if (refusedToViewer(error))
        return nullptr;
    // A definition read back from the journal has its secrets sealed: opened with the key here.
    QString opened = definition;
    if (!definition.isEmpty() && m_journal->key()) {
        QString why;
        opened = audit::openSecrets(*m_journal->key(), definition, &why);
        if (opened.isNull()) {
            if (error)
                *error = why;
            return nullptr;
        }
    }
    // A cloud's server: through its cloud (MigrationService makes a NovaMigrationJob).
    if (cloudOf(fromHost) || cloudOf(toHost))
        return m_moves->launch(fromHost, uuid, toHost, options, opened, error);
    // Never behind another manager's back (Nova): not migrated, not restarted from its definition.
    QString manager = opened.isEmpty() ? QString() : lv::domainManager(opened.toUtf8());
    if (manager.isEmpty() && fromHost >= 0 && fromHost < m_inventory->hostCount())
        for (const auto &vm : m_inventory->vms(fromHost))
            if (vm.uuid == uuid)
                manager = jobs::managerOf(vm);
    if (!manager.isEmpty()) {
        if (error)
            *error = jobs::behindManagerText(manager);
        return nullptr;
    }
    return m_moves->launch(fromHost, uuid, toHost, options, opened, error);
}

jobs::CommandJob *Fleet::storageAction(int i, storage::StorageMonitor::Action action)
{
    auto command = std::make_unique<jobs::CommandJob>(storage::StorageMonitor::actionTitle(action, m_storage->storage(i).volume),
                                                      m_storage->actionCommand(i, action), 120000);
    command->setReadsOnly(action == storage::StorageMonitor::Action::SplitBrainFiles); // a listing
    auto *job = m_jobs->add(std::move(command));
    connect(job, &jobs::Job::ended, m_storage.get(), [storage = m_storage.get(), i] { storage->refresh(i); });
    job->start();
    return job;
}

bool Fleet::locateInCloud(int fromHost, int toHost, const QString &uuid, QObject *context, Located done)
{
    cloud::CloudSource *c = cloudOf(fromHost) ? cloudOf(fromHost) : cloudOf(toHost);
    if (!c)
        return false;
    c->locate(uuid, m_inventory->host(fromHost).name, m_inventory->host(toHost).name, context, std::move(done));
    return true;
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

jobs::MoveJob *Fleet::startMigration(int fromHost, const QString &uuid, int toHost,
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
    auto *job = qobject_cast<jobs::MoveJob *>(runner->job(0));
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
    if (raw->isFinished() && (raw->jobResult().error == jobs::JobError::Journal || raw->jobResult().error == jobs::JobError::ReadOnly)) {
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
    if (refusedToViewer(error))
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
    if (cloud::CloudSource *c = cloudOf(host)) {
        // A cloud's host: its compute service disabled (Nova places nothing there) or enabled again.
        const QString name = m_inventory->host(host).name;
        // Enabled again also clears a forced-down left by a recovery (one update: two at once race in Nova).
        c->setServiceEnabled(name, !on, QStringLiteral("hawan: maintenance by %1").arg(actorName()), this,
                             [this, host, name, on](bool ok, const QString &why) {
                                 if (!ok)
                                     Q_EMIT cloudRefused(host, why);
                                 m_inventory->log(ok ? model::LogEntry::Severity::Info : model::LogEntry::Severity::Error, host, {},
                                                  ok ? (on ? tr("%1: compute service disabled in Nova").arg(name) : tr("%1: compute service enabled in Nova").arg(name))
                                                     : tr("%1: Nova did not %2 its compute service: %3").arg(name, on ? tr("disable") : tr("enable"), why));
                             });
    }
    audit({on ? QStringLiteral("maintenance-on") : QStringLiteral("maintenance-off"), m_inventory->host(host).name, {},
           QStringLiteral("done"), on ? tr("In maintenance: receives no new VMs") : tr("Out of maintenance"), {}});
    return true;
}

void Fleet::audit(const audit::Entry &entry) const
{
    if (m_audit)
        m_audit->append(entry);
}

void Fleet::auditJobs()
{
    // Every job started on its own (a plan, a migration, a VM action, a drill…) is recorded when it
    // starts and when it ends; so is a fence, which a recovery runs as a step of its own. Whether a
    // job stands on its own is known once its starter has attached it: looked at just after.
    auto isOwn = [](jobs::Job *job) { return !job->parentJob() || job->auditKind() == QLatin1String("fence"); };
    connect(m_jobs.get(), &jobs::JobTracker::jobAdded, this, [this, isOwn](jobs::Job *job) {
        if (!m_audit || job->effect() != jobs::Job::Effect::Changes)
            return;
        auto detail = [](jobs::Job *j) { return QJsonObject{{QStringLiteral("job"), QString::number(j->id())}}; };
        connect(job, &jobs::Job::started, this, [this, isOwn, detail](jobs::Job *j) {
            QMetaObject::invokeMethod(this, [this, isOwn, detail, j = QPointer<jobs::Job>(j)] {
                if (j && isOwn(j) && j->auditStart())
                    audit({j->auditKind(), j->auditSubject(), j->auditWhy(), QStringLiteral("started"), j->title(), detail(j)});
            }, Qt::QueuedConnection);
        });
        connect(job, &jobs::Job::ended, this, [this, isOwn, detail](jobs::Job *j) {
            if (!isOwn(j) || !j->auditEnd())
                return;
            const auto &r = j->jobResult();
            QJsonObject d = detail(j);
            if (r.error != jobs::JobError::None)
                d.insert(QStringLiteral("error"), QString::fromLatin1(jobs::jobErrorId(r.error)));
            d.insert(QStringLiteral("duration_ms"), double(r.durationMs));
            audit({j->auditKind(), j->auditSubject(), j->auditWhy(),
                   r.outcome == jobs::JobOutcome::Succeeded ? QStringLiteral("succeeded")
                       : r.outcome == jobs::JobOutcome::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                   j->title() + (r.message.isEmpty() ? QString() : QStringLiteral(": ") + r.message), d});
        });
        connect(job, &jobs::Job::controlRequested, this, [this, isOwn, detail](jobs::Job *j, const QString &verb) {
            if (isOwn(j))
                audit({verb, j->auditSubject(), {}, QStringLiteral("asked"), j->title(), detail(j)});
        });
    });
}

jobs::PlanEnvironment::Load Fleet::hostLoad(int host) const { return m_moves->hostLoad(host); }
jobs::PlanEnvironment::Load Fleet::linkLoad(int link) const { return m_moves->linkLoad(link); }
int Fleet::cleanupsPending() const { return m_recoveries->cleanupsPending(); }
cloud::CloudSource *Fleet::cloudOf(int host) const
{
    for (const auto &c : m_clouds)
        if (c->hosts().contains(host))
            return c.get();
    return nullptr;
}

int Fleet::cloudCallsPending() const
{
    int n = 0;
    for (const auto &c : m_clouds)
        n += c->client()->pending();
    return n;
}

jobs::VmActionJob::Send Fleet::sender(int host) const
{
    if (auto *c = cloudOf(host))
        return c->sender(host);
    return m_sessions->sender(host);
}

quint64 Fleet::remoteCalls(int host) const { return m_sessions->remoteCalls(host); }
quint64 Fleet::ticks(int host) const { return m_sessions->ticks(host); }

} // namespace hawan::core
