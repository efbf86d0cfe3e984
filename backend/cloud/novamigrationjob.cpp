#include "cloud/novamigrationjob.h"

#include "cloud/novaclient.h"
#include "jobs/migrationjob.h"
#include "libvirt/migration.h"
#include "util/async.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hawan::cloud {

using jobs::JobError;
using jobs::MigrationResult;

namespace {
constexpr int kPollMs = 1000;
}

// One read-only connection to the source daemon, used by one read at a time (m_streamBusy); held
// by the reads too, so a read stuck on a hung host outlives the job harmlessly.
struct NovaMigrationJob::Stream
{
    std::unique_ptr<lv::MigrationSource> source;
};

NovaMigrationJob::NovaMigrationJob(Target target, jobs::MigrationOptions options, NovaClient *client, QObject *parent)
    : MoveJob(std::move(target), std::move(options), parent), m_client(client)
{
    m_timer.setInterval(kPollMs);
    if (!this->target().sourceUri.isEmpty())
        m_stream = std::make_shared<Stream>();
    connect(&m_timer, &QTimer::timeout, this, &NovaMigrationJob::poll);
}

QString NovaMigrationJob::title() const
{
    const auto &t = target();
    return t.destHost.isEmpty() ? tr("Migrate %1 from %2 (through Nova, scheduler's choice)").arg(t.vmName, t.sourceHost)
                                : tr("Migrate %1 from %2 to %3 (through Nova)").arg(t.vmName, t.sourceHost, t.destHost);
}

QString NovaMigrationJob::auditSubject() const
{
    return target().vmName + QLatin1Char('@') + target().sourceHost;
}

void NovaMigrationJob::doStart()
{
    m_clock.start();
    jobs::MigrationProgress p;
    p.phase = tr("asking Nova");
    report(p);
    const auto &t = target();
    // "auto": Nova uses block migration only when the instances folder is not shared.
    QJsonObject live{{QStringLiteral("block_migration"), QStringLiteral("auto")},
                     {QStringLiteral("host"), t.destHost.isEmpty() ? QJsonValue() : QJsonValue(t.destHost)}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("os-migrateLive"), live}}).toJson(QJsonDocument::Compact);
    m_client->compute("POST", QStringLiteral("/servers/%1/action").arg(t.vmUuid), body, this, [this](const NovaClient::Answer &a) {
        if (!a.ok()) {
            fail(tr("Nova refused the live migration: %1").arg(a.error.text()),
                 a.http == 0 ? JobError::Unreachable : a.http == 404 ? JobError::NotFound : JobError::Refused);
            return;
        }
        m_timer.start();
        poll();
    });
}

void NovaMigrationJob::doCancel()
{
    m_cancelAsked = true;
    if (m_migrationId <= 0)
        return; // aborted as soon as Nova's record of it appears (poll)
    m_client->compute("DELETE", QStringLiteral("/servers/%1/migrations/%2").arg(target().vmUuid).arg(m_migrationId), {}, this,
                      [this](const NovaClient::Answer &a) {
                          if (!a.ok() && a.http != 404) {
                              jobs::MigrationProgress p = progress();
                              p.phase = tr("abort refused by Nova: %1").arg(a.error.message);
                              report(p);
                          }
                      });
}

void NovaMigrationJob::forceComplete()
{
    if (m_migrationId <= 0 || m_status != QLatin1String("running"))
        return;
    m_client->compute("POST", QStringLiteral("/servers/%1/migrations/%2/action").arg(target().vmUuid).arg(m_migrationId),
                      R"({"force_complete": null})", this, [](const NovaClient::Answer &) {});
}

void NovaMigrationJob::poll()
{
    if (m_polling || isFinished())
        return;
    if (options().timeoutS > 0 && m_clock.elapsed() > qint64(options().timeoutS) * 1000 && !m_cancelAsked)
        doCancel();
    readStream();
    m_polling = true;
    // The running migration (listed only while in progress), then the server.
    m_client->compute("GET", QStringLiteral("/servers/%1/migrations").arg(target().vmUuid), {}, this, [this](const NovaClient::Answer &a) {
        if (a.ok()) {
            if (auto list = parseMigrations(a.body); list && !list->isEmpty()) {
                const Migration m = newest(list.value());
                const bool first = m_migrationId == 0;
                m_migrationId = m.id;
                m_status = m.status;
                jobs::MigrationProgress p = progress();
                // Nova's figures are those of libvirt's job on the source, saved every 5 s while
                // "running": shown as a migration's progress (no pass count or dirty rate in them).
                p.dataTotal = m.memoryTotal + m.diskTotal;
                const bool moving = (m.status == QLatin1String("running") || m.status == QLatin1String("post-migrating")) && p.dataTotal;
                p.phase = moving ? QStringLiteral("migrating") : tr("Nova: %1").arg(m.status);
                p.elapsedMs = m_clock.elapsed();
                p.dataProcessed = m.memoryProcessed + m.diskProcessed;
                p.dataRemaining = m.memoryRemaining + m.diskRemaining;
                // The rate between two of Nova's saves (polls in between see the same figures).
                if (p.dataProcessed != m_lastProcessed) {
                    if (p.dataProcessed > m_lastProcessed && p.elapsedMs > m_lastAtMs)
                        m_rateBps = quint64(double(p.dataProcessed - m_lastProcessed) * 1000.0 / double(p.elapsedMs - m_lastAtMs));
                    m_lastProcessed = p.dataProcessed;
                    m_lastAtMs = p.elapsedMs;
                }
                p.memoryBps = m_rateBps;
                // The source's own figures, when they are read, are fresher than Nova's copy.
                if (m_streamAtMs < 0 || m_clock.elapsed() - m_streamAtMs > 5000)
                    report(p);
                if (first && m_cancelAsked)
                    doCancel();
            }
        }
        pollServer();
    });
}

