#include "model/types.h"

#include <libvirt/libvirt.h>

namespace hawan::model {

QString vmStateId(VmState s)
{
    switch (s) {
    case VmState::Running: return QStringLiteral("running");
    case VmState::Blocked: return QStringLiteral("blocked");
    case VmState::Paused: return QStringLiteral("paused");
    case VmState::ShuttingDown: return QStringLiteral("shutting-down");
    case VmState::ShutOff: return QStringLiteral("shut-off");
    case VmState::Crashed: return QStringLiteral("crashed");
    case VmState::Suspended: return QStringLiteral("suspended");
    case VmState::NoState: break;
    }
    return QStringLiteral("unknown");
}

QString hostStateId(HostState s)
{
    switch (s) {
    case HostState::Up: return QStringLiteral("up");
    case HostState::Unreachable: return QStringLiteral("unreachable");
    case HostState::Connecting: break;
    }
    return QStringLiteral("connecting");
}

VmState vmStateFromLibvirt(int st)
{
    switch (st) {
    case VIR_DOMAIN_RUNNING: return VmState::Running;
    case VIR_DOMAIN_BLOCKED: return VmState::Blocked;
    case VIR_DOMAIN_PAUSED: return VmState::Paused;
    case VIR_DOMAIN_SHUTDOWN: return VmState::ShuttingDown;
    case VIR_DOMAIN_SHUTOFF: return VmState::ShutOff;
    case VIR_DOMAIN_CRASHED: return VmState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED: return VmState::Suspended;
    default: return VmState::NoState;
    }
}

bool vmIsActive(VmState s)
{
    return s == VmState::Running || s == VmState::Blocked || s == VmState::Paused
        || s == VmState::ShuttingDown;
}

const PoolInfo *poolHolding(const QVector<PoolInfo> &pools, const QString &diskPath)
{
    const PoolInfo *best = nullptr;
    for (const auto &p : pools) {
        if (p.targetPath.isEmpty())
            continue;
        const QString dir = p.targetPath.endsWith(QLatin1Char('/')) ? p.targetPath : p.targetPath + QLatin1Char('/');
        if (diskPath.startsWith(dir) && (!best || p.targetPath.size() > best->targetPath.size()))
            best = &p;
    }
    return best;
}

} // namespace hawan::model
