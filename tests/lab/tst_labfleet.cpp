// The console's backend on the real lab (real libvirtd per host, QEMU guests, emulated WAN):
// it sees every guest, and a host that dies or hangs is reported while the others keep updating.
#include "config/configloader.h"
#include "core/fleet.h"
#include "core/sitestatus.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>

using namespace hawan;
using namespace hawan::model;

class TstLabFleet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seesEveryLabGuest();
    void hungHostIsDetectedAndOthersKeepUpdating();
    void killedHostIsUnreachableUntilRestarted();
    void wanCutCutsTheFarSiteOff();
    void silentHostComesBackWithItsVms_data();
    void silentHostComesBackWithItsVms();

private:
    bool labCmd(const QStringList &args);
    QByteArray labOutput(const QStringList &args);
    // After a cut is mended: every heal drained (the later tests need the storage in sync). Heal
    // entries still listed after 90 s are returned, empty when in sync.
    QByteArray waitForHealsDrained();
    std::unique_ptr<core::Fleet> startFleet();
    // Started with its probes, once every host has reported; null on failure.
    std::unique_ptr<core::Fleet> startFleetWithProbes();
    QString m_dir;
    QJsonObject m_state;
};

bool TstLabFleet::labCmd(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral(HAWAN_SOURCE_DIR "/lab/hawan-lab"), QStringLiteral("--dir"), m_dir} + args);
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

QByteArray TstLabFleet::labOutput(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral(HAWAN_SOURCE_DIR "/lab/hawan-lab"), QStringLiteral("--dir"), m_dir} + args);
    p.waitForFinished(120000);
    return p.readAllStandardOutput();
}

QByteArray TstLabFleet::waitForHealsDrained()
{
    if (!m_state.contains(QStringLiteral("gluster")))
        return {};
    const QStringList info{QStringLiteral("gluster"), QStringLiteral("volume"), QStringLiteral("heal"), QStringLiteral("vmstore"), QStringLiteral("info")};
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 90000) {
        out = labOutput(info);
        const auto counts = QRegularExpression(QStringLiteral("Number of entries: (\\S+)")).globalMatch(QString::fromUtf8(out));
        int bricks = 0, clean = 0;
        for (auto it = counts; it.hasNext();) {
            ++bricks;
            clean += it.next().captured(1) == QLatin1String("0");
        }
        if (bricks > 0 && clean == bricks) {
            qInfo("storage in sync again %.1f s after the restore", double(t.elapsed()) / 1000.0);
            return {};
        }
        QTest::qWait(1000);
    }
    return out + labOutput({QStringLiteral("gluster"), QStringLiteral("volume"), QStringLiteral("heal"), QStringLiteral("vmstore"),
                            QStringLiteral("info"), QStringLiteral("split-brain")});
}

void TstLabFleet::initTestCase()
{
    m_dir = qEnvironmentVariable("HAWAN_LAB_DIR", QStringLiteral("/srv/hawan-lab-test"));
    QFile f(m_dir + QStringLiteral("/state.json"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("no lab is running (the lab_up fixture was skipped: root and QEMU are needed)");
    m_state = QJsonDocument::fromJson(f.readAll()).object();
}

std::unique_ptr<core::Fleet> TstLabFleet::startFleet()
{
    auto cfg = config::ConfigLoader::loadFile(m_dir + QStringLiteral("/hawan.toml"));
    if (!cfg) {
        qWarning().noquote() << config::ConfigLoader::formatErrors(cfg.error());
        return nullptr;
    }
    cfg->console.refreshIntervalMs = 1000;
    auto fleet = std::make_unique<core::Fleet>(std::move(cfg.value()));
    fleet->start();
    return fleet;
}

std::unique_ptr<core::Fleet> TstLabFleet::startFleetWithProbes()
{
    auto fleet = startFleet();
    if (!fleet)
        return nullptr;
    fleet->startProbes();
    Inventory *inv = fleet->inventory();
    return QTest::qWaitFor([inv] { return inv->allReported(); }, 30000) ? std::move(fleet) : nullptr;
}

void TstLabFleet::seesEveryLabGuest()
{
    auto fleet = startFleet();
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 30000));
    QCOMPARE(inv->hostCount(), m_state[QStringLiteral("hosts")].toArray().size());
    for (int h = 0; h < inv->hostCount(); ++h) {
        QCOMPARE(inv->hostStatus(h).state, HostState::Up);
        QCOMPARE(inv->hostStatus(h).node.hypervisor, QStringLiteral("QEMU"));
    }
    QStringList expected, seen;
    for (const auto &g : m_state[QStringLiteral("guests")].toArray())
        expected << g.toObject()[QStringLiteral("name")].toString() + QLatin1Char('@') + g.toObject()[QStringLiteral("host")].toString();
    for (int h = 0; h < inv->hostCount(); ++h)
        for (const auto &vm : inv->vms(h)) {
            seen << vm.name + QLatin1Char('@') + inv->host(h).name;
            QCOMPARE(vm.state, VmState::Running);
            QCOMPARE(vm.vcpus, 1u);
            QCOMPARE(vm.memoryKiB, quint64(64 * 1024));
            QCOMPARE(vm.disks.size(), 1);
            QVERIFY2(vm.disks.first().startsWith(m_dir + QStringLiteral("/vmstore/")), qPrintable(vm.disks.first())); // on the GlusterFS volume
        }
    expected.sort();
    seen.sort();
    QCOMPARE(seen, expected);
    // Real guests report CPU time: the percentage is known after two ticks.
    QTRY_VERIFY_WITH_TIMEOUT(inv->vms(0).first().cpuPercent >= 0, 5000);
}

