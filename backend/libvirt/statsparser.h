#pragma once
// Turns the typed parameters of one virConnectGetAllDomainStats record into a VmInfo.
#include "model/types.h"

#include "libvirt/guard.h"

#include <libvirt/libvirt.h>

namespace hawan::lv {

// Name and UUID are read from the record's domain handle (local, no RPC).
model::VmInfo vmFromStatsRecord(const virDomainStatsRecord &record);

// Fills cpuPercent from two samples of cumulative CPU time taken `wallNs` apart.
model::VmState vmStateFromLibvirt(int virDomainState);

double cpuPercent(quint64 prevCpuNs, quint64 curCpuNs, qint64 wallNs, quint32 vcpus);

} // namespace hawan::lv
