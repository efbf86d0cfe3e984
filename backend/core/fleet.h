#pragma once
// Where the backend is wired together, for the GUI and hawanctl alike: the inventory, the host
// sessions (SessionPool), the moves running now (MigrationService), the jobs (JobTracker), the
// journal, storage and probes, the timeline's feed and what follows a recovery (RecoveryFollower).
// It is the plans' world (jobs::PlanEnvironment) and the place that starts a plan, a migration, a
// VM action or a storage action. Each part has its own small interface; this class only connects them.
#include "alarms/alarmbook.h"
#include "audit/trail.h"
#include "config/config.h"
#include "core/access.h"
#include "experiments/vmtest.h"
#include "jobs/commandjob.h"
#include "jobs/fencejob.h"
#include "jobs/jobtracker.h"
#include "jobs/journal.h"
#include "jobs/migrationjob.h"
#include "jobs/planenvironment.h"
#include "jobs/planrunner.h"
#include "jobs/vmactionjob.h"
#include "model/inventory.h"
#include "probes/probehub.h"
#include "storage/storagemonitor.h"

#include <QObject>

#include <memory>

namespace hawan::cloud { class CloudSource; }

namespace hawan::core {

class AlarmWatch;
class MigrationService;
class RecoveryFollower;
class SessionPool;
class TimelineFeed;

class Fleet : public QObject, public jobs::PlanEnvironment, public experiments::VmHosts
{
    Q_OBJECT
public:
    explicit Fleet(config::Config config, QObject *parent = nullptr);
    // With its journal opened beforehand (the console opens it on another thread, then moves it to
    // this one, so that a slow or hung disk cannot freeze the window); null opens it here.
    Fleet(config::Config config, std::unique_ptr<jobs::Journal> journal, QObject *parent = nullptr);
    // As `access` says (the configuration's [access] viewers apply whatever it says). A viewer's
    // fleet changes nothing: libvirt opened read-only, the journal for reading (a writable one given
    // is put aside), every job that changes something refused when started (JobError::ReadOnly),
    // maintenance marks and plans refused with access().refusal(), no clean-ups.
    Fleet(config::Config config, const Access &access, std::unique_ptr<jobs::Journal> journal = nullptr,
          QObject *parent = nullptr);
    ~Fleet() override;
    // The journal a configuration uses: its [console] journal, else one per configuration file.
    static QString journalPath(const config::Config &config);
    // The audit trail ([audit] file, else beside the journal) and its key ([audit] key, else
    // audit::Key::defaultPath()).
    static QString auditPath(const config::Config &config);
    static QString auditKeyPath(const config::Config &config);
    // The journal as a fleet with `access` uses it: with the audit key (an operator creates it on
    // first use; a viewer only reads it, and goes without when it cannot), read-only for a viewer.
    // Blocking file I/O: the console calls it on a thread of its own.
    static std::unique_ptr<jobs::Journal> openJournal(const config::Config &config, const Access &access);

    const Access &access() const { return m_access; }
    model::Inventory *inventory() const override { return m_inventory.get(); }
    // Every job (migrations, restarts, fences, plans), running and recent: what views observe.
    jobs::JobTracker *jobs() const override { return m_jobs.get(); }
    // Starts the host sessions and, unless `watchStorage` is false (a CLI command that does not
    // look at storage), the storage monitor.
    void start(bool watchStorage = true);
    void refreshAll();
    // A host's storage pools read again (they are read at connect, not at every tick): the host
    // panel asks when it shows the host.
    void refreshPools(int host);
    // A VM action as a job (tracked, started): carried out on the host's worker; the job's end
    // says how it went.
    jobs::VmActionJob *requestVmAction(int host, const QString &uuid, model::VmAction action) override;
    // A new persistent VM on `host` from its definition (XML) as a job; once it has succeeded, the
    // job's vmUuid() is the VM's. The experiments' test VMs are made with it.
    jobs::VmActionJob *requestDefine(int host, const QString &name, const QString &definition) override;

    // Starts a live migration of a VM from `fromHost` to `toHost` as a one-move plan (journaled
    // first); the job is owned by the fleet. Returns null and sets `error` when it cannot even
    // start (unknown host, no migration_uri, journal not writable).
    jobs::MoveJob *startMigration(int fromHost, const QString &uuid, int toHost,
                                       const jobs::MigrationOptions &options, QString *error = nullptr);
    // The moves (migrations and restarts) and plans the tracker still holds, oldest first.
    QList<jobs::MoveJob *> migrations() const { return m_jobs->jobsOf<jobs::MoveJob>(); }

    // Shared storage (GlusterFS volumes), watched through the configured CLI.
    storage::StorageMonitor *storage() const { return m_storage.get(); }
    // An operator's action on volume `i` (heal now, list split-brain files, start force) as a
    // tracked, started job; its own process (never held up by, nor holding up, the monitoring);
    // the volume is asked again when it ends.
    jobs::CommandJob *storageAction(int i, storage::StorageMonitor::Action action);

    // Latency probes (links, hosts' service, storage, migration streams) and the timeline of
    // events the graphs mark. The timeline records from construction; startProbes() starts measuring.
    probes::ProbeHub *probes() const { return m_probes.get(); }
    void startProbes();
    // A one-shot command's view of the links: starts the link probes alone (none for a recording).
    // False when there is nothing to measure.
    bool startLinkProbes();
    // Every probed link measured, and one whose echoes are all lost measured long enough to call it
    // cut (or not): what "cut off" needs before a command answers. True without link probes.
    bool linksSettled() const;

