#include "probes/echoprobe.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace hawan::probes {

namespace {

using Clock = std::chrono::steady_clock;

QString tr(const char *s) { return QCoreApplication::translate("hawan::probes::EchoProbe", s); }
QString errnoText(int e) { return QString::fromLocal8Bit(std::strerror(e)); }

quint16 checksum(const void *data, size_t len)
{
    const auto *p = static_cast<const quint8 *>(data);
    quint32 sum = 0;
    for (size_t i = 0; i + 1 < len; i += 2)
        sum += quint32(p[i] << 8 | p[i + 1]);
    if (len & 1)
        sum += quint32(p[len - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return htons(quint16(~sum));
}

struct Fd
{
    int fd = -1;
    explicit Fd(int f = -1) : fd(f) {}
    Fd(Fd &&o) noexcept : fd(o.fd) { o.fd = -1; }
    Fd &operator=(Fd &&o) noexcept { std::swap(fd, o.fd); return *this; }
    ~Fd() { if (fd >= 0) ::close(fd); }
};

// Moves this thread (only this one) into the named network namespace.
QString enterNetns(const QString &name)
{
    if (name.isEmpty())
        return {};
    const QByteArray path = QByteArrayLiteral("/run/netns/") + name.toLocal8Bit();
    Fd ns(::open(path.constData(), O_RDONLY | O_CLOEXEC));
    if (ns.fd < 0)
        return tr("cannot open network namespace %1: %2").arg(QString::fromLocal8Bit(path), errnoText(errno));
    if (::setns(ns.fd, CLONE_NEWNET) != 0)
        return tr("cannot enter network namespace %1: %2 (the console needs root for a namespace vantage)")
            .arg(name, errnoText(errno));
    return {};
}

struct Interval
{
    std::vector<float> rtts;  // in arrival order
    int sent = 0, answered = 0, lost = 0;
};

Reading summarize(Interval &iv)
{
    Reading r;
    r.point.tMs = wallMs();
    r.sent = iv.answered + iv.lost;
    r.answered = iv.answered;
    if (iv.rtts.size() >= 2) {
        double j = 0;
        for (size_t i = 1; i < iv.rtts.size(); ++i)
            j += std::fabs(iv.rtts[i] - iv.rtts[i - 1]);
        r.jitter = float(j / double(iv.rtts.size() - 1));
    }
    const Spread s = spreadOf(iv.rtts);
    r.point.lo = s.lo;
    r.point.mid = s.mid;
    r.point.hi = s.hi;
    r.point.loss = r.sent ? float(iv.lost) / float(r.sent) : 0.f;
    iv = Interval{};
    return r;
}

class Icmp
{
public:
    QString open()
    {
        m_fd = Fd(::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP));
        if (m_fd.fd >= 0)
            return {};
        const int e1 = errno;
        m_fd = Fd(::socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP));
        if (m_fd.fd >= 0) {
            m_raw = true;
            m_id = quint16((::getpid() ^ quint32(reinterpret_cast<quintptr>(this) >> 4)) & 0xffff);
            return {};
        }
        return tr("cannot open an ICMP socket (%1; raw: %2): run the console as root, allow ping sockets "
                  "(sysctl net.ipv4.ping_group_range), or probe with method \"tcp:PORT\"")
            .arg(errnoText(e1), errnoText(errno));
    }
    int fd() const { return m_fd.fd; }
    bool send(const sockaddr_in &to, quint16 seq)
    {
        icmphdr h{};
        h.type = ICMP_ECHO;
        h.un.echo.id = htons(m_id); // the kernel replaces it on a ping socket
        h.un.echo.sequence = htons(seq);
        unsigned char pkt[sizeof h + 16] = {};
        std::memcpy(pkt, &h, sizeof h);
        std::memcpy(pkt + sizeof h, "hawan echo probe", 16);
        reinterpret_cast<icmphdr *>(pkt)->checksum = checksum(pkt, sizeof pkt);
        return ::sendto(m_fd.fd, pkt, sizeof pkt, 0, reinterpret_cast<const sockaddr *>(&to), sizeof to) >= 0;
    }
    // Sequence numbers of echo replies waiting on the socket.
    std::vector<quint16> receive(const sockaddr_in &from)
    {
        std::vector<quint16> out;
        unsigned char buf[1500];
        for (;;) {
            sockaddr_in src{};
            socklen_t sl = sizeof src;
            const ssize_t n = ::recvfrom(m_fd.fd, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&src), &sl);
            if (n < 0)
                break;
            size_t off = 0;
            if (m_raw) {
                if (n < ssize_t(sizeof(iphdr)))
                    continue;
                off = size_t(reinterpret_cast<const iphdr *>(buf)->ihl) * 4;
            }
            if (size_t(n) < off + sizeof(icmphdr) || src.sin_addr.s_addr != from.sin_addr.s_addr)
                continue;
            icmphdr h;
            std::memcpy(&h, buf + off, sizeof h);
            if (h.type != ICMP_ECHOREPLY || (m_raw && ntohs(h.un.echo.id) != m_id))
                continue;
            out.push_back(ntohs(h.un.echo.sequence));
        }
        return out;
    }

private:
    Fd m_fd;
    bool m_raw = false;
    quint16 m_id = 0;
};

} // namespace

