// The drills' catalogue and what a run keeps: the drills with their stories, the specification,
// the run as JSON and CSV, where runs are kept, and where the tools a drill runs are found. The job
// that runs a drill is drill.cpp.
#include "drills/drill.h"

#include "util/statepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace hawan::drills {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::drills::DrillJob)
};
} // namespace

QVector<Drill> allDrills()
{
    return {Drill::HostPowerLoss, Drill::HungDaemon, Drill::WanCutShort, Drill::WanCutLong, Drill::LossyWan, Drill::RttOverLimit,
            Drill::BrickDown, Drill::StorageNodeLost, Drill::WanCutMidMigration, Drill::ConsoleKilledMidEvacuation};
}

DrillInfo drillInfo(Drill d)
{
    switch (d) {
    case Drill::HostPowerLoss:
        return {d, QStringLiteral("host-power-loss"), Text::tr("Host power loss"),
                Text::tr("Powers a host off (its daemon and guests die at once). Expected: the console sees it unreachable, the "
                         "recovery fences it and restarts its VMs on other hosts, each VM runs exactly once; the host is powered "
                         "on again and its stale definitions removed."),
                TargetKind::Host, QStringLiteral("power_off"), QStringLiteral("power_on")};
    case Drill::HungDaemon:
        return {d, QStringLiteral("hung-daemon"), Text::tr("Hung hypervisor daemon"),
                Text::tr("Stops a host's libvirtd (its guests keep running). Expected: the console marks the host unreachable, "
                         "every other host keeps reporting, nothing is restarted (the VMs still run there); when the daemon "
                         "resumes the console reconnects."),
                TargetKind::Host, QStringLiteral("hang"), QStringLiteral("resume")};
    case Drill::WanCutShort:
        return {d, QStringLiteral("wan-cut-short"), Text::tr("WAN cut shorter than the storage's ping-timeout"),
                Text::tr("Cuts the WAN for half the volume's network.ping-timeout. Expected: writes pause and go on, no brick "
                         "is dropped, nothing is lost, no heal is needed or it drains at once."),
                TargetKind::Link, QStringLiteral("cut"), QStringLiteral("restore")};
    case Drill::WanCutLong:
        return {d, QStringLiteral("wan-cut-long"), Text::tr("WAN cut longer than the storage's ping-timeout"),
                Text::tr("Cuts the WAN for twice the volume's network.ping-timeout and more. Expected: each site drops the "
                         "other's brick and writes on after the timeout; after the link returns the self-heal drains and every "
                         "acknowledged write is readable at both sites; split-brain only where both sites wrote one file."),
                TargetKind::Link, QStringLiteral("cut"), QStringLiteral("restore")};
    case Drill::LossyWan:
        return {d, QStringLiteral("lossy-wan"), Text::tr("Lossy WAN"),
                Text::tr("Makes the WAN lose packets (3 %). Expected: the link probes show the loss, writes slow but nothing "
                         "is lost, hosts behind the WAN stay connected."),
                TargetKind::Link, QStringLiteral("degrade"), QStringLiteral("degrade")};
    case Drill::RttOverLimit:
        return {d, QStringLiteral("rtt-over-limit"), Text::tr("Round trip above the link's limit"),
                Text::tr("Raises the WAN's delay so its round trip exceeds the link's rtt_limit_ms. Expected: the console "
                         "shows the link over its limit, writes slow but nothing is lost; the delay is put back."),
                TargetKind::Link, QStringLiteral("degrade"), QStringLiteral("degrade")};
    case Drill::BrickDown:
        return {d, QStringLiteral("brick-down"), Text::tr("Storage brick down and back"),
                Text::tr("Kills one site's brick process. Expected: the console shows the brick offline, writes go on on the "
                         "other brick, the brick is restarted and the self-heal drains the entries written meanwhile."),
                TargetKind::StorageSite, QStringLiteral("brick_down"), QStringLiteral("brick_up")};
    case Drill::StorageNodeLost:
        return {d, QStringLiteral("storage-node-lost"), Text::tr("Storage node lost"),
                Text::tr("Takes one site's storage node away (brick and daemon). Expected: as a brick down, and the volume "
                         "still answers from the other site; the node comes back and heals."),
                TargetKind::StorageSite, QStringLiteral("node_lost"), QStringLiteral("node_back")};
    case Drill::WanCutMidMigration:
        return {d, QStringLiteral("wan-cut-mid-migration"), Text::tr("WAN cut during a live migration"),
                Text::tr("Slows the WAN, live-migrates a VM across it and cuts the link mid-copy. Expected: the migration ends "
                         "(failed, within its time limit) and the VM runs on at its source, exactly once; the half-arrived "
                         "copy is gone from the destination once the link returns."),
                TargetKind::Link, QStringLiteral("cut"), QStringLiteral("restore")};
    case Drill::ConsoleKilledMidEvacuation:
        return {d, QStringLiteral("console-killed-mid-evacuation"), Text::tr("Console killed mid-evacuation"),
                Text::tr("Starts an evacuation of a host with hawanctl (one slowed migration at a time) and kills it (SIGKILL) while "
                         "a migration is in flight. Expected: the plan is left open in the journal, resuming it reconciles the move "
                         "in flight (never starts it twice) and finishes; every VM runs exactly once. The VMs are then brought back "
                         "and the host taken out of maintenance."),
                TargetKind::Host, QString(), QString()};
    }
    return {};
}

