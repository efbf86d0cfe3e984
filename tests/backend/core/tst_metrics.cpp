// The metrics exposition on libvirt's test driver: hosts, VMs and an unreachable host's state,
// the alarms it raises, migrations counted from the journal (bytes and durations included), label
// values escaped; OpenMetrics ends with # EOF and carries units; the classic format passes promtool.
#include "config/configloader.h"
#include "core/fleet.h"
#include "core/metrics.h"

#include "testfixtures.h"
#include "testmain.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace hawan;

class TstMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exposition()
    {
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(test::ghostHostToml()), dir.filePath(QStringLiteral("f.toml")));
        QVERIFY(cfg);
        cfg->title = QStringLiteral("a \"quoted\" title\\with a backslash");
        core::Fleet fleet(cfg.value());
        // One migration that succeeded (10 s, 64 MiB sent) and one that failed, as a plan journals them.
        auto plan = test::oneMovePlan(jobs::Plan::Kind::Migrate, {}, QStringLiteral("web1"), QStringLiteral("u1"),
                                      QStringLiteral("roma1-hv1"), QStringLiteral("napoli-hv1"));
        auto *j = fleet.journal();
        QVERIFY(j->writePlan(plan));
        QVERIFY(j->writeMoveStarted(plan.id, 0));
        QTest::qWait(20);
        QVERIFY(j->writeMoveEnded(plan.id, 0, jobs::MoveStatus::Succeeded, {}, 64ull << 20));
        auto failed = test::oneMovePlan(jobs::Plan::Kind::Host, QStringLiteral("roma1-hv1"), QStringLiteral("db1"), QStringLiteral("u2"),
                                        QStringLiteral("roma1-hv1"), QStringLiteral("napoli-hv1"));
        QVERIFY(j->writePlan(failed));
        QVERIFY(j->writeMoveStarted(failed.id, 0));
        QVERIFY(j->writeMoveEnded(failed.id, 0, jobs::MoveStatus::Failed, QStringLiteral("no")));
        QVERIFY(j->writePlanState(failed.id, jobs::PlanState::Finished));
        fleet.start(false);
        QTRY_VERIFY_WITH_TIMEOUT((fleet.evaluateAlarms(), fleet.inventory()->allReported()
                                  && fleet.alarms()->find(QStringLiteral("host-unreachable/ghost"))), 15000);

        const QByteArray text = core::renderMetrics(fleet, core::MetricsFormat::Prometheus);
        QVERIFY2(text.contains("hawan_host_up{host=\"roma1-hv1\",site=\"Roma1\"} 1\n"), text.constData());
        QVERIFY(text.contains("hawan_host_up{host=\"ghost\",site=\"Napoli\"} 0\n"));
        QVERIFY(text.contains("hawan_hosts{site=\"Napoli\",state=\"unreachable\"} 1\n"));
        QVERIFY(text.contains("hawan_vms{host=\"roma1-hv1\",site=\"Roma1\",state=\"running\"} "));
        QVERIFY(text.contains("config=\"a \\\"quoted\\\" title\\\\with a backslash\""));
        QVERIFY(text.contains("hawan_alarms{severity=\"major\"} 1\n"));
        QVERIFY(text.contains("hawan_alarms_unacknowledged{severity=\"major\"} 1\n"));
        QVERIFY(text.contains("# TYPE hawan_migrations_total counter\n"));
        QVERIFY(text.contains("hawan_migrations_total{kind=\"migrate\",status=\"succeeded\"} 1\n"));
        QVERIFY(text.contains("hawan_migrations_total{kind=\"host\",status=\"failed\"} 1\n"));
        QVERIFY(text.contains("hawan_migration_bytes_total{kind=\"migrate\"} 67108864\n"));
        QVERIFY(text.contains("hawan_migration_duration_seconds_bucket{le=\"1\"} 1\n"));
        QVERIFY(text.contains("hawan_migration_duration_seconds_count 1\n"));
        QVERIFY(text.contains("hawan_plans_open 1\n")); // the migration's plan was never said finished
        QVERIFY(!text.contains("# EOF"));
        QVERIFY(!text.contains("# UNIT"));

        const QByteArray om = core::renderMetrics(fleet, core::MetricsFormat::OpenMetrics);
        QVERIFY(om.endsWith("# EOF\n"));
        QVERIFY(om.contains("# TYPE hawan_migrations counter\n"));
        QVERIFY(om.contains("# TYPE hawan info\n"));
        QVERIFY(om.contains("# UNIT hawan_migration_bytes bytes\n"));
        QCOMPARE(core::metricsFormatFor("application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5"),
                 core::MetricsFormat::OpenMetrics);
        QCOMPARE(core::metricsFormatFor("*/*"), core::MetricsFormat::Prometheus);

        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (scripts/deps.sh installs it): the exposition was not linted");
        QProcess p;
        p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        p.write(text);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, (p.readAllStandardOutput() + p.readAllStandardError()).constData());
    }
};

HAWAN_TEST_MAIN(TstMetrics, QCoreApplication)
#include "tst_metrics.moc"
