// The lock manager's disk leases as a console sees them (storage/diskleases.h): which disks of a
// definition lockd leases, the lease file's name (as virtlockd names it: checked on the lab, where
// /srv/hawan-lab/vmstore/roma1-hv1-calm1.img's lease is 4e89b0db...0018), and held / free / unknown
// read from real fcntl locks in a temporary lockspace.
#include "storage/diskleases.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace hawan::storage;

namespace {
// A lease held as virtlockd holds it: a write lock on byte 0. virtlockd's is a POSIX lock of its own
// process; here an OFD lock, which the check's own open and close of the file cannot release (a
// POSIX lock of this process would be).
int holdLease(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    struct flock fl{};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_len = 1;
    if (fd < 0 || ::fcntl(fd, F_OFD_SETLK, &fl) != 0)
        qFatal("cannot lock %s", qPrintable(file));
    return fd;
}
} // namespace

class TstDiskLeases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void leasedDisksAreTheWritableOnes()
    {
        const QString xml = QStringLiteral(
            "<domain type='kvm'><name>a</name>"
            "<metadata><disk type='file'><source file='/not/a/device.img'/></disk></metadata>"
            "<devices>"
            "<disk type='file' device='disk'><source file='/vm/a.img'/><target dev='vda'/></disk>"
            "<disk type='block' device='disk'><source dev='/dev/vg/a'/><target dev='vdb'/></disk>"
            "<disk type='file' device='disk'><source file='/vm/ro.img'/><readonly/></disk>"
            "<disk type='file' device='disk'><source file='/vm/shared.img'/><shareable/></disk>"
            "<disk type='file' device='cdrom'><source file='/iso/boot.iso'/></disk>"
            "<disk type='network' device='disk'><source protocol='gluster' name='vmstore/a.img'/></disk>"
            "<disk type='file' device='disk'><target dev='vdc'/></disk>"
            "</devices></domain>");
        QCOMPARE(leasedDisks(xml), (QStringList{QStringLiteral("/vm/a.img"), QStringLiteral("/dev/vg/a")}));
        QVERIFY(leasedDisks(QStringLiteral("<domain><devices><disk type='file'><source file='/x'/>")).isEmpty()); // truncated
        QVERIFY(leasedDisks(QStringLiteral("garbage")).isEmpty());
    }

    void leaseFileIsNamedAsVirtlockdNamesIt()
    {
        QCOMPARE(leaseFileName(QStringLiteral("/srv/hawan-lab/vmstore/roma1-hv1-calm1.img")),
                 QStringLiteral("4e89b0db4e0a3ee1be1527974eb82029151d436419aaaf5308035fdcb2550018"));
    }

    void heldFreeAndNeverLeased()
    {
        QTemporaryDir space;
        const QStringList disks{QStringLiteral("/vm/held.img"), QStringLiteral("/vm/free.img"), QStringLiteral("/vm/never.img")};
        const int held = holdLease(space.filePath(leaseFileName(disks[0])));
        QFile free(space.filePath(leaseFileName(disks[1]))); // released: the file stays, unlocked
        QVERIFY(free.open(QIODevice::WriteOnly));
        free.close();
        LeaseCheck c = checkDiskLeases({space.path()}, disks);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.held, QStringList{disks[0]});
        ::close(held);
        c = checkDiskLeases({space.path()}, disks);
        QVERIFY(c.held.isEmpty() && c.error.isEmpty());
    }

    // A lockspace that cannot be read (the volume not mounted here): nothing is known, and it says so.
    void unreadableLockspaceIsNotFree()
    {
        const LeaseCheck c = checkDiskLeases({QStringLiteral("/nonexistent/lockspace")}, {QStringLiteral("/vm/a.img")});
        QVERIFY(c.held.isEmpty());
        QVERIFY2(c.error.contains(QStringLiteral("/nonexistent/lockspace cannot be read")), qPrintable(c.error));
    }
};

HAWAN_TEST_MAIN(TstDiskLeases, QCoreApplication)
#include "tst_diskleases.moc"
