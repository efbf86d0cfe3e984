#pragma once
// Works out which alarm conditions hold (alarms::Condition) from what the fleet knows, and tells the
// alarm book every couple of seconds: hosts that do not answer, a site cut off, VMs that need a
// recovery, bricks offline, split-brain and heal backlog, the WAN link cut, lossy or slow, probes
// gone silent, and this process's migrations and plans that failed or stalled.
#include "alarms/alarmbook.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace hawan::model { class Inventory; }
namespace hawan::probes { class ProbeHub; }
namespace hawan::storage { class StorageMonitor; }
namespace hawan::jobs { class Job; class JobTracker; struct JournalReplay; }

namespace hawan::core {

// The conditions that hold now (all but the jobs'). Any pointer but `inv` may be null.
QVector<alarms::Condition> alarmConditions(const model::Inventory &inv, const probes::ProbeHub *probes,
                                           const storage::StorageMonitor *storage, const jobs::JournalReplay *journal,
                                           const QDateTime &now);

class AlarmWatch : public QObject
{
    Q_OBJECT
public:
    AlarmWatch(alarms::AlarmBook *book, const model::Inventory *inv, const probes::ProbeHub *probes,
               const storage::StorageMonitor *storage, jobs::JobTracker *jobs, const jobs::JournalReplay *journal,
               QObject *parent = nullptr);
    void start(int intervalMs = 2000);
    void evaluateNow();

    // A recovery is said needed once a host with running VMs has not answered this long.
    static constexpr int kRecoveryAfterS = 60;
    // A migration or plan whose progress has not moved this long is said stalled.
    static constexpr int kStallAfterS = 120;
    static void setStallAfterForTesting(int seconds);

private:
    void jobEnded(jobs::Job *job);

    alarms::AlarmBook *m_book;
    const model::Inventory *m_inv;
    const probes::ProbeHub *m_probes;
    const storage::StorageMonitor *m_storage;
    jobs::JobTracker *m_jobs;
    const jobs::JournalReplay *m_journal;
    QTimer m_timer;
    QVector<alarms::Condition> m_events; // failed jobs, raised at the next evaluation
    struct Motion
    {
        QString mark;       // the progress as last seen
        QDateTime since;    // when it last moved
    };
    QHash<quint64, Motion> m_motion; // by job id
};

} // namespace hawan::core
