#pragma once
// What hawanctl's long commands (experiment run, drill run, ha) share: first the repair of what an
// interrupted run left behind, and Ctrl+C as a cancel that puts things back (a second Ctrl+C
// leaves at once; the next start repairs).
#include <QString>

#include <functional>

class QCoreApplication;
namespace hawan::core { class Fleet; }
namespace hawan::jobs { class Job; }

namespace hawanctl {

// Runs `then` once the leftovers of an interrupted drill or experiment are repaired (what was done
// is printed; a repair that failed is printed and `then` runs all the same: its blockers say more).
void afterLeftovers(QCoreApplication &app, hawan::core::Fleet &fleet, std::function<void()> then);
// SIGINT / SIGTERM cancel `job`, printing `stopping`; a second signal exits at once (130).
void cancelOnInterrupt(QCoreApplication &app, hawan::jobs::Job *job, const QString &stopping);

} // namespace hawanctl
