// Shared storage on the real lab, through the console as an operator sees it (offscreen): a brick
// goes down and writes follow -> within 5 s the brick shows offline and entries pending heal, and
// "Evacuate host" is stopped at the storage gate; the brick comes back -> the backlog drains to 0
// on screen, and "Heal now" runs the real CLI. Alarms: the brick down raises a critical alarm in
// the console and in a wall view (a read-only fleet of its own, as `hawan --wall` runs); acknowledged
// in the console's Alarms panel, it shows acknowledged on the wall; it clears after the heal.
#include "config/configloader.h"
#include "core/fleet.h"
#include "alarms/alarmsview.h"
#include "mainwindow.h"
#include "wall/wallview.h"
#include "storage/storagepanel.h"
#include "topology/topologyview.h"
#include "testmain.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QTableWidget>
#include <QTimer>

using namespace hawan;

class TstLabStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void brickDownShowsAndGates();
    void brickUpDrainsAndHealNowRuns();
    void cleanupTestCase();

private:
    bool labCmd(const QStringList &args);
    qint64 knownPending() const;
    QString brickState(const QString &site) const;
    QString m_dir;
    std::unique_ptr<core::Fleet> m_fleet;
    std::unique_ptr<widgets::MainWindow> m_win;
    std::unique_ptr<core::Fleet> m_wallFleet;
    std::unique_ptr<widgets::WallView> m_wall;
    storage::StorageMonitor *m_st = nullptr;
    QString m_brickAlarm; // its key once raised
};

bool TstLabStorage::labCmd(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral(HAWAN_SOURCE_DIR "/lab/hawan-lab"), QStringLiteral("--dir"), m_dir} + args);
    return p.waitForFinished(180000) && p.exitCode() == 0;
}

qint64 TstLabStorage::knownPending() const
{
    qint64 n = 0;
    for (const auto &h : m_st->snapshot(0).heal)
        n += std::max<qint64>(0, h.pending);
    return n;
}

// The State column of the storage panel for the brick at `site`.
QString TstLabStorage::brickState(const QString &site) const
{
    auto *table = m_win->findChild<widgets::StoragePanel *>()->bricks(0);
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1) && table->item(r, 1)->text() == site && table->item(r, 0)->text().contains(QStringLiteral("/brick")))
            return table->item(r, 2)->text();
    return {};
}

void TstLabStorage::initTestCase()
{
    m_dir = qEnvironmentVariable("HAWAN_LAB_DIR", QStringLiteral("/srv/hawan-lab-test"));
    if (!QFile::exists(m_dir + QStringLiteral("/state.json")))
        QSKIP("no lab is running (the lab_up fixture was skipped: root and QEMU are needed)");
    auto cfg = config::ConfigLoader::loadFile(m_dir + QStringLiteral("/hawan.toml"));
    QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
    QVERIFY2(!cfg->storage.isEmpty() && cfg->storage[0].kind == QLatin1String("glusterfs"), "the lab runs without Gluster (--no-storage)");
    m_wallFleet = std::make_unique<core::Fleet>(cfg.value(), core::Access::decide(cfg.value(), true));
    m_fleet = std::make_unique<core::Fleet>(std::move(cfg.value()));
    m_st = m_fleet->storage();
    m_win = std::make_unique<widgets::MainWindow>(m_fleet.get(), widgets::MainWindow::Options{});
    m_win->resize(1400, 900);
    m_win->show();
    m_fleet->start();
    m_wall = std::make_unique<widgets::WallView>(m_wallFleet.get());
    m_wall->resize(1920, 1080);
    m_wall->show();
    m_wallFleet->start();
    // glusterd may still be busy with the previous test's transactions (a CLI killed when that test
    // exited holds its lock): the monitor asks again for up to 30 s per command before it reports
    // an error, so this first answer may take longer than that (seen once in CI: over 30 s).
    QVERIFY(QTest::qWaitFor([this] { return m_fleet->inventory()->allReported() && m_st->allAnswered(); }, 90000));
    QTRY_VERIFY2_WITH_TIMEOUT(m_st->blockers().isEmpty(), qPrintable(m_st->blockers().join('\n')), 60000);
    QCOMPARE(brickState(QStringLiteral("Napoli")), QStringLiteral("online"));
}

