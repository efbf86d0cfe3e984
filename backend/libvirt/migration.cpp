#include "libvirt/migration.h"

#include "libvirt/api.h"
#include "libvirt/eventloop.h"
#include "libvirt/handles.h"
#include "libvirt/typedparams.h"

#include <libvirt/virterror.h>

#include <QThread>

namespace hawan::lv {

struct MigrationSource::Handles
{
    ConnectPtr conn;
    DomainPtr dom;
};

MigrationSource::~MigrationSource() = default;

std::unique_ptr<MigrationSource> MigrationSource::open(const QString &sourceUri, const QString &uuid, LibvirtError *error,
                                                       bool *vmMissing, bool readOnly)
{
    *vmMissing = false;
    auto h = std::make_unique<Handles>();
    h->conn = openWithKeepAlive(sourceUri, kKeepAliveIntervalS, kKeepAliveCount, readOnly);
    if (!h->conn) {
        *error = LibvirtError::takeLast();
        return nullptr;
    }
    h->dom.reset(api().domainLookupByUUIDString(h->conn.get(), uuid.toLatin1().constData()));
    if (!h->dom) {
        *vmMissing = true;
        *error = LibvirtError::takeLast();
        return nullptr;
    }
    std::unique_ptr<MigrationSource> s(new MigrationSource);
    s->m_h = std::move(h);
    return s;
}

std::optional<LibvirtError> MigrationSource::migrate(const MigrateRequest &r)
{
    unsigned long flags = VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE;
    flags |= r.offline ? VIR_MIGRATE_OFFLINE : VIR_MIGRATE_LIVE;
    TypedParams params;
    if (!r.offline) {
        if (r.autoConverge)
            flags |= VIR_MIGRATE_AUTO_CONVERGE;
        if (r.postCopy)
            flags |= VIR_MIGRATE_POSTCOPY;
        if (r.parallelConnections > 1) {
            flags |= VIR_MIGRATE_PARALLEL;
            params.addInt(VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS, r.parallelConnections);
        }
        if (r.bandwidthMiBs)
            params.addULLong(VIR_MIGRATE_PARAM_BANDWIDTH, r.bandwidthMiBs);
        // Over a slow WAN each pass takes seconds: QEMU's default throttle steps (20 % then +10 %
        // per pass) take minutes to bite, so start higher and step faster.
        if (r.autoConverge) {
            params.addInt(VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL, 50);
            params.addInt(VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT, 20);
        }
    }
    const int rc = api().domainMigrateToURI3(m_h->dom.get(), r.destMigrationUri.toUtf8().constData(), params.data(),
                                             unsigned(params.count()), flags);
    if (rc == 0)
        return std::nullopt;
    return LibvirtError::takeLast();
}

std::optional<MigrationStats> MigrationSource::stats()
{
    int type = 0;
    TypedParams p;
    if (api().domainGetJobStats(m_h->dom.get(), &type, p.out(), p.outCount(), 0) < 0) {
        virResetLastError();
        return std::nullopt;
    }
    if (type == VIR_DOMAIN_JOB_NONE)
        return std::nullopt;
    MigrationStats s;
    s.elapsedMs = qint64(p.number(VIR_DOMAIN_JOB_TIME_ELAPSED));
    s.dataTotal = p.number(VIR_DOMAIN_JOB_DATA_TOTAL);
    s.dataProcessed = p.number(VIR_DOMAIN_JOB_DATA_PROCESSED);
    s.dataRemaining = p.number(VIR_DOMAIN_JOB_DATA_REMAINING);
    s.memoryBps = p.number(VIR_DOMAIN_JOB_MEMORY_BPS);
    s.dirtyRateBps = p.number(VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE) * std::max<quint64>(1, p.number(VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE));
    if (p.has(VIR_DOMAIN_JOB_MEMORY_ITERATION))
        s.iteration = p.number(VIR_DOMAIN_JOB_MEMORY_ITERATION);
    s.autoConvergeThrottle = int(p.number(VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE));
    return s;
}

namespace {
bool succeeded(int rc)
{
    if (rc == 0)
        return true;
    virResetLastError();
    return false;
}
} // namespace

bool MigrationSource::abort() { return succeeded(api().domainAbortJob(m_h->dom.get())); }

bool MigrationSource::setMaxSpeed(quint64 mibs)
{
    // "No cap" is QEMU's maximum, since 0 is not accepted as unlimited everywhere.
    return succeeded(api().domainMigrateSetMaxSpeed(m_h->dom.get(), mibs ? mibs : 8796093022207ULL, 0));
}

bool MigrationSource::setMaxDowntime(quint64 ms) { return succeeded(api().domainMigrateSetMaxDowntime(m_h->dom.get(), ms, 0)); }

bool MigrationSource::startPostCopy() { return succeeded(api().domainMigrateStartPostCopy(m_h->dom.get(), 0)); }

void MigrationSource::abandon()
{
    (void)m_h->dom.release();
    (void)m_h->conn.release();
}

CompletedMigration completedMigration(const QString &destUri, const QString &uuid)
{
    CompletedMigration c;
    ConnectPtr dest = openWithKeepAlive(destUri);
    DomainPtr dom(dest ? api().domainLookupByUUIDString(dest.get(), uuid.toLatin1().constData()) : nullptr);
    // Right after the source returns, the destination may not have filed its statistics yet.
    for (int attempt = 0; dom && attempt < 10 && !c.found; ++attempt) {
        int type = 0;
        TypedParams p;
        if (api().domainGetJobStats(dom.get(), &type, p.out(), p.outCount(),
                                    VIR_DOMAIN_JOB_STATS_COMPLETED | VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED) == 0
            && p.has(VIR_DOMAIN_JOB_DATA_PROCESSED)) {
            c.found = true;
            c.bytesSent = p.number(VIR_DOMAIN_JOB_DATA_PROCESSED);
            if (p.has(VIR_DOMAIN_JOB_DOWNTIME))
                c.downtimeMs = qint64(p.number(VIR_DOMAIN_JOB_DOWNTIME));
        }
        virResetLastError();
        if (!c.found)
            QThread::msleep(200);
    }
    virResetLastError();
    return c;
}

RestartResult defineAndStart(const QString &uri, const QString &uuid, const QString &definitionXml,
                             const std::atomic<bool> &cancel, const std::function<void(RestartStep)> &step)
{
    using O = RestartResult::Outcome;
    RestartResult r;
    step(RestartStep::Connecting);
    ConnectPtr conn = openWithKeepAlive(uri);
    if (!conn) {
        r.outcome = O::CannotConnect;
        r.error = LibvirtError::takeLast();
        return r;
    }
    // Restarted there already (by a run the console did not live to record): never twice.
    DomainPtr dom(api().domainLookupByUUIDString(conn.get(), uuid.toLatin1().constData()));
    if (dom && api().domainIsActive(dom.get()) == 1) {
        r.outcome = O::AlreadyRunning;
        return r;
    }
    virResetLastError();
    if (cancel.load()) {
        r.outcome = O::Cancelled;
        return r;
    }
    step(RestartStep::Defining);
    dom.reset(api().domainDefineXML(conn.get(), definitionXml.toUtf8().constData()));
    if (!dom) {
        r.outcome = O::CannotDefine;
        r.error = LibvirtError::takeLast();
        return r;
    }
    r.defined = true;
    if (cancel.load()) {
        r.outcome = O::Cancelled;
        return r;
    }
    step(RestartStep::Starting);
    if (api().domainCreate(dom.get()) < 0) {
        r.outcome = O::DefinedNotStarted;
        r.error = LibvirtError::takeLast();
        return r;
    }
    r.outcome = O::Started;
    return r;
}

QString runningOn(const QVector<QPair<QString, QString>> &hosts, const QString &uuid, QStringList *unasked)
{
    for (const auto &[name, uri] : hosts) {
        ConnectPtr conn = openWithKeepAlive(uri);
        if (!conn) {
            virResetLastError();
            LibvirtError::takeLast();
            if (unasked)
                *unasked << name;
            continue;
        }
        DomainPtr dom(api().domainLookupByUUIDString(conn.get(), uuid.toLatin1().constData()));
        const bool active = dom && api().domainIsActive(dom.get()) == 1;
        virResetLastError();
        if (active)
            return name;
    }
    return {};
}

} // namespace hawan::lv
