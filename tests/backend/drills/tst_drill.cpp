// The drill's machinery, run for real on this machine with the test driver's hosts: both sites'
// runner is `env` (the write witnesses, hawan-writer itself, write in a temporary directory), the
// link's fault commands are a small script that logs what it is asked (it stands for the lab's
// `hawan-lab wan set`, which needs root and the lab: tests/lab covers the drills end to end).
// There are no link probes here, so a lossy-WAN drill cannot see its fault: its verdict says so,
// while the witnesses, the repair, the census and the clean-up are checked for real.
#include "drills/drill.h"

#include "config/configloader.h"
#include "core/fleet.h"
#include "jobs/jobtracker.h"
#include "model/inventory.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hawan;
using namespace hawan::drills;

namespace {
// Logs its arguments (one line per call) to the file named first.
const char *kLog = R"(f="$0"; echo "$*" >> "$f")";

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TstDrill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_STATE_HOME", m_dir.filePath(QStringLiteral("state")).toUtf8());
    }

    void catalogue()
    {
        QSet<QString> ids;
        for (Drill d : allDrills()) {
            const DrillInfo info = drillInfo(d);
            QVERIFY(!info.id.isEmpty());
            QVERIFY(!ids.contains(info.id));
            ids.insert(info.id);
            QCOMPARE(drillFromId(info.id), std::optional<Drill>(d));
            // Every drill but the console's own kill injects a configured fault and repairs it.
            QCOMPARE(info.fault.isEmpty(), d == Drill::ConsoleKilledMidEvacuation);
            QCOMPARE(info.repair.isEmpty(), d == Drill::ConsoleKilledMidEvacuation);
            QVERIFY(!info.story.isEmpty());
        }
        QVERIFY(!drillFromId(QStringLiteral("no-such-drill")));
    }

    void runReadsBackAndWritesCsv()
    {
        DrillRun r;
        r.id = QStringLiteral("drill-1");
        r.spec.drill = Drill::BrickDown;
        r.spec.site = QStringLiteral("Napoli");
        r.target = QStringLiteral("vmstore at Napoli");
        r.faulted = true;
        r.faultAtMs = 1200;
        r.events = {{1200, QStringLiteral("fault")}};
        r.figures = {{QStringLiteral("detect_s"), 3.5, QStringLiteral("s"), {}}, {QStringLiteral("acked"), 200, QStringLiteral("records"), QStringLiteral("Roma1")}};
        r.checks = {{QStringLiteral("fault detected"), true, QStringLiteral("after 3.5 s")}};
        QVERIFY(r.passed());
        const DrillRun back = DrillRun::fromJson(QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object());
        QCOMPARE(back.spec.drill, Drill::BrickDown);
        QCOMPARE(back.spec.site, QStringLiteral("Napoli"));
        QCOMPARE(back.faultAtMs, 1200);
        QCOMPARE(back.figure(QStringLiteral("acked"), QStringLiteral("Roma1")), 200.0);
        QVERIFY(back.passed());
        r.checks.append({QStringLiteral("every VM runs exactly once"), false, QStringLiteral("running twice: a, b")});
        QVERIFY(!r.passed());
        const QString csv = QString::fromUtf8(drillCsv(r));
        QVERIFY2(csv.contains(QStringLiteral("check,every VM runs exactly once,failed,,\"running twice: a, b\"")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("figure,acked,200,records,Roma1")));
        // A run that never injected its fault did not pass, whatever its (empty) checks say.
        DrillRun none;
        QVERIFY(!none.passed());
    }

    void blockersSayWhatToDo()
    {
        auto fleet = makeFleet(/*lab*/ false, /*faults*/ false);
        QVERIFY(waitReported(*fleet));
        DrillSpec spec;
        spec.drill = Drill::LossyWan;
        DrillJob job(fleet.get(), spec, drills::Tools{QStringLiteral(HAWANWRITER_BIN), QStringLiteral(HAWANCTL_BIN)});
        job.resolve();
        const QString text = job.blockers().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("has no 'degrade' fault command")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("type the name of the site the fault hits (Roma1)")), qPrintable(text));
        QCOMPARE(job.siteToConfirm(), QStringLiteral("Roma1"));

        spec.drill = Drill::HostPowerLoss;
        spec.host = QStringLiteral("nowhere-hv9");
        DrillJob unknown(fleet.get(), spec, drills::Tools{QStringLiteral(HAWANWRITER_BIN), QStringLiteral(HAWANCTL_BIN)});
        unknown.resolve();
        QCOMPARE(unknown.blockers(), QStringList{QStringLiteral("No host is named 'nowhere-hv9'.")});

        // Typed right, the confirmation is no longer asked for.
        auto configured = makeFleet(false, true);
        QVERIFY(waitReported(*configured));
        spec = {};
        spec.drill = Drill::LossyWan;
        spec.confirmSite = QStringLiteral("Roma1");
        DrillJob confirmed(configured.get(), spec, drills::Tools{QStringLiteral(HAWANWRITER_BIN), QStringLiteral(HAWANCTL_BIN)});
        confirmed.resolve();
        QCOMPARE(confirmed.blockers(), QStringList());
    }

    void lossyWanRunsRepairsAndVerifies()
    {
        auto fleet = makeFleet(true, true);
        QVERIFY(waitReported(*fleet));
        DrillSpec spec;
        spec.drill = Drill::LossyWan;
        spec.holdS = 1;
        auto *job = fleet->jobs()->add(std::make_unique<DrillJob>(fleet.get(), spec, drills::Tools{QStringLiteral(HAWANWRITER_BIN), QStringLiteral(HAWANCTL_BIN)}));
        job->resolve();
        QCOMPARE(job->blockers(), QStringList());
        QSignalSpy ended(job, &jobs::Job::ended);
        job->start();
        QVERIFY(ended.wait(60000));
        const DrillRun &run = job->run();
        // Fault, then repair, through the configured command, with the drill's arguments.
        QCOMPARE(read(m_log).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("--loss 3%"), QStringLiteral("--loss 0%")}));
        QVERIFY(run.faulted);
        auto checkOf = [&run](const QString &name) -> const DrillCheck * {
            for (const auto &c : run.checks)
                if (c.name == name)
                    return &c;
            return nullptr;
        };
        // No probe measures this link: the fault is not seen, and the verdict says so.
        QVERIFY(checkOf(QStringLiteral("fault detected")));
        QVERIFY(!checkOf(QStringLiteral("fault detected"))->passed);
        QVERIFY(!run.passed());
        QCOMPARE(int(job->jobResult().outcome), int(jobs::JobOutcome::Failed));
        // Every witness's acknowledged records were read back at every site.
        int readable = 0;
        for (const auto &c : run.checks)
            if (c.name.contains(QStringLiteral("acknowledged writes readable at"))) {
                QVERIFY2(c.passed, qPrintable(c.detail));
                ++readable;
            }
        QCOMPARE(readable, 4);
        QVERIFY(run.figure(QStringLiteral("acked"), QStringLiteral("Roma1")) >= 3);
        const DrillCheck *vms = checkOf(QStringLiteral("every VM runs exactly once"));
        QVERIFY(vms);
        QVERIFY2(vms->passed, qPrintable(vms->detail));
        // The run is kept; its directory and its repair record are gone.
        QVERIFY(QFile::exists(job->savedTo()));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("test/hawan-") + run.id)).exists());
        QVERIFY(!QFile::exists(experiments::leftoverPath(run.id)));
    }

    void cancelledBeforeTheFaultChangesNothing()
    {
        auto fleet = makeFleet(true, true);
        QVERIFY(waitReported(*fleet));
        QFile::remove(m_log);
        DrillSpec spec;
        spec.drill = Drill::LossyWan;
        auto *job = fleet->jobs()->add(std::make_unique<DrillJob>(fleet.get(), spec, drills::Tools{QStringLiteral(HAWANWRITER_BIN), QStringLiteral(HAWANCTL_BIN)}));
        QSignalSpy ended(job, &jobs::Job::ended);
        connect(job, &jobs::Job::progressed, this, [job] {
            if (job->jobProgress().phase == QLatin1String("taking the census"))
                job->cancel();
        });
        job->start();
        QVERIFY(ended.wait(60000));
        QCOMPARE(int(job->jobResult().outcome), int(jobs::JobOutcome::Cancelled));
        QVERIFY(!job->run().faulted);
        QVERIFY(read(m_log).isEmpty()); // no fault, so no repair either
        QVERIFY(!QFile::exists(experiments::leftoverPath(job->run().id)));
    }

    void cancelledMidFaultRepairs()
    {
        auto fleet = makeFleet(true, true);
        QVERIFY(waitReported(*fleet));
        QFile::remove(m_log);
        DrillSpec spec;
        spec.drill = Drill::LossyWan;
        spec.holdS = 600;
        auto *job = fleet->jobs()->add(std::make_unique<DrillJob>(fleet.get(), spec, drills::Tools{QStringLiteral(HAWANWRITER_BIN), QStringLiteral(HAWANCTL_BIN)}));
        QSignalSpy ended(job, &jobs::Job::ended);
        connect(job, &jobs::Job::progressed, this, [job] {
            if (job->jobProgress().phase == QLatin1String("watching"))
                QTimer::singleShot(500, job, [job] { job->cancel(); });
        });
        job->start();
        QVERIFY(ended.wait(60000));
        QCOMPARE(int(job->jobResult().outcome), int(jobs::JobOutcome::Cancelled));
        QCOMPARE(read(m_log).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("--loss 3%"), QStringLiteral("--loss 0%")}));
        QVERIFY(job->run().cancelled);
        QVERIFY(!job->run().passed());
    }

