// The planner: where each VM of an evacuation, a recovery or a return goes (capacity, maintenance,
// anti-affinity, storage each destination sees). The plan itself, and its ids, are in plan.cpp.
#include "jobs/plan.h"

#include <QHash>

#include <algorithm>

namespace hawan::jobs {

QString managerOf(const model::VmInfo &vm)
{
    // Read off the definition by the host's session (and kept in the saved list of its VMs).
    return vm.managedBy;
}

QString behindManagerText(const QString &manager)
{
    return Planner::tr("managed by %1: Hawan does not move, restart, define or remove it through libvirt, behind %1's back "
                       "(its records of where the VM runs would go wrong). Act through %1 (for OpenStack: openstack server "
                       "migrate --live-migration, or server evacuate) until this console has the cloud as a source.")
        .arg(manager);
}

using model::VmState;

QSet<int> Planner::maintenanceAnd(const model::Inventory &inventory, const QVector<int> &sources)
{
    QSet<int> out(sources.begin(), sources.end());
    for (int h = 0; h < inventory.hostCount(); ++h)
        if (inventory.inMaintenance(h))
            out.insert(h);
    return out;
}

quint64 Planner::freeMemoryKiB(int host) const
{
    const quint64 total = m_inv.hostStatus(host).node.memoryKiB;
    const quint64 used = m_inv.hostSnapshot(host).vmMemoryKiB + reserveKiB;
    return total > used ? total - used : 0;
}

bool Planner::eligibleDestination(int host, QString *why, bool restart) const
{
    auto no = [why](const QString &w) {
        if (why)
            *why = w;
        return false;
    };
    const auto &h = m_inv.host(host);
    if (m_excluded.contains(host))
        return no(tr("%1 is in maintenance or being emptied").arg(h.name));
    if (m_inv.hostStatus(host).state != model::HostState::Up)
        return no(tr("%1 is not reachable").arg(h.name));
    if (m_inv.isStale(host))
        return no(tr("%1's data is stale").arg(h.name));
    if (h.migrationUri.isEmpty() && !restart) // a restart (recovery) is not a migration
        return no(tr("%1 has no migration_uri").arg(h.name));
    return true;
}

Plan Planner::evacuateHost(int host) const
{
    QVector<QPair<int, QString>> vms;
    for (const auto &vm : m_inv.vms(host))
        vms.push_back({host, vm.uuid});
    return place({host}, vms, Plan::Kind::Host, m_inv.host(host).name);
}

Plan Planner::recoverHost(int host) const
{
    QVector<QPair<int, QString>> vms;
    QStringList shutOff, elsewhere;
    for (const auto &vm : m_inv.vms(host)) {
        // Running when last seen, or when its host was fenced by an earlier recovery whose restart
        // failed: restart it, unless it already runs on another host (that restart came up after all).
        if (vmIsActive(vm.state) || vm.fencedWhileRunning) {
            const int other = hostRunning(vm.uuid, host);
            if (other >= 0)
                elsewhere << tr("%1 (on %2)").arg(vm.name, m_inv.host(other).name);
            else
                vms.push_back({host, vm.uuid});
        } else if (vm.state != VmState::Crashed && vm.state != VmState::NoState) {
            shutOff << vm.name;
        }
    }
    Plan plan = place({host}, vms, Plan::Kind::Recover, m_inv.host(host).name);
    if (vms.isEmpty() && shutOff.isEmpty() && elsewhere.isEmpty() && !m_inv.hostStatus(host).lastUpdate.isValid())
        plan.warnings << tr("What ran on %1 is not known here: this console has not seen it answer and has no saved list "
                            "of its VMs. Recover it from a console that has seen it, or define and start its VMs by hand.")
                             .arg(m_inv.host(host).name);
    if (m_inv.hostStatus(host).state == model::HostState::Up)
        plan.warnings << tr("%1 answers: its VMs may still run there. Recovery is for a host that is down; "
                            "migrate or evacuate instead.").arg(m_inv.host(host).name);
    for (auto &m : plan.moves) {
        m.definition = m_inv.definition(host, m.vmUuid);
        // A cloud's server is rebuilt by its cloud from its own record (Nova's evacuate).
        if (m.definition.isEmpty())
            for (const auto &vm : m_inv.vms(host))
                if (vm.uuid == m.vmUuid && !vm.cloud.isEmpty())
                    m.definition = QLatin1String(kCloudRebuild);
        m.why = m.crossesWan ? tr("restart at the other site: %1").arg(m.why) : tr("restart at the same site");
    }
    // Without its definition a VM cannot be restarted: say so rather than define half of it.
    for (int i = plan.moves.size() - 1; i >= 0; --i)
        if (plan.moves[i].definition.isEmpty()) {
            const auto &m = plan.moves[i];
            plan.blocked.push_back({m.vmUuid, m.vmName, m.from,
                                    tr("the console never read its definition while %1 was up: define it on another host "
                                       "from your own copy").arg(m.from)});
            plan.moves.removeAt(i);
        }
    if (!shutOff.isEmpty())
        plan.warnings << tr("Shut off, left defined on %1 only: %2.").arg(m_inv.host(host).name, shutOff.join(QStringLiteral(", ")));
    if (!elsewhere.isEmpty())
        plan.warnings << tr("Already running on another host, not restarted: %1.").arg(elsewhere.join(QStringLiteral(", ")));
    return plan;
}

int Planner::hostRunning(const QString &uuid, int except) const
{
    for (int h = 0; h < m_inv.hostCount(); ++h)
        if (h != except && m_inv.hostStatus(h).state == model::HostState::Up)
            for (const auto &vm : m_inv.vms(h))
                if (vm.uuid == uuid && vmIsActive(vm.state))
                    return h;
    return -1;
}

Plan Planner::evacuateSite(int site) const
{
    QVector<QPair<int, QString>> vms;
    const QVector<int> hosts = m_inv.hostsOfSite(site);
    for (int h : hosts)
        for (const auto &vm : m_inv.vms(h))
            vms.push_back({h, vm.uuid});
    Plan plan = place(hosts, vms, Plan::Kind::Site, m_inv.site(site).name);
    // Capacity of the surviving sites, said plainly before anything moves.
    quint64 needed = 0, free = 0;
    for (const auto &m : plan.moves)
        needed += m.offline ? 0 : m.memoryKiB;
    for (const auto &b : plan.blocked)
        for (const auto &vm : m_inv.vms(m_inv.config().hostIndex(b.from)))
            if (vm.uuid == b.vmUuid && vmIsActive(vm.state))
                needed += vm.memoryKiB;
    for (int h = 0; h < m_inv.hostCount(); ++h)
        if (!hosts.contains(h) && eligibleDestination(h))
            free += freeMemoryKiB(h);
    if (needed > free)
        plan.warnings << tr("The other sites have %1 free for %2 of running VMs: not everything fits.")
                             .arg(model::formatKiB(free), model::formatKiB(needed));
    return plan;
}

Plan Planner::moveVms(const QVector<QPair<int, QString>> &vms, Plan::Kind kind, const QString &subject) const
{
    QVector<int> sources;
    for (const auto &v : vms)
        if (!sources.contains(v.first))
            sources << v.first;
    return place(sources, vms, kind, subject);
}

Plan Planner::returnTo(int host, const QVector<QPair<int, QString>> &vms, const QString &evacuation) const
{
    Plan plan;
    plan.id = newPlanId();
    plan.kind = Plan::Kind::Return;
    plan.subject = m_inv.host(host).name;
    plan.created = QDateTime::currentDateTimeUtc();
    QString notHere;
    const bool eligible = eligibleDestination(host, &notHere);
    quint64 free = eligible ? freeMemoryKiB(host) : 0;
    QSet<QString> occupants;
    for (const auto &vm : m_inv.vms(host))
        occupants.insert(vm.name);
    for (const auto &[from, uuid] : vms) {
        const model::VmInfo *vm = nullptr;
        for (const auto &v : m_inv.vms(from))
            if (v.uuid == uuid)
                vm = &v;
        if (!vm)
            continue; // gone since: nothing to bring back
        const QString fromName = m_inv.host(from).name;
        auto block = [&](const QString &reason) { plan.blocked.push_back({vm->uuid, vm->name, fromName, reason}); };
        const bool offline = !vmIsActive(vm->state);
        const QString manager = managerOf(*vm);
        QStringList clash;
        for (const auto &other : m_inv.config().antiAffine(vm->name))
            if (occupants.contains(other))
                clash << other;
        if (!manager.isEmpty())
            block(behindManagerText(manager));
        else if (!eligible)
            block(notHere);
        else if (!seesDisks(from, host, *vm))
            block(tr("its disks are in storage pools %1 does not have (%2)").arg(plan.subject, vm->disks.join(QStringLiteral(", "))));
        else if (!clash.isEmpty())
            block(tr("anti-affinity with %1, now on %2").arg(clash.join(QStringLiteral(", ")), plan.subject));
        else if (!offline && free < vm->memoryKiB)
            block(tr("needs %1 of memory; %2 has %3 left").arg(model::formatKiB(vm->memoryKiB), plan.subject, model::formatKiB(free)));
        else {
            PlannedMove m;
            m.vmUuid = vm->uuid;
            m.vmName = vm->name;
            m.from = fromName;
            m.to = plan.subject;
            m.memoryKiB = vm->memoryKiB;
            m.vcpus = vm->vcpus;
            m.offline = offline;
            m.crossesWan = m_inv.host(from).site != m_inv.host(host).site;
            m.why = evacuation.isEmpty() ? tr("back where it ran before its evacuation")
                                         : tr("back where it ran before: %1").arg(evacuation);
            if (!offline)
                free -= vm->memoryKiB;
            occupants.insert(vm->name);
            plan.moves.push_back(m);
        }
    }
    return plan;
}

Plan Planner::place(QVector<int> sources, QVector<QPair<int, QString>> vms, Plan::Kind kind, const QString &subject) const
{
    Plan plan;
    plan.id = newPlanId();
    plan.kind = kind;
    plan.subject = subject;
    plan.created = QDateTime::currentDateTimeUtc();
    const auto &cfg = m_inv.config();

    for (int s : sources)
        if (m_inv.isStale(s) && kind != Plan::Kind::Recover) // a crashed host's data is stale by nature
            plan.warnings << tr("%1's data is stale: the plan uses its last known VMs; check them before running it.")
                                 .arg(m_inv.host(s).name);

    // Working state: what each candidate can still take and who will live there.
    QHash<int, quint64> free;
    QHash<int, QSet<QString>> occupants;
    QVector<int> candidates;
    QStringList ineligible;
    QHash<QString, QStringList> ineligibleBySite;
    for (int h = 0; h < m_inv.hostCount(); ++h) {
        for (const auto &vm : m_inv.vms(h))
            occupants[h].insert(vm.name);
        if (sources.contains(h))
            continue;
        QString why;
        if (eligibleDestination(h, &why, kind == Plan::Kind::Recover)) {
            candidates << h;
            free[h] = freeMemoryKiB(h);
        } else {
            ineligible << why;
            ineligibleBySite[m_inv.host(h).site] << why;
        }
    }

    struct Item { int from; model::VmInfo vm; };
    QVector<Item> items;
    for (const auto &[h, uuid] : vms)
        for (const auto &vm : m_inv.vms(h))
            if (vm.uuid == uuid)
                items.push_back({h, vm});
    // Biggest running VMs first: they are the hardest to fit. Shut-off ones need no memory.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        const bool aa = vmIsActive(a.vm.state), ba = vmIsActive(b.vm.state);
        if (aa != ba)
            return aa;
        return a.vm.memoryKiB > b.vm.memoryKiB;
    });

    for (const Item &it : items) {
        const auto &vm = it.vm;
        const QString fromName = m_inv.host(it.from).name;
        auto block = [&](const QString &reason) { plan.blocked.push_back({vm.uuid, vm.name, fromName, reason}); };
        if (const QString manager = managerOf(vm); !manager.isEmpty()) {
            block(behindManagerText(manager));
            continue;
        }
        if (vm.state == VmState::Crashed || vm.state == VmState::NoState) {
            block(tr("it is %1: start or recover it first, then move it").arg(model::vmStateId(vm.state)));
            continue;
        }
        // A restart after a fence boots the VM: it needs its memory wherever it goes.
        const bool offline = !vmIsActive(vm.state) && !(kind == Plan::Kind::Recover && vm.fencedWhileRunning);
        const QString site = m_inv.host(it.from).site;
        const QStringList apart = cfg.antiAffine(vm.name);
        // Same site first (no WAN crossing), then the others; within a tier, most free memory first.
        QVector<int> order = candidates;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const bool sa = m_inv.host(a).site == site, sb = m_inv.host(b).site == site;
            if (sa != sb)
                return sa;
            return free.value(a) > free.value(b);
        });
        int chosen = -1;
        bool memoryShort = false, affinityShort = false, cpuShort = false, storageShort = false;
        for (int h : order) {
            if (!seesDisks(it.from, h, vm)) {
                storageShort = true;
                continue;
            }
            bool clash = false;
            for (const auto &other : apart)
                clash = clash || occupants[h].contains(other);
            if (clash) {
                affinityShort = true;
                continue;
            }
            if (!offline && vm.vcpus > 0 && m_inv.hostStatus(h).node.cpus > 0 && int(vm.vcpus) > m_inv.hostStatus(h).node.cpus) {
                cpuShort = true;
                continue;
            }
            if (!offline && free.value(h) < vm.memoryKiB) {
                memoryShort = true;
                continue;
            }
            chosen = h;
            break;
        }
        if (chosen < 0) {
            if (candidates.isEmpty())
                block(tr("no host can receive it (%1)").arg(ineligible.isEmpty() ? tr("no other host") : ineligible.join(QStringLiteral("; "))));
            else if (memoryShort) {
                quint64 best = 0;
                for (int h : candidates)
                    best = std::max(best, free.value(h));
                block(tr("needs %1 of memory; the most any eligible host has left is %2. Free memory or add a host.")
                          .arg(model::formatKiB(vm.memoryKiB), model::formatKiB(best)));
            } else if (affinityShort)
                block(tr("anti-affinity with %1 leaves no host for it").arg(apart.join(QStringLiteral(", "))));
            else if (cpuShort)
                block(tr("needs %n vCPU(s); no eligible host has that many", nullptr, int(vm.vcpus)));
            else if (storageShort)
                block(tr("its disks are in storage pools no eligible host has (%1)").arg(vm.disks.join(QStringLiteral(", "))));
            else
                block(tr("no eligible host"));
            continue;
        }
        PlannedMove m;
        m.vmUuid = vm.uuid;
        m.vmName = vm.name;
        m.from = fromName;
        m.to = m_inv.host(chosen).name;
        m.memoryKiB = vm.memoryKiB;
        m.vcpus = vm.vcpus;
        m.offline = offline;
        m.crossesWan = m_inv.host(chosen).site != site;
        if (!m.crossesWan)
            m.why = tr("same site, most free memory");
        else if (std::none_of(candidates.begin(), candidates.end(), [&](int h) { return m_inv.host(h).site == site; }))
            m.why = kind == Plan::Kind::Site ? tr("other site: all of %1 is being emptied").arg(site)
                    : ineligibleBySite.value(site).isEmpty()
                    ? tr("other site: %1 has no other host").arg(site)
                    : tr("other site: %1").arg(ineligibleBySite.value(site).join(QStringLiteral("; ")));
        else if (affinityShort)
            m.why = tr("other site: anti-affinity with %1 rules out the same site").arg(apart.join(QStringLiteral(", ")));
        else
            m.why = tr("other site: no room at %1").arg(site);
        if (!offline)
            free[chosen] -= vm.memoryKiB;
        occupants[chosen].insert(vm.name);
        plan.moves.push_back(m);
    }
    return plan;
}

