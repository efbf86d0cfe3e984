#pragma once
// fio's JSON report (`fio --output-format=json`, fio 3.x): what the storage experiments keep of it.
// Per job and direction: bytes moved, bandwidth, IOPS and completion-latency percentiles. fio may
// print notices before the JSON; they are skipped. Anything else that is not the report fio writes
// is refused with the reason (a runner that printed something else, a truncated answer, a field of
// the wrong type), never read as zeros.
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace hawan::experiments {

struct FioDirection
{
    quint64 ioBytes = 0;
    double bandwidthBps = 0;   // bytes per second
    double iops = 0;
    double clatMeanMs = 0;     // completion latency
    double clatP50Ms = 0, clatP99Ms = 0, clatP999Ms = 0;
    bool used() const { return ioBytes > 0; }
};

struct FioJob
{
    QString name;
    int error = 0;             // fio's error number for the job; 0 = it ran
    qint64 runtimeMs = 0;
    FioDirection read, write;
};

struct FioReport
{
    QString version;           // "fio-3.33"
    QVector<FioJob> jobs;
};

Result<FioReport, QString> parseFioJson(const QByteArray &output);

} // namespace hawan::experiments
