#pragma once
// Round trips to an address: ICMP echo (a ping socket, or a raw socket when running as root) or
// the time a TCP connect takes to be answered (accepted or refused: either is one round trip),
// optionally from inside a network namespace (a site's vantage point in the lab). Several echoes
// per interval give the median, the p10-p90 spread, jitter and loss of each interval.
#include "probes/probethread.h"

#include <QString>

namespace hawan::probes {

struct EchoTarget
{
    enum class Method { Icmp, Tcp };
    QString address;          // IPv4 address
    Method method = Method::Icmp;
    quint16 port = 0;         // Tcp
    QString netns;            // name under /run/netns, or empty for the console's own
};

struct EchoSettings
{
    int intervalMs = 1000;
    int echoesPerInterval = 5;
    int timeoutMs = 1000;     // an echo not answered by then is lost
};

// Runs on the calling thread until ctx stops: for a ProbeThread body.
void runEchoProbe(ProbeThread::Context &ctx, const EchoTarget &target, const EchoSettings &settings);

} // namespace hawan::probes
