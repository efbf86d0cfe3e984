#include "jobs/plan.h"

#include <QUuid>

namespace hawan::jobs {

QString newPlanId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QString Plan::kindId(Kind k)
{
    switch (k) {
    case Kind::Migrate: return QStringLiteral("migrate");
    case Kind::Host: return QStringLiteral("host");
    case Kind::Site: return QStringLiteral("site");
    case Kind::Selection: return QStringLiteral("selection");
    case Kind::Recover: return QStringLiteral("recover");
    case Kind::Return: return QStringLiteral("return");
    }
    return {};
}

Plan::Kind Plan::kindFromId(const QString &id, bool *ok)
{
    if (ok)
        *ok = true;
    for (Kind k : {Kind::Migrate, Kind::Host, Kind::Site, Kind::Selection, Kind::Recover, Kind::Return})
        if (kindId(k) == id)
            return k;
    if (ok)
        *ok = false;
    return Kind::Selection;
}

QString Plan::title() const
{
    switch (kind) {
    case Kind::Migrate: return Planner::tr("Migrate %1").arg(moves.isEmpty() ? subject : moves.first().vmName);
    case Kind::Host: return Planner::tr("Evacuate host %1").arg(subject);
    case Kind::Site: return Planner::tr("Evacuate site %1").arg(subject);
    case Kind::Selection: return Planner::tr("Move %n VM(s)", nullptr, int(moves.size() + blocked.size()));
    case Kind::Recover: return Planner::tr("Recover host %1").arg(subject);
    case Kind::Return: return Planner::tr("Bring VMs back to %1").arg(subject);
    }
    return {};
}

} // namespace hawan::jobs
