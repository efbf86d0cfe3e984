#pragma once
// hawanctl drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--loss PCT]
// [--confirm-site NAME] | reports [--json] | show ID [--json] [--csv FILE]: the resilience drills from the
// command line, each event printed as it comes (seconds since the fault), then the verdict table;
// the run is kept as JSON (show --csv FILE writes it as CSV).
#include <QString>

class QCoreApplication;
namespace hawan::core { class Fleet; }

namespace hawanctl {

struct DrillArgs
{
    QString verb;            // list, run, reports, show
    QString name;            // run: the drill; show: the run's id
    QString host, site, vm, confirmSite;
    int holdS = -1;
    double lossPct = 3;
    bool json = false;
    QString csvFile;         // show: write the run as CSV to this file
    int reportTimeoutS = 15;
};

int drillCommand(QCoreApplication &app, hawan::core::Fleet &fleet, const DrillArgs &args);

} // namespace hawanctl
