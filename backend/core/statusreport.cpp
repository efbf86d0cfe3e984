#include "core/statusreport.h"

#include "core/sitestatus.h"
#include "probes/probehub.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace hawan::core {

using namespace hawan::model;

QJsonObject statusJson(const Inventory &inv, const probes::ProbeHub *probes)
{
    const auto &cfg = inv.config();
    QJsonObject root;
    root[QStringLiteral("config")] = cfg.sourceFile;
    QJsonArray sites;
    int hostsUp = 0, hostsUnreachable = 0, vms = 0, vmsRunning = 0, vmsUnknown = 0;
    for (int s = 0; s < inv.siteCount(); ++s) {
        const SiteStatus ss = siteStatus(inv, probes, s);
        QJsonObject site{{QStringLiteral("name"), inv.site(s).name},
                         {QStringLiteral("description"), inv.site(s).description},
                         {QStringLiteral("cut_off"), ss.cutOff},
                         {QStringLiteral("summary"), siteTally(ss)},
                         {QStringLiteral("vms_running"), ss.counts.vmsRunning},
                         {QStringLiteral("vms_unknown"), ss.counts.vmsUnknown}};
        if (ss.cutOff)
            site[QStringLiteral("status")] = cutOffText(inv, ss, s);
        vmsRunning += ss.counts.vmsRunning;
        vmsUnknown += ss.counts.vmsUnknown;
        QJsonArray hosts;
        for (int h : inv.hostsOfSite(s)) {
            const auto &st = inv.hostStatus(h);
            QJsonObject host{{QStringLiteral("name"), inv.host(h).name},
                             {QStringLiteral("uri"), inv.host(h).uri},
                             {QStringLiteral("state"), hostStateId(st.state)},
                             {QStringLiteral("stale"), inv.isStale(h)},
                             {QStringLiteral("maintenance"), inv.inMaintenance(h)}};
            if (ss.cutOff && st.state != HostState::Up)
                host[QStringLiteral("cut_off")] = true;
            if (!st.reason.isEmpty())
                host[QStringLiteral("reason")] = st.reason;
            if (st.lastUpdate.isValid())
                host[QStringLiteral("last_update")] = st.lastUpdate.toString(Qt::ISODateWithMs);
            if (st.node.cpus > 0) {
                host[QStringLiteral("hypervisor")] = st.node.hypervisor;
                host[QStringLiteral("hypervisor_version")] = st.node.hypervisorVersion;
                host[QStringLiteral("libvirt_version")] = st.node.libvirtVersion;
                host[QStringLiteral("cpus")] = st.node.cpus;
                host[QStringLiteral("memory_kib")] = double(st.node.memoryKiB);
            }
            if (st.state == HostState::Up)
                ++hostsUp;
            else if (st.state == HostState::Unreachable)
                ++hostsUnreachable;
            QJsonArray vmList;
            for (const auto &vm : inv.vms(h)) {
                QJsonObject v{{QStringLiteral("name"), vm.name},
                              {QStringLiteral("uuid"), vm.uuid},
                              {QStringLiteral("state"), vmStateId(vm.state)},
                              {QStringLiteral("vcpus"), int(vm.vcpus)},
                              {QStringLiteral("memory_kib"), double(vm.memoryKiB)},
                              {QStringLiteral("disks"), QJsonArray::fromStringList(vm.disks)}};
                if (vm.cpuPercent >= 0)
                    v[QStringLiteral("cpu_percent")] = vm.cpuPercent;
                vmList.append(v);
                ++vms;
            }
            host[QStringLiteral("vms")] = vmList;
            hosts.append(host);
        }
        site[QStringLiteral("hosts")] = hosts;
        sites.append(site);
    }
    root[QStringLiteral("sites")] = sites;
    QJsonArray links;
    for (int i = 0; i < cfg.links.size(); ++i) {
        const auto &l = cfg.links[i];
        QJsonObject link{{QStringLiteral("name"), l.name},
                         {QStringLiteral("sites"), QJsonArray{l.siteA, l.siteB}},
                         {QStringLiteral("capacity_mbit"), double(l.capacityMbit)},
                         {QStringLiteral("rtt_limit_ms"), l.rttLimitMs}};
        if (probes && probes->linkState(i).measured) {
            const auto &ls = probes->linkState(i);
            link[QStringLiteral("state")] = ls.cut ? QStringLiteral("cut") : ls.overLimit() ? QStringLiteral("over_limit") : QStringLiteral("ok");
            if (!std::isnan(ls.rttMs))
                link[QStringLiteral("rtt_ms")] = double(ls.rttMs);
            link[QStringLiteral("loss")] = double(ls.loss);
        } else if (probes && !l.probes.isEmpty()) {
            link[QStringLiteral("state")] = QStringLiteral("not_measured");
        }
        links.append(link);
    }
    root[QStringLiteral("links")] = links;
    root[QStringLiteral("summary")] = QJsonObject{{QStringLiteral("hosts"), inv.hostCount()},
                                                  {QStringLiteral("hosts_up"), hostsUp},
                                                  {QStringLiteral("hosts_unreachable"), hostsUnreachable},
                                                  {QStringLiteral("vms"), vms},
                                                  {QStringLiteral("vms_running"), vmsRunning},
                                                  {QStringLiteral("vms_unknown"), vmsUnknown}};
    return root;
}

