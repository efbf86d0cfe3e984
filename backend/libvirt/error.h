#pragma once
// libvirt's per-thread last error, copied into a value on the thread where the call failed.
#include <QString>

namespace hawan::lv {

struct LibvirtError
{
    int code = 0;    // virErrorNumber
    int domain = 0;  // virErrorDomain
    QString message;

    // Reads and resets the calling thread's last libvirt error; `fallback` when libvirt set none.
    // An error set with setPending() on this thread comes first (and is taken with it).
    static LibvirtError takeLast(const QString &fallback = {});
    // An error found without libvirt setting it (a deadline passed): the calling thread's next
    // takeLast() returns it, as if libvirt had.
    static void setPending(LibvirtError error);
    // True for errors that mean the connection itself is gone (as opposed to one call failing).
    bool isConnectionLost() const;
};

} // namespace hawan::lv
