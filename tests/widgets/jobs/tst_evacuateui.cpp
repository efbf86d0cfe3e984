// Host evacuation from the console, offscreen, on the test-driver fleet: the dry-run dialog shows
// the plan (same site first), a destination can be changed or a VM left behind, Start puts the
// host in maintenance and runs the plan, whose card reports each move (the test driver cannot
// migrate: every move fails with libvirt's reason, which the card and the journal keep). A plan
// left open in the journal shows as an interrupted banner; Abort reconciles it and closes it.
#include "config/configloader.h"
#include "core/fleet.h"
#include "jobs/evacuationdialog.h"
#include "jobs/jobsview.h"
#include "jobs/plancard.h"
#include "mainwindow.h"
#include "model/snapshotcache.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace hawan;

class TstEvacuateUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dryRunEditStartAndReport();
    void interruptedPlanBannerAborts();
    void interruptedPlanOfAnotherMachineWarns();
    void hostsMenuAsksWhichHost();
    void unsyncedStorageGatesEvacuation();
    void recoverCrashedHostFromSavedState();

private:
    // keepStorage: the fixture's GlusterFS volume stays in the config (its CLI cannot answer here,
    // so the storage state is unknown and evacuations are gated); otherwise it is left out.
    std::unique_ptr<core::Fleet> fleet(const QString &journal, bool keepStorage = false);
    // A console that died mid-plan: journals an evacuation of roma1-hv2, running with its first
    // move started if `inFlight`; returns the plan's id (empty on failure).
    QString journalOpenEvacuation(const QString &journal, bool inFlight);
    QTemporaryDir m_dir;
};

QString TstEvacuateUi::journalOpenEvacuation(const QString &journal, bool inFlight)
{
    auto f = fleet(journal);
    f->start();
    auto *inv = f->inventory();
    if (!QTest::qWaitFor([inv] { return inv->allReported(); }, 15000))
        return {};
    const jobs::Plan plan = jobs::Planner(*inv).evacuateHost(inv->config().hostIndex(QStringLiteral("roma1-hv2")));
    auto *j = f->journal();
    const bool ok = !plan.moves.isEmpty() && j->writePlan(plan)
        && (!inFlight || (j->writePlanState(plan.id, jobs::PlanState::Running) && j->writeMoveStarted(plan.id, 0)))
        && j->waitForWritten();
    return ok ? plan.id : QString();
}

