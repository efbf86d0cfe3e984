#include "plots/plotstyle.h"

#include "common/theme.h"

#include <cmath>

namespace hawan::widgets::plotstyle {

QColor seriesColor(int i)
{
    static const QColor light[] = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0x9467bd),
                                   QColor(0xff7f0e), QColor(0x17becf), QColor(0x8c564b), QColor(0xe377c2)};
    static const QColor dark[] = {QColor(0x6cb4ee), QColor(0xff7b7b), QColor(0x7ddc7d), QColor(0xc3a6ec),
                                  QColor(0xffb060), QColor(0x6ee2ef), QColor(0xd0a48e), QColor(0xf4a7da)};
    return Theme::isDark() ? dark[i % 8] : light[i % 8];
}

int markerKind(const probes::TimelineEvent &e)
{
    using K = probes::TimelineEvent::Kind;
    if (e.bad)
        return 4;
    switch (e.kind) {
    case K::MigrationStart: case K::MigrationEnd: return 0;
    case K::EvacuationStart: case K::EvacuationEnd: return 1;
    case K::HostUp: case K::LinkRestored: case K::HealDrained: return 2;
    default: return 3;
    }
}
QColor markerColor(int kind)
{
    static const QColor colors[kMarkerKinds] = {QColor(0x3a, 0x7b, 0xd5, 170), QColor(0x8e, 0x44, 0xad, 170),
                                                QColor(0x2e, 0x9e, 0x4f, 170), QColor(0xe0, 0x8a, 0x00, 170),
                                                QColor(0xd0, 0x30, 0x30, 200)};
    return colors[kind];
}

QString fmtValue(float v, const QString &unit)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    const int decimals = v < 10 ? 2 : v < 100 ? 1 : 0;
    return QStringLiteral("%1 %2").arg(double(v), 0, 'f', decimals).arg(unit);
}

} // namespace hawan::widgets::plotstyle
