#pragma once
// A run read as a report: for each figure of each test ("metadata: total_s"), one series per site
// with a point per sweep step (the delay set, the round trip measured, the mean over repeats and
// its spread), a straight line fitted through the points against the round trip (how many round
// trips one operation costs), and the whole as CSV. What the Experiments panel shows and exports.
#include "experiments/experiment.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <cmath>

namespace hawan::experiments {

struct ReportPoint
{
    double delayMs = -1;     // set for the step; -1 = the link as it is
    double rttMs = NAN;      // median of the round trips measured during its repeats
    double mean = NAN, min = NAN, max = NAN;
    int n = 0;               // repeats with the figure
    int failed = 0;          // repeats that failed
};

struct ReportSeries
{
    QString test, site, figure, unit;
    QVector<ReportPoint> points; // by delay, ascending
};

// y = intercept + slope * x over the points (x = round trip in ms, y = mean); r2 = coefficient of
// determination. n < 2 (or every x equal): slope and r2 are NaN.
struct LineFit
{
    double slope = NAN, intercept = NAN, r2 = NAN;
    int n = 0;
    bool valid() const { return !std::isnan(slope); }
};

// "metadata/total_s", one per test and figure measured in the run, in the order measured.
QStringList reportFigures(const ExperimentRun &run);
// "Metadata: total time (s)" for a figure key.
QString figureTitle(const QString &key, const QString &unit);
QVector<ReportSeries> reportSeries(const ExperimentRun &run, const QString &figureKey);
LineFit fitAgainstRtt(const QVector<ReportPoint> &points);
// Whether a straight line against the round trip means something for the figure: times (per
// operation, total, latencies) grow by round trips; rates (ops/s, MiB/s, IOPS) fall as their
// inverse, so their line would mislead.
bool fitsAgainstRtt(const QString &figure);
// Every measurement, one row per figure: run, test, site, delay, rtt, repeat time, figure, value, unit.
QByteArray reportCsv(const ExperimentRun &run);

// The runs kept under runsDirectory(), newest first (reads the disk: call off the GUI thread).
struct RunFile
{
    QString path;
    ExperimentRun run;
};
QVector<RunFile> readRuns(const QString &directory);

} // namespace hawan::experiments
