#include "experiments/fio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hawan::experiments {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::experiments::Fio)
};

// A number fio writes; false (with `why`) when absent or not a number.
bool number(const QJsonObject &o, const char *key, double *into, QString *why, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble()) {
        *why = v.isUndefined() ? Text::tr("%1: '%2' is missing").arg(where, QLatin1String(key))
                               : Text::tr("%1: '%2' is not a number").arg(where, QLatin1String(key));
        return false;
    }
    *into = v.toDouble();
    return true;
}

bool direction(const QJsonObject &o, FioDirection *d, QString *why, const QString &where)
{
    double bytes = 0;
    if (!number(o, "io_bytes", &bytes, why, where) || !number(o, "bw_bytes", &d->bandwidthBps, why, where)
        || !number(o, "iops", &d->iops, why, where))
        return false;
    if (bytes < 0 || d->bandwidthBps < 0 || d->iops < 0) {
        *why = Text::tr("%1: a negative figure").arg(where);
        return false;
    }
    d->ioBytes = quint64(bytes);
    if (!d->used())
        return true; // a direction the job did not do: fio still writes it, with zeros
    const QJsonValue clat = o.value(QLatin1String("clat_ns"));
    if (!clat.isObject()) {
        *why = Text::tr("%1: 'clat_ns' (completion latency) is missing").arg(where);
        return false;
    }
    double mean = 0;
    if (!number(clat.toObject(), "mean", &mean, why, where + QStringLiteral(".clat_ns")))
        return false;
    d->clatMeanMs = mean / 1e6;
    const QJsonObject pct = clat.toObject().value(QLatin1String("percentile")).toObject();
    auto percentile = [&pct](const char *key) { return pct.value(QLatin1String(key)).toDouble(0) / 1e6; };
    d->clatP50Ms = percentile("50.000000");
    d->clatP99Ms = percentile("99.000000");
    d->clatP999Ms = percentile("99.900000");
    return true;
}
} // namespace

Result<FioReport, QString> parseFioJson(const QByteArray &output)
{
    // Notices fio prints before the report (one per line) are skipped: the report starts with a
    // line that opens with '{'.
    qsizetype start = output.startsWith('{') ? 0 : output.indexOf("\n{");
    if (start < 0)
        return Text::tr("not fio's JSON report: %1").arg(QString::fromUtf8(output.left(200)).trimmed());
    if (start > 0)
        ++start;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(output.mid(start), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Text::tr("fio's report is not valid JSON (%1 at byte %2): truncated, or mixed with other output?")
            .arg(pe.errorString()).arg(pe.offset + start);
    if (!doc.isObject())
        return Text::tr("fio's report is not a JSON object");
    const QJsonObject root = doc.object();
    FioReport r;
    r.version = root.value(QLatin1String("fio version")).toString();
    const QJsonValue jobs = root.value(QLatin1String("jobs"));
    if (!jobs.isArray() || jobs.toArray().isEmpty())
        return Text::tr("fio's report has no jobs");
    for (const QJsonValue &jv : jobs.toArray()) {
        if (!jv.isObject())
            return Text::tr("fio's report: a job is not an object");
        const QJsonObject j = jv.toObject();
        FioJob job;
        job.name = j.value(QLatin1String("jobname")).toString();
        const QString where = job.name.isEmpty() ? Text::tr("job %1").arg(r.jobs.size() + 1) : job.name;
        QString why;
        double error = 0, runtime = 0;
        if (!number(j, "error", &error, &why, where))
            return why;
        job.error = int(error);
        if (job.error == 0) {
            if (!number(j, "job_runtime", &runtime, &why, where)
                || !direction(j.value(QLatin1String("read")).toObject(), &job.read, &why, where + QStringLiteral(".read"))
                || !direction(j.value(QLatin1String("write")).toObject(), &job.write, &why, where + QStringLiteral(".write")))
                return why;
            job.runtimeMs = qint64(runtime);
        }
        r.jobs.push_back(job);
    }
    return r;
}

} // namespace hawan::experiments
