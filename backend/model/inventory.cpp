#include "model/inventory.h"

#include <QCoreApplication>

#include <algorithm>

namespace hawan::model {

Inventory::Inventory(config::Config config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    m_hosts.resize(m_config.hosts.size());
    m_siteHosts.resize(m_config.sites.size());
    for (int h = 0; h < m_config.hosts.size(); ++h) {
        const int s = m_config.siteIndex(m_config.hosts[h].site);
        m_hostSite.push_back(s);
        if (s >= 0)
            m_siteHosts[s].push_back(h);
    }
}

int Inventory::vmCount() const
{
    int n = 0;
    for (const auto &h : m_hosts)
        n += int(h.snapshot.vms.size());
    return n;
}

bool Inventory::isStale(int host, const QDateTime &now) const
{
    const auto &st = m_hosts[host].status;
    if (st.state != HostState::Up || !st.lastUpdate.isValid())
        return true;
    return st.lastUpdate.msecsTo(now) > 3LL * m_config.console.refreshIntervalMs + 1000;
}

bool Inventory::allReported() const
{
    return std::all_of(m_hosts.cbegin(), m_hosts.cend(), [](const HostData &h) { return h.reported; });
}

Inventory::SiteCounts Inventory::siteCounts(int site) const
{
    SiteCounts c;
    for (int h : m_siteHosts[site]) {
        switch (m_hosts[h].status.state) {
        case HostState::Up: ++c.hostsUp; break;
        case HostState::Unreachable: ++c.hostsUnreachable; break;
        case HostState::Connecting: ++c.hostsConnecting; break;
        }
        const bool answers = m_hosts[h].status.state == HostState::Up && !isStale(h);
        for (const auto &vm : m_hosts[h].snapshot.vms) {
            ++c.vms;
            if (!answers)
                ++c.vmsUnknown;
            else if (vm.state == VmState::Running)
                ++c.vmsRunning;
        }
    }
    return c;
}

void Inventory::markReported(int host)
{
    if (!m_hosts[host].reported) {
        m_hosts[host].reported = true;
        Q_EMIT reportedChanged();
    }
}

void Inventory::log(LogEntry::Severity severity, int host, const QString &vm, const QString &message)
{
    Q_EMIT logged(LogEntry{QDateTime::currentDateTimeUtc(), severity, host, vm, message});
}

void Inventory::applyStatus(int host, const HostStatus &status)
{
    if (host < 0 || host >= m_hosts.size())
        return;
    HostStatus &cur = m_hosts[host].status;
    const HostState before = cur.state;
    const QString beforeReason = cur.reason;
    NodeInfo node = status.node;
    if (status.state != HostState::Up && node == NodeInfo{})
        node = cur.node; // keep the last known node info while unreachable
    const QDateTime lastUpdate = status.lastUpdate.isValid() ? status.lastUpdate : cur.lastUpdate;
    cur = status;
    cur.node = node;
    cur.lastUpdate = lastUpdate;

    if (before != status.state || beforeReason != status.reason) {
        const QString name = m_config.hosts[host].name;
        if (status.state == HostState::Up && before != HostState::Up)
            log(LogEntry::Severity::Info, host, {},
                node.libvirtVersion.isEmpty() // a cloud's compute host, reported by its cloud
                    ? tr("%1 is up (%2, %3)").arg(name, node.hypervisor, node.hypervisorVersion)
                    : tr("Connected to %1 (%2 %3, libvirt %4)")
                          .arg(name, node.hypervisor, node.hypervisorVersion, node.libvirtVersion));
        else if (status.state == HostState::Unreachable && m_hosts[host].loggedUnreachable != status.reason) {
            m_hosts[host].loggedUnreachable = status.reason;
            log(LogEntry::Severity::Error, host, {}, tr("%1 unreachable: %2").arg(name, status.reason));
        }
        else if (status.state == HostState::Up && !status.reason.isEmpty())
            log(LogEntry::Severity::Warning, host, {}, tr("%1: %2").arg(name, status.reason));
    }
    if (status.state == HostState::Up)
        m_hosts[host].loggedUnreachable.clear();
    if (status.state == HostState::Unreachable)
        markReported(host);
    Q_EMIT hostChanged(host);
}

void Inventory::applySnapshot(int host, const HostSnapshot &snapshot)
{
    if (host < 0 || host >= m_hosts.size())
        return;
    auto &hd = m_hosts[host];
    hd.snapshot.at = snapshot.at;
    hd.snapshot.cpuPercent = snapshot.cpuPercent;
    hd.snapshot.vmMemoryKiB = snapshot.vmMemoryKiB;
    if (hd.snapshot.pools != snapshot.pools)
        hd.snapshot.pools = snapshot.pools;
    hd.status.lastUpdate = snapshot.at;
    // A definition read once is kept while its VM stays: a read that failed this time (the daemon
    // froze mid-tick) must not leave a recovery without it.
    QVector<VmInfo> vms = snapshot.vms;
    for (VmInfo &vm : vms)
        if (vm.definition.isEmpty())
            for (const VmInfo &old : std::as_const(hd.snapshot.vms))
                if (old.uuid == vm.uuid && !old.definition.isEmpty()) {
                    vm.definition = old.definition;
                    break;
                }
    replaceVms(host, vms);
    // A saved snapshot offered for a host still connecting is not its report: it reports when it
    // answers or is found unreachable (whoever waits for every host would otherwise see it
    // "connecting" when it starts).
    if (hd.status.state != HostState::Connecting)
        markReported(host);
    Q_EMIT hostChanged(host);
}

bool Inventory::showFenced(int host, const QSet<QString> &moved)
{
    if (host < 0 || host >= m_hosts.size() || m_hosts[host].status.state == HostState::Up)
        return false;
    QVector<VmInfo> next;
    bool changed = false;
    for (VmInfo vm : m_hosts[host].snapshot.vms) {
        if (moved.contains(vm.uuid)) {
            changed = true;
            continue;
        }
        if (vmIsActive(vm.state)) {
            vm.state = VmState::ShutOff;
            vm.cpuPercent = -1;
            vm.fencedWhileRunning = true;
            changed = true;
        }
        next.push_back(vm);
    }
    if (!changed)
        return false;
    m_hosts[host].snapshot.vmMemoryKiB = 0;
    m_hosts[host].snapshot.cpuPercent = -1;
    replaceVms(host, std::move(next));
    Q_EMIT hostChanged(host);
    return true;
}

void Inventory::replaceVms(int host, QVector<VmInfo> next)
{
    auto less = [](const VmInfo &a, const VmInfo &b) { return std::tie(a.name, a.uuid) < std::tie(b.name, b.uuid); };
    auto same = [](const VmInfo &a, const VmInfo &b) { return a.name == b.name && a.uuid == b.uuid; };
    std::sort(next.begin(), next.end(), less);
    QVector<VmInfo> &cur = m_hosts[host].snapshot.vms;

    // 1. Departures: walk both sorted lists, mark what is gone, remove it run by run from the end.
    QVector<bool> gone(cur.size(), false);
    for (int i = 0, j = 0; i < cur.size();) {
        if (j >= next.size() || less(cur[i], next[j]))
            gone[i++] = true;
        else if (less(next[j], cur[i]))
            ++j;
        else
            ++i, ++j;
    }
    for (int last = int(cur.size()) - 1; last >= 0; --last) {
        if (!gone[last])
            continue;
        int first = last;
        while (first > 0 && gone[first - 1])
            --first;
        Q_EMIT vmsAboutToBeRemoved(host, first, last);
        cur.remove(first, last - first + 1);
        Q_EMIT vmsRemoved(host, first, last);
        last = first;
    }

    // 2. Arrivals: cur is now a subsequence of next; insert each run of new VMs in one go.
    int i = 0, j = 0;
    while (j < next.size()) {
        if (i < cur.size() && same(cur[i], next[j])) {
            ++i, ++j;
            continue;
        }
        int runEnd = j;
        while (runEnd < next.size() && !(i < cur.size() && same(cur[i], next[runEnd])))
            ++runEnd;
        const int n = runEnd - j;
        Q_EMIT vmsAboutToBeInserted(host, i, i + n - 1);
        cur.insert(i, n, VmInfo{});
        std::copy(next.begin() + j, next.begin() + runEnd, cur.begin() + i);
        Q_EMIT vmsInserted(host, i, i + n - 1);
        i += n;
        j = runEnd;
    }

    // 3. Changes: one range from the first to the last VM whose data moved.
    int first = -1, last = -1;
    for (int k = 0; k < cur.size(); ++k) {
        if (!(cur[k] == next[k])) {
            cur[k] = next[k];
            if (first < 0)
                first = k;
            last = k;
        }
    }
    if (first >= 0)
        Q_EMIT vmsChanged(host, first, last);
}

void Inventory::applyLifecycle(int host, const LifecycleEvent &event)
{
    if (host < 0 || host >= m_hosts.size())
        return;
    auto &vms = m_hosts[host].snapshot.vms;
    const auto it = std::find_if(vms.begin(), vms.end(), [&](const VmInfo &v) { return v.uuid == event.uuid; });
    if (it != vms.end() && event.state != VmState::NoState && it->state != event.state) {
        it->state = event.state;
        if (!vmIsActive(event.state))
            it->cpuPercent = 0;
        const int idx = int(it - vms.begin());
        Q_EMIT vmsChanged(host, idx, idx);
        Q_EMIT hostChanged(host);
    }
    log(LogEntry::Severity::Info, host, event.name,
        tr("%1 on %2: %3").arg(event.name, m_config.hosts[host].name, event.what));
}

void Inventory::setMaintenance(int host, bool on)
{
    if (m_hosts[host].maintenance == on)
        return;
    m_hosts[host].maintenance = on;
    Q_EMIT hostChanged(host);
}

QString Inventory::definition(int host, const QString &uuid) const
{
    if (host < 0 || host >= hostCount())
        return {};
    for (const auto &vm : vms(host))
        if (vm.uuid == uuid)
            return vm.definition;
    return {};
}

QVector<QPair<int, int>> Inventory::locate(const QString &uuid) const
{
    QVector<QPair<int, int>> active, inactive;
    for (int h = 0; h < m_hosts.size(); ++h) {
        const auto &vms = m_hosts[h].snapshot.vms;
        for (int i = 0; i < vms.size(); ++i)
            if (vms[i].uuid == uuid)
                (vmIsActive(vms[i].state) ? active : inactive).push_back({h, i});
    }
    return active + inactive;
}

} // namespace hawan::model
