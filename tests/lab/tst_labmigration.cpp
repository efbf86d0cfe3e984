// Live migration jobs on the real lab: across the WAN, with progress; cancelled mid-way.
#include "config/configloader.h"
#include "core/fleet.h"
#include "libvirt/handles.h"
#include "testmain.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QCoreApplication>
#include <QProcess>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <cstring>

using namespace hawan;
using namespace hawan::model;
using jobs::MigrationResult;

class TstLabMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migratesAcrossTheWan();
    void cancelMidMigrationKeepsTheVmOnTheSource();
    void hardDirtyingGuestIsPredictedNotToConverge();
    void hardDirtyingGuestCompletesWithAutoConverge();
    void hardDirtyingGuestCompletesWithPostCopy();
    void bandwidthCapLiftedWhileRunning();
    void destinationDiesMidMigration();
    void wanCutMidMigrationFailsWithinItsLimit();

private:
    bool labCmd(const QStringList &args);
    // Sets the WAN rate for one test; the returned guard restores the link (unpaced, not cut).
    auto slowWan(const QString &rate)
    {
        labCmd({QStringLiteral("wan"), QStringLiteral("set"), QStringLiteral("--rate"), rate});
        return qScopeGuard([this] {
            labCmd({QStringLiteral("wan"), QStringLiteral("restore")});
            labCmd({QStringLiteral("wan"), QStringLiteral("set"), QStringLiteral("--rate"), QStringLiteral("0")});
        });
    }
    jobs::MigrationJob *migrate(const QString &name, const QString &toHost, jobs::MigrationOptions opt);
    bool definedOn(const QString &name, int host) const { return find(host, name) != nullptr; }
    const VmInfo *find(int host, const QString &name) const;
    bool runsOnlyOn(const QString &name, int host) const;
    // The guest's vCPU time per wall-clock second over `ms` (1.0 = a full host core), from libvirt;
    // -1 when it cannot be read (not running there).
    double vcpuLoad(int host, const QString &name, int ms) const;
    int runningOn(const QString &name) const;
    QString otherSiteHost(int host) const; // roma1-hv1 <-> napoli-hv1, the hard-dirtying guest's two homes
    // Makes the hard-dirtying guest busy, checking its vCPU load; *loads lists what was measured.
    bool makeBusy(int host, const QString &name, QString *loads);
    void calmDown(const QString &name);
    QString m_dir;
    std::unique_ptr<core::Fleet> m_fleet;
    Inventory *m_inv = nullptr;
};

bool TstLabMigration::labCmd(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral(HAWAN_SOURCE_DIR "/lab/hawan-lab"), QStringLiteral("--dir"), m_dir} + args);
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

void TstLabMigration::initTestCase()
{
    m_dir = qEnvironmentVariable("HAWAN_LAB_DIR", QStringLiteral("/srv/hawan-lab-test"));
    if (!QFile::exists(m_dir + QStringLiteral("/state.json")))
        QSKIP("no lab is running (the lab_up fixture was skipped: root and QEMU are needed)");
    auto cfg = config::ConfigLoader::loadFile(m_dir + QStringLiteral("/hawan.toml"));
    QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
    cfg->console.refreshIntervalMs = 2000;
    m_fleet = std::make_unique<core::Fleet>(std::move(cfg.value()));
    m_inv = m_fleet->inventory();
    m_fleet->start();
    QVERIFY(QTest::qWaitFor([this] { return m_inv->allReported(); }, 30000));
}

const VmInfo *TstLabMigration::find(int host, const QString &name) const
{
    for (const auto &v : m_inv->vms(host))
        if (v.name == name)
            return &v;
    return nullptr;
}

bool TstLabMigration::runsOnlyOn(const QString &name, int host) const
{
    for (int h = 0; h < m_inv->hostCount(); ++h) {
        const VmInfo *v = find(h, name);
        if (h == host && (!v || v->state != VmState::Running))
            return false;
        if (h != host && v)
            return false; // defined (or running) elsewhere too
    }
    return true;
}

