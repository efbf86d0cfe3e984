#pragma once
// A run as one PDF document: its setup (configuration, link, sweep, sizes, versions, notes), then
// for every figure its plot against the round trip, what the fitted line says, and the table of
// its points. Rendered on the GUI thread (QCustomPlot paints there, as vectors); the bytes are
// written elsewhere (plotexport::write).
#include "experiments/report.h"

#include <QByteArray>

namespace hawan::widgets::reportexport {

QByteArray renderPdf(const experiments::ExperimentRun &run, const experiments::ExperimentRun *overlay);
// The rows of a figure's table: site, delay, round trip, mean, min, max, repeats, failed.
QVector<QStringList> tableRows(const experiments::ExperimentRun &run, const QString &figureKey);
QStringList tableHeader();
// The setup in lines: when, configuration, link, sweep, sizes, versions.
QStringList setupLines(const experiments::ExperimentRun &run);

} // namespace hawan::widgets::reportexport