void runEchoProbe(ProbeThread::Context &ctx, const EchoTarget &target, const EchoSettings &settings)
{
    const auto interval = std::chrono::milliseconds(std::max(100, settings.intervalMs));
    const auto spacing = interval / std::max(1, settings.echoesPerInterval);
    const auto timeout = std::chrono::milliseconds(std::max(10, settings.timeoutMs));

    auto failLoop = [&](const QString &why) {
        // Says why every interval, so the graph shows "not measured" rather than a stale line.
        auto next = Clock::now();
        while (!ctx.stopping()) {
            Reading r;
            r.point.tMs = wallMs();
            r.point.loss = 1;
            r.error = why;
            ctx.deliver(r);
            next += interval;
            if (!ctx.sleepUntil(next))
                return;
        }
    };

    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(target.port);
    if (::inet_pton(AF_INET, target.address.toLatin1().constData(), &to.sin_addr) != 1)
        return failLoop(tr("'%1' is not an IPv4 address").arg(target.address));
    if (const QString why = enterNetns(target.netns); !why.isEmpty())
        return failLoop(why);

    Icmp icmp;
    if (target.method == EchoTarget::Method::Icmp)
        if (const QString why = icmp.open(); !why.isEmpty())
            return failLoop(why);

    struct Pending { Clock::time_point sent; Fd tcp; };
    std::map<quint16, Pending> pending;
    quint16 seq = 0;
    Interval iv;
    auto nextSend = Clock::now();
    auto nextReport = nextSend + interval;
    // The first answer is reported at once, not an interval later: a command waiting for the
    // links to be measured (hawanctl evacuate, status) need not wait a whole interval for one
    // echo. A lost first echo waits for the interval's report, as always.
    bool reported = false;

    while (!ctx.stopping()) {
        auto now = Clock::now();
        if (now >= nextSend) {
            Pending p{now, Fd()};
            bool ok = true;
            if (target.method == EchoTarget::Method::Icmp) {
                ok = icmp.send(to, seq);
            } else {
                p.tcp = Fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
                ok = p.tcp.fd >= 0 && (::connect(p.tcp.fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) == 0
                                       || errno == EINPROGRESS);
            }
            if (ok)
                pending.emplace(seq, std::move(p));
            else
                ++iv.lost; // unreachable network, no route: lost like an unanswered echo
            ++seq;
            nextSend += spacing;
            if (nextSend < now)
                nextSend = now + spacing; // fell behind (suspended): do not burst
        }

        std::vector<pollfd> fds;
        std::vector<quint16> fdSeq;
        if (target.method == EchoTarget::Method::Icmp) {
            fds.push_back({icmp.fd(), POLLIN, 0});
        } else {
            for (auto &[s, p] : pending) {
                fds.push_back({p.tcp.fd, POLLOUT, 0});
                fdSeq.push_back(s);
            }
        }
        const auto wake = std::min({nextSend, nextReport, now + std::chrono::milliseconds(100)});
        const int waitMs = int(std::max<qint64>(0, std::chrono::duration_cast<std::chrono::milliseconds>(wake - now).count()));
        const int n = ::poll(fds.data(), nfds_t(fds.size()), waitMs);
        now = Clock::now();
        auto answer = [&](quint16 s) {
            auto it = pending.find(s);
            if (it == pending.end())
                return;
            iv.rtts.push_back(std::chrono::duration<float, std::milli>(now - it->second.sent).count());
            ++iv.answered;
            pending.erase(it);
        };
        if (n > 0) {
            if (target.method == EchoTarget::Method::Icmp) {
                for (quint16 s : icmp.receive(to))
                    answer(s);
            } else {
                for (size_t i = 0; i < fds.size(); ++i) {
                    if (!fds[i].revents)
                        continue;
                    int err = 0;
                    socklen_t len = sizeof err;
                    ::getsockopt(fds[i].fd, SOL_SOCKET, SO_ERROR, &err, &len);
                    if (err == 0 || err == ECONNREFUSED) {
                        answer(fdSeq[i]);
                    } else {
                        pending.erase(fdSeq[i]);
                        ++iv.lost;
                    }
                }
            }
        }
        for (auto it = pending.begin(); it != pending.end();) {
            if (now - it->second.sent > timeout) {
                ++iv.lost;
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        if (!reported && iv.answered > 0) {
            nextReport = now;
            reported = true;
        }
        if (now >= nextReport) {
            if (iv.answered + iv.lost > 0)
                ctx.deliver(summarize(iv));
            reported = true;
            nextReport += interval;
            if (nextReport < now)
                nextReport = now + interval;
        }
    }
}

} // namespace hawan::probes
