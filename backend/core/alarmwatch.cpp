#include "core/alarmwatch.h"

#include "core/sitestatus.h"
#include "jobs/journal.h"
#include "jobs/jobtracker.h"
#include "jobs/movejob.h"
#include "jobs/planrunner.h"
#include "model/inventory.h"
#include "probes/probehub.h"
#include "storage/storagemonitor.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace hawan::core {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::core::AlarmWatch)
};

int g_stallAfterS = AlarmWatch::kStallAfterS;

using alarms::Condition;
using alarms::Severity;

Condition make(const QString &kind, const QString &subject, Severity severity, const QString &text, const QString &advice)
{
    return Condition{kind + QLatin1Char('/') + subject, kind, subject, severity, text, advice, false};
}

QString clock(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QStringLiteral("?");
}

bool recoveryOpen(const jobs::JournalReplay *journal, const QString &host)
{
    if (!journal)
        return false;
    for (const auto *p : journal->openPlans())
        if (p->plan.kind == jobs::Plan::Kind::Recover && p->plan.subject == host)
            return true;
    return false;
}

void hostConditions(QVector<Condition> &out, const model::Inventory &inv, const probes::ProbeHub *probes,
                    const jobs::JournalReplay *journal, const QDateTime &now)
{
    // Translated once: a national network has a thousand crashed VMs at any time.
    const QString crashedText = Text::tr("VM %1 crashed on %2");
    const QString crashedAdvice = Text::tr("Read why in its log on the host (/var/log/libvirt/qemu/%1.log), then start it again "
                                           "(right-click it > Start).");
    for (int s = 0; s < inv.siteCount(); ++s) {
        const SiteStatus st = siteStatus(inv, probes, s);
        const QString site = inv.site(s).name;
        if (st.cutOff) {
            out << make(QStringLiteral("site-cut-off"), site, Severity::Critical,
                        Text::tr("%1 cut off: the WAN link %2 is down and none of its %n host(s) answers", nullptr,
                                 int(inv.hostsOfSite(s).size())).arg(site, st.cutLink),
                        Text::tr("Its hosts cannot be told dead from alive: do not restart their VMs elsewhere while "
                                 "they may still run. Check the link, then the site."));
            continue; // its hosts' own alarms would say less, and wrongly
        }
        for (int h : inv.hostsOfSite(s)) {
            const auto &hs = inv.hostStatus(h);
            if (hs.state == model::HostState::Up && !inv.isStale(h, now))
                for (const auto &vm : inv.vms(h))
                    if (vm.state == model::VmState::Crashed)
                        out << make(QStringLiteral("vm-crashed"), inv.host(h).name + QLatin1Char('/') + vm.name, Severity::Major,
                                    crashedText.arg(vm.name, inv.host(h).name), crashedAdvice.arg(vm.name));
            if (hs.state != model::HostState::Unreachable)
                continue;
            const QString name = inv.host(h).name;
            const bool maintenance = inv.inMaintenance(h);
            out << make(QStringLiteral("host-unreachable"), name, maintenance ? Severity::Warning : Severity::Major,
                        hs.reason.isEmpty() ? Text::tr("%1 does not answer (since %2)").arg(name, clock(hs.stateSince))
                                            : Text::tr("%1 does not answer (since %2): %3").arg(name, clock(hs.stateSince), hs.reason),
                        maintenance ? Text::tr("It is in maintenance: expected while it is worked on.")
                                    : Text::tr("Check the host and its libvirt daemon; Hawan reconnects on its own."));
            int running = 0;
            for (const auto &vm : inv.vms(h))
                running += model::vmIsActive(vm.state) ? 1 : 0;
            const qint64 silentS = hs.stateSince.isValid() ? hs.stateSince.secsTo(now) : 0;
            if (!maintenance && running > 0 && silentS >= AlarmWatch::kRecoveryAfterS && !recoveryOpen(journal, name))
                out << make(QStringLiteral("recovery-needed"), name, Severity::Critical,
                            Text::tr("%n VM(s) were running on %1 when it stopped answering %2 ago: they may be down",
                                     nullptr, running).arg(name, QStringLiteral("%1 min").arg(std::max<qint64>(1, silentS / 60))),
                            Text::tr("If the host is dead, recover its VMs (right-click the host > Recover VMs…): Hawan "
                                     "fences it first. The HA watcher does it on its own where it runs."));
        }
    }
}

