#pragma once
// A gate that lets at most `width` threads do their work at once, for many threads that each own
// one host (libvirt sessions). Threads keep what a thread per host gives (a host's slow or hung
// call holds only its own thread), while the CPU they compete for is shared by `width` of them,
// not by a thousand: niced threads' weights add up, and a thousand of them outweigh the GUI
// thread fifteen to one however low each one's priority is.
//
// A holder that has held its place for longer than `stuckMs` is written off: its place is given
// to the next waiter (it is waiting on the network, not using the CPU), and its late leave()
// gives nothing back. So a hung host never closes the gate for the others.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace hawan::util {

class WorkGate
{
public:
    explicit WorkGate(int width, std::chrono::milliseconds stuck = std::chrono::milliseconds(500));

    // The process-wide gate of host sessions: as wide as the machine has cores.
    static WorkGate &hosts();

    class Pass
    {
    public:
        explicit Pass(WorkGate &gate) : m_gate(gate), m_id(gate.enter()) {}
        ~Pass() { m_gate.leave(m_id); }
        Pass(const Pass &) = delete;
        Pass &operator=(const Pass &) = delete;

    private:
        WorkGate &m_gate;
        std::uint64_t m_id;
    };

    int width() const { return m_width; }
    // Holders written off so far (their place given away while they were still in).
    std::uint64_t writtenOff() const;

private:
    std::uint64_t enter();
    void leave(std::uint64_t id);
    void writeOffStuck(std::chrono::steady_clock::time_point now); // under m_mutex

    struct Holder
    {
        std::uint64_t id;
        std::chrono::steady_clock::time_point since;
    };
    const int m_width;
    const std::chrono::milliseconds m_stuck;
    mutable std::mutex m_mutex;
    std::condition_variable m_free;
    std::vector<Holder> m_holders; // those counted against the width
    std::uint64_t m_nextId = 1;
    std::uint64_t m_writtenOff = 0;
};

} // namespace hawan::util
