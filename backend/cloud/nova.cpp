#include "cloud/nova.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hawan::cloud {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("hawan::cloud::Nova", s); }

QDateTime time(const QJsonValue &v)
{
    // Nova says "2026-12-05T19:33:20.000000" (UTC, no zone) or "...Z"; Keystone "...000000Z".
    QString s = v.toString();
    if (s.isEmpty())
        return {};
    if (s.endsWith(QLatin1Char('Z')))
        s.chop(1);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s.left(19), Qt::ISODate);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

quint64 bytes(const QJsonValue &v)
{
    const double d = v.toDouble(0);
    return d > 0 && d < 1.8e19 ? quint64(d) : 0;
}

QString str(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

Result<QJsonObject, QString> object(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return tr("not JSON (%1 at byte %2)").arg(err.errorString()).arg(err.offset);
    if (!doc.isObject())
        return tr("not a JSON object");
    return doc.object();
}

Result<QJsonArray, QString> list(const QByteArray &body, const char *key)
{
    auto o = object(body);
    if (!o)
        return o.error();
    const QJsonValue v = o->value(QLatin1String(key));
    if (!v.isArray())
        return tr("no \"%1\" list in the answer").arg(QLatin1String(key));
    return v.toArray();
}

} // namespace

QString ApiError::text() const
{
    if (http == 0)
        return message.isEmpty() ? tr("no answer") : message;
    const QString what = kind.isEmpty() ? QString::number(http) : QStringLiteral("%1 %2").arg(http).arg(kind);
    return message.isEmpty() ? tr("HTTP %1").arg(what) : tr("%1 (HTTP %2)").arg(message, what);
}

ApiError parseError(int http, const QByteArray &body)
{
    ApiError e;
    e.http = http;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        // Nova: one key naming the fault; Keystone: "error" with a title.
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it->isObject())
                continue;
            const QJsonObject f = it->toObject();
            if (!f.contains(QLatin1String("message")))
                continue;
            e.kind = it.key() == QLatin1String("error") ? f.value(QLatin1String("title")).toString() : it.key();
            e.message = f.value(QLatin1String("message")).toString().trimmed();
            break;
        }
    }
    if (e.message.isEmpty() && !body.isEmpty())
        e.message = QString::fromUtf8(body.left(200)).simplified();
    return e;
}

QString Token::endpoint(const QString &type, const QString &interface, const QString &region) const
{
    for (const Endpoint &ep : catalog)
        if (ep.type == type && ep.interface == interface && (region.isEmpty() || ep.region == region))
            return ep.url;
    return {};
}

Result<Token, QString> parseToken(const QByteArray &subjectToken, const QByteArray &body)
{
    if (subjectToken.isEmpty())
        return tr("Keystone answered without a token (no X-Subject-Token header)");
    auto o = object(body);
    if (!o)
        return tr("Keystone's token answer: %1").arg(o.error());
    const QJsonObject t = o->value(QLatin1String("token")).toObject();
    if (t.isEmpty())
        return tr("Keystone's token answer has no \"token\"");
    Token tok;
    tok.id = QString::fromLatin1(subjectToken);
    tok.expires = time(t.value(QLatin1String("expires_at")));
    tok.userName = t.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString();
    tok.projectName = t.value(QLatin1String("project")).toObject().value(QLatin1String("name")).toString();
    for (const QJsonValue &sv : t.value(QLatin1String("catalog")).toArray()) {
        const QJsonObject s = sv.toObject();
        for (const QJsonValue &ev : s.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject e = ev.toObject();
            Endpoint ep{s.value(QLatin1String("type")).toString(), e.value(QLatin1String("interface")).toString(),
                        e.value(QLatin1String("region_id")).toString(), e.value(QLatin1String("url")).toString()};
            if (ep.region.isEmpty())
                ep.region = e.value(QLatin1String("region")).toString();
            while (ep.url.endsWith(QLatin1Char('/')))
                ep.url.chop(1);
            if (!ep.type.isEmpty() && !ep.url.isEmpty())
                tok.catalog.push_back(ep);
        }
    }
    if (tok.catalog.isEmpty())
        return tr("Keystone's token has no service catalog: scope it to a project (project_name in clouds.yaml)");
    return tok;
}

