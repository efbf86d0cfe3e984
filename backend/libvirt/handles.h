#pragma once
// Owning handles for libvirt objects: no raw vir*Ptr outlives the scope that obtained it. Only
// backend/libvirt/ (and tests) include this: nothing above it sees a libvirt type.
#include "libvirt/guard.h"

#include <libvirt/libvirt.h>

#include <QString>

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

// Opens a connection for a short-lived task (a migration, a reconciliation) with keepalive on, so a
// daemon that stops answering mid-call fails the call within ~intervalS x (count + 1) seconds instead
// of blocking its thread forever. Null with libvirt's last error set when the open fails.
ConnectPtr openWithKeepAlive(const QString &uri, int intervalS = 5, unsigned count = 3);

} // namespace hawan::lv
