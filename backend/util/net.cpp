#include "util/net.h"

#include <QCoreApplication>
#include <QUrl>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hawan::util {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::util::Net)
};
} // namespace

std::optional<NetTarget> networkTarget(const QString &uri)
{
    const QUrl url(uri);
    const QString scheme = url.scheme();
    if (url.host().isEmpty() || scheme.startsWith(QLatin1String("test")) || scheme.contains(QLatin1String("+unix"))
        || scheme.contains(QLatin1String("+ext")) || scheme.contains(QLatin1String("+libssh")))
        return std::nullopt;
    int port = scheme.endsWith(QLatin1String("+tcp")) ? 16509 : scheme.endsWith(QLatin1String("+ssh")) ? 22 : 16514;
    return NetTarget{url.host(), url.port(port)};
}

QString tcpSilence(const NetTarget &target, int timeoutMs)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const QByteArray host = target.host.toUtf8(), port = QByteArray::number(target.port);
    if (const int rc = getaddrinfo(host.constData(), port.constData(), &hints, &res); rc != 0)
        return Text::tr("cannot resolve %1: %2").arg(target.host, QString::fromLocal8Bit(gai_strerror(rc)));
    QString why;
    for (addrinfo *ai = res; ai; ai = ai->ai_next) {
        const int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        int err = 0;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) < 0) {
            err = errno;
            if (err == EINPROGRESS) {
                pollfd p{fd, POLLOUT, 0};
                const int n = poll(&p, 1, timeoutMs);
                if (n == 0) {
                    err = ETIMEDOUT;
                } else {
                    socklen_t len = sizeof err;
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
                }
            }
        }
        close(fd);
        if (err == 0 || err == ECONNREFUSED) {
            freeaddrinfo(res);
            return {}; // it answered (libvirt says the rest)
        }
        why = err == ETIMEDOUT ? Text::tr("no answer from %1:%2 within %3 s").arg(target.host).arg(target.port).arg(timeoutMs / 1000.0)
                               : Text::tr("%1:%2: %3").arg(target.host).arg(target.port).arg(QString::fromLocal8Bit(std::strerror(err)));
    }
    freeaddrinfo(res);
    return why.isEmpty() ? Text::tr("cannot reach %1:%2").arg(target.host).arg(target.port) : why;
}

} // namespace hawan::util
