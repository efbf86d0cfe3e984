#pragma once
// The host sessions: one lv::HostSession per configured host, each on its own thread, feeding
// one Inventory (statuses, snapshots, lifecycle events) and the probes (service round trips).
// Nothing else in core/ touches a session: others ask the pool to refresh a host or to carry out
// a VM action there.
#include "jobs/vmactionjob.h"
#include "util/async.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace hawan::lv { class HostSession; }
namespace hawan::model { class Inventory; }
namespace hawan::probes { class ProbeHub; }

namespace hawan::audit { class Key; }

namespace hawan::core {

class SessionPool : public QObject
{
    Q_OBJECT
public:
    // Creates (does not start) a session per host of the inventory's configuration.
    // `readOnly`: a viewer's sessions (lv::HostSession::Options::readOnly).
    // `key`: signs and checks the snapshot cache (lv::HostSession::Options::key).
    SessionPool(model::Inventory *inventory, probes::ProbeHub *probes, bool readOnly = false,
                std::shared_ptr<const audit::Key> key = {}, QObject *parent = nullptr);
    // Quits every thread at once (N hosts do not cost N sequential waits); a thread stuck in a
    // hung call is left behind, logged (util::OwnedThread).
    ~SessionPool() override;

    int count() const { return int(m_workers.size()); }
    // Starts the threads from a helper task (creating hundreds can take a while) and connects.
    void start();
    void refresh(int host);
    void refreshAll();
    // The host's storage pools with its next tick (at most every 10 s): someone looks at them.
    void refreshPools(int host);
    // A host not connected tries again now (and its backoff starts over).
    void retryNow(int host);
    // Times a cheap call to every daemon every `intervalMs` (the service probe).
    void setServiceProbe(int intervalMs);
    // How to hand a VM action to `host`'s session (VmActionJob::Send); empty for an unknown host.
    jobs::VmActionJob::Send sender(int host) const;

    quint64 remoteCalls(int host) const;
    quint64 ticks(int host) const;

private:
    // What the sessions learn, queued by their threads and applied on this one in batches: a
    // thousand sessions posting their own events would each take Qt's event-queue lock of the GUI
    // thread, and one preempted while holding it stalls that thread (see deliver()).
    struct Delivery;
    static constexpr int kDeliveryMs = 40, kDeliveryBudgetMs = 5;
    std::shared_ptr<Delivery> m_delivery;
    QTimer *m_deliveryTimer = nullptr;
    void deliver();

    struct Worker
    {
        util::OwnedThread thread;
        lv::HostSession *session = nullptr; // lives on `thread`, deleted when it finishes
    };
    std::vector<Worker> m_workers;
    QFuture<void> m_starter;
    std::atomic<bool> m_stopping{false};
};

} // namespace hawan::core
