#pragma once
// An experiment: the study's tests repeated at each site over a sweep of emulated WAN delays (a
// lab's `[[link]] emulate`), or once over the link as it is (real sites). The job sets each delay,
// lets the link settle, runs every test at every site with a runner (each a MeasureJob subjob),
// records the round trip the link probes measured during each measurement, then puts the delay
// back as it was, also when cancelled or failed. Everything a test writes at a site goes into the
// run's own directory under the site's `test_dir`, created first and removed at the end (also
// after a cancel or a failure). The run (every measurement, the specification,
// the versions) is what a report is made of, kept as JSON under the state directory. Before it
// changes anything, the job writes down how to undo it (a LeftoverRecord): a console killed in the
// middle is cleaned up after at its next start.
#include "experiments/leftovers.h"
#include "experiments/measure.h"
#include "experiments/vmtest.h"
#include "jobs/job.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace hawan::probes { class ProbeHub; }

namespace hawan::experiments {

struct ExperimentSpec
{
    QVector<Test> tests;
    QVector<double> delaysMs;   // one-way; empty = the link as it is
    int repeats = 1;
    Sizes sizes;
    QString metaTool;           // hawan-meta's path as the sites' hosts see it
    int settleMs = 3000;        // after a delay is set, before measuring
    QJsonObject toJson() const;
    static ExperimentSpec fromJson(const QJsonObject &o);
};

struct ExperimentRun
{
    QString id;                 // "exp-20261204-181500"
    QString configFile;
    QDateTime started, ended;
    ExperimentSpec spec;
    QString link;               // the WAN link swept (its name)
    bool emulated = false;      // the delays were set (a lab); false = the link as it is
    QVector<Measurement> measurements;
    QStringList notes;          // what went differently ("no runner at Napoli: skipped", "cancelled")
    QJsonObject toJson() const;
    static ExperimentRun fromJson(const QJsonObject &o);
};

// Where runs are kept: <state>/hawan/experiments/<id>.json.
QString runsDirectory();
// "0,5,10,20ms" (or "0, 5 ,10") -> {0, 5, 10, 20}; nullopt, with `why`, when not a list of
// one-way delays from 0 to 1000 ms. Empty text: no sweep (the link as it is).
std::optional<QVector<double>> parseDelays(QString text, QString *why);
// $HAWAN_META when set; else hawan-meta next to the running program (installed), or in the build tree's app/hawan-meta, else
// the name alone (found on PATH at the sites). `programDir` is where the running program is
// (QCoreApplication::applicationDirPath(), read on the caller's thread); this looks at the disk:
// off the GUI thread in the console.
QString findMetaTool(const QString &programDir);

class ExperimentJob : public jobs::Job
{
    Q_OBJECT
public:
    // `vms`: where the VM tests make their test VMs (the fleet); null = no VM test can run.
    ExperimentJob(const config::Config &config, const probes::ProbeHub *probes, VmHosts *vms, ExperimentSpec spec,
                  QObject *parent = nullptr);
    QString title() const override;
    const ExperimentRun &run() const { return m_run; }
    // What the run will do, for the operator to confirm before it starts: what it writes where,
    // what it changes on the link, and about how long it takes (`rttMs`: the link's round trip
    // now, used when there is no sweep; metadata operations cost about 18 round trips per file,
    // measured in the lab).
    struct Preview
    {
        QStringList lines;
        double seconds = 0;
    };
    Preview preview(double rttMs) const;
    // Where the run was written when the job ended (empty until then, or when writing failed: see
    // the result's message).
    const QString &savedTo() const { return m_savedTo; }

Q_SIGNALS:
    void measured(const hawan::experiments::Measurement &m); // each, as it comes

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Step
    {
        enum Kind { ReadDelay, Record, Prepare, SetDelay, Settle, Measure, Restore, Clean, Unrecord } kind;
        double delayMs = -1;
        Test test = Test::Metadata;
        int site = -1;
        bool skipped = false; // a measurement whose site could not be prepared
    };
    void next();
    double stepSeconds(const Step &step, double baseRttMs) const; // about how long a step takes
    void runCommand(const QStringList &argv, const QString &title, std::function<void(jobs::Job *)> then);
    void measure(const Step &step);
    void measureVm(const Step &step);
    QString vmPrefix() const; // the test VMs' names start with it: "hawan-exp-20261204-181500-"
    QString workDir(int site) const; // the run's own directory under the site's test_dir
    void sampleRtt();
    double stopRttSampling(); // the median round trip sampled during a measurement; -1 = none
    void save();
    void record(bool write); // write the undo commands down (before changing anything), or remove them
    QVector<Undo> undoCommands() const;

    const config::Config m_config;
    const probes::ProbeHub *m_probes;
    VmHosts *m_vms;
    int m_vmSeq = 0;
    int m_link = -1;
    QVector<Step> m_steps;
    int m_next = 0;
    double m_restoreDelayMs = -1;
    bool m_cancelling = false;
    bool m_saving = false;
    QPointer<jobs::Job> m_current;
    QTimer m_settle, m_rttTimer;
    QVector<float> m_rttSamples;
    ExperimentRun m_run;
    QString m_savedTo;
    int m_failed = 0;
    std::shared_ptr<LeftoverRecord> m_record;
    bool m_recorded = false;
    bool m_undoFailed = false; // a restore or clean-up failed: the record stays for the next start
};

} // namespace hawan::experiments
