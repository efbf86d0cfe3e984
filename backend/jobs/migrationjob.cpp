#include "jobs/migrationjob.h"

#include "libvirt/error.h"
#include "libvirt/eventloop.h"
#include "libvirt/handles.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <cstring>
#include <mutex>
#include <thread>

namespace hawan::jobs {

namespace {

quint64 param(virTypedParameterPtr params, int n, const char *name)
{
    for (int i = 0; i < n; ++i) {
        if (std::strcmp(params[i].field, name) != 0)
            continue;
        switch (params[i].type) {
        case VIR_TYPED_PARAM_ULLONG: return params[i].value.ul;
        case VIR_TYPED_PARAM_LLONG: return quint64(std::max<long long>(0, params[i].value.l));
        case VIR_TYPED_PARAM_UINT: return params[i].value.ui;
        case VIR_TYPED_PARAM_INT: return quint64(std::max(0, params[i].value.i));
        default: return 0;
        }
    }
    return 0;
}

bool hasParam(virTypedParameterPtr params, int n, const char *name)
{
    for (int i = 0; i < n; ++i)
        if (std::strcmp(params[i].field, name) == 0)
            return true;
    return false;
}

} // namespace

// Runs on the job's thread: owns the source connection, polls progress while a helper thread sits
// in the blocking migrate call, and aborts on request.
class MigrationWorker : public QObject
{
    Q_OBJECT
public:
    MigrationWorker(MigrationJob::Target t, MigrationOptions o) : m_t(std::move(t)), m_o(o) {}
    ~MigrationWorker() override
    {
        if (m_restartRelay) {
            std::lock_guard lock(m_restartRelay->mutex);
            m_restartRelay->worker = nullptr;
        }
        // Only when the console exits mid-migration: the source daemon carries on by itself, so
        // leave the blocked call and its handles to the process's end instead of waiting.
        if (m_migrator.joinable()) {
            m_migrator.detach();
            (void)m_dom.release();
            (void)m_conn.release();
        }
    }

    void run()
    {
        lv::ensureEventLoop();
        m_clock.start();
        if (m_o.isRestart())
            return restart();
        emitPhase(QStringLiteral("connecting"));
        m_conn = lv::openWithKeepAlive(m_t.sourceUri);
        if (!m_conn)
            return fail(lv::LibvirtError::takeLast(tr("cannot connect to %1").arg(m_t.sourceHost)).message);
        m_dom.reset(virDomainLookupByUUIDString(m_conn.get(), m_t.vmUuid.toLatin1().constData()));
        if (!m_dom)
            return fail(lv::LibvirtError::takeLast(tr("%1 is not on %2").arg(m_t.vmName, m_t.sourceHost)).message);
        if (m_cancel)
            return finish(MigrationResult::Outcome::Cancelled, {});

        unsigned long flags = VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE;
        if (m_o.offline)
            flags |= VIR_MIGRATE_OFFLINE;
        else
            flags |= VIR_MIGRATE_LIVE;
        if (m_o.autoConverge && !m_o.offline)
            flags |= VIR_MIGRATE_AUTO_CONVERGE;
        if (m_o.postCopyAllowed && !m_o.offline)
            flags |= VIR_MIGRATE_POSTCOPY;
        if (m_o.parallelConnections > 1 && !m_o.offline)
            flags |= VIR_MIGRATE_PARALLEL;
        emitPhase(QStringLiteral("migrating"));
        // The migrate call blocks until the source daemon is done: it gets a thread of its own.
        const quint64 cap = m_bandwidth.load();
        m_appliedBandwidth = cap;
        m_migrator = std::thread([this, flags, cap] {
            virTypedParameterPtr params = nullptr;
            int n = 0, max = 0;
            if (cap && !m_o.offline)
                virTypedParamsAddULLong(&params, &n, &max, VIR_MIGRATE_PARAM_BANDWIDTH, cap);
            // Over a slow WAN each pass takes seconds: QEMU's default throttle steps (20 % then +10 %
            // per pass) take minutes to bite, so start higher and step faster.
            if (m_o.autoConverge && !m_o.offline) {
                virTypedParamsAddInt(&params, &n, &max, VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL, 50);
                virTypedParamsAddInt(&params, &n, &max, VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT, 20);
            }
            if (m_o.parallelConnections > 1 && !m_o.offline)
                virTypedParamsAddInt(&params, &n, &max, VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS, m_o.parallelConnections);
            const int rc = virDomainMigrateToURI3(m_dom.get(), m_t.destMigrationUri.toUtf8().constData(), params,
                                                  unsigned(n), flags);
            virTypedParamsFree(params, n);
            const lv::LibvirtError err = rc < 0 ? lv::LibvirtError::takeLast(tr("migration failed")) : lv::LibvirtError{};
            QMetaObject::invokeMethod(this, [this, rc, err] { migrateReturned(rc, err); }, Qt::QueuedConnection);
        });
        m_poll = new QTimer(this);
        m_poll->setInterval(500);
        connect(m_poll, &QTimer::timeout, this, &MigrationWorker::poll);
        m_poll->start();
    }

