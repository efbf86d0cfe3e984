#include "common/statustext.h"

#include "common/format.h"
#include "common/theme.h"
#include "model/inventory.h"
#include "probes/probehub.h"
#include "storage/storagemonitor.h"

#include <cmath>

namespace hawan::widgets {

QString StatusText::bricksOfSite(const storage::StorageMonitor *storage, const QString &siteName, int *severity, int *ownSeverity)
{
    if (ownSeverity)
        *ownSeverity = 0;
    if (!storage)
        return {};
    int worst = 0, own = 0; // own: the site's bricks only, not a volume whose state is unknown
    QStringList parts;
    for (int i = 0; i < storage->count(); ++i) {
        const auto &snap = storage->snapshot(i);
        const QString vol = storage->storage(i).volume;
        if (!snap.error.isEmpty()) {
            parts << tr("%1: state unknown").arg(vol);
            worst = 2;
            continue;
        }
        for (const auto &b : snap.status.bricks) {
            if (storage->siteOfBrick(i, b.host) != siteName)
                continue;
            qint64 pending = -1, splitBrain = -1;
            for (const auto &h : snap.heal)
                if (h.name == b.host + QLatin1Char(':') + b.path) {
                    pending = h.pending;
                    splitBrain = h.splitBrain;
                }
            if (!b.online || splitBrain > 0)
                own = 2;
            else if (pending > 0)
                own = std::max(own, 1);
            worst = std::max(worst, own);
            parts << (!b.online          ? tr("%1: brick offline").arg(vol)
                      : splitBrain > 0   ? tr("%1: %2 in split-brain").arg(vol).arg(splitBrain)
                      : pending > 0      ? tr("%1: %2 to heal").arg(vol).arg(pending)
                                         : tr("%1: in sync").arg(vol));
        }
    }
    if (severity)
        *severity = worst;
    if (ownSeverity)
        *ownSeverity = own;
    return parts.join(QStringLiteral(" · "));
}

QString StatusText::linkMeasure(const config::Link &l, const probes::ProbeHub *probes, int link)
{
    if (!probes || (l.probes.isEmpty() && !probes->linkState(link).recorded))
        return tr("RTT — (limit %1 ms; no probe)").arg(l.rttLimitMs);
    const probes::LinkState &st = probes->linkState(link);
    if (!st.error.isEmpty() && !st.measured)
        return tr("RTT not measured: probe error");
    if (!st.measured)
        return tr("RTT measuring… (limit %1 ms)").arg(l.rttLimitMs);
    const QString recorded = st.recorded ? tr(" · recorded") : QString();
    if (st.cut)
        return tr("CUT: 100 % loss") + QLatin1Char('\n') + tr("limit %1 ms").arg(l.rttLimitMs) + recorded;
    return tr("RTT %1 ms (limit %2)").arg(double(st.rttMs), 0, 'f', st.rttMs < 10 ? 2 : 1).arg(l.rttLimitMs) + QLatin1Char('\n')
           + tr("loss %1 %").arg(double(st.loss) * 100.0, 0, 'f', 0) + recorded;
}

QColor StatusText::linkColor(const config::Link &l, const probes::ProbeHub *probes, int link)
{
    if (!probes || (l.probes.isEmpty() && !probes->linkState(link).recorded))
        return Theme::mutedText();
    const probes::LinkState &st = probes->linkState(link);
    if (!st.measured)
        return Theme::mutedText();
    if (st.overLimit() || !st.error.isEmpty())
        return QColor(0xd0, 0x30, 0x30);
    if (st.loss > 0 || (!std::isnan(st.rttMs) && st.rttMs > 0.8 * st.limitMs))
        return QColor(0xe0, 0x8a, 0x00);
    return Theme::hostStateColor(model::HostState::Up);
}

QString StatusText::linkToolTip(const config::Link &l, const probes::ProbeHub *probes, int link)
{
    QString tip = QStringLiteral("<b>%1</b><br>").arg(l.name.toHtmlEscaped());
    tip += tr("%1 ↔ %2, %3 Mbit/s, round-trip limit %4 ms").arg(l.siteA, l.siteB).arg(l.capacityMbit).arg(l.rttLimitMs);
    if (probes && probes->linkState(link).measured) {
        const auto &st = probes->linkState(link);
        tip += QStringLiteral("<br>");
        if (st.cut)
            tip += tr("<b>Cut</b>: every echo lost for 3 intervals in a row.");
        else
            tip += tr("Round trip %1 ms, jitter %2 ms, loss %3 % (worst of its probes, last interval)")
                       .arg(double(st.rttMs), 0, 'f', 2)
                       .arg(std::isnan(st.jitterMs) ? QStringLiteral("–") : QString::number(double(st.jitterMs), 'f', 2))
                       .arg(double(st.loss) * 100.0, 0, 'f', 0);
        if (st.recorded)
            tip += QStringLiteral("<br><i>") + tr("Played back from a recording, not measured now.") + QStringLiteral("</i>");
        if (!st.error.isEmpty())
            tip += QStringLiteral("<br>") + tr("Probe: %1").arg(st.error.toHtmlEscaped());
    } else if (l.probes.isEmpty()) {
        tip += QStringLiteral("<br>") + tr("Not measured: add a [[link.probe]] to this [[link]] (docs/configuration.md).");
    }
    return tip;
}

QString StatusText::hostState(const model::Inventory &inv, int host)
{
    const model::HostStatus &st = inv.hostStatus(host);
    switch (st.state) {
    case model::HostState::Unreachable: {
        QString t = tr("Unreachable: %1").arg(st.reason);
        if (st.nextRetry.isValid()) {
            const qint64 s = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(st.nextRetry));
            t += tr(" · retry in %n s", nullptr, int(s));
        }
        return t;
    }
    case model::HostState::Connecting:
        return st.failedAttempts > 0 ? tr("Reconnecting (attempt %1)…").arg(st.failedAttempts + 1) : tr("Connecting…");
    case model::HostState::Up:
        if (inv.isStale(host))
            return tr("Stale: no update since %1").arg(Format::age(st.lastUpdate));
        return st.reason.isEmpty() ? tr("Up") : tr("Up · %1").arg(st.reason);
    }
    return {};
}

} // namespace hawan::widgets
