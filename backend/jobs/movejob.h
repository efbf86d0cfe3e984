#pragma once
// A job that puts one VM on another host: a live (or offline) migration, or a crash recovery's
// restart of a fenced host's VM elsewhere. Plans are made of these; the Jobs panel shows each with
// its typed progress (passes, data, rates) and its result (duration, data sent, downtime).
#include "jobs/job.h"

#include <QMetaType>

namespace hawan::jobs {

struct MigrationOptions
{
    quint64 bandwidthMiBs = 0;   // 0 = unlimited
    quint64 maxDowntimeMs = 0;   // 0 = the hypervisor's default (300 ms for QEMU)
    bool autoConverge = false;
    bool postCopyAllowed = false; // enables switching to post-copy while it runs (startPostCopy)
    int postCopyAfterS = 0;      // with postCopyAllowed: switch by itself after this long; 0 = only on request
    int parallelConnections = 0; // 0/1 = one stream; >1 = that many parallel streams
    bool offline = false;        // the VM is shut off: only its definition moves
    int timeoutS = 0;            // abort when exceeded; 0 = none
};

struct MigrationProgress
{
    QString phase;               // "connecting", "migrating", "completed", ...
    qint64 elapsedMs = 0;
    quint64 dataTotal = 0, dataProcessed = 0, dataRemaining = 0;
    quint64 memoryBps = 0;       // transfer rate
    quint64 dirtyRateBps = 0;    // memory dirty rate (pages/s x page size)
    quint64 iteration = 0;
    int autoConvergeThrottle = 0; // % of CPU taken from the guest by auto-converge
    bool postCopy = false;        // switched to post-copy: the VM runs on the destination
    quint64 bandwidthCapMiBs = 0; // cap in force (operator's or the link's share), 0 = none
    // Predicted not to converge: the guest has dirtied memory faster than the transfer rate for
    // several samples past the first iteration. The advice is auto-converge, more downtime or cancel.
    bool notConverging = false;
};

struct MigrationResult
{
    using Outcome = JobOutcome;
    Outcome outcome = Outcome::Failed;
    JobError error = JobError::None;
    QString message;             // libvirt's, when failed
    qint64 durationMs = 0;
    qint64 downtimeMs = -1;      // from the completed job statistics, -1 if unknown
    quint64 bytesSent = 0;
    bool fromCompletedStats = false; // false: figures are the last progress sample (stats unreadable)
};

class MoveJob : public Job
{
    Q_OBJECT
public:
    struct Target
    {
        QString vmUuid, vmName;
        QString sourceHost, sourceUri;          // the console's URI of the source daemon
        QString destHost, destUri;              // the console's URI of the destination daemon
        QString destMigrationUri;               // how the source daemon reaches the destination
    };

    const Target &target() const { return m_target; }
    const MigrationOptions &options() const { return m_options; }
    const MigrationProgress &progress() const { return m_progress; }
    const MigrationResult &result() const { return m_result; }
    // A crash recovery's restart (the source is fenced: nothing is asked of it), not a migration.
    virtual bool isRestart() const = 0;

    // Ends a job that never started (e.g. its journal record could not be written).
    void failUnstarted(const QString &message, JobError error = JobError::Journal);

    // A live migration with at most kHandOverMs of copying left at its rate, or switching over:
    // it still runs, but it hands its place under the limits (per host, per link) to the next
    // move, which sets up meanwhile (0.5-1.2 s on the lab, its first cap fixed for a second or
    // two more), so set-ups and switch-overs no longer leave the link idle between migrations.
    // Not a restart's or an offline move's (nothing is copied). The link's budget still holds:
    // the shares are split among all that copy (MigrationService::rebalance).
    bool handingOver() const { return m_handingOver; }
    static constexpr qint64 kHandOverMs = 2000;
    static bool nearTheEnd(const MigrationProgress &p, qint64 withinMs);
    // Its first pass done and nothing left to copy: the last pages and the switch to the destination.
    static bool switchingOver(const MigrationProgress &p) { return p.dataTotal > 0 && p.iteration >= 1 && p.dataRemaining == 0; }

Q_SIGNALS:
    void progressChanged(const hawan::jobs::MigrationProgress &progress);
    void finished(const hawan::jobs::MigrationResult &result);
    void handedOver(); // handingOver() became true: a place under the limits is free

protected:
    MoveJob(Target target, MigrationOptions options, QObject *parent);
    void report(const MigrationProgress &p);
    void conclude(MigrationResult r);

private:
    const Target m_target;
    const MigrationOptions m_options;
    MigrationProgress m_progress;
    MigrationResult m_result;
    bool m_concluded = false;
    bool m_handingOver = false;
};

} // namespace hawan::jobs

Q_DECLARE_METATYPE(hawan::jobs::MigrationProgress)
Q_DECLARE_METATYPE(hawan::jobs::MigrationResult)
