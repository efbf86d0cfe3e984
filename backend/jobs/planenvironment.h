#pragma once
// What a running plan needs of the world around it, and nothing more: the inventory to read, the
// journal to write first, the link state, the move capacity in use, and the means to launch a move
// or a fence as a job. The fleet implements it; a test can too. It keeps jobs/ from reaching up
// into core/.
#include "libvirt/locate.h"

#include <QString>

#include <functional>

namespace hawan::model { class Inventory; }
namespace hawan::probes { class Timeline; }

namespace hawan::jobs {

class FenceJob;
class Journal;
class JobTracker;
class MoveJob;
struct MigrationOptions;

class PlanEnvironment
{
public:
    virtual ~PlanEnvironment() = default;

    virtual model::Inventory *inventory() const = 0;
    virtual Journal *journal() const = 0;
    // Every job; its jobEnded tells a plan that capacity freed up.
    virtual JobTracker *jobs() const = 0;
    virtual probes::Timeline *timeline() const = 0;

    virtual bool linkCut(int link) const = 0;
    virtual bool linkLossy(int link) const = 0;
    // Moves sent or received by a host now, or crossing a WAN link now: `holding` those that hold
    // a place under the limits, `all` with those handing theirs over (MoveJob::handingOver).
    struct Load
    {
        int holding = 0, all = 0;
        // Room for one more under `limit`: a place free, and at most `limit` handing over besides.
        bool roomUnder(int limit) const { return holding < limit && all < 2 * limit; }
    };
    virtual Load hostLoad(int host) const = 0;
    virtual Load linkLoad(int link) const = 0;

    // Creates one move (not started, not journaled, no limits checked), counted as running from
    // now on: a migration, or with `definition` a recovery's restart on `toHost`. Null with
    // `error` when it cannot be made.
    virtual MoveJob *launchMove(int fromHost, const QString &uuid, int toHost, const MigrationOptions &options,
                                const QString &definition, QString *error) = 0;
    // Creates the fence of a host (not started).
    virtual FenceJob *launchFence(int host) = 0;

    // Where a move between hosts a cloud manages ended, as that cloud records it (waiting while it
    // still moves the server): `done` on this thread unless `context` is gone. False (and `done`
    // never called) when neither host is a cloud's: ask the libvirt daemons instead.
    using Located = std::function<void(const lv::MoveLocation &)>;
    virtual bool locateInCloud(int fromHost, int toHost, const QString &uuid, QObject *context, Located done)
    {
        (void)fromHost, (void)toHost, (void)uuid, (void)context, (void)done;
        return false;
    }
};

} // namespace hawan::jobs