namespace {
// Plain fixed-width table; columns sized to their widest cell.
QString renderTable(const QStringList &header, const QList<QStringList> &rows)
{
    QVector<int> w(header.size());
    for (int c = 0; c < header.size(); ++c)
        w[c] = int(header[c].size());
    for (const auto &r : rows)
        for (int c = 0; c < r.size() && c < w.size(); ++c)
            w[c] = std::max(w[c], int(r[c].size()));
    QString out;
    auto line = [&](const QStringList &cells) {
        QString l;
        for (int c = 0; c < cells.size(); ++c)
            l += c + 1 < cells.size() ? cells[c].leftJustified(w[c] + 2) : cells[c];
        out += l + QLatin1Char('\n');
    };
    line(header);
    for (const auto &r : rows)
        line(r);
    return out;
}
} // namespace

QString statusTable(const Inventory &inv, const probes::ProbeHub *probes)
{
    QList<QStringList> hostRows, vmRows;
    QString headlines;
    for (int s = 0; s < inv.siteCount(); ++s) {
        const SiteStatus ss = siteStatus(inv, probes, s);
        headlines += (ss.cutOff ? cutOffText(inv, ss, s) + QStringLiteral(": ") : inv.site(s).name + QStringLiteral(": "))
            + siteTally(ss) + QLatin1Char('\n');
        for (int h : inv.hostsOfSite(s)) {
            const auto &st = inv.hostStatus(h);
            const auto &snap = inv.hostSnapshot(h);
            QString state = hostStateId(st.state);
            if (st.state == HostState::Up && inv.isStale(h))
                state += QStringLiteral(" (stale)");
            else if (ss.cutOff && st.state != HostState::Up)
                state += QStringLiteral(" (cut off)");
            hostRows << QStringList{inv.site(s).name, inv.host(h).name, state,
                                    QString::number(inv.vms(h).size()),
                                    snap.cpuPercent >= 0 ? QStringLiteral("%1%").arg(snap.cpuPercent, 0, 'f', 0) : QStringLiteral("-"),
                                    st.node.memoryKiB ? QStringLiteral("%1 / %2").arg(model::formatKiB(snap.vmMemoryKiB), model::formatKiB(st.node.memoryKiB)) : QStringLiteral("-"),
                                    st.reason};
            for (const auto &vm : inv.vms(h))
                vmRows << QStringList{vm.name, inv.site(s).name, inv.host(h).name, vmStateId(vm.state),
                                      QString::number(vm.vcpus), model::formatKiB(vm.memoryKiB),
                                      vm.disks.join(QStringLiteral(","))};
        }
    }
    QString out = renderTable({QCoreApplication::translate("StatusReport", "SITE"), QCoreApplication::translate("StatusReport", "HOST"), QCoreApplication::translate("StatusReport", "STATE"), QCoreApplication::translate("StatusReport", "VMS"), QCoreApplication::translate("StatusReport", "CPU"), QCoreApplication::translate("StatusReport", "MEMORY"), QCoreApplication::translate("StatusReport", "REASON")}, hostRows);
    out += QLatin1Char('\n');
    out += renderTable({QCoreApplication::translate("StatusReport", "VM"), QCoreApplication::translate("StatusReport", "SITE"), QCoreApplication::translate("StatusReport", "HOST"), QCoreApplication::translate("StatusReport", "STATE"), QCoreApplication::translate("StatusReport", "VCPUS"), QCoreApplication::translate("StatusReport", "MEMORY"), QCoreApplication::translate("StatusReport", "DISKS")}, vmRows);
    return out + QLatin1Char('\n') + headlines;
}

} // namespace hawan::core
