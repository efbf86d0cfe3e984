#include "ha/watcher.h"

#include "core/fleet.h"
#include "core/sitestatus.h"
#include "jobs/commandjob.h"
#include "jobs/lease.h"
#include "jobs/planrunner.h"
#include "model/inventory.h"
#include "util/async.h"

#include <QJsonArray>

#include <algorithm>
#include <thread>

namespace hawan::ha {

namespace {
constexpr int kWitnessLimitMs = 30000;
constexpr int kEventsKept = 200;
constexpr int kEventsInLease = 12;
} // namespace

WatcherStatus watcherStatus(const config::Config &config)
{
    WatcherStatus st;
    const auto holder = jobs::Lease::holder(jobs::leaseDirectory(config), Watcher::leaseName(), &st.error);
    if (!holder)
        return st;
    st.acting = true;
    st.holder = *holder;
    const QDateTime beat = QDateTime::fromString(holder->detail.value(QStringLiteral("beat")).toString(), Qt::ISODate);
    st.silentS = beat.isValid() ? beat.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    return st;
}

Watcher::Watcher(core::Fleet *fleet, QObject *parent) : Job(parent), m_fleet(fleet), m_ops(fleet)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &Watcher::tick);
    m_retry.setInterval(kStandbyRetryMs);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Watcher::takeLease);
    m_beat.setInterval(kHeartbeatMs);
    connect(&m_beat, &QTimer::timeout, this, &Watcher::heartbeat);
}

Watcher::~Watcher()
{
    // Closing the lease's file may block on a hung mount: let it go on a thread of its own.
    if (m_lease)
        std::thread([l = std::move(m_lease)]() mutable { l.reset(); }).detach();
}

QString Watcher::title() const
{
    return tr("HA watcher");
}

void Watcher::setRole(Role role)
{
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT roleChanged();
}

void Watcher::note(bool alarm, int host, const QString &text)
{
    auto *inv = m_fleet->inventory();
    Event e{QDateTime::currentDateTimeUtc(), alarm, host >= 0 ? inv->host(host).name : QString(), text};
    m_events.append(e);
    if (m_events.size() > kEventsKept)
        m_events.remove(0, m_events.size() - kEventsKept);
    inv->log(alarm ? model::LogEntry::Severity::Warning : model::LogEntry::Severity::Info, host, {}, tr("HA: %1").arg(text));
    if (m_role == Role::Acting)
        m_fleet->journal()->writeNote(QStringLiteral("ha"), text);
    Q_EMIT eventAdded(e);
}

void Watcher::doStart()
{
    setJobProgress({tr("taking the watcher's lease"), 0, 0, 0, 0, 0, 0, -1});
    takeLease();
}

void Watcher::takeLease()
{
    if (isCancelRequested())
        return;
    auto *take = new jobs::LeaseJob(jobs::leaseDirectory(m_fleet->inventory()->config()), leaseName(), tr("the HA watcher"), this);
    connect(take, &Job::ended, this, [this, take] {
        take->deleteLater();
        if (isCancelRequested())
            return;
        if (take->jobResult().succeeded()) {
            m_lease = std::shared_ptr<jobs::Lease>(take->takeLease());
            becomeActing();
            return;
        }
        const QString holder = take->heldBy() ? take->heldBy()->describe() : QString();
        if (m_role != Role::Standby || holder != m_standbyHolder) {
            m_standbyHolder = holder;
            setRole(Role::Standby);
            note(!take->heldBy(), -1, take->heldBy() ? tr("standby: the acting watcher is %1").arg(holder) : take->jobResult().message);
            setJobProgress({take->heldBy() ? tr("standby: %1 acts").arg(holder) : tr("standby: %1").arg(take->jobResult().message),
                            0, 0, 0, 0, 0, 0, -1});
        }
        m_retry.start();
    });
    take->start();
}

void Watcher::becomeActing()
{
    m_actingSince = QDateTime::currentDateTimeUtc();
    setRole(Role::Acting);
    const auto &cfg = m_fleet->inventory()->config();
    note(false, -1, tr("acting: watching %n host(s); a host silent for %1 s is fenced and its HA VMs restarted elsewhere",
                       nullptr, int(cfg.hosts.size())).arg(cfg.ha.graceS));
    setJobProgress({tr("acting"), 0, 0, 0, 0, 0, 0, -1});
    resumeInterrupted();
    m_tick.start();
    m_beat.start();
    heartbeat();
}

