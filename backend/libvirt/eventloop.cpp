#include "libvirt/eventloop.h"

#include "libvirt/api.h"
#include "libvirt/handles.h"

#include <csignal>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QCoreApplication>
#include <QDebug>
#include <mutex>
#include <thread>

namespace hawan::lv {

namespace {
// libvirt's default error handler prints every failed call to stderr; errors are read as values
// instead. virSetErrorFunc is per process and not thread-safe, so it is set exactly once, here,
// before any other thread touches libvirt.
void silentErrorHandler(void *, virErrorPtr) {}
} // namespace

void prepareProcess()
{
    qputenv("QT_NO_GLIB", "1");
    // libvirt writes its RPC to unix sockets with write(): a daemon that dies between two calls
    // (a host losing power while its session refreshes) would raise SIGPIPE and kill the whole
    // console. libvirt expects its clients to ignore it; the call then fails with EPIPE, which
    // the session reports as a lost connection. Seen in CI: a migration's destination killed
    // mid-migration, and the refresh that followed its failure.
    std::signal(SIGPIPE, SIG_IGN);
}

bool ensureEventLoop()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("QT_NO_GLIB") && QCoreApplication::instance())
            qWarning("hawan: Qt may share GLib's default context with libvirt; call prepareProcess() first");
        if (virInitialize() < 0 || virEventRegisterDefaultImpl() < 0) {
            qWarning("hawan: libvirt could not initialise its event loop");
            return;
        }
        virSetErrorFunc(nullptr, silentErrorHandler);
        // Never joined: the loop serves every connection until the process exits.
        std::thread([] {
            for (;;)
                virEventRunDefaultImpl();
        }).detach();
        ok = true;
    });
    return ok;
}

ConnectPtr openWithKeepAlive(const QString &uri, int intervalS, unsigned count)
{
    ensureEventLoop(); // keepalive messages are sent and timed by the event loop
    ConnectPtr conn(api().connectOpen(uri.toUtf8().constData()));
    // In-process drivers (test://) have no keepalive and refuse it: nothing to wait for there.
    if (conn && virConnectSetKeepAlive(conn.get(), intervalS, count) < 0)
        virResetLastError();
    return conn;
}

} // namespace hawan::lv
