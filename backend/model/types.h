#pragma once
// Plain value types for what Hawan shows: VMs, hosts and their connection state. Copied freely
// between the host workers and the GUI thread; they hold no libvirt handle.
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hawan::model {

enum class VmState { NoState, Running, Blocked, Paused, ShuttingDown, ShutOff, Crashed, Suspended };
enum class HostState { Connecting, Up, Unreachable };
// What an operator can ask of one VM. UndefineStale: removes a shut-off definition left behind on
// a host whose VM was recovered elsewhere; refused if the domain is active there.
// Define: a new persistent VM from a definition (XML); Undefine: removes a VM that is shut off.
enum class VmAction { Start, Pause, Resume, Shutdown, Destroy, UndefineStale, Define, Undefine };
QString vmActionName(VmAction a); // translated, for menus and messages

// Stable, untranslated identifiers (used in JSON, filters and logs).
QString vmStateId(VmState s);
QString hostStateId(HostState s);
bool vmIsActive(VmState s); // occupies CPU and memory on its host
QString formatKiB(quint64 kib);  // "512 MiB", "1.5 GiB": untranslated units, as in JSON and logs

struct VmInfo
{
    QString uuid;
    QString name;
    VmState state = VmState::NoState;
    quint32 vcpus = 0;
    quint64 memoryKiB = 0;   // current (balloon) memory
    quint64 maxMemoryKiB = 0;
    quint64 cpuTimeNs = 0;   // cumulative, for rate computation
    double cpuPercent = -1;  // of the VM's own vCPUs; -1 until two samples exist
    QStringList disks;       // source paths (or target names when no path)
    bool migrating = false;  // paused by a migration: an incoming copy, or the source's final pause
    QString definition;      // the persistent domain XML as last read (crash recovery restarts from it)
    QString managedBy;       // "OpenStack Nova" when another manager owns it: never moved, restarted or defined through libvirt
    QString cloud;           // the [[cloud]] it is a server of (reported and acted on through that cloud's API), else empty
    QString cloudTask;       // that cloud's task on it ("migrating", "rebuilding"...), else empty
    bool fencedWhileRunning = false; // shown off because its host was fenced while it ran (recovery may restart it)

    bool operator==(const VmInfo &) const = default;
};

struct NodeInfo
{
    QString hostname;
    QString cpuModel;
    int cpus = 0;
    int mhz = 0;
    quint64 memoryKiB = 0;
    QString hypervisor;        // driver type, e.g. "QEMU" or "TEST"
    QString hypervisorVersion; // "7.2.0"
    QString libvirtVersion;    // of the daemon (or library for in-process drivers)
    bool operator==(const NodeInfo &) const = default;
};

struct HostStatus
{
    HostState state = HostState::Connecting;
    QString reason;          // why unreachable, as libvirt said it
    QDateTime stateSince;    // when it entered this state
    QDateTime lastUpdate;    // last successful statistics tick
    QDateTime nextRetry;     // when unreachable: next reconnect attempt
    int failedAttempts = 0;
    NodeInfo node;           // last known; kept while unreachable (then stale)
    bool operator==(const HostStatus &) const = default;
};

// A libvirt storage pool of one host: where VM disks may live, and how full it is.
struct PoolInfo
{
    QString name;
    QString type;            // "dir", "netfs", "gluster", "logical", ...
    QString targetPath;      // the directory its volumes appear in (empty for non-path pools)
    bool active = false;
    quint64 capacity = 0, allocation = 0, available = 0; // bytes
    bool operator==(const PoolInfo &) const = default;
};

// Which pool of `pools` holds a disk path (its target directory is the path's prefix), or null.
const PoolInfo *poolHolding(const QVector<PoolInfo> &pools, const QString &diskPath);

// What a host worker reports after one statistics tick.
struct HostSnapshot
{
    QDateTime at;
    QVector<VmInfo> vms;
    QVector<PoolInfo> pools;  // refreshed every 30 s; carried in every snapshot
    double cpuPercent = -1;   // sum of active VMs' CPU over the host's CPUs
    quint64 vmMemoryKiB = 0;  // memory held by active VMs
};

struct LifecycleEvent
{
    QDateTime at;
    QString uuid;
    QString name;
    VmState state = VmState::NoState; // state the event implies
    QString what;                     // e.g. "Started (booted)"
};

} // namespace hawan::model

Q_DECLARE_METATYPE(hawan::model::HostStatus)
Q_DECLARE_METATYPE(hawan::model::VmAction)
Q_DECLARE_METATYPE(hawan::model::HostSnapshot)
Q_DECLARE_METATYPE(hawan::model::LifecycleEvent)