std::optional<Drill> drillFromId(const QString &id)
{
    for (Drill d : allDrills())
        if (drillInfo(d).id == id)
            return d;
    return std::nullopt;
}

QJsonObject DrillSpec::toJson() const
{
    return {{QStringLiteral("drill"), drillInfo(drill).id}, {QStringLiteral("host"), host}, {QStringLiteral("site"), site},
            {QStringLiteral("vm"), vm}, {QStringLiteral("hold_s"), holdS}, {QStringLiteral("loss_pct"), lossPct}};
}

DrillSpec DrillSpec::fromJson(const QJsonObject &o)
{
    DrillSpec s;
    s.drill = drillFromId(o.value(QStringLiteral("drill")).toString()).value_or(Drill::HostPowerLoss);
    s.host = o.value(QStringLiteral("host")).toString();
    s.site = o.value(QStringLiteral("site")).toString();
    s.vm = o.value(QStringLiteral("vm")).toString();
    s.holdS = o.value(QStringLiteral("hold_s")).toInt(-1);
    s.lossPct = o.value(QStringLiteral("loss_pct")).toDouble(3);
    return s;
}

bool DrillRun::passed() const
{
    if (cancelled || !faulted || checks.isEmpty())
        return false;
    for (const auto &c : checks)
        if (!c.passed)
            return false;
    return true;
}

double DrillRun::figure(const QString &name, const QString &about) const
{
    for (const auto &f : figures)
        if (f.name == name && (about.isEmpty() || f.about == about))
            return f.value;
    return std::numeric_limits<double>::quiet_NaN();
}

QJsonObject DrillRun::toJson() const
{
    QJsonArray ev, fig, chk;
    for (const auto &e : events)
        ev.append(QJsonObject{{QStringLiteral("at_ms"), e.atMs}, {QStringLiteral("text"), e.text}});
    for (const auto &f : figures)
        fig.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}, {QStringLiteral("unit"), f.unit},
                               {QStringLiteral("about"), f.about}});
    for (const auto &c : checks)
        chk.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("passed"), c.passed}, {QStringLiteral("detail"), c.detail}});
    return {{QStringLiteral("tool"), QStringLiteral("hawan-drill")},
            {QStringLiteral("id"), id},
            {QStringLiteral("config"), configFile},
            {QStringLiteral("spec"), spec.toJson()},
            {QStringLiteral("target"), target},
            {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("ended"), ended.toString(Qt::ISODateWithMs)},
            {QStringLiteral("faulted"), faulted},
            {QStringLiteral("fault_at_ms"), faultAtMs},
            {QStringLiteral("repair_at_ms"), repairAtMs},
            {QStringLiteral("acks"), [this] {
                 QJsonObject o;
                 for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
                     QJsonArray pts;
                     for (const QPointF &p : it.value())
                         pts.append(QJsonArray{qint64(p.x()), qint64(p.y())});
                     o.insert(it.key(), pts);
                 }
                 return o;
             }()},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("passed"), passed()},
            {QStringLiteral("events"), ev},
            {QStringLiteral("figures"), fig},
            {QStringLiteral("checks"), chk},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

