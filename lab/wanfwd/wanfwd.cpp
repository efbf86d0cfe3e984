// hawan-wanfwd: the lab's WAN link. A userspace layer-2 forwarder between two TAP devices (one per
// site bridge) that holds each frame for a one-way delay with jitter, drops a fraction, paces to a
// rate and can be cut. The kernel here has no netem, so delay and loss need a userspace element.
//
//   hawan-wanfwd --tap-a tapA --tap-b tapB --control /run/ctl.sock [--delay-us N] [--jitter-us N]
//                [--loss FRACTION] [--rate-bps N]
//
// Control socket (one text line per request, one line back):
//   show | cut | restore | set [delay_us=N] [jitter_us=N] [loss=F] [rate_bps=N]
// The TAPs are created by this process (not persistent): they vanish with it.
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

std::atomic<bool> g_stop{false};

struct Settings
{
    std::atomic<int64_t> delayNs{0};
    std::atomic<int64_t> jitterNs{0};
    std::atomic<uint32_t> lossPpm{0};   // parts per million
    std::atomic<uint64_t> rateBps{0};   // 0 = unpaced
    std::atomic<bool> cut{false};
    std::atomic<uint64_t> cutEpoch{0};  // bumped on each cut so queued frames are flushed
};

struct Counters
{
    std::atomic<uint64_t> frames{0}, bytes{0}, lossDrops{0}, cutDrops{0}, queueDrops{0}, queued{0};
};

int64_t nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

int openTap(const char *name)
{
    const int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        std::perror("hawan-wanfwd: /dev/net/tun");
        return -1;
    }
    ifreq ifr{};
    ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
    std::strncpy(ifr.ifr_name, name, IFNAMSIZ - 1);
    if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
        std::fprintf(stderr, "hawan-wanfwd: TUNSETIFF %s: %s\n", name, std::strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}

// One direction: read frames from `in`, hold each until its due time, write to `out`.
class Direction
{
public:
    Direction(int in, int out, Settings &s, Counters &c, uint32_t seed)
        : m_in(in), m_out(out), m_s(s), m_c(c), m_rng(seed), m_slots(kSlots)
    {
    }

    void run()
    {
        prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0); // sub-millisecond wake-ups, not 50 us slack
        int64_t lastRefill = nowNs();
        double tokens = 0;
        uint64_t epoch = m_s.cutEpoch.load();
        while (!g_stop.load(std::memory_order_relaxed)) {
            int64_t now = nowNs();
            if (m_s.cutEpoch.load() != epoch) { // cut: what is in flight is lost, as on a real cut
                epoch = m_s.cutEpoch.load();
                m_c.cutDrops += m_count;
                m_head = m_count = 0;
            }
            const uint64_t rate = m_s.rateBps.load();
            if (rate) {
                const double burst = std::max(64.0 * 1024, double(rate) / 8.0 * 0.002);
                tokens = std::min(burst, tokens + double(now - lastRefill) * double(rate) / 8e9);
            }
            lastRefill = now;
            int64_t wait = 50000000; // 50 ms when idle
            while (m_count) {
                Slot &f = m_slots[m_head];
                if (f.due > now) {
                    wait = f.due - now;
                    break;
                }
                if (rate && tokens < f.len) {
                    wait = int64_t((f.len - tokens) * 8e9 / double(rate)) + 1000;
                    break;
                }
                if (write(m_out, f.data, f.len) == ssize_t(f.len)) {
                    ++m_c.frames;
                    m_c.bytes += f.len;
                }
                if (rate)
                    tokens -= f.len;
                m_head = (m_head + 1) % kSlots;
                --m_count;
            }
            m_c.queued = m_count;
            pollfd pfd{m_in, POLLIN, 0};
            const timespec ts{time_t(wait / 1000000000LL), long(wait % 1000000000LL)};
            const int r = ppoll(&pfd, 1, &ts, nullptr);
            if (r > 0 && (pfd.revents & POLLIN))
                readAll();
        }
    }