void storageConditions(QVector<Condition> &out, const storage::StorageMonitor &mon)
{
    for (int i = 0; i < mon.count(); ++i) {
        const auto &cfg = mon.storage(i);
        const auto &snap = mon.snapshot(i);
        const QString vol = cfg.name;
        if (!snap.error.isEmpty()) {
            out << make(QStringLiteral("storage-unknown"), vol, Severity::Major,
                        Text::tr("Storage %1: state unknown: %2").arg(vol, snap.error),
                        Text::tr("Check that the storage command of [[storage]] %1 runs (the Storage panel shows its output).").arg(vol));
            continue;
        }
        if (!snap.hasData())
            continue;
        QSet<QString> listed;
        for (const auto &b : snap.status.bricks) {
            const QString brick = b.host + QLatin1Char(':') + b.path;
            listed.insert(brick);
            if (b.online)
                continue;
            const QString site = mon.siteOfBrick(i, b.host);
            out << make(QStringLiteral("brick-offline"), vol + QLatin1Char('/') + brick, Severity::Critical,
                        site.isEmpty() ? Text::tr("Brick %1 of %2 is offline").arg(brick, vol)
                                       : Text::tr("Brick %1 of %2 is offline (%3)").arg(brick, vol, site),
                        Text::tr("Writes reach only the other copy. Bring the brick back (gluster volume start %1 force "
                                 "on its node), then let the heal finish before moving VMs.").arg(snap.info.name.isEmpty() ? cfg.volume : snap.info.name));
        }
        if (!snap.status.bricks.isEmpty())
            for (const auto &b : snap.info.bricks) {
                const QString brick = b.host + QLatin1Char(':') + b.path;
                if (listed.contains(brick))
                    continue;
                out << make(QStringLiteral("brick-offline"), vol + QLatin1Char('/') + brick, Severity::Critical,
                            Text::tr("Brick %1 of %2 is not reported by the volume's status (its node may be down)").arg(brick, vol),
                            Text::tr("Check the brick's node and its glusterd; then let the heal finish before moving VMs."));
            }
        if (const qint64 sb = snap.splitBrainTotal(); sb > 0)
            out << make(QStringLiteral("split-brain"), vol, Severity::Critical,
                        Text::tr("%n entry(ies) of %1 in split-brain", nullptr, int(std::min<qint64>(sb, INT_MAX))).arg(vol),
                        Text::tr("The copies disagree and Gluster cannot choose: resolve each entry (the Storage panel lists "
                                 "them) before any VM on them is started."));
        if (const qint64 pending = snap.pendingTotal(); pending > 0)
            out << make(QStringLiteral("storage-out-of-sync"), vol, Severity::Warning,
                        Text::tr("%1 is not in sync: %n entry(ies) pending heal", nullptr, int(std::min<qint64>(pending, INT_MAX))).arg(vol),
                        Text::tr("The heal runs on its own; a VM moved to the site with the stale copy reads through the "
                                 "link until it ends."));
    }
}

void linkConditions(QVector<Condition> &out, const model::Inventory &inv, const probes::ProbeHub &probes, qint64 nowMs)
{
    const auto &links = inv.config().links;
    for (int l = 0; l < probes.linkCount() && l < links.size(); ++l) {
        const auto &st = probes.linkState(l);
        const QString name = links[l].name;
        if (!st.measured || st.recorded)
            continue;
        if (st.cut) {
            out << make(QStringLiteral("link-cut"), name, Severity::Critical,
                        Text::tr("The WAN link %1 is cut: no echo answered for three intervals").arg(name),
                        Text::tr("No migration can cross it, and the storage replicas no longer reach each other. "
                                 "Call the network team; do not restart VMs across it."));
            continue;
        }
        if (st.loss >= 0.05f)
            out << make(QStringLiteral("link-loss"), name, Severity::Major,
                        Text::tr("The WAN link %1 loses %2% of its echoes").arg(name).arg(std::lround(st.loss * 100)),
                        Text::tr("Migrations across it may stall; synchronous storage writes slow down."));
        if (!std::isnan(st.rttMs) && st.rttMs > st.limitMs)
            out << make(QStringLiteral("link-rtt"), name, Severity::Warning,
                        Text::tr("The WAN link %1 round trip is %2 ms, over its %3 ms limit")
                            .arg(name, QLocale().toString(st.rttMs, 'f', 1), QLocale().toString(st.limitMs, 'g', 4)),
                        Text::tr("Synchronous writes wait that long; postpone large moves until it drops."));
    }
    for (int s = 0; s < probes.seriesCount(); ++s)
        if (const qint64 silent = probes.silentForMs(s, nowMs); silent > 0) {
            const auto &info = probes.info(s);
            out << make(QStringLiteral("probe-silent"), info.id, Severity::Warning,
                        Text::tr("Probe %1 has said nothing for %2 s").arg(info.label).arg(silent / 1000),
                        Text::tr("Its readings are missing from the graphs; the probe's thread may be stuck on its target."));
        }
}

