#include "probes/storageprobe.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hawan::probes {

namespace {
using Clock = std::chrono::steady_clock;
QString tr(const char *s) { return QCoreApplication::translate("hawan::probes::StorageProbe", s); }
float msSince(Clock::time_point t0) { return std::chrono::duration<float, std::milli>(Clock::now() - t0).count(); }

Reading measured(float ms)
{
    Reading r;
    r.point.tMs = wallMs();
    r.point.lo = r.point.mid = r.point.hi = ms;
    r.sent = r.answered = 1;
    return r;
}
Reading failed(const QString &why)
{
    Reading r;
    r.point.tMs = wallMs();
    r.point.loss = 1;
    r.sent = 1;
    r.error = why;
    return r;
}
} // namespace

// The probe files of consoles of this machine that died without removing theirs (killed, or the
// machine reset): their process is gone. Those of other machines, and of live consoles, stay.
void removeStaleProbeFiles(const QString &directory)
{
    const QByteArray prefix = QStringLiteral(".hawan-probe-%1-").arg(QSysInfo::machineHostName()).toLocal8Bit();
    DIR *dir = ::opendir(directory.toLocal8Bit().constData());
    if (!dir)
        return;
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (!name.startsWith(prefix))
            continue;
        bool ok = false;
        const pid_t pid = pid_t(name.mid(prefix.size()).split('-').value(0).toLongLong(&ok));
        if (!ok || pid <= 0 || pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue;
        ::unlinkat(::dirfd(dir), e->d_name, 0);
    }
    ::closedir(dir);
}

void runStorageProbe(ProbeThread::Context &ctx, const QString &directory, int intervalMs)
{
    removeStaleProbeFiles(directory);
    auto onMetadata = [&](Reading r) {
        r.channel = 1;
        ctx.deliver(r);
    };
    // One file per console and probe: two consoles, or one console probing the same volume from
    // two sites, never touch each other's file (they did once: a shared name made one site's
    // unlink fail the other's stat, and their writes contend for the same file's locks).
    const QString tag = QStringLiteral(".hawan-probe-%1-%2-%3").arg(QSysInfo::machineHostName()).arg(::getpid())
                            .arg(qHash(directory), 0, 16);
    const QByteArray dataPath = (directory + QLatin1Char('/') + tag).toLocal8Bit();
    const QByteArray metaPath = (directory + QLatin1Char('/') + tag + QStringLiteral(".meta")).toLocal8Bit();
    char block[4096];
    std::memset(block, 'h', sizeof block);

    int fd = -1;
    auto next = Clock::now();
    const auto interval = std::chrono::milliseconds(std::max(100, intervalMs));
    while (!ctx.stopping()) {
        // Synchronous write: the replica across the WAN must acknowledge before fsync returns.
        auto t0 = Clock::now();
        if (fd < 0)
            fd = ::open(dataPath.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {
            ctx.deliver(failed(tr("cannot open %1: %2").arg(QString::fromLocal8Bit(dataPath), QString::fromLocal8Bit(std::strerror(errno)))));
        } else if (::pwrite(fd, block, sizeof block, 0) != ssize_t(sizeof block) || ::fsync(fd) != 0) {
            ctx.deliver(failed(tr("write + fsync on %1 failed: %2").arg(directory, QString::fromLocal8Bit(std::strerror(errno)))));
            ::close(fd);
            fd = -1; // the mount may have come back: open again next time
        } else {
            ctx.deliver(measured(msSince(t0)));
        }
        if (ctx.stopping())
            break;

        // Metadata: what a VM's boot or a directory walk costs on a replicated volume.
        t0 = Clock::now();
        struct stat st;
        const int m = ::open(metaPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (m < 0 && errno == EEXIST) {
            ::unlink(metaPath.constData()); // left by an interrupted round: measured next time
        } else if (m < 0) {
            onMetadata(failed(tr("create in %1 failed: %2").arg(directory, QString::fromLocal8Bit(std::strerror(errno)))));
        } else {
            ::close(m);
            if (::stat(metaPath.constData(), &st) != 0 || ::unlink(metaPath.constData()) != 0)
                onMetadata(failed(tr("stat/unlink in %1 failed: %2").arg(directory, QString::fromLocal8Bit(std::strerror(errno)))));
            else
                onMetadata(measured(msSince(t0)));
        }
        next += interval;
        if (next < Clock::now())
            next = Clock::now() + interval;
        if (!ctx.sleepUntil(next))
            break;
    }
    if (fd >= 0) {
        ::close(fd);
        ::unlink(dataPath.constData());
    }
}

} // namespace hawan::probes
