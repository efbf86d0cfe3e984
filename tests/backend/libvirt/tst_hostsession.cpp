// The host session against real libvirt (the test driver), with single calls made to fail or hang
// through the libvirt function table (lv::Api): what the console shows when a daemon refuses,
// stops answering mid-tick or fails an action, and that one hung host slows no other.
#include "libvirt/api.h"
#include "experiments/vmtest.h"
#include "libvirt/error.h"
#include "libvirt/handles.h"
#include "libvirt/hostsession.h"
#include "testmain.h"
#include "util/async.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTcpServer>

#include <libvirt/virterror.h>

#include <atomic>
#include <thread>

using namespace hawan;
using model::HostState;

namespace {

QString hostUri(const QString &host)
{
    return QStringLiteral("test://%1/hosts/%2.xml").arg(QStringLiteral(HAWAN_FIXTURES), host);
}

// Faults are switched by flags, never by changing the table while a session runs.
std::atomic<bool> g_refuseConnect{false};
std::atomic<bool> g_failStats{false};
std::atomic<bool> g_hangRoma{false};     // statistics of roma1-hv1 block while set
std::atomic<bool> g_hanging{false};      // a call is blocked right now
std::atomic<bool> g_failSuspend{false};

std::atomic<bool> g_freezeTcp{false}; // opens over TCP hang while set: a daemon that is frozen

virConnectPtr refusingOpen(const char *uri)
{
    if (g_refuseConnect.load())
        return nullptr;
    if (QByteArray(uri).startsWith("qemu+tcp://")) {
        for (int i = 0; i < 600 && g_freezeTcp.load(); ++i) // a safety limit of 30 s
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return nullptr; // nothing answers there once thawed: the open fails as a refused one does
    }
    return virConnectOpen(uri);
}

int faultyStats(virConnectPtr conn, unsigned int groups, virDomainStatsRecordPtr **records, unsigned int flags)
{
    if (g_failStats.load())
        return -1;
    if (g_hangRoma.load()) {
        char *uri = virConnectGetURI(conn);
        const bool roma = uri && QByteArray(uri).contains("roma1-hv1");
        free(uri);
        if (roma) {
            g_hanging = true;
            for (int i = 0; i < 600 && g_hangRoma.load(); ++i) // a safety limit of 30 s
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            g_hanging = false;
        }
    }
    return virConnectGetAllDomainStats(conn, groups, records, flags);
}

int deadAlive(virConnectPtr conn) { return g_failStats.load() ? 0 : virConnectIsAlive(conn); }
int faultySuspend(virDomainPtr dom) { return g_failSuspend.load() ? -1 : virDomainSuspend(dom); }

// One session on its own thread, as the fleet runs it; stopped and deleted on its thread.
struct Session
{
    util::OwnedThread thread;
    lv::HostSession *session = nullptr;
    QList<model::HostStatus> statuses;
    QList<model::HostSnapshot> snapshots;
    QObject receiver;

    explicit Session(const QString &host, const QString &uri = {}, int keepAliveS = 2, const QString &cacheFile = {})
    {
        lv::HostSession::Options opt;
        opt.refreshMs = 200;
        opt.poolsMinIntervalMs = 1000;
        opt.firstRetryMs = 100;
        opt.maxRetryMs = 200;
        opt.keepAliveIntervalS = keepAliveS;
        opt.keepAliveCount = 1;
        opt.cacheFile = cacheFile;
        thread = util::makeThread(QStringLiteral("host:%1").arg(host));
        session = new lv::HostSession(0, uri.isEmpty() ? hostUri(host) : uri, opt);
        session->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, session, &QObject::deleteLater);
        QObject::connect(session, &lv::HostSession::statusChanged, &receiver,
                         [this](int, const model::HostStatus &s) { statuses.append(s); });
        QObject::connect(session, &lv::HostSession::snapshotReady, &receiver,
                         [this](int, const model::HostSnapshot &s) { snapshots.append(s); });
        thread->start();
        QMetaObject::invokeMethod(session, &lv::HostSession::start, Qt::QueuedConnection);
    }
    ~Session()
    {
        QMetaObject::invokeMethod(session, &lv::HostSession::shutdown, Qt::BlockingQueuedConnection);
        thread->quit();
    }
    HostState state() const { return statuses.isEmpty() ? HostState::Connecting : statuses.last().state; }
    QString reason() const { return statuses.isEmpty() ? QString() : statuses.last().reason; }
};

} // namespace

class TestHostSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        g_refuseConnect = g_failStats = g_hangRoma = g_failSuspend = g_freezeTcp = false;
        m_restore = std::make_unique<lv::ApiOverride>();
        lv::api().connectOpen = &refusingOpen;
        lv::api().connectGetAllDomainStats = &faultyStats;
        lv::api().connectIsAlive = &deadAlive;
        lv::api().domainSuspend = &faultySuspend;
    }
    void cleanup() { m_restore.reset(); }

    void reportsTheHostsVms()
    {
        Session s(QStringLiteral("roma1-hv1"));
        QTRY_COMPARE(s.state(), HostState::Up);
        QTRY_VERIFY(!s.snapshots.isEmpty());
        QVERIFY(!s.snapshots.last().vms.isEmpty());
        QVERIFY(!s.statuses.last().node.hostname.isEmpty());
    }

    // The steady cost is one call per tick: the storage pools are read when the host connects and
    // when asked (someone looks at the host), at most every 10 s.
    void oneCallPerTickPoolsOnRequest()
    {
        Session s(QStringLiteral("roma1-hv1"));
        QTRY_VERIFY(s.snapshots.size() >= 3);
        QVERIFY(!s.snapshots.last().pools.isEmpty()); // read at connect
        const quint64 c0 = s.session->remoteCalls(), t0 = s.session->ticks();
        QTRY_VERIFY(s.session->ticks() >= t0 + 10);
        const quint64 c1 = s.session->remoteCalls(), t1 = s.session->ticks();
        QCOMPARE(c1 - c0, t1 - t0);
        // Asked: read again at the next tick (a few calls more); asked again at once: not again.
        QTest::qWait(1100);
        const quint64 c1b = s.session->remoteCalls(), t1b = s.session->ticks();
        QCOMPARE(c1b - c1, t1b - t1);
        QMetaObject::invokeMethod(s.session, &lv::HostSession::refreshPoolsNow, Qt::QueuedConnection);
        QTRY_VERIFY(s.session->ticks() >= t1b + 3);
        const quint64 extra = (s.session->remoteCalls() - c1b) - (s.session->ticks() - t1b);
        QVERIFY2(extra >= 2, qPrintable(QString::number(extra))); // the pool list, then each pool's figures
        const quint64 c2 = s.session->remoteCalls(), t2 = s.session->ticks();
        QMetaObject::invokeMethod(s.session, &lv::HostSession::refreshPoolsNow, Qt::QueuedConnection);
        QTRY_VERIFY(s.session->ticks() >= t2 + 3);
        QCOMPARE(s.session->remoteCalls() - c2, s.session->ticks() - t2);
    }

    // A daemon that refuses the connection: unreachable with the reason, retried with backoff,
    // and up again by itself once it answers.
    void refusedThenBack()
    {
        g_refuseConnect = true;
        Session s(QStringLiteral("roma1-hv1"));
        QTRY_COMPARE(s.state(), HostState::Unreachable);
        QVERIFY(!s.reason().isEmpty());
        QTRY_VERIFY(s.statuses.last().failedAttempts >= 2); // retried, not given up
        QVERIFY(s.statuses.last().nextRetry.isValid());
        g_refuseConnect = false;
        QTRY_COMPARE(s.state(), HostState::Up);
        QTRY_VERIFY(!s.snapshots.isEmpty());
    }

    // Statistics fail on a connection that is no longer alive: the session drops it, says the
    // host is unreachable (with libvirt's words or ours), and reconnects when the daemon is back.
    void lostMidTickReconnects()
    {
        Session s(QStringLiteral("napoli-hv1"));
        QTRY_COMPARE(s.state(), HostState::Up);
        g_failStats = true;
        QTRY_COMPARE(s.state(), HostState::Unreachable);
        QVERIFY2(s.reason().contains(QLatin1String("statistics")), qPrintable(s.reason()));
        const int before = s.snapshots.size();
        g_failStats = false;
        QTRY_COMPARE(s.state(), HostState::Up);
        QTRY_VERIFY(s.snapshots.size() > before);
    }

    // One host's daemon stops answering in the middle of a tick: every other host keeps being
    // sampled at its own pace.
    void hungHostSlowsNothingElse()
    {
        Session roma(QStringLiteral("roma1-hv1"));
        Session napoli(QStringLiteral("napoli-hv1"));
        QTRY_COMPARE(roma.state(), HostState::Up);
        QTRY_COMPARE(napoli.state(), HostState::Up);
        g_hangRoma = true;
        QTRY_VERIFY(g_hanging.load());
        const quint64 romaTicks = roma.session->ticks();
        const quint64 napoliTicks = napoli.session->ticks();
        const int napoliSnaps = napoli.snapshots.size();
        QTRY_VERIFY(napoli.session->ticks() >= napoliTicks + 5); // 200 ms each: about a second
        QTRY_VERIFY(napoli.snapshots.size() >= napoliSnaps + 3);
        QCOMPARE(roma.session->ticks(), romaTicks);               // still inside the one call
        QVERIFY(g_hanging.load());
        g_hangRoma = false;
        QTRY_VERIFY(roma.session->ticks() > romaTicks);
    }

    // A daemon frozen when the console starts (its kernel accepts the connection, libvirt's
    // handshake never answers: the open is made to hang here): the host is unreachable once the
    // keepalive's allowance has passed, saying so, rather than "connecting" for good; no second
    // open of it starts while the first waits; other hosts are not held up.
    void frozenDaemonAtStartIsUnreachable()
    {
        QTcpServer listener; // the knock before the open finds a port that accepts
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const QString uri = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(listener.serverPort());
        g_freezeTcp = true;
        Session frozen(QStringLiteral("frozen"), uri, 1); // deadline 1 s x (1 + 1)
        Session roma(QStringLiteral("roma1-hv1"));
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(frozen.state(), HostState::Unreachable, 6000);
        QVERIFY2(t.elapsed() >= 1500, "unreachable before the deadline");
        QVERIFY2(frozen.reason().contains(QLatin1String("did not answer within 2 s")), qPrintable(frozen.reason()));
        QTRY_COMPARE(roma.state(), HostState::Up);
        // While that open waits, a second one of the same URI fails at once and says why.
        t.restart();
        lv::ConnectPtr again = lv::openWithKeepAlive(uri, 1, 1);
        QVERIFY(!again);
        QVERIFY(t.elapsed() < 1000);
        const QString why = lv::LibvirtError::takeLast().message;
        QVERIFY2(why.contains(QLatin1String("earlier connection")), qPrintable(why));
        QTRY_VERIFY(frozen.statuses.last().failedAttempts >= 2); // retried, not given up
        g_freezeTcp = false;
        // Thawed (and refusing here): the open fails as any refused open does, and is retried.
        QTRY_VERIFY_WITH_TIMEOUT(!frozen.reason().contains(QLatin1String("earlier connection"))
                                     && !frozen.reason().contains(QLatin1String("did not answer")), 5000);
    }

    // Definitions are read with their secrets (a VM restarted from one after a crash keeps its
    // console password), and the snapshot kept on disk is readable by its owner only.
    void definitionsKeepConsolePasswordsPrivately()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache/roma1-hv1.json"));
        Session s(QStringLiteral("roma1-hv1"), {}, 2, cache);
        QTRY_VERIFY(!s.snapshots.isEmpty());
        bool found = false;
        for (const auto &vm : s.snapshots.last().vms)
            if (vm.name == QLatin1String("roma1-hv1-atlas-wn00")) {
                found = true;
                QVERIFY2(vm.definition.contains(QLatin1String("passwd='s3cret'")), qPrintable(vm.definition));
            }
        QVERIFY(found);
        QTRY_VERIFY(QFile::exists(cache));
        QCOMPARE(QFile::permissions(cache) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner); // rw for the owner, nothing for group or others
        QCOMPARE(QFile::permissions(QFileInfo(cache).absolutePath()) & (QFile::ReadOther | QFile::ReadGroup | QFile::ExeOther),
                 QFileDevice::Permissions());
    }

    // A refused action says why, in libvirt's words or ours; an active VM is never undefined.
    void failedActionsSayWhy()
    {
        Session s(QStringLiteral("roma1-hv1"));
        QTRY_VERIFY(!s.snapshots.isEmpty());
        const model::VmInfo vm = s.snapshots.last().vms.first();
        QCOMPARE(vm.state, model::VmState::Running);

        auto perform = [&](model::VmAction action) {
            std::optional<std::pair<bool, QString>> result;
            QMetaObject::invokeMethod(s.session, [&, action] {
                s.session->performAction(vm.uuid, action, {}, [&](bool ok, const QString &message) {
                    result = std::make_pair(ok, message);
                });
            }, Qt::BlockingQueuedConnection);
            return *result;
        };
        g_failSuspend = true;
        auto r = perform(model::VmAction::Pause);
        QVERIFY(!r.first);
        QVERIFY2(r.second.contains(QLatin1String("failed")), qPrintable(r.second));
        g_failSuspend = false;

        r = perform(model::VmAction::UndefineStale);
        QVERIFY(!r.first);
        QVERIFY2(r.second.contains(QLatin1String("active")), qPrintable(r.second));

        r = perform(model::VmAction::Pause);
        QVERIFY2(r.first, qPrintable(r.second));
        QTRY_VERIFY(!s.snapshots.isEmpty() && [&] {
            for (const auto &v : s.snapshots.last().vms)
                if (v.uuid == vm.uuid)
                    return v.state == model::VmState::Paused;
            return false;
        }());
    }

    // A definition becomes a VM (its UUID in the reply), which starts, stops and is undefined; an
    // invalid definition is refused in libvirt's words. The experiments' test VMs are made so.
    void defineStartAndUndefine()
    {
        Session s(QStringLiteral("roma1-hv1"));
        QTRY_VERIFY(!s.snapshots.isEmpty());
        auto perform = [&](const QString &uuid, model::VmAction action, const QString &xml = {}) {
            std::optional<std::pair<bool, QString>> result;
            QMetaObject::invokeMethod(s.session, [&] {
                s.session->performAction(uuid, action, xml, [&](bool ok, const QString &message) {
                    result = std::make_pair(ok, message);
                });
            }, Qt::BlockingQueuedConnection);
            return *result;
        };
        config::Experiments e;
        e.vmDomainType = QStringLiteral("test");
        auto r = perform({}, model::VmAction::Define,
                         experiments::testVmXml(e, QStringLiteral("hawan-exp-1"), QStringLiteral("/vol/run/hawan-exp-1.img"),
                                                QStringLiteral("a <test> VM & more")));
        QVERIFY2(r.first, qPrintable(r.second));
        const QString uuid = r.second;
        QCOMPARE(uuid.size(), 36);
        auto seen = [&](std::function<bool(const model::VmInfo &)> pred) {
            for (const auto &v : s.snapshots.last().vms)
                if (v.uuid == uuid)
                    return pred(v);
            return false;
        };
        QTRY_VERIFY(seen([](const model::VmInfo &v) { return v.name == QLatin1String("hawan-exp-1") && v.state == model::VmState::ShutOff; }));
        QVERIFY(perform(uuid, model::VmAction::Start).first);
        QTRY_VERIFY(seen([](const model::VmInfo &v) { return v.state == model::VmState::Running; }));
        r = perform(uuid, model::VmAction::Undefine);
        QVERIFY(!r.first); // active: not undefined
        QVERIFY(perform(uuid, model::VmAction::Destroy).first);
        QVERIFY(perform(uuid, model::VmAction::Undefine).first);
        QTRY_VERIFY(!seen([](const model::VmInfo &) { return true; }));

        r = perform({}, model::VmAction::Define, QStringLiteral("<domain type='test'><name>broken"));
        QVERIFY(!r.first);
        QVERIFY2(!r.second.isEmpty(), qPrintable(r.second));
    }

private:
    std::unique_ptr<lv::ApiOverride> m_restore;
};

HAWAN_TEST_MAIN(TestHostSession, QCoreApplication)
#include "tst_hostsession.moc"
