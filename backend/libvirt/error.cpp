#include "libvirt/error.h"

#include <libvirt/virterror.h>

#include <optional>

namespace hawan::lv {

namespace {
thread_local std::optional<LibvirtError> t_pending;
} // namespace

void LibvirtError::setPending(LibvirtError error)
{
    t_pending = std::move(error);
}

LibvirtError LibvirtError::takeLast(const QString &fallback)
{
    if (t_pending) {
        LibvirtError e = std::move(*t_pending);
        t_pending.reset();
        virResetLastError();
        return e;
    }
    LibvirtError e;
    virErrorPtr err = virGetLastError();
    if (err) {
        e.code = err->code;
        e.domain = err->domain;
        e.message = QString::fromUtf8(err->message ? err->message : "");
        virResetLastError();
    }
    if (e.message.isEmpty())
        e.message = fallback.isEmpty() ? QStringLiteral("unknown libvirt error") : fallback;
    return e;
}

bool LibvirtError::isConnectionLost() const
{
    switch (code) {
    case VIR_ERR_SYSTEM_ERROR:
    case VIR_ERR_RPC:
    case VIR_ERR_NO_CONNECT:
    case VIR_ERR_INVALID_CONN:
    case VIR_ERR_AUTH_FAILED:
    case VIR_ERR_AUTH_CANCELLED:
    case VIR_ERR_AUTH_UNAVAILABLE:
    case VIR_ERR_OPERATION_TIMEOUT: // a daemon that did not answer in time (a deadline)
        return true;
    default:
        return false;
    }
}

} // namespace hawan::lv
