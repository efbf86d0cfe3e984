// A run read as a report: series per site with the mean and spread over repeats at each point,
// the round trip as the median of the repeats', the line fitted against it, the CSV, and the runs
// kept on disk read back (records of interrupted runs are not reports).
#include "experiments/report.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace hawan::experiments;

namespace {
Measurement meas(const QString &site, double delay, double rtt, double total, bool ok = true)
{
    Measurement m;
    m.test = QStringLiteral("metadata");
    m.site = site;
    m.delayMs = delay;
    m.rttMs = rtt;
    m.at = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    m.seconds = total;
    if (ok)
        m.figures = {{QStringLiteral("create_ops_s"), 1000.0 / (1 + rtt), QStringLiteral("ops/s")},
                     {QStringLiteral("total_s"), total, QStringLiteral("s")}};
    else
        m.error = QStringLiteral("hawan-meta: No space left on device");
    return m;
}

// total = 2 + 0.5 * rtt exactly, two repeats at Roma1 (one failed at 20 ms), one at Napoli.
ExperimentRun sample()
{
    ExperimentRun r;
    r.id = QStringLiteral("exp-20261204-120000");
    for (double d : {0.0, 5.0, 10.0, 20.0}) {
        const double rtt = 0.4 + 2 * d;
        r.measurements << meas(QStringLiteral("Roma1"), d, rtt, 2 + 0.5 * rtt - 0.1) << meas(QStringLiteral("Roma1"), d, rtt + 0.2, 2 + 0.5 * rtt + 0.1)
                       << meas(QStringLiteral("Napoli"), d, rtt, 2 + 0.5 * rtt);
    }
    r.measurements << meas(QStringLiteral("Roma1"), 20, 40.4, 0, false);
    return r;
}
} // namespace

class TstReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figuresAndTitles()
    {
        const QStringList f = reportFigures(sample());
        QCOMPARE(f, (QStringList{QStringLiteral("metadata/create_ops_s"), QStringLiteral("metadata/total_s")}));
        QCOMPARE(figureTitle(QStringLiteral("metadata/total_s"), QStringLiteral("s")), QStringLiteral("Metadata: total time (s)"));
        QCOMPARE(figureTitle(QStringLiteral("seq-write/write_MiBs"), QStringLiteral("MiB/s")).section(QLatin1Char(':'), 1).trimmed(),
                 QStringLiteral("write throughput (MiB/s)"));
    }

    void seriesPerSiteWithSpread()
    {
        const auto series = reportSeries(sample(), QStringLiteral("metadata/total_s"));
        QCOMPARE(series.size(), 2);
        const ReportSeries &roma = series[0];
        QCOMPARE(roma.site, QStringLiteral("Roma1"));
        QCOMPARE(roma.unit, QStringLiteral("s"));
        QCOMPARE(roma.points.size(), 4);
        const ReportPoint &p = roma.points[1]; // 5 ms
        QCOMPARE(p.delayMs, 5.0);
        QCOMPARE(p.n, 2);
        QCOMPARE(p.failed, 0);
        QCOMPARE(p.rttMs, 10.5); // median of 10.4 and 10.6
        QVERIFY(qAbs(p.mean - (2 + 0.5 * 10.4)) < 1e-9);
        QVERIFY(qAbs(p.max - p.min - 0.2) < 1e-9);
        QCOMPARE(roma.points[3].failed, 1); // the failed repeat counted, not averaged
        QCOMPARE(roma.points[3].n, 2);
        QCOMPARE(series[1].points[0].n, 1);
        QCOMPARE(series[1].points[0].min, series[1].points[0].max);
    }

    void lineFitAgainstRtt()
    {
        const auto napoli = reportSeries(sample(), QStringLiteral("metadata/total_s"))[1];
        const LineFit fit = fitAgainstRtt(napoli.points);
        QCOMPARE(fit.n, 4);
        QVERIFY(qAbs(fit.slope - 0.5) < 1e-9);
        QVERIFY(qAbs(fit.intercept - 2) < 1e-9);
        QVERIFY(qAbs(fit.r2 - 1) < 1e-9);
        // Too few points, or no spread in x: no line.
        QVERIFY(!fitAgainstRtt({napoli.points[0]}).valid());
        QVector<ReportPoint> same{napoli.points[0], napoli.points[0]};
        QVERIFY(!fitAgainstRtt(same).valid());
        // Scattered points: r2 below 1.
        auto noisy = napoli.points;
        noisy[1].mean += 15;
        QVERIFY(fitAgainstRtt(noisy).r2 < 0.9);
        // Times get a line; rates (the inverse of a time) do not.
        QVERIFY(fitsAgainstRtt(QStringLiteral("total_s")));
        QVERIFY(fitsAgainstRtt(QStringLiteral("create_ms_per_op")));
        QVERIFY(fitsAgainstRtt(QStringLiteral("write_lat_p99_ms")));
        QVERIFY(!fitsAgainstRtt(QStringLiteral("create_ops_s")));
        QVERIFY(!fitsAgainstRtt(QStringLiteral("write_MiBs")));
        QVERIFY(fitsAgainstRtt(QStringLiteral("migrate_there_s")));
        QVERIFY(fitsAgainstRtt(QStringLiteral("downtime_ms")));
        QVERIFY(!fitsAgainstRtt(QStringLiteral("data_MiB")));
        QVERIFY(!fitsAgainstRtt(QStringLiteral("passes")));
        QCOMPARE(figureTitle(QStringLiteral("vm-lifecycle/migrate_there_out_MiB"), QStringLiteral("MiB")),
                 QStringLiteral("VM life cycle: migrate there: WAN bytes out of the site (MiB)"));
        QCOMPARE(figureTitle(QStringLiteral("migrate-busy/data_MiB"), QStringLiteral("MiB")),
                 QStringLiteral("Migration of a busy VM: data sent (libvirt's job statistics) (MiB)"));
        QVERIFY(!fitsAgainstRtt(QStringLiteral("read_iops")));
    }

    void csvHasEveryFigureAndFailure()
    {
        const QList<QByteArray> lines = reportCsv(sample()).trimmed().split('\n');
        QCOMPARE(lines[0], QByteArray("run,test,site,delay_ms,rtt_ms,at,seconds,figure,value,unit,error"));
        QCOMPARE(lines.size(), 1 + 12 * 2 + 1);
        QVERIFY(lines[1].startsWith("exp-20261204-120000,metadata,Roma1,0,0.400,2027-01-15T08:00:00.000Z,"));
        QVERIFY(lines.last().endsWith(",,,,hawan-meta: No space left on device"));
    }

    void runsReadBackNewestFirst()
    {
        QTemporaryDir dir;
        auto save = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        ExperimentRun a = sample(), b = sample();
        a.id = QStringLiteral("exp-20261201-100000");
        b.id = QStringLiteral("exp-20261202-100000");
        save(a.id + QStringLiteral(".json"), QJsonDocument(a.toJson()).toJson());
        save(b.id + QStringLiteral(".json"), QJsonDocument(b.toJson()).toJson());
        save(QStringLiteral("exp-20261203-100000.pending.json"), "{\"hawan_experiment_leftovers\": 1}");
        save(QStringLiteral("exp-garbage.json"), "not json");
        const auto runs = readRuns(dir.path());
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].run.id, b.id);
        QCOMPARE(runs[1].run.measurements.size(), a.measurements.size());
    }
};

HAWAN_TEST_MAIN(TstReport, QCoreApplication)
#include "tst_report.moc"
