// The console, offscreen, on the test-driver fixtures: what an operator sees and clicks.
#include "common/journalopener.h"
#include "config/configloader.h"
#include "core/fleet.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogview.h"
#include "hostpanel/hostpanel.h"
#include "mainwindow.h"
#include "placement/placementview.h"
#include "placement/vmfilterproxy.h"
#include "topology/topologyview.h"
#include "silenthosts.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

using namespace hawan;

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void topologyShowsEveryVm();
    void filterNarrowsTheTable_data();
    void filterNarrowsTheTable();
    void unreachableHostCardSaysSo();
    void clickingAChipShowsItsHost();
    void statusBarCountsPerSite();
    void vmsOfASilentHostAreUnknown();
    void layoutAndZoomAreRemembered();
    void journalOpensOffTheGuiThread();

private:
    std::unique_ptr<core::Fleet> m_fleet;
    std::unique_ptr<widgets::MainWindow> m_win;
    QTemporaryDir m_dir;
};

void TstMainWindow::init()
{
    auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(test::ghostHostToml()),
                                                m_dir.filePath(QStringLiteral("fleet.toml")));
    QVERIFY(cfg.ok());
    m_fleet = std::make_unique<core::Fleet>(std::move(cfg.value()));
    m_win = std::make_unique<widgets::MainWindow>(m_fleet.get(), widgets::MainWindow::Options{});
    m_win->resize(1400, 900);
    m_win->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_win.get()));
    m_fleet->start();
    QVERIFY(QTest::qWaitFor([this] { return m_fleet->inventory()->allReported(); }, 15000));
    QTest::qWait(300); // the topology relayouts at most every 150 ms
}

void TstMainWindow::cleanup()
{
    m_win.reset();
    m_fleet.reset();
}

void TstMainWindow::topologyShowsEveryVm()
{
    QStringList shown = m_win->topology()->vmNames();
    shown.sort();
    QStringList expected;
    for (const char *h : {"napoli-hv1", "napoli-hv2", "roma1-hv1", "roma1-hv2"})
        for (const char *v : {"atlas-wn00", "cms-wn00", "lhcb-wn00"})
            expected << QStringLiteral("%1-%2").arg(QLatin1String(h), QLatin1String(v));
    QCOMPARE(shown, expected);
    // Every chip lies inside its host's card.
    const auto *inv = m_fleet->inventory();
    for (int h = 0; h < inv->hostCount(); ++h)
        for (const auto &vm : inv->vms(h))
            QVERIFY(m_win->topology()->hostCardRect(h).contains(m_win->topology()->vmChipRect(vm.name)));
}

void TstMainWindow::filterNarrowsTheTable_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("nothing") << QString() << 12;
    QTest::newRow("site name") << QStringLiteral("napoli") << 6;
    QTest::newRow("host") << QStringLiteral("host:roma1-hv2") << 3;
    QTest::newRow("state") << QStringLiteral("state:paused") << 1;
    QTest::newRow("state id") << QStringLiteral("shut-off") << 1;
    QTest::newRow("two words") << QStringLiteral("roma1 lhcb") << 2;
    QTest::newRow("no match") << QStringLiteral("cms-wn99") << 0;
}

void TstMainWindow::filterNarrowsTheTable()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    QLineEdit *edit = m_win->placement()->filterEdit();
    edit->clear();
    QTest::keyClicks(edit, filter);
    QCOMPARE(m_win->placement()->table()->model()->rowCount(), rows);
    const QLabel *empty = m_win->placement()->findChild<QLabel *>(QStringLiteral("placementEmpty"));
    QTRY_COMPARE(empty->isVisible(), rows == 0);
    if (rows == 0)
        QVERIFY(empty->text().contains(QStringLiteral("No VM matches")));
}

void TstMainWindow::unreachableHostCardSaysSo()
{
    const auto *inv = m_fleet->inventory();
    const int ghost = inv->config().hostIndex(QStringLiteral("ghost"));
    const QString text = m_win->topology()->hostStatusText(ghost);
    QVERIFY2(text.startsWith(QStringLiteral("Unreachable: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ghost.xml")), qPrintable(text));
    QVERIFY(!m_win->topology()->hostCardRect(ghost).isEmpty());
    QCOMPARE(m_win->topology()->hostStatusText(0), QStringLiteral("Up"));
    // The event log says it too, with the reason.
    const auto *log = m_win->eventLog()->model();
    bool found = false;
    for (int r = 0; r < log->rowCount(); ++r)
        found |= log->entry(r).message.startsWith(QStringLiteral("ghost unreachable: "));
    QVERIFY(found);
}

