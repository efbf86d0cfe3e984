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

// Keepalive by default: a daemon silent for 2 s x (3 + 1) = 8 s is gone (a silent host is shown
// unreachable within 10 s). The console's [console] keepalive keys set its sessions' own.
constexpr int kKeepAliveIntervalS = 2;
constexpr unsigned kKeepAliveCount = 3;
using DomainPtr = std::unique_ptr<virDomain, DomainFreer>;
using CString = std::unique_ptr<char, CFreer>;
using StatsRecordList = std::unique_ptr<virDomainStatsRecordPtr, StatsRecordFreer>;

// Opens a connection with keepalive on, so a daemon that stops answering mid-call fails the call
// within ~intervalS x (count + 1) seconds instead of blocking its thread forever. The open itself
// has the same deadline: libvirt's handshake has none, and a frozen daemon (its kernel still
// accepts the connection) would hold the caller for good. An open that passes its deadline is left
// to finish on a thread of its own (its connection closed if it ever comes), and while it waits no
// other open of that URI starts: each fails at once, saying so. Null with the error for
// LibvirtError::takeLast() when the open fails. In-process drivers (test://) open directly.
// `readOnly`: virConnectOpenReadOnly (a viewer's: the daemon refuses every change on it).
ConnectPtr openWithKeepAlive(const QString &uri, int intervalS = kKeepAliveIntervalS, unsigned count = kKeepAliveCount,
                             bool readOnly = false);
// How long openWithKeepAlive waits for a daemon: what keepalive allows an established connection.
constexpr int openDeadlineMs(int intervalS, unsigned count) { return intervalS * int(count + 1) * 1000; }

} // namespace hawan::lv