bool Planner::seesDisks(int from, int to, const model::VmInfo &vm) const
{
    // Only what libvirt tells: a disk in a pool on the source must be in an active pool on the
    // destination. A disk outside any pool (or hosts without pools) cannot be checked: allowed.
    const auto &src = m_inv.hostSnapshot(from).pools;
    const auto &dst = m_inv.hostSnapshot(to).pools;
    for (const QString &disk : vm.disks) {
        if (!model::poolHolding(src, disk))
            continue;
        const model::PoolInfo *p = model::poolHolding(dst, disk);
        if (!p || !p->active)
            return false;
    }
    return true;
}

QStringList Planner::validate(const Plan &plan) const
{
    QStringList problems;
    const auto &cfg = m_inv.config();
    QHash<int, quint64> incoming;
    QHash<int, QSet<QString>> occupants;
    QSet<int> sources;
    for (const auto &m : plan.moves)
        sources.insert(cfg.hostIndex(m.from));
    for (int h = 0; h < m_inv.hostCount(); ++h)
        for (const auto &vm : m_inv.vms(h))
            occupants[h].insert(vm.name);
    for (const auto &m : plan.moves) {
        const int to = cfg.hostIndex(m.to);
        if (to < 0) {
            problems << tr("%1: unknown destination '%2'").arg(m.vmName, m.to);
            continue;
        }
        QString why;
        if (m.to == m.from)
            problems << tr("%1: destination is its own host").arg(m.vmName);
        else if (sources.contains(to) && (plan.kind == Plan::Kind::Host || plan.kind == Plan::Kind::Site || plan.kind == Plan::Kind::Recover))
            problems << tr("%1: %2 is being emptied by this plan").arg(m.vmName, m.to);
        else if (!eligibleDestination(to, &why, plan.kind == Plan::Kind::Recover))
            problems << tr("%1: %2").arg(m.vmName, why);
        for (const auto &vm : m_inv.vms(cfg.hostIndex(m.from)))
            if (vm.uuid == m.vmUuid && !seesDisks(cfg.hostIndex(m.from), to, vm))
                problems << tr("%1: %2 has no active storage pool holding its disks").arg(m.vmName, m.to);
        for (const auto &other : cfg.antiAffine(m.vmName))
            if (occupants[to].contains(other))
                problems << tr("%1 and %2 must not share a host (anti-affinity), both would be on %3").arg(m.vmName, other, m.to);
        occupants[to].insert(m.vmName);
        occupants[cfg.hostIndex(m.from)].remove(m.vmName);
        if (!m.offline)
            incoming[to] += m.memoryKiB;
    }
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it)
        if (it.value() > freeMemoryKiB(it.key()))
            problems << tr("%1 would receive %2 but has %3 free").arg(m_inv.host(it.key()).name, model::formatKiB(it.value()),
                                                                      model::formatKiB(freeMemoryKiB(it.key())));
    return problems;
}

} // namespace hawan::jobs
