#include "libvirt/domainxml.h"

#include <QXmlStreamReader>

namespace hawan::lv {

namespace {

quint64 toKiB(quint64 value, QStringView unit)
{
    const QString u = unit.toString().toLower();
    if (u.isEmpty() || u == QLatin1String("k") || u == QLatin1String("kib"))
        return value;
    if (u == QLatin1String("b") || u == QLatin1String("bytes"))
        return value / 1024;
    if (u == QLatin1String("kb"))
        return value * 1000 / 1024;
    if (u == QLatin1String("m") || u == QLatin1String("mib"))
        return value * 1024;
    if (u == QLatin1String("mb"))
        return value * 1000 * 1000 / 1024;
    if (u == QLatin1String("g") || u == QLatin1String("gib"))
        return value * 1024 * 1024;
    if (u == QLatin1String("gb"))
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == QLatin1String("t") || u == QLatin1String("tib"))
        return value * 1024 * 1024 * 1024;
    return value;
}

} // namespace

VmDefinition parseDomainXml(const QByteArray &xml)
{
    VmDefinition def;
    QXmlStreamReader r(xml);
    QStringList path;
    QString diskSource, diskTarget, diskDevice;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        if (tok == QXmlStreamReader::StartElement) {
            const QString name = r.name().toString();
            path << name;
            const auto attrs = r.attributes();
            const int depth = int(path.size());
            if (depth == 2 && (name == QLatin1String("memory") || name == QLatin1String("currentMemory"))) {
                const QString unit = attrs.value(QLatin1String("unit")).toString();
                const quint64 v = toKiB(r.readElementText().trimmed().toULongLong(), unit);
                path.removeLast(); // readElementText consumed the end element
                (name == QLatin1String("memory") ? def.memoryKiB : def.currentMemoryKiB) = v;
            } else if (depth == 2 && name == QLatin1String("vcpu")) {
                const QString current = attrs.value(QLatin1String("current")).toString();
                const quint32 max = r.readElementText().trimmed().toUInt();
                path.removeLast();
                def.vcpus = current.isEmpty() ? max : current.toUInt();
            } else if (depth == 3 && path[1] == QLatin1String("metadata") && name == QLatin1String("instance")
                       && r.namespaceUri().startsWith(QLatin1String("http://openstack.org/xmlns/libvirt/nova/"))) {
                def.managedBy = QStringLiteral("OpenStack Nova");
            } else if (depth == 3 && name == QLatin1String("disk") && path[1] == QLatin1String("devices")) {
                diskSource.clear();
                diskTarget.clear();
                diskDevice = attrs.value(QLatin1String("device")).toString();
            } else if (depth == 4 && path[2] == QLatin1String("disk")) {
                if (name == QLatin1String("source")) {
                    for (const char *a : {"file", "dev", "volume", "name", "dir"}) {
                        const auto v = attrs.value(QLatin1String(a));
                        if (!v.isEmpty()) {
                            diskSource = v.toString();
                            break;
                        }
                    }
                } else if (name == QLatin1String("target")) {
                    diskTarget = attrs.value(QLatin1String("dev")).toString();
                }
            }
        } else if (tok == QXmlStreamReader::EndElement) {
            if (path.size() == 3 && path.last() == QLatin1String("disk") && diskDevice != QLatin1String("cdrom")
                && diskDevice != QLatin1String("floppy")) {
                if (!diskSource.isEmpty() || !diskTarget.isEmpty())
                    def.disks << (diskSource.isEmpty() ? diskTarget : diskSource);
            }
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (r.hasError()) {
        def.error = QStringLiteral("line %1: %2").arg(r.lineNumber()).arg(r.errorString());
        return def;
    }
    def.valid = true;
    if (def.currentMemoryKiB == 0)
        def.currentMemoryKiB = def.memoryKiB;
    return def;
}

QString domainManager(const QByteArray &xml)
{
    return parseDomainXml(xml).managedBy;
}

PoolDefinition parsePoolXml(const QByteArray &xml)
{
    PoolDefinition d;
    QXmlStreamReader r(xml);
    bool inTarget = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("pool"))
            d.type = r.attributes().value(QLatin1String("type")).toString();
        else if (r.isStartElement() && r.name() == QLatin1String("target"))
            inTarget = true;
        else if (r.isEndElement() && r.name() == QLatin1String("target"))
            inTarget = false;
        else if (inTarget && r.isStartElement() && r.name() == QLatin1String("path"))
            d.targetPath = r.readElementText().trimmed();
    }
    if (r.hasError())
        return {};
    return d;
}

} // namespace hawan::lv
