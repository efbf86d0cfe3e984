#include "cloud/cloudsource.h"

#include "cloud/novaclient.h"
#include "model/inventory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace hawan::cloud {

CloudSource::CloudSource(const config::Cloud &cloud, model::Inventory *inventory, QObject *parent)
    : QObject(parent), m_cloud(cloud), m_inventory(inventory),
      m_client(new NovaClient(cloud.entry, cloud.cloudsYaml, cloud.region, cloud.interface, this))
{
    for (int h = 0; h < inventory->hostCount(); ++h)
        if (inventory->host(h).cloud == cloud.name)
            m_hosts << h;
    m_timer.setInterval(std::max(1000, inventory->config().console.refreshIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &CloudSource::poll);
}

CloudSource::~CloudSource() = default;

void CloudSource::start()
{
    m_timer.start();
    poll();
}

void CloudSource::refreshNow()
{
    poll();
}

void CloudSource::poll()
{
    if (m_inFlight || m_hosts.isEmpty())
        return;
    m_inFlight = true;
    // Two calls per round, whatever the number of hosts: the services, then the servers.
    m_client->compute("GET", QStringLiteral("/os-services?binary=nova-compute"), {}, this, [this](const NovaClient::Answer &a) {
        if (!a.ok()) {
            fail(a.error);
            return;
        }
        auto services = parseServices(a.body);
        if (!services) {
            fail(ApiError{a.http, QStringLiteral("answer"), services.error()});
            return;
        }
        const QString path = m_allTenants ? QStringLiteral("/servers/detail?all_tenants=1") : QStringLiteral("/servers/detail");
        m_client->compute("GET", path, {}, this, [this, services = services.value()](const NovaClient::Answer &b) {
            if (b.http == 403 && m_allTenants) {
                // Not an admin: this project's servers only (said once, in the log).
                m_allTenants = false;
                m_inFlight = false;
                m_inventory->log(model::LogEntry::Severity::Warning, -1, {},
                                 tr("Cloud '%1': Nova lists only this project's servers to these credentials (not an admin): other projects' VMs are not shown").arg(m_cloud.name));
                poll();
                return;
            }
            if (!b.ok()) {
                fail(b.error);
                return;
            }
            auto servers = parseServers(b.body);
            if (!servers) {
                fail(ApiError{b.http, QStringLiteral("answer"), servers.error()});
                return;
            }
            m_services.clear();
            for (const ComputeService &s : services)
                m_services.insert(s.host, s);
            m_servers = servers.value();
            // The hosts' size (memory, CPUs) for the plans: seldom changes, read every 10th round.
            auto done = [this] {
                m_error.clear();
                m_inFlight = false;
                ++m_rounds;
                apply();
                clearForcedDownOfReturnedHosts();
                Q_EMIT refreshed();
            };
            if (m_rounds % 10 != 0 && !m_hypervisors.isEmpty())
                return done();
            m_client->compute("GET", QStringLiteral("/os-hypervisors/detail"), {}, this, [this, done](const NovaClient::Answer &c) {
                if (c.ok())
                    if (auto h = parseHypervisors(c.body))
                        for (const Hypervisor &x : h.value())
                            m_hypervisors.insert(x.serviceHost, x);
                done();
            });
        });
    });
}

void CloudSource::fail(const ApiError &e)
{
    m_inFlight = false;
    m_error = e.text();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int h : std::as_const(m_hosts)) {
        model::HostStatus st = m_inventory->hostStatus(h);
        if (st.state != model::HostState::Unreachable)
            st.stateSince = now;
        st.state = model::HostState::Unreachable;
        st.reason = tr("cloud '%1' does not answer: %2").arg(m_cloud.name, m_error);
        st.lastUpdate = {};
        m_inventory->applyStatus(h, st);
    }
    Q_EMIT refreshed();
}

