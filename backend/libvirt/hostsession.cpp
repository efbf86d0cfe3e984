#include "libvirt/hostsession.h"

#include "audit/key.h"

#include "model/snapshotcache.h"

#include <QXmlStreamReader>

#include "libvirt/api.h"
#include "util/net.h"
#include "util/workgate.h"
#include "libvirt/error.h"
#include "libvirt/eventloop.h"
#include "libvirt/statsparser.h"

#include <libvirt/virterror.h>

#include <mutex>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace hawan::lv {

using model::HostState;
using model::VmState;

// Shared between a connection's C callbacks (on libvirt's event thread) and the session. The
// session clears `target` before it deregisters, so a callback never posts to a dead object.
struct EventSink
{
    std::mutex mutex;
    HostSession *target = nullptr;
};

namespace {

void freeSink(void *opaque) { delete static_cast<std::shared_ptr<EventSink> *>(opaque); }

QString eventText(int event, int detail, VmState *state)
{
    switch (event) {
    case VIR_DOMAIN_EVENT_DEFINED:
        *state = VmState::NoState;
        return HostSession::tr("Defined");
    case VIR_DOMAIN_EVENT_UNDEFINED:
        *state = VmState::NoState;
        return HostSession::tr("Undefined");
    case VIR_DOMAIN_EVENT_STARTED:
        *state = VmState::Running;
        switch (detail) {
        case VIR_DOMAIN_EVENT_STARTED_MIGRATED: return HostSession::tr("Started (incoming migration)");
        case VIR_DOMAIN_EVENT_STARTED_RESTORED: return HostSession::tr("Started (restored)");
        case VIR_DOMAIN_EVENT_STARTED_WAKEUP: return HostSession::tr("Started (woken up)");
        default: return HostSession::tr("Started");
        }
    case VIR_DOMAIN_EVENT_SUSPENDED:
        *state = VmState::Paused;
        switch (detail) {
        case VIR_DOMAIN_EVENT_SUSPENDED_MIGRATED: return HostSession::tr("Paused (migration)");
        case VIR_DOMAIN_EVENT_SUSPENDED_IOERROR: return HostSession::tr("Paused (I/O error)");
        case VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG: return HostSession::tr("Paused (watchdog)");
        default: return HostSession::tr("Paused");
        }
    case VIR_DOMAIN_EVENT_RESUMED:
        *state = VmState::Running;
        return HostSession::tr("Resumed");
    case VIR_DOMAIN_EVENT_STOPPED:
        *state = VmState::ShutOff;
        switch (detail) {
        case VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN: return HostSession::tr("Stopped (shut down)");
        case VIR_DOMAIN_EVENT_STOPPED_DESTROYED: return HostSession::tr("Stopped (forced off)");
        case VIR_DOMAIN_EVENT_STOPPED_CRASHED: return HostSession::tr("Stopped (crashed)");
        case VIR_DOMAIN_EVENT_STOPPED_MIGRATED: return HostSession::tr("Stopped (migrated away)");
        case VIR_DOMAIN_EVENT_STOPPED_SAVED: return HostSession::tr("Stopped (saved)");
        case VIR_DOMAIN_EVENT_STOPPED_FAILED: return HostSession::tr("Stopped (host failure)");
        default: return HostSession::tr("Stopped");
        }
    case VIR_DOMAIN_EVENT_SHUTDOWN:
        *state = VmState::ShuttingDown;
        return HostSession::tr("Shutting down");
    case VIR_DOMAIN_EVENT_PMSUSPENDED:
        *state = VmState::Suspended;
        return HostSession::tr("Suspended (power management)");
    case VIR_DOMAIN_EVENT_CRASHED:
        *state = VmState::Crashed;
        return HostSession::tr("Crashed");
    default:
        *state = VmState::NoState;
        return HostSession::tr("Event %1").arg(event);
    }
}

} // namespace

// Runs on libvirt's event thread: copy what is needed, post it to the session, return.
int lifecycleCallback(virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque)
{
    const auto sink = *static_cast<std::shared_ptr<EventSink> *>(opaque);
    model::LifecycleEvent ev;
    ev.at = QDateTime::currentDateTimeUtc();
    if (const char *n = virDomainGetName(dom))
        ev.name = QString::fromUtf8(n);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, uuid) == 0)
        ev.uuid = QString::fromLatin1(uuid);
    std::lock_guard lock(sink->mutex);
    if (HostSession *s = sink->target)
        QMetaObject::invokeMethod(s, [s, ev, event, detail] { s->onLifecycle(ev, event, detail); },
                                  Qt::QueuedConnection);
    return 0;
}

