#include "jobs/restartjob.h"

#include "libvirt/migration.h"
#include "storage/diskleases.h"
#include "util/async.h"

#include <QDateTime>
#include <QTimer>

#include <chrono>
#include <thread>

namespace hawan::jobs {

RestartJob::RestartJob(Target target, QString definitionXml, MigrationOptions options, QObject *parent)
    : MoveJob(std::move(target), options, parent), m_definition(std::move(definitionXml))
{
}

RestartJob::~RestartJob()
{
    m_cancel->store(true); // a helper still waiting on a hung daemon stops between steps
}

QString RestartJob::title() const
{
    return tr("Restart %1 on %2 (recovered from %3)").arg(target().vmName, target().destHost, target().sourceHost);
}

int RestartJob::limitS() const
{
    return options().timeoutS > 0 ? std::min(options().timeoutS, kLimitS) : kLimitS;
}

void RestartJob::phase(const QString &name)
{
    MigrationProgress p = progress();
    p.phase = name;
    p.elapsedMs = elapsedMs();
    report(p);
}

void RestartJob::doStart()
{
    // The calls are short when all is well, but a destination whose daemon or storage hangs (a FUSE
    // client wedged on a lock) can keep virDomainCreate waiting for ever: they run detached, and
    // the job gives up after limitS() saying where things stand.
    // Phases reach the job through a mailbox, which delivers only while the job lives: `self` is
    // dereferenced on the job's thread alone.
    util::Mailbox box(this);
    RestartJob *self = this;
    const Target t = target();
    const QString xml = m_definition;
    // What the helper found: the restart's result, or why it did not try.
    struct Attempt
    {
        lv::RestartResult r;
        QStringList heldDisks; // disks whose lease a host holds
        QString leaseError;    // a lockspace that could not be read
        QStringList unasked;   // other hosts that did not answer
    };
    util::runDetached(
        title(), this,
        [box, self, t, xml, ask = m_ask, lockspaces = m_lockspaces, leaseWaitS = m_leaseWaitS, cancel = m_cancel] {
            box.post([self] {
                if (!self->isFinished())
                    self->phase(QStringLiteral("checking"));
            });
            Attempt a;
            // Every other host that answers is asked first: the fence says the source is off, not
            // that nobody else started the VM meanwhile (another console, a standby watcher).
            if (const QString on = lv::runningOn(ask, t.vmUuid, &a.unasked); !on.isEmpty()) {
                a.r.outcome = lv::RestartResult::Outcome::RunningElsewhere;
                a.r.elsewhere = on;
                return a;
            }
            // Then the lock manager: a fence that reported success while the host is only frozen
            // (a mislabelled outlet, a wrong address) leaves its guests holding their disks. A host
            // that lost power holds them too, until the volume finds its client gone: waited on.
            const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(leaseWaitS);
            auto mayWait = [&] {
                if (cancel->load() || QDateTime::currentDateTimeUtc() >= until)
                    return false;
                box.post([self] {
                    if (!self->isFinished())
                        self->phase(QStringLiteral("leases"));
                });
                std::this_thread::sleep_for(std::chrono::seconds(1));
                return true;
            };
            const QStringList disks = storage::leasedDisks(xml);
            for (;;) {
                if (!lockspaces.isEmpty()) {
                    const storage::LeaseCheck check = storage::checkDiskLeases(lockspaces, disks);
                    if (!check.error.isEmpty() || !check.held.isEmpty()) {
                        if (check.error.isEmpty() && mayWait())
                            continue;
                        if (cancel->load()) { // cancelled while waiting: nothing was defined
                            a.r.outcome = lv::RestartResult::Outcome::Cancelled;
                            return a;
                        }
                        a.heldDisks = check.held;
                        a.leaseError = check.error;
                        return a;
                    }
                }
                a.r = lv::defineAndStart(t.destUri, t.vmUuid, xml, *cancel, [box, self](lv::RestartStep step) {
                    const QString name = step == lv::RestartStep::Connecting ? QStringLiteral("connecting")
                        : step == lv::RestartStep::Defining                  ? QStringLiteral("defining")
                                                                             : QStringLiteral("starting");
                    box.post([self, name] {
                        if (!self->isFinished())
                            self->phase(name);
                    });
                });
                // Refused for a lock the check did not see (no lockspace configured, QEMU's own
                // image lock): the same wait, then the start is tried again.
                const QString &why = a.r.error.message;
                const bool locked = why.contains(QLatin1String("is locked")) || (why.contains(QLatin1String("Failed to get")) && why.contains(QLatin1String("lock")));
                if (a.r.outcome == lv::RestartResult::Outcome::DefinedNotStarted && locked && mayWait())
                    continue;
                return a;
            }
        },
        [this, t](const Attempt &a) {
            if (isFinished()) // gave up waiting already: the inventory shows what came of it
                return;
            m_deadline->stop();
            using O = lv::RestartResult::Outcome;
            const lv::RestartResult &r = a.r;
            MigrationResult res;
            res.durationMs = elapsedMs();
            if (!a.leaseError.isEmpty()) {
                res.error = JobError::Refused;
                res.message = tr("not started on %1: %2, so whether %3 still runs somewhere is not known. "
                                 "Make the lockspace readable here (its mount), then recover again.")
                                  .arg(t.destHost, a.leaseError, t.vmName);
                conclude(res);
                return;
            }
            if (!a.heldDisks.isEmpty()) {
                QStringList where{t.sourceHost};
                where << a.unasked;
                res.error = JobError::Refused;
                res.message = tr("not started on %1: the lock manager's lease on its disk %2 is still held after %6 s, so %3 "
                                 "may still run on %4 (a fence that reported success does not prove a host is off: it "
                                 "may be frozen). Check that %5 is really powered off, then recover again.")
                                  .arg(t.destHost, a.heldDisks.join(QStringLiteral(", ")), t.vmName,
                                       where.join(tr(" or ")), t.sourceHost)
                                  .arg(m_leaseWaitS);
                conclude(res);
                return;
            }
            switch (r.outcome) {
            case O::Started: res.outcome = MigrationResult::Outcome::Succeeded; break;
            case O::AlreadyRunning:
                res.outcome = MigrationResult::Outcome::Succeeded;
                res.message = tr("already running on %1").arg(t.destHost);
                break;
            case O::RunningElsewhere:
                res.outcome = MigrationResult::Outcome::Succeeded;
                res.message = tr("not started on %1: it already runs on %2 (asked just now), so it stays there")
                                  .arg(t.destHost, r.elsewhere);
                break;
            case O::Cancelled:
                res.outcome = MigrationResult::Outcome::Cancelled;
                if (r.defined)
                    res.message = tr("defined on %1, not started").arg(t.destHost);
                break;
            case O::CannotConnect:
                res.error = JobError::Unreachable;
                res.message = r.error.message.isEmpty() ? tr("cannot connect to %1").arg(t.destHost) : r.error.message;
                break;
            case O::CannotDefine:
                res.error = JobError::Hypervisor;
                res.message = r.error.message.isEmpty() ? tr("cannot define %1 on %2").arg(t.vmName, t.destHost) : r.error.message;
                break;
            case O::DefinedNotStarted:
                res.error = JobError::Hypervisor;
                res.message = tr("defined on %1 but not started: %2. Start it there once the cause is fixed.")
                                  .arg(t.destHost, r.error.message.isEmpty() ? tr("cannot start") : r.error.message);
                break;
            }
            conclude(res);
        });
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // never before the limit it names
    connect(m_deadline, &QTimer::timeout, this, [this] {
        const QString ph = progress().phase;
        const QString step = ph == QLatin1String("starting") ? tr("while starting it")
            : ph == QLatin1String("defining")                 ? tr("while defining it")
            : ph == QLatin1String("checking")                 ? tr("while asking the other hosts and the disks' leases")
            : ph == QLatin1String("leases")                   ? tr("while waiting for its disks' locks to be released")
                                                               : tr("while connecting");
        MigrationResult res;
        res.error = JobError::TimedOut;
        res.durationMs = elapsedMs();
        res.message = tr("no answer from %1 after %2 s %3: its daemon, or the storage it waits on, may be stuck. "
                         "%4 may still start there: check %1 (virsh domstate %4) before starting it anywhere else.")
                          .arg(target().destHost).arg(limitS()).arg(step, target().vmName);
        conclude(res);
    });
    m_deadline->start(limitS() * 1000);
}

} // namespace hawan::jobs
