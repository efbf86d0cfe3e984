#include "core/sitestatus.h"

#include "probes/probehub.h"

#include <QCoreApplication>

namespace hawan::core {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::core::SiteStatus)
};

bool anyHostUp(const model::Inventory &inv, int site)
{
    for (int h : inv.hostsOfSite(site))
        if (inv.hostStatus(h).state == model::HostState::Up)
            return true;
    return false;
}
} // namespace

namespace {
// The cut link that cuts `site` off, or -1: none of the site's hosts is up while the WAN link to
// a site whose hosts answer reads cut. No VM is counted (a card asks this for every paint).
int cuttingLink(const model::Inventory &inv, const probes::ProbeHub *probes, int site)
{
    const auto &hosts = inv.hostsOfSite(site);
    if (!probes || hosts.isEmpty() || anyHostUp(inv, site))
        return -1;
    const auto &cfg = inv.config();
    const QString name = inv.site(site).name;
    for (int l = 0; l < cfg.links.size(); ++l) {
        const auto &link = cfg.links[l];
        if (link.siteA != name && link.siteB != name)
            continue;
        const int other = cfg.siteIndex(link.siteA == name ? link.siteB : link.siteA);
        if (other >= 0 && anyHostUp(inv, other) && probes->linkState(l).cut)
            return l;
    }
    return -1;
}
} // namespace

SiteStatus siteStatus(const model::Inventory &inv, const probes::ProbeHub *probes, int site)
{
    SiteStatus st;
    st.counts = inv.siteCounts(site);
    const auto &c = st.counts;
    const int hosts = int(inv.hostsOfSite(site).size());
    if (const int link = cuttingLink(inv, probes, site); link >= 0) {
        st.cutOff = true;
        st.cutLink = inv.config().links[link].name;
    }
    st.severity = st.cutOff || c.hostsUnreachable || (hosts > 0 && c.hostsUp == 0) ? 2
        : c.hostsConnecting || c.vmsUnknown                                          ? 1
                                                                                       : 0;
    return st;
}

bool hostCutOff(const model::Inventory &inv, const probes::ProbeHub *probes, int host)
{
    const int site = inv.config().siteIndex(inv.host(host).site);
    return site >= 0 && cuttingLink(inv, probes, site) >= 0;
}

QString cutOffShort(const SiteStatus &status)
{
    return status.cutOff ? Text::tr("Cut off: %1 down").arg(status.cutLink) : QString();
}

QString cutOffText(const model::Inventory &inv, const SiteStatus &status, int site)
{
    if (!status.cutOff)
        return {};
    return Text::tr("%1 cut off: %2 down").arg(inv.site(site).name, status.cutLink);
}

QString siteTally(const SiteStatus &status)
{
    const auto &c = status.counts;
    QString t;
    if (status.cutOff)
        t = Text::tr("%n host(s) silent", nullptr, c.hostsUnreachable + c.hostsConnecting);
    else {
        t = Text::tr("%n host(s) up", nullptr, c.hostsUp);
        if (c.hostsUnreachable)
            t += Text::tr(" · %n unreachable", nullptr, c.hostsUnreachable);
        if (c.hostsConnecting)
            t += Text::tr(" · %n connecting", nullptr, c.hostsConnecting);
    }
    if (c.vmsUnknown == c.vms && c.vms > 0)
        return t + Text::tr(" · %n VM(s) unknown", nullptr, c.vms);
    t += Text::tr(" · %1 of %n VM(s) running", nullptr, c.vms).arg(c.vmsRunning);
    if (c.vmsUnknown)
        t += Text::tr(" · %n unknown (host not answering)", nullptr, c.vmsUnknown);
    return t;
}

} // namespace hawan::core