void TstLabFleet::hungHostIsDetectedAndOthersKeepUpdating()
{
    auto fleet = startFleet();
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 30000));
    const int hung = inv->config().hostIndex(QStringLiteral("napoli-hv2"));
    const int other = inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    QVERIFY(labCmd({QStringLiteral("hang-host"), QStringLiteral("napoli-hv2")}));
    auto resume = qScopeGuard([this] { labCmd({QStringLiteral("resume-host"), QStringLiteral("napoli-hv2")}); });
    const QDateTime hungAt = QDateTime::currentDateTimeUtc();
    // The others keep their 1 s updates while napoli-hv2's worker is blocked in a call...
    QTest::qWait(4000);
    QVERIFY(inv->hostStatus(other).lastUpdate > hungAt.addSecs(2));
    QVERIFY(inv->isStale(hung, hungAt.addSecs(5)) || inv->hostStatus(hung).lastUpdate < hungAt.addSecs(1));
    // ...and keepalive (5 s x 3) gives up on the hung daemon: unreachable, data stale.
    QTRY_COMPARE_WITH_TIMEOUT(inv->hostStatus(hung).state, HostState::Unreachable, 40000);
    QVERIFY(inv->isStale(hung));
    QCOMPARE(inv->hostStatus(other).state, HostState::Up);
    QVERIFY(inv->hostStatus(other).lastUpdate > QDateTime::currentDateTimeUtc().addSecs(-3));
    // Resumed, it comes back by itself.
    resume.dismiss();
    QVERIFY(labCmd({QStringLiteral("resume-host"), QStringLiteral("napoli-hv2")}));
    QTRY_COMPARE_WITH_TIMEOUT(inv->hostStatus(hung).state, HostState::Up, 90000);
}

void TstLabFleet::killedHostIsUnreachableUntilRestarted()
{
    auto fleet = startFleet();
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 30000));
    const int h = inv->config().hostIndex(QStringLiteral("roma1-hv2"));
    QVERIFY(labCmd({QStringLiteral("kill-host"), QStringLiteral("roma1-hv2")}));
    QTRY_COMPARE_WITH_TIMEOUT(inv->hostStatus(h).state, HostState::Unreachable, 15000);
    QVERIFY(!inv->hostStatus(h).reason.isEmpty());
    QVERIFY(!inv->vms(h).isEmpty()); // last known guests stay listed, stale
    QVERIFY(inv->isStale(h));
    QVERIFY(labCmd({QStringLiteral("start-host"), QStringLiteral("roma1-hv2")}));
    QTRY_COMPARE_WITH_TIMEOUT(inv->hostStatus(h).state, HostState::Up, 90000);
    // Its guests died with it (a power loss): the daemon reports them shut off.
    QTRY_VERIFY_WITH_TIMEOUT(!inv->vms(h).isEmpty() && inv->vms(h).first().state == VmState::ShutOff, 10000);
    // Start them again so the lab is as the fixture left it.
    for (const auto &vm : inv->vms(h))
        fleet->requestVmAction(h, vm.uuid, model::VmAction::Start);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(inv->vms(h).cbegin(), inv->vms(h).cend(),
                                         [](const VmInfo &v) { return v.state == VmState::Running; }), 20000);
}

