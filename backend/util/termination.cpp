#include "util/termination.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <atomic>
#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace hawan::util {

namespace {
int g_pipe[2] = {-1, -1};
std::atomic<int> g_count{0};

void onSignal(int sig)
{
    if (g_count.fetch_add(1) >= 1)
        ::_exit(128 + sig);
    const char c = char(sig);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[0], &c, 1); // async-signal-safe; the loop reads it
}
} // namespace

void quitOnTerminationSignals(QCoreApplication *app)
{
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_pipe[1], &c, 1);
        qInfo("hawan: signal %d: quitting (a second one ends it at once)", int(c));
        app->quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGHUP, &sa, nullptr);
}

} // namespace hawan::util
