#include "libvirt/eventloop.h"

#include "libvirt/api.h"
#include "libvirt/error.h"
#include "libvirt/handles.h"
#include "util/async.h"

#include <csignal>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QCoreApplication>
#include <QDebug>
#include <QSet>

#include <chrono>
#include <condition_variable>
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

namespace {
// URIs with an open past its deadline still waiting for the daemon.
std::mutex g_waitingMutex;
QSet<QString> g_waiting;
} // namespace

ConnectPtr openWithKeepAlive(const QString &uri, int intervalS, unsigned count, bool readOnly)
{
    const auto open = readOnly ? api().connectOpenReadOnly : api().connectOpen;
    ensureEventLoop(); // keepalive messages are sent and timed by the event loop
    const QByteArray u = uri.toUtf8();
    if (uri.startsWith(QLatin1String("test:"))) {
        // In-process: nothing to wait for, and no keepalive (the driver refuses it).
        return ConnectPtr(open(u.constData()));
    }
    const int deadlineMs = openDeadlineMs(intervalS, count);
    auto timedOut = [&uri](const QString &text) {
        LibvirtError e;
        e.code = VIR_ERR_OPERATION_TIMEOUT;
        e.domain = VIR_FROM_RPC;
        e.message = text;
        LibvirtError::setPending(e);
        Q_UNUSED(uri);
    };
    {
        std::lock_guard lock(g_waitingMutex);
        if (g_waiting.contains(uri)) {
            timedOut(QStringLiteral("the daemon at %1 has not answered an earlier connection yet; not asking again until it does").arg(uri));
            return {};
        }
    }
    struct Shared
    {
        std::mutex m;
        std::condition_variable cv;
        bool done = false, abandoned = false;
        virConnectPtr conn = nullptr;
        LibvirtError error;
    };
    auto shared = std::make_shared<Shared>();
    auto token = std::make_shared<util::DetachedToken>(QStringLiteral("connection to %1").arg(uri));
    std::thread([shared, token, u, uri, intervalS, count, open] {
        virConnectPtr conn = open(u.constData());
        LibvirtError error;
        if (!conn)
            error = LibvirtError::takeLast(QStringLiteral("cannot connect"));
        else if (virConnectSetKeepAlive(conn, intervalS, count) < 0)
            virResetLastError();
        std::lock_guard lock(shared->m);
        if (shared->abandoned) {
            if (conn)
                virConnectClose(conn);
            std::lock_guard w(g_waitingMutex);
            g_waiting.remove(uri);
            return;
        }
        shared->conn = conn;
        shared->error = std::move(error);
        shared->done = true;
        shared->cv.notify_all();
    }).detach();
    std::unique_lock lock(shared->m);
    if (!shared->cv.wait_for(lock, std::chrono::milliseconds(deadlineMs), [&] { return shared->done; })) {
        shared->abandoned = true;
        {
            std::lock_guard w(g_waitingMutex);
            g_waiting.insert(uri);
        }
        timedOut(QStringLiteral("the daemon at %1 did not answer within %2 s").arg(uri).arg(deadlineMs / 1000));
        return {};
    }
    if (!shared->conn)
        LibvirtError::setPending(shared->error);
    return ConnectPtr(shared->conn);
}

} // namespace hawan::lv
