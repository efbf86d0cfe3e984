#pragma once
// One live migration, managed by the source daemon (peer-to-peer: a console crash does not strand
// it), persistent on the destination and undefined on the source. The job has its own connection
// and thread, so the host's statistics worker is never blocked; progress comes from the source's
// job statistics; cancel aborts the job and the VM keeps running on the source.
#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

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
    // Crash recovery: not a migration. The source is gone (fenced); define this domain XML on the
    // destination and start it there. Nothing is asked of the source.
    QString restartDefinition;
    bool isRestart() const { return !restartDefinition.isEmpty(); }
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
    enum class Outcome { Succeeded, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    QString message;             // libvirt's, when failed
    qint64 durationMs = 0;
    qint64 downtimeMs = -1;      // from the completed job statistics, -1 if unknown
    quint64 bytesSent = 0;
    bool fromCompletedStats = false; // false: figures are the last progress sample (stats unreadable)
};

class MigrationWorker;

class MigrationJob : public QObject
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

    MigrationJob(quint64 id, Target target, MigrationOptions options, QObject *parent = nullptr);
    ~MigrationJob() override;

    quint64 id() const { return m_id; }
    const Target &target() const { return m_target; }
    const MigrationOptions &options() const { return m_options; }
    const MigrationProgress &progress() const { return m_progress; }
    bool isFinished() const { return m_finished; }
    const MigrationResult &result() const { return m_result; }
    QString title() const;

    // Starts the migration. A job may be created and shown before it starts (its journal record on
    // its way to the disk); cancel() then ends it without ever starting it.
    void start();
    bool isStarted() const { return m_started; }
    void cancel();
    // Ends a job that never started (e.g. its journal record could not be written).
    void failUnstarted(const QString &message);
    // While it runs (applied by the worker within 500 ms): the effective cap is the lower of the
    // operator's cap and the WAN link's share; 0 = no cap from that side.
    void setBandwidthCap(quint64 operatorMiBs);
    void setLinkShare(quint64 shareMiBs);
    quint64 operatorBandwidth() const { return m_operatorCap; }
    void setMaxDowntime(quint64 ms);
    void startPostCopy();

Q_SIGNALS:
    void progressChanged(const hawan::jobs::MigrationProgress &progress);
    void finished(const hawan::jobs::MigrationResult &result);

private:
    const quint64 m_id;
    const Target m_target;
    const MigrationOptions m_options;
    MigrationProgress m_progress;
    MigrationResult m_result;
    bool m_finished = false, m_started = false;
    bool m_cancelRequested = false;
    void endUnstarted(MigrationResult::Outcome outcome, const QString &message);
    quint64 m_operatorCap = 0, m_linkShare = 0;
    void pushBandwidth();
    QThread *m_thread;                   // owned; left behind at exit if stuck in a hung daemon
    MigrationWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace hawan::jobs

Q_DECLARE_METATYPE(hawan::jobs::MigrationProgress)
Q_DECLARE_METATYPE(hawan::jobs::MigrationResult)
