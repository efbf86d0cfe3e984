#pragma once
// The study's resilience tests as drills: each states its precondition, injects one fault with a
// configured command (`[[host]] faults`, `[[link]] faults`, `[[storage]] faults`), watches what the
// console sees (with the time of each thing since the fault), repairs, waits for the storage to
// heal, and ends with a verdict: checks that must hold (every VM runs exactly once, asked of every
// daemon; every write the shared volume acknowledged during the drill is readable at every site;
// no split-brain entry) and figures (time to detect, to fence, each restarted VM's downtime, heal
// time, alarms raised). A write witness (hawan-writer) runs at each site through its runner for the
// whole drill.
//
// A drill is a job of jobs on the same layer as everything else: its commands, writers, the
// recovery plan of a host power loss and the migration of a WAN cut mid-migration are its subjobs
// (seen in the Jobs panel, journaled where they act). Before it injects anything it writes down
// how to repair it (experiments::LeftoverRecord): a console killed mid-drill repairs at its next
// start. A cancel repairs too, then verifies what it can.
#include "experiments/leftovers.h"
#include "jobs/job.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QPointF>
#include <QPointer>
#include <QTimer>

class QProcess;
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace hawan::core { class Fleet; }
namespace hawan::jobs { class PlanRunner; class MigrationJob; class MoveJob; }

namespace hawan::drills {

class WriterJob;

enum class Drill {
    HostPowerLoss,      // a host loses power: detected, fenced, its VMs restarted elsewhere
    HungDaemon,         // a host's libvirtd stops answering (its guests keep running)
    WanCutShort,        // the WAN is cut for less than the storage's ping-timeout
    WanCutLong,         // ... for longer than it
    LossyWan,           // the WAN loses packets (3 % by default)
    RttOverLimit,       // the WAN's round trip goes above the link's limit
    BrickDown,          // one site's storage brick dies and is brought back
    StorageNodeLost,    // one site's storage node is lost (brick and daemon) and comes back
    WanCutMidMigration, // the WAN is cut while a VM live-migrates across it
    ConsoleKilledMidEvacuation, // the console running an evacuation is killed in the middle
};

enum class TargetKind { Host, Link, StorageSite };

// The programs a drill runs: hawan-writer at the sites (its path as their hosts see it), and
// hawanctl here (the console a drill kills mid-evacuation).
struct Tools
{
    QString writer = QStringLiteral("hawan-writer");
    QString ctl = QStringLiteral("hawanctl");
};

struct DrillInfo
{
    Drill drill;
    QString id;          // "host-power-loss"
    QString title;       // "Host power loss"
    QString story;       // what it does and what is expected, for the operator
    TargetKind target;
    QString fault, repair; // the configured faults' keys it runs; empty = none (the console's own process)
};

QVector<Drill> allDrills();
DrillInfo drillInfo(Drill drill);
std::optional<Drill> drillFromId(const QString &id);

struct DrillSpec
{
    Drill drill = Drill::HostPowerLoss;
    QString host;        // host drills: the host (default: the one running the most VMs)
    QString site;        // storage drills: the site (default: the last site)
    QString vm;          // WAN cut mid-migration: the VM (default: the smallest running at the first site)
    int holdS = -1;      // how long the fault lasts; -1 = the drill's default
    double lossPct = 3;  // lossy WAN
    QString confirmSite; // not a lab: the name of the site the fault is injected at, typed by the operator
    QJsonObject toJson() const;
    static DrillSpec fromJson(const QJsonObject &o);
};

struct DrillEvent
{
    qint64 atMs = 0;     // since the drill started (DrillRun::faultAtMs: when the fault came)
    QString text;
};

struct DrillFigure
{
    QString name;        // "detect_s", "downtime_s"
    double value = 0;
    QString unit;        // "s", "ms", "%", "records"
    QString about;       // the VM, site or host it is about; empty = the drill
};

struct DrillCheck
{
    QString name;        // "every VM runs exactly once"
    bool passed = false;
    QString detail;
};

struct DrillRun
{
    QString id;          // "drill-20261205-031500"
    QString configFile;
    DrillSpec spec;
    QString target;      // what the fault hit: "roma1-hv2", "WAN", "Napoli's brick"
    QDateTime started, ended;
    bool faulted = false;
    qint64 faultAtMs = -1;  // since the drill started
    QVector<DrillEvent> events;
    QVector<DrillFigure> figures;
    QVector<DrillCheck> checks;
    // Each write witness's acknowledged records over the drill: (ms since the drill started,
    // last acknowledged number), sampled each second; a stall is a flat stretch.
    QMap<QString, QVector<QPointF>> acks;
    qint64 repairAtMs = -1;
    QStringList notes;
    bool cancelled = false;
    bool passed() const;  // it ran to the end, and every check passed
    double figure(const QString &name, const QString &about = {}) const; // NaN when absent
    QJsonObject toJson() const;
    static DrillRun fromJson(const QJsonObject &o);
};

// Where drill runs are kept: <state>/hawan/drills/<id>.json.
QString drillsDirectory();
// The runs kept in `directory`, newest first (files that are not drill runs are skipped). Reads the
// disk: off the GUI thread.
QVector<DrillRun> readDrillRuns(const QString &directory);
// The run as CSV: one row per check, then per figure, then per event.
QByteArray drillCsv(const DrillRun &run);
// $HAWAN_WRITER and $HAWANCTL, else each next to the running program or in the build tree, else the
// name. Looks at the disk: off the GUI thread.
Tools findTools(const QString &programDir);

class DrillJob : public jobs::Job
{
    Q_OBJECT
public:
    DrillJob(core::Fleet *fleet, DrillSpec spec, Tools tools, QObject *parent = nullptr);
    ~DrillJob() override;
    QString title() const override;
    // Chooses the target (the host, VM, site) from what the fleet sees: call once the hosts have
    // reported, before blockers() and preview(); start() calls it if nobody did.
    void resolve();
    const DrillRun &run() const { return m_run; }
    const DrillInfo &info() const { return m_info; }
    // What stops the drill now, each a sentence that says what to do (empty: it may start):
    // its commands not configured, a host that does not answer, the storage out of sync, a plan
    // open, no runner at a site, the site's name not typed (not a lab).
    QStringList blockers() const;
    // The site whose name an operator types to confirm (not a lab); empty for a lab.
    QString siteToConfirm() const;
    // What it will do, line by line, and about how long it takes.
    QStringList preview() const;
    double expectedSeconds() const;
    // Where the run was written when the job ended (empty until then, or when writing failed).
    const QString &savedTo() const { return m_savedTo; }

Q_SIGNALS:
    void eventAdded(const hawan::drills::DrillEvent &event);

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Stage
    {
        QString phase;
        std::function<void()> run;
        bool always = false; // runs after a cancel or a failure too (repair, heal, verify, clean)
    };
    int holdSeconds() const;
    int pingTimeoutS() const;
    QStringList faultArgv(const QString &key) const;
    QVector<experiments::Undo> undoCommands() const;
    QString workDir(int site) const;

