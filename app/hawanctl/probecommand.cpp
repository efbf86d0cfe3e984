#include "probecommand.h"

#include "output.h"

#include "core/fleet.h"
#include "probes/csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace hawanctl {

using namespace hawan;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("hawanctl", s); }
QString ms(float v) { return std::isnan(v) ? QStringLiteral("–") : QString::number(double(v), 'f', v < 10 ? 2 : 1); }
} // namespace

int probeCommand(QCoreApplication &app, core::Fleet &fleet, int seconds, const QString &csvFile)
{
    probes::ProbeHub *hub = fleet.probes();
    if (hub->intervalMs() <= 0) {
        err() << tr("hawanctl: the probes are off in this configuration ([probes] interval_ms = 0)") << Qt::endl;
        return Failed;
    }
    if (hub->seriesCount() == 0) {
        err() << tr("hawanctl: nothing to probe: add [[link.probe]] or probe_dirs (see docs/configuration.md)") << Qt::endl;
        return Failed;
    }
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    // One line per link reading as it comes; the rest in the summary.
    QObject::connect(hub, &probes::ProbeHub::readingAdded, &app, [hub](int s) {
        const auto &info = hub->info(s);
        if (info.group != probes::SeriesGroup::Link)
            return;
        const auto &r = hub->latest(s);
        out() << QDateTime::fromMSecsSinceEpoch(r.point.tMs).toString(QStringLiteral("HH:mm:ss")) << "  " << info.label << "  ";
        if (!r.error.isEmpty())
            out() << tr("error: %1").arg(r.error);
        else if (!r.point.answered())
            out() << tr("no answer (loss 100 %)");
        else
            out() << tr("%1 ms (p10-p90 %2-%3, jitter %4) loss %5 %")
                         .arg(ms(r.point.mid), ms(r.point.lo), ms(r.point.hi), ms(r.jitter))
                         .arg(double(r.point.loss) * 100.0, 0, 'f', 0);
        out() << Qt::endl;
    });
    fleet.startProbes();
    auto code = std::make_shared<int>(Ok);
    QTimer::singleShot(seconds * 1000, &app, [&app, hub, start, csvFile, code] {
        out() << Qt::endl << tr("Summary over %1 s (median of the interval medians, lowest, highest, mean loss):")
                                 .arg((QDateTime::currentMSecsSinceEpoch() - start) / 1000) << Qt::endl;
        QStringList rows{probes::csvHeader()};
        for (int s = 0; s < hub->seriesCount(); ++s) {
            const auto &info = hub->info(s);
            const auto pts = hub->history(s).points(0, start, std::numeric_limits<qint64>::max());
            std::vector<float> mids;
            float lo = probes::kNoValue, hi = probes::kNoValue;
            double loss = 0;
            for (const auto &p : pts) {
                rows << probes::csvRow(info, p, double(hub->intervalMs()) / 1000.0);
                if (p.answered()) {
                    mids.push_back(p.mid);
                    lo = std::isnan(lo) ? p.mid : std::min(lo, p.mid);
                    hi = std::isnan(hi) ? p.mid : std::max(hi, p.mid);
                }
                loss += p.loss;
            }
            const float median = probes::spreadOf(mids).mid;
            const QString error = hub->latest(s).error;
            out() << QStringLiteral("  %1: ").arg(info.label);
            if (pts.isEmpty())
                out() << tr("no reading");
            else
                out() << tr("%1 %2 (%3-%4), loss %5 %, %6 readings")
                             .arg(ms(median), info.unit, ms(lo), ms(hi))
                             .arg(loss / double(pts.size()) * 100.0, 0, 'f', 1).arg(pts.size());
            if (!error.isEmpty())
                out() << "  [" << error << "]";
            out() << Qt::endl;
            if (info.group == probes::SeriesGroup::Link && (!error.isEmpty() || mids.empty()))
                *code = Failed;
        }
        for (int l = 0; l < hub->linkCount(); ++l)
            if (hub->linkState(l).cut)
                *code = Failed;
        if (!csvFile.isEmpty()) {
            QSaveFile f(csvFile);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Text) || f.write(rows.join(QLatin1Char('\n')).toUtf8() + "\n") < 0
                || !f.commit()) {
                err() << tr("hawanctl: cannot write %1: %2").arg(csvFile, f.errorString()) << Qt::endl;
                *code = Failed;
            } else {
                // (a plain variable as the count: lupdate 6.4 loops forever on an expression there)
                const int recorded = int(rows.size()) - 1;
                out() << QCoreApplication::translate("hawanctl", "Recorded %n reading(s) in %1", nullptr, recorded).arg(csvFile) << Qt::endl;
            }
        }
        app.exit(*code);
    });
    return app.exec();
}

} // namespace hawanctl
