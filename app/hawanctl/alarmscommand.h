#pragma once
// hawanctl alarms [list] | ack KEY | shelve KEY --for 2h | unshelve KEY: the alarms as a console would
// raise them now (once every host, the storage and the links have answered), with the shift's
// acknowledgements and shelving read from the shared journal; ack, shelve and unshelve write there.
#include <QString>
#include <QStringList>

class QCoreApplication;
namespace hawan::core { class Fleet; }

namespace hawanctl {

struct AlarmsCall
{
    QStringList args;      // "alarms" first
    bool json = false;
    QString comment;       // ack, shelve
    QString forDuration;   // shelve: 30m, 2h, 1d
    int timeoutS = 15;
};

int alarmsCommand(QCoreApplication &app, hawan::core::Fleet &fleet, const AlarmsCall &call);

} // namespace hawanctl
