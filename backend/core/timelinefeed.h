#pragma once
// Writes the events the graphs mark on the timeline: moves and plans started and ended (from the
// job tracker), hosts going down and coming back (from the inventory), a storage heal backlog
// rising and draining (from the storage monitor).
#include <QObject>
#include <QVector>

namespace hawan::jobs {
class Job;
class JobTracker;
} // namespace hawan::jobs
namespace hawan::model { class Inventory; }
namespace hawan::probes { class Timeline; }
namespace hawan::storage { class StorageMonitor; }

namespace hawan::core {

class TimelineFeed : public QObject
{
    Q_OBJECT
public:
    TimelineFeed(probes::Timeline *timeline, jobs::JobTracker *tracker, model::Inventory *inventory,
                 storage::StorageMonitor *storage, QObject *parent = nullptr);

private:
    void jobAdded(jobs::Job *job);
    void jobEnded(jobs::Job *job);
    void hostChanged(int host);
    void storageChanged(int volume);

    probes::Timeline *m_timeline;
    model::Inventory *m_inventory;
    storage::StorageMonitor *m_storage;
    QVector<int> m_hostStates;     // last HostState seen per host
    QVector<qint64> m_lastPending; // heal backlog per volume
};

} // namespace hawan::core