void closeCallback(virConnectPtr, int reason, void *opaque)
{
    const auto sink = *static_cast<std::shared_ptr<EventSink> *>(opaque);
    std::lock_guard lock(sink->mutex);
    if (HostSession *s = sink->target)
        QMetaObject::invokeMethod(s, [s, reason] { s->onClosed(reason); }, Qt::QueuedConnection);
}

HostSession::HostSession(int hostIndex, QString uri, Options options)
    : m_host(hostIndex), m_uri(std::move(uri)), m_target(util::networkTarget(m_uri)), m_opt(options)
{
}

HostSession::~HostSession()
{
    m_stopping = true;
    dropConnection({});
}

void HostSession::start()
{
    // Host workers mostly wait on I/O, but when hundreds parse answers at once the GUI thread must
    // still get the CPU. A nice value (not SCHED_IDLE) keeps them scheduled regularly, so a worker
    // holding a lock the GUI thread needs (Qt's posted-event queue) is never starved.
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 19);
    ensureEventLoop();
    m_clock.start();
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(m_opt.refreshMs);
    // Precise: Qt lines coarse timers of whole seconds up on the second, and a thousand sessions
    // waking at the same instant every second queue the GUI thread behind them. Each session keeps
    // the phase of its own connection instead.
    m_tickTimer->setTimerType(Qt::PreciseTimer);
    connect(m_tickTimer, &QTimer::timeout, this, &HostSession::tick);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &HostSession::connectNow);
    m_soonTimer = new QTimer(this);
    m_soonTimer->setSingleShot(true);
    m_soonTimer->setInterval(250);
    connect(m_soonTimer, &QTimer::timeout, this, &HostSession::refreshNow);
    connectNow();
}

const QHash<QString, QString> &HostSession::savedDefinitions()
{
    // The definitions this host's VMs had when last seen: used only for a VM whose definition
    // cannot be read now (its daemon froze mid-tick), so a recovery right after a start has them.
    // Read when first needed: a thousand hosts reading theirs at start cost seconds of CPU.
    if (m_savedLoaded || m_opt.cacheFile.isEmpty())
        return m_savedDefinitions;
    m_savedLoaded = true;
    QString bad;
    if (auto cached = model::readSnapshotCache(m_opt.cacheFile, &bad, m_opt.key.get())) {
        for (const auto &vm : cached->vms)
            if (!vm.definition.isEmpty())
                m_savedDefinitions.insert(vm.uuid, vm.definition);
    } else if (!bad.isEmpty() && !m_cacheOffered) {
        m_cacheOffered = true; // refused once, said once
        Q_EMIT problem(m_host, tr("The saved snapshot of this host was refused, so nothing of it is shown or used "
                                  "for a recovery: %1").arg(bad));
    }
    return m_savedDefinitions;
}

void HostSession::retryNow()
{
    if (m_stopping || m_conn || !m_retryTimer)
        return;
    m_retryTimer->stop();
    m_status.failedAttempts = 0; // the backoff starts over: the reason for the silence has gone
    connectNow();
}

void HostSession::setServiceProbe(int intervalMs)
{
    if (!m_probeTimer) {
        m_probeTimer = new QTimer(this);
        connect(m_probeTimer, &QTimer::timeout, this, &HostSession::probeService);
    }
    m_probeTimer->stop();
    if (intervalMs > 0 && !m_stopping) {
        m_probeTimer->setInterval(intervalMs);
        m_probeTimer->start();
    }
}

void HostSession::probeService()
{
    probes::Reading r;
    r.sent = 1;
    if (!m_conn) {
        r.point.tMs = probes::wallMs();
        r.point.loss = 1;
        r.error = m_status.reason.isEmpty() ? tr("not connected") : m_status.reason;
        Q_EMIT serviceMeasured(m_host, r);
        return;
    }
    // Not counted in remoteCalls(): that figure is the monitoring cost per tick.
    QElapsedTimer t;
    t.start();
    unsigned long version = 0;
    const int rc = api().connectGetLibVersion(m_conn.get(), &version);
    const float ms = float(t.nsecsElapsed()) / 1e6f;
    r.point.tMs = probes::wallMs();
    if (rc < 0) {
        r.point.loss = 1;
        r.error = LibvirtError::takeLast().message;
    } else {
        r.point.lo = r.point.mid = r.point.hi = ms;
        r.answered = 1;
    }
    Q_EMIT serviceMeasured(m_host, r);
}

