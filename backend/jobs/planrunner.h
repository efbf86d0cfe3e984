#pragma once
// Runs a plan of moves: journals the plan, then starts its migrations as the limits allow (per
// host, per WAN link), records each start before acting and each end after, and can be paused,
// resumed and aborted as a whole. Resuming a plan found open in the journal first reconciles every
// move that was in flight with the hosts (still migrating on the daemon? where does the VM run?),
// so nothing is started twice.
#include "jobs/journal.h"
#include "jobs/migrationjob.h"
#include "libvirt/locate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

namespace hawan::core { class Fleet; }

namespace hawan::jobs {

class PlanRunner : public QObject
{
    Q_OBJECT
public:
    using Options = PlanOptions;

    // `resumed`: the plan is already in the journal (maybe with moves in flight); otherwise start()
    // writes it first.
    PlanRunner(core::Fleet *fleet, JournaledPlan plan, Options options, bool resumed, QObject *parent = nullptr);
    ~PlanRunner() override;

    const Plan &plan() const { return m_plan.plan; }
    const JournaledPlan &journaled() const { return m_plan; }
    const MoveRecord &move(int i) const { return m_plan.moves[i]; }
    MigrationJob *job(int i) const { return m_jobs.value(i); }
    const Options &options() const { return m_opt; }
    PlanState state() const { return m_plan.state; }
    bool isFinished() const { return m_done; }
    bool isResumed() const { return m_resumed; }
    // What the plan waits for, if anything ("reconciling 1 move", "napoli-hv1 unreachable").
    QString waitingFor() const { return m_waiting; }
    int countActive() const;

    // Returns false (with `error`) when the journal cannot be written: then nothing was started.
    bool start(QString *error = nullptr);
    void pause();
    void resume();
    void abort();

Q_SIGNALS:
    void moveChanged(int move);
    void stateChanged();
    void jobStarted(int move, hawan::jobs::MigrationJob *job);
    void finished();

private:
    void schedule();
    void startMove(int i);
    void moveEnded(int i, MoveStatus status, const QString &message);
    void reconcile(int i);
    void located(int i, const lv::MoveLocation &loc);
    void reconciled(int i, int verdict, const QString &message);
    void setWaiting(const QString &w);
    void maybeFinish();
    bool journalOk(bool written);
    bool fenceFirst(); // recovery: true once the crashed host is fenced; starts fencing otherwise
    bool m_fencing = false;

    core::Fleet *m_fleet;
    JournaledPlan m_plan;
    const Options m_opt;
    const bool m_resumed;
    bool m_started = false, m_done = false, m_scheduling = false;
    QHash<int, QPointer<MigrationJob>> m_jobs;
    QSet<int> m_reconciling;
    QString m_waiting;
    QTimer m_retry;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    // Reconciliations run on detached threads (a hung daemon must not hold up the console's exit);
    // they report through this, which the destructor disconnects under its lock.
    struct Relay
    {
        std::mutex mu;
        PlanRunner *runner = nullptr;
    };
    std::shared_ptr<Relay> m_relay = std::make_shared<Relay>();
};

} // namespace hawan::jobs
