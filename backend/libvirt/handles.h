#pragma once
// Owning handles for libvirt objects: no raw vir*Ptr outlives the scope that obtained it.
#include <libvirt/libvirt.h>
#include <cstdlib>
#include <memory>

namespace hawan::lv {

struct ConnectCloser { void operator()(virConnectPtr c) const { if (c) virConnectClose(c); } };
struct DomainFreer { void operator()(virDomainPtr d) const { if (d) virDomainFree(d); } };
struct CFreer { void operator()(void *p) const { std::free(p); } };
struct StatsRecordFreer {
    void operator()(virDomainStatsRecordPtr *r) const { if (r) virDomainStatsRecordListFree(r); }
};

using ConnectPtr = std::unique_ptr<virConnect, ConnectCloser>;
using DomainPtr = std::unique_ptr<virDomain, DomainFreer>;
using CString = std::unique_ptr<char, CFreer>;
using StatsRecordList = std::unique_ptr<virDomainStatsRecordPtr, StatsRecordFreer>;

} // namespace hawan::lv
