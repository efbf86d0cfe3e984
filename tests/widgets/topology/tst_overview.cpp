// The topology of many sites: an overview of one tile per site (its health, the links between
// sites), a click or the keyboard opens a site and Esc comes back, typing finds a site, host or
// VM, and a host chosen elsewhere opens its site. On libvirt's test driver: six sites of one host
// each, one of them a host that never answers, one site without hosts.
#include "config/configloader.h"
#include "core/fleet.h"
#include "mainwindow.h"
#include "topology/topologyview.h"

#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hawan;

namespace {
QString sixSites()
{
    const QString dir = QStringLiteral(HAWAN_FIXTURES "/hosts");
    QString t = QStringLiteral("title = \"Six sites\"\n[console]\nrefresh_interval_ms = 1000\n");
    const QStringList sites{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                            QStringLiteral("Delta"), QStringLiteral("Echo"), QStringLiteral("Foxtrot")};
    for (const auto &s : sites)
        t += QStringLiteral("[[site]]\nname = \"%1\"\n").arg(s);
    for (int i = 0; i + 1 < sites.size(); ++i)
        t += QStringLiteral("[[link]]\nsites = [\"%1\", \"%2\"]\n").arg(sites[i], sites[i + 1]);
    const QStringList files{QStringLiteral("roma1-hv1"), QStringLiteral("roma1-hv2"), QStringLiteral("napoli-hv1"),
                            QStringLiteral("napoli-hv2")};
    for (int i = 0; i < files.size(); ++i)
        t += QStringLiteral("[[host]]\nname = \"%1\"\nsite = \"%2\"\nuri = \"test://%3/%1.xml\"\n").arg(files[i], sites[i], dir);
    t += QStringLiteral("[[host]]\nname = \"ghost\"\nsite = \"Echo\"\nuri = \"test:///nonexistent/ghost.xml\"\n");
    return t;
}
} // namespace

class TstOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        auto cfg = config::ConfigLoader::loadString(sixSites(), m_dir.filePath(QStringLiteral("six.toml")));
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
        m_fleet = std::make_unique<core::Fleet>(std::move(cfg.value()));
        m_win = std::make_unique<widgets::MainWindow>(m_fleet.get(), widgets::MainWindow::Options{});
        m_win->resize(1400, 900);
        m_win->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_win.get()));
        m_fleet->start();
        QVERIFY(QTest::qWaitFor([this] { return m_fleet->inventory()->allReported(); }, 15000));
        QTest::qWait(300);
    }
    void cleanup()
    {
        m_win.reset();
        m_fleet.reset();
    }

    void tilesTellWhichSiteIsWrong()
    {
        auto *topo = m_win->topology();
        QVERIFY(topo->hasOverview());
        QVERIFY(topo->isOverview());
        QVERIFY(topo->vmNames().isEmpty()); // no chips in the overview
        for (int s = 0; s < 6; ++s)
            QVERIFY2(!topo->siteTileRect(s).isEmpty(), qPrintable(QString::number(s)));
        // Tiles of a row side by side, the next row below.
        QVERIFY(topo->siteTileRect(1).left() > topo->siteTileRect(0).right());
        QVERIFY(topo->siteTileRect(5).top() > topo->siteTileRect(0).bottom());
        const int echo = m_fleet->inventory()->config().siteIndex(QStringLiteral("Echo"));
        QCOMPARE(topo->siteSeverity(echo), 2); // its only host does not answer
        QCOMPARE(topo->siteSeverity(0), 0);
        // Each link's state is drawn between its two tiles, clickable for the graphs.
        QSignalSpy link(topo, &widgets::TopologyView::linkActivated);
        QVERIFY(!topo->linkBoxRect(0).isEmpty());
        QTest::mouseClick(topo, Qt::LeftButton, {}, topo->linkBoxRect(0).center().toPoint());
        QCOMPARE(link.size(), 1);
        QVERIFY(topo->isOverview());
    }

    void aClickOpensASiteAndEscComesBack()
    {
        auto *topo = m_win->topology();
        QSignalSpy opened(topo, &widgets::TopologyView::siteOpened);
        QTest::mouseClick(topo, Qt::LeftButton, {}, topo->siteTileRect(2).center().toPoint());
        QCOMPARE(topo->openedSite(), 2);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toInt(), 2);
        QTest::qWait(200);
        const int h = m_fleet->inventory()->config().hostIndex(QStringLiteral("napoli-hv1"));
        QVERIFY(!topo->hostCardRect(h).isEmpty());
        QVERIFY(!topo->vmChipRect(QStringLiteral("napoli-hv1-atlas-wn00")).isEmpty());
        QVERIFY(topo->vmChipRect(QStringLiteral("roma1-hv1-atlas-wn00")).isEmpty()); // another site's
        // A chip of the opened site still selects its host, as in the two-site view.
        QTest::mouseClick(topo, Qt::LeftButton, {}, topo->vmChipRect(QStringLiteral("napoli-hv1-atlas-wn00")).center().toPoint());
        QCOMPARE(topo->selectedHost(), h);
        topo->setFocus();
        QTest::keyClick(topo, Qt::Key_PageDown);
        QCOMPARE(topo->openedSite(), 3);
        QTest::keyClick(topo, Qt::Key_Escape);
        QVERIFY(topo->isOverview());
        QCOMPARE(opened.last().at(0).toInt(), -1);
    }

    void theKeyboardMovesAndTypingFinds()
    {
        auto *topo = m_win->topology();
        topo->setFocus();
        QCOMPARE(topo->tileCursor(), 0);
        QTest::keyClick(topo, Qt::Key_Right);
        QCOMPARE(topo->tileCursor(), 1);
        QTest::keyClick(topo, Qt::Key_End);
        QCOMPARE(topo->tileCursor(), 5);
        QTest::keyClick(topo, Qt::Key_Home);
        // A VM's name: the cursor goes to its site; Enter opens it with the VM's host selected.
        QTest::keyClicks(topo, QStringLiteral("hv2-lhcb"));
        QCOMPARE(topo->findText(), QStringLiteral("hv2-lhcb"));
        QCOMPARE(topo->tileCursor(), 1); // roma1-hv2 at Bravo comes before napoli-hv2
        QTest::keyClick(topo, Qt::Key_Escape);
        QVERIFY(topo->findText().isEmpty());
        QTest::keyClicks(topo, QStringLiteral("napoli-hv2"));
        QCOMPARE(topo->tileCursor(), 3);
        QTest::keyClick(topo, Qt::Key_Return);
        QCOMPARE(topo->openedSite(), 3);
        QCOMPARE(topo->selectedHost(), m_fleet->inventory()->config().hostIndex(QStringLiteral("napoli-hv2")));
        // A site's own name; and nothing found leaves the cursor where it was.
        QTest::keyClick(topo, Qt::Key_Escape);
        QTest::keyClicks(topo, QStringLiteral("echo"));
        QCOMPARE(topo->tileCursor(), 4);
        QTest::keyClicks(topo, QStringLiteral("zzz"));
        QCOMPARE(topo->findSite(topo->findText()), -1);
        QCOMPARE(topo->tileCursor(), 4);
    }

    void aHostChosenElsewhereOpensItsSite()
    {
        auto *topo = m_win->topology();
        topo->openSite(0);
        const int h = m_fleet->inventory()->config().hostIndex(QStringLiteral("napoli-hv2"));
        topo->selectHost(h); // as the table or the host panel do
        QCOMPARE(topo->openedSite(), 3);
        topo->openSite(-1);
        QVERIFY(topo->isOverview());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Fleet> m_fleet;
    std::unique_ptr<widgets::MainWindow> m_win;
};

HAWAN_TEST_MAIN(TstOverview, QApplication)
#include "tst_overview.moc"
