#include "core/sessionpool.h"

#include "libvirt/hostsession.h"
#include "model/inventory.h"
#include "model/snapshotcache.h"
#include "probes/probehub.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <mutex>

namespace hawan::core {

struct SessionPool::Delivery
{
    std::mutex mutex;
    std::vector<std::function<void()>> items; // in the order the sessions said them; run on the pool's thread
    void push(std::function<void()> item)
    {
        std::lock_guard lock(mutex);
        items.push_back(std::move(item));
    }
};

SessionPool::SessionPool(model::Inventory *inventory, probes::ProbeHub *probes, bool readOnly, std::shared_ptr<const audit::Key> key,
                         QObject *parent)
    : QObject(parent), m_delivery(std::make_shared<Delivery>())
{
    m_deliveryTimer = new QTimer(this);
    m_deliveryTimer->setInterval(kDeliveryMs);
    connect(m_deliveryTimer, &QTimer::timeout, this, &SessionPool::deliver);
    m_deliveryTimer->start();
    const auto &cfg = inventory->config();
    m_workers.reserve(size_t(cfg.hosts.size()));
    for (int h = 0; h < cfg.hosts.size(); ++h) {
        if (!cfg.hosts[h].cloud.isEmpty()) {
            // A cloud's compute host: its cloud source reports it (cloud/cloudsource.h), no libvirt session.
            m_workers.push_back(Worker{});
            continue;
        }
        lv::HostSession::Options opt;
        opt.refreshMs = cfg.console.refreshIntervalMs;
        opt.keepAliveIntervalS = cfg.console.keepAliveIntervalS;
        opt.keepAliveCount = cfg.console.keepAliveCount;
        opt.cacheFile = model::snapshotCachePath(cfg.sourceFile, cfg.hosts[h].name);
        opt.readOnly = readOnly;
        opt.key = key;
        Worker w;
        w.thread = util::makeThread(QStringLiteral("host:%1").arg(cfg.hosts[h].name));
        w.session = new lv::HostSession(h, cfg.hosts[h].uri, opt);
        w.session->moveToThread(w.thread.get());
        connect(w.thread.get(), &QThread::finished, w.session, &QObject::deleteLater);
        // Called on the session's thread (direct): queued for deliver(), which applies them here.
        const auto d = m_delivery;
        connect(w.session, &lv::HostSession::statusChanged, w.session, [d, inventory](int host, const model::HostStatus &st) {
            d->push([inventory, host, st] { inventory->applyStatus(host, st); });
        }, Qt::DirectConnection);
        connect(w.session, &lv::HostSession::snapshotReady, w.session, [d, inventory](int host, const model::HostSnapshot &snap) {
            d->push([inventory, host, snap] { inventory->applySnapshot(host, snap); });
        }, Qt::DirectConnection);
        connect(w.session, &lv::HostSession::lifecycle, w.session, [d, inventory](int host, const model::LifecycleEvent &ev) {
            d->push([inventory, host, ev] { inventory->applyLifecycle(host, ev); });
        }, Qt::DirectConnection);
        connect(w.session, &lv::HostSession::problem, w.session, [d, inventory](int host, const QString &text) {
            d->push([inventory, host, text] { inventory->log(model::LogEntry::Severity::Error, host, {}, text); });
        }, Qt::DirectConnection);
        if (probes)
            connect(w.session, &lv::HostSession::serviceMeasured, w.session, [d, probes](int host, const probes::Reading &r) {
                d->push([probes, host, r] { probes->addReading(probes->serviceSeries(host), r); });
            }, Qt::DirectConnection);
        m_workers.push_back(std::move(w));
    }
}

SessionPool::~SessionPool()
{
    m_stopping = true;
    m_starter.waitForFinished();
    for (auto &w : m_workers)
        if (w.thread)
            w.thread->quit();
    m_workers.clear();
}

void SessionPool::deliver()
{
    // try_lock: a session holding the lock may have been preempted (they run at the lowest
    // priority); this thread does not wait for it, it comes back at the next round.
    std::vector<std::function<void()>> batch;
    {
        std::unique_lock lock(m_delivery->mutex, std::try_to_lock);
        if (!lock.owns_lock() || m_delivery->items.empty())
            return;
        batch.swap(m_delivery->items);
    }
    // Applied within a time budget; the rest goes back to the front of the queue for the next
    // round, so a thousand hosts reporting at once never hold this thread for long.
    QElapsedTimer t;
    t.start();
    size_t done = 0;
    for (; done < batch.size(); ++done) {
        if (done > 0 && t.elapsed() >= kDeliveryBudgetMs)
            break;
        batch[done]();
    }
    if (done < batch.size()) {
        std::lock_guard lock(m_delivery->mutex);
        m_delivery->items.insert(m_delivery->items.begin(), std::make_move_iterator(batch.begin() + qsizetype(done)),
                                 std::make_move_iterator(batch.end()));
        QTimer::singleShot(0, this, &SessionPool::deliver); // after the events waiting meanwhile
    }
}

void SessionPool::start()
{
    // Creating a thread can take milliseconds when the machine is busy: with hundreds of hosts,
    // threads are started by a helper task so the GUI thread never waits for it.
    m_starter = QtConcurrent::run([this] {
        for (auto &w : m_workers) {
            if (m_stopping.load())
                return;
            if (!w.session)
                continue;
            w.thread->start();
            QMetaObject::invokeMethod(w.session, &lv::HostSession::start, Qt::QueuedConnection);
        }
    });
}

void SessionPool::refresh(int host)
{
    if (host >= 0 && host < count() && m_workers[size_t(host)].session)
        QMetaObject::invokeMethod(m_workers[size_t(host)].session, &lv::HostSession::refreshNow, Qt::QueuedConnection);
}

void SessionPool::refreshPools(int host)
{
    if (host >= 0 && host < count() && m_workers[size_t(host)].session)
        QMetaObject::invokeMethod(m_workers[size_t(host)].session, &lv::HostSession::refreshPoolsNow, Qt::QueuedConnection);
}

void SessionPool::refreshAll()
{
    for (int h = 0; h < count(); ++h)
        refresh(h);
}

void SessionPool::retryNow(int host)
{
    if (host >= 0 && host < count() && m_workers[size_t(host)].session)
        QMetaObject::invokeMethod(m_workers[size_t(host)].session, &lv::HostSession::retryNow, Qt::QueuedConnection);
}

void SessionPool::setServiceProbe(int intervalMs)
{
    for (auto &w : m_workers)
        if (w.session)
            QMetaObject::invokeMethod(w.session, [s = w.session, intervalMs] { s->setServiceProbe(intervalMs); },
                                  Qt::QueuedConnection);
}

jobs::VmActionJob::Send SessionPool::sender(int host) const
{
    if (host < 0 || host >= count() || !m_workers[size_t(host)].session)
        return {};
    lv::HostSession *s = m_workers[size_t(host)].session;
    return [s](const QString &uuid, model::VmAction action, const QString &definition, jobs::VmActionJob::Reply reply) {
        QMetaObject::invokeMethod(s, [s, uuid, action, definition, reply] { s->performAction(uuid, action, definition, reply); },
                                  Qt::QueuedConnection);
    };
}

quint64 SessionPool::remoteCalls(int host) const
{
    const auto *s = m_workers[size_t(host)].session;
    return s ? s->remoteCalls() : 0;
}

quint64 SessionPool::ticks(int host) const
{
    const auto *s = m_workers[size_t(host)].session;
    return s ? s->ticks() : 0;
}

} // namespace hawan::core