double TstLabMigration::vcpuLoad(int host, const QString &name, int ms) const
{
    lv::ConnectPtr conn(virConnectOpen(m_inv->host(host).uri.toUtf8().constData()));
    lv::DomainPtr dom(conn ? virDomainLookupByName(conn.get(), name.toUtf8().constData()) : nullptr);
    if (!dom) {
        virResetLastError();
        return -1;
    }
    auto sample = [&dom] {
        virVcpuInfo info[4];
        const int n = virDomainGetVcpus(dom.get(), info, 4, nullptr, 0);
        unsigned long long t = 0;
        for (int i = 0; i < n; ++i)
            t += info[i].cpuTime;
        return n > 0 ? qint64(t) : qint64(-1);
    };
    QElapsedTimer clock;
    clock.start();
    const qint64 t0 = sample();
    QTest::qWait(ms);
    const qint64 t1 = sample();
    if (t0 < 0 || t1 < 0) {
        virResetLastError();
        return -1;
    }
    return double(t1 - t0) / 1e6 / double(std::max<qint64>(1, clock.elapsed()));
}

void TstLabMigration::migratesAcrossTheWan()
{
    // Wherever an earlier run left it, the guest goes to the other site and back.
    const QString name = QStringLiteral("roma1-hv2-calm2");
    int from = -1;
    for (int h = 0; h < m_inv->hostCount(); ++h)
        if (find(h, name))
            from = h;
    QVERIFY(from >= 0);
    const int to = m_inv->config().hostIndex(m_inv->host(from).site == QLatin1String("Roma1") ? QStringLiteral("napoli-hv2")
                                                                                                : QStringLiteral("roma1-hv2"));
    jobs::MigrationOptions opt;
    opt.timeoutS = 120;
    QString error;
    jobs::MigrationJob *job = qobject_cast<jobs::MigrationJob *>(m_fleet->startMigration(from, find(from, name)->uuid, to, opt, &error));
    QVERIFY2(job, qPrintable(error));
    QSignalSpy progress(job, &jobs::MigrationJob::progressChanged);
    QSignalSpy done(job, &jobs::MigrationJob::finished);
    QVERIFY(done.wait(150000));
    const MigrationResult r = job->result();
    QVERIFY2(r.outcome == MigrationResult::Outcome::Succeeded, qPrintable(r.message));
    QVERIFY(progress.count() >= 2);
    QVERIFY2(r.fromCompletedStats, "libvirt's completed statistics were not readable on the destination");
    // How much depends on how far the guest got filling its 60 MiB (an earlier test may have just
    // power-cycled it); what must hold is that the figure is libvirt's, checked below.
    QVERIFY2(r.bytesSent > 1ull << 20, qPrintable(QString::number(r.bytesSent)));
    QVERIFY(r.downtimeMs >= 0);
    // Runs on the destination only, undefined on the source.
    QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, to), 10000);
    // The job's figures are libvirt's completed statistics, read here independently.
    lv::ConnectPtr dest(virConnectOpen(m_inv->host(to).uri.toUtf8().constData()));
    QVERIFY(dest);
    lv::DomainPtr dom(virDomainLookupByName(dest.get(), name.toUtf8().constData()));
    QVERIFY(dom);
    int type = 0, n = 0;
    virTypedParameterPtr params = nullptr;
    QCOMPARE(virDomainGetJobStats(dom.get(), &type, &params, &n, VIR_DOMAIN_JOB_STATS_COMPLETED), 0);
    unsigned long long processed = 0;
    QCOMPARE(virTypedParamsGetULLong(params, n, VIR_DOMAIN_JOB_DATA_PROCESSED, &processed), 1);
    virTypedParamsFree(params, n);
    QCOMPARE(r.bytesSent, quint64(processed));

    // And back, leaving the lab as the fixture made it.
    jobs::MigrationJob *back = qobject_cast<jobs::MigrationJob *>(m_fleet->startMigration(to, find(to, name)->uuid, from, opt, &error));
    QVERIFY2(back, qPrintable(error));
    QSignalSpy backDone(back, &jobs::MigrationJob::finished);
    QVERIFY(backDone.wait(150000));
    QVERIFY2(back->result().outcome == MigrationResult::Outcome::Succeeded, qPrintable(back->result().message));
    QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, from), 10000);
}

