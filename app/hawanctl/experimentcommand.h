#pragma once
// hawanctl experiment run TESTS [--delays 0,5,10ms] [--repeats N] [--files N]: the study's stress
// tests at every site with a runner, over a sweep of emulated delays where the link can emulate
// them (a lab), printing each measurement as it comes and where the run's report was written.
#include "experiments/measure.h"

#include <QString>
#include <QVector>

class QCoreApplication;
namespace hawan::core { class Fleet; }

namespace hawanctl {

struct ExperimentArgs
{
    QStringList tests;          // test ids, or "all"
    QString delays;             // "0,5,10,20ms"; empty = the link as it is
    int repeats = 1;
    hawan::experiments::Sizes sizes;
    QString storageOverride;    // go ahead despite unsynced storage; the reason is journaled
    int reportTimeoutS = 15;    // how long to wait for the hosts and the storage to answer
};

int experimentCommand(QCoreApplication &app, hawan::core::Fleet &fleet, const ExperimentArgs &args);

} // namespace hawanctl
