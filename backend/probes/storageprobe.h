#pragma once
// Latency of the shared storage as a VM sees it, from one site: a small synchronous write (4 KiB
// then fsync) and a metadata round (create, stat, unlink) in a directory on the mounted volume.
// Each is its own series; a mount that hangs stops the readings (the hub reports that as loss).
#include "probes/probethread.h"

namespace hawan::probes {

// Runs until ctx stops: readings on channel 0 are the write + fsync, on channel 1 the metadata round.
void runStorageProbe(ProbeThread::Context &ctx, const QString &directory, int intervalMs);
// Called as a probe starts: removes the probe files that consoles of this machine left in
// `directory` when they were killed (their process is gone).
void removeStaleProbeFiles(const QString &directory);

} // namespace hawan::probes
