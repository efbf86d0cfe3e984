#include "core/operations.h"

#include <QJsonArray>

#include "core/sitestatus.h"

#include "core/fleet.h"

namespace hawan::core {

std::optional<Refusal> Operations::openPlanFor(const QString &subject) const
{
    for (const jobs::PlanRunner *r : m_fleet->plans())
        if (!r->isFinished() && r->plan().subject == subject)
            return Refusal{Refusal::Code::PlanRunning, Fleet::tr("%1 is already running").arg(r->plan().title()), r->plan().id};
    for (const jobs::JournaledPlan *p : m_fleet->interruptedPlans())
        if (p->plan.subject == subject)
            return Refusal{Refusal::Code::PlanInterrupted,
                           Fleet::tr("%1 was interrupted and is still open").arg(p->plan.title()), p->plan.id};
    return std::nullopt;
}

std::optional<Refusal> Operations::anyOpenPlan() const
{
    for (const jobs::PlanRunner *r : m_fleet->plans())
        if (!r->isFinished())
            return Refusal{Refusal::Code::PlanRunning, Fleet::tr("%1 is running").arg(r->plan().title()), r->plan().id};
    for (const jobs::JournaledPlan *p : m_fleet->interruptedPlans())
        return Refusal{Refusal::Code::PlanInterrupted, Fleet::tr("%1 was interrupted and is still open").arg(p->plan.title()), p->plan.id};
    return std::nullopt;
}

QStringList Operations::storageBlockers() const
{
    return m_fleet->storage()->blockers();
}

void Operations::recordStorageOverride(const QString &subject, const QString &reason, const QStringList &blockers) const
{
    if (blockers.isEmpty())
        return;
    const QString note = Fleet::tr("Storage check overridden by the operator for %1 (%2): %3")
                             .arg(subject, reason, blockers.join(QStringLiteral("; ")));
    if (!m_fleet->journal()->writeNote(QStringLiteral("storage-override"), note))
        return; // a viewer's (refused), or the journal failed (said where it failed)
    m_fleet->inventory()->log(model::LogEntry::Severity::Warning, -1, {}, note);
    m_fleet->audit({QStringLiteral("storage-override"), subject, reason, QStringLiteral("done"), note,
                    {{QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)}}});
}

void Operations::evacuation(int host, int site, Proposal *proposal) const
{
    const auto *inv = m_fleet->inventory();
    proposal->maintain = host >= 0 ? QVector<int>{host} : inv->hostsOfSite(site);
    jobs::Planner planner(*inv);
    proposal->excluded = jobs::Planner::maintenanceAnd(*inv, proposal->maintain);
    planner.setExcluded(proposal->excluded);
    proposal->plan = host >= 0 ? planner.evacuateHost(host) : planner.evacuateSite(site);
}

QString Operations::cutOffRefusal(int host) const
{
    const auto *inv = m_fleet->inventory();
    const int site = inv->config().siteIndex(inv->host(host).site);
    const SiteStatus st = siteStatus(*inv, m_fleet->probes(), site);
    return Fleet::tr("%1: %2 may still be running; from here it cannot be told dead from cut off. Its VMs restart "
                     "elsewhere only after its fence command powers it off (a confirmation by hand is not enough "
                     "across a cut link). Restore the link, or configure a fence that reaches %3.")
        .arg(cutOffText(*inv, st, site), inv->host(host).name, inv->site(site).name);
}

std::optional<Refusal> Operations::recovery(int host, Proposal *proposal) const
{
    const auto *inv = m_fleet->inventory();
    const QString name = inv->host(host).name;
    if (inv->hostStatus(host).state == model::HostState::Up)
        return Refusal{Refusal::Code::HostAnswers,
                       Fleet::tr("%1 answers, so its VMs may be running there: restarting them elsewhere would run them twice")
                           .arg(name), {}};
    if (hostCutOff(*inv, m_fleet->probes(), host) && inv->config().hosts[host].fence.isEmpty())
        return Refusal{Refusal::Code::CutOff, cutOffRefusal(host), {}};
    proposal->maintain = {host};
    jobs::Planner planner(*inv);
    proposal->excluded = jobs::Planner::maintenanceAnd(*inv, {host});
    planner.setExcluded(proposal->excluded);
    proposal->plan = planner.recoverHost(host);
    return std::nullopt;
}

std::optional<Refusal> Operations::giveBack(int host, Proposal *proposal) const
{
    const auto *inv = m_fleet->inventory();
    const QString name = inv->host(host).name;
    QString evacuation;
    const QVector<QPair<int, QString>> vms = m_fleet->evacuatedFrom(host, &evacuation);
    if (vms.isEmpty())
        return Refusal{Refusal::Code::NothingToReturn,
                       Fleet::tr("Nothing to bring back to %1: no finished evacuation moved VMs off it that still run where it put them.")
                           .arg(name), {}};
    if (inv->inMaintenance(host))
        return Refusal{Refusal::Code::InMaintenance, Fleet::tr("%1 is in maintenance: take it out first, then bring its VMs back").arg(name), {}};
    jobs::Planner planner(*inv);
    proposal->excluded = jobs::Planner::maintenanceAnd(*inv);
    planner.setExcluded(proposal->excluded);
    proposal->plan = planner.returnTo(host, vms, evacuation);
    return std::nullopt;
}

void Operations::selection(const QVector<QPair<int, QString>> &vms, Proposal *proposal) const
{
    const auto *inv = m_fleet->inventory();
    jobs::Planner planner(*inv);
    proposal->excluded = jobs::Planner::maintenanceAnd(*inv);
    planner.setExcluded(proposal->excluded);
    proposal->plan = planner.moveVms(vms, jobs::Plan::Kind::Selection, {});
    for (const auto &v : vms)
        proposal->excluded.insert(v.first); // a selection moves VMs off their hosts
}

jobs::PlanRunner *Operations::run(const Proposal &proposal, const jobs::Plan &plan, const jobs::PlanOptions &options,
                                  QString *error) const
{
    if (!m_fleet->journal()->isWritable()) {
        if (error)
            *error = m_fleet->journal()->error();
        return nullptr;
    }
    const auto *inv = m_fleet->inventory();
    const int subject = inv->config().hostIndex(plan.subject);
    if (plan.kind == jobs::Plan::Kind::Recover && !proposal.fenced.isEmpty() && subject >= 0
        && hostCutOff(*inv, m_fleet->probes(), subject)) {
        if (error)
            *error = cutOffRefusal(subject);
        return nullptr;
    }
    for (int h : proposal.maintain)
        if (!inv->inMaintenance(h) && !setMaintenance(h, true, error))
            return nullptr;
    return m_fleet->runPlan(plan, options, error, proposal.fenced);
}

bool Operations::setMaintenance(int host, bool on, QString *error) const
{
    return m_fleet->setMaintenance(host, on, error);
}

} // namespace hawan::core
