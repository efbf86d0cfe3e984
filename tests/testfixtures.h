#pragma once
// Values and configurations several tests share: the test-driver fleet (fixtures/fleet.toml with
// its {config_dir} resolved) and small VM and snapshot builders for inventory-level tests.
#include "audit/key.h"
#include "config/config.h"
#include "jobs/plan.h"
#include "model/types.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QString>

namespace hawan::test {

// fixtures/fleet.toml (2 sites x 2 test-driver hosts x 3 VMs) with `extra` TOML appended.
inline QString fleetConfigText(const QString &extra = {}, int refreshMs = 1000)
{
    QFile in(QStringLiteral(HAWAN_FIXTURES "/fleet.toml"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QStringLiteral("{config_dir}"), QStringLiteral(HAWAN_FIXTURES));
    text.replace(QStringLiteral("refresh_interval_ms = 1000"), QStringLiteral("refresh_interval_ms = %1").arg(refreshMs));
    return text + extra;
}

// A host the test driver cannot open: it stays unreachable.
inline QString ghostHostToml(const QString &site = QStringLiteral("Napoli"))
{
    return QStringLiteral("\n[[host]]\nname = \"ghost\"\nsite = \"%1\"\nuri = \"test:///nonexistent/ghost.xml\"\n").arg(site);
}

// A host of a hand-made configuration: name, site and URI, the rest left as defaults.
inline config::Host host(const QString &name, const QString &site, const QString &uri)
{
    config::Host h;
    h.name = name;
    h.site = site;
    h.uri = uri;
    return h;
}

// The audit key the tests' fleets use by default (each test has its own XDG_CONFIG_HOME), created
// on first use: what signs records a test writes by hand, as a console would.
inline std::shared_ptr<const audit::Key> auditKey()
{
    return audit::Key::load(audit::Key::defaultPath(), true, nullptr);
}

// One journal line written by hand, signed with auditKey().
inline QByteArray signedLine(QJsonObject record)
{
    audit::sign(*auditKey(), record);
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

// A plan of one move of `vm` (`uuid`) from `from` to `to`, created now, with a fresh id.
inline jobs::Plan oneMovePlan(jobs::Plan::Kind kind, const QString &subject, const QString &vm, const QString &uuid,
                              const QString &from, const QString &to)
{
    jobs::Plan plan;
    plan.id = jobs::newPlanId();
    plan.kind = kind;
    plan.subject = subject;
    plan.created = QDateTime::currentDateTimeUtc();
    jobs::PlannedMove m;
    m.vmUuid = uuid;
    m.vmName = vm;
    m.from = from;
    m.to = to;
    plan.moves << m;
    return plan;
}

inline model::VmInfo vm(const QString &name, model::VmState state = model::VmState::Running)
{
    model::VmInfo v;
    v.name = name;
    v.uuid = QStringLiteral("uuid-") + name;
    v.state = state;
    v.vcpus = 1;
    return v;
}

inline model::HostSnapshot snapshot(QVector<model::VmInfo> vms)
{
    model::HostSnapshot s;
    s.at = QDateTime::currentDateTimeUtc();
    s.vms = std::move(vms);
    return s;
}

} // namespace hawan::test
