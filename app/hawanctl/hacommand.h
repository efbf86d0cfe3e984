#pragma once
// hawanctl ha: the HA watcher (backend/ha/watcher.h), run until stopped, printing what it sees and
// does; `hawanctl ha status` says whether a watcher acts, where, and what it did last.
class QCoreApplication;
namespace hawan::core { class Fleet; }

namespace hawanctl {

int haCommand(QCoreApplication &app, hawan::core::Fleet &fleet);
int haStatus(hawan::core::Fleet &fleet, bool json);

} // namespace hawanctl
