#pragma once
// What follows a crash recovery, for as long as the journal remembers it: while the fenced host
// stays silent, its VMs show off (and the restarted ones gone from it); once it is back it still
// holds shut-off definitions of the VMs restarted elsewhere, which are removed (never an active
// one: two running copies are reported instead).
#include "jobs/vmactionjob.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace hawan::jobs {
class Journal;
class JobTracker;
} // namespace hawan::jobs
namespace hawan::model { class Inventory; }

namespace hawan::core {

class RecoveryFollower : public QObject
{
    Q_OBJECT
public:
    // `act` carries out a VM action on a host as a tracked, started job.
    using Act = std::function<jobs::VmActionJob *(int host, const QString &uuid, model::VmAction action)>;
    RecoveryFollower(model::Inventory *inventory, jobs::Journal *journal, jobs::JobTracker *tracker, Act act,
                     QObject *parent = nullptr);

    int cleanupsPending() const { return int(m_cleanups.size()); }
    // A viewer's follower: says what is stale, removes nothing (an operator's console or the HA
    // watcher does).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

Q_SIGNALS:
    // A stale definition left on a returned host after a recovery was removed (or could not be).
    void leftoverHandled(const QString &text, bool ok);
    void cleanupsDone(); // none pending any more

private:
    void schedule(); // queued and coalesced: it may change a host's VM list, never inside another change
    void follow();

    model::Inventory *m_inventory;
    jobs::Journal *m_journal;
    Act m_act;
    bool m_queued = false;
    bool m_readOnly = false;
    QSet<QString> m_handled;
    QSet<QString> m_removing; // host/uuid: a stale definition being removed now
    QHash<QString, QDateTime> m_since; // plan/VM -> when its state was first seen calling for action
    QHash<jobs::Job *, QString> m_cleanups; // the removal job -> what it removes
};

} // namespace hawan::core
