#pragma once
// What a site's headline may claim, wherever one is shown (the topology's site header, the status
// bar, `hawanctl status`, the wall view and alarms next): hosts by state, VMs by what is known of
// them (those of a host that does not answer are unknown, not running), and whether the site is cut
// off: none of its hosts answers while the WAN link to a site whose hosts do answer reads cut. A
// cut-off site's hosts cannot be told dead from alive; the console says so instead of "host down".
#include "model/inventory.h"

#include <QString>

namespace hawan::probes { class ProbeHub; }

namespace hawan::core {

struct SiteStatus
{
    model::Inventory::SiteCounts counts;
    bool cutOff = false;
    QString cutLink;   // the cut link's name, when cut off
    int severity = 0;  // 0 every host answers; 1 connecting or stale; 2 a host unreachable, none answers, or cut off
};

// `probes` may be null (no link measurements: never cut off).
SiteStatus siteStatus(const model::Inventory &inv, const probes::ProbeHub *probes, int site);
// Whether `host` sits at a cut-off site.
bool hostCutOff(const model::Inventory &inv, const probes::ProbeHub *probes, int host);

// "Cut off: WAN down" (under the site's own name) when cut off; else empty.
QString cutOffShort(const SiteStatus &status);
// "Napoli cut off: WAN down" when cut off; else empty.
QString cutOffText(const model::Inventory &inv, const SiteStatus &status, int site);
// The tally: "2 hosts up · 1 unreachable · 2 of 5 VMs running · 3 unknown (host unreachable)".
QString siteTally(const SiteStatus &status);

} // namespace hawan::core
