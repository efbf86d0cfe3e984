#pragma once
// A placement plan for a bulk move: which VM goes where, and which cannot move (with why).
// Computed from the inventory's last snapshots (capacity-aware, same site first, then the other
// site, honouring anti-affinity groups), shown as a dry run, edited, then run by a PlanRunner.
#include "jobs/movejob.h"
#include "model/inventory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>

namespace hawan::jobs {

// The "definition" a recovery journals for a cloud's server: its cloud rebuilds it from its own
// record (Nova's evacuate); no domain XML is read, kept or defined by the console.
inline constexpr const char *kCloudRebuild = "cloud-rebuild";


struct PlannedMove
{
    QString vmUuid, vmName;
    QString from, to;          // host names (stable across config edits, unlike indexes)
    quint64 memoryKiB = 0;
    quint32 vcpus = 0;
    bool offline = false;      // shut-off VM: only its definition moves
    bool crossesWan = false;
    QString why;               // why this destination, for the dry run ("same site, most free memory")
    QString definition;        // recovery only: the domain XML to define and start on `to`
    bool operator==(const PlannedMove &) const = default;
};

struct BlockedVm
{
    QString vmUuid, vmName, from;
    QString reason;            // what stops it and what the operator can do
    bool operator==(const BlockedVm &) const = default;
};

struct Plan
{
    // Recover: restart the VMs of a crashed host elsewhere, after fencing it (not a migration).
    // Return: bring the VMs an evacuation moved off a host back to it, once it is out of maintenance.
    enum class Kind { Migrate, Host, Site, Selection, Recover, Return };
    QString id;
    Kind kind = Kind::Host;
    QString subject;           // host or site name, or "" for a selection
    QDateTime created;
    QVector<PlannedMove> moves;
    QVector<BlockedVm> blocked;
    QStringList warnings;      // e.g. stale data, capacity of the surviving site

    static QString kindId(Kind k);
    static Kind kindFromId(const QString &id, bool *ok = nullptr);
    QString title() const;
};

// How a plan runs: per-move migration options and the concurrency limits. Journaled with the
// plan, so a resumed plan runs as it was started.
struct PlanOptions
{
    MigrationOptions move;   // per move (timeout, auto-converge, operator cap)
    int maxPerHost = 2;
    int maxPerLink = 2;
};

// Who else manages a VM ("OpenStack Nova": its definition carries Nova's metadata), or "".
QString managerOf(const model::VmInfo &vm);
// Why Hawan will not move, restart, define or remove such a VM through libvirt, and what to do instead.
QString behindManagerText(const QString &manager);

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(hawan::jobs::Planner)
public:
    explicit Planner(const model::Inventory &inventory) : m_inv(inventory) {}

    // Hosts that must receive nothing (in maintenance, or being emptied).
    void setExcluded(QSet<int> hosts) { m_excluded = std::move(hosts); }
    // The usual exclusion: hosts in maintenance, plus `sources` (the hosts being emptied).
    static QSet<int> maintenanceAnd(const model::Inventory &inventory, const QVector<int> &sources = {});
    const QSet<int> &excluded() const { return m_excluded; }

    Plan evacuateHost(int host) const;
    Plan evacuateSite(int site) const;
    // The VMs that were running on an unreachable host, placed for a restart elsewhere from the
    // definitions the console read while the host was up (also those a fence stopped whose
    // restart failed, unless they run elsewhere now). Shut-off VMs stay defined there (a warning
    // says so); a VM whose definition is unknown is blocked.
    Plan recoverHost(int host) const;
    // Moves the given VMs (uuids on their current hosts) off their hosts, same rules.
    Plan moveVms(const QVector<QPair<int, QString>> &vms, Plan::Kind kind, const QString &subject) const;
    // Moves the given VMs back to `host` (where an evacuation took them from): each goes there or
    // is blocked with the reason (the host cannot receive, no room, anti-affinity, storage).
    // `evacuation` names the plan that moved them (each move says so).
    Plan returnTo(int host, const QVector<QPair<int, QString>> &vms, const QString &evacuation = {}) const;

    // Checks an edited plan: every destination exists, is eligible and has room for what the plan
    // sends it; anti-affinity holds. Returns one message per problem (empty: the plan is valid).
    QStringList validate(const Plan &plan) const;

    // Memory (KiB) a host can still take: its memory minus what its active VMs hold and a reserve.
    quint64 freeMemoryKiB(int host) const;
    bool eligibleDestination(int host, QString *why = nullptr, bool restart = false) const;

    static constexpr quint64 reserveKiB = 512 * 1024; // left for the hypervisor itself

    // Whether `to` sees the storage of `vm`'s disks, as far as the hosts' storage pools tell.
    bool seesDisks(int from, int to, const model::VmInfo &vm) const;

private:
    // A host other than `except` that answers and runs the VM `uuid`; -1 if none.
    int hostRunning(const QString &uuid, int except) const;
    Plan place(QVector<int> sources, QVector<QPair<int, QString>> vms, Plan::Kind kind, const QString &subject) const;
    const model::Inventory &m_inv;
    QSet<int> m_excluded;
};

QString newPlanId();

} // namespace hawan::jobs