void Watcher::resumeInterrupted()
{
    const auto &cfg = m_fleet->inventory()->config();
    for (const jobs::JournaledPlan *p : m_fleet->interruptedPlans()) {
        const QString id = p->plan.id;
        if (p->plan.kind != jobs::Plan::Kind::Recover) {
            note(false, -1, tr("%1 (plan %2) is open in the journal: an operator resumes or aborts it").arg(p->plan.title(), id));
            continue;
        }
        const int host = cfg.hostIndex(p->plan.subject);
        const QString elsewhere = jobs::Journal::ownerMachineElsewhere(p->owner);
        if (!elsewhere.isEmpty()) {
            note(true, host, tr("the recovery of %1 (plan %2) was started on %3, which may still run it: left alone").arg(p->plan.subject, id, elsewhere));
            if (host >= 0)
                m_handled.insert(host, id);
            continue;
        }
        QString error;
        jobs::PlanRunner *runner = m_fleet->resumePlan(id, p->options, &error);
        if (!runner) {
            note(true, host, tr("cannot finish the recovery of %1 (plan %2): %3").arg(p->plan.subject, id, error));
            continue;
        }
        note(true, host, p->fenced.isEmpty() ? tr("finishing the recovery of %1 left open (plan %2)").arg(p->plan.subject, id)
                                             : tr("finishing the recovery of %1 left open (plan %2); fenced already: %3")
                                                   .arg(p->plan.subject, id, p->fenced));
        if (host >= 0) {
            m_handled.insert(host, id);
            m_plans.insert(host, runner);
        }
        const QString name = p->plan.subject;
        connect(runner, &Job::ended, this, [this, runner, host, name] {
            note(!runner->jobResult().succeeded(), host, tr("recovery of %1: %2").arg(name, runner->jobResult().message));
        });
    }
}

QString Watcher::cloudMigrationFrom(int host) const
{
    const auto *inv = m_fleet->inventory();
    if (inv->host(host).cloud.isEmpty())
        return {};
    QStringList names;
    for (const auto &vm : inv->vms(host))
        if (vm.cloudTask == QLatin1String("migrating"))
            names << vm.name;
    return names.join(QStringLiteral(", "));
}