namespace {

Server serverOf(const QJsonObject &s)
{
    Server v;
    v.id = s.value(QLatin1String("id")).toString();
    v.name = s.value(QLatin1String("name")).toString();
    v.status = s.value(QLatin1String("status")).toString();
    v.taskState = s.value(QLatin1String("OS-EXT-STS:task_state")).toString();
    v.powerState = s.value(QLatin1String("OS-EXT-STS:power_state")).toInt();
    v.host = s.value(QLatin1String("OS-EXT-SRV-ATTR:host")).toString();
    v.node = s.value(QLatin1String("OS-EXT-SRV-ATTR:hypervisor_hostname")).toString();
    v.instanceName = s.value(QLatin1String("OS-EXT-SRV-ATTR:instance_name")).toString();
    v.zone = s.value(QLatin1String("OS-EXT-AZ:availability_zone")).toString();
    const QJsonObject f = s.value(QLatin1String("flavor")).toObject();
    v.flavor = f.value(QLatin1String("original_name")).toString();
    v.vcpus = f.value(QLatin1String("vcpus")).toInt();
    v.ramMiB = bytes(f.value(QLatin1String("ram")));
    v.fault = s.value(QLatin1String("fault")).toObject().value(QLatin1String("message")).toString().trimmed();
    v.updated = time(s.value(QLatin1String("updated")));
    return v;
}

} // namespace

Result<QVector<Server>, QString> parseServers(const QByteArray &body)
{
    auto a = list(body, "servers");
    if (!a)
        return tr("Nova's server list: %1").arg(a.error());
    QVector<Server> out;
    for (const QJsonValue &v : a.value()) {
        Server s = serverOf(v.toObject());
        if (!s.id.isEmpty())
            out.push_back(s);
    }
    return out;
}

Result<Server, QString> parseServer(const QByteArray &body)
{
    auto o = object(body);
    if (!o)
        return tr("Nova's server: %1").arg(o.error());
    Server s = serverOf(o->value(QLatin1String("server")).toObject());
    if (s.id.isEmpty())
        return tr("Nova's answer has no server");
    return s;
}

model::VmState vmStateOf(const Server &s)
{
    using model::VmState;
    if (s.status == QLatin1String("ERROR"))
        return VmState::Crashed;
    switch (s.powerState) {
    case 1: return VmState::Running;
    case 3: return VmState::Paused;
    case 4: return VmState::ShutOff;
    case 6: return VmState::Crashed;
    case 7: return VmState::Suspended;
    default: break;
    }
    if (s.status == QLatin1String("ACTIVE") || s.status == QLatin1String("MIGRATING"))
        return VmState::Running;
    if (s.status == QLatin1String("SHUTOFF"))
        return VmState::ShutOff;
    if (s.status == QLatin1String("PAUSED"))
        return VmState::Paused;
    if (s.status == QLatin1String("SUSPENDED"))
        return VmState::Suspended;
    return VmState::NoState;
}

model::VmInfo vmInfoOf(const Server &s, const QString &cloud)
{
    model::VmInfo vm;
    vm.uuid = s.id;
    vm.name = s.name;
    vm.state = vmStateOf(s);
    vm.vcpus = quint32(std::max(0, s.vcpus));
    vm.memoryKiB = vm.maxMemoryKiB = s.ramMiB * 1024;
    // Nova's "migrating" spans the whole move, while the server runs on its source: only the
    // final pause is "paused by a migration" as libvirt's hosts report it.
    vm.migrating = s.taskState == QLatin1String("migrating") && s.powerState == 3;
    vm.cloudTask = s.taskState;
    vm.cloud = cloud; // acted on through Nova: not "behind Nova's back" (managedBy stays empty)
    return vm;
}

Result<QVector<ComputeService>, QString> parseServices(const QByteArray &body)
{
    auto a = list(body, "services");
    if (!a)
        return tr("Nova's compute services: %1").arg(a.error());
    QVector<ComputeService> out;
    for (const QJsonValue &v : a.value()) {
        const QJsonObject s = v.toObject();
        ComputeService c;
        c.id = str(s.value(QLatin1String("id")));
        c.host = s.value(QLatin1String("host")).toString();
        c.zone = s.value(QLatin1String("zone")).toString();
        c.enabled = s.value(QLatin1String("status")).toString() != QLatin1String("disabled");
        c.up = s.value(QLatin1String("state")).toString() == QLatin1String("up");
        c.forcedDown = s.value(QLatin1String("forced_down")).toBool();
        c.disabledReason = s.value(QLatin1String("disabled_reason")).toString();
        c.updated = time(s.value(QLatin1String("updated_at")));
        if (!c.host.isEmpty() && s.value(QLatin1String("binary")).toString(QStringLiteral("nova-compute")) == QLatin1String("nova-compute"))
            out.push_back(c);
    }
    return out;
}

