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

SiteStatus siteStatus(const model::Inventory &inv, const probes::ProbeHub *probes, int site)
{
    SiteStatus st;
    st.counts = inv.siteCounts(site);
    const auto &c = st.counts;
    const int hosts = int(inv.hostsOfSite(site).size());
    const auto &cfg = inv.config();
    if (probes && hosts > 0 && c.hostsUp == 0) {
        const QString name = inv.site(site).name;
        for (int l = 0; l < cfg.links.size() && !st.cutOff; ++l) {
            const auto &link = cfg.links[l];
            if (link.siteA != name && link.siteB != name)
                continue;
            const int other = cfg.siteIndex(link.siteA == name ? link.siteB : link.siteA);
            if (other >= 0 && anyHostUp(inv, other) && probes->linkState(l).cut) {
                st.cutOff = true;
                st.cutLink = link.name;
            }
        }
    }
    st.severity = st.cutOff || c.hostsUnreachable || (hosts > 0 && c.hostsUp == 0) ? 2
        : c.hostsConnecting || c.vmsUnknown                                          ? 1
                                                                                       : 0;
    return st;
}

bool hostCutOff(const model::Inventory &inv, const probes::ProbeHub *probes, int host)
{
    const int site = inv.config().siteIndex(inv.host(host).site);
    return site >= 0 && siteStatus(inv, probes, site).cutOff;
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