    // The journal every plan and job is written to before anything acts.
    jobs::Journal *journal() const override { return m_journal.get(); }
    // The audit trail: null for a viewer, or when there is no key (journal()->keyProblem() says why).
    audit::Trail *auditTrail() const { return m_audit.get(); }
    // Appends to the audit trail (nothing for a viewer): what front ends do besides jobs and
    // maintenance, which are recorded here on their own (an override, an acknowledged alarm).
    void audit(const audit::Entry &entry) const;
    probes::Timeline *timeline() const override;
    // Runs a plan (journaled first). Null with `error` when the journal cannot be written.
    // `fenced`: for a recovery whose host the operator confirmed powered off by hand (how, for the
    // journal); empty = the plan runs the host's fence command first.
    jobs::PlanRunner *runPlan(const jobs::Plan &plan, const jobs::PlanRunner::Options &options, QString *error = nullptr,
                              const QString &fenced = {});
    // Plans the journal holds open (the console stopped mid-plan); resume one by id.
    QVector<const jobs::JournaledPlan *> interruptedPlans() const;
    jobs::PlanRunner *resumePlan(const QString &planId, const jobs::PlanRunner::Options &options, QString *error = nullptr);
    QList<jobs::PlanRunner *> plans() const { return m_jobs->jobsOf<jobs::PlanRunner>(); }
    jobs::PlanRunner::Options defaultPlanOptions() const;


    // Alarms: raised from what the fleet sees once start() ran; acknowledged and shelved through the
    // journal (shared with every console on it) and recorded in the audit trail. Refused for a viewer.
    alarms::AlarmBook *alarms() const { return m_alarms.get(); }
    bool acknowledgeAlarm(const QString &key, const QString &comment, QString *error = nullptr);
    bool shelveAlarm(const QString &key, const QDateTime &until, const QString &comment, QString *error = nullptr);
    bool unshelveAlarm(const QString &key, QString *error = nullptr);
    // Works out the alarms now (hawanctl alarms, tests; the console's watch does it every 2 s).
    void evaluateAlarms();
    // Who acts here, as alarms and the audit trail name them: "user@machine".
    static QString actorName();

    // Maintenance: the host receives no new placements. Journaled.
    bool setMaintenance(int host, bool on, QString *error = nullptr);
    // After maintenance: the VMs the last evacuation of `host` (or of its site) moved off it that
    // still run, or are still defined, where that plan put them, as (current host, uuid); empty
    // when none, when that plan is still open or when the host has been given its VMs back since.
    // `planTitle` names the evacuation.
    QVector<QPair<int, QString>> evacuatedFrom(int host, QString *planTitle = nullptr) const;

    // For plans (jobs::PlanEnvironment). A migration shares its WAN link's budget with every
    // migration crossing that link; the plan starts it once its journal record is on disk.
    jobs::MoveJob *launchMove(int fromHost, const QString &uuid, int toHost, const jobs::MigrationOptions &options,
                              const QString &definition, QString *error) override;
    // Crash recovery: the host's `fence` command as a job (sh -c, at most 2 minutes).
    jobs::FenceJob *launchFence(int host) override;
    bool locateInCloud(int fromHost, int toHost, const QString &uuid, QObject *context, Located done) override;
    Load hostLoad(int host) const override; // sent or received by the host, running now
    Load linkLoad(int link) const override; // running now across that WAN link
    bool linkCut(int link) const override;
    bool linkLossy(int link) const override;

    // The cloud source that reports `host` (a [[host]] with cloud = ...), or null for a libvirt host.
    cloud::CloudSource *cloudOf(int host) const;
    const std::vector<std::unique_ptr<cloud::CloudSource>> &clouds() const { return m_clouds; }
    // Calls to the clouds' APIs not answered yet (a command line waits for them before it exits:
    // an action such as disabling a compute service is asked without waiting).
    int cloudCallsPending() const;

    quint64 remoteCalls(int host) const;
    quint64 ticks(int host) const;
    // Stale definitions being removed from hosts back after a recovery (see RecoveryFollower).
    int cleanupsPending() const;

Q_SIGNALS:
    // A stale definition left on a returned host after a recovery was removed (or could not be).
    void leftoverHandled(const QString &text, bool ok);
    void cleanupsDone(); // none pending any more
    // A cloud refused what a maintenance mark asked of a host's compute service (also logged).
    void cloudRefused(int host, const QString &why);

private:
    jobs::PlanRunner *adoptPlan(std::unique_ptr<jobs::PlanRunner> runner, QString *error);
    // A viewer's fleet changes nothing: true (with access().refusal() in `error`) for a viewer.
    bool refusedToViewer(QString *error) const;
    // A VM action's way to the host: Nova for a cloud's host, else the host's libvirt session.
    jobs::VmActionJob::Send sender(int host) const;

    std::unique_ptr<jobs::JobTracker> m_jobs;
    std::unique_ptr<jobs::Journal> m_journal;
    std::unique_ptr<storage::StorageMonitor> m_storage;
    std::unique_ptr<probes::ProbeHub> m_probes;
    std::unique_ptr<model::Inventory> m_inventory;
    std::unique_ptr<SessionPool> m_sessions;
    std::vector<std::unique_ptr<cloud::CloudSource>> m_clouds; // one per [[cloud]] with hosts
    std::unique_ptr<MigrationService> m_moves;
    std::unique_ptr<TimelineFeed> m_timelineFeed;
    std::unique_ptr<RecoveryFollower> m_recoveries;
    std::unique_ptr<alarms::AlarmBook> m_alarms;
    std::unique_ptr<AlarmWatch> m_alarmWatch;
    void auditJobs();
    Access m_access;
    std::unique_ptr<audit::Trail> m_audit;
    bool m_probesStarted = false;
    QVector<bool> m_linkWasCut;
    QVector<bool> m_siteCutOff;
};

} // namespace hawan::core
