#include "libvirt/error.h"

#include <libvirt/virterror.h>

namespace hawan::lv {

LibvirtError LibvirtError::takeLast(const QString &fallback)
{
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
        return true;
    default:
        return false;
    }
}

} // namespace hawan::lv
