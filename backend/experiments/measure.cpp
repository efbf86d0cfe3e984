#include "experiments/measure.h"

#include "experiments/fio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace hawan::experiments {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::experiments::Measure)
};

constexpr double MiB = 1024.0 * 1024.0;

void readFio(Test test, const QByteArray &report, Measurement *m)
{
    const auto r = parseFioJson(report);
    if (!r.ok()) {
        m->error = r.error();
        return;
    }
    const FioJob &j = r->jobs.first();
    if (j.error != 0) {
        m->error = Text::tr("fio's job failed (error %1)").arg(j.error);
        return;
    }
    m->seconds = double(j.runtimeMs) / 1000.0;
    auto direction = [m](const QString &prefix, const FioDirection &d, bool iops) {
        m->figures.push_back({prefix + QStringLiteral("_MiBs"), d.bandwidthBps / MiB, QStringLiteral("MiB/s")});
        if (iops)
            m->figures.push_back({prefix + QStringLiteral("_iops"), d.iops, QStringLiteral("IOPS")});
        m->figures.push_back({prefix + QStringLiteral("_lat_mean_ms"), d.clatMeanMs, QStringLiteral("ms")});
        m->figures.push_back({prefix + QStringLiteral("_lat_p99_ms"), d.clatP99Ms, QStringLiteral("ms")});
    };
    if (test == Test::SeqWrite)
        direction(QStringLiteral("write"), j.write, false);
    else if (test == Test::SeqRead)
        direction(QStringLiteral("read"), j.read, false);
    else {
        direction(QStringLiteral("read"), j.read, true);
        direction(QStringLiteral("write"), j.write, true);
    }
}

void readMeta(const QByteArray &report, Measurement *m)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(report.trimmed(), &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(QLatin1String("tool")).toString() != QLatin1String("hawan-meta")) {
        m->error = Text::tr("not hawan-meta's report: %1").arg(QString::fromUtf8(report.left(200)).trimmed());
        return;
    }
    if (o.contains(QLatin1String("error"))) {
        m->error = Text::tr("hawan-meta: %1").arg(o.value(QLatin1String("error")).toString());
        return;
    }
    const QJsonArray phases = o.value(QLatin1String("phases")).toArray();
    if (phases.isEmpty()) {
        m->error = Text::tr("hawan-meta's report has no phases");
        return;
    }
    for (const QJsonValue &v : phases) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QLatin1String("name")).toString().replace(QLatin1Char('-'), QLatin1Char('_'));
        const double ops = p.value(QLatin1String("ops")).toDouble(), s = p.value(QLatin1String("seconds")).toDouble(-1);
        if (name.isEmpty() || ops <= 0 || s < 0) {
            m->error = Text::tr("hawan-meta's report: a phase without a name, operations or time");
            m->figures.clear();
            return;
        }
        m->figures.push_back({name + QStringLiteral("_ops_s"), s > 0 ? ops / s : 0, QStringLiteral("ops/s")});
        m->figures.push_back({name + QStringLiteral("_ms_per_op"), s * 1000.0 / ops, QStringLiteral("ms")});
    }
    m->seconds = o.value(QLatin1String("total_seconds")).toDouble();
    m->figures.push_back({QStringLiteral("total_s"), m->seconds, QStringLiteral("s")});
}
} // namespace

QString testId(Test test)
{
    switch (test) {
    case Test::Metadata: return QStringLiteral("metadata");
    case Test::SeqWrite: return QStringLiteral("seq-write");
    case Test::SeqRead: return QStringLiteral("seq-read");
    case Test::RandRw: return QStringLiteral("rand-rw");
    case Test::VmLifecycle: return QStringLiteral("vm-lifecycle");
    case Test::MigrateIdle: return QStringLiteral("migrate-idle");
    case Test::MigrateBusy: return QStringLiteral("migrate-busy");
    }
    return {};
}

QVector<Test> allTests()
{
    return {Test::Metadata, Test::SeqWrite, Test::SeqRead, Test::RandRw, Test::VmLifecycle, Test::MigrateIdle, Test::MigrateBusy};
}

std::optional<Test> testFromId(const QString &id)
{
    for (Test t : allTests())
        if (testId(t) == id)
            return t;
    return std::nullopt;
}

QString testTitle(Test test)
{
    switch (test) {
    case Test::Metadata: return Text::tr("Metadata: create, stat, rename, unlink small files; extract a tree");
    case Test::SeqWrite: return Text::tr("Sequential write (1 MiB blocks, fsync at the end)");
    case Test::SeqRead: return Text::tr("Sequential read (1 MiB blocks, cache dropped first)");
    case Test::RandRw: return Text::tr("Random read/write (4 KiB blocks, IOPS)");
    case Test::VmLifecycle: return Text::tr("VM life cycle: create, start, migrate there and back, shut down, delete (time and WAN bytes per phase)");
    case Test::MigrateIdle: return Text::tr("Migration of an idle VM (time, downtime, data, passes)");
    case Test::MigrateBusy: return Text::tr("Migration of a busy VM (it keeps dirtying its memory): time, downtime, data, passes");
    }
    return {};
}