void HostSession::shutdown()
{
    m_stopping = true;
    if (m_tickTimer)
        m_tickTimer->stop();
    if (m_probeTimer)
        m_probeTimer->stop();
    if (m_retryTimer)
        m_retryTimer->stop();
    dropConnection({});
}

void HostSession::setStatus(HostState state, const QString &reason)
{
    if (m_status.state != state)
        m_status.stateSince = QDateTime::currentDateTimeUtc();
    m_status.state = state;
    m_status.reason = reason;
    Q_EMIT statusChanged(m_host, m_status);
}

void HostSession::connectNow()
{
    if (m_stopping || m_conn)
        return;
    // A host already known to be unreachable stays so while it is retried (no flicker).
    if (m_status.state != HostState::Unreachable)
        setStatus(HostState::Connecting, m_status.reason);

    // Over the network, first a bounded knock: libvirt's own connect waits for the kernel's SYN
    // retries (two minutes) when the host is silent, and would hold this thread as long.
    const QString silent = m_target ? util::tcpSilence(*m_target, kKnockMs) : QString();
    // The rest of the connection's set-up is work (a test driver parses its whole host here): at
    // most as many hosts at once as there are cores (util/workgate.h), the knock above excluded.
    std::optional<util::WorkGate::Pass> pass;
    if (silent.isEmpty())
        pass.emplace(util::WorkGate::hosts());
    ConnectPtr conn;
    if (silent.isEmpty()) {
        ++m_calls;
        // Bounded: a daemon frozen since before this console started would hold this thread (and
        // keep the host "connecting", every plan waiting for its report) for good.
        conn = openWithKeepAlive(m_uri, m_opt.keepAliveIntervalS, unsigned(m_opt.keepAliveCount), m_opt.readOnly);
    }
    if (!conn) {
        const QString why = silent.isEmpty() ? LibvirtError::takeLast(tr("cannot connect")).message : silent;
        ++m_status.failedAttempts;
        scheduleReconnect();
        if (!m_everConnected && !m_cacheOffered && !m_opt.cacheFile.isEmpty()) {
            // Down since before this console started: what it ran when last seen, marked by its age.
            // Offered before the host is said unreachable: a plan waiting for every host to report
            // (a recovery started with the console) must see what the host ran.
            m_cacheOffered = true;
            QString bad;
            if (auto cached = model::readSnapshotCache(m_opt.cacheFile, &bad, m_opt.key.get())) {
                m_cacheSignature = model::snapshotSignature(*cached);
                Q_EMIT snapshotReady(m_host, *cached);
            } else if (!bad.isEmpty()) {
                Q_EMIT problem(m_host, tr("The saved snapshot of this host was refused, so nothing of it is shown or used "
                                          "for a recovery: %1").arg(bad));
            }
        }
        setStatus(HostState::Unreachable, why);
        return;
    }
    m_everConnected = true;

    model::NodeInfo node;
    virNodeInfo info{};
    ++m_calls;
    if (api().nodeGetInfo(conn.get(), &info) == 0) {
        node.cpuModel = QString::fromLatin1(info.model);
        node.cpus = int(info.cpus);
        node.mhz = int(info.mhz);
        node.memoryKiB = info.memory;
    }
    ++m_calls;
    if (CString h{api().connectGetHostname(conn.get())})
        node.hostname = QString::fromUtf8(h.get());
    if (const char *type = virConnectGetType(conn.get()))
        node.hypervisor = QString::fromLatin1(type);
    auto versionText = [](unsigned long v) {
        return QStringLiteral("%1.%2.%3").arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
    };
    unsigned long ver = 0;
    ++m_calls;
    if (api().connectGetVersion(conn.get(), &ver) == 0)
        node.hypervisorVersion = versionText(ver);
    ++m_calls;
    if (api().connectGetLibVersion(conn.get(), &ver) == 0)
        node.libvirtVersion = versionText(ver);
    virResetLastError();

    m_sink = std::make_shared<EventSink>();
    m_sink->target = this;
    ++m_calls;
    m_lifecycleCallback = virConnectDomainEventRegisterAny(
        conn.get(), nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(lifecycleCallback),
        new std::shared_ptr<EventSink>(m_sink), freeSink);
    if (m_lifecycleCallback < 0)
        virResetLastError(); // fall back to polling only
    m_closeCallback = virConnectRegisterCloseCallback(conn.get(), closeCallback,
                                                      new std::shared_ptr<EventSink>(m_sink), freeSink) == 0;
    if (!m_closeCallback)
        virResetLastError();

    m_conn = std::move(conn);
    m_status.node = node;
    m_status.failedAttempts = 0;
    m_status.nextRetry = {};
    m_prevCpu.clear();
    m_definitions.clear();
    m_lastSampleNs = -1;
    pass.reset();
    setStatus(HostState::Up);
    tick();
    m_tickTimer->start();
}

