#include "libvirt/statsparser.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <cstring>

namespace hawan::lv {

namespace {

quint64 asUnsigned(const virTypedParameter &p)
{
    switch (p.type) {
    case VIR_TYPED_PARAM_INT: return quint64(std::max(0, p.value.i));
    case VIR_TYPED_PARAM_UINT: return p.value.ui;
    case VIR_TYPED_PARAM_LLONG: return quint64(std::max<long long>(0, p.value.l));
    case VIR_TYPED_PARAM_ULLONG: return p.value.ul;
    default: return 0;
    }
}

} // namespace

model::VmInfo vmFromStatsRecord(const virDomainStatsRecord &record)
{
    model::VmInfo vm;
    if (record.dom) {
        if (const char *n = virDomainGetName(record.dom))
            vm.name = QString::fromUtf8(n);
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(record.dom, uuid) == 0)
            vm.uuid = QString::fromLatin1(uuid);
    }
    QMap<int, QString> diskPath, diskName;
    int reason = -1;
    for (int i = 0; i < record.nparams; ++i) {
        const virTypedParameter &p = record.params[i];
        const char *f = p.field;
        if (!std::strcmp(f, "state.state"))
            vm.state = vmStateFromLibvirt(int(asUnsigned(p)));
        else if (!std::strcmp(f, "state.reason"))
            reason = int(asUnsigned(p));
        else if (!std::strcmp(f, "cpu.time"))
            vm.cpuTimeNs = asUnsigned(p);
        else if (!std::strcmp(f, "balloon.current"))
            vm.memoryKiB = asUnsigned(p);
        else if (!std::strcmp(f, "balloon.maximum"))
            vm.maxMemoryKiB = asUnsigned(p);
        else if (!std::strcmp(f, "vcpu.current"))
            vm.vcpus = quint32(asUnsigned(p));
        else if (!std::strncmp(f, "block.", 6) && p.type == VIR_TYPED_PARAM_STRING) {
            // block.<n>.name / block.<n>.path
            const char *dot = std::strchr(f + 6, '.');
            if (!dot)
                continue;
            const int idx = QByteArray(f + 6, int(dot - (f + 6))).toInt();
            if (!std::strcmp(dot, ".path"))
                diskPath[idx] = QString::fromUtf8(p.value.s);
            else if (!std::strcmp(dot, ".name"))
                diskName[idx] = QString::fromUtf8(p.value.s);
        }
    }
    if (vm.memoryKiB == 0)
        vm.memoryKiB = vm.maxMemoryKiB;
    vm.migrating = vm.state == model::VmState::Paused
        && (reason == VIR_DOMAIN_PAUSED_MIGRATION || reason == VIR_DOMAIN_PAUSED_POSTCOPY);
    for (auto it = diskName.cbegin(); it != diskName.cend(); ++it)
        vm.disks << diskPath.value(it.key(), it.value());
    return vm;
}

double cpuPercent(quint64 prevCpuNs, quint64 curCpuNs, qint64 wallNs, quint32 vcpus)
{
    if (wallNs <= 0 || vcpus == 0 || curCpuNs < prevCpuNs)
        return -1;
    const double pct = 100.0 * double(curCpuNs - prevCpuNs) / (double(wallNs) * vcpus);
    return std::clamp(pct, 0.0, 100.0);
}

model::VmState vmStateFromLibvirt(int st)
{
    switch (st) {
    case VIR_DOMAIN_RUNNING: return model::VmState::Running;
    case VIR_DOMAIN_BLOCKED: return model::VmState::Blocked;
    case VIR_DOMAIN_PAUSED: return model::VmState::Paused;
    case VIR_DOMAIN_SHUTDOWN: return model::VmState::ShuttingDown;
    case VIR_DOMAIN_SHUTOFF: return model::VmState::ShutOff;
    case VIR_DOMAIN_CRASHED: return model::VmState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED: return model::VmState::Suspended;
    default: return model::VmState::NoState;
    }
}

} // namespace hawan::lv
