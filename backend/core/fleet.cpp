#include "core/fleet.h"

#include "libvirt/eventloop.h"

#include <QDebug>
#include <QtConcurrent/QtConcurrentRun>

namespace hawan::core {

void Fleet::ThreadStopper::operator()(QThread *t) const
{
    t->quit();
    if (t->wait(3000)) {
        delete t;
        return;
    }
    qWarning("hawan: a host worker is stuck in a libvirt call; leaving it behind at exit");
}

Fleet::Fleet(config::Config config, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<model::HostStatus>();
    qRegisterMetaType<model::HostSnapshot>();
    qRegisterMetaType<model::LifecycleEvent>();
    qRegisterMetaType<model::LogEntry>();
    qRegisterMetaType<lv::VmAction>();
    lv::ensureEventLoop();

    const int refresh = config.console.refreshIntervalMs;
    m_inventory = std::make_unique<model::Inventory>(std::move(config));
    const auto &hosts = m_inventory->config().hosts;
    m_workers.reserve(hosts.size());
    for (int h = 0; h < hosts.size(); ++h) {
        lv::HostSession::Options opt;
        opt.refreshMs = refresh;
        Worker w;
        w.thread.reset(new QThread);
        w.thread->setObjectName(QStringLiteral("host:%1").arg(hosts[h].name));
        w.session = new lv::HostSession(h, hosts[h].uri, opt);
        w.session->moveToThread(w.thread.get());
        connect(w.thread.get(), &QThread::finished, w.session, &QObject::deleteLater);
        connect(w.session, &lv::HostSession::statusChanged, m_inventory.get(), &model::Inventory::applyStatus);
        connect(w.session, &lv::HostSession::snapshotReady, m_inventory.get(), &model::Inventory::applySnapshot);
        connect(w.session, &lv::HostSession::lifecycle, m_inventory.get(), &model::Inventory::applyLifecycle);
        connect(w.session, &lv::HostSession::actionFinished, this, &Fleet::actionFinished);
        m_workers.push_back(std::move(w));
    }
}

Fleet::~Fleet()
{
    m_stopping = true;
    m_starter.waitForFinished();
    // Stop all threads in parallel first, so N hosts do not cost N sequential waits.
    for (auto &w : m_workers)
        w.thread->quit();
    m_workers.clear();
}

void Fleet::start()
{
    // Creating a thread can take milliseconds when the machine is busy: with hundreds of hosts,
    // threads are started by a helper task so the GUI thread never waits for it.
    m_starter = QtConcurrent::run([this] {
        for (auto &w : m_workers) {
            if (m_stopping.load())
                return;
            w.thread->start();
            QMetaObject::invokeMethod(w.session, &lv::HostSession::start, Qt::QueuedConnection);
        }
    });
}

void Fleet::refreshAll()
{
    for (auto &w : m_workers)
        QMetaObject::invokeMethod(w.session, &lv::HostSession::refreshNow, Qt::QueuedConnection);
}

quint64 Fleet::requestVmAction(int host, const QString &uuid, lv::VmAction action)
{
    const quint64 id = m_nextRequest++;
    if (host < 0 || host >= int(m_workers.size())) {
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT actionFinished(host, id, false, tr("unknown host")); },
                                  Qt::QueuedConnection);
        return id;
    }
    lv::HostSession *s = m_workers[size_t(host)].session;
    QMetaObject::invokeMethod(s, [s, uuid, action, id] { s->requestAction(uuid, action, id); }, Qt::QueuedConnection);
    return id;
}

jobs::MigrationJob *Fleet::startMigration(int fromHost, const QString &uuid, int toHost,
                                         const jobs::MigrationOptions &options, QString *error)
{
    const auto &hosts = m_inventory->config().hosts;
    auto failWith = [error](const QString &e) -> jobs::MigrationJob * {
        if (error)
            *error = e;
        return nullptr;
    };
    if (fromHost < 0 || fromHost >= hosts.size() || toHost < 0 || toHost >= hosts.size())
        return failWith(tr("unknown host"));
    if (fromHost == toHost)
        return failWith(tr("the VM is already on %1").arg(hosts[toHost].name));
    if (hosts[toHost].migrationUri.isEmpty())
        return failWith(tr("%1 has no migration_uri: the source daemon needs an address to reach it "
                           "(see docs/configuration.md)").arg(hosts[toHost].name));
    QString vmName = uuid;
    for (const auto &vm : m_inventory->vms(fromHost))
        if (vm.uuid == uuid)
            vmName = vm.name;
    jobs::MigrationJob::Target t{uuid, vmName, hosts[fromHost].name, hosts[fromHost].uri,
                                 hosts[toHost].name, hosts[toHost].uri, hosts[toHost].migrationUri};
    auto job = std::make_unique<jobs::MigrationJob>(m_nextRequest++, t, options);
    jobs::MigrationJob *raw = job.get();
    // Both hosts' views change when it ends: refresh them at once rather than at the next tick.
    connect(raw, &jobs::MigrationJob::finished, this, [this, fromHost, toHost] {
        for (int h : {fromHost, toHost})
            QMetaObject::invokeMethod(m_workers[size_t(h)].session, &lv::HostSession::refreshNow, Qt::QueuedConnection);
    });
    m_migrations.push_back(std::move(job));
    raw->start();
    Q_EMIT migrationStarted(raw);
    return raw;
}

quint64 Fleet::remoteCalls(int host) const { return m_workers[size_t(host)].session->remoteCalls(); }
quint64 Fleet::ticks(int host) const { return m_workers[size_t(host)].session->ticks(); }

} // namespace hawan::core