std::unique_ptr<core::Fleet> TstEvacuateUi::fleet(const QString &journal, bool keepStorage)
{
    QString text = test::fleetConfigText();
    if (!keepStorage)
        text = text.left(text.indexOf(QStringLiteral("[[storage]]")));
    text.replace(QRegularExpression(QStringLiteral("(uri = \"test://[^\"]+\")")),
                 QStringLiteral("\\1\nmigration_uri = \"test:///default\""));
    text.replace(QStringLiteral("[console]\n"), QStringLiteral("[console]\njournal = \"%1\"\n").arg(journal));
    auto cfg = config::ConfigLoader::loadString(text, m_dir.filePath(QStringLiteral("f.toml")));
    if (!cfg)
        qFatal("%s", qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
    return std::make_unique<core::Fleet>(std::move(cfg.value()));
}

void TstEvacuateUi::dryRunEditStartAndReport()
{
    const QString journalPath = m_dir.filePath(QStringLiteral("j1.jsonl"));
    auto f = fleet(journalPath);
    widgets::MainWindow win(f.get(), {});
    win.resize(1400, 900);
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    f->start();
    auto *inv = f->inventory();
    QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 15000));
    const int host = inv->config().hostIndex(QStringLiteral("roma1-hv1"));
    const int vmCount = int(inv->vms(host).size());
    QVERIFY(vmCount >= 3);

    QStringList shownTo, problems;
    QString kept, changed;
    bool startEnabled = false;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<widgets::EvacuationDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTableWidget *table = dialog->table();
        for (int r = 0; r < table->rowCount(); ++r)
            shownTo << qobject_cast<QComboBox *>(table->cellWidget(r, 2))->currentText();
        // Leave the first VM where it is, send the second to the other site.
        auto *first = qobject_cast<QComboBox *>(table->cellWidget(0, 2));
        kept = table->item(0, 0)->text();
        first->setCurrentIndex(first->findData(-1));
        auto *second = qobject_cast<QComboBox *>(table->cellWidget(1, 2));
        changed = table->item(1, 0)->text();
        second->setCurrentIndex(second->findText(QStringLiteral("napoli-hv1 (Napoli)")));
        problems = dialog->problems();
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("evacuationStart"));
        startEnabled = start->isEnabled();
        start->click();
    });
    win.openEvacuation(host, -1); // runs the dialog

    QCOMPARE(shownTo.size(), vmCount);
    for (const auto &to : shownTo) // same site first: all fit on roma1-hv2
        QCOMPARE(to, QStringLiteral("roma1-hv2 (Roma1)"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QVERIFY(startEnabled);
    QVERIFY(inv->inMaintenance(host));
    QCOMPARE(int(f->plans().size()), 1);
    jobs::PlanRunner *runner = f->plans().front();
    QCOMPARE(runner->plan().moves.size(), vmCount - 1);
    QCOMPARE(runner->plan().blocked.size(), 1);
    QCOMPARE(runner->plan().blocked[0].vmName, kept);
    QCOMPARE(runner->plan().blocked[0].reason, QStringLiteral("left on roma1-hv1 by the operator"));
    for (const auto &m : runner->plan().moves)
        QCOMPARE(m.to, m.vmName == changed ? QStringLiteral("napoli-hv1") : QStringLiteral("roma1-hv2"));

    // The test driver cannot migrate: each move fails, saying why; the card says so too.
    QTRY_VERIFY_WITH_TIMEOUT(runner->isFinished(), 15000);
    for (int i = 0; i < runner->plan().moves.size(); ++i) {
        QCOMPARE(runner->move(i).status, jobs::MoveStatus::Failed);
        QVERIFY2(runner->move(i).message.contains(QStringLiteral("not supported")), qPrintable(runner->move(i).message));
    }
    auto *card = win.jobs()->findChild<widgets::PlanCard *>(QStringLiteral("plan_%1").arg(runner->plan().id));
    QVERIFY(card);
    QCOMPARE(card->summary(), QStringLiteral("Finished · 0 of %1 moved · 0 migrating · %1 failed · 1 not moved").arg(vmCount - 1));
    QVERIFY(!card->findChild<QPushButton *>(QStringLiteral("planAbort"))->isEnabled());

    // The latency graphs' timeline marks the evacuation's start and end, and each failed move.
    int evacStart = 0, evacEnd = 0, moveFailed = 0;
    for (const auto &e : f->probes()->timeline()->events()) {
        evacStart += e.kind == probes::TimelineEvent::Kind::EvacuationStart;
        evacEnd += e.kind == probes::TimelineEvent::Kind::EvacuationEnd;
        moveFailed += e.kind == probes::TimelineEvent::Kind::MigrationEnd && e.bad;
    }
    QCOMPARE(evacStart, 1);
    QCOMPARE(evacEnd, 1);
    QCOMPARE(moveFailed, vmCount - 1);

    // Everything was journaled: maintenance first, then the plan, each move's start and end.
    QVERIFY(f->journal()->waitForWritten());
    const jobs::JournalReplay r = jobs::Journal::read(journalPath);
    QVERIFY(r.problems.isEmpty());
    QVERIFY(r.maintenance.contains(QStringLiteral("roma1-hv1")));
    const jobs::JournaledPlan &jp = r.plans.value(runner->plan().id);
    QCOMPARE(jp.state, jobs::PlanState::Finished);
    QCOMPARE(jp.count(jobs::MoveStatus::Failed), vmCount - 1);
    QVERIFY(r.openPlans().isEmpty());
}

void TstEvacuateUi::interruptedPlanBannerAborts()
{
    const QString journalPath = m_dir.filePath(QStringLiteral("j2.jsonl"));
    // A console that died mid-plan: the first move started, never ended.
    const QString planId = journalOpenEvacuation(journalPath, true);
    QVERIFY(!planId.isEmpty());
    auto f = fleet(journalPath);
    QCOMPARE(f->interruptedPlans().size(), 1);
    widgets::MainWindow win(f.get(), {});
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    f->start();
    auto *banner = win.jobs()->findChild<QFrame *>(QStringLiteral("interrupted_%1").arg(planId));
    QVERIFY(banner);
    QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("0 moved, 1 in flight")));
    QVERIFY(QTest::qWaitFor([f = f.get()] { return f->inventory()->allReported(); }, 15000));
    banner->findChild<QPushButton *>(QStringLiteral("interruptedAbort"))->click();
    QCOMPARE(int(f->plans().size()), 1);
    jobs::PlanRunner *runner = f->plans().front();
    // Reconciled with the daemons: the VM never left its host, so the move is cancelled, not redone.
    QTRY_VERIFY_WITH_TIMEOUT(runner->isFinished(), 15000);
    QCOMPARE(runner->move(0).status, jobs::MoveStatus::Cancelled);
    QCOMPARE(runner->move(0).message, QStringLiteral("it never left roma1-hv2"));
    for (int i = 1; i < runner->plan().moves.size(); ++i)
        QCOMPARE(runner->move(i).status, jobs::MoveStatus::Skipped);
    QCOMPARE(runner->state(), jobs::PlanState::Aborted);
    QVERIFY(f->interruptedPlans().isEmpty());
    QVERIFY(f->journal()->waitForWritten());
    QVERIFY(jobs::Journal::read(journalPath).openPlans().isEmpty());
    auto *card = win.jobs()->findChild<widgets::PlanCard *>(QStringLiteral("plan_%1").arg(planId));
    QVERIFY(card);
    QVERIFY2(card->summary().startsWith(QStringLiteral("Aborted · 0 of")), qPrintable(card->summary()));
}

