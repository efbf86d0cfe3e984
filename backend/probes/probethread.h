#pragma once
// A probe's own OS thread. A probe may block in the kernel for as long as the thing it measures is
// broken (a hung FUSE mount, a connect to a dead address), so each probe has a thread of its own
// and nothing else waits for it: readings are posted to a receiver's thread, and on destruction a
// thread that does not finish within a moment is left to finish alone (it then delivers nothing).
#include "probes/series.h"
#include "util/async.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace hawan::probes {

struct Reading
{
    Point point;                 // tMs: wall clock of the end of the interval
    float jitter = kNoValue;     // mean |difference| between consecutive answers (echo probes)
    int sent = 0, answered = 0;
    int channel = 0;             // a probe measuring two things tells them apart
    QString error;               // why the probe cannot measure at all (no answer is loss, not an error)
};

class ProbeThread
{
public:
    class Context
    {
    public:
        bool stopping() const;
        // Sleeps until `deadline` or until stop; false when stopping.
        bool sleepUntil(std::chrono::steady_clock::time_point deadline);
        void deliver(const Reading &r);

    private:
        friend class ProbeThread;
        struct Shared;
        std::shared_ptr<Shared> m_shared;
    };
    using Body = std::function<void(Context &)>;

    ProbeThread(QObject *receiver, std::function<void(const Reading &)> onReading);
    ~ProbeThread();
    ProbeThread(const ProbeThread &) = delete;
    ProbeThread &operator=(const ProbeThread &) = delete;

    void start(Body body);
    bool running() const { return m_thread.joinable(); }

private:
    std::shared_ptr<Context::Shared> m_shared;
    std::thread m_thread;
};

struct ProbeThread::Context::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false, exited = false;
    util::Mailbox receiver; // thread-safe: closes when the receiver goes
    std::function<void(const Reading &)> onReading;
};

inline qint64 wallMs() { return std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count(); }

} // namespace hawan::probes

Q_DECLARE_METATYPE(hawan::probes::Reading)