private:
    std::unique_ptr<core::Fleet> makeFleet(bool lab, bool faults)
    {
        m_log = m_dir.filePath(QStringLiteral("faults.log"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("test")));
        auto loaded = config::ConfigLoader::loadString(test::fleetConfigText(), m_dir.filePath(QStringLiteral("fleet.toml")));
        if (!loaded)
            return nullptr;
        config::Config cfg = loaded.value();
        cfg.storage.clear(); // no volume to ask here: the heal is the lab tests'
        cfg.drills.lab = lab;
        cfg.console.journal = m_dir.filePath(QStringLiteral("journal.jsonl"));
        for (auto &s : cfg.sites) {
            s.runner = {QStringLiteral("env")};
            s.testDir = m_dir.filePath(QStringLiteral("test"));
        }
        if (faults)
            cfg.links[0].faults.insert(QStringLiteral("degrade"), {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kLog), m_log});
        auto fleet = std::make_unique<core::Fleet>(cfg);
        fleet->start(false);
        return fleet;
    }

    static bool waitReported(core::Fleet &fleet)
    {
        auto *inv = fleet.inventory();
        return QTest::qWaitFor([inv] { return inv->allReported() && inv->vmCount() > 0; }, 10000);
    }

    QTemporaryDir m_dir;
    QString m_log;
};

HAWAN_TEST_MAIN(TstDrill, QCoreApplication)
#include "tst_drill.moc"