    // Any thread: only raises a flag; the worker's next poll (<= 500 ms) aborts the job, so no
    // other thread ever touches the worker's handles.
    void requestCancel() { m_cancel = true; }
    void requestBandwidth(quint64 mibs) { m_bandwidth = mibs; }
    void requestDowntime(quint64 ms) { m_downtime = ms; }
    void requestPostCopy() { m_postCopy = true; }

Q_SIGNALS:
    void progress(const hawan::jobs::MigrationProgress &p);
    void done(const hawan::jobs::MigrationResult &r);

private:
    void emitPhase(const QString &phase)
    {
        m_p.phase = phase;
        m_p.elapsedMs = m_clock.elapsed();
        Q_EMIT progress(m_p);
    }

    void poll()
    {
        if (m_o.timeoutS > 0 && m_clock.elapsed() > qint64(m_o.timeoutS) * 1000 && !m_timedOut)
            m_timedOut = true;
        if ((m_cancel || m_timedOut) && !m_abortSent) {
            // Before the job exists on the daemon the abort fails; the next poll tries again.
            m_abortSent = virDomainAbortJob(m_dom.get()) == 0;
            if (!m_abortSent)
                virResetLastError();
        }
        applyAdjustments();
        int type = 0, n = 0;
        virTypedParameterPtr params = nullptr;
        if (virDomainGetJobStats(m_dom.get(), &type, &params, &n, 0) < 0) {
            virResetLastError();
            return;
        }
        if (type != VIR_DOMAIN_JOB_NONE) {
            m_p.elapsedMs = qint64(param(params, n, VIR_DOMAIN_JOB_TIME_ELAPSED));
            m_p.dataTotal = param(params, n, VIR_DOMAIN_JOB_DATA_TOTAL);
            m_p.dataProcessed = param(params, n, VIR_DOMAIN_JOB_DATA_PROCESSED);
            m_p.dataRemaining = param(params, n, VIR_DOMAIN_JOB_DATA_REMAINING);
            m_p.memoryBps = param(params, n, VIR_DOMAIN_JOB_MEMORY_BPS);
            m_p.dirtyRateBps = param(params, n, VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE)
                * std::max<quint64>(1, param(params, n, VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE));
            if (hasParam(params, n, VIR_DOMAIN_JOB_MEMORY_ITERATION))
                m_p.iteration = param(params, n, VIR_DOMAIN_JOB_MEMORY_ITERATION);
            m_p.autoConvergeThrottle = int(param(params, n, VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE));
            m_p.bandwidthCapMiBs = m_appliedBandwidth;
            // Each pass must send what the guest dirtied during the last one: when the dirty rate
            // keeps up with the transfer rate, the remainder never shrinks. Say so early.
            const bool behind = m_p.iteration >= 2 && m_p.memoryBps > 0 && m_p.dirtyRateBps * 10 >= m_p.memoryBps * 9;
            m_behindSamples = behind ? m_behindSamples + 1 : 0;
            m_p.notConverging = m_behindSamples >= 3 && !m_o.autoConverge;
            Q_EMIT progress(m_p);
        }
        virTypedParamsFree(params, n);
    }

