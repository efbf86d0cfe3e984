#pragma once
// Where does a VM really run? Asked of the two daemons of a move after the console restarted
// mid-plan. Blocking (own connections): call it off the GUI thread.
#include <QString>

#include <atomic>
#include <memory>

namespace hawan::lv {

struct DomainPresence
{
    bool reachable = false;  // the daemon answered
    bool defined = false;    // known to it (persistent or running)
    bool active = false;     // running or paused there
    bool persistent = false;
    bool incoming = false;   // paused, waiting for an incoming migration
    QString error;           // why unreachable
};

struct MoveLocation
{
    DomainPresence source, destination;
    bool waitedForJob = false; // a migration was still in flight on the source daemon
    QString failure;           // a cloud's own verdict: its server in ERROR, or on a third host
};

// Waits (polling each second, until `stop` or `maxWaitS`) while the source daemon still runs a
// job for the VM, then reports what both daemons say.
MoveLocation locateMove(const QString &sourceUri, const QString &destUri, const QString &uuid,
                        const std::shared_ptr<std::atomic<bool>> &stop, int maxWaitS = 900);

} // namespace hawan::lv
