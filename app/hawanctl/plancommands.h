#pragma once
// hawanctl's bulk-move commands: evacuate, recover, plans, resume, abort, maintenance. Each waits for the
// hosts to report, then prints progress lines until the plan ends.
#include "core/fleet.h"

#include <QCoreApplication>

#include <functional>

namespace hawanctl {

struct PlanArgs
{
    QString host, site;          // evacuate: exactly one of them
    QString planId;              // resume / abort: empty = every interrupted plan
    bool dryRun = false;
    hawan::jobs::PlanRunner::Options options;
    int reportTimeoutS = 15;     // how long to wait for every host to answer
    QString storageOverride;     // evacuate: go ahead despite unsynced storage; the reason is journaled
    QStringList overrides;       // options given on the command line (resume keeps the others as journaled)
    bool recover = false;        // recover HOST instead of evacuating it
    bool giveBack = false;       // return HOST: bring back what its last evacuation moved off it
    QString fencedByHand;        // recover: the operator powered the host off; how (journaled)
};

// Runs `fn` once every host and every storage volume has answered (or failed) and the links are
// measured, or after `timeoutS` anyway; starts the fleet (with its storage watch).
void whenReported(QCoreApplication &app, hawan::core::Fleet &fleet, int timeoutS, std::function<void()> fn);
// The storage gate: true when nothing blocks, or when `overrideReason` says why to go ahead (then
// said on stderr); otherwise prints `refused`, the blockers and what to do, and returns false.
bool storageAllows(const QStringList &blockers, const QString &overrideReason, const QString &refused);

int evacuate(QCoreApplication &app, hawan::core::Fleet &fleet, const PlanArgs &args);
int listPlans(hawan::core::Fleet &fleet);
int resume(QCoreApplication &app, hawan::core::Fleet &fleet, const PlanArgs &args, bool abort);
// Shared storage: each volume's bricks, heal backlog and findings (exit 1 when one is critical).
int storageStatus(QCoreApplication &app, hawan::core::Fleet &fleet, int timeoutS);
// Marking a host for maintenance waits for the storage to answer and stops when it is not in sync,
// unless storageOverride gives a reason (journaled); unmarking never waits.
int maintenance(QCoreApplication &app, hawan::core::Fleet &fleet, const QString &host, bool on, const QString &storageOverride,
                int timeoutS);

} // namespace hawanctl