void HostSession::dropConnection(const QString &reason)
{
    if (m_sink) {
        std::lock_guard lock(m_sink->mutex);
        m_sink->target = nullptr;
    }
    if (m_conn) {
        if (m_lifecycleCallback >= 0 && virConnectDomainEventDeregisterAny(m_conn.get(), m_lifecycleCallback) < 0)
            virResetLastError();
        if (m_closeCallback && virConnectUnregisterCloseCallback(m_conn.get(), closeCallback) < 0)
            virResetLastError();
        m_conn.reset();
    }
    m_lifecycleCallback = -1;
    m_closeCallback = false;
    m_sink.reset();
    if (m_tickTimer)
        m_tickTimer->stop();
    if (!m_stopping && !reason.isNull()) {
        ++m_status.failedAttempts;
        scheduleReconnect();
        setStatus(HostState::Unreachable, reason);
    }
}

void HostSession::scheduleReconnect()
{
    if (m_stopping || !m_retryTimer)
        return;
    const int shift = std::min(m_status.failedAttempts - 1, 16);
    const qint64 delay = std::min<qint64>(qint64(m_opt.firstRetryMs) << std::max(shift, 0), m_opt.maxRetryMs);
    m_status.nextRetry = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_retryTimer->start(int(delay));
}

void HostSession::refreshPoolsNow()
{
    // At most every 10 s: a selection moving through the hosts does not turn into a call storm.
    if (!m_conn || (m_poolsAtNs >= 0 && m_clock.nsecsElapsed() - m_poolsAtNs < qint64(m_opt.poolsMinIntervalMs) * 1'000'000))
        return;
    m_poolsAtNs = -1; // read at the tick, which carries them
    refreshNow();
}

void HostSession::refreshNow()
{
    if (!m_conn)
        return;
    tick();
    if (m_tickTimer)
        m_tickTimer->start(); // the next periodic tick counts from this one
}

