#pragma once
// SIGTERM (systemd, pkill) and SIGINT (Ctrl+C in the terminal) end the program as its Quit does:
// the event loop returns, so probes remove their files on the volume and jobs end their way,
// instead of the process dying where it stands. A second signal ends it at once.
class QCoreApplication;

namespace hawan::util {

void quitOnTerminationSignals(QCoreApplication *app);

} // namespace hawan::util