    void next();
    void stageDone() { QMetaObject::invokeMethod(this, &DrillJob::next, Qt::QueuedConnection); }
    // Ends the drill's main part: a note, then the stages that always run.
    void abandon(const QString &why);
    void event(const QString &text);
    qint64 sinceFaultMs() const;
    void figure(const QString &name, double value, const QString &unit, const QString &about = {});
    void check(const QString &name, bool passed, const QString &detail);
    void command(const QStringList &argv, const QString &title, int limitMs,
                 std::function<void(bool ok, const QString &output, const QByteArray &stdoutBytes)> then);
    // Calls then(true) once pred() holds (polled every 200 ms), then(false) after limitMs.
    void waitFor(std::function<bool()> pred, int limitMs, std::function<void(bool)> then);
    void stopWaiting();

    // The stages.
    void record(bool write);
    void prepare();
    void startWriters();
    void takeCensus();
    void setUp();
    void injectFault();
    void watch();
    void watchPowerLoss();
    void recoverHere(); // the operator's recovery of the target host, run by the drill
    // The host's recovery is run by another process (a console, hawanctl, the HA watcher): its
    // plan, read from the shared journal, is the one judged.
    void followRecoveryElsewhere(const QString &who);
    void killConsoleMidEvacuation();
    void ctl(const QStringList &args, const QString &title, int limitMs,
             std::function<void(bool ok, const QString &output, const QByteArray &stdoutBytes)> then);
    void watchHold(std::function<bool()> detected, const QString &detectedText);
    void pollDetect();
    void checkDetected(bool final); // the "fault detected" check, once seen (or, final, not seen)
    void repair();
    void recover();
    void heal();
    void stopWriters();
    void verifyWrites();
    void checkVms();
    void clean();
    void save();

    core::Fleet *m_fleet;
    const Tools m_tools;
    QPointer<QProcess> m_console; // the hawanctl a drill kills mid-evacuation
    QString m_planId;
    DrillInfo m_info;
    DrillRun m_run;
    bool m_resolved = false;
    int m_host = -1, m_link = -1, m_site = -1, m_storage = -1;
    QString m_vmUuid;     // the VM a WAN cut mid-migration migrates
    int m_destHost = -1;
    double m_delayBeforeMs = -1; // RTT above the limit: the one-way delay to put back

    QVector<Stage> m_stages;
    int m_next = 0;
    bool m_abandoned = false, m_cancelling = false, m_saving = false, m_undoFailed = false, m_recorded = false;
    bool m_repaired = false;
    qint64 m_faultAtMs = -1, m_repairAtMs = -1;
    QTimer m_poll;
    std::function<bool()> m_pollPred;
    std::function<void(bool)> m_pollThen;
    qint64 m_pollUntilMs = 0;
    std::function<bool()> m_detect; // what the console shows when it sees the fault
    QString m_detectText;
    bool m_detected = false, m_detectChecked = false;
    QTimer m_hold;
    QTimer m_sample; // the witnesses' acknowledgements, each second
    QVector<QPointer<WriterJob>> m_writers;
    struct CensusVm { QString uuid, name, host; bool active = false; };
    QVector<CensusVm> m_census;
    QPointer<jobs::PlanRunner> m_recovery;
    QPointer<jobs::MoveJob> m_migration;
    qint64 m_maxPending = 0, m_maxSplit = 0; // seen by the storage monitor since the fault
    int m_alarms = 0;
    QStringList m_alarmTexts;
    std::shared_ptr<experiments::LeftoverRecord> m_record;
    QString m_savedTo;
};

} // namespace hawan::drills
