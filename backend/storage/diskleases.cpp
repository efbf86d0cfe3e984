#include "storage/diskleases.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QXmlStreamReader>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hawan::storage {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::storage::DiskLeases)
};
} // namespace

QStringList leasedDisks(const QString &domainXml)
{
    QStringList out;
    QXmlStreamReader x(domainXml);
    if (!x.readNextStartElement() || x.name() != QLatin1String("domain"))
        return {};
    // Only <domain><devices><disk>: a disk element anywhere else (metadata) is not a device.
    while (x.readNextStartElement()) {
        if (x.name() != QLatin1String("devices")) {
            x.skipCurrentElement();
            continue;
        }
        while (x.readNextStartElement()) {
            if (x.name() != QLatin1String("disk")) {
                x.skipCurrentElement();
                continue;
            }
            const QString type = x.attributes().value(QLatin1String("type")).toString();
            const QString device = x.attributes().value(QLatin1String("device")).toString();
            bool writable = device != QLatin1String("cdrom") && device != QLatin1String("floppy");
            QString path;
            while (x.readNextStartElement()) {
                if (x.name() == QLatin1String("source"))
                    path = x.attributes().value(type == QLatin1String("block") ? QLatin1String("dev") : QLatin1String("file")).toString();
                else if (x.name() == QLatin1String("readonly") || x.name() == QLatin1String("shareable"))
                    writable = false;
                x.skipCurrentElement();
            }
            if (writable && !path.isEmpty() && (type == QLatin1String("file") || type == QLatin1String("block")) && !out.contains(path))
                out << path;
        }
    }
    return x.hasError() ? QStringList() : out;
}

QString leaseFileName(const QString &diskPath)
{
    return QString::fromLatin1(QCryptographicHash::hash(diskPath.toUtf8(), QCryptographicHash::Sha256).toHex());
}

LeaseCheck checkDiskLeases(const QStringList &lockspaces, const QStringList &disks)
{
    LeaseCheck out;
    for (const QString &dir : lockspaces) {
        const QByteArray d = dir.toLocal8Bit();
        const int dfd = ::open(d.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd < 0) {
            out.error = Text::tr("the lock manager's lockspace %1 cannot be read (%2)").arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
            return out;
        }
        for (const QString &disk : disks) {
            if (out.held.contains(disk))
                continue;
            const int fd = ::openat(dfd, leaseFileName(disk).toLatin1().constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                if (errno == ENOENT)
                    continue; // never leased in this lockspace
                out.error = Text::tr("the lease of %1 in %2 cannot be read (%3)").arg(disk, dir, QString::fromLocal8Bit(std::strerror(errno)));
                ::close(dfd);
                return out;
            }
            // Would a write lock on the lease's first byte conflict? virtlockd holds that byte
            // while the disk is in use; the volume answers for every client.
            struct flock fl{};
            fl.l_type = F_WRLCK;
            fl.l_whence = SEEK_SET;
            fl.l_start = 0;
            fl.l_len = 1;
            const int rc = ::fcntl(fd, F_OFD_GETLK, &fl);
            const int err = errno;
            ::close(fd);
            if (rc < 0) {
                out.error = Text::tr("the lease of %1 in %2 cannot be tested (%3)").arg(disk, dir, QString::fromLocal8Bit(std::strerror(err)));
                ::close(dfd);
                return out;
            }
            if (fl.l_type != F_UNLCK)
                out.held << disk;
        }
        ::close(dfd);
    }
    return out;
}

} // namespace hawan::storage
