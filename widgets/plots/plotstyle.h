#pragma once
// The graphs' look, shared by every plot: series and marker colours (light and dark themes) and
// how a value is printed.
#include "probes/timeline.h"

#include <QColor>
#include <QString>

namespace hawan::widgets::plotstyle {

QColor seriesColor(int i);
// Markers are drawn as impulses of one graph per colour and graph area: hundreds of events cost
// what one line does (an item per event cost ~80 ms per redraw at 1,200 markers, bench/graphs).
constexpr int kMarkerKinds = 5;
int markerKind(const probes::TimelineEvent &e);
QColor markerColor(int kind);
QString fmtValue(float v, const QString &unit); // "12.3 ms", "–" for no value

} // namespace hawan::widgets::plotstyle