void TstMainWindow::clickingAChipShowsItsHost()
{
    auto *topo = m_win->topology();
    const QRectF chip = topo->vmChipRect(QStringLiteral("napoli-hv2-lhcb-wn00"));
    QVERIFY(!chip.isEmpty());
    QTest::mouseClick(topo, Qt::LeftButton, {}, chip.center().toPoint());
    const int h = m_fleet->inventory()->config().hostIndex(QStringLiteral("napoli-hv2"));
    QCOMPARE(topo->selectedHost(), h);
    QCOMPARE(m_win->hostPanel()->host(), h);
    QCOMPARE(m_win->hostPanel()->fieldText(QStringLiteral("name")), QStringLiteral("<b>napoli-hv2</b>"));
    QVERIFY(m_win->hostPanel()->fieldText(QStringLiteral("hypervisor")).startsWith(QStringLiteral("TEST")));
    // The table follows the selection.
    const QModelIndex cur = m_win->placement()->table()->currentIndex();
    QCOMPARE(cur.siblingAtColumn(0).data().toString(), QStringLiteral("napoli-hv2-lhcb-wn00"));
}

void TstMainWindow::statusBarCountsPerSite()
{
    QTRY_COMPARE(m_win->siteStatusText(0), QStringLiteral("Roma1: 2 up · 6 VMs running"));
    QTRY_COMPARE(m_win->siteStatusText(1), QStringLiteral("Napoli: 2 up, 1 unreachable · 4 VMs running"));
}

// napoli-hv1 (3 running VMs) stops answering: the status bar, the host panel and the host's card
// say its VMs are unknown; none of them still counts them as running.
void TstMainWindow::vmsOfASilentHostAreUnknown()
{
    test::SilentHosts silent;
    QTRY_COMPARE(m_win->siteStatusText(1), QStringLiteral("Napoli: 2 up, 1 unreachable · 4 VMs running"));
    test::SilentHosts::set({QStringLiteral("napoli-hv1")});
    QTRY_COMPARE(m_win->siteStatusText(1), QStringLiteral("Napoli: 1 up, 2 unreachable · 1 VM running · 3 unknown"));
    const int h = m_fleet->inventory()->config().hostIndex(QStringLiteral("napoli-hv1"));
    m_win->hostPanel()->setHost(h);
    QCOMPARE(m_win->hostPanel()->fieldText(QStringLiteral("vms")),
             QStringLiteral("3 VMs as last seen; what runs now is unknown (the host does not answer)"));
    QCOMPARE(m_win->siteStatusText(0), QStringLiteral("Roma1: 2 up · 6 VMs running"));
    test::SilentHosts::set({});
    QTRY_COMPARE_WITH_TIMEOUT(m_win->siteStatusText(1), QStringLiteral("Napoli: 2 up, 1 unreachable · 4 VMs running"), 30000);
}

void TstMainWindow::layoutAndZoomAreRemembered()
{
    m_win->topology()->setZoom(1.5);
    m_win->resize(1234, 777);
    QVERIFY(m_win->close()); // closing saves geometry, dock layout and zoom
    widgets::MainWindow again(m_fleet.get(), widgets::MainWindow::Options{});
    QCOMPARE(again.topology()->zoom(), 1.5);
    QCOMPARE(again.size(), QSize(1234, 777));
    again.topology()->setZoom(1.0);
    again.close();
}

void TstMainWindow::journalOpensOffTheGuiThread()
{
    // The console reads its journal on a thread of its own and gets it back on the GUI thread,
    // with what an earlier console wrote (here a maintenance mark), ready for the fleet.
    const QString path = m_dir.filePath(QStringLiteral("off-thread.jsonl"));
    {
        jobs::Journal earlier(path);
        QVERIFY(earlier.writeMaintenance(QStringLiteral("napoli-hv1"), true));
        QVERIFY(earlier.waitForWritten());
    }
    auto journal = widgets::openJournalWithoutFreezing(path);
    QVERIFY(journal);
    QCOMPARE(journal->thread(), QThread::currentThread());
    QVERIFY(journal->replay().maintenance.contains(QStringLiteral("napoli-hv1")));
    auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(), m_dir.filePath(QStringLiteral("off.toml")));
    QVERIFY(cfg.ok());
    core::Fleet fleet(std::move(cfg.value()), std::move(journal));
    QCOMPARE(fleet.journal()->path(), path);
    const int h = fleet.inventory()->config().hostIndex(QStringLiteral("napoli-hv1"));
    QVERIFY(fleet.inventory()->inMaintenance(h));
    // Its writer answers on the GUI thread, as for a journal opened there.
    QVERIFY(fleet.setMaintenance(h, false));
    bool written = false;
    fleet.journal()->whenWritten(this, [&written](bool ok) {
        QCOMPARE(QThread::currentThread(), qApp->thread());
        written = ok;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 5000);
    QVERIFY(!jobs::Journal::read(path).maintenance.contains(QStringLiteral("napoli-hv1")));
}

HAWAN_TEST_MAIN(TstMainWindow, QApplication)
#include "tst_mainwindow.moc"