void TstLabMigration::cancelMidMigrationKeepsTheVmOnTheSource()
{
    // The hard-dirtying guest over a slow link cannot finish quickly: cancel it in flight.
    auto restore = slowWan(QStringLiteral("20mbit"));
    const int from = m_inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    const int to = m_inv->config().hostIndex(QStringLiteral("napoli-hv1"));
    const QString name = QStringLiteral("roma1-hv1-dirty2");
    QVERIFY(find(from, name));
    jobs::MigrationOptions opt;
    opt.timeoutS = 120;
    QString error;
    jobs::MigrationJob *job = qobject_cast<jobs::MigrationJob *>(m_fleet->startMigration(from, find(from, name)->uuid, to, opt, &error));
    QVERIFY2(job, qPrintable(error));
    QSignalSpy done(job, &jobs::MigrationJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().dataProcessed > (4ull << 20), 60000);
    QVERIFY(!job->isFinished());
    job->cancel();
    QVERIFY(done.wait(60000));
    QCOMPARE(int(job->result().outcome), int(MigrationResult::Outcome::Cancelled));
    QVERIFY(job->result().message.isEmpty()); // a cancel is not an error
    QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, from), 10000);
}

jobs::MigrationJob *TstLabMigration::migrate(const QString &name, const QString &toHost, jobs::MigrationOptions opt)
{
    int from = -1;
    for (int h = 0; h < m_inv->hostCount(); ++h)
        if (find(h, name) && m_inv->hostStatus(h).state == HostState::Up)
            from = h;
    if (from < 0)
        return nullptr;
    QString error;
    auto *job = m_fleet->startMigration(from, find(from, name)->uuid, m_inv->config().hostIndex(toHost), opt, &error);
    if (!job)
        qWarning() << error;
    return qobject_cast<jobs::MigrationJob *>(job);
}

void TstLabMigration::hardDirtyingGuestIsPredictedNotToConverge()
{
    auto restore = slowWan(QStringLiteral("50mbit"));
    const QString name = QStringLiteral("roma1-hv1-dirty2");
    const int source = m_inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    jobs::MigrationOptions opt;
    opt.timeoutS = 120;
    jobs::MigrationJob *job = migrate(name, QStringLiteral("napoli-hv1"), opt);
    QVERIFY(job);
    QSignalSpy done(job, &jobs::MigrationJob::finished);
    // The guest re-dirties 32 MiB about 18 times a second: far more than 50 Mbit/s can carry.
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().notConverging || job->isFinished(), 60000);
    QVERIFY2(!job->isFinished(), "expected a migration that cannot converge");
    job->cancel();
    QVERIFY(done.wait(60000));
    QCOMPARE(int(job->result().outcome), int(MigrationResult::Outcome::Cancelled));
    QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, source), 10000);
}

int TstLabMigration::runningOn(const QString &name) const
{
    for (int h = 0; h < m_inv->hostCount(); ++h)
        if (const VmInfo *v = find(h, name); v && v->state == VmState::Running)
            return h;
    return -1;
}

QString TstLabMigration::otherSiteHost(int host) const
{
    return m_inv->host(host).name == QLatin1String("roma1-hv1") ? QStringLiteral("napoli-hv1") : QStringLiteral("roma1-hv1");
}

bool TstLabMigration::makeBusy(int host, const QString &name, QString *loads)
{
    // Busy, its vCPU takes a host core; calm, about a tenth of one. A key press toggles; it is
    // pressed again only if the load shows it did not take (a press lost, or a starved guest).
    QStringList seen;
    double load = vcpuLoad(host, name, 1000);
    seen << QString::number(load, 'f', 2);
    for (int press = 0; press < 3 && load < 0.5; ++press) {
        if (!labCmd({QStringLiteral("virsh"), m_inv->host(host).name, QStringLiteral("send-key"), name, QStringLiteral("KEY_B")}))
            break;
        QTest::qWait(500); // the calm guest reads the keyboard once per timer tick
        load = vcpuLoad(host, name, 2000);
        seen << QString::number(load, 'f', 2);
    }
    *loads = seen.join(QStringLiteral(", "));
    return load >= 0.5;
}

void TstLabMigration::calmDown(const QString &name)
{
    const int h = runningOn(name);
    if (h >= 0 && vcpuLoad(h, name, 1000) >= 0.5)
        labCmd({QStringLiteral("virsh"), m_inv->host(h).name, QStringLiteral("send-key"), name, QStringLiteral("KEY_B")});
}

