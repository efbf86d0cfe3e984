#pragma once
// One hypervisor host's connection, served by its own thread: opens the libvirt connection, keeps
// it alive, listens to lifecycle events, samples statistics with one call per tick, performs VM
// actions, and reconnects with exponential backoff when the host goes away. Everything it learns
// is emitted as value types; nothing outside this thread sees a libvirt handle.
#include "libvirt/domainxml.h"
#include "libvirt/handles.h"
#include "model/types.h"
#include "probes/probethread.h"
#include "util/net.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace hawan::audit { class Key; }

namespace hawan::lv {

struct EventSink;

using model::VmAction;

class HostSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int refreshMs = 2000;
        int keepAliveIntervalS = kKeepAliveIntervalS;
        int keepAliveCount = int(kKeepAliveCount);
        int firstRetryMs = 1000;
        int poolsMinIntervalMs = 10000; // refreshPoolsNow() reads them at most this often
        int maxRetryMs = 60000;
        // Where the last snapshot is kept (model/snapshotcache.h); empty = nowhere.
        QString cacheFile;
        // A viewer's session: a read-only connection (the daemon refuses every change on it), the
        // definitions read without their secrets (a read-only connection may not ask for them),
        // and the snapshot cache only read, never written (an operator's recovery relies on it).
        bool readOnly = false;
        // Signs the snapshot cache and refuses one it did not sign (audit::Key); null = neither.
        std::shared_ptr<const audit::Key> key;
    };

    HostSession(int hostIndex, QString uri, Options options);
    ~HostSession() override; // runs on the session's thread (deleteLater at thread end)

    int hostIndex() const { return m_host; }
    // libvirt calls that go to the host (RPCs) since construction; read from any thread.
    quint64 remoteCalls() const { return m_calls.load(); }
    quint64 ticks() const { return m_ticks.load(); }

    // On the session's thread (queue a call to it). Carries out one VM action; `done(ok, message)`
    // is called on this thread (libvirt's words on failure). Define takes `definition` (XML) instead
    // of `uuid`, and its message on success is the new VM's UUID.
    void performAction(const QString &uuid, hawan::model::VmAction action, const QString &definition,
                       const std::function<void(bool ok, const QString &message)> &done);

public Q_SLOTS:
    void start();
    void refreshNow();
    // The storage pools again (capacity, allocation) with the next tick; at most every
    // Options::poolsMinIntervalMs.
    void refreshPoolsNow();
    // Not connected: try now rather than at the next retry (the link that cut it off is back).
    void retryNow();
    // Times a cheap call to the daemon every intervalMs (0 = stop): see serviceMeasured.
    void setServiceProbe(int intervalMs);
    void shutdown(); // closes the connection; the thread may then quit

Q_SIGNALS:
    void statusChanged(int host, const hawan::model::HostStatus &status);
    void snapshotReady(int host, const hawan::model::HostSnapshot &snapshot);
    void lifecycle(int host, const hawan::model::LifecycleEvent &event);
    // The round trip of one cheap RPC (the daemon's version): the service overhead, told apart from the link.
    void serviceMeasured(int host, const hawan::probes::Reading &reading);
    // Something the operator must know that is not the host's state (a saved snapshot refused).
    void problem(int host, const QString &text);

private:
    void connectNow();
    void dropConnection(const QString &reason);
    void scheduleReconnect();
    void tick();
    void refreshPools(); // storage pools: a few calls, at connect and when asked
    void probeService();
    void onLifecycle(model::LifecycleEvent ev, int event, int detail);
    void onClosed(int reason);
    void setStatus(model::HostState state, const QString &reason = {});

    const int m_host;
    const QString m_uri;
    const std::optional<util::NetTarget> m_target; // host:port of a network URI
    static constexpr int kKnockMs = 3000;
    const Options m_opt;
    ConnectPtr m_conn;
    std::shared_ptr<EventSink> m_sink;
    int m_lifecycleCallback = -1;
    bool m_closeCallback = false;
    bool m_everConnected = false, m_cacheOffered = false;
    QByteArray m_cacheSignature;
    void saveCache(const model::HostSnapshot &snap);
    bool m_stopping = false;

    model::HostStatus m_status;
    QTimer *m_tickTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_probeTimer = nullptr;
    QTimer *m_soonTimer = nullptr; // coalesces refreshes requested by events and actions
    QElapsedTimer m_clock;
    qint64 m_lastSampleNs = -1;
    QHash<QString, quint64> m_prevCpu;
    QHash<QString, VmDefinition> m_definitions; // by UUID; refetched after a Defined event
    QHash<QString, QString> m_savedDefinitions; // by UUID, from the snapshot cache: a fallback
    bool m_savedLoaded = false;
    const QHash<QString, QString> &savedDefinitions(); // read on first use
    QVector<model::PoolInfo> m_pools;
    qint64 m_poolsAtNs = -1;
    QHash<QString, QPair<QString, QString>> m_poolXml; // pool name -> (type, target path)
    std::atomic<quint64> m_calls{0};
    std::atomic<quint64> m_ticks{0};

    friend struct EventSink;
    friend int lifecycleCallback(virConnectPtr, virDomainPtr, int, int, void *);
    friend void closeCallback(virConnectPtr, int, void *);
};


} // namespace hawan::lv


