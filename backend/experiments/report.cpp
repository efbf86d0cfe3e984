#include "experiments/report.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace hawan::experiments {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::experiments::Report)
};

QString key(const QString &test, const QString &figure)
{
    return test + QLatin1Char('/') + figure;
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return NAN;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

QStringList reportFigures(const ExperimentRun &run)
{
    QStringList out;
    for (const auto &m : run.measurements)
        for (const auto &f : m.figures)
            if (!out.contains(key(m.test, f.name)))
                out << key(m.test, f.name);
    return out;
}

QString figureTitle(const QString &figureKey, const QString &unit)
{
    const QString test = figureKey.section(QLatin1Char('/'), 0, 0), figure = figureKey.section(QLatin1Char('/'), 1);
    const auto t = testFromId(test);
    QString name = figure;
    // "create_ops_s" -> "create ops/s"; "total_s" -> "total time"
    if (figure == QLatin1String("total_s"))
        name = Text::tr("total time");
    else if (figure.endsWith(QLatin1String("_ops_s")))
        name = Text::tr("%1 rate").arg(figure.chopped(6).replace(QLatin1Char('_'), QLatin1Char(' ')));
    else if (figure.endsWith(QLatin1String("_ms_per_op")))
        name = Text::tr("%1 time per operation").arg(figure.chopped(10).replace(QLatin1Char('_'), QLatin1Char(' ')));
    else if (figure.endsWith(QLatin1String("_MiBs")))
        name = Text::tr("%1 throughput").arg(figure.chopped(5));
    else if (figure.endsWith(QLatin1String("_iops")))
        name = Text::tr("%1 IOPS").arg(figure.chopped(5));
    else if (figure.endsWith(QLatin1String("_lat_mean_ms")))
        name = Text::tr("%1 mean latency").arg(figure.chopped(12));
    else if (figure.endsWith(QLatin1String("_lat_p99_ms")))
        name = Text::tr("%1 99th percentile latency").arg(figure.chopped(11));
    // The VM tests: per phase of the life cycle, and per migration.
    else if (figure.endsWith(QLatin1String("_out_MiB")))
        name = Text::tr("%1: WAN bytes out of the site").arg(figure.chopped(8).replace(QLatin1Char('_'), QLatin1Char(' ')));
    else if (figure.endsWith(QLatin1String("_in_MiB")))
        name = Text::tr("%1: WAN bytes into the site").arg(figure.chopped(7).replace(QLatin1Char('_'), QLatin1Char(' ')));
    else if (figure == QLatin1String("downtime_ms"))
        name = Text::tr("downtime");
    else if (figure == QLatin1String("data_MiB"))
        name = Text::tr("data sent (libvirt's job statistics)");
    else if (figure == QLatin1String("wan_MiB"))
        name = Text::tr("bytes on the WAN, that way (frames)");
    else if (figure == QLatin1String("wan_reverse_MiB"))
        name = Text::tr("bytes on the WAN, the other way (frames)");
    else if (figure == QLatin1String("passes"))
        name = Text::tr("passes over memory");
    else if (figure == QLatin1String("throttle_pct"))
        name = Text::tr("auto-converge's CPU throttle, at most");
    else if (figure == QLatin1String("forced_off"))
        name = Text::tr("forced off (did not power off when asked)");
    else if (figure.endsWith(QLatin1String("_s")))
        name = Text::tr("%1 time").arg(figure.chopped(2).replace(QLatin1Char('_'), QLatin1Char(' ')));
    const QString testName = t ? testTitle(*t).section(QLatin1String(" ("), 0, 0).section(QLatin1Char(':'), 0, 0) : test;
    return unit.isEmpty() ? Text::tr("%1: %2").arg(testName, name) : Text::tr("%1: %2 (%3)").arg(testName, name, unit);
}

QVector<ReportSeries> reportSeries(const ExperimentRun &run, const QString &figureKey)
{
    const QString test = figureKey.section(QLatin1Char('/'), 0, 0), figure = figureKey.section(QLatin1Char('/'), 1);
    QVector<ReportSeries> out;
    // site -> delay -> (values, rtts, failed)
    struct Acc
    {
        QVector<double> values, rtts;
        int failed = 0;
    };
    QStringList sites;
    QMap<QString, QMap<double, Acc>> acc;
    QString unit;
    for (const auto &m : run.measurements) {
        if (m.test != test)
            continue;
        if (!sites.contains(m.site))
            sites << m.site;
        Acc &a = acc[m.site][m.delayMs];
        if (!m.ok()) {
            ++a.failed;
            continue;
        }
        for (const auto &f : m.figures)
            if (f.name == figure) {
                a.values << f.value;
                unit = f.unit;
            }
        if (m.rttMs >= 0)
            a.rtts << m.rttMs;
    }
    for (const QString &site : sites) {
        ReportSeries s{test, site, figure, unit, {}};
        const auto &byDelay = acc[site];
        for (auto it = byDelay.cbegin(); it != byDelay.cend(); ++it) {
            ReportPoint p;
            p.delayMs = it.key();
            p.failed = it->failed;
            p.n = int(it->values.size());
            p.rttMs = median(it->rtts);
            if (p.n > 0) {
                p.min = *std::min_element(it->values.cbegin(), it->values.cend());
                p.max = *std::max_element(it->values.cbegin(), it->values.cend());
                double sum = 0;
                for (double v : it->values)
                    sum += v;
                p.mean = sum / p.n;
            }
            s.points << p;
        }
        out << s;
    }
    return out;
}

bool fitsAgainstRtt(const QString &figure)
{
    return figure.endsWith(QLatin1String("_ms_per_op")) || figure.endsWith(QLatin1String("_ms"))
        || (figure.endsWith(QLatin1String("_s")) && !figure.endsWith(QLatin1String("_ops_s")));
}

LineFit fitAgainstRtt(const QVector<ReportPoint> &points)
{
    LineFit fit;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    QVector<QPair<double, double>> xy;
    for (const auto &p : points)
        if (!std::isnan(p.rttMs) && !std::isnan(p.mean))
            xy.push_back({p.rttMs, p.mean});
    fit.n = int(xy.size());
    if (fit.n < 2)
        return fit;
    for (const auto &[x, y] : xy) {
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = fit.n, den = n * sxx - sx * sx;
    if (std::abs(den) < 1e-12)
        return fit;
    fit.slope = (n * sxy - sx * sy) / den;
    fit.intercept = (sy - fit.slope * sx) / n;
    const double mean = sy / n;
    double ssTot = 0, ssRes = 0;
    for (const auto &[x, y] : xy) {
        ssTot += (y - mean) * (y - mean);
        const double e = y - (fit.intercept + fit.slope * x);
        ssRes += e * e;
    }
    fit.r2 = ssTot > 0 ? 1 - ssRes / ssTot : 1;
    return fit;
}

QByteArray reportCsv(const ExperimentRun &run)
{
    QStringList lines{QStringLiteral("run,test,site,delay_ms,rtt_ms,at,seconds,figure,value,unit,error")};
    for (const auto &m : run.measurements) {
        const QString head = QStringList{csvField(run.id), csvField(m.test), csvField(m.site),
                                         m.delayMs >= 0 ? QString::number(m.delayMs) : QString(),
                                         m.rttMs >= 0 ? QString::number(m.rttMs, 'f', 3) : QString(),
                                         m.at.toString(Qt::ISODateWithMs), QString::number(m.seconds, 'f', 3)}
                                 .join(QLatin1Char(','));
        if (!m.ok()) {
            lines << head + QStringLiteral(",,,,") + csvField(m.error);
            continue;
        }
        for (const auto &f : m.figures)
            lines << head + QLatin1Char(',') + QStringList{csvField(f.name), QString::number(f.value, 'g', 10), csvField(f.unit), QString()}.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QVector<RunFile> readRuns(const QString &directory)
{
    QVector<RunFile> out;
    const auto files = QDir(directory).entryInfoList({QStringLiteral("exp-*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &fi : files) {
        if (fi.fileName().endsWith(QLatin1String(".pending.json")))
            continue;
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly) || f.size() > (64 << 20))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.value(QLatin1String("hawan_experiment")).toInt() != 1)
            continue;
        out.push_back({fi.filePath(), ExperimentRun::fromJson(o)});
    }
    return out;
}

} // namespace hawan::experiments
