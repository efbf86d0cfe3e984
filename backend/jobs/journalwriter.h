#pragma once
// The journal's writer thread, private to journal.cpp: one serial queue that appends records and
// fsyncs them (a slow disk never blocks the GUI thread), and reads what other consoles appended.
// Shared with the thread so that a thread stuck in a hung filesystem can be left behind at exit
// without touching a destroyed Journal.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hawan::jobs {

class JournalWriter
{
public:
    std::mutex mu;
    std::condition_variable wake, progressed;
    std::deque<std::pair<quint64, QByteArray>> queue;
    quint64 durable = 0;   // highest sequence number on disk
    QString failure;       // set once: the first write that failed
    bool stop = false, exited = false;
    int fd = -1;
    bool readOnly = false; // a viewer's: never writes; opens the file when it appears
    QString path;
    std::function<void(quint64, const QString &)> notify; // cleared when the Journal goes
    std::function<void(const QByteArray &)> notifyForeign; // idem
    bool tailRequested = false;
    qint64 knownEnd = 0;                             // everything before it has been seen
    std::vector<std::pair<qint64, qint64>> ownRanges; // [start, end) of our own appends after knownEnd

    static void run(const std::shared_ptr<JournalWriter> &w) { w->loop(); }
    // A reader's descriptor: the file as it is now (not one a compaction just replaced), with a
    // shared lock held; -1 when it does not exist.
    static int openForReading(const QString &path)
    {
        const QByteArray file = path.toLocal8Bit();
        for (int attempt = 0; attempt < 10; ++attempt) {
            const int fd = ::open(file.constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                return -1;
            if (::flock(fd, LOCK_SH) != 0)
                return fd; // no locks on this filesystem
            struct stat mine{}, now{};
            if (::fstat(fd, &mine) == 0 && ::stat(file.constData(), &now) == 0 && mine.st_ino == now.st_ino && mine.st_dev == now.st_dev)
                return fd;
            ::close(fd);
        }
        return -1;
    }
    static inline std::atomic<int> writeDelayMs{0}; // tests: a slow disk

private:
    QString writeAll(const QByteArray &data)
    {
        const char *p = data.constData();
        qsizetype left = data.size();
        while (left > 0) {
            const ssize_t n = ::write(fd, p, size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return QString::fromLocal8Bit(std::strerror(n < 0 ? errno : ENOSPC));
            // O_APPEND: each write lands at the end, so the offset after it tells where it went.
            const off_t end = ::lseek(fd, 0, SEEK_CUR);
            if (end >= 0)
                ownRanges.emplace_back(qint64(end) - n, qint64(end));
            p += n;
            left -= n;
        }
        if (::fsync(fd) != 0)
            return QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }

    // What others appended since knownEnd, whole lines only, without our own appends.
    QByteArray tail()
    {
        struct stat st{};
        if (fd < 0 && readOnly)
            fd = openForReading(path);
        if (fd < 0 || ::fstat(fd, &st) != 0 || qint64(st.st_size) <= knownEnd)
            return {};
        QByteArray data(qsizetype(qint64(st.st_size) - knownEnd), Qt::Uninitialized);
        const ssize_t n = ::pread(fd, data.data(), size_t(data.size()), off_t(knownEnd));
        if (n <= 0)
            return {};
        data.truncate(n);
        const qsizetype lastNl = data.lastIndexOf('\n');
        if (lastNl < 0)
            return {};
        const qint64 start = knownEnd, end = knownEnd + lastNl + 1;
        QByteArray out;
        qint64 at = start;
        std::sort(ownRanges.begin(), ownRanges.end());
        for (const auto &[a, b] : ownRanges) {
            if (b <= at || a >= end)
                continue;
            if (a > at)
                out += data.mid(at - start, a - at);
            at = std::max(at, b);
        }
        if (at < end)
            out += data.mid(at - start, end - at);
        ownRanges.erase(std::remove_if(ownRanges.begin(), ownRanges.end(), [end](const auto &r) { return r.second <= end; }),
                        ownRanges.end());
        knownEnd = end;
        return out;
    }

    void loop()
    {
        std::unique_lock lock(mu);
        for (;;) {
            wake.wait(lock, [this] { return stop || !queue.empty() || tailRequested; });
            if (tailRequested && queue.empty()) {
                tailRequested = false;
                lock.unlock();
                const QByteArray foreign = tail();
                lock.lock();
                if (!foreign.isEmpty() && notifyForeign)
                    notifyForeign(foreign);
                continue;
            }
            if (queue.empty())
                break; // stopping, and everything queued has been handled
            std::deque<std::pair<quint64, QByteArray>> batch;
            batch.swap(queue);
            const bool alreadyFailed = !failure.isEmpty();
            lock.unlock();
            QString error;
            if (!alreadyFailed) {
                if (const int ms = writeDelayMs.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
                QByteArray data;
                for (const auto &rec : batch)
                    data += rec.second;
                error = writeAll(data); // one fsync for whatever queued up meanwhile
            }
            lock.lock();
            if (!alreadyFailed) {
                if (error.isEmpty())
                    durable = batch.back().first;
                else
                    failure = QCoreApplication::translate("hawan::jobs::Journal", "cannot write the journal %1: %2").arg(path, error);
            }
            progressed.notify_all();
            if (notify)
                notify(durable, failure);
        }
        if (fd >= 0)
            ::close(fd);
        fd = -1;
        exited = true;
        progressed.notify_all();
    }
};


} // namespace hawan::jobs