void CloudSource::apply()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QVector<model::VmInfo>> byHost;
    for (const Server &s : std::as_const(m_servers)) {
        if (s.host.isEmpty())
            continue; // not placed (building, or failed to schedule): on no host
        byHost[s.host].push_back(vmInfoOf(s, m_cloud.name));
    }
    for (int h : std::as_const(m_hosts)) {
        const QString name = m_inventory->host(h).name;
        model::HostStatus st = m_inventory->hostStatus(h);
        const model::HostState before = st.state;
        const auto it = m_services.constFind(name);
        st.reason.clear();
        if (it == m_services.constEnd()) {
            st.state = model::HostState::Unreachable;
            st.reason = tr("cloud '%1' has no compute service on a host named '%2' (openstack compute service list)").arg(m_cloud.name, name);
        } else if (it->forcedDown) {
            st.state = model::HostState::Unreachable;
            st.reason = tr("Nova: compute service forced down (its host was fenced)");
        } else if (!it->up) {
            st.state = model::HostState::Unreachable;
            st.reason = tr("Nova: compute service down (no heartbeat since %1)").arg(it->updated.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
            // Seen on the lab's Zed compute: its heartbeat stops while it runs a live migration
            // (its event loop waits in the migrate call), so Nova counts it down mid-move.
            QStringList moving; // read as the HA watcher reads it: VmInfo::cloudTask
            for (const model::VmInfo &vm : byHost.value(name))
                if (vm.cloudTask == QLatin1String("migrating"))
                    moving << vm.name;
            if (!moving.isEmpty())
                st.reason += tr("; a live migration of %1 from it is in flight: its nova-compute may only be busy in it, check before recovering")
                                 .arg(moving.join(QStringLiteral(", ")));
        } else {
            st.state = model::HostState::Up;
            st.lastUpdate = now;
            st.failedAttempts = 0;
            if (!it->enabled)
                st.reason = it->disabledReason.isEmpty() ? tr("Nova: compute service disabled (no new servers placed here)")
                                                         : tr("Nova: compute service disabled: %1").arg(it->disabledReason);
            st.node.hostname = name;
            st.node.hypervisor = QStringLiteral("OpenStack Nova");
            st.node.hypervisorVersion = tr("compute service in zone %1").arg(it->zone);
            if (const auto hv = m_hypervisors.constFind(name); hv != m_hypervisors.constEnd()) {
                st.node.cpus = hv->vcpus;
                st.node.memoryKiB = hv->memoryMiB * 1024;
                st.node.cpuModel = hv->type;
            }
        }
        if (st.state != before)
            st.stateSince = now;
        m_inventory->applyStatus(h, st);
        // Nova's record of what is placed on the host holds whether or not its compute service
        // answers (a dead host's servers are what a recovery evacuates): reported either way.
        {
            model::HostSnapshot snap;
            snap.at = now;
            snap.vms = byHost.value(name);
            std::sort(snap.vms.begin(), snap.vms.end(), [](const model::VmInfo &a, const model::VmInfo &b) { return a.name < b.name; });
            for (const auto &vm : std::as_const(snap.vms))
                if (model::vmIsActive(vm.state))
                    snap.vmMemoryKiB += vm.memoryKiB;
            m_inventory->applySnapshot(h, snap);
        }
    }
    // Nova's compute hosts that no site holds: said once each, so a config can be completed.
    for (auto it = m_services.constBegin(); it != m_services.constEnd(); ++it) {
        if (m_inventory->config().hostIndex(it.key()) >= 0 || m_loggedUnplaced.contains(it.key()))
            continue;
        m_loggedUnplaced.insert(it.key());
        const QString site = m_cloud.zones.key(it->zone);
        m_inventory->log(model::LogEntry::Severity::Warning, -1, {},
                         site.isEmpty() ? tr("Cloud '%1': compute host '%2' (zone %3) is on no site: add a [[host]] with cloud = \"%1\"").arg(m_cloud.name, it.key(), it->zone)
                                        : tr("Cloud '%1': compute host '%2' of zone %3 (site %4) is not in the configuration: add a [[host]] with site = \"%4\" and cloud = \"%1\"").arg(m_cloud.name, it.key(), it->zone, site));
    }
}

