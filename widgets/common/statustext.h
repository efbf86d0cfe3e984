#pragma once
// How the state of a WAN link and of a site's storage bricks reads and looks, wherever it is shown
// (the topology's boxes and badges today; the wall view and the alarms next): one wording and one
// colour code for all of them.
#include "config/config.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace hawan::model { class Inventory; }
namespace hawan::probes { class ProbeHub; }
namespace hawan::storage { class StorageMonitor; }

namespace hawan::widgets {

class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    // A host's connection state in words: up, stale since when, connecting, unreachable and why.
    static QString hostState(const model::Inventory &inv, int host);
    // The link's measurement, one or two short lines ("RTT 10.2 ms (limit 20)\nloss 0 %").
    static QString linkMeasure(const config::Link &link, const probes::ProbeHub *probes, int index);
    // Ok, near the limit or lossy (amber), over it, failing or cut (red); muted when not measured.
    static QColor linkColor(const config::Link &link, const probes::ProbeHub *probes, int index);
    static QString linkToolTip(const config::Link &link, const probes::ProbeHub *probes, int index); // rich text
    // "vmstore: in sync", "vmstore: 9 to heal" ... for the bricks at `siteName`; `severity` 0 ok,
    // 1 healing, 2 offline, split-brain or unknown. `ownSeverity`: the same for the site's own
    // bricks only, not a volume whose state is unknown everywhere (what makes one site of many
    // worse than the others). Empty without storage.
    static QString bricksOfSite(const storage::StorageMonitor *storage, const QString &siteName, int *severity = nullptr,
                                int *ownSeverity = nullptr);
};

} // namespace hawan::widgets
