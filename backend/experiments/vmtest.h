#pragma once
// The experiments' VM tests, each a job around one test VM of its own: a copy of the configured
// template disk (`[experiments] vm_image`) in the run's directory at the origin site, defined on a
// host there with a minimal definition (no network interface), started, live-migrated across the
// WAN to a host of the other site and back, shut down, undefined, its disk deleted.
//  - vm-lifecycle: every phase is measured (its duration, and the bytes the link's counters saw
//    each way during it): what a VM's life costs the WAN.
//  - migrate-idle / migrate-busy (the busy template's guest keeps dirtying its memory): the two
//    migrations are measured (time, downtime, data from libvirt's job statistics, bytes seen on the
//    link, passes, auto-converge's throttle): one measurement per direction.
// The VM is made and removed through the fleet (the hosts' sessions and the console's own
// migration jobs, shown in the Jobs panel); a failure or a cancel goes straight to the removal.
// What could not be removed is said (leftBehind()): the experiment's record then keeps its undo
// commands for the next start.
#include "experiments/measure.h"
#include "jobs/migrationjob.h"
#include "jobs/vmactionjob.h"
#include "model/inventory.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace hawan::experiments {

// What the VM tests need of the fleet (core::Fleet is it).
class VmHosts
{
public:
    virtual ~VmHosts() = default;
    virtual model::Inventory *inventory() const = 0;
    virtual jobs::VmActionJob *requestVmAction(int host, const QString &uuid, model::VmAction action) = 0;
    virtual jobs::VmActionJob *requestDefine(int host, const QString &name, const QString &definition) = 0;
    virtual jobs::MoveJob *launchMove(int fromHost, const QString &uuid, int toHost, const jobs::MigrationOptions &options,
                                      const QString &definition, QString *error) = 0;
};

bool isVmTest(Test test);
// The test VM's definition: `type` kvm or qemu, one vCPU, `memoryMiB`, the disk, no network.
QString testVmXml(const config::Experiments &e, const QString &name, const QString &disk, const QString &description);
// The host of `site` a test VM goes to: answering, not in maintenance, the fewest VMs; -1 = none.
int testHost(const model::Inventory &inventory, int site);
// "12345 67890" (bytes siteA -> siteB, then back) from a link's counters command.
std::optional<QPair<quint64, quint64>> parseCounters(const QByteArray &out);

class VmTestJob : public jobs::Job
{
    Q_OBJECT
public:
    struct Setup
    {
        Test test = Test::VmLifecycle;
        int origin = -1, other = -1;   // site indexes: where the VM is made, where it goes
        QString vmName;                // unique to the run ("hawan-exp-20261204-181500-7")
        QString workDir;               // the run's directory at the origin site (its disk goes there)
        QStringList counters;          // the link's counters command; empty = bytes not measured
        bool originIsSiteA = true;     // the counters' order: siteA -> siteB first
    };
    VmTestJob(const config::Config &config, VmHosts *hosts, Setup setup, QObject *parent = nullptr);
    QString title() const override;
    // One for vm-lifecycle (site: the origin), two for the migration tests (site: each source).
    const QVector<Measurement> &measurements() const { return m_measurements; }
    // The VM or its disk may still be somewhere (a removal failed): say so, keep the undo.
    bool leftBehind() const { return m_leftBehind; }
    // Why the link's bytes were not measured (the counters command failed or printed something
    // else); empty when they were, or when the link has no counters command.
    const QString &countersError() const { return m_countersError; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    enum class Phase { Create, Start, MigrateOut, MigrateBack, Shutdown, Delete };
    static QString phaseId(Phase p);
    void runPhase(int i);
    void phaseDone(bool ok, const QString &error);
    void cleanUp();
    void cleanUpStep();
    void finishTest();
    void readCounters(std::function<void(std::optional<QPair<quint64, quint64>>)> then);
    void command(const QStringList &argv, const QString &what, std::function<void(bool, QString)> then);
    void vmJob(jobs::Job *job, std::function<void(bool, QString)> then);
    // Calls `then(true)` once `pred` holds of the inventory, `then(false)` after `limitMs`.
    void waitFor(std::function<bool()> pred, int limitMs, std::function<void(bool)> then);
    bool vmIs(int host, std::function<bool(model::VmState)> state) const;
    void migrate(bool out);
    QString disk() const;
    const QString &image() const;   // the template this test's VM is made from
    bool measured(Phase p) const;   // the link's counters are read around it

    const config::Config m_config;
    VmHosts *m_hosts;
    const Setup m_setup;
    QVector<Phase> m_phases;
    int m_phase = -1;
    int m_hostAt[2] = {-1, -1}; // the origin's host, the other site's
    int m_vmHost = -1;          // where the VM is defined now; -1 = nowhere yet
    QString m_uuid;
    bool m_copied = false, m_running = false, m_forced = false;
    bool m_cancelling = false, m_failed = false, m_leftBehind = false;
    std::optional<QPair<quint64, quint64>> m_countersBefore; // bytes out of the origin's site, into it: see phaseDone
    qint64 m_phaseStartMs = 0;
    QPointer<jobs::Job> m_current;
    QTimer m_poll;
    std::function<void(bool)> m_pollThen;
    std::function<bool()> m_pollPred;
    qint64 m_pollUntilMs = 0;
    QVector<Measurement> m_measurements;
    quint64 m_lastIteration = 0;
    int m_maxThrottle = 0;
    QVector<std::function<void()>> m_cleanup;
    QString m_error, m_countersError;
    jobs::MigrationResult m_lastMove;
};

} // namespace hawan::experiments
