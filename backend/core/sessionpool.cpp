#include "core/sessionpool.h"

#include "libvirt/hostsession.h"
#include "model/inventory.h"
#include "model/snapshotcache.h"
#include "probes/probehub.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hawan::core {

SessionPool::SessionPool(model::Inventory *inventory, probes::ProbeHub *probes, bool readOnly, std::shared_ptr<const audit::Key> key,
                         QObject *parent)
    : QObject(parent)
{
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
        connect(w.session, &lv::HostSession::statusChanged, inventory, &model::Inventory::applyStatus);
        connect(w.session, &lv::HostSession::snapshotReady, inventory, &model::Inventory::applySnapshot);
        connect(w.session, &lv::HostSession::lifecycle, inventory, &model::Inventory::applyLifecycle);
        connect(w.session, &lv::HostSession::problem, inventory, [inventory](int host, const QString &text) {
            inventory->log(model::LogEntry::Severity::Error, host, {}, text);
        });
        connect(w.session, &lv::HostSession::serviceMeasured, probes, [probes](int host, const probes::Reading &r) {
            probes->addReading(probes->serviceSeries(host), r);
        });
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