private:
    static constexpr size_t kSlots = 16384; // router-like buffer: tail drop beyond it
    static constexpr size_t kFrameMax = 2048;
    struct Slot { int64_t due; uint32_t len; uint8_t data[kFrameMax]; };

    void readAll()
    {
        for (int i = 0; i < 256; ++i) {
            const size_t tail = (m_head + m_count) % kSlots;
            Slot &f = m_slots[tail];
            const ssize_t n = read(m_in, f.data, kFrameMax);
            if (n <= 0)
                return;
            const int64_t now = nowNs();
            if (m_s.cut.load()) {
                ++m_c.cutDrops;
                continue;
            }
            const uint32_t ppm = m_s.lossPpm.load();
            if (ppm && m_rng() % 1000000u < ppm) {
                ++m_c.lossDrops;
                continue;
            }
            if (m_count >= kSlots) {
                ++m_c.queueDrops;
                continue;
            }
            int64_t due = now + m_s.delayNs.load();
            const int64_t j = m_s.jitterNs.load();
            if (j > 0)
                due += int64_t(std::uniform_int_distribution<int64_t>(-j, j)(m_rng));
            // FIFO, as on one physical path: jitter never reorders frames.
            due = std::max({due, now, m_lastDue});
            m_lastDue = due;
            f.due = due;
            f.len = uint32_t(n);
            ++m_count;
        }
    }

    int m_in, m_out;
    Settings &m_s;
    Counters &m_c;
    std::mt19937 m_rng;
    std::vector<Slot> m_slots;
    size_t m_head = 0, m_count = 0;
    int64_t m_lastDue = 0;
};

std::string countersJson(const Counters &c)
{
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "{\"frames\":%llu,\"bytes\":%llu,\"loss_drops\":%llu,\"cut_drops\":%llu,\"queue_drops\":%llu,\"queued\":%llu}",
                  (unsigned long long)c.frames.load(), (unsigned long long)c.bytes.load(),
                  (unsigned long long)c.lossDrops.load(), (unsigned long long)c.cutDrops.load(),
                  (unsigned long long)c.queueDrops.load(), (unsigned long long)c.queued.load());
    return buf;
}

std::string handle(const std::string &line, Settings &s, const Counters &ab, const Counters &ba)
{
    std::vector<std::string> words;
    size_t p = 0;
    while (p < line.size()) {
        const size_t q = line.find_first_of(" \t\r\n", p);
        const std::string w = line.substr(p, q == std::string::npos ? std::string::npos : q - p);
        if (!w.empty())
            words.push_back(w);
        if (q == std::string::npos)
            break;
        p = q + 1;
    }
    if (words.empty())
        return "error empty request";
    const std::string &cmd = words[0];
    if (cmd == "cut") {
        s.cut = true;
        ++s.cutEpoch;
        return "ok cut";
    }
    if (cmd == "restore") {
        s.cut = false;
        return "ok restored";
    }
    if (cmd == "set") {
        for (size_t i = 1; i < words.size(); ++i) {
            const auto eq = words[i].find('=');
            if (eq == std::string::npos)
                return "error expected key=value, got " + words[i];
            const std::string k = words[i].substr(0, eq), v = words[i].substr(eq + 1);
            char *end = nullptr;
            const double d = std::strtod(v.c_str(), &end);
            if (end == v.c_str() || *end || d < 0)
                return "error bad value for " + k + ": " + v;
            if (k == "delay_us")
                s.delayNs = int64_t(d * 1000);
            else if (k == "jitter_us")
                s.jitterNs = int64_t(d * 1000);
            else if (k == "loss") {
                if (d > 1)
                    return "error loss is a fraction between 0 and 1";
                s.lossPpm = uint32_t(std::lround(d * 1e6));
            } else if (k == "rate_bps")
                s.rateBps = uint64_t(d);
            else
                return "error unknown key " + k + " (delay_us, jitter_us, loss, rate_bps)";
        }
        return "ok";
    }
    if (cmd == "show") {
        char buf[256];
        std::snprintf(buf, sizeof buf, "{\"delay_us\":%.1f,\"jitter_us\":%.1f,\"loss\":%.6f,\"rate_bps\":%llu,\"cut\":%s,",
                      double(s.delayNs.load()) / 1000.0, double(s.jitterNs.load()) / 1000.0,
                      double(s.lossPpm.load()) / 1e6, (unsigned long long)s.rateBps.load(), s.cut ? "true" : "false");
        return std::string(buf) + "\"a_to_b\":" + countersJson(ab) + ",\"b_to_a\":" + countersJson(ba) + "}";
    }
    return "error unknown command " + cmd + " (show, set, cut, restore)";
}

