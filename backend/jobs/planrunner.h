#pragma once
// Runs a plan of moves: journals the plan, then starts its migrations as the limits allow (per
// host, per WAN link), records each start before acting and each end after, and can be paused,
// resumed and aborted as a whole. Resuming a plan found open in the journal first reconciles every
// move that was in flight with the hosts (still migrating on the daemon? where does the VM run?),
// so nothing is started twice.
//
// A plan is a job made of jobs (its moves, and a recovery's fence): start, pause/resume and cancel
// (abort) act on the whole; each move is a subjob the tracker shows on its own.
#include "jobs/job.h"
#include "jobs/journal.h"
#include "jobs/movejob.h"
#include "jobs/planenvironment.h"
#include "libvirt/locate.h"

#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace hawan::jobs {

class Lease;

class PlanRunner : public Job
{
    Q_OBJECT
public:
    using Options = PlanOptions;
    QString auditKind() const override;
    QString auditWhy() const override;
    QString auditSubject() const override;

    // `resumed`: the plan is already in the journal (maybe with moves in flight); otherwise start()
    // writes it first. A start that cannot write the journal ends the job at once (JobError::Journal).
    PlanRunner(PlanEnvironment *env, JournaledPlan plan, Options options, bool resumed, QObject *parent = nullptr);
    ~PlanRunner() override;
    QString title() const override { return m_plan.plan.title(); }

    const Plan &plan() const { return m_plan.plan; }
    const JournaledPlan &journaled() const { return m_plan; }
    // A recovery refused because another process recovers the host: who (else empty).
    const QString &heldElsewhereBy() const { return m_heldElsewhereBy; }
    const MoveRecord &move(int i) const { return m_plan.moves[i]; }
    MoveJob *job(int i) const { return m_jobs.value(i); }
    const Options &options() const { return m_opt; }
    PlanState state() const { return m_plan.state; }
    bool isResumed() const { return m_resumed; }
    // What the plan waits for, if anything ("reconciling 1 move", "napoli-hv1 unreachable").
    QString waitingFor() const { return m_waiting; }
    int countActive() const;

    // The operator's abort: cancel().
    void abort() { cancel(); }

Q_SIGNALS:
    void moveChanged(int move);
    void stateChanged();
    void jobStarted(int move, hawan::jobs::MoveJob *job);
    void finished();

protected:
    void doStart() override;
    bool doPause() override;
    bool doResume() override;
    void doCancel() override;

private:
    void begin(); // after the lease (a recovery): journal, reconcile, schedule
    void schedule();
    void startMove(int i);
    void moveEnded(int i, MoveStatus status, const QString &message, quint64 bytes = 0);
    void reconcile(int i);
    void located(int i, const lv::MoveLocation &loc);
    void reconciled(int i, int verdict, const QString &message);
    void setWaiting(const QString &w);
    void maybeFinish();
    bool journalOk(bool written);
    bool fenceFirst(); // recovery: true once the crashed host is fenced; starts fencing otherwise
    bool m_fencing = false;

    void reportProgress();

    PlanEnvironment *m_env;
    JournaledPlan m_plan;
    const Options m_opt;
    const bool m_resumed;
    const QString m_fencedAtStart; // the plan's "host off" note when it started (the audit's why)
    bool m_scheduling = false;
    QHash<int, QPointer<MoveJob>> m_jobs;
    QSet<int> m_reconciling;
    QString m_waiting;
    QTimer m_retry;
    // Reconciliations run detached (a hung daemon must not hold up the console's exit); this
    // tells the ones still polling that nobody waits for them any more.
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<Lease> m_lease; // a recovery's "recover-<host>", held while it runs
    QString m_heldElsewhereBy;
};

} // namespace hawan::jobs
