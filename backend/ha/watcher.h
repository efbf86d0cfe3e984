#pragma once
// Automatic recovery without an operator (`hawanctl ha`): a long-running job that watches every
// host and, when one has been silent for the configured grace, recovers it through the same
// operation the console's Recover runs (core::Operations: the recovery lease, the journal, the
// fence first, then each VM restarted elsewhere, never twice), restricted to the VMs whose HA
// policy says so, highest priority first, never on a host their policy avoids.
//
// The rule (docs/ha.md):
//  - one watcher acts at a time: it holds the lease "watcher" (others wait in standby and take
//    over when it dies); a recovery also holds "recover-<host>", as a console's does;
//  - a host is recovered only when it has been unreachable for [ha] grace_s, is not in
//    maintenance, has VMs with a restart policy, and another host of its site answers;
//  - when a whole site falls silent at once (or the link to it is cut), a partition cannot be told
//    from a site loss from here: an alarm, nothing fenced, unless the [ha] witness command says
//    this side may act;
//  - a host whose fence does not succeed has nothing restarted (the plan waits for an operator);
//  - at start, a recovery left open in the journal (a watcher or console killed mid-way) is
//    finished first, without fencing again when its journal says the host was fenced.
#include "core/operations.h"
#include "jobs/job.h"
#include "jobs/lease.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <memory>

namespace hawan::core { class Fleet; }
namespace hawan::jobs {
class Lease;
class PlanRunner;
} // namespace hawan::jobs

namespace hawan::ha {

// Whether a watcher acts for `config`, read from its lease (a blocking file read: off the GUI
// thread). `silentS`: seconds since its last heartbeat (a watcher whose heartbeat is over
// kSilentAfterS old holds the lease but may be stuck).
struct WatcherStatus
{
    bool acting = false;
    jobs::LeaseHolder holder;
    qint64 silentS = -1;
    QString error; // the lease directory could not be read
    static constexpr int kSilentAfterS = 20;
};
WatcherStatus watcherStatus(const config::Config &config);

class Watcher : public jobs::Job
{
    Q_OBJECT
public:
    enum class Role { Starting, Standby, Acting };
    struct Event
    {
        QDateTime at;
        bool alarm = false;
        QString host; // empty: not about one host
        QString text;
    };

    explicit Watcher(core::Fleet *fleet, QObject *parent = nullptr);
    ~Watcher() override;
    QString title() const override;
    Role role() const { return m_role; }
    const QVector<Event> &events() const { return m_events; }
    static QString leaseName() { return QStringLiteral("watcher"); }
    static constexpr int kTickMs = 1000;
    static constexpr int kStandbyRetryMs = 5000;
    static constexpr int kHeartbeatMs = 5000;

Q_SIGNALS:
    void eventAdded(const hawan::ha::Watcher::Event &event);
    void roleChanged();

protected:
    void doStart() override;
    void doCancel() override;

private:
    void takeLease();
    void becomeActing();
    void resumeInterrupted();
    void tick();
    // Seconds since `host` was last heard (its last sample, or when this watcher first saw it
    // silent); -1 while it answers.
    qint64 silentForS(int host);
    QString cloudMigrationFrom(int host) const; // names of a cloud host's servers Nova is migrating
    void siteSilent(int site, const QVector<int> &hosts);
    void askWitness(int site, const QVector<int> &hosts);
    void recover(int host, const QString &why);
    // The console's recovery plan for `host`, kept to the VMs with a restart policy (priority
    // first, avoided hosts replaced); the others are listed as left for the operator.
    jobs::Plan haPlan(const core::Proposal &proposal) const;
    void heartbeat();
    void note(bool alarm, int host, const QString &text);
    void setRole(Role role);

    core::Fleet *m_fleet;
    core::Operations m_ops;
    Role m_role = Role::Starting;
    std::shared_ptr<jobs::Lease> m_lease;
    QString m_standbyHolder;
    QTimer m_tick, m_retry, m_beat;
    bool m_beating = false;
    QDateTime m_actingSince;
    QHash<int, QDateTime> m_firstSilent;   // host -> when first seen silent without a last sample
    QHash<int, QString> m_handled;         // host -> what was decided this silence (plan id, or why not)
    QHash<int, QPointer<jobs::PlanRunner>> m_plans;
    QHash<int, bool> m_witnessAsked;       // site -> a witness is being asked
    QSet<int> m_partitionSaid;             // sites whose silence has been alarmed (until a host answers)
    QSet<int> m_cloudMovingSaid;           // cloud hosts held back while Nova migrates from them (said once)
    QVector<Event> m_events;
};

} // namespace hawan::ha