Result<QVector<Hypervisor>, QString> parseHypervisors(const QByteArray &body)
{
    auto a = list(body, "hypervisors");
    if (!a)
        return tr("Nova's hypervisors: %1").arg(a.error());
    QVector<Hypervisor> out;
    for (const QJsonValue &v : a.value()) {
        const QJsonObject h = v.toObject();
        Hypervisor x;
        x.name = h.value(QLatin1String("hypervisor_hostname")).toString();
        x.serviceHost = h.value(QLatin1String("service")).toObject().value(QLatin1String("host")).toString();
        x.type = h.value(QLatin1String("hypervisor_type")).toString();
        x.version = h.value(QLatin1String("hypervisor_version")).toInt();
        x.hostIp = h.value(QLatin1String("host_ip")).toString();
        x.vcpus = std::max(0, h.value(QLatin1String("vcpus")).toInt());
        x.memoryMiB = bytes(h.value(QLatin1String("memory_mb")));
        if (!x.serviceHost.isEmpty())
            out.push_back(x);
    }
    return out;
}

bool Migration::finished() const
{
    static const QStringList done{QStringLiteral("completed"), QStringLiteral("done"), QStringLiteral("error"),
                                  QStringLiteral("failed"), QStringLiteral("cancelled"), QStringLiteral("rejected")};
    return done.contains(status);
}

bool Migration::succeeded() const
{
    return status == QLatin1String("completed") || status == QLatin1String("done");
}

Result<QVector<Migration>, QString> parseMigrations(const QByteArray &body)
{
    auto a = list(body, "migrations");
    if (!a)
        return tr("Nova's migrations: %1").arg(a.error());
    QVector<Migration> out;
    for (const QJsonValue &v : a.value()) {
        const QJsonObject m = v.toObject();
        Migration r;
        r.id = m.value(QLatin1String("id")).toInt();
        r.uuid = m.value(QLatin1String("uuid")).toString();
        r.server = m.value(QLatin1String("server_uuid")).toString(m.value(QLatin1String("instance_uuid")).toString());
        r.status = m.value(QLatin1String("status")).toString();
        r.type = m.value(QLatin1String("migration_type")).toString(QStringLiteral("live-migration"));
        r.source = m.value(QLatin1String("source_compute")).toString();
        r.dest = m.value(QLatin1String("dest_compute")).toString();
        r.memoryTotal = bytes(m.value(QLatin1String("memory_total_bytes")));
        r.memoryProcessed = bytes(m.value(QLatin1String("memory_processed_bytes")));
        r.memoryRemaining = bytes(m.value(QLatin1String("memory_remaining_bytes")));
        r.diskTotal = bytes(m.value(QLatin1String("disk_total_bytes")));
        r.diskProcessed = bytes(m.value(QLatin1String("disk_processed_bytes")));
        r.diskRemaining = bytes(m.value(QLatin1String("disk_remaining_bytes")));
        r.created = time(m.value(QLatin1String("created_at")));
        r.updated = time(m.value(QLatin1String("updated_at")));
        if (r.id > 0 || !r.uuid.isEmpty())
            out.push_back(r);
    }
    return out;
}

const Migration &newest(const QVector<Migration> &list)
{
    return *std::max_element(list.begin(), list.end(), [](const Migration &x, const Migration &y) { return x.id < y.id; });
}

QString failedActionEvent(const QByteArray &body)
{
    auto o = object(body);
    if (!o)
        return {};
    const QJsonArray events = o->value(QLatin1String("instanceAction")).toObject().value(QLatin1String("events")).toArray();
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QJsonObject e = events[i].toObject();
        if (e.value(QLatin1String("result")).toString() != QLatin1String("Error"))
            continue;
        // The traceback's last "Something: message" line, when it has one (Nova often re-raises
        // and the message is only in its log).
        const QStringList lines = e.value(QLatin1String("traceback")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype k = lines.size() - 1; k >= 0; --k) {
            const QString l = lines[k].trimmed();
            const qsizetype colon = l.indexOf(QLatin1String(": "));
            if (colon > 0 && !l.startsWith(QLatin1String("File ")) && l.left(colon).contains(QLatin1Char('.')) && !l.left(colon).contains(QLatin1Char(' ')))
                return QStringLiteral("%1: %2").arg(e.value(QLatin1String("event")).toString(), l.mid(colon + 2));
        }
        return tr("%1 failed (Nova's logs say why)").arg(e.value(QLatin1String("event")).toString());
    }
    return {};
}

} // namespace hawan::cloud