void HostSession::tick()
{
    if (!m_conn)
        return;
    std::optional<util::WorkGate::Pass> pass(std::in_place, util::WorkGate::hosts());
    virDomainStatsRecordPtr *raw = nullptr;
    const unsigned groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_BALLOON
        | VIR_DOMAIN_STATS_VCPU | VIR_DOMAIN_STATS_BLOCK;
    ++m_calls;
    ++m_ticks;
    // NOWAIT: a domain busy with a job (an incoming or outgoing migration) answers with what it
    // has at once instead of holding the whole host's tick until the job step ends.
    const int n = api().connectGetAllDomainStats(m_conn.get(), groups, &raw, VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
    if (n < 0) {
        const auto err = LibvirtError::takeLast(tr("statistics failed"));
        if (err.isConnectionLost() || api().connectIsAlive(m_conn.get()) != 1)
            dropConnection(err.message);
        else
            setStatus(HostState::Up, tr("statistics failed: %1").arg(err.message));
        return;
    }
    StatsRecordList records(raw);
    const qint64 nowNs = m_clock.nsecsElapsed();
    const qint64 wallNs = m_lastSampleNs < 0 ? 0 : nowNs - m_lastSampleNs;
    m_lastSampleNs = nowNs;

    model::HostSnapshot snap;
    snap.at = QDateTime::currentDateTimeUtc();
    snap.vms.reserve(n);
    quint64 cpuDeltaNs = 0;
    bool haveCpu = false;
    QHash<QString, quint64> cpuNow;
    cpuNow.reserve(n);
    for (int i = 0; i < n; ++i) {
        model::VmInfo vm = vmFromStatsRecord(*raw[i]);
        static const VmDefinition none;
        VmDefinition fallback;
        const VmDefinition *d = &none;
        if (auto known = m_definitions.constFind(vm.uuid); known != m_definitions.cend()) {
            d = &*known;
        } else {
            // Once per domain: statistics omit the definition on some drivers (test driver).
            ++m_calls;
            // The persistent definition: what a crash recovery defines elsewhere. With its secrets
            // (a VNC/SPICE password): a VM restarted from it after a crash keeps its console
            // password. Kept owner-only on disk (the snapshot cache, the journal).
            CString xml(api().domainGetXMLDesc(raw[i]->dom, VIR_DOMAIN_XML_INACTIVE | (m_opt.readOnly ? 0 : VIR_DOMAIN_XML_SECURE)));
            if (xml) {
                VmDefinition parsed = parseDomainXml(QByteArray(xml.get()));
                parsed.xml = QString::fromUtf8(xml.get());
                d = &*m_definitions.insert(vm.uuid, parsed);
            } else {
                // Not kept: asked again next tick (the inventory keeps the last one read meanwhile,
                // and a VM first seen now has the one saved when this host was last seen).
                virResetLastError();
                const auto &savedDefs = savedDefinitions();
                if (const auto saved = savedDefs.constFind(vm.uuid); saved != savedDefs.cend()) {
                    fallback = parseDomainXml(saved->toUtf8());
                    fallback.xml = *saved;
                    d = &fallback;
                }
            }
        }
        if (vm.vcpus == 0)
            vm.vcpus = d->vcpus;
        if (vm.maxMemoryKiB == 0)
            vm.maxMemoryKiB = d->memoryKiB;
        if (vm.memoryKiB == 0)
            vm.memoryKiB = d->currentMemoryKiB;
        if (vm.disks.isEmpty())
            vm.disks = d->disks;
        vm.definition = d->xml;
        vm.managedBy = d->managedBy;
        const auto prev = m_prevCpu.constFind(vm.uuid);
        // A driver without cpu.time (the test driver) leaves CPU unknown rather than 0%.
        if (prev != m_prevCpu.cend() && model::vmIsActive(vm.state) && vm.cpuTimeNs > 0) {
            haveCpu = true;
            vm.cpuPercent = cpuPercent(*prev, vm.cpuTimeNs, wallNs, vm.vcpus);
            if (vm.cpuTimeNs >= *prev)
                cpuDeltaNs += vm.cpuTimeNs - *prev;
        } else if (!model::vmIsActive(vm.state)) {
            vm.cpuPercent = 0;
        }
        if (model::vmIsActive(vm.state))
            snap.vmMemoryKiB += vm.memoryKiB;
        cpuNow.insert(vm.uuid, vm.cpuTimeNs);
        snap.vms.push_back(std::move(vm));
    }
    m_prevCpu = std::move(cpuNow);
    if (m_definitions.size() > n) // forget domains that are gone
        for (auto it = m_definitions.begin(); it != m_definitions.end();)
            it = m_prevCpu.contains(it.key()) ? std::next(it) : m_definitions.erase(it);
    if (haveCpu && wallNs > 0 && m_status.node.cpus > 0)
        snap.cpuPercent = std::min(100.0, 100.0 * double(cpuDeltaNs) / (double(wallNs) * m_status.node.cpus));

    // Storage pools (a few calls): read when the host connects and when someone looks at the
    // host (refreshPoolsNow), not at every tick: the steady cost is one call per host per tick.
    if (m_poolsAtNs < 0) {
        m_poolsAtNs = nowNs;
        refreshPools();
    }
    snap.pools = m_pools;
    m_status.lastUpdate = snap.at;
    if (!m_status.reason.isEmpty())
        setStatus(HostState::Up); // a transient statistics error has cleared
    pass.reset(); // a disk write is no work for the CPU the gate shares
    saveCache(snap);
    Q_EMIT snapshotReady(m_host, snap);
}

void HostSession::saveCache(const model::HostSnapshot &snap)
{
    if (m_opt.cacheFile.isEmpty() || m_opt.readOnly)
        return;
    const QByteArray sig = model::snapshotSignature(snap);
    if (sig == m_cacheSignature)
        return; // unchanged: no disk write per tick
    QString error;
    if (model::writeSnapshotCache(m_opt.cacheFile, snap, &error, m_opt.key.get()))
        m_cacheSignature = sig;
    else if (m_cacheSignature != "failed") {
        m_cacheSignature = "failed"; // said once; tried again at the next change
        qWarning("hawan: %s", qPrintable(error));
    }
}

void HostSession::refreshPools()
{
    virStoragePoolPtr *pools = nullptr;
    ++m_calls;
    const int n = api().connectListAllStoragePools(m_conn.get(), &pools, 0);
    if (n < 0) { // no storage driver on this daemon: no pools to show
        virResetLastError();
        m_pools.clear();
        return;
    }
    QVector<model::PoolInfo> out;
    for (int i = 0; i < n; ++i) {
        model::PoolInfo p;
        p.name = QString::fromUtf8(virStoragePoolGetName(pools[i]));
        p.active = virStoragePoolIsActive(pools[i]) == 1;
        virStoragePoolInfo info{};
        ++m_calls;
        if (api().storagePoolGetInfo(pools[i], &info) == 0) {
            p.capacity = info.capacity;
            p.allocation = info.allocation;
            p.available = info.available;
        }
        // Type and target path do not change: read the definition once per pool.
        auto cached = m_poolXml.find(p.name);
        if (cached == m_poolXml.end()) {
            ++m_calls;
            CString xml(api().storagePoolGetXMLDesc(pools[i], 0));
            const PoolDefinition def = xml ? parsePoolXml(QByteArray(xml.get())) : PoolDefinition{};
            cached = m_poolXml.insert(p.name, {def.type, def.targetPath});
        }
        p.type = cached->first;
        p.targetPath = cached->second;
        virResetLastError();
        virStoragePoolFree(pools[i]);
        out.push_back(p);
    }
    std::free(pools);
    std::sort(out.begin(), out.end(), [](const model::PoolInfo &a, const model::PoolInfo &b) { return a.name < b.name; });
    m_pools = std::move(out);
}

void HostSession::onLifecycle(model::LifecycleEvent ev, int event, int detail)
{
    ev.what = eventText(event, detail, &ev.state);
    if (event == VIR_DOMAIN_EVENT_DEFINED || event == VIR_DOMAIN_EVENT_UNDEFINED)
        m_definitions.remove(ev.uuid);
    Q_EMIT lifecycle(m_host, ev);
    if (m_soonTimer && !m_soonTimer->isActive())
        m_soonTimer->start(); // fetch the details the event does not carry
}

void HostSession::onClosed(int reason)
{
    QString why;
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR: why = tr("connection error"); break;
    case VIR_CONNECT_CLOSE_REASON_EOF: why = tr("the daemon closed the connection"); break;
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE: why = tr("no keepalive answer: host or daemon not responding"); break;
    default: why = tr("connection closed"); break;
    }
    dropConnection(why);
}