void TstLabMigration::hardDirtyingGuestCompletesWithAutoConverge()
{
    auto restore = slowWan(QStringLiteral("50mbit"));
    const QString name = QStringLiteral("roma1-hv1-dirty2");
    // The same guest, now loaded: a key press makes it dirty its 32 MiB set without pausing, a few
    // pages at a time between CPU-bound work, so what it dirties follows the CPU time it gets
    // (about a full set per second here: far more than 50 Mbit/s carries). Auto-converge takes CPU
    // time from it (from 50 %, +20 % per pass) until the last pass fits the downtime.
    auto calm = qScopeGuard([&] { calmDown(name); });
    // A CI run once saw this migration end after its second pass without any throttle: the guest
    // dirtied its whole set during the first pass, then nearly nothing. Such a run proves nothing
    // about auto-converge, so it says so (with a trace of every pass and the guest's vCPU load) and
    // tries once more, back in the other direction. Without auto-converge (or its parameters) the
    // busy guest never converges: that fails at the time limit, never through the retry.
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const int source = runningOn(name);
        QVERIFY(source >= 0);
        const QString toHost = otherSiteHost(source);
        QString loads;
        const bool busy = makeBusy(source, name, &loads);
        qInfo("attempt %d, %s -> %s: vCPU load before migrating (cores; then after each key press): %s", attempt,
              qPrintable(m_inv->host(source).name), qPrintable(toHost), qPrintable(loads));
        QVERIFY2(busy, "the guest did not go busy: its vCPU stayed below half a core (key press lost, or the machine too loaded for this test)");
        jobs::MigrationOptions opt;
        opt.autoConverge = true;
        opt.timeoutS = 170;
        jobs::MigrationJob *job = migrate(name, toHost, opt);
        QVERIFY(job);
        int maxThrottle = 0;
        quint64 maxDirty = 0;
        // One line per pass and throttle step, with the guest's vCPU load (last 2 s) beside it.
        QStringList trace;
        quint64 lastIteration = 0;
        int lastThrottle = -1;
        double sourceLoad = -1;
        connect(job, &jobs::MigrationJob::progressChanged, this, [&](const jobs::MigrationProgress &p) {
            maxThrottle = std::max(maxThrottle, p.autoConvergeThrottle);
            maxDirty = std::max(maxDirty, p.dirtyRateBps);
            if (p.iteration != lastIteration || p.autoConvergeThrottle != lastThrottle) {
                lastIteration = p.iteration;
                lastThrottle = p.autoConvergeThrottle;
                trace << QStringLiteral("  %1 s: pass %2, %3 MiB sent, %4 MiB left, dirty %5 MiB/s, throttle %6 %, vCPU %7")
                             .arg(double(p.elapsedMs) / 1000.0, 0, 'f', 1)
                             .arg(p.iteration)
                             .arg(p.dataProcessed >> 20)
                             .arg(p.dataRemaining >> 20)
                             .arg(double(p.dirtyRateBps) / 1048576.0, 0, 'f', 1)
                             .arg(p.autoConvergeThrottle)
                             .arg(sourceLoad, 0, 'f', 2);
            }
        });
        QSignalSpy done(job, &jobs::MigrationJob::finished);
        QElapsedTimer waited;
        waited.start();
        // The job ends by itself at its time limit (an abort, which a loaded TCG guest may take a
        // while to honour): wait past it, and say what the passes looked like either way.
        while (done.isEmpty() && waited.elapsed() < (opt.timeoutS + 90) * 1000) {
            const double l = vcpuLoad(source, name, 2000); // also spins the event loop for 2 s
            if (l >= 0)
                sourceLoad = l;
        }
        if (done.isEmpty())
            qInfo("still running %.0f s after its start; passes so far:\n%s", double(waited.elapsed()) / 1000.0,
                  qPrintable(trace.join(QLatin1Char('\n'))));
        QVERIFY2(!done.isEmpty(), "the migration neither completed nor ended at its time limit");
        const MigrationResult r = job->result();
        qInfo("auto-converge alone: %s in %.1f s, %llu MiB sent, downtime %lld ms, peak dirty rate %.1f MiB/s, throttle up to %d %%\n%s",
              r.outcome == MigrationResult::Outcome::Succeeded ? "completed" : "FAILED", double(r.durationMs) / 1000.0,
              r.bytesSent >> 20, r.downtimeMs, double(maxDirty) / 1048576.0, maxThrottle, qPrintable(trace.join(QLatin1Char('\n'))));
        QVERIFY2(r.outcome == MigrationResult::Outcome::Succeeded, qPrintable(r.message));
        QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, m_inv->config().hostIndex(toHost)), 15000);
        // QEMU raises the throttle only after passes in which the guest dirtied more than half of
        // what was sent: a high throttle proves the guest out-dirtied the link (its reported dirty
        // rate is itself throttled, so it is logged, not asserted).
        if (maxThrottle >= 70)
            return;
        qWarning("attempt %d converged with the throttle at %d %%: the guest stopped dirtying on its own (see the trace), "
                 "so it proves nothing about auto-converge", attempt, maxThrottle);
    }
    QFAIL("twice the guest stopped out-dirtying the link on its own: the test proves nothing");
}

