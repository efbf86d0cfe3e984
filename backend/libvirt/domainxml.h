#pragma once
// The parts of a domain's XML definition Hawan shows (vCPUs, memory, disks). Definitions rarely
// change, so sessions fetch them once per domain and fill what a driver's statistics leave out.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hawan::lv {

struct VmDefinition
{
    bool valid = false;
    QString error;          // why the XML could not be read, when !valid
    quint32 vcpus = 0;
    quint64 memoryKiB = 0;  // maximum
    quint64 currentMemoryKiB = 0;
    QStringList disks;      // source path, volume or network name; target dev as a last resort
    // Who else owns the domain, from its <metadata>: "OpenStack Nova" when it carries Nova's
    // nova:instance element (Nova's database says where it runs: moving it with libvirt would
    // make that wrong). Empty: nobody Hawan knows of.
    QString managedBy;
    QString xml;            // as read
};

VmDefinition parseDomainXml(const QByteArray &xml);
// Only who manages the domain (parseDomainXml's managedBy), for a definition about to be used.
QString domainManager(const QByteArray &xml);

// A storage pool's definition, as far as placement needs it: its type ("dir", "netfs", …) and
// the directory its volumes appear in (empty when it has none, or the XML cannot be read).
struct PoolDefinition
{
    QString type;
    QString targetPath;
};
PoolDefinition parsePoolXml(const QByteArray &xml);

} // namespace hawan::lv