void serveControl(int listenFd, Settings &s, const Counters &ab, const Counters &ba)
{
    while (!g_stop.load()) {
        pollfd pfd{listenFd, POLLIN, 0};
        if (poll(&pfd, 1, 200) <= 0)
            continue;
        const int c = accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (c < 0)
            continue;
        std::string buf;
        char tmp[512];
        pollfd cp{c, POLLIN, 0};
        while (buf.find('\n') == std::string::npos && poll(&cp, 1, 2000) > 0) {
            const ssize_t n = read(c, tmp, sizeof tmp);
            if (n <= 0)
                break;
            buf.append(tmp, size_t(n));
        }
        const std::string reply = handle(buf.substr(0, buf.find('\n')), s, ab, ba) + "\n";
        (void)!write(c, reply.data(), reply.size());
        close(c);
    }
}

} // namespace

int main(int argc, char **argv)
{
    const char *tapA = nullptr, *tapB = nullptr, *control = nullptr;
    Settings s;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        const char *v = argv[i + 1];
        if (k == "--tap-a") tapA = v;
        else if (k == "--tap-b") tapB = v;
        else if (k == "--control") control = v;
        else if (k == "--delay-us") s.delayNs = int64_t(std::atof(v) * 1000);
        else if (k == "--jitter-us") s.jitterNs = int64_t(std::atof(v) * 1000);
        else if (k == "--loss") s.lossPpm = uint32_t(std::atof(v) * 1e6);
        else if (k == "--rate-bps") s.rateBps = uint64_t(std::atof(v));
        else {
            std::fprintf(stderr, "hawan-wanfwd: unknown option %s\n", k.c_str());
            return 2;
        }
    }
    if (!tapA || !tapB || !control) {
        std::fprintf(stderr, "usage: hawan-wanfwd --tap-a TAP --tap-b TAP --control SOCKET [--delay-us N] "
                             "[--jitter-us N] [--loss F] [--rate-bps N]\n");
        return 2;
    }
    const int a = openTap(tapA), b = openTap(tapB);
    if (a < 0 || b < 0)
        return 1;
    unlink(control);
    const int l = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strncpy(addr.sun_path, control, sizeof addr.sun_path - 1);
    if (l < 0 || bind(l, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0 || listen(l, 8) < 0) {
        std::fprintf(stderr, "hawan-wanfwd: control socket %s: %s\n", control, std::strerror(errno));
        return 1;
    }
    struct sigaction sa{};
    sa.sa_handler = [](int) { g_stop = true; };
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    Counters ab, ba;
    Direction dirAB(a, b, s, ab, 1), dirBA(b, a, s, ba, 2);
    std::thread t1([&] { dirAB.run(); });
    std::thread t2([&] { dirBA.run(); });
    std::fprintf(stderr, "hawan-wanfwd: %s <-> %s, control %s\n", tapA, tapB, control);
    serveControl(l, s, ab, ba);
    t1.join();
    t2.join();
    unlink(control);
    return 0;
}
