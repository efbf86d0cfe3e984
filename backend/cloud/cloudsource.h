#pragma once
// A cloud as a source of hosts and VMs: the second source beside the libvirt sessions
// (core::SessionPool), feeding the same Inventory. Every refresh interval it asks Nova for its
// compute services and servers (two calls, whatever the number of hosts) and reports each
// configured compute host as the sessions report a libvirt host: a status (up; unreachable when
// its service is down, forced down, missing, or the API does not answer) and a snapshot of its
// servers as VMs (managed by Nova: never moved, restarted or defined through libvirt).
// VM actions on them go through Nova's server actions (sender()).
#include "cloud/nova.h"
#include "config/config.h"
#include "jobs/vmactionjob.h"
#include "libvirt/locate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

#include <optional>

namespace hawan::model { class Inventory; }

namespace hawan::cloud {

class NovaClient;

class CloudSource : public QObject
{
    Q_OBJECT
public:
    CloudSource(const config::Cloud &cloud, model::Inventory *inventory, QObject *parent = nullptr);
    ~CloudSource() override;

    const config::Cloud &cloud() const { return m_cloud; }
    NovaClient *client() const { return m_client; }
    QVector<int> hosts() const { return m_hosts; }
    void start();
    void refreshNow();
    // How to hand a VM action on `host` to Nova (start/stop/pause/unpause); null for a host not of this cloud.
    jobs::VmActionJob::Send sender(int host);

    // A compute service's switches (PUT /os-services/{id}, 2.53): enabled (maintenance is
    // "disabled" with a reason; enabling also clears a forced-down) and forced down (after a
    // fence, before evacuating). `done(ok, why)`
    // on this thread. Fails at once for a host Nova has not reported yet.
    using Done = std::function<void(bool ok, const QString &why)>;
    void setServiceEnabled(const QString &host, bool enabled, const QString &reason, QObject *context, Done done);
    // `reason` (with `down`): also disabled with it; a reason starting "hawan:" marks the ones this
    // console forced down, cleared again when their heartbeat returns.
    void setForcedDown(const QString &host, bool down, QObject *context, Done done, const QString &reason = {});

    // Where Nova has server `id` after a move from host `from` to host `to` that the console did
    // not see end: asked of Nova (GET /servers/{id}), again every 2 s while it still has a task
    // (migrating, rebuilding; at most `maxWaitS`). Presence is Nova's record: the host it names;
    // active when ACTIVE or PAUSED; a server in ERROR or on a third host is a failure with
    // Nova's words. `done` on this thread unless `context` is gone.
    void locate(const QString &id, const QString &from, const QString &to, QObject *context,
                std::function<void(const lv::MoveLocation &)> done, int maxWaitS = 900);

    // What Nova said last (empty before the first answer).
    std::optional<ComputeService> service(const QString &host) const;
    std::optional<Server> server(const QString &id) const;
    QString lastError() const { return m_error; }
    int rounds() const { return m_rounds; } // answered polls (tests)

Q_SIGNALS:
    void refreshed();

private:
    void poll();
    void apply();
    void fail(const ApiError &e);
    using Body = std::function<QByteArray(const ComputeService &)>;
    void putService(const QString &host, const Body &body, QObject *context, Done done);
    void clearForcedDownOfReturnedHosts();

    config::Cloud m_cloud;
    model::Inventory *m_inventory;
    NovaClient *m_client;
    QVector<int> m_hosts; // inventory indexes of this cloud's hosts
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_allTenants = true;
    QHash<QString, ComputeService> m_services;
    QVector<Server> m_servers;
    QHash<QString, Hypervisor> m_hypervisors; // by service host
    QString m_error;
    int m_rounds = 0;
    QSet<QString> m_loggedUnplaced;
    QHash<QString, QDateTime> m_forcedHeartbeat; // a forced-down service's last heartbeat seen
    QHash<QString, int> m_heartbeats;
    QSet<QString> m_clearing;
};

} // namespace hawan::cloud
