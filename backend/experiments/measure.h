#pragma once
// One measurement of the study's stress tests at one site: a tool run there through the site's
// runner (`[[site]] runner`, e.g. ssh to a host that mounts the volume; the lab's: a host's
// namespaces), its report read into named figures. The tools are fio (storage throughput and
// IOPS) and hawan-meta (metadata operations); each works under the site's `test_dir` and removes
// what it wrote (fio --unlink, hawan-meta its own directory).
#include "config/config.h"
#include "jobs/commandjob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace hawan::experiments {

// The storage tests run a tool at a site (this file); the VM tests make a test VM (vmtest.h).
enum class Test { Metadata, SeqWrite, SeqRead, RandRw, VmLifecycle, MigrateIdle, MigrateBusy };
QVector<Test> allTests();
QString testId(Test test);                       // "metadata", "seq-write", "seq-read", "rand-rw", "vm-lifecycle", "migrate-idle", "migrate-busy"
std::optional<Test> testFromId(const QString &id);
QString testTitle(Test test);                    // for people: "Sequential write (1 MiB blocks, fsync at end)"

// Sizes that finish in well under a minute per point by default.
struct Sizes
{
    int metaFiles = 2000;   // the reference figure of the GlusterFS-over-WAN literature
    int seqMiB = 64;
    int randMiB = 16;
    int randSeconds = 10;
};

struct Figure
{
    QString name;  // "write_MiBs", "create_ops_s", ...
    double value = 0;
    QString unit;  // "MiB/s", "ops/s", "ms"
};

struct Measurement
{
    QString test, site;
    double delayMs = -1;  // the emulated one-way delay set for it; -1 = the link as it is
    double rttMs = -1;    // the round trip the link probes measured during it; -1 = not measured
    QDateTime at;
    double seconds = 0;   // how long the tool ran
    QVector<Figure> figures;
    QString error;        // why there are no figures
    bool ok() const { return error.isEmpty(); }
    double figure(const QString &name) const; // NaN when absent
    QJsonObject toJson() const;
    static Measurement fromJson(const QJsonObject &o);
};

// The command that runs `test` at `site`: its runner, then the tool with its arguments. `metaTool`
// is hawan-meta's path as the site's hosts see it; `tag` makes the test's file names unique.
QStringList measureCommand(Test test, const config::Site &site, const Sizes &sizes, const QString &metaTool,
                           const QString &tag);
// A finished tool's standard output read into `m`'s figures, or its error.
void readReport(Test test, const QByteArray &report, Measurement *m);

// One test at one site as a job: the command as a CommandJob (standard output kept whole), the
// report read when it ends. A command that fails, or a report that cannot be read, ends it failed
// with the reason in measurement().error.
class MeasureJob : public jobs::CommandJob
{
    Q_OBJECT
public:
    MeasureJob(Test test, const config::Site &site, const Sizes &sizes, const QString &metaTool, const QString &tag,
               QObject *parent = nullptr);
    const Measurement &measurement() const { return m_measurement; }
    Measurement &measurement() { return m_measurement; }

private:
    const Test m_test;
    Measurement m_measurement;
};

} // namespace hawan::experiments
