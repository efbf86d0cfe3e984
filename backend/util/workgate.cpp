#include "util/workgate.h"

#include <QtGlobal>

#include <algorithm>
#include <thread>

namespace hawan::util {

WorkGate::WorkGate(int width, std::chrono::milliseconds stuck) : m_width(std::max(1, width)), m_stuck(stuck) {}

WorkGate &WorkGate::hosts()
{
    static WorkGate gate(qEnvironmentVariableIsSet("HAWAN_WORK_GATE") ? qEnvironmentVariableIntValue("HAWAN_WORK_GATE") : int(std::max(2u, std::thread::hardware_concurrency())));
    return gate;
}

std::uint64_t WorkGate::writtenOff() const
{
    std::lock_guard lock(m_mutex);
    return m_writtenOff;
}

void WorkGate::writeOffStuck(std::chrono::steady_clock::time_point now)
{
    const auto stuck = std::remove_if(m_holders.begin(), m_holders.end(),
                                      [&](const Holder &h) { return now - h.since > m_stuck; });
    m_writtenOff += std::uint64_t(m_holders.end() - stuck);
    m_holders.erase(stuck, m_holders.end());
}

std::uint64_t WorkGate::enter()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        const auto now = std::chrono::steady_clock::now();
        writeOffStuck(now);
        if (int(m_holders.size()) < m_width) {
            const std::uint64_t id = m_nextId++;
            m_holders.push_back({id, now});
            return id;
        }
        // Woken by a leave, or in time to write off the oldest holder (the first: holders are
        // kept in the order they came in) if it is stuck.
        m_free.wait_until(lock, m_holders.front().since + m_stuck + std::chrono::milliseconds(1));
    }
}

void WorkGate::leave(std::uint64_t id)
{
    {
        std::lock_guard lock(m_mutex);
        const auto it = std::find_if(m_holders.begin(), m_holders.end(), [id](const Holder &h) { return h.id == id; });
        if (it == m_holders.end())
            return; // written off: its place was given away already
        m_holders.erase(it);
    }
    m_free.notify_one();
}

} // namespace hawan::util