void CloudSource::putService(const QString &host, const Body &body, QObject *context, Done done)
{
    const auto it = m_services.constFind(host);
    if (it == m_services.constEnd() && m_rounds == 0 && m_error.isEmpty()) {
        // Asked before Nova's first answer (a command line that acts at once): after it, with
        // the body made from what Nova says then.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(this, &CloudSource::refreshed, context ? context : this, [this, once, host, body, context, done] {
            disconnect(*once);
            if (m_rounds == 0)
                done(false, tr("cloud '%1' does not answer: %2").arg(m_cloud.name, m_error));
            else
                putService(host, body, context, done);
        });
        refreshNow();
        return;
    }
    if (it == m_services.constEnd()) {
        done(false, m_rounds == 0 ? tr("cloud '%1' does not answer: %2").arg(m_cloud.name, m_error)
                                  : tr("cloud '%1' has no compute service on '%2'").arg(m_cloud.name, host));
        return;
    }
    m_client->compute("PUT", QStringLiteral("/os-services/%1").arg(it->id), body(*it), context, [this, done](const NovaClient::Answer &a) {
        if (a.ok())
            refreshNow();
        done(a.ok(), a.ok() ? QString() : tr("Nova refused: %1").arg(a.error.text()));
    });
}

void CloudSource::setServiceEnabled(const QString &host, bool enabled, const QString &reason, QObject *context, Done done)
{
    putService(host, [enabled, reason](const ComputeService &svc) {
        QJsonObject o{{QStringLiteral("status"), enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")}};
        if (!enabled)
            o.insert(QStringLiteral("disabled_reason"), reason.left(255));
        else if (svc.forcedDown)
            o.insert(QStringLiteral("forced_down"), false); // back after a recovery: Nova may count it up again
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }, context, std::move(done));
}

void CloudSource::setForcedDown(const QString &host, bool down, QObject *context, Done done, const QString &reason)
{
    // Forced down with the reason in one update (a fenced host is also out of placements).
    putService(host, [down, reason](const ComputeService &) {
        QJsonObject o{{QStringLiteral("forced_down"), down}};
        if (down && !reason.isEmpty()) {
            o.insert(QStringLiteral("status"), QStringLiteral("disabled"));
            o.insert(QStringLiteral("disabled_reason"), reason.left(255));
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }, context, std::move(done));
}

// Nova counts a forced-down service down whatever it does; its heartbeats still move its
// updated_at. One this console forced down (its disabled reason says so) whose heartbeat moves
// again is back: forced-down is cleared, so Nova's view is true again. It stays disabled (out of
// placements) until an operator brings it back.
void CloudSource::clearForcedDownOfReturnedHosts()
{
    for (auto it = m_services.constBegin(); it != m_services.constEnd(); ++it) {
        const ComputeService &s = *it;
        if (!s.forcedDown || !s.disabledReason.startsWith(QLatin1String("hawan:"))) {
            m_forcedHeartbeat.remove(s.host);
            continue;
        }
        const auto seen = m_forcedHeartbeat.constFind(s.host);
        if (seen == m_forcedHeartbeat.constEnd()) {
            m_forcedHeartbeat.insert(s.host, s.updated);
            m_heartbeats.remove(s.host);
            continue;
        }
        if (s.updated.isValid() && *seen != s.updated) {
            // Two heartbeats, not one change: an API update of the record moves it too.
            m_forcedHeartbeat.insert(s.host, s.updated);
            ++m_heartbeats[s.host];
        }
        if (m_heartbeats.value(s.host) >= 2 && !m_clearing.contains(s.host)) {
            m_clearing.insert(s.host);
            const QString host = s.host;
            m_inventory->log(model::LogEntry::Severity::Info, m_inventory->config().hostIndex(host), {},
                             tr("%1 is back (its compute service reports again): clearing Nova's forced-down; it stays disabled until brought back").arg(host));
            setForcedDown(host, false, this, [this, host](bool ok, const QString &why) {
                m_clearing.remove(host);
                m_forcedHeartbeat.remove(host);
                m_heartbeats.remove(host);
                if (!ok)
                    m_inventory->log(model::LogEntry::Severity::Error, m_inventory->config().hostIndex(host), {},
                                     tr("%1: clearing forced-down failed, tried again at the next heartbeat: %2").arg(host, why));
            });
        }
    }
}

std::optional<ComputeService> CloudSource::service(const QString &host) const
{
    const auto it = m_services.constFind(host);
    if (it == m_services.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Server> CloudSource::server(const QString &id) const
{
    for (const Server &s : m_servers)
        if (s.id == id)
            return s;
    return std::nullopt;
}

jobs::VmActionJob::Send CloudSource::sender(int host)
{
    if (!m_hosts.contains(host))
        return {};
    return [this, guard = QPointer<CloudSource>(this)](const QString &uuid, model::VmAction action, const QString &, jobs::VmActionJob::Reply reply) {
        // Called on the job's thread (this one); Nova's server actions answer 202 once accepted.
        if (!guard) {
            reply(false, tr("the cloud source is gone"));
            return;
        }
        QByteArray body;
        switch (action) {
        case model::VmAction::Start: body = R"({"os-start": null})"; break;
        case model::VmAction::Shutdown:
        case model::VmAction::Destroy: body = R"({"os-stop": null})"; break;
        case model::VmAction::Pause: body = R"({"pause": null})"; break;
        case model::VmAction::Resume: body = R"({"unpause": null})"; break;
        default:
            reply(false, tr("Nova manages this VM: create and delete its servers through OpenStack (openstack server create/delete), not here"));
            return;
        }
        m_client->compute("POST", QStringLiteral("/servers/%1/action").arg(uuid), body, this, [this, reply](const NovaClient::Answer &a) {
            if (a.ok()) {
                reply(true, tr("accepted by Nova"));
                refreshNow();
            } else {
                reply(false, tr("Nova refused: %1").arg(a.error.text()));
            }
        });
    };
}

} // namespace hawan::cloud

namespace hawan::cloud {

void CloudSource::locate(const QString &id, const QString &from, const QString &to, QObject *context,
                         std::function<void(const lv::MoveLocation &)> done, int maxWaitS)
{
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    auto waited = std::make_shared<bool>(false);
    auto ask = std::make_shared<std::function<void()>>();
    // The shared function holds itself only through this weak handle, so it dies with the last call.
    std::weak_ptr<std::function<void()>> weakAsk = ask;
    *ask = [this, guard = QPointer<CloudSource>(this), id, from, to, context, done, maxWaitS, deadline, waited, weakAsk] {
        if (!guard)
            return;
        // The answer's handler holds the function (for a retry) until it has run.
        m_client->compute("GET", QStringLiteral("/servers/%1").arg(id), {}, context, [=, this, again = weakAsk.lock()](const NovaClient::Answer &a) {
            lv::MoveLocation loc;
            loc.source.reachable = loc.destination.reachable = true;
            if (a.http == 404) // deleted: neither host has it
                return done(loc);
            if (!a.ok()) {
                loc.source.reachable = false;
                loc.source.error = a.error.text();
                return done(loc);
            }
            const auto s = parseServer(a.body);
            if (!s) {
                loc.source.reachable = false;
                loc.source.error = tr("Nova's answer was not understood: %1").arg(s.error());
                return done(loc);
            }
            const Server &srv = s.value();
            if (!srv.taskState.isEmpty() && deadline->elapsed() < qint64(maxWaitS) * 1000) {
                // Still moving (or rebuilding) in Nova: ask again; it ends by itself.
                *waited = true;
                QTimer::singleShot(2000, context, [again] { (*again)(); });
                return;
            }
            loc.waitedForJob = *waited;
            if (srv.status == QLatin1String("ERROR")) {
                loc.failure = srv.fault.isEmpty() ? tr("Nova reports the server in ERROR on %1").arg(srv.host)
                                                  : tr("Nova reports the server in ERROR on %1: %2").arg(srv.host, srv.fault);
                return done(loc);
            }
            lv::DomainPresence *where = srv.host == to ? &loc.destination : srv.host == from ? &loc.source : nullptr;
            if (!where) {
                loc.failure = tr("Nova has it on %1, neither %2 nor %3").arg(srv.host.isEmpty() ? tr("no host") : srv.host, from, to);
                return done(loc);
            }
            where->defined = where->persistent = true;
            where->active = srv.status == QLatin1String("ACTIVE") || srv.status == QLatin1String("PAUSED");
            done(loc);
        });
    };
    // The first call keeps the function alive until its answer; each retry's timer holds it after.
    auto first = ask;
    QTimer::singleShot(0, context, [first] { (*first)(); });
}

} // namespace hawan::cloud