double Measurement::figure(const QString &name) const
{
    for (const auto &f : figures)
        if (f.name == name)
            return f.value;
    return std::nan("");
}

QJsonObject Measurement::toJson() const
{
    QJsonArray figs;
    for (const auto &f : figures)
        figs.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}, {QStringLiteral("unit"), f.unit}});
    QJsonObject o{{QStringLiteral("test"), test}, {QStringLiteral("site"), site}, {QStringLiteral("delay_ms"), delayMs},
                  {QStringLiteral("rtt_ms"), rttMs}, {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("seconds"), seconds}, {QStringLiteral("figures"), figs}};
    if (!error.isEmpty())
        o[QStringLiteral("error")] = error;
    return o;
}

Measurement Measurement::fromJson(const QJsonObject &o)
{
    Measurement m;
    m.test = o.value(QLatin1String("test")).toString();
    m.site = o.value(QLatin1String("site")).toString();
    m.delayMs = o.value(QLatin1String("delay_ms")).toDouble(-1);
    m.rttMs = o.value(QLatin1String("rtt_ms")).toDouble(-1);
    m.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    m.seconds = o.value(QLatin1String("seconds")).toDouble();
    m.error = o.value(QLatin1String("error")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("figures")).toArray()) {
        const QJsonObject f = v.toObject();
        m.figures.push_back({f.value(QLatin1String("name")).toString(), f.value(QLatin1String("value")).toDouble(),
                             f.value(QLatin1String("unit")).toString()});
    }
    return m;
}

QStringList measureCommand(Test test, const config::Site &site, const Sizes &sizes, const QString &metaTool, const QString &tag)
{
    QStringList argv = site.runner;
    if (test == Test::Metadata)
        // The tree to unpack grows with the files: a tenth as many again (20 directories of 10 at 2,000).
        return argv << metaTool << QStringLiteral("--dir") << site.testDir << QStringLiteral("--files")
                    << QString::number(sizes.metaFiles) << QStringLiteral("--tree-dirs")
                    << QString::number(std::max(1, sizes.metaFiles / 100)) << QStringLiteral("--tree-files") << QStringLiteral("10");
    argv << QStringLiteral("fio") << QStringLiteral("--output-format=json") << QStringLiteral("--directory=") + site.testDir
         << QStringLiteral("--unlink=1") << QStringLiteral("--ioengine=psync");
    const QString name = QStringLiteral("--name=hawan-%1-%2").arg(testId(test), tag);
    switch (test) {
    case Test::SeqWrite:
        argv << name << QStringLiteral("--rw=write") << QStringLiteral("--bs=1M") << QStringLiteral("--size=%1M").arg(sizes.seqMiB)
             << QStringLiteral("--end_fsync=1");
        break;
    case Test::SeqRead:
        argv << name << QStringLiteral("--rw=read") << QStringLiteral("--bs=1M") << QStringLiteral("--size=%1M").arg(sizes.seqMiB)
             << QStringLiteral("--invalidate=1");
        break;
    case Test::RandRw:
        argv << name << QStringLiteral("--rw=randrw") << QStringLiteral("--bs=4k") << QStringLiteral("--size=%1M").arg(sizes.randMiB)
             << QStringLiteral("--runtime=%1").arg(sizes.randSeconds) << QStringLiteral("--time_based");
        break;
    case Test::Metadata:
    case Test::VmLifecycle:
    case Test::MigrateIdle:
    case Test::MigrateBusy:
        break;
    }
    return argv;
}

void readReport(Test test, const QByteArray &report, Measurement *m)
{
    m->figures.clear();
    m->error.clear();
    if (test == Test::Metadata)
        readMeta(report, m);
    else
        readFio(test, report, m);
}

MeasureJob::MeasureJob(Test test, const config::Site &site, const Sizes &sizes, const QString &metaTool, const QString &tag,
                       QObject *parent)
    : CommandJob(QStringLiteral("%1 at %2").arg(testId(test), site.name), measureCommand(test, site, sizes, metaTool, tag),
                 // generous: a WAN at 100 ms makes 2,000 files x 4 operations take minutes
                 30 * 60 * 1000, parent),
      m_test(test)
{
    setKeepStdout(true);
    m_measurement.test = testId(test);
    m_measurement.site = site.name;
    connect(this, &Job::started, this, [this] { m_measurement.at = QDateTime::currentDateTimeUtc(); });
    connect(this, &Job::ended, this, [this] {
        const auto &r = jobResult();
        // A tool that failed may still say why in its report (hawan-meta's JSON error, fio's job
        // error); with no report at all, the command's own failure (cannot run, exit code, stderr) says it.
        if (!r.succeeded() && stdoutBytes().trimmed().isEmpty()) {
            m_measurement.figures.clear();
            m_measurement.error = r.message.isEmpty() ? Text::tr("the command failed with no output") : r.message;
            return;
        }
        readReport(m_test, stdoutBytes(), &m_measurement);
        if (!r.succeeded() && m_measurement.ok())
            m_measurement.error = r.message;
        else if (!r.succeeded() && !output().isEmpty() && !m_measurement.error.contains(output()))
            m_measurement.error += QStringLiteral(" (%1)").arg(output().right(300));
    });
}

} // namespace hawan::experiments
