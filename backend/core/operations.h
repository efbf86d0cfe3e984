#pragma once
// The operator's verbs (evacuate a host or a site, recover a crashed host, bring evacuated VMs
// back, move a selection, mark maintenance) as one sequence of checks and steps for every front
// end: the console's dialogs, hawanctl and, next, the HA watcher ask the same questions, get the
// same refusals and journal the same notes. A front end only chooses how to ask the operator (a
// dialog, a flag) and what advice to add (the Jobs panel; a hawanctl command).
#include "jobs/plan.h"
#include "jobs/journal.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace hawan::jobs { class PlanRunner; }

namespace hawan::core {

class Fleet;

struct Refusal
{
    enum class Code {
        PlanRunning,       // a plan for the same subject runs here
        PlanInterrupted,   // one is open in the journal (a console stopped mid-plan)
        HostAnswers,       // recovery asked for a host that is up
        CutOff,            // recovery of a host behind a cut link, with no fence command to prove it is off
        InMaintenance,     // bringing VMs back to a host still in maintenance
        NothingToReturn,   // no finished evacuation left VMs to bring back
        JournalUnwritable, // nothing may act without its record
    };
    Code code;
    QString text;   // the fact, in one wording for every front end
    QString planId; // the plan concerned, if any
};

// A plan proposed for the operator to review: what it moves, which hosts it keeps away from, and
// which hosts running it puts in maintenance first.
struct Proposal
{
    jobs::Plan plan;
    QSet<int> excluded;
    QVector<int> maintain;
    QString fenced; // recovery: how the host was powered off by hand; empty = the fence command
};

class Operations
{
public:
    explicit Operations(Fleet *fleet) : m_fleet(fleet) {}

    // A plan for `subject` is running here or open in the journal.
    std::optional<Refusal> openPlanFor(const QString &subject) const;
    // Any plan running here or open in the journal: an experiment waits for it (its moves would be
    // measured with the experiment's traffic, and slowed by it).
    std::optional<Refusal> anyOpenPlan() const;
    // What stops work while the shared storage is out of sync (bricks down, entries to heal).
    QStringList storageBlockers() const;
    // The operator went ahead despite `blockers`: journaled and logged, one wording everywhere.
    void recordStorageOverride(const QString &subject, const QString &reason, const QStringList &blockers) const;

    void evacuation(int host, int site, Proposal *proposal) const;
    // Refused while the host answers (its VMs may run there: restarting them would run them twice),
    // and for a host of a cut-off site without a fence command: silent behind a cut link, it cannot
    // be told dead from alive, so only a fence that succeeds may open the way (run() refuses a
    // hand confirmation for it too).
    std::optional<Refusal> recovery(int host, Proposal *proposal) const;
    std::optional<Refusal> giveBack(int host, Proposal *proposal) const;
    void selection(const QVector<QPair<int, QString>> &vms, Proposal *proposal) const;

    // Puts the proposal's hosts in maintenance, then runs `plan` (the proposal's, as the operator
    // edited it). Null with `error` when a step refused: then nothing was moved.
    jobs::PlanRunner *run(const Proposal &proposal, const jobs::Plan &plan, const jobs::PlanOptions &options,
                          QString *error) const;
    // Maintenance on (the storage gate is the front end's, before this) or off. Journaled.
    bool setMaintenance(int host, bool on, QString *error) const;

private:
    QString cutOffRefusal(int host) const;
    Fleet *m_fleet;
};

} // namespace hawan::core
