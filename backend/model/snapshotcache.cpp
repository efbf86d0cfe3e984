#include "model/snapshotcache.h"

#include "audit/key.h"

#include "util/files.h"

#include "util/statepath.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hawan::model {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::model::SnapshotCache)
};
}

QString snapshotCachePath(const QString &configFile, const QString &host)
{
    QString safe = host;
    safe.replace(QLatin1Char('/'), QLatin1Char('_'));
    return util::perConfigStatePath(configFile, QStringLiteral("hosts")) + QLatin1Char('/') + safe + QStringLiteral(".json");
}

QByteArray snapshotSignature(const HostSnapshot &snapshot)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const auto &vm : snapshot.vms) {
        h.addData(vm.uuid.toLatin1());
        h.addData(vmStateId(vm.state).toLatin1());
        h.addData(QByteArray::number(vm.memoryKiB) + ':' + QByteArray::number(vm.vcpus));
        h.addData(vm.definition.toUtf8());
    }
    for (const auto &p : snapshot.pools)
        h.addData(p.name.toUtf8() + ':' + p.targetPath.toUtf8() + (p.active ? "+" : "-"));
    return h.result();
}

bool writeSnapshotCache(const QString &path, const HostSnapshot &snapshot, QString *error, const audit::Key *key)
{
    QJsonArray vms, pools;
    for (const auto &vm : snapshot.vms)
        vms.append(QJsonObject{{QStringLiteral("uuid"), vm.uuid}, {QStringLiteral("name"), vm.name},
                               {QStringLiteral("state"), vmStateId(vm.state)}, {QStringLiteral("vcpus"), int(vm.vcpus)},
                               {QStringLiteral("memory_kib"), double(vm.memoryKiB)}, {QStringLiteral("max_memory_kib"), double(vm.maxMemoryKiB)},
                               {QStringLiteral("disks"), QJsonArray::fromStringList(vm.disks)},
                               {QStringLiteral("definition"), vm.definition}, {QStringLiteral("managed_by"), vm.managedBy}});
    for (const auto &p : snapshot.pools)
        pools.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("type"), p.type},
                                 {QStringLiteral("target"), p.targetPath}, {QStringLiteral("active"), p.active}});
    QJsonObject root{{QStringLiteral("at"), snapshot.at.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("vms"), vms}, {QStringLiteral("pools"), pools}};
    if (key)
        audit::sign(*key, root);
    // Owner only: the definitions carry the VMs' console passwords.
    const QString failed = util::writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Compact), util::Access::OwnerOnly);
    if (!failed.isEmpty()) {
        if (error)
            *error = failed;
        return false;
    }
    return true;
}

std::optional<HostSnapshot> readSnapshotCache(const QString &path, QString *error, const audit::Key *key)
{
    constexpr qint64 kMaxBytes = 64 << 20;
    QFile f(path);
    if (!f.exists()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    auto fail = [&](const QString &why) -> std::optional<HostSnapshot> {
        if (error)
            *error = Text::tr("%1: %2").arg(path, why);
        return std::nullopt;
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    if (f.size() > kMaxBytes)
        return fail(Text::tr("not a saved snapshot (larger than %1 MiB)").arg(kMaxBytes >> 20));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Text::tr("not a saved snapshot (%1)").arg(pe.errorString()));
    const QJsonObject root = doc.object();
    if (key && !audit::verify(*key, root))
        return fail(root.contains(QStringLiteral("mac"))
                        ? Text::tr("not authenticated: its MAC does not match its content (edited, or saved with another key "
                                   "than %1); its VMs and definitions are not used").arg(key->path())
                        : Text::tr("not authenticated: it carries no MAC (saved before the audit key existed, or written by "
                                   "hand); its VMs and definitions are not used"));
    HostSnapshot s;
    s.at = QDateTime::fromString(root.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!s.at.isValid() || !root.value(QStringLiteral("vms")).isArray())
        return fail(Text::tr("not a saved snapshot (no time or VM list)"));
    for (const auto &v : root.value(QStringLiteral("vms")).toArray()) {
        const QJsonObject o = v.toObject();
        VmInfo vm;
        vm.uuid = o.value(QStringLiteral("uuid")).toString();
        vm.name = o.value(QStringLiteral("name")).toString();
        if (vm.uuid.isEmpty() || vm.name.isEmpty())
            return fail(Text::tr("a VM without uuid or name"));
        const QString state = o.value(QStringLiteral("state")).toString();
        for (VmState st : {VmState::Running, VmState::Blocked, VmState::Paused, VmState::ShuttingDown, VmState::ShutOff,
                           VmState::Crashed, VmState::Suspended, VmState::NoState})
            if (vmStateId(st) == state)
                vm.state = st;
        vm.vcpus = quint32(o.value(QStringLiteral("vcpus")).toInt());
        vm.memoryKiB = quint64(o.value(QStringLiteral("memory_kib")).toDouble());
        vm.maxMemoryKiB = quint64(o.value(QStringLiteral("max_memory_kib")).toDouble());
        for (const auto &d : o.value(QStringLiteral("disks")).toArray())
            vm.disks << d.toString();
        vm.definition = o.value(QStringLiteral("definition")).toString();
        vm.managedBy = o.value(QStringLiteral("managed_by")).toString();
        s.vms.push_back(vm);
        if (vmIsActive(vm.state))
            s.vmMemoryKiB += vm.memoryKiB;
    }
    for (const auto &v : root.value(QStringLiteral("pools")).toArray()) {
        const QJsonObject o = v.toObject();
        PoolInfo p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.type = o.value(QStringLiteral("type")).toString();
        p.targetPath = o.value(QStringLiteral("target")).toString();
        p.active = o.value(QStringLiteral("active")).toBool();
        s.pools.push_back(p);
    }
    return s;
}

} // namespace hawan::model
