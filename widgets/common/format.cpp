#include "common/format.h"

#include "core/statusreport.h"

namespace hawan::widgets {

using model::HostState;
using model::VmState;

QString Format::vmState(VmState s)
{
    switch (s) {
    case VmState::Running: return tr("running");
    case VmState::Blocked: return tr("blocked");
    case VmState::Paused: return tr("paused");
    case VmState::ShuttingDown: return tr("shutting down");
    case VmState::ShutOff: return tr("shut off");
    case VmState::Crashed: return tr("crashed");
    case VmState::Suspended: return tr("suspended");
    case VmState::NoState: break;
    }
    return tr("unknown");
}

QString Format::hostState(HostState s)
{
    switch (s) {
    case HostState::Up: return tr("up");
    case HostState::Unreachable: return tr("unreachable");
    case HostState::Connecting: break;
    }
    return tr("connecting");
}

QString Format::memory(quint64 kib)
{
    return model::formatKiB(kib); // binary units read the same in every language Hawan speaks
}

QString Format::age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return tr("never");
    const qint64 s = std::max<qint64>(0, since.secsTo(now));
    if (s < 60)
        return tr("%n s ago", nullptr, int(s));
    if (s < 3600)
        return tr("%n min ago", nullptr, int(s / 60));
    if (s < 86400)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n d ago", nullptr, int(s / 86400));
}

QString Format::percent(double pct)
{
    return pct < 0 ? QStringLiteral("–") : QStringLiteral("%1%").arg(pct, 0, 'f', pct < 10 ? 1 : 0);
}

} // namespace hawan::widgets
