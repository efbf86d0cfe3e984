#include "core/migrationservice.h"

#include "jobs/plan.h"

#include "jobs/jobtracker.h"
#include "jobs/migrationjob.h"
#include "jobs/restartjob.h"
#include "model/inventory.h"
#include "probes/probehub.h"

#include <QTimer>

#include <algorithm>

namespace hawan::core {

MigrationService::MigrationService(model::Inventory *inventory, jobs::JobTracker *tracker, probes::ProbeHub *probes,
                                   std::function<void(int)> refreshHost, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_tracker(tracker), m_probes(probes), m_refreshHost(std::move(refreshHost))
{
}

jobs::MoveJob *MigrationService::launch(int fromHost, const QString &uuid, int toHost, const jobs::MigrationOptions &options,
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
    const QString cloud = hosts[fromHost].cloud;
    if (!cloud.isEmpty() || !hosts[toHost].cloud.isEmpty()) {
        // A cloud's server moves through its cloud, to another compute host of that cloud.
        if (hosts[toHost].cloud != cloud)
            return failWith(cloud.isEmpty() ? tr("%1 is a compute host of cloud '%2': only its servers go there, through Nova").arg(hosts[toHost].name, hosts[toHost].cloud)
                                            : tr("%1 is not a compute host of cloud '%2': Nova moves its servers only between its own hosts").arg(hosts[toHost].name, cloud));
        if (restart && definition != QLatin1String(jobs::kCloudRebuild))
            return failWith(tr("a cloud's server is recovered by Nova's evacuate, not restarted from a domain definition"));
        if (!m_cloudMove)
            return failWith(tr("no cloud source for cloud '%1'").arg(cloud));
    } else if (hosts[toHost].migrationUri.isEmpty() && !restart)
        return failWith(tr("%1 has no migration_uri: the source daemon needs an address to reach it "
                           "(see docs/configuration.md)").arg(hosts[toHost].name));
    QString vmName = uuid;
    for (const auto &vm : m_inventory->vms(fromHost))
        if (vm.uuid == uuid)
            vmName = vm.name;
    const jobs::MoveJob::Target t{uuid, vmName, hosts[fromHost].name, hosts[fromHost].uri,
                                  hosts[toHost].name, hosts[toHost].uri, hosts[toHost].migrationUri};
    jobs::MoveJob *raw = nullptr;
    if (!cloud.isEmpty()) {
        raw = m_tracker->add(m_cloudMove(fromHost, t, options, restart));
    } else if (restart) {
        auto job = std::make_unique<jobs::RestartJob>(t, definition, options);
        QVector<QPair<QString, QString>> ask;
        for (int h = 0; h < hosts.size(); ++h)
            if (h != fromHost && h != toHost && m_inventory->hostStatus(h).state == model::HostState::Up)
                ask.append({hosts[h].name, hosts[h].uri});
        job->setHostsToAsk(std::move(ask));
        QStringList lockspaces;
        for (const auto &st : m_inventory->config().storage)
            if (!st.lockspaceDir.isEmpty())
                lockspaces << st.lockspaceDir;
        job->setLockspaces(std::move(lockspaces));
        raw = m_tracker->add(std::move(job));
    } else {
        raw = m_tracker->add(std::make_unique<jobs::MigrationJob>(t, options));
    }
    m_running << raw;
    // Both hosts' views change when it ends: refresh them at once rather than at the next tick.
    connect(raw, &jobs::MoveJob::finished, this, [this, raw, fromHost, toHost] {
        m_running.removeOne(raw);
        m_refreshHost(fromHost);
        m_refreshHost(toHost);
        const int link = linkOf(raw);
        rebalance(link);
        // A migration shorter than a sampling interval still shows on the stream graph: its
        // average rate counts for the interval it ended in.
        const auto &r = raw->result();
        if (link >= 0 && link < m_streamPeakBps.size() && r.durationMs > 0 && r.bytesSent > 0)
            m_streamPeakBps[link] = std::max(m_streamPeakBps[link], double(r.bytesSent) * 1000.0 / double(r.durationMs));
    });
    // Shares follow who is copying: re-split as progress comes in (cheap: a flag per job).
    connect(raw, &jobs::MoveJob::progressChanged, this, [this, raw] {
        const int link = linkOf(raw);
        rebalance(link);
        if (link >= 0 && link < m_streamPeakBps.size())
            m_streamPeakBps[link] = std::max(m_streamPeakBps[link], linkStreamBps(link));
    });
    rebalance(linkOf(raw));
    return raw;
}

namespace {
template<typename Pred>
jobs::PlanEnvironment::Load loadOf(const QList<jobs::MoveJob *> &running, Pred counts)
{
    jobs::PlanEnvironment::Load l;
    for (const jobs::MoveJob *j : running)
        if (counts(j)) {
            ++l.all;
            l.holding += j->handingOver() ? 0 : 1;
        }
    return l;
}
} // namespace

jobs::PlanEnvironment::Load MigrationService::hostLoad(int host) const
{
    const QString name = m_inventory->host(host).name;
    return loadOf(m_running, [&](const jobs::MoveJob *j) { return j->target().sourceHost == name || j->target().destHost == name; });
}

int MigrationService::linkOf(const jobs::MoveJob *job) const
{
    const auto &cfg = m_inventory->config();
    const int a = cfg.hostIndex(job->target().sourceHost), b = cfg.hostIndex(job->target().destHost);
    if (a < 0 || b < 0)
        return -1;
    return cfg.linkBetween(cfg.hosts[a].site, cfg.hosts[b].site);
}

jobs::PlanEnvironment::Load MigrationService::linkLoad(int link) const
{
    if (link < 0)
        return {};
    return loadOf(m_running, [&](const jobs::MoveJob *j) { return linkOf(j) == link; });
}

// One bandwidth budget per WAN link, split between the migrations crossing it, in whole MiB/s
// (libvirt's unit), the remainder spread so the shares add up to the budget. The takers are those
// copying and those about to (setting up, nothing sent yet, so their cap is in place when they
// start: the source daemon may not take a new one for a while then). One switching over (nothing
// left to copy) sends little: its share goes to the others. Never more than the budget in all:
// our own migrations' surplus would queue on the link ahead of the switch-over's last pages and
// handshake, and stretch the guests' downtime (seen: 1.8 s instead of 0.5 s).
void MigrationService::rebalance(int link)
{
    if (link < 0)
        return;
    // Restarts send nothing across the link: only migrations share its budget.
    std::vector<jobs::MigrationJob *> running, takers;
    for (jobs::MoveJob *move : std::as_const(m_running)) {
        auto *j = qobject_cast<jobs::MigrationJob *>(move);
        if (!j || linkOf(j) != link)
            continue;
        running.push_back(j);
        if (!jobs::MoveJob::switchingOver(j->progress()))
            takers.push_back(j);
    }
    if (running.empty())
        return;
    if (takers.empty())
        takers = running;
    const quint64 budgetMiBs = std::max<quint64>(1, quint64(double(m_inventory->config().links[link].budgetMbit()) * 1e6 / 8.0 / 1048576.0));
    const quint64 k = takers.size(), base = std::max<quint64>(1, budgetMiBs / k), extra = budgetMiBs > base * k ? budgetMiBs - base * k : 0;
    for (size_t i = 0; i < takers.size(); ++i)
        takers[i]->setLinkShare(base + (i < extra ? 1 : 0));
    // Those switching over keep a small share for their last pages (within the budget's rounding).
    for (auto *j : running)
        if (std::find(takers.begin(), takers.end(), j) == takers.end())
            j->setLinkShare(std::max<quint64>(1, budgetMiBs / (k + 1)));
}

void MigrationService::startSampling(int intervalMs)
{
    if (m_sampling || intervalMs <= 0)
        return;
    m_sampling = true;
    m_streamPeakBps.fill(0.0, m_inventory->config().links.size());
    auto *timer = new QTimer(this);
    timer->setInterval(intervalMs);
    connect(timer, &QTimer::timeout, this, &MigrationService::sample);
    timer->start();
}

double MigrationService::linkStreamBps(int link) const
{
    double bps = 0;
    for (const jobs::MoveJob *job : m_running)
        if (linkOf(job) == link)
            bps += double(job->progress().memoryBps);
    return bps;
}

void MigrationService::sample()
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

} // namespace hawan::core
