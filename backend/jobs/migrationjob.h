#pragma once
// One live migration, managed by the source daemon (peer-to-peer: a console crash does not strand
// it), persistent on the destination and undefined on the source. The job has its own connection
// and thread, so the host's statistics worker is never blocked; progress comes from the source's
// job statistics; cancel aborts the job and the VM keeps running on the source.
#include "jobs/movejob.h"
#include "util/async.h"

namespace hawan::lv { struct MigrationStats; }

namespace hawan::jobs {

// A libvirt job's figures into a move's progress (a migration's own, or a cloud's move read
// from its source host): the stream's counters, pass and throttle; elapsed time is the caller's.
void applyStreamStats(MigrationProgress &p, const lv::MigrationStats &s);

class MigrationWorker;

class MigrationJob : public MoveJob
{
    Q_OBJECT
public:
    MigrationJob(Target target, MigrationOptions options, QObject *parent = nullptr);
    ~MigrationJob() override;

    QString title() const override;
    bool isRestart() const override { return false; }

    // While it runs (applied by the worker within 500 ms): the effective cap is the lower of the
    // operator's cap and the WAN link's share; 0 = no cap from that side.
    void setBandwidthCap(quint64 operatorMiBs);
    void setLinkShare(quint64 shareMiBs);
    quint64 operatorBandwidth() const { return m_operatorCap; }
    void setMaxDowntime(quint64 ms);
    void startPostCopy();

protected:
    void doStart() override;
    void doCancel() override;

private:
    quint64 m_operatorCap = 0, m_linkShare = 0;
    void pushBandwidth();
    util::OwnedThread m_thread;          // left behind at exit if stuck in a hung daemon
    MigrationWorker *m_worker = nullptr; // lives (and dies) on m_thread once started
    bool m_workerMoved = false;
};

} // namespace hawan::jobs