void TstLabStorage::brickDownShowsAndGates()
{
    QElapsedTimer down;
    down.start();
    QVERIFY(labCmd({QStringLiteral("brick-down"), QStringLiteral("Napoli")}));
    QVERIFY(labCmd({QStringLiteral("shell"), QStringLiteral("roma1-hv1"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("mkdir -p %1/vmstore/gate && for i in 1 2 3 4 5; do echo $i > %1/vmstore/gate/f$i; done; sync").arg(m_dir)}));
    QElapsedTimer t;
    t.start();
    // How soon is measured and printed, not asserted: a loaded machine took 5.2 s once (the monitor
    // polls, and glusterd answers slowly while the CPU is busy).
    // A critical alarm in the console and on the wall, each from its own fleet, within 10 s.
    auto brickAlarm = [](core::Fleet *f) -> const alarms::Alarm * {
        for (const auto &a : f->alarms()->active())
            if (a.condition.kind == QLatin1String("brick-offline") && a.condition.severity == alarms::Severity::Critical)
                return f->alarms()->find(a.condition.key);
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(brickAlarm(m_fleet.get()), 10000);
    qInfo("critical alarm in the console %lld ms after 'hawan-lab brick-down' started", down.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(brickAlarm(m_wallFleet.get()), 10000);
    qInfo("critical alarm on the wall %lld ms after 'hawan-lab brick-down' started", down.elapsed());
    m_brickAlarm = brickAlarm(m_fleet.get())->condition.key;
    QVERIFY(m_brickAlarm.contains(QLatin1String("napoli/brick")));
    // Acknowledged in the console's panel; the wall's fleet reads it from the journal.
    auto *panel = m_win->findChild<widgets::AlarmsView *>();
    QVERIFY(panel->select(m_brickAlarm));
    const QString comment = QStringLiteral("lab test: the brick comes back shortly");
    panel->acknowledgeSelected(&comment);
    QVERIFY(brickAlarm(m_fleet.get())->acknowledged());
    QTRY_VERIFY_WITH_TIMEOUT(brickAlarm(m_wallFleet.get())->acknowledged(), 10000);
    QCOMPARE(brickAlarm(m_wallFleet.get())->ackComment, comment);
    QTRY_VERIFY_WITH_TIMEOUT(m_st->snapshot(0).bricksOffline() == 1 && knownPending() > 0, 30000);
    qInfo("brick offline and %lld entries pending heal shown %lld ms after the writes", knownPending(), t.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(brickState(QStringLiteral("Napoli")), QStringLiteral("offline"), 1000);
    QVERIFY(m_win->topology()->brickBadgeText(m_fleet->inventory()->config().siteIndex(QStringLiteral("Napoli"))).contains(QStringLiteral("brick offline")));
    // The latency graphs' timeline marks the backlog rising.
    auto hasEvent = [this](probes::TimelineEvent::Kind kind) {
        for (const auto &e : m_fleet->probes()->timeline()->events())
            if (e.kind == kind)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(probes::TimelineEvent::Kind::HealBacklog), 5000);

    // Evacuate host: stopped at the storage gate, with the reason; cancelled, nothing moves.
    QString gateText;
    QTimer::singleShot(300, this, [&] {
        auto *gate = QApplication::activeModalWidget();
        if (!gate || gate->objectName() != QLatin1String("storageGate"))
            return;
        for (auto *l : gate->findChildren<QLabel *>())
            gateText += l->text();
        qobject_cast<QDialog *>(gate)->reject();
    });
    const int host = m_fleet->inventory()->config().hostIndex(QStringLiteral("roma1-hv2"));
    m_win->openEvacuation(host, -1);
    QVERIFY2(gateText.contains(QStringLiteral("napoli/brick is offline")), qPrintable(gateText));
    QVERIFY2(gateText.contains(QStringLiteral("entries are pending heal")), qPrintable(gateText));
    QVERIFY(!m_fleet->inventory()->inMaintenance(host));
    QVERIFY(m_fleet->plans().empty());
}

void TstLabStorage::brickUpDrainsAndHealNowRuns()
{
    QVERIFY(labCmd({QStringLiteral("brick-up"), QStringLiteral("Napoli")}));
    // Heal now, as an operator would once the panel shows the brick back (gluster refuses to
    // launch a heal while a brick is still reconnecting).
    QTRY_VERIFY_WITH_TIMEOUT(m_st->snapshot(0).bricksOffline() == 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(brickState(QStringLiteral("Napoli")), QStringLiteral("online"), 5000);
    // Right after a brick returns, glusterd may still refuse ("brick op 'Heal' failed") until the
    // self-heal daemon reconnects: the panel shows that answer, and the operator tries again.
    bool ok = false;
    QString output;
    int attempts = 0;
    QElapsedTimer tries;
    tries.start();
    for (; !ok && tries.elapsed() < 45000; ++attempts) {
        if (attempts)
            QTest::qWait(3000);
        jobs::CommandJob *heal = m_fleet->storageAction(0, storage::StorageMonitor::Action::Heal);
        QTRY_VERIFY_WITH_TIMEOUT(heal->isFinished(), 60000);
        ok = heal->jobResult().succeeded();
        output = heal->output();
    }
    qInfo("Heal now succeeded on attempt %d", attempts);
    QVERIFY2(ok, qPrintable(output));
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_st->snapshot(0).bricksOffline() == 0 && m_st->snapshot(0).pendingTotal() == 0, 90000);
    qInfo("backlog drained %lld ms after brick-up and a heal", t.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(brickState(QStringLiteral("Napoli")), QStringLiteral("online"), 1000);
    QVERIFY(m_st->blockers().isEmpty());
    // The history kept the rise and the fall.
    qint64 peak = 0;
    for (const auto &s : m_st->history(0))
        peak = std::max(peak, s.pending);
    QVERIFY(peak > 0);
    QCOMPARE(m_st->history(0).back().pending, 0);
    bool drained = false;
    for (const auto &e : m_fleet->probes()->timeline()->events())
        drained = drained || e.kind == probes::TimelineEvent::Kind::HealDrained;
    QVERIFY(drained);
    // The alarm has cleared in both, and is kept in the history with its acknowledgement.
    for (core::Fleet *f : {m_fleet.get(), m_wallFleet.get()}) {
        QTRY_VERIFY_WITH_TIMEOUT(!f->alarms()->find(m_brickAlarm), 30000);
        bool kept = false;
        for (const auto &a : f->alarms()->history())
            kept |= a.condition.key == m_brickAlarm && a.acknowledged();
        QVERIFY(kept);
    }
}

void TstLabStorage::cleanupTestCase()
{
    if (m_st && m_st->snapshot(0).bricksOffline() > 0)
        labCmd({QStringLiteral("brick-up"), QStringLiteral("Napoli")});
    m_wall.reset();
    m_win.reset();
    m_wallFleet.reset();
    m_fleet.reset();
}

HAWAN_TEST_MAIN(TstLabStorage, QApplication)
#include "tst_labstorage.moc"
