#include "libvirt/locate.h"

#include "libvirt/api.h"
#include "libvirt/error.h"
#include "libvirt/eventloop.h"
#include "libvirt/handles.h"

#include <QCoreApplication>
#include <QThread>

#include <libvirt/virterror.h>

namespace hawan::lv {

namespace {

DomainPresence presence(virConnectPtr conn, const QString &uuid)
{
    DomainPresence p;
    p.reachable = true;
    DomainPtr dom(api().domainLookupByUUIDString(conn, uuid.toLatin1().constData()));
    if (!dom) {
        virResetLastError();
        return p;
    }
    p.defined = true;
    p.active = api().domainIsActive(dom.get()) == 1;
    p.persistent = api().domainIsPersistent(dom.get()) == 1;
    int state = 0, reason = 0;
    if (api().domainGetState(dom.get(), &state, &reason, 0) == 0)
        p.incoming = state == VIR_DOMAIN_PAUSED && reason == VIR_DOMAIN_PAUSED_MIGRATION;
    virResetLastError();
    return p;
}

bool jobRunning(virConnectPtr conn, const QString &uuid)
{
    DomainPtr dom(api().domainLookupByUUIDString(conn, uuid.toLatin1().constData()));
    if (!dom) {
        virResetLastError();
        return false;
    }
    virDomainJobInfo info{};
    const bool running = api().domainGetJobInfo(dom.get(), &info) == 0 && info.type != VIR_DOMAIN_JOB_NONE;
    virResetLastError();
    return running;
}

} // namespace

MoveLocation locateMove(const QString &sourceUri, const QString &destUri, const QString &uuid,
                        const std::shared_ptr<std::atomic<bool>> &stop, int maxWaitS)
{
    MoveLocation loc;
    ConnectPtr src = openWithKeepAlive(sourceUri);
    if (!src)
        loc.source.error = LibvirtError::takeLast(QStringLiteral("cannot connect")).message;
    for (int waited = 0; src && waited < maxWaitS && !stop->load() && jobRunning(src.get(), uuid); ++waited) {
        loc.waitedForJob = true;
        QThread::sleep(1);
    }
    if (src)
        loc.source = presence(src.get(), uuid);
    ConnectPtr dst = openWithKeepAlive(destUri);
    if (dst)
        loc.destination = presence(dst.get(), uuid);
    else
        loc.destination.error = LibvirtError::takeLast(QStringLiteral("cannot connect")).message;
    return loc;
}

} // namespace hawan::lv