void TstEvacuateUi::interruptedPlanOfAnotherMachineWarns()
{
    // A plan left open by a console on another machine sharing the journal: Hawan cannot tell
    // whether it still runs, so the banner says so and Resume asks first (cancelled here).
    const QString journalPath = m_dir.filePath(QStringLiteral("j-elsewhere.jsonl"));
    const QString planId = journalOpenEvacuation(journalPath, false);
    QVERIFY(!planId.isEmpty());
    QFile file(journalPath);
    QVERIFY(file.open(QIODevice::Append));
    file.write(test::signedLine({{QStringLiteral("rec"), QStringLiteral("state")}, {QStringLiteral("plan"), planId},
                                 {QStringLiteral("state"), QStringLiteral("running")},
                                 {QStringLiteral("owner"), QStringLiteral("console2.example.org:4242")}}));
    file.close();
    auto f = fleet(journalPath);
    QCOMPARE(f->interruptedPlans().size(), 1);
    widgets::MainWindow win(f.get(), {});
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    auto *banner = win.jobs()->findChild<QFrame *>(QStringLiteral("interrupted_%1").arg(planId));
    QVERIFY(banner);
    auto *warn = banner->findChild<QLabel *>(QStringLiteral("interruptedElsewhere"));
    QVERIFY(warn);
    QVERIFY2(warn->text().contains(QStringLiteral("console2.example.org")), qPrintable(warn->text()));
    QString asked;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    answer.start(50);
    banner->findChild<QPushButton *>(QStringLiteral("interruptedResume"))->click();
    QVERIFY2(asked.contains(QStringLiteral("console2.example.org")), qPrintable(asked));
    QVERIFY(f->plans().empty()); // cancelled: nothing resumed
    QCOMPARE(f->interruptedPlans().size(), 1);
}

void TstEvacuateUi::hostsMenuAsksWhichHost()
{
    // Nothing selected: Toggle maintenance asks which host (a menu, not modal) instead of doing
    // nothing; the chosen host goes into maintenance and the menu is gone afterwards.
    auto f = fleet(m_dir.filePath(QStringLiteral("j-chooser.jsonl")));
    widgets::MainWindow win(f.get(), {});
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    f->start();
    QVERIFY(QTest::qWaitFor([f = f.get()] { return f->inventory()->allReported(); }, 15000));
    auto *toggle = win.findChild<QAction *>(QStringLiteral("maintenanceAction"));
    QVERIFY(toggle);
    toggle->trigger();
    QMenu *chooser = nullptr;
    QTRY_VERIFY((chooser = win.findChild<QMenu *>(QStringLiteral("chooser"))) && chooser->isVisible());
    QAction *pick = nullptr;
    QStringList seen;
    for (QAction *a : chooser->actions()) {
        seen << a->text();
        if (a->text().startsWith(QStringLiteral("napoli-hv1 ")))
            pick = a;
    }
    QVERIFY2(seen.contains(QStringLiteral("Toggle maintenance of which host?")), qPrintable(seen.join(QLatin1Char('|'))));
    QVERIFY2(pick && pick->text() == QStringLiteral("napoli-hv1  (Napoli)"), qPrintable(seen.join(QLatin1Char('|'))));
    pick->trigger();
    chooser->hide();
    const int h = f->inventory()->config().hostIndex(QStringLiteral("napoli-hv1"));
    QVERIFY(f->inventory()->inMaintenance(h));
    QTRY_VERIFY(!win.findChild<QMenu *>(QStringLiteral("chooser")));
}

// The storage gate, if it is the dialog showing now; null otherwise.
static QDialog *shownStorageGate()
{
    auto *w = QApplication::activeModalWidget();
    return w && w->objectName() == QLatin1String("storageGate") ? qobject_cast<QDialog *>(w) : nullptr;
}

