// Migration from the console, offscreen: a VM chip dropped on another host's card opens the
// migrate dialog prefilled; confirming starts a job that the Jobs panel shows. The test driver
// cannot migrate, so the job then fails, and the panel must say so with libvirt's reason.
#include "config/configloader.h"
#include "core/fleet.h"
#include "jobs/jobsview.h"
#include "jobs/migratedialog.h"
#include "mainwindow.h"
#include "topology/topologyview.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QRegularExpression>
#include <QDateTime>

using namespace hawan;

class TstMigrateUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dropOpensPrefilledDialogAndStartsTheJob();
    void linkStateJoinsThePreChecks();
};

void TstMigrateUi::dropOpensPrefilledDialogAndStartsTheJob()
{
    QTemporaryDir dir;
    // Every fixture host gets a migration URI so the job can be created at all.
    QString text = test::fleetConfigText();
    text.replace(QRegularExpression(QStringLiteral("(uri = \"test://[^\"]+\")")),
                 QStringLiteral("\\1\nmigration_uri = \"test:///default\""));
    auto cfg = config::ConfigLoader::loadString(text, dir.filePath(QStringLiteral("f.toml")));
    QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
    core::Fleet fleet(std::move(cfg.value()));
    widgets::MainWindow win(&fleet, {});
    win.resize(1400, 900);
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    fleet.start();
    auto *inv = fleet.inventory();
    QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 15000));
    QTest::qWait(300);

    auto *topo = win.topology();
    const int from = inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    const int to = inv->config().hostIndex(QStringLiteral("napoli-hv2"));
    const QString vm = QStringLiteral("roma1-hv1-atlas-wn00");
    QString uuid;
    for (const auto &v : inv->vms(from))
        if (v.name == vm)
            uuid = v.uuid;
    QVERIFY(!uuid.isEmpty());

    // While the dialog is open (modal), check it and confirm.
    QString shownDestination, checks;
    bool goEnabled = false;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<widgets::MigrateDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownDestination = dialog->destinationBox()->currentText();
        checks = dialog->findChild<QLabel *>(QStringLiteral("migrateChecks"))->text();
        auto *go = dialog->findChild<QPushButton *>(QStringLiteral("migrateGo"));
        goEnabled = go->isEnabled();
        go->click();
    });

    // The drop, as Qt delivers it: enter, move over the target card, drop.
    QMimeData mime;
    mime.setData(QString::fromLatin1(widgets::TopologyView::kVmMimeType), QStringLiteral("%1\n%2").arg(from).arg(uuid).toUtf8());
    const QPointF target = topo->hostCardRect(to).center();
    QDragEnterEvent enter(target.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(topo, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(target.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(topo, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(target, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(topo, &drop); // runs the dialog

    QCOMPARE(shownDestination, QStringLiteral("napoli-hv2 (Napoli)"));
    QVERIFY2(goEnabled, qPrintable(checks));
    QVERIFY(checks.contains(QStringLiteral("crosses the WAN (GARR")));
    QVERIFY(checks.contains(QStringLiteral("destination is up")));
    // The disk sits in the vmstore pool, which the destination has too (the fixtures define it).
    QVERIFY2(checks.contains(QStringLiteral("disk /gluster/vmstore/roma1-hv1-atlas-wn00.qcow2: pool vmstore on both hosts")), qPrintable(checks));
    QCOMPARE(fleet.migrations().size(), 1);
    QCOMPARE(win.jobs()->jobCount(), 1);
    auto *job = fleet.migrations().front();
    QCOMPARE(job->target().vmName, vm);
    QCOMPARE(job->target().destHost, QStringLiteral("napoli-hv2"));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
    QCOMPARE(int(job->result().outcome), int(jobs::MigrationResult::Outcome::Failed));
    const QString status = win.jobs()->findChild<QLabel *>(QStringLiteral("jobStatus"))->text();
    QVERIFY2(status.startsWith(QStringLiteral("Failed: ")) && status.contains(QStringLiteral("roma1-hv1")), qPrintable(status));

    // A drop back on the VM's own host is refused.
    QDragMoveEvent same(topo->hostCardRect(from).center().toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(topo, &same);
    QVERIFY(!same.isAccepted());
}

void TstMigrateUi::linkStateJoinsThePreChecks()
{
    QTemporaryDir dir;
    QString text = test::fleetConfigText();
    text.replace(QRegularExpression(QStringLiteral("(uri = \"test://[^\"]+\")")),
                 QStringLiteral("\\1\nmigration_uri = \"test:///default\""));
    const int firstHost = text.indexOf(QStringLiteral("[[host]]"));
    QVERIFY(firstHost > text.indexOf(QStringLiteral("[[link]]")));
    text.insert(firstHost, QStringLiteral("[[link.probe]]\nfrom = \"Roma1\"\ntarget = \"10.77.2.2\"\n\n"));
    auto cfg = config::ConfigLoader::loadString(text, dir.filePath(QStringLiteral("f.toml")));
    QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
    core::Fleet fleet(std::move(cfg.value()));
    fleet.start(false);
    auto *inv = fleet.inventory();
    QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 15000));
    const int from = inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    const int to = inv->config().hostIndex(QStringLiteral("napoli-hv2"));
    QString uuid;
    for (const auto &v : inv->vms(from))
        if (v.name == QStringLiteral("roma1-hv1-atlas-wn00"))
            uuid = v.uuid;
    probes::ProbeHub *hub = fleet.probes(); // not started: the test feeds the link's readings
    const int s = hub->find(QStringLiteral("link/GARR/Roma1"));
    QVERIFY(s >= 0);
    auto feed = [&](float ms, float loss) {
        probes::Reading r;
        r.point.tMs = QDateTime::currentMSecsSinceEpoch();
        if (loss < 1)
            r.point.lo = r.point.mid = r.point.hi = ms;
        r.point.loss = loss;
        hub->addReading(s, r);
        QTest::qWait(5); // distinct timestamps
    };
    widgets::MigrateDialog dialog(inv, from, uuid, to);
    dialog.setProbes(hub);
    auto checks = [&] { return dialog.findChild<QLabel *>(QStringLiteral("migrateChecks"))->text(); };
    auto *go = dialog.findChild<QPushButton *>(QStringLiteral("migrateGo"));
    QVERIFY2(checks().contains(QStringLiteral("not measured")), qPrintable(checks()));

    for (int i = 0; i < 3; ++i)
        feed(0, 1);
    QVERIFY(hub->linkState(0).cut);
    QVERIFY2(checks().contains(QStringLiteral("GARR is cut")), qPrintable(checks()));
    QVERIFY(!go->isEnabled());
    QVERIFY(!dialog.postCopyBox()->isEnabled());

    feed(12.5f, 0.2f);
    QVERIFY(!hub->linkState(0).cut);
    QVERIFY2(checks().contains(QStringLiteral("GARR loses 20 % of echoes")), qPrintable(checks()));
    QVERIFY2(checks().contains(QStringLiteral("round trip 12.5 ms is over the 10 ms limit")), qPrintable(checks()));
    QVERIFY(go->isEnabled());
    QVERIFY(!dialog.postCopyBox()->isEnabled());

    feed(8.0f, 0);
    QVERIFY2(checks().contains(QStringLiteral("WAN round trip 8.0 ms (limit 10 ms), no loss")), qPrintable(checks()));
    QVERIFY(dialog.postCopyBox()->isEnabled());
}

HAWAN_TEST_MAIN(TstMigrateUi, QApplication)
#include "tst_migrateui.moc"