// The console stands at Roma1 (the lab's default): a WAN cut cuts it off from Napoli. Both Napoli
// hosts turn unreachable and the site reads cut off within 10 s (keepalive 2 s x 2 in the lab's
// configuration, then a 3 s knock); hawanctl says the same; restored, they are back within 10 s
// without anyone acting (the link's return retries them at once).
void TstLabFleet::wanCutCutsTheFarSiteOff()
{
    if (!m_state.contains(QStringLiteral("console")))
        QSKIP("the lab's console is not at a site (--console-site none)");
    auto fleet = startFleetWithProbes();
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    const int napoli = inv->config().siteIndex(QStringLiteral("Napoli"));
    const int roma = inv->config().siteIndex(QStringLiteral("Roma1"));
    QTRY_COMPARE_WITH_TIMEOUT(inv->siteCounts(napoli).hostsUp, 2, 20000);
    QVERIFY(labCmd({QStringLiteral("wan"), QStringLiteral("cut")}));
    auto restore = qScopeGuard([this] {
        labCmd({QStringLiteral("wan"), QStringLiteral("restore")});
        waitForHealsDrained();
    });
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(core::siteStatus(*inv, fleet->probes(), napoli).cutOff, 10000);
    qInfo("Napoli cut off (both hosts unreachable, link cut) %.1f s after the cut", double(t.elapsed()) / 1000.0);
    QCOMPARE(inv->siteCounts(napoli).hostsUnreachable, 2);
    QCOMPARE(inv->siteCounts(napoli).vmsUnknown, inv->siteCounts(napoli).vms);
    QCOMPARE(inv->siteCounts(roma).hostsUp, 2); // the console's own site answers throughout
    QVERIFY(!core::siteStatus(*inv, fleet->probes(), roma).cutOff);

    // A fresh hawanctl at the same site says it in its JSON.
    QProcess ctl;
    t.restart();
    ctl.start(QStringLiteral(HAWANCTL_BIN), {QStringLiteral("--config"), m_dir + QStringLiteral("/hawan.toml"),
                                             QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("10")});
    const bool ctlDone = ctl.waitForFinished(45000);
    qInfo("hawanctl status answered in %.1f s", double(t.elapsed()) / 1000.0);
    if (!ctlDone) {
        // Where it hangs: its threads by name, what each waits in, and whether it answered.
        QByteArray why = "hawanctl status did not end; stdout so far: " + ctl.readAllStandardOutput().left(300) + "\nstderr: "
            + ctl.readAllStandardError() + "\nthreads:";
        const QString task = QStringLiteral("/proc/%1/task").arg(ctl.processId());
        for (const QString &tid : QDir(task).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            auto read = [&](const char *what) {
                QFile f(task + QLatin1Char('/') + tid + QLatin1Char('/') + QLatin1String(what));
                return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
            };
            why += "\n  " + tid.toUtf8() + " " + read("comm") + " wchan=" + read("wchan") + " syscall=" + read("syscall").left(40);
        }
        ctl.kill();
        QFAIL(why.constData());
    }
    const QJsonObject json = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
    bool napoliCutOff = false;
    for (const auto &site : json[QStringLiteral("sites")].toArray())
        if (site.toObject()[QStringLiteral("name")].toString() == QLatin1String("Napoli")) {
            napoliCutOff = site.toObject()[QStringLiteral("cut_off")].toBool();
            for (const auto &h : site.toObject()[QStringLiteral("hosts")].toArray())
                QCOMPARE(h.toObject()[QStringLiteral("state")].toString(), QStringLiteral("unreachable"));
        }
    QVERIFY2(napoliCutOff, ctl.readAllStandardError().constData());
    QCOMPARE(json[QStringLiteral("links")].toArray().first().toObject()[QStringLiteral("state")].toString(), QStringLiteral("cut"));

    restore.dismiss();
    QVERIFY(labCmd({QStringLiteral("wan"), QStringLiteral("restore")}));
    t.restart();
    QTRY_COMPARE_WITH_TIMEOUT(inv->siteCounts(napoli).hostsUp, 2, 10000);
    qInfo("Napoli's hosts up again %.1f s after the restore", double(t.elapsed()) / 1000.0);
    QVERIFY(!core::siteStatus(*inv, fleet->probes(), napoli).cutOff);
    const QByteArray unhealed = waitForHealsDrained();
    QVERIFY2(unhealed.isEmpty(), unhealed.constData());
}

