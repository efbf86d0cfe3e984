#pragma once
// Whether a TCP service answers, within a bounded time: a console must tell "silent" (a cut link,
// a dead switch port) in seconds, where the kernel's own connect retries last two minutes.
#include <QString>

#include <optional>

namespace hawan::util {

// The host and port a libvirt URI reaches over the network ("qemu+tcp://10.77.2.11/system" ->
// 10.77.2.11:16509; +tls 16514, +ssh 22, an explicit port wins); nullopt for a local URI (unix
// socket, test driver).
struct NetTarget
{
    QString host;
    int port = 0;
};
std::optional<NetTarget> networkTarget(const QString &uri);

// Connects to host:port and closes at once. Empty when it answered (accepted, or refused: the
// host is there); otherwise why not ("no answer within 3 s", "no route to host", ...).
QString tcpSilence(const NetTarget &target, int timeoutMs);

} // namespace hawan::util
