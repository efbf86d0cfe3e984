#pragma once
// The libvirt side of moving a VM: the source daemon's migration (start it, read its progress,
// adjust or abort it while it runs, read the destination's completed statistics) and a crash
// recovery's restart (define and start on one host, never twice). Blocking calls, made on a job's
// own threads; nothing here knows about jobs, plans or the console.
#include "libvirt/error.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <QPair>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace hawan::lv {

struct MigrateRequest
{
    QString destMigrationUri;   // how the source daemon reaches the destination
    quint64 bandwidthMiBs = 0;  // 0 = no cap
    bool offline = false;       // only the definition moves (the VM is shut off)
    bool autoConverge = false;
    bool postCopy = false;      // allow switching to post-copy while it runs
    int parallelConnections = 0;
};

struct MigrationStats
{
    qint64 elapsedMs = 0;
    quint64 dataTotal = 0, dataProcessed = 0, dataRemaining = 0;
    quint64 memoryBps = 0;
    quint64 dirtyRateBps = 0;   // dirty pages/s x page size
    std::optional<quint64> iteration;
    int autoConvergeThrottle = 0;
};

struct CompletedMigration
{
    bool found = false;         // the destination filed its statistics
    quint64 bytesSent = 0;
    qint64 downtimeMs = -1;     // -1 = not reported
};

// The source end of one migration, with its own connection. migrate() blocks (on a thread of
// its own) while the other calls poll and adjust from the job's thread: libvirt serves calls on one
// connection concurrently.
class MigrationSource
{
public:
    ~MigrationSource();
    // Connects to the source daemon and finds the VM; a LibvirtError (with `fallback`s text when
    // libvirt gives none) when either fails: `vmMissing` tells which.
    // `readOnly`: a watcher's connection (stats() only; every change is refused by the daemon).
    static std::unique_ptr<MigrationSource> open(const QString &sourceUri, const QString &uuid, LibvirtError *error,
                                                 bool *vmMissing, bool readOnly = false);

    // Blocks until the source daemon is done; empty error = succeeded.
    std::optional<LibvirtError> migrate(const MigrateRequest &request);
    // The running job's statistics; nullopt when there is none (yet) or they cannot be read.
    std::optional<MigrationStats> stats();
    // Each returns false when the daemon refused (e.g. before the job exists): try again later.
    bool abort();
    bool setMaxSpeed(quint64 mibs);   // 0 = no cap
    bool setMaxDowntime(quint64 ms);
    bool startPostCopy();
    // At exit while migrate() still blocks: the daemon carries on by itself; let go of the
    // handles without closing them under the blocked call.
    void abandon();

private:
    MigrationSource() = default;
    struct Handles;
    std::unique_ptr<Handles> m_h;
};

// After a migration: what the destination says of it (retries briefly while it files them).
CompletedMigration completedMigration(const QString &destUri, const QString &uuid);

// Crash recovery on one host: define the saved definition and start it, unless it already runs
// there. `cancel` is read between steps; `step` is told each step as it begins.
struct RestartResult
{
    enum class Outcome { Started, AlreadyRunning, Cancelled, DefinedNotStarted, CannotConnect, CannotDefine, RunningElsewhere };
    Outcome outcome = Outcome::CannotConnect;
    LibvirtError error;   // for the failures
    bool defined = false; // for Cancelled: cancelled after defining, before starting
    QString elsewhere;    // RunningElsewhere: the host that answered it runs the VM
};

// Before a restart: asks each of `hosts` (name, URI) afresh whether it runs a domain with `uuid`
// (connections bounded by the keepalive deadline). The name of the first that does; empty when
// none that answered does. `unasked` lists the hosts that could not be asked.
QString runningOn(const QVector<QPair<QString, QString>> &hosts, const QString &uuid, QStringList *unasked = nullptr);
enum class RestartStep { Connecting, Defining, Starting };
RestartResult defineAndStart(const QString &uri, const QString &uuid, const QString &definitionXml,
                             const std::atomic<bool> &cancel, const std::function<void(RestartStep)> &step);

} // namespace hawan::lv