// A host silent on the network while its daemon and guests run: its switch port down, or its
// kernel dropping every packet it sends (link up, ARP answering). Unreachable within 10 s with the
// shipped keepalive, its guests still running; back, it returns with the same VMs running.
void TstLabFleet::silentHostComesBackWithItsVms_data()
{
    QTest::addColumn<QString>("silence");
    QTest::addColumn<QString>("back");
    QTest::addColumn<QString>("network");
    QTest::newRow("port down") << QStringLiteral("cut-host") << QStringLiteral("restore-host") << QStringLiteral("cut");
    QTest::newRow("packets dropped") << QStringLiteral("drop-host") << QStringLiteral("undrop-host") << QStringLiteral("dropping");
}

void TstLabFleet::silentHostComesBackWithItsVms()
{
    QFETCH(QString, silence);
    QFETCH(QString, back);
    QFETCH(QString, network);
    if (!m_state.contains(QStringLiteral("console")))
        QSKIP("the lab's console is not at a site (--console-site none)");
    auto fleet = startFleetWithProbes();
    QVERIFY(fleet);
    Inventory *inv = fleet->inventory();
    const int h = inv->config().hostIndex(QStringLiteral("napoli-hv1"));
    QTRY_COMPARE_WITH_TIMEOUT(inv->hostStatus(h).state, HostState::Up, 20000);
    QStringList before;
    for (const auto &vm : inv->vms(h))
        before << vm.uuid;
    QVERIFY(!before.isEmpty());
    QVERIFY(labCmd({silence, QStringLiteral("napoli-hv1")}));
    auto restore = qScopeGuard([this, back] {
        labCmd({back, QStringLiteral("napoli-hv1")});
        waitForHealsDrained();
    });
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(inv->hostStatus(h).state, HostState::Unreachable, 10000);
    qInfo("napoli-hv1 unreachable %.1f s after %s", double(t.elapsed()) / 1000.0, qPrintable(silence));
    // Not a site cut: the other Napoli host and the link answer.
    QVERIFY(!core::siteStatus(*inv, fleet->probes(), inv->config().siteIndex(QStringLiteral("Napoli"))).cutOff);
    // Its daemon and guests run on (asked on the host itself, not over the network).
    QProcess status;
    status.start(QStringLiteral("python3"), {QStringLiteral(HAWAN_SOURCE_DIR "/lab/hawan-lab"), QStringLiteral("--dir"), m_dir,
                                              QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY(status.waitForFinished(60000));
    const QJsonObject lab = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
    for (const auto &host : lab[QStringLiteral("hosts")].toArray())
        if (host.toObject()[QStringLiteral("name")].toString() == QLatin1String("napoli-hv1")) {
            QCOMPARE(host.toObject()[QStringLiteral("daemon")].toString(), QStringLiteral("running"));
            QCOMPARE(host.toObject()[QStringLiteral("network")].toString(), network);
            QCOMPARE(host.toObject()[QStringLiteral("running")].toArray().size(), before.size());
        }
    restore.dismiss();
    QVERIFY(labCmd({back, QStringLiteral("napoli-hv1")}));
    QTRY_COMPARE_WITH_TIMEOUT(inv->hostStatus(h).state, HostState::Up, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!inv->isStale(h), 10000);
    QStringList after;
    for (const auto &vm : inv->vms(h)) {
        after << vm.uuid;
        QCOMPARE(vm.state, VmState::Running);
    }
    before.sort();
    after.sort();
    QCOMPARE(after, before);
    const QByteArray unhealed = waitForHealsDrained();
    QVERIFY2(unhealed.isEmpty(), unhealed.constData());
}

HAWAN_TEST_MAIN(TstLabFleet, QCoreApplication)
#include "tst_labfleet.moc"