void HostSession::performAction(const QString &uuid, VmAction action, const QString &definition,
                                const std::function<void(bool ok, const QString &message)> &done)
{
    if (!m_conn) {
        done(false, tr("host is not connected"));
        return;
    }
    ++m_calls;
    if (action == VmAction::Define) {
        DomainPtr dom(api().domainDefineXML(m_conn.get(), definition.toUtf8().constData()));
        char id[VIR_UUID_STRING_BUFLEN] = {};
        if (dom)
            ++m_calls;
        if (m_soonTimer)
            m_soonTimer->start();
        if (!dom || api().domainGetUUIDString(dom.get(), id) < 0)
            done(false, LibvirtError::takeLast(tr("%1 failed").arg(model::vmActionName(action))).message);
        else
            done(true, QString::fromLatin1(id));
        return;
    }
    DomainPtr dom(api().domainLookupByUUIDString(m_conn.get(), uuid.toLatin1().constData()));
    int rc = -1;
    if (dom) {
        ++m_calls;
        switch (action) {
        case VmAction::Start: rc = api().domainCreate(dom.get()); break;
        case VmAction::Pause: rc = api().domainSuspend(dom.get()); break;
        case VmAction::Resume: rc = api().domainResume(dom.get()); break;
        case VmAction::Shutdown: rc = api().domainShutdown(dom.get()); break;
        case VmAction::Destroy: rc = api().domainDestroy(dom.get()); break;
        case VmAction::Define: break; // above
        case VmAction::UndefineStale:
        case VmAction::Undefine:
            if (api().domainIsActive(dom.get()) != 0) {
                done(false, tr("it is active here: not removed"));
                return;
            }
            rc = api().domainUndefine(dom.get());
            break;
        }
    }
    if (m_soonTimer)
        m_soonTimer->start();
    if (rc < 0)
        done(false, LibvirtError::takeLast(tr("%1 failed").arg(model::vmActionName(action))).message);
    else
        done(true, {});
}

} // namespace hawan::lv
