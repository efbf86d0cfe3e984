#pragma once
// One figure of an experiment drawn on a QCustomPlot against the round trip measured: per site the
// mean at each point with its spread over repeats as error bars and the fitted line (dashed); an
// earlier run's points hollow, for comparison. The panel draws on its plot, the PDF export on
// plots of its own (so both show the same thing).
#include "experiments/report.h"

#include <QColor>

class QCustomPlot;

namespace hawan::widgets::reportplot {

struct Colors
{
    QColor foreground, background;
};

// Returns one line per site describing its fitted line ("Roma1: 6.6 round trips per operation,
// R² 0.998"), or why there is none; nothing for a rate (no line is drawn for it: see
// experiments::fitsAgainstRtt).
QStringList draw(QCustomPlot *plot, const experiments::ExperimentRun &run, const QString &figureKey,
                 const experiments::ExperimentRun *overlay, const Colors &colors);

// What the fitted line says, in words: for a time per operation, the round trips each costs; for
// other figures, the change per millisecond of round trip.
QString fitSentence(const experiments::ReportSeries &series, const experiments::LineFit &fit);

} // namespace hawan::widgets::reportplot
