#pragma once
// The validated site configuration: sites, the WAN links between pairs of them, hypervisor hosts,
// shared storage and console settings. Produced only by ConfigLoader, so every instance is valid.
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hawan::config {

struct Site
{
    QString name;
    QString description;
    QStringList runner;    // experiments: argv prefix that runs a command at the site (e.g. ssh to a host); empty = none
    QString testDir;       // experiments: a directory on the shared volume as the site mounts it
};

// Where a link's round trip is measured from and to.
struct LinkProbe
{
    QString from;          // the vantage site (a label; the site's end of the link)
    QString target;        // IPv4 address answering at the other end
    QString method = QStringLiteral("icmp"); // "icmp" or "tcp" (connect time)
    quint16 port = 0;      // for tcp
    QString netns;         // probe from inside this network namespace (/run/netns/NAME)
};

struct Link
{
    QString name;          // defaults to "A-B"
    QString siteA, siteB;
    quint64 capacityMbit = 1000;
    double rttLimitMs = 10.0; // vendors' usual limit for stretched clusters
    quint64 migrationBudgetMbit = 0; // shared by all migrations crossing the link; 0 = capacity
    QVector<LinkProbe> probes;
    QStringList counters;  // experiments: prints two integers, bytes carried siteA -> siteB, then back
    QStringList emulate;   // experiments (lab): argv prefix setting an emulated delay ("--delay 5ms" appended)
    // drills: cut, restore, degrade (an argv prefix; "--loss 3%" or "--delay 30ms" appended)
    QMap<QString, QStringList> faults;
    quint64 budgetMbit() const { return migrationBudgetMbit ? migrationBudgetMbit : capacityMbit; }
};

// An OpenStack cloud whose compute hosts are hosts of the sites ([[cloud]] kind = "openstack"):
// its servers are read, and acted on, through Nova, never through libvirt (cloud/cloudsource.h).
struct Cloud
{
    QString name;          // what [[host]] cloud = "..." names
    QString kind;          // "openstack"
    QString entry;         // the clouds.yaml entry ("cloud = ..."); credentials stay in that file
    QString cloudsYaml;    // an explicit clouds.yaml; empty: OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/
    QString region;        // overrides the entry's region_name
    QString interface;     // endpoint interface; default "public"
    QMap<QString, QString> zones; // site -> availability zone (Nova's hosts of that zone belong to the site)
};

struct Host
{
    QString name;
    QString site;
    QString cloud;        // a [[cloud]]'s name: the host is that cloud's compute host of this name
    QString uri;          // libvirt URI the console uses, placeholders expanded (optional for a cloud's host)
    QString migrationUri; // URI other hosts' daemons use to reach this one (peer-to-peer migration)
    QString fence;        // optional command that powers the host off for good
    // drills: power_off, power_on, hang, resume (its hypervisor daemon), isolate, reconnect (its network)
    QMap<QString, QStringList> faults;
};

struct Storage
{
    QString name;
    QString kind;          // "glusterfs", "nfs", "local"
    QString volume;
    QStringList command;   // argv prefix to run the storage CLI, e.g. ["gluster"] or ["ssh","n1","gluster"]
    QMap<QString, QString> brickSites; // brick host (as gluster names it) -> site, to draw bricks at their sites
    QMap<QString, QString> probeDirs;  // site -> a directory on this volume as mounted at that site
    // virtlockd's file_lockspace_dir on this volume, as this console mounts it: before restarting
    // a VM, its disks' leases are checked there (held: some host still runs it). Empty: not checked.
    QString lockspaceDir;
    // drills: brick_down, brick_up, node_lost, node_back (argv prefixes; the site's name appended)
    QMap<QString, QStringList> faults;
};

struct Console
{
    int refreshIntervalMs = 2000;
    // A host that stops answering is dropped after about interval x (count + 1) seconds.
    int keepAliveIntervalS = 2; // with keepAliveCount: silent for 2 x (3 + 1) = 8 s, a host is unreachable
    int keepAliveCount = 3;
    QString journal;       // append-only journal of plans and jobs; empty = the default location
};

// Latency probes (links, hosts' service, storage): how often and how hard.
struct Probes
{
    int intervalMs = 1000;  // 0 = no probes
    int echoes = 5;         // echoes per interval on each link probe
    int timeoutMs = 1000;   // an echo not answered by then is lost
    bool service = true;    // time a cheap libvirt call to every host
    QString replay;         // a CSV recorded by Hawan (export or hawanctl probes): played back, labelled "recorded"
};

// Limits for bulk moves (evacuations): how many migrations run at once.
struct Migration
{
    int maxPerHost = 2;    // migrations a host sends or receives at once
    int maxPerLink = 2;    // migrations crossing one WAN link at once
};

// The test VMs of the experiments' VM tests (life cycle, migration): made from a template disk
// image on the shared volume, copied into the run's directory, defined with a minimal definition of
// Hawan's own (no network interface: a test VM cannot clash with anything), deleted at the end.
struct Experiments
{
    QString vmImage;          // the template disk as the hosts see it; empty = no VM tests
    QString busyVmImage;      // a guest that keeps dirtying its memory (migration under load); empty = none
    QString vmImageFormat = QStringLiteral("raw"); // "raw" or "qcow2"
    QString vmDomainType = QStringLiteral("kvm");  // "kvm", or "qemu" (no hardware virtualization)
    int vmMemoryMiB = 256;
    int shutdownTimeoutS = 60; // a guest that does not power off when asked by then is forced off
};

// The resilience drills (backend/drills).
struct Drills
{
    bool lab = false;          // a disposable lab: drills run without the operator typing a site's name
    int writerIntervalMs = 100; // the write witnesses' pace (one record, then fsync, each interval)
};

// Automatic recovery (`hawanctl ha`, backend/ha): which VMs come back by themselves when their
// host dies, and the rule for acting without an operator.
struct HaPolicy
{
    QString match;       // a VM name, or a wildcard pattern ("web-*")
    bool restart = true; // false: never restarted by the watcher (the operator decides)
    int priority = 0;    // higher restarts first
    QStringList avoid;   // hosts it is never restarted on
};

struct Ha
{
    // Where the leases live (one recovery per host, one acting watcher). On the shared volume
    // when consoles run on several machines; empty = <state>/hawan/leases (this machine only).
    QString leaseDir;
    int graceS = 10; // unreachable this long: fenced, then its HA VMs restarted
    // When a whole site (or the link to it) falls silent at once, this side acts only if this
    // command exits 0 (the site's name appended); absent: it never does, it raises an alarm.
    QStringList witness;
    QVector<HaPolicy> policies; // the first that matches a VM's name applies; none: not restarted
    // The policy of `vm`, or null when none matches.
    const HaPolicy *policyFor(const QString &vm) const;
};

// Who may change things. Hawan refuses every action in its backend for a viewer (a console or
// hawanctl started --read-only, or run by a user listed here): libvirt opened read-only, the
// journal opened for reading. A safeguard against mistakes at a shared screen, not a security
// boundary on its own: give shift accounts only libvirt's read-only socket (docs/roles.md).
struct Access
{
    QStringList viewers; // OS user names that are always read-only, whatever they start
};

// The audit trail and the key that authenticates it, the journal and the saved VM definitions
// (backend/audit). Every console, hawanctl and watcher acting on one journal must share the key.
struct Audit
{
    QString file; // the trail; empty = beside the journal (<journal>.audit.jsonl)
    QString key;  // the key file; empty = $XDG_CONFIG_HOME/hawan/audit.key
};

// VMs that must not share a host (e.g. the two replicas of a service).
struct AntiAffinity
{
    QString name;
    QStringList vms;
};

struct Config
{
    QString sourceFile;   // absolute path, for messages
    QString title;        // optional, shown in the window title
    Console console;
    Migration migration;
    Probes probes;
    Experiments experiments;
    Drills drills;
    Ha ha;
    Access access;
    Audit audit;
    QVector<AntiAffinity> antiAffinity;
    QVector<Site> sites;
    QVector<Link> links;
    QVector<Host> hosts;
    QVector<Storage> storage;
    QVector<Cloud> clouds;

    int siteIndex(const QString &name) const;
    int hostIndex(const QString &name) const;
    int cloudIndex(const QString &name) const;
    QVector<int> hostsOfSite(int site) const;
    // The link joining two sites, or -1 (same site, or no link configured).
    int linkBetween(const QString &siteA, const QString &siteB) const;
    // Names of VMs sharing an anti-affinity group with `vm` (without `vm` itself).
    QStringList antiAffine(const QString &vm) const;
};

} // namespace hawan::config
