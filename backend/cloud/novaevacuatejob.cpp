#include "cloud/novaevacuatejob.h"

#include "cloud/cloudsource.h"
#include "cloud/novaclient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hawan::cloud {

using jobs::JobError;
using jobs::JobOutcome;

NovaEvacuateJob::NovaEvacuateJob(Target target, jobs::MigrationOptions options, CloudSource *source, QObject *parent)
    : MoveJob(std::move(target), std::move(options), parent), m_source(source)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &NovaEvacuateJob::poll);
}

QString NovaEvacuateJob::title() const
{
    const auto &t = target();
    return t.destHost.isEmpty() ? tr("Evacuate %1 from %2 (through Nova, scheduler's choice)").arg(t.vmName, t.sourceHost)
                                : tr("Evacuate %1 from %2 to %3 (through Nova)").arg(t.vmName, t.sourceHost, t.destHost);
}

void NovaEvacuateJob::doStart()
{
    m_clock.start();
    if (!m_source) {
        end(JobOutcome::Failed, tr("no cloud source for this host"), JobError::Refused);
        return;
    }
    jobs::MigrationProgress p;
    p.phase = tr("forcing %1's compute service down").arg(target().sourceHost);
    report(p);
    // Nova evacuates only from a host whose service it counts down; forced down says so at once
    // (no wait for the heartbeat timeout) and keeps it so until the host is back.
    const QString reason = QStringLiteral("hawan: fenced for recovery at %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_source->setForcedDown(target().sourceHost, true, this, [this](bool ok, const QString &why) {
        if (isFinished())
            return;
        if (!ok) {
            end(JobOutcome::Failed, tr("could not force %1's compute service down, nothing evacuated: %2").arg(target().sourceHost, why),
                JobError::Refused);
            return;
        }
        if (isCancelRequested()) {
            end(JobOutcome::Cancelled, tr("cancelled before Nova was asked; %1 stays on %2").arg(target().vmName, target().sourceHost));
            return;
        }
        evacuate();
    }, reason);
}

void NovaEvacuateJob::evacuate()
{
    jobs::MigrationProgress p = progress();
    p.phase = tr("asking Nova to evacuate");
    report(p);
    QJsonObject e;
    if (!target().destHost.isEmpty())
        e.insert(QStringLiteral("host"), target().destHost);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("evacuate"), e}}).toJson(QJsonDocument::Compact);
    m_source->client()->compute("POST", QStringLiteral("/servers/%1/action").arg(target().vmUuid), body, this, [this](const NovaClient::Answer &a) {
        if (isFinished())
            return;
        if (!a.ok()) {
            end(JobOutcome::Failed, tr("Nova refused the evacuation: %1").arg(a.error.text()),
                a.http == 0 ? JobError::Unreachable : a.http == 404 ? JobError::NotFound : JobError::Refused);
            return;
        }
        m_asked = true;
        jobs::MigrationProgress p = progress();
        p.phase = tr("rebuilding");
        report(p);
        m_timer.start();
        poll();
    });
}

void NovaEvacuateJob::doCancel()
{
    // Before Nova was asked: ends at the next step. After: Nova rebuilds it anyway; followed to its end.
}

void NovaEvacuateJob::poll()
{
    if (m_polling || isFinished())
        return;
    if (options().timeoutS > 0 && m_clock.elapsed() > qint64(options().timeoutS) * 1000) {
        end(JobOutcome::Failed, tr("Nova has not finished rebuilding %1 after %2 s: see 'openstack server show %3'")
                                    .arg(target().vmName).arg(options().timeoutS).arg(target().vmUuid),
            JobError::TimedOut);
        return;
    }
    m_polling = true;
    m_source->client()->compute("GET", QStringLiteral("/servers/%1").arg(target().vmUuid), {}, this, [this](const NovaClient::Answer &a) {
        m_polling = false;
        if (isFinished() || !a.ok())
            return; // a hiccup: again at the next tick
        auto s = parseServer(a.body);
        if (!s)
            return;
        if (!s->taskState.isEmpty()) {
            m_sawTask = true;
            jobs::MigrationProgress p = progress();
            p.phase = s->taskState; // rebuilding, rebuild_spawning, ...
            p.elapsedMs = m_clock.elapsed();
            report(p);
            return;
        }
        if (s->status == QLatin1String("ERROR")) {
            end(JobOutcome::Failed, tr("Nova put %1 in ERROR: %2").arg(target().vmName, s->fault.isEmpty() ? tr("no fault given") : s->fault),
                JobError::Hypervisor);
            return;
        }
        const bool moved = !s->host.isEmpty() && s->host != target().sourceHost &&
                           (target().destHost.isEmpty() || s->host == target().destHost);
        if (moved && s->status == QLatin1String("ACTIVE")) {
            end(JobOutcome::Succeeded, tr("rebuilt by Nova, ACTIVE on %1").arg(s->host));
            return;
        }
        // Between Nova's steps the task state may read empty with the server still on its old
        // host: the evacuation's own record says whether it failed.
        m_polling = true;
        m_source->client()->compute("GET", QStringLiteral("/os-migrations?instance_uuid=%1&migration_type=evacuation").arg(target().vmUuid), {}, this,
                                    [this](const NovaClient::Answer &b) {
                                        m_polling = false;
                                        if (isFinished() || !b.ok())
                                            return;
                                        auto list = parseMigrations(b.body);
                                        if (!list || list->isEmpty())
                                            return;
                                        const Migration m = newest(list.value());
                                        if (m.created.isValid() && m.created < startedAt().addSecs(-5))
                                            return; // an earlier evacuation's record
                                        if (m.finished() && !m.succeeded())
                                            end(JobOutcome::Failed, tr("Nova's evacuation of %1 ended '%2'%3: see 'openstack server event list %4'")
                                                                        .arg(target().vmName, m.status,
                                                                             m.dest.isEmpty() ? tr(" (no destination found)") : tr(" on %1").arg(m.dest),
                                                                             target().vmUuid),
                                                JobError::Hypervisor);
                                    });
    });
}

void NovaEvacuateJob::end(JobOutcome outcome, const QString &message, JobError error)
{
    if (isFinished())
        return;
    m_timer.stop();
    jobs::MigrationResult r;
    r.outcome = outcome;
    r.error = error;
    r.message = message;
    r.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    conclude(r);
}

} // namespace hawan::cloud