    // Operator's adjustments, applied on this thread while the migrate call blocks on the other.
    void applyAdjustments()
    {
        if (m_o.offline)
            return;
        const quint64 bw = m_bandwidth.load();
        if (bw != m_appliedBandwidth) {
            // "No cap" is QEMU's maximum, since 0 is not accepted as unlimited everywhere.
            if (virDomainMigrateSetMaxSpeed(m_dom.get(), bw ? bw : 8796093022207ULL, 0) == 0)
                m_appliedBandwidth = bw;
            else
                virResetLastError(); // before the job exists; the next poll retries
        }
        if (m_o.postCopyAllowed && m_o.postCopyAfterS > 0 && m_p.iteration >= 2 && m_clock.elapsed() > qint64(m_o.postCopyAfterS) * 1000)
            m_postCopy = true;
        const quint64 dt = m_downtime.load();
        if (dt && dt != m_appliedDowntime) {
            if (virDomainMigrateSetMaxDowntime(m_dom.get(), dt, 0) == 0)
                m_appliedDowntime = dt;
            else
                virResetLastError();
        }
        if (m_postCopy && !m_p.postCopy) {
            if (virDomainMigrateStartPostCopy(m_dom.get(), 0) == 0)
                m_p.postCopy = true;
            else
                virResetLastError();
        }
    }

    void migrateReturned(int rc, const lv::LibvirtError &err)
    {
        if (m_poll)
            m_poll->stop();
        m_migrator.join();
        if (rc == 0) {
            completedStats();
            return finish(MigrationResult::Outcome::Succeeded, {});
        }
        // Errors after a user's cancel are not errors; a timeout is reported as a failure.
        if (m_timedOut)
            return finish(MigrationResult::Outcome::Failed,
                          tr("did not finish within %1 s and was aborted; the VM keeps running on %2")
                              .arg(m_o.timeoutS).arg(m_t.sourceHost));
        if (m_cancel)
            return finish(MigrationResult::Outcome::Cancelled, {});
        fail(err.message);
    }

    // The source no longer knows the VM (undefined there): the destination keeps the statistics.
    void completedStats()
    {
        lv::ConnectPtr dest = lv::openWithKeepAlive(m_t.destUri);
        lv::DomainPtr dom(dest ? virDomainLookupByUUIDString(dest.get(), m_t.vmUuid.toLatin1().constData()) : nullptr);
        // Right after the source returns, the destination may not have filed its statistics yet.
        for (int attempt = 0; dom && attempt < 10 && !m_r.fromCompletedStats; ++attempt) {
            int type = 0, n = 0;
            virTypedParameterPtr params = nullptr;
            if (virDomainGetJobStats(dom.get(), &type, &params, &n,
                                     VIR_DOMAIN_JOB_STATS_COMPLETED | VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED) == 0) {
                if (hasParam(params, n, VIR_DOMAIN_JOB_DATA_PROCESSED)) {
                    m_r.bytesSent = param(params, n, VIR_DOMAIN_JOB_DATA_PROCESSED);
                    if (hasParam(params, n, VIR_DOMAIN_JOB_DOWNTIME))
                        m_r.downtimeMs = qint64(param(params, n, VIR_DOMAIN_JOB_DOWNTIME));
                    m_r.fromCompletedStats = true;
                }
                virTypedParamsFree(params, n);
            }
            virResetLastError();
            if (!m_r.fromCompletedStats)
                QThread::msleep(200);
        }
        virResetLastError();
        if (!m_r.fromCompletedStats)
            m_r.bytesSent = m_p.dataProcessed;
    }

    void fail(const QString &message) { finish(MigrationResult::Outcome::Failed, message); }

