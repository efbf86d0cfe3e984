#pragma once
// libvirt's default event loop, registered once per process before any connection is opened and
// run on a dedicated thread for the life of the process. Lifecycle events, keepalive and close
// callbacks are all dispatched from it.

namespace hawan::lv {

// Idempotent and thread-safe. Returns false (and logs) if libvirt refused to initialise.
bool ensureEventLoop();

} // namespace hawan::lv
