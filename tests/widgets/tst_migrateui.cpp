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
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace hawan;

class TstMigrateUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dropOpensPrefilledDialogAndStartsTheJob();
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
    QSignalSpy started(&fleet, &core::Fleet::migrationStarted);
    QDropEvent drop(target, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(topo, &drop); // runs the dialog

    QCOMPARE(shownDestination, QStringLiteral("napoli-hv2 (Napoli)"));
    QVERIFY2(goEnabled, qPrintable(checks));
    QVERIFY(checks.contains(QStringLiteral("crosses the WAN (GARR")));
    QVERIFY(checks.contains(QStringLiteral("destination is up")));
    // The disk sits in the vmstore pool, which the destination has too (the fixtures define it).
    QVERIFY2(checks.contains(QStringLiteral("disk /gluster/vmstore/roma1-hv1-atlas-wn00.qcow2: pool vmstore on both hosts")), qPrintable(checks));
    QCOMPARE(started.count(), 1);
    QCOMPARE(win.jobs()->jobCount(), 1);
    auto *job = fleet.migrations().front().get();
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

HAWAN_TEST_MAIN(TstMigrateUi, QApplication)
#include "tst_migrateui.moc"
