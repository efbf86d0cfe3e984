#pragma once
// The second guard against a VM running twice: libvirt's lock manager. With `lock_manager =
// "lockd"` and `auto_disk_leases`, each host's virtlockd takes a lease on every disk a guest writes,
// for as long as the guest runs (a frozen guest too). With `file_lockspace_dir` on the shared
// volume the lease is a file there, named by the SHA-256 of the disk's path, locked (fcntl, its
// first byte) by the host that runs the guest; the volume shows that lock to every client. A
// console that mounts the volume can then see, before restarting a VM, whether some host still
// holds one of its disks: the fence said the old host is off, the lease says whether it is.
// Plain files and syscalls, no Qt Widgets; call off the GUI thread (a hung mount hangs the call).
#include <QString>
#include <QStringList>

namespace hawan::storage {

// The disks of a domain definition that lockd leases: writable and not shareable, with a path
// (type file or block). Read-only, shareable and network disks are not leased.
QStringList leasedDisks(const QString &domainXml);

// The lease file of `diskPath` in a lockspace (the path exactly as the hosts name it).
QString leaseFileName(const QString &diskPath);

struct LeaseCheck
{
    QStringList held; // disks whose lease some host holds
    QString error;    // a lockspace that could not be read: nothing is known
};

// Whether any of `disks` has its lease held in one of `lockspaces` (directories as this machine
// sees them). A disk with no lease file was never leased there: free.
LeaseCheck checkDiskLeases(const QStringList &lockspaces, const QStringList &disks);

} // namespace hawan::storage
