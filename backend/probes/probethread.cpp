#include "probes/probethread.h"

namespace hawan::probes {

bool ProbeThread::Context::stopping() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->stop;
}

bool ProbeThread::Context::sleepUntil(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_shared->mutex);
    m_shared->wake.wait_until(lock, deadline, [&] { return m_shared->stop; });
    return !m_shared->stop;
}

void ProbeThread::Context::deliver(const Reading &r)
{
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->stop)
        return;
    m_shared->receiver.post([cb = m_shared->onReading, r] { cb(r); });
}

ProbeThread::ProbeThread(QObject *receiver, std::function<void(const Reading &)> onReading)
    : m_shared(std::make_shared<Context::Shared>())
{
    m_shared->receiver = util::Mailbox(receiver);
    m_shared->onReading = std::move(onReading);
}

void ProbeThread::start(Body body)
{
    if (m_thread.joinable())
        return;
    auto shared = m_shared;
    m_thread = std::thread([shared, body = std::move(body)] {
        Context ctx;
        ctx.m_shared = shared;
        body(ctx);
        std::lock_guard lock(shared->mutex);
        shared->exited = true;
        shared->wake.notify_all();
    });
}

ProbeThread::~ProbeThread()
{
    if (!m_thread.joinable())
        return;
    std::unique_lock lock(m_shared->mutex);
    m_shared->stop = true;
    m_shared->receiver.close();
    m_shared->wake.notify_all();
    const bool done = m_shared->wake.wait_for(lock, std::chrono::milliseconds(500), [&] { return m_shared->exited; });
    lock.unlock();
    if (done)
        m_thread.join();
    else
        m_thread.detach(); // blocked in the kernel; it holds its own reference to the shared state
}

} // namespace hawan::probes