    // Crash recovery: define and start on the destination. The calls are short when all is well,
    // but a destination whose daemon or storage hangs (a FUSE client wedged on a lock) can keep
    // virDomainCreate waiting for ever: they run on a helper thread, and the job gives up after
    // restartLimitS() saying where things stand. The helper keeps its own handles and reaches the
    // worker only through the relay, so it may outlive the job.
    void restart()
    {
        emitPhase(QStringLiteral("connecting"));
        m_restartRelay = std::make_shared<RestartRelay>();
        m_restartRelay->worker = this;
        m_restartRelay->cancel = m_cancel.load();
        std::thread([relay = m_restartRelay, t = m_t, xml = m_o.restartDefinition] {
            lv::ensureEventLoop();
            // Runs fn(worker) on the worker's thread, if the worker still exists.
            auto post = [&relay](auto fn) {
                std::lock_guard lock(relay->mutex);
                if (MigrationWorker *w = relay->worker)
                    QMetaObject::invokeMethod(w, [w, fn] { fn(w); }, Qt::QueuedConnection);
            };
            auto phase = [&](const QString &name) {
                post([name](MigrationWorker *w) { w->emitPhase(name); });
            };
            auto end = [&](MigrationResult::Outcome outcome, const QString &message) {
                post([outcome, message](MigrationWorker *w) { w->restartReturned(outcome, message); });
            };
            lv::ConnectPtr conn = lv::openWithKeepAlive(t.destUri);
            if (!conn)
                return end(MigrationResult::Outcome::Failed,
                           lv::LibvirtError::takeLast(tr("cannot connect to %1").arg(t.destHost)).message);
            // Restarted there already (by a run the console did not live to record): never twice.
            lv::DomainPtr dom(virDomainLookupByUUIDString(conn.get(), t.vmUuid.toLatin1().constData()));
            if (dom && virDomainIsActive(dom.get()) == 1)
                return end(MigrationResult::Outcome::Succeeded, tr("already running on %1").arg(t.destHost));
            virResetLastError();
            if (relay->cancel)
                return end(MigrationResult::Outcome::Cancelled, {});
            phase(QStringLiteral("defining"));
            dom.reset(virDomainDefineXML(conn.get(), xml.toUtf8().constData()));
            if (!dom)
                return end(MigrationResult::Outcome::Failed,
                           lv::LibvirtError::takeLast(tr("cannot define %1 on %2").arg(t.vmName, t.destHost)).message);
            if (relay->cancel)
                return end(MigrationResult::Outcome::Cancelled, tr("defined on %1, not started").arg(t.destHost));
            phase(QStringLiteral("starting"));
            if (virDomainCreate(dom.get()) < 0) {
                const auto err = lv::LibvirtError::takeLast(tr("cannot start"));
                return end(MigrationResult::Outcome::Failed,
                           tr("defined on %1 but not started: %2. Start it there once the cause is fixed.").arg(t.destHost, err.message));
            }
            end(MigrationResult::Outcome::Succeeded, {});
        }).detach();
        m_poll = new QTimer(this);
        m_poll->setInterval(500);
        connect(m_poll, &QTimer::timeout, this, [this] {
            m_restartRelay->cancel = m_cancel.load();
            if (m_clock.elapsed() <= qint64(restartLimitS()) * 1000)
                return;
            m_poll->stop();
            const QString step = m_p.phase == QLatin1String("starting") ? tr("while starting it")
                : m_p.phase == QLatin1String("defining")                 ? tr("while defining it")
                                                                          : tr("while connecting");
            finish(MigrationResult::Outcome::Failed,
                   tr("no answer from %1 after %2 s %3: its daemon, or the storage it waits on, may be stuck. "
                      "%4 may still start there: check %1 (virsh domstate %4) before starting it anywhere else.")
                       .arg(m_t.destHost).arg(restartLimitS()).arg(step, m_t.vmName));
        });
        m_poll->start();
    }

    int restartLimitS() const { return m_o.timeoutS > 0 ? std::min(m_o.timeoutS, kRestartLimitS) : kRestartLimitS; }

    void restartReturned(MigrationResult::Outcome outcome, const QString &message)
    {
        if (m_ended) // gave up waiting already: the inventory shows what came of it
            return;
        if (m_poll)
            m_poll->stop();
        finish(outcome, message);
    }

    void finish(MigrationResult::Outcome outcome, const QString &message)
    {
        m_ended = true;
        m_r.outcome = outcome;
        m_r.message = message;
        m_r.durationMs = m_clock.elapsed();
        m_dom.reset();
        m_conn.reset();
        m_p.phase = outcome == MigrationResult::Outcome::Succeeded ? QStringLiteral("completed")
            : outcome == MigrationResult::Outcome::Cancelled         ? QStringLiteral("cancelled")
                                                                     : QStringLiteral("failed");
        Q_EMIT progress(m_p);
        Q_EMIT done(m_r);
    }

    // What a restart's helper thread shares with the worker; the worker clears `worker` on its way out.
    struct RestartRelay
    {
        std::mutex mutex;
        MigrationWorker *worker = nullptr;
        std::atomic<bool> cancel{false};
    };
    static constexpr int kRestartLimitS = 120;