void TstLabMigration::hardDirtyingGuestCompletesWithPostCopy()
{
    // Calm again, it still re-dirties 32 MiB at every timer tick in a few milliseconds: no
    // throttle can help that. Post-copy can: after the switch the guest runs on the destination
    // and fetches the pages it still lacks. It ends on roma1-hv1, where the other tests expect it
    // (twice across if a retried auto-converge run left it there already).
    auto restore = slowWan(QStringLiteral("50mbit"));
    const QString name = QStringLiteral("roma1-hv1-dirty2");
    for (;;) {
        const int source = runningOn(name);
        QVERIFY(source >= 0);
        const QString toHost = otherSiteHost(source);
        jobs::MigrationOptions opt;
        opt.postCopyAllowed = true;
        opt.postCopyAfterS = 10;
        opt.timeoutS = 150;
        jobs::MigrationJob *job = migrate(name, toHost, opt);
        QVERIFY(job);
        bool postCopy = false;
        connect(job, &jobs::MigrationJob::progressChanged, this, [&](const jobs::MigrationProgress &p) { postCopy = postCopy || p.postCopy; });
        QSignalSpy done(job, &jobs::MigrationJob::finished);
        QVERIFY(done.wait(160000));
        qInfo("post-copy after 10 s to %s: %s in %.1f s, %llu MiB sent, downtime %lld ms", qPrintable(toHost),
              job->result().outcome == MigrationResult::Outcome::Succeeded ? "completed" : "FAILED",
              double(job->result().durationMs) / 1000.0, job->result().bytesSent >> 20, job->result().downtimeMs);
        QVERIFY2(job->result().outcome == MigrationResult::Outcome::Succeeded, qPrintable(job->result().message));
        QVERIFY(postCopy);
        QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, m_inv->config().hostIndex(toHost)), 15000);
        if (toHost == QLatin1String("roma1-hv1"))
            return;
    }
}

void TstLabMigration::bandwidthCapLiftedWhileRunning()
{
    const QString name = QStringLiteral("roma1-hv2-calm1");
    jobs::MigrationOptions opt;
    opt.bandwidthMiBs = 2; // ~60 MiB would take 30 s
    opt.timeoutS = 120;
    jobs::MigrationJob *job = migrate(name, QStringLiteral("roma1-hv1"), opt);
    QVERIFY(job);
    QSignalSpy done(job, &jobs::MigrationJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().dataProcessed > (4ull << 20), 30000);
    QCOMPARE(job->progress().bandwidthCapMiBs, quint64(2));
    const qint64 liftedAt = job->progress().elapsedMs;
    job->setBandwidthCap(0);
    QVERIFY(done.wait(60000));
    QCOMPARE(int(job->result().outcome), int(MigrationResult::Outcome::Succeeded));
    qInfo("cap lifted after %.1f s; done in %.1f s", double(liftedAt) / 1000.0, double(job->result().durationMs) / 1000.0);
    QVERIFY2(job->result().durationMs < 20000, "at 2 MiB/s it would have taken about 30 s");
    // Back where the next tests expect it.
    QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, m_inv->config().hostIndex(QStringLiteral("roma1-hv1"))), 15000);
    jobs::MigrationJob *back = migrate(name, QStringLiteral("roma1-hv2"), {});
    QVERIFY(back);
    QSignalSpy backDone(back, &jobs::MigrationJob::finished);
    QVERIFY(backDone.wait(60000));
    QCOMPARE(int(back->result().outcome), int(MigrationResult::Outcome::Succeeded));
    QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, m_inv->config().hostIndex(QStringLiteral("roma1-hv2"))), 15000);
}