QString progressMark(const jobs::Job *job)
{
    const auto &p = job->jobProgress();
    return QStringLiteral("%1|%2|%3|%4").arg(p.phase).arg(p.stepsDone).arg(p.bytesDone).arg(job->isPaused());
}

bool watched(const jobs::Job *job)
{
    return !job->parentJob() && (qobject_cast<const jobs::MoveJob *>(job) || qobject_cast<const jobs::PlanRunner *>(job));
}

QString jobKey(const jobs::Job *job)
{
    return jobs::Journal::selfOwner() + QLatin1Char('/') + QString::number(job->id());
}
} // namespace

QVector<alarms::Condition> alarmConditions(const model::Inventory &inv, const probes::ProbeHub *probes,
                                           const storage::StorageMonitor *storage, const jobs::JournalReplay *journal,
                                           const QDateTime &now)
{
    QVector<Condition> out;
    hostConditions(out, inv, probes, journal, now);
    if (storage)
        storageConditions(out, *storage);
    if (probes)
        linkConditions(out, inv, *probes, now.toMSecsSinceEpoch());
    return out;
}

void AlarmWatch::setStallAfterForTesting(int seconds)
{
    g_stallAfterS = seconds > 0 ? seconds : kStallAfterS;
}

AlarmWatch::AlarmWatch(alarms::AlarmBook *book, const model::Inventory *inv, const probes::ProbeHub *probes,
                       const storage::StorageMonitor *storage, jobs::JobTracker *jobs, const jobs::JournalReplay *journal,
                       QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_inv(inv)
    , m_probes(probes)
    , m_storage(storage)
    , m_jobs(jobs)
    , m_journal(journal)
{
    connect(&m_timer, &QTimer::timeout, this, &AlarmWatch::evaluateNow);
    if (m_jobs)
        connect(m_jobs, &jobs::JobTracker::jobEnded, this, &AlarmWatch::jobEnded);
    if (m_storage)
        connect(m_storage, &storage::StorageMonitor::changed, this, [this] {
            // A storage round just ended: tell at once (a brick down shows within the monitor's interval).
            if (m_timer.isActive())
                QTimer::singleShot(0, this, &AlarmWatch::evaluateNow);
        });
}

void AlarmWatch::start(int intervalMs)
{
    m_timer.start(intervalMs);
    evaluateNow();
}

void AlarmWatch::jobEnded(jobs::Job *job)
{
    m_motion.remove(job->id());
    if (!watched(job) || job->jobResult().outcome != jobs::JobOutcome::Failed)
        return;
    Condition c = make(QStringLiteral("job-failed"), jobKey(job), Severity::Major,
                       Text::tr("%1 failed: %2").arg(job->title(), job->jobResult().message),
                       Text::tr("The Jobs panel has its details; the VMs it did not move are where they were."));
    c.event = true;
    m_events << c;
    QTimer::singleShot(0, this, &AlarmWatch::evaluateNow);
}

void AlarmWatch::evaluateNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<Condition> conds = alarmConditions(*m_inv, m_probes, m_storage, m_journal, now);
    if (m_jobs)
        for (jobs::Job *job : m_jobs->jobs()) {
            if (!watched(job) || !job->isStarted() || job->isFinished())
                continue;
            const QString mark = progressMark(job);
            auto it = m_motion.find(job->id());
            if (it == m_motion.end() || it->mark != mark || job->isPaused()) {
                m_motion.insert(job->id(), Motion{mark, now});
                continue;
            }
            if (it->since.secsTo(now) >= g_stallAfterS)
                conds << make(QStringLiteral("job-stalled"), jobKey(job), Severity::Warning,
                              Text::tr("%1 has not moved for %2 min").arg(job->title()).arg(std::max<qint64>(1, it->since.secsTo(now) / 60)),
                              Text::tr("The Jobs panel shows where it waits; cancel it there if it will not finish."));
        }
    conds += m_events;
    m_events.clear();
    m_book->update(conds, now);
}

} // namespace hawan::core
