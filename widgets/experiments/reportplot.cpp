#include "experiments/reportplot.h"

#include "plots/plotstyle.h"

#include <QCoreApplication>
#include <qcustomplot.h>

namespace hawan::widgets::reportplot {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::widgets::ReportPlot)
};

// The points of a series: x = round trip (the delay set x 2 when none was measured), y = mean.
void addSeries(QCustomPlot *plot, const experiments::ReportSeries &s, const QColor &color, bool hollow, const QString &name,
               double *xMax, double *yMax)
{
    QVector<double> x, y, lo, hi;
    for (const auto &p : s.points) {
        if (std::isnan(p.mean))
            continue;
        const double rtt = !std::isnan(p.rttMs) ? p.rttMs : p.delayMs >= 0 ? 2 * p.delayMs : 0;
        x << rtt;
        y << p.mean;
        lo << p.mean - p.min;
        hi << p.max - p.mean;
        *xMax = std::max(*xMax, rtt);
        *yMax = std::max(*yMax, p.max);
    }
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(hollow ? QCPScatterStyle::ssCircle : QCPScatterStyle::ssDisc, color,
                                       hollow ? Qt::transparent : color, hollow ? 8 : 7));
    g->setPen(QPen(color, 1.5));
    g->setData(x, y, true);
    auto *bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
    bars->removeFromLegend();
    bars->setDataPlottable(g);
    bars->setData(lo, hi);
    bars->setPen(QPen(color, 1));
    bars->setWhiskerWidth(6);
}
} // namespace

QString fitSentence(const experiments::ReportSeries &series, const experiments::LineFit &fit)
{
    if (!fit.valid())
        return Text::tr("%1: no line (it needs two points or more at different round trips)").arg(series.site);
    const QString r2 = QString::number(fit.r2, 'f', 3);
    if (series.figure.endsWith(QLatin1String("_ms_per_op")))
        return Text::tr("%1: each operation costs %2 round trips, plus %3 ms (R² %4)")
            .arg(series.site).arg(fit.slope, 0, 'f', 2).arg(fit.intercept, 0, 'f', 2).arg(r2);
    return Text::tr("%1: %2 %3 per ms of round trip, %4 %3 at none (R² %5)")
        .arg(series.site).arg(fit.slope, 0, 'g', 3).arg(series.unit).arg(fit.intercept, 0, 'g', 3).arg(r2);
}

QStringList draw(QCustomPlot *plot, const experiments::ExperimentRun &run, const QString &figureKey,
                 const experiments::ExperimentRun *overlay, const Colors &colors)
{
    plot->clearGraphs();
    plot->clearPlottables();
    plot->clearItems();
    plot->setBackground(colors.background);
    for (QCPAxis *a : {plot->xAxis, plot->yAxis}) {
        a->setBasePen(QPen(colors.foreground));
        a->setTickPen(QPen(colors.foreground));
        a->setSubTickPen(QPen(colors.foreground));
        a->setTickLabelColor(colors.foreground);
        a->setLabelColor(colors.foreground);
        a->grid()->setPen(QPen(QColor(colors.foreground.red(), colors.foreground.green(), colors.foreground.blue(), 40), 0, Qt::DotLine));
    }
    plot->legend->setVisible(true);
    plot->legend->setBrush(colors.background);
    plot->legend->setTextColor(colors.foreground);
    plot->legend->setBorderPen(QPen(QColor(colors.foreground.red(), colors.foreground.green(), colors.foreground.blue(), 80)));
    const auto series = experiments::reportSeries(run, figureKey);
    // The legend goes in the corner the points leave free: top left when they rise with the round
    // trip (times), top right when they fall (rates).
    bool rising = true;
    if (!series.isEmpty() && series.first().points.size() > 1)
        rising = series.first().points.last().mean >= series.first().points.first().mean;
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | (rising ? Qt::AlignLeft : Qt::AlignRight));
    QString unit;
    double xMax = 1, yMax = 0;
    QStringList fits;
    for (int i = 0; i < series.size(); ++i) {
        const auto &s = series[i];
        unit = s.unit;
        const QColor c = plotstyle::seriesColor(i);
        addSeries(plot, s, c, false, s.site, &xMax, &yMax);
        const auto fit = experiments::fitsAgainstRtt(s.figure) ? experiments::fitAgainstRtt(s.points) : experiments::LineFit{};
        if (experiments::fitsAgainstRtt(s.figure))
            fits << fitSentence(s, fit);
        if (fit.valid()) {
            QCPGraph *line = plot->addGraph();
            line->removeFromLegend();
            QPen pen(c, 1.5, Qt::DashLine);
            line->setPen(pen);
            double x0 = 1e300, x1 = 0;
            for (const auto &p : s.points)
                if (!std::isnan(p.rttMs)) {
                    x0 = std::min(x0, p.rttMs);
                    x1 = std::max(x1, p.rttMs);
                }
            line->setData({x0, x1}, {fit.intercept + fit.slope * x0, fit.intercept + fit.slope * x1}, true);
        }
    }
    if (overlay) {
        const auto earlier = experiments::reportSeries(*overlay, figureKey);
        for (int i = 0; i < earlier.size(); ++i) {
            QColor c = plotstyle::seriesColor(i);
            c.setAlpha(150);
            addSeries(plot, earlier[i], c, true, Text::tr("%1 (%2)").arg(earlier[i].site, overlay->id), &xMax, &yMax);
        }
    }
    plot->xAxis->setLabel(Text::tr("round trip measured (ms)"));
    plot->yAxis->setLabel(unit); // the figure's name is in the title above (the panel's chooser, the PDF's heading)
    plot->xAxis->setRange(0, xMax * 1.08 + 0.5);
    plot->yAxis->setRange(0, yMax > 0 ? yMax * 1.12 : 1);
    if (series.isEmpty()) {
        auto *empty = new QCPItemText(plot);
        empty->position->setType(QCPItemPosition::ptAxisRectRatio);
        empty->position->setCoords(0.5, 0.5);
        empty->setColor(colors.foreground);
        empty->setText(Text::tr("No measurement of this figure yet"));
    }
    plot->replot();
    return fits;
}

} // namespace hawan::widgets::reportplot