    const MigrationJob::Target m_t;
    const MigrationOptions m_o;
    std::shared_ptr<RestartRelay> m_restartRelay;
    bool m_ended = false;
    lv::ConnectPtr m_conn;
    lv::DomainPtr m_dom;
    std::thread m_migrator;
    QTimer *m_poll = nullptr;
    QElapsedTimer m_clock;
    std::atomic<bool> m_cancel{false};
    std::atomic<quint64> m_bandwidth{0}, m_downtime{0};
    std::atomic<bool> m_postCopy{false};
    quint64 m_appliedBandwidth = 0, m_appliedDowntime = 0;
    bool m_timedOut = false;
    bool m_abortSent = false;
    int m_behindSamples = 0;
    MigrationProgress m_p;
    MigrationResult m_r;
};

MigrationJob::MigrationJob(quint64 id, Target target, MigrationOptions options, QObject *parent)
    : QObject(parent), m_id(id), m_target(std::move(target)), m_options(options)
{
    qRegisterMetaType<MigrationProgress>();
    qRegisterMetaType<MigrationResult>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("migrate:%1").arg(m_target.vmName));
    m_worker = new MigrationWorker(m_target, m_options);
    m_operatorCap = m_options.bandwidthMiBs;
    m_worker->requestBandwidth(m_operatorCap);
    if (m_options.maxDowntimeMs)
        m_worker->requestDowntime(m_options.maxDowntimeMs);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MigrationWorker::progress, this, [this](const MigrationProgress &p) {
        m_progress = p;
        Q_EMIT progressChanged(p);
    });
    connect(m_worker, &MigrationWorker::done, this, [this](const MigrationResult &r) {
        m_result = r;
        m_finished = true;
        Q_EMIT finished(r);
    });
}

MigrationJob::~MigrationJob()
{
    // Peer-to-peer: the source daemon drives the migration, so a console that goes away neither
    // aborts it nor waits for it (the worker lets go of the blocked call). A worker stuck opening
    // a hung daemon is left behind rather than hanging the exit.
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        // Never started: the worker never moved in.
        delete m_worker;
        delete m_thread;
        return;
    }
    m_thread->quit();
    if (m_thread->wait(3000))
        delete m_thread;
    else
        qWarning("hawan: a migration worker is stuck in a libvirt call; leaving it behind at exit");
}

QString MigrationJob::title() const
{
    if (m_options.isRestart())
        return tr("Restart %1 on %2 (recovered from %3)").arg(m_target.vmName, m_target.destHost, m_target.sourceHost);
    return tr("Migrate %1: %2 → %3").arg(m_target.vmName, m_target.sourceHost, m_target.destHost);
}

void MigrationJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &MigrationWorker::run, Qt::QueuedConnection);
}

void MigrationJob::cancel()
{
    if (m_finished)
        return;
    m_cancelRequested = true;
    if (!m_started)
        return endUnstarted(MigrationResult::Outcome::Cancelled, tr("cancelled before it started"));
    m_worker->requestCancel();
}

void MigrationJob::failUnstarted(const QString &message)
{
    if (!m_started && !m_finished)
        endUnstarted(MigrationResult::Outcome::Failed, message);
}

void MigrationJob::endUnstarted(MigrationResult::Outcome outcome, const QString &message)
{
    m_started = true; // never now
    m_result = {};
    m_result.outcome = outcome;
    m_result.message = message;
    m_finished = true;
    m_progress.phase = outcome == MigrationResult::Outcome::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
    Q_EMIT finished(m_result);
}

void MigrationJob::setBandwidthCap(quint64 operatorMiBs)
{
    m_operatorCap = operatorMiBs;
    pushBandwidth();
}

void MigrationJob::setLinkShare(quint64 shareMiBs)
{
    m_linkShare = shareMiBs;
    pushBandwidth();
}

void MigrationJob::pushBandwidth()
{
    if (m_finished)
        return;
    quint64 cap = m_operatorCap;
    if (m_linkShare && (!cap || m_linkShare < cap))
        cap = m_linkShare;
    m_worker->requestBandwidth(cap);
}

void MigrationJob::setMaxDowntime(quint64 ms)
{
    if (!m_finished && ms)
        m_worker->requestDowntime(ms);
}

void MigrationJob::startPostCopy()
{
    if (!m_finished && m_options.postCopyAllowed)
        m_worker->requestPostCopy();
}

} // namespace hawan::jobs

#include "migrationjob.moc"
