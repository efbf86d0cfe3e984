#include "experiments/reportexport.h"

#include "experiments/reportplot.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <qcustomplot.h>

namespace hawan::widgets::reportexport {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::widgets::ReportExport)
};

QString num(double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    return QString::number(v, 'f', std::abs(v) >= 100 ? 0 : std::abs(v) >= 10 ? 1 : 2);
}
} // namespace

QStringList tableHeader()
{
    return {Text::tr("Site"), Text::tr("Delay (ms)"), Text::tr("Round trip (ms)"), Text::tr("Mean"), Text::tr("Min"),
            Text::tr("Max"), Text::tr("Repeats"), Text::tr("Failed")};
}

QVector<QStringList> tableRows(const experiments::ExperimentRun &run, const QString &figureKey)
{
    QVector<QStringList> rows;
    for (const auto &s : experiments::reportSeries(run, figureKey))
        for (const auto &p : s.points)
            rows << QStringList{s.site, p.delayMs >= 0 ? num(p.delayMs) : Text::tr("as is"), num(p.rttMs), num(p.mean), num(p.min),
                                num(p.max), QString::number(p.n), QString::number(p.failed)};
    return rows;
}

QStringList setupLines(const experiments::ExperimentRun &run)
{
    const auto &sp = run.spec;
    QStringList tests, delays;
    for (auto t : sp.tests)
        tests << experiments::testId(t);
    for (double d : sp.delaysMs)
        delays << QString::number(d);
    const QString started = run.started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return {run.ended.isValid() ? Text::tr("Started %1, ended %2 (UTC)").arg(started, run.ended.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                : Text::tr("Started %1 (UTC), running").arg(started),
            Text::tr("Configuration: %1").arg(run.configFile),
            run.emulated ? Text::tr("Link %1, emulated one-way delays: %2 ms").arg(run.link, delays.join(QStringLiteral(", ")))
                         : Text::tr("Link %1 as it is (no delay emulated: real sites)").arg(run.link),
            [&] {
                QStringList sizes;
                if (sp.tests.contains(experiments::Test::Metadata))
                    sizes << Text::tr("%n file(s) (metadata)", nullptr, sp.sizes.metaFiles);
                if (sp.tests.contains(experiments::Test::SeqWrite) || sp.tests.contains(experiments::Test::SeqRead))
                    sizes << Text::tr("%1 MiB (sequential)").arg(sp.sizes.seqMiB);
                if (sp.tests.contains(experiments::Test::RandRw))
                    sizes << Text::tr("%1 MiB for %2 s (random)").arg(sp.sizes.randMiB).arg(sp.sizes.randSeconds);
                return Text::tr("Tests: %1; repeats: %2; %3").arg(tests.join(QStringLiteral(", "))).arg(sp.repeats).arg(sizes.join(QStringLiteral(", ")));
            }(),
            Text::tr("%n measurement(s)", nullptr, int(run.measurements.size()))};
}

QByteArray renderPdf(const experiments::ExperimentRun &run, const experiments::ExperimentRun *overlay)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(96);
    pdf.setTitle(Text::tr("Hawan experiment %1").arg(run.id));
    pdf.setCreator(QStringLiteral("Hawan"));
    QCPPainter p(&pdf); // one painter for the text and the plots, which QCustomPlot draws as vectors
    p.setMode(QCPPainter::pmVectorized);
    p.setMode(QCPPainter::pmNoCaching);
    const int width = p.viewport().width(), height = p.viewport().height();
    QFont body(QStringLiteral("DejaVu Sans"), 9), bold = body, title = body;
    bold.setBold(true);
    title.setPointSize(15);
    title.setBold(true);
    int y = 0;
    auto line = [&](const QString &text, const QFont &font, int gap = 4) {
        p.setFont(font);
        const QRect r = p.boundingRect(QRect(0, y, width, height), Qt::TextWordWrap, text);
        if (y + r.height() > height) {
            pdf.newPage();
            y = 0;
        }
        p.drawText(QRect(0, y, width, r.height()), Qt::TextWordWrap, text);
        y += r.height() + gap;
    };
    line(Text::tr("Hawan experiment %1").arg(run.id), title, 10);
    for (const QString &l : setupLines(run))
        line(l, body);
    if (overlay)
        line(Text::tr("Compared with %1 (hollow points)").arg(overlay->id), body);
    for (const QString &n : run.notes)
        line(Text::tr("Note: %1").arg(n), body);
    y += 8;

    QCustomPlot plot;
    plot.resize(width, 250);
    const QStringList header = tableHeader();
    for (const QString &key : experiments::reportFigures(run)) {
        const auto rows = tableRows(run, key);
        const int need = 20 + 250 + 40 + (int(rows.size()) + 1) * 15 + 12;
        if (y + need > height && y > 0) {
            pdf.newPage();
            y = 0;
        }
        QString unit;
        for (const auto &s : experiments::reportSeries(run, key))
            unit = s.unit;
        line(experiments::figureTitle(key, unit), bold);
        const QStringList fits = reportplot::draw(&plot, run, key, overlay, {Qt::black, Qt::white});
        p.save();
        p.translate(0, y);
        plot.toPainter(&p, width, 250);
        p.restore();
        y += 250 + 4;
        for (const QString &f : fits)
            line(f, body, 2);
        // The table: columns in proportion to what they hold.
        p.setFont(body);
        static const double kWidths[] = {1.4, 1.0, 1.4, 1.0, 1.0, 1.0, 0.9, 0.8};
        double total = 0;
        for (double w : kWidths)
            total += w;
        auto cells = [&](const QStringList &cells) {
            double x = 0;
            for (int c = 0; c < cells.size() && c < 8; ++c) {
                const int w = int(width * kWidths[c] / total);
                p.drawText(QRect(int(x), y, w - 4, 14), Qt::AlignLeft, cells[c]);
                x += w;
            }
            y += 15;
        };
        cells(header);
        for (const auto &row : rows)
            cells(row);
        y += 12;
    }
    p.end();
    return bytes;
}

} // namespace hawan::widgets::reportexport