void TstLabMigration::destinationDiesMidMigration()
{
    auto restore = slowWan(QStringLiteral("40mbit"));
    const QString name = QStringLiteral("roma1-hv1-calm1");
    const int source = m_inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    const int dest = m_inv->config().hostIndex(QStringLiteral("napoli-hv2"));
    jobs::MigrationOptions opt;
    opt.timeoutS = 120;
    jobs::MigrationJob *job = migrate(name, QStringLiteral("napoli-hv2"), opt);
    QVERIFY(job);
    QSignalSpy done(job, &jobs::MigrationJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().dataProcessed > (8ull << 20), 60000);
    QVERIFY(!job->isFinished());
    QVERIFY(labCmd({QStringLiteral("kill-host"), QStringLiteral("napoli-hv2")}));
    QVERIFY(done.wait(90000));
    QCOMPARE(int(job->result().outcome), int(MigrationResult::Outcome::Failed));
    QVERIFY(!job->result().message.isEmpty()); // libvirt's reason, shown to the operator
    QTRY_VERIFY_WITH_TIMEOUT(find(source, name) && find(source, name)->state == VmState::Running, 10000);
    // The destination comes back without the VM: it never runs twice, nor nowhere.
    QVERIFY(labCmd({QStringLiteral("start-host"), QStringLiteral("napoli-hv2")}));
    QTRY_COMPARE_WITH_TIMEOUT(m_inv->hostStatus(dest).state, HostState::Up, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(runsOnlyOn(name, source), 15000);
    for (const auto &vm : m_inv->vms(dest)) // its own guests died with it: start them again
        m_fleet->requestVmAction(dest, vm.uuid, model::VmAction::Start);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_inv->vms(dest).cbegin(), m_inv->vms(dest).cend(),
                                         [](const VmInfo &v) { return v.state == VmState::Running; }), 20000);
}

void TstLabMigration::wanCutMidMigrationFailsWithinItsLimit()
{
    auto restore = slowWan(QStringLiteral("40mbit"));
    const QString name = QStringLiteral("roma1-hv2-calm1");
    const int source = m_inv->config().hostIndex(QStringLiteral("roma1-hv2"));
    const int dest = m_inv->config().hostIndex(QStringLiteral("napoli-hv1"));
    jobs::MigrationOptions opt;
    opt.timeoutS = 25;
    jobs::MigrationJob *job = migrate(name, QStringLiteral("napoli-hv1"), opt);
    QVERIFY(job);
    QSignalSpy done(job, &jobs::MigrationJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().dataProcessed > (4ull << 20), 60000);
    QVERIFY(labCmd({QStringLiteral("wan"), QStringLiteral("cut")}));
    // Whatever fails below, the next tests get their WAN back.
    auto restoreWan = qScopeGuard([this] { labCmd({QStringLiteral("wan"), QStringLiteral("restore")}); });
    QElapsedTimer t;
    t.start();
    QVERIFY(done.wait(60000)); // no hang: the time limit aborts it if nothing else does
    QVERIFY(t.elapsed() < 45000);
    QCOMPARE(int(job->result().outcome), int(MigrationResult::Outcome::Failed));
    QTRY_VERIFY_WITH_TIMEOUT(find(source, name) && find(source, name)->state == VmState::Running, 10000);
    QVERIFY(labCmd({QStringLiteral("wan"), QStringLiteral("restore")}));
    // Once the link is back, the half-arrived copy is gone from the destination.
    QTRY_VERIFY_WITH_TIMEOUT(!definedOn(name, dest), 60000);
    QVERIFY(runsOnlyOn(name, source));
}

HAWAN_TEST_MAIN(TstLabMigration, QCoreApplication)
#include "tst_labmigration.moc"
