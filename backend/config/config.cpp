#include "config/config.h"

namespace hawan::config {

int Config::siteIndex(const QString &name) const
{
    for (int i = 0; i < sites.size(); ++i)
        if (sites[i].name == name)
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

} // namespace hawan::config