DrillRun DrillRun::fromJson(const QJsonObject &o)
{
    DrillRun r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.configFile = o.value(QStringLiteral("config")).toString();
    r.spec = DrillSpec::fromJson(o.value(QStringLiteral("spec")).toObject());
    r.target = o.value(QStringLiteral("target")).toString();
    r.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    r.ended = QDateTime::fromString(o.value(QStringLiteral("ended")).toString(), Qt::ISODateWithMs);
    r.faulted = o.value(QStringLiteral("faulted")).toBool();
    r.faultAtMs = qint64(o.value(QStringLiteral("fault_at_ms")).toDouble(-1));
    r.repairAtMs = qint64(o.value(QStringLiteral("repair_at_ms")).toDouble(-1));
    const QJsonObject acks = o.value(QStringLiteral("acks")).toObject();
    for (auto it = acks.begin(); it != acks.end(); ++it)
        for (const auto &p : it.value().toArray())
            r.acks[it.key()].append(QPointF(p[0].toDouble(), p[1].toDouble()));
    r.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    for (const auto &v : o.value(QStringLiteral("events")).toArray())
        r.events.append({qint64(v[QStringLiteral("at_ms")].toDouble()), v[QStringLiteral("text")].toString()});
    for (const auto &v : o.value(QStringLiteral("figures")).toArray())
        r.figures.append({v[QStringLiteral("name")].toString(), v[QStringLiteral("value")].toDouble(), v[QStringLiteral("unit")].toString(),
                          v[QStringLiteral("about")].toString()});
    for (const auto &v : o.value(QStringLiteral("checks")).toArray())
        r.checks.append({v[QStringLiteral("name")].toString(), v[QStringLiteral("passed")].toBool(), v[QStringLiteral("detail")].toString()});
    for (const auto &v : o.value(QStringLiteral("notes")).toArray())
        r.notes << v.toString();
    return r;
}

QString drillsDirectory()
{
    return util::stateDirectory() + QStringLiteral("/drills");
}

QVector<DrillRun> readDrillRuns(const QString &directory)
{
    QVector<DrillRun> out;
    const auto files = QDir(directory).entryInfoList({QStringLiteral("drill-*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &fi : files) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly) || f.size() > (16 << 20))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.value(QLatin1String("tool")).toString() != QLatin1String("hawan-drill"))
            continue;
        out.push_back(DrillRun::fromJson(o));
    }
    return out;
}

QByteArray drillCsv(const DrillRun &run)
{
    auto q = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    };
    QString out = QStringLiteral("kind,name,value,unit,about\n");
    for (const auto &c : run.checks)
        out += QStringLiteral("check,%1,%2,,%3\n").arg(q(c.name), c.passed ? QStringLiteral("passed") : QStringLiteral("failed"), q(c.detail));
    for (const auto &f : run.figures)
        out += QStringLiteral("figure,%1,%2,%3,%4\n").arg(q(f.name)).arg(f.value, 0, 'g', 6).arg(q(f.unit), q(f.about));
    for (const auto &e : run.events)
        out += QStringLiteral("event,%1,%2,ms,\n").arg(q(e.text)).arg(e.atMs);
    return out.toUtf8();
}

Tools findTools(const QString &here)
{
    auto find = [&here](const char *env, const QString &name) {
        if (const QString given = qEnvironmentVariable(env); !given.isEmpty())
            return given;
        for (const QString &p : {here + QLatin1Char('/') + name, here + QStringLiteral("/../%1/%1").arg(name)})
            if (QFileInfo(p).isExecutable())
                return QFileInfo(p).canonicalFilePath();
        return name;
    };
    return {find("HAWAN_WRITER", QStringLiteral("hawan-writer")), find("HAWANCTL", QStringLiteral("hawanctl"))};
}

} // namespace hawan::drills
