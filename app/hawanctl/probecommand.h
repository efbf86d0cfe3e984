#pragma once
// hawanctl probes: measures like the console's latency panel for a while and prints each link's
// round trip, each host's service round trip and the storage latency; --csv records every reading
// (the format [probes] replay plays back).
#include <QString>

class QCoreApplication;
namespace hawan::core { class Fleet; }

namespace hawanctl {

int probeCommand(QCoreApplication &app, hawan::core::Fleet &fleet, int seconds, const QString &csvFile);

} // namespace hawanctl