void NovaMigrationJob::readStream()
{
    // Only once Nova has a migration record (before, the domain has no job to read), one read at a time.
    if (!m_stream || m_streamBusy || m_migrationId == 0)
        return;
    m_streamBusy = true;
    const auto &t = target();
    util::runDetached(
        tr("reading %1's migration on %2").arg(t.vmName, t.sourceHost), this,
        [stream = m_stream, uri = t.sourceUri, uuid = t.vmUuid]() -> std::optional<lv::MigrationStats> {
            if (!stream->source) {
                lv::LibvirtError err;
                bool missing = false;
                stream->source = lv::MigrationSource::open(uri, uuid, &err, &missing, /*readOnly=*/true);
            }
            return stream->source ? stream->source->stats() : std::nullopt;
        },
        [this](const std::optional<lv::MigrationStats> &s) {
            m_streamBusy = false;
            if (!s || isFinished() || s->dataTotal == 0)
                return;
            jobs::MigrationProgress p = progress();
            p.phase = QStringLiteral("migrating");
            p.elapsedMs = m_clock.elapsed();
            jobs::applyStreamStats(p, *s);
            m_streamAtMs = p.elapsedMs;
            report(p);
        });
}

void NovaMigrationJob::pollServer()
{
    m_client->compute("GET", QStringLiteral("/servers/%1").arg(target().vmUuid), {}, this, [this](const NovaClient::Answer &a) {
        m_polling = false;
        if (isFinished())
            return;
        if (!a.ok()) {
            if (a.http == 404)
                fail(tr("Nova no longer knows this server (deleted while it migrated?)"), JobError::NotFound);
            // Other errors: Nova or the network hiccuped; ask again at the next tick.
            return;
        }
        auto s = parseServer(a.body);
        if (!s)
            return;
        if (!s->taskState.isEmpty()) {
            m_sawTask = true;
            return;
        }
        // Nova is done with it: where is it?
        m_timer.stop();
        m_landedOn = s->host;
        const auto &t = target();
        const bool moved = t.destHost.isEmpty() ? (s->host != t.sourceHost && !s->host.isEmpty()) : s->host == t.destHost;
        if (moved) {
            MigrationResult r;
            r.outcome = MigrationResult::Outcome::Succeeded;
            r.durationMs = m_clock.elapsed();
            r.bytesSent = progress().dataProcessed;
            r.message = m_cancelAsked ? tr("Nova completed it before the abort took effect; now on %1").arg(s->host)
                                      : tr("now on %1 (Nova's record)").arg(s->host);
            conclude(r);
            return;
        }
        if (m_cancelAsked) {
            MigrationResult r;
            r.outcome = MigrationResult::Outcome::Cancelled;
            r.durationMs = m_clock.elapsed();
            r.message = tr("aborted in Nova; still on %1").arg(s->host);
            conclude(r);
            return;
        }
        explainFailure();
    });
}

void NovaMigrationJob::explainFailure()
{
    // Nova's record of the failed migration says whether it got a destination at all.
    m_client->compute("GET", QStringLiteral("/os-migrations?instance_uuid=%1&migration_type=live-migration").arg(target().vmUuid), {}, this,
                      [this](const NovaClient::Answer &a) {
                          QString why = tr("Nova ended the live migration with the server still on %1").arg(target().sourceHost);
                          if (a.ok()) {
                              if (auto list = parseMigrations(a.body); list && !list->isEmpty()) {
                                  const Migration m = newest(list.value());
                                  if (m.dest.isEmpty())
                                      why = tr("Nova's scheduler found no valid destination (status '%1'): the target must be up, enabled, "
                                               "have room, and be in the server's availability zone if it was created in one").arg(m.status);
                                  else
                                      why = tr("Nova's live migration to %1 ended '%2'; the server stays on %3 (nova-compute's log on %3 says why)")
                                                .arg(m.dest, m.status, target().sourceHost);
                              }
                          }
                          fail(why);
                      });
}

void NovaMigrationJob::fail(const QString &message, JobError error)
{
    if (isFinished())
        return;
    m_timer.stop();
    MigrationResult r;
    r.outcome = m_cancelAsked && error != JobError::NotFound ? MigrationResult::Outcome::Cancelled : MigrationResult::Outcome::Failed;
    r.error = error;
    r.message = message;
    r.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    r.bytesSent = progress().dataProcessed;
    conclude(r);
}

} // namespace hawan::cloud
