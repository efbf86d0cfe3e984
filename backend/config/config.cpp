#include "config/config.h"

#include <QRegularExpression>

namespace hawan::config {

int Config::siteIndex(const QString &name) const
{
    for (int i = 0; i < sites.size(); ++i)
        if (sites[i].name == name)
            return i;
    return -1;
}

int Config::cloudIndex(const QString &name) const
{
    for (int i = 0; i < clouds.size(); ++i)
        if (clouds[i].name == name)
            return i;
    return -1;
}

int Config::hostIndex(const QString &name) const
{
    for (int i = 0; i < hosts.size(); ++i)
        if (hosts[i].name == name)
            return i;
    return -1;
}

QVector<int> Config::hostsOfSite(int site) const
{
    QVector<int> out;
    if (site < 0 || site >= sites.size())
        return out;
    for (int i = 0; i < hosts.size(); ++i)
        if (hosts[i].site == sites[site].name)
            out.push_back(i);
    return out;
}

int Config::linkBetween(const QString &siteA, const QString &siteB) const
{
    if (siteA == siteB)
        return -1;
    for (int i = 0; i < links.size(); ++i)
        if ((links[i].siteA == siteA && links[i].siteB == siteB) || (links[i].siteA == siteB && links[i].siteB == siteA))
            return i;
    return -1;
}

QStringList Config::antiAffine(const QString &vm) const
{
    QStringList out;
    for (const auto &g : antiAffinity)
        if (g.vms.contains(vm))
            for (const auto &other : g.vms)
                if (other != vm && !out.contains(other))
                    out << other;
    return out;
}

const HaPolicy *Ha::policyFor(const QString &vm) const
{
    for (const HaPolicy &p : policies) {
        if (p.match == vm || QRegularExpression::fromWildcard(p.match, Qt::CaseSensitive).match(vm).hasMatch())
            return &p;
    }
    return nullptr;
}

} // namespace hawan::config
