#include "model/types.h"

#include <QCoreApplication>


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

QString vmActionName(VmAction a)
{
    switch (a) {
    case VmAction::Start: return QCoreApplication::translate("hawan::lv::HostSession", "Start");
    case VmAction::Pause: return QCoreApplication::translate("hawan::lv::HostSession", "Pause");
    case VmAction::Resume: return QCoreApplication::translate("hawan::lv::HostSession", "Resume");
    case VmAction::Shutdown: return QCoreApplication::translate("hawan::lv::HostSession", "Shut down");
    case VmAction::Destroy: return QCoreApplication::translate("hawan::lv::HostSession", "Force off");
    case VmAction::UndefineStale: return QCoreApplication::translate("hawan::lv::HostSession", "Remove stale definition");
    case VmAction::Define: return QCoreApplication::translate("hawan::lv::HostSession", "Define");
    case VmAction::Undefine: return QCoreApplication::translate("hawan::lv::HostSession", "Undefine");
    }
    return {};
}

QString formatKiB(quint64 kib)
{
    if (kib >= 1024ull * 1024)
        return QStringLiteral("%1 GiB").arg(double(kib) / (1024.0 * 1024.0), 0, 'f', 1);
    if (kib >= 1024)
        return QStringLiteral("%1 MiB").arg(kib / 1024);
    return QStringLiteral("%1 KiB").arg(kib);
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
