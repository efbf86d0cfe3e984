#pragma once
// What Hawan knows about every site, host and VM, on the GUI (or CLI) thread. Host workers feed it
// snapshots and events; it applies the smallest change and tells views exactly what moved, so a
// model over it can emit minimal row insertions, removals and dataChanged ranges.
#include "config/config.h"
#include "model/types.h"

#include <QObject>
#include <QSet>
#include <QVector>

namespace hawan::model {

struct LogEntry
{
    enum class Severity { Info, Warning, Error };
    QDateTime at;
    Severity severity = Severity::Info;
    int host = -1;     // -1 when not about one host
    QString vm;        // VM name, when about a VM
    QString message;
};

class Inventory : public QObject
{
    Q_OBJECT
public:
    explicit Inventory(config::Config config, QObject *parent = nullptr);

    const config::Config &config() const { return m_config; }
    int siteCount() const { return int(m_config.sites.size()); }
    int hostCount() const { return int(m_config.hosts.size()); }
    const config::Site &site(int i) const { return m_config.sites[i]; }
    const config::Host &host(int i) const { return m_config.hosts[i]; }
    int siteOfHost(int host) const { return m_hostSite[host]; }
    const QVector<int> &hostsOfSite(int site) const { return m_siteHosts[site]; }

    const HostStatus &hostStatus(int host) const { return m_hosts[host].status; }
    const HostSnapshot &hostSnapshot(int host) const { return m_hosts[host].snapshot; }
    const QVector<VmInfo> &vms(int host) const { return m_hosts[host].snapshot.vms; }
    int vmCount() const;
    // Data is stale when the host is not up, or has not reported for three refresh intervals.
    bool isStale(int host, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool hasReported(int host) const { return m_hosts[host].reported; }
    bool allReported() const; // every host has sent a snapshot or failed at least once
    bool inMaintenance(int host) const { return m_hosts[host].maintenance; }
    void setMaintenance(int host, bool on);
    // A fenced (powered off) host that has not reported since: its VMs are shown shut off, and
    // those restarted elsewhere (`moved`) no longer listed there. Returns whether anything changed.
    bool showFenced(int host, const QSet<QString> &moved);
    // Where a VM is defined: (host, index) pairs, active ones first.
    QVector<QPair<int, int>> locate(const QString &uuid) const;
    // The domain XML last read for a VM of `host` (kept while the host is unreachable); "" if unknown.
    QString definition(int host, const QString &uuid) const;

    // VMs are counted as running only on hosts that answer now; those of a host that does not
    // (unreachable, connecting, or up but stale) are unknown, whatever they were last seen doing.
    struct SiteCounts { int hostsUp = 0, hostsUnreachable = 0, hostsConnecting = 0, vmsRunning = 0, vms = 0, vmsUnknown = 0; };
    SiteCounts siteCounts(int site) const;

public Q_SLOTS:
    void applyStatus(int host, const hawan::model::HostStatus &status);
    void applySnapshot(int host, const hawan::model::HostSnapshot &snapshot);
    void applyLifecycle(int host, const hawan::model::LifecycleEvent &event);
    void log(hawan::model::LogEntry::Severity severity, int host, const QString &vm, const QString &message);

Q_SIGNALS:
    void hostChanged(int host);
    // VMs of one host are kept sorted by name; [first, last] are indexes into vms(host). Each
    // contiguous run of arrivals or departures is one signal pair.
    void vmsAboutToBeInserted(int host, int first, int last);
    void vmsInserted(int host, int first, int last);
    void vmsAboutToBeRemoved(int host, int first, int last);
    void vmsRemoved(int host, int first, int last);
    void vmsChanged(int host, int first, int last);
    void logged(const hawan::model::LogEntry &entry);
    void reportedChanged(); // a host reported for the first time

private:
    struct HostData
    {
        HostStatus status;
        HostSnapshot snapshot;
        bool reported = false;
        bool maintenance = false;
        QString loggedUnreachable; // reason last written to the log, to log each outage once
    };
    void markReported(int host);
    void replaceVms(int host, QVector<VmInfo> vms);

    config::Config m_config;
    QVector<HostData> m_hosts;
    QVector<int> m_hostSite;
    QVector<QVector<int>> m_siteHosts;
};

} // namespace hawan::model

Q_DECLARE_METATYPE(hawan::model::LogEntry)
