#pragma once
// libvirt's default event loop, registered once per process before any connection is opened and
// run on a dedicated thread for the life of the process. Lifecycle events, keepalive and close
// callbacks are all dispatched from it.
#include <QString>

namespace hawan::lv {

// libvirt 9's default event loop iterates GLib's *default* main context, which Qt's GLib event
// dispatcher also uses on the main thread: libvirt's thread would then fire Qt's main-thread timers.
// Call this first thing in main(), before the Q*Application exists, so Qt uses its own dispatcher.
// It also ignores SIGPIPE, as libvirt's clients must (a dead daemon's socket would kill the process).
void prepareProcess();

// Idempotent and thread-safe. Returns false (and logs) if libvirt refused to initialise.
bool ensureEventLoop();

} // namespace hawan::lv