// Answers the storage gate if it shows: types `name` and overrides, or with no name cancels.
static bool answerStorageGate(const QString &name = {})
{
    QDialog *gate = shownStorageGate();
    if (!gate)
        return false;
    if (name.isEmpty()) {
        gate->reject();
        return true;
    }
    gate->findChild<QLineEdit *>(QStringLiteral("storageGateConfirm"))->setText(name);
    gate->findChild<QPushButton *>(QStringLiteral("storageGateOverride"))->click();
    return true;
}

void TstEvacuateUi::unsyncedStorageGatesEvacuation()
{
    const QString journalPath = m_dir.filePath(QStringLiteral("j3.jsonl"));
    auto f = fleet(journalPath, true);
    widgets::MainWindow win(f.get(), {});
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    f->start();
    QVERIFY(QTest::qWaitFor([f = f.get()] { return f->inventory()->allReported(); }, 15000));
    QVERIFY(!f->storage()->blockers().isEmpty()); // unknown state is not "in sync"
    const int host = f->inventory()->config().hostIndex(QStringLiteral("roma1-hv2"));

    // Cancelled at the gate: nothing moves, no maintenance.
    QString gateText;
    bool overrideEnabledEarly = true;
    QTimer::singleShot(200, this, [&] {
        QDialog *gate = shownStorageGate();
        if (!gate)
            return;
        for (auto *l : gate->findChildren<QLabel *>())
            gateText += l->text();
        overrideEnabledEarly = gate->findChild<QPushButton *>(QStringLiteral("storageGateOverride"))->isEnabled();
        gate->reject();
    });
    win.openEvacuation(host, -1);
    QVERIFY2(gateText.contains(QStringLiteral("Stopped before anything moved")), qPrintable(gateText));
    QVERIFY(gateText.contains(QStringLiteral("vmstore")));
    QVERIFY(!overrideEnabledEarly);
    QVERIFY(!f->inventory()->inMaintenance(host));
    QVERIFY(f->plans().empty());

    // Typing the host's name overrides; the override is journaled, then the dry run opens.
    bool sawDryRun = false;
    QTimer::singleShot(200, this, [&] {
        if (!answerStorageGate(QStringLiteral("roma1-hv2")))
            return;
        QTimer::singleShot(200, this, [&] {
            if (auto *d = qobject_cast<widgets::EvacuationDialog *>(QApplication::activeModalWidget())) {
                sawDryRun = true;
                d->reject();
            }
        });
    });
    win.openEvacuation(host, -1);
    QVERIFY(sawDryRun);
    QVERIFY(f->journal()->waitForWritten());
    QFile j(journalPath);
    QVERIFY(j.open(QIODevice::ReadOnly));
    QVERIFY(j.readAll().contains("Storage check overridden by the operator for roma1-hv2"));
    j.close();

    // Marking a host for maintenance stops at the same gate; taking it out does not.
    QTimer::singleShot(200, this, [] { answerStorageGate(); });
    win.setMaintenance(host, true);
    QVERIFY(!f->inventory()->inMaintenance(host));
    QTimer::singleShot(200, this, [] { answerStorageGate(QStringLiteral("roma1-hv2")); });
    win.setMaintenance(host, true);
    QVERIFY(f->inventory()->inMaintenance(host));
    win.setMaintenance(host, false); // no gate: a modal dialog here would hang the test
    QVERIFY(!f->inventory()->inMaintenance(host));
}

static bool journalContains(const QString &path, const char *text)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(text);
}

