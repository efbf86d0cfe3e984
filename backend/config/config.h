#pragma once
// The validated site configuration: sites, the WAN links between pairs of them, hypervisor hosts,
// shared storage and console settings. Produced only by ConfigLoader, so every instance is valid.
#include <QString>
#include <QStringList>
#include <QVector>

namespace hawan::config {

struct Site
{
    QString name;
    QString description;
};

struct Link
{
    QString name;          // defaults to "A-B"
    QString siteA, siteB;
    quint64 capacityMbit = 1000;
    double rttLimitMs = 10.0; // vendors' usual limit for stretched clusters
};

struct Host
{
    QString name;
    QString site;
    QString uri;          // libvirt URI the console uses, placeholders expanded
    QString migrationUri; // URI other hosts' daemons use to reach this one (peer-to-peer migration)
    QString fence;        // optional command that powers the host off for good
};

struct Storage
{
    QString name;
    QString kind;          // "glusterfs", "nfs", "local"
    QString volume;
    QStringList command;   // argv prefix to run the storage CLI, e.g. ["gluster"] or ["ssh","n1","gluster"]
};

struct Console
{
    int refreshIntervalMs = 2000;
};

struct Config
{
    QString sourceFile;   // absolute path, for messages
    QString title;        // optional, shown in the window title
    Console console;
    QVector<Site> sites;
    QVector<Link> links;
    QVector<Host> hosts;
    QVector<Storage> storage;

    int siteIndex(const QString &name) const;
    int hostIndex(const QString &name) const;
    QVector<int> hostsOfSite(int site) const;
};

} // namespace hawan::config