qint64 Watcher::silentForS(int host)
{
    const auto &st = m_fleet->inventory()->hostStatus(host);
    if (st.state != model::HostState::Unreachable) {
        if (st.state == model::HostState::Up)
            m_firstSilent.remove(host);
        return -1; // answering, or not asked yet (connecting)
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime last = st.lastUpdate;
    if (!last.isValid()) {
        if (!m_firstSilent.contains(host))
            m_firstSilent.insert(host, now);
        last = m_firstSilent.value(host);
    }
    // The grace always runs in full under this watcher: a sample hours old (a host down since
    // before it started, or the last one another watcher saw) does not make it act at once.
    return std::max(last, m_actingSince).secsTo(now);
}

void Watcher::tick()
{
    if (m_role != Role::Acting)
        return;
    auto *inv = m_fleet->inventory();
    const auto &cfg = inv->config();
    for (int h = 0; h < inv->hostCount(); ++h)
        if (inv->hostStatus(h).state == model::HostState::Up && m_handled.contains(h)) {
            note(false, h, tr("%1 answers again").arg(inv->host(h).name));
            m_handled.remove(h);
            m_firstSilent.remove(h);
            m_partitionSaid.remove(cfg.siteIndex(inv->host(h).site));
        }
    for (int s = 0; s < cfg.sites.size(); ++s) {
        const QVector<int> hosts = cfg.hostsOfSite(s);
        QVector<int> silent;
        bool anyAnswers = false;
        for (int h : hosts) {
            if (inv->hostStatus(h).state == model::HostState::Up)
                anyAnswers = true;
            if (silentForS(h) < cfg.ha.graceS || m_handled.contains(h))
                continue;
            // A cloud's compute host that Nova counts down while it migrates a server away: the
            // lab's Zed compute stops its heartbeat for the length of a live migration, so the
            // silence is no proof of death. Never fenced for it; said once, left to an operator.
            const QString moving = cloudMigrationFrom(h);
            if (!moving.isEmpty()) {
                if (!m_cloudMovingSaid.contains(h)) {
                    m_cloudMovingSaid.insert(h);
                    note(true, h, tr("%1: Nova counts its compute service down while it live-migrates %2; not recovered while that runs (recover by hand if the host is really dead)")
                                      .arg(inv->host(h).name, moving));
                }
                continue;
            }
            m_cloudMovingSaid.remove(h);
            silent << h;
        }
        if (silent.isEmpty())
            continue;
        const bool cut = core::hostCutOff(*inv, m_fleet->probes(), silent.first());
        if (!anyAnswers || cut) {
            siteSilent(s, silent);
            continue;
        }
        for (int h : silent)
            recover(h, tr("unreachable for %1 s while %2's other hosts answer").arg(silentForS(h)).arg(cfg.sites[s].name));
    }
}

void Watcher::siteSilent(int site, const QVector<int> &hosts)
{
    const auto &cfg = m_fleet->inventory()->config();
    const QString name = cfg.sites[site].name;
    if (cfg.ha.witness.isEmpty()) {
        for (int h : hosts)
            m_handled.insert(h, QStringLiteral("partition"));
        if (m_partitionSaid.contains(site))
            return; // said once for this silence: a host reaching the grace later joins it quietly
        m_partitionSaid.insert(site);
        note(true, -1, tr("PARTITION? every host of %1 fell silent at once (or its link is cut): from here a partition cannot be "
                          "told from the loss of the site, so nothing is fenced or restarted. An operator decides; or set [ha] "
                          "witness so that this side may act when the witness agrees.").arg(name));
        return;
    }
    askWitness(site, hosts);
}

void Watcher::askWitness(int site, const QVector<int> &hosts)
{
    if (m_witnessAsked.value(site))
        return;
    m_witnessAsked.insert(site, true);
    const auto &cfg = m_fleet->inventory()->config();
    const QString name = cfg.sites[site].name;
    auto *witness = m_fleet->jobs()->add(std::make_unique<jobs::CommandJob>(tr("HA witness for %1").arg(name),
                                                                           cfg.ha.witness + QStringList{name}, kWitnessLimitMs));
    addSubjob(witness);
    note(true, -1, tr("every host of %1 fell silent at once: asking the witness whether this side may act").arg(name));
    connect(witness, &Job::ended, this, [this, witness, site, hosts, name] {
        m_witnessAsked.insert(site, false);
        if (!witness->jobResult().succeeded()) {
            for (int h : hosts)
                m_handled.insert(h, QStringLiteral("partition"));
            note(true, -1, tr("PARTITION: the witness does not let this side act for %1 (%2): nothing is fenced or restarted")
                               .arg(name, witness->jobResult().message));
            return;
        }
        note(true, -1, tr("the witness lets this side act for %1 (%2)").arg(name, witness->output()));
        for (int h : hosts)
            recover(h, tr("%1 silent as a whole; the witness agreed").arg(name));
    });
    witness->start();
}

void Watcher::recover(int host, const QString &why)
{
    auto *inv = m_fleet->inventory();
    const QString name = inv->host(host).name;
    if (inv->inMaintenance(host)) {
        m_handled.insert(host, QStringLiteral("maintenance"));
        note(false, host, tr("%1 is silent (%2) but in maintenance: left to the operator").arg(name, why));
        return;
    }
    if (auto open = m_ops.openPlanFor(name)) {
        m_handled.insert(host, open->planId);
        note(true, host, tr("%1 is silent (%2): %3").arg(name, why, open->text));
        return;
    }
    core::Proposal proposal;
    if (auto refusal = m_ops.recovery(host, &proposal)) {
        m_handled.insert(host, refusal->text);
        note(true, host, tr("%1 is silent (%2) but is not recovered: %3").arg(name, why, refusal->text));
        return;
    }
    const jobs::Plan plan = haPlan(proposal);
    if (plan.moves.isEmpty()) {
        m_handled.insert(host, QStringLiteral("no HA VM"));
        note(false, host, tr("%1 is silent (%2): none of its VMs has a restart policy, so it is not fenced").arg(name, why));
        return;
    }
    note(true, host, tr("%1 is silent (%2): fencing it, then restarting %n HA VM(s) elsewhere", nullptr, int(plan.moves.size()))
                         .arg(name, why));
    QString error;
    jobs::PlanRunner *runner = m_ops.run(proposal, plan, m_fleet->defaultPlanOptions(), &error);
    if (!runner) {
        m_handled.insert(host, error);
        note(true, host, tr("the recovery of %1 did not start: %2").arg(name, error));
        return;
    }
    m_fleet->journal()->writeNote(runner->plan().id, tr("HA watcher: %1 silent (%2)").arg(name, why));
    m_handled.insert(host, runner->plan().id);
    m_plans.insert(host, runner);
    auto warned = std::make_shared<bool>(false);
    connect(runner, &Job::progressed, this, [this, runner, host, warned] {
        // A fence that failed pauses the plan: nothing is restarted until an operator acts.
        if (runner->isPaused() && !*warned) {
            *warned = true;
            note(true, host, tr("the recovery of %1 waits for an operator: %2").arg(runner->plan().subject, runner->waitingFor()));
        }
    });
    connect(runner, &Job::ended, this, [this, runner, host, name] {
        note(!runner->jobResult().succeeded(), host, tr("recovery of %1: %2").arg(name, runner->jobResult().message));
    });
}

jobs::Plan Watcher::haPlan(const core::Proposal &proposal) const
{
    const auto *inv = m_fleet->inventory();
    const auto &cfg = inv->config();
    const jobs::Plan &full = proposal.plan;
    jobs::Plan plan = full;
    plan.moves.clear();
    jobs::Planner planner(*inv);
    QHash<int, quint64> given; // memory placed on a host by a replaced destination
    QVector<std::pair<int, jobs::PlannedMove>> keep;
    const int subject = cfg.hostIndex(full.subject);
    for (jobs::PlannedMove m : full.moves) {
        const config::HaPolicy *policy = cfg.ha.policyFor(m.vmName);
        if (!policy || !policy->restart) {
            plan.blocked.push_back({m.vmUuid, m.vmName, m.from,
                                    policy ? tr("its HA policy says not to restart it: left for the operator")
                                           : tr("no HA policy matches it: left for the operator")});
            continue;
        }
        if (policy->avoid.contains(m.to)) {
            int best = -1;
            quint64 bestFree = 0;
            for (int h = 0; h < inv->hostCount(); ++h) {
                if (h == subject || proposal.excluded.contains(h) || policy->avoid.contains(inv->host(h).name)
                    || !planner.eligibleDestination(h, nullptr, true))
                    continue;
                const quint64 free = planner.freeMemoryKiB(h) - std::min(planner.freeMemoryKiB(h), given.value(h));
                if (free >= m.memoryKiB && free > bestFree) {
                    best = h;
                    bestFree = free;
                }
            }
            if (best < 0) {
                plan.blocked.push_back({m.vmUuid, m.vmName, m.from,
                                        tr("every host that could take it is avoided by its HA policy, or full")});
                continue;
            }
            given[best] += m.memoryKiB;
            m.why = tr("HA policy: not on %1").arg(policy->avoid.join(QStringLiteral(", ")));
            m.to = inv->host(best).name;
            m.crossesWan = inv->host(best).site != inv->host(subject).site;
        }
        keep.append({policy->priority, m});
    }
    std::stable_sort(keep.begin(), keep.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &k : keep)
        plan.moves.append(k.second);
    return plan;
}

void Watcher::heartbeat()
{
    if (!m_lease || m_beating)
        return;
    m_beating = true;
    auto *inv = m_fleet->inventory();
    QJsonArray hosts, events;
    for (int h = 0; h < inv->hostCount(); ++h)
        hosts.append(QJsonObject{{QStringLiteral("name"), inv->host(h).name},
                                 {QStringLiteral("state"), model::hostStateId(inv->hostStatus(h).state)},
                                 {QStringLiteral("handled"), m_handled.value(h)}});
    for (qsizetype i = std::max<qsizetype>(0, m_events.size() - kEventsInLease); i < m_events.size(); ++i)
        events.append(QJsonObject{{QStringLiteral("at"), m_events[i].at.toString(Qt::ISODate)},
                                  {QStringLiteral("alarm"), m_events[i].alarm},
                                  {QStringLiteral("host"), m_events[i].host},
                                  {QStringLiteral("text"), m_events[i].text}});
    const QJsonObject detail{{QStringLiteral("role"), QStringLiteral("acting")},
                             {QStringLiteral("beat"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             {QStringLiteral("grace_s"), inv->config().ha.graceS},
                             {QStringLiteral("hosts"), hosts},
                             {QStringLiteral("events"), events}};
    util::runDetached(tr("HA heartbeat"), this,
                      [lease = m_lease, detail] {
                          QString error;
                          lease->update(detail, &error);
                          return error;
                      },
                      [this](const QString &error) {
                          m_beating = false;
                          if (!error.isEmpty())
                              note(true, -1, error);
                      });
}

void Watcher::doCancel()
{
    m_tick.stop();
    m_retry.stop();
    m_beat.stop();
    if (m_lease)
        std::thread([l = std::move(m_lease)]() mutable { l.reset(); }).detach();
    finish({jobs::JobOutcome::Cancelled, jobs::JobError::None,
            tr("stopped: the watcher's lease is let go (a standby watcher takes over); a recovery it started is finished by "
               "the next watcher, from the journal"), 0});
}

} // namespace hawan::ha