void TstEvacuateUi::recoverCrashedHostFromSavedState()
{
    // A host that has been down since before this console started: what it ran comes from the
    // state a console saved while it was up (here written directly, as a console would).
    QString text = test::fleetConfigText();
    text += test::ghostHostToml(QStringLiteral("Napoli")); // with the fixture's storage, whose state is unknown here
    const QString journalPath = m_dir.filePath(QStringLiteral("jr.jsonl"));
    text.replace(QStringLiteral("[console]\n"), QStringLiteral("[console]\njournal = \"%1\"\n").arg(journalPath));
    const QString configFile = m_dir.filePath(QStringLiteral("recover.toml"));
    model::HostSnapshot saved;
    saved.at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    model::VmInfo vm = test::vm(QStringLiteral("ghost-web"));
    vm.uuid = QStringLiteral("6f1e1c3a-5b7d-4c2e-9a41-0b5d2e7c9f10");
    vm.memoryKiB = vm.maxMemoryKiB = 65536;
    vm.definition = QStringLiteral("<domain type='test'><name>ghost-web</name><uuid>%1</uuid><memory>65536</memory>"
                                   "<vcpu>1</vcpu><os><type>hvm</type></os></domain>").arg(vm.uuid);
    model::VmInfo off = test::vm(QStringLiteral("ghost-old"), model::VmState::ShutOff);
    saved.vms = {vm, off};
    QVERIFY(model::writeSnapshotCache(model::snapshotCachePath(configFile, QStringLiteral("ghost")), saved, nullptr,
                                      test::auditKey().get())); // signed, as a console saves it
    auto cfg = config::ConfigLoader::loadString(text, configFile);
    QVERIFY(cfg);
    auto f = std::make_unique<core::Fleet>(std::move(cfg.value()));
    widgets::MainWindow win(f.get(), {});
    win.resize(1400, 900);
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    f->start();
    auto *inv = f->inventory();
    QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 15000));
    const int ghost = inv->config().hostIndex(QStringLiteral("ghost"));
    QTRY_COMPARE(inv->vms(ghost).size(), 2);
    QCOMPARE(inv->hostStatus(ghost).state, model::HostState::Unreachable);
    QVERIFY(inv->isStale(ghost));

    // A host that answers is not offered recovery.
    bool refused = false;
    QTimer::singleShot(200, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            refused = box->text().contains(QStringLiteral("answers"));
            box->accept();
        }
    });
    win.openRecovery(inv->config().hostIndex(QStringLiteral("roma1-hv1")));
    QVERIFY(refused);

    // Storage first: restarting onto a replica that has not caught up would boot stale disks.
    QString gateText;
    QTimer::singleShot(200, this, [&] {
        QDialog *gate = shownStorageGate();
        if (!gate)
            return;
        for (auto *l : gate->findChildren<QLabel *>())
            gateText += l->text();
        gate->reject();
    });
    win.openRecovery(ghost);
    QVERIFY2(gateText.contains(QStringLiteral("Stopped before anything restarted")), qPrintable(gateText));
    QVERIFY(!inv->inMaintenance(ghost));
    QVERIFY(f->plans().empty());

    QStringList rows, warnings;
    bool enabledBefore = true, enabledAfter = false;
    QString startText;
    auto inDialog = [&] {
        auto *dialog = qobject_cast<widgets::EvacuationDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (int r = 0; r < dialog->table()->rowCount(); ++r)
            rows << dialog->table()->item(r, 0)->text();
        for (auto *l : dialog->findChildren<QLabel *>())
            if (l->text().startsWith(QStringLiteral("⚠")))
                warnings << l->text();
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("evacuationStart"));
        startText = start->text();
        enabledBefore = start->isEnabled();
        // No fence command for this host: the operator confirms it is off by typing its name.
        dialog->findChild<QLineEdit *>(QStringLiteral("fenceConfirm"))->setText(QStringLiteral("ghost"));
        enabledAfter = start->isEnabled();
        start->click();
        if (!enabledAfter)
            dialog->reject();
    };
    QTimer::singleShot(200, this, [&] {
        if (answerStorageGate(QStringLiteral("ghost")))
            QTimer::singleShot(200, this, inDialog);
    });
    win.openRecovery(ghost);
    QCOMPARE(rows, QStringList{QStringLiteral("ghost-web")});
    QVERIFY2(warnings.join('\n').contains(QStringLiteral("ghost-old")), qPrintable(warnings.join('\n')));
    QCOMPARE(startText, QStringLiteral("Restart VMs"));
    QVERIFY(!enabledBefore);
    QVERIFY(enabledAfter);
    QVERIFY(inv->inMaintenance(ghost));
    QCOMPARE(int(f->plans().size()), 1);
    jobs::PlanRunner *runner = f->plans().front();
    QCOMPARE(runner->plan().kind, jobs::Plan::Kind::Recover);
    QTRY_VERIFY_WITH_TIMEOUT(runner->isFinished(), 15000);
    // The test driver defines and starts it (on the restart's own connection).
    QCOMPARE(runner->move(0).status, jobs::MoveStatus::Succeeded);
    QVERIFY(runner->job(0)->isRestart());
    QVERIFY(f->journal()->waitForWritten());
    const jobs::JournalReplay r = jobs::Journal::read(journalPath);
    const auto &jp = r.plans.value(runner->plan().id);
    QVERIFY2(jp.fenced.startsWith(QStringLiteral("powered off by hand")), qPrintable(jp.fenced));
    QCOMPARE(jp.plan.moves[0].definition, vm.definition);
    QCOMPARE(jp.state, jobs::PlanState::Finished);
    QVERIFY(journalContains(journalPath, "Storage check overridden by the operator for ghost"));
}

HAWAN_TEST_MAIN(TstEvacuateUi, QApplication)
#include "tst_evacuateui.moc"
