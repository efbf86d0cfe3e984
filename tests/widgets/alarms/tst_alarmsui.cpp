// The Alarms panel and the wall view on libvirt's test driver with a host that never answers: the
// alarm is listed (bold until acknowledged), acknowledged with a comment through the panel, shown
// acknowledged in a second console's panel; a read-only panel says why it cannot act; the wall
// shows the alarm, turns pages when there are more than two sites, and Esc asks to close it.
#include "alarms/alarmsview.h"
#include "config/configloader.h"
#include "core/fleet.h"
#include "wall/wallview.h"

#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace hawan;

namespace {
const QString kKey = QStringLiteral("host-unreachable/ghost");

QTreeWidgetItem *row(QTreeWidget *tree, const QString &text)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (tree->topLevelItem(g)->child(i)->text(2).contains(text))
                return tree->topLevelItem(g)->child(i);
    return nullptr;
}
} // namespace

class TstAlarmsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acknowledgedInOnePanelShowsInTheOther()
    {
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(test::ghostHostToml()), dir.filePath(QStringLiteral("f.toml")));
        QVERIFY(cfg);
        core::Fleet one(cfg.value()), two(cfg.value());
        one.start(false);
        two.start(false);
        widgets::AlarmsView a(&one, true), b(&two, true);
        a.show();
        b.show();
        auto *treeA = a.findChild<QTreeWidget *>(QStringLiteral("alarmsTree"));
        auto *treeB = b.findChild<QTreeWidget *>(QStringLiteral("alarmsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(row(treeA, QStringLiteral("ghost does not answer")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(row(treeB, QStringLiteral("ghost does not answer")), 15000);
        QVERIFY(row(treeA, QStringLiteral("ghost"))->font(2).bold());
        QCOMPARE(row(treeA, QStringLiteral("ghost"))->text(3), QStringLiteral("not yet"));
        QVERIFY(a.findChild<QLabel *>(QStringLiteral("alarmsSummary"))->text().contains(QLatin1String("not acknowledged")));
        auto *ack = a.findChild<QPushButton *>(QStringLiteral("alarmAck"));
        QVERIFY(!ack->isEnabled()); // nothing selected
        QVERIFY(a.select(kKey));
        QVERIFY(ack->isEnabled());
        QVERIFY(a.findChild<QLabel *>(QStringLiteral("alarmDetail"))->text().contains(QLatin1String("libvirt daemon")));
        const QString comment = QStringLiteral("ghost is being racked");
        a.acknowledgeSelected(&comment);
        QVERIFY(!row(treeA, QStringLiteral("ghost"))->font(2).bold());
        QVERIFY(row(treeA, QStringLiteral("ghost"))->text(3).contains(comment));
        QVERIFY(!ack->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(row(treeB, QStringLiteral("ghost"))->text(3).contains(comment), 10000);
        const QString summary = b.findChild<QLabel *>(QStringLiteral("alarmsSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("1 active alarm, acknowledged")), qPrintable(summary));
    }

    void thousandsOfAlarmsListTheFirstAndSayHowManyMore()
    {
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(test::ghostHostToml()), dir.filePath(QStringLiteral("f.toml")));
        QVERIFY(cfg);
        core::Fleet fleet(cfg.value());
        widgets::AlarmsView view(&fleet, true);
        view.show();
        QVector<alarms::Condition> conds;
        for (int i = 0; i < 1500; ++i)
            conds << alarms::Condition{QStringLiteral("vm-crashed/h/vm%1").arg(i), QStringLiteral("vm-crashed"),
                                       QStringLiteral("h/vm%1").arg(i), alarms::Severity::Major,
                                       QStringLiteral("vm%1 crashed").arg(i), QStringLiteral("Start it again.")};
        fleet.alarms()->update(conds, QDateTime::currentDateTimeUtc());
        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("alarmsTree"));
        QTRY_VERIFY(tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->text(0).contains(QLatin1String("1500")));
        QTreeWidgetItem *active = tree->topLevelItem(0);
        QCOMPARE(active->childCount(), 201);
        QVERIFY(active->child(199)->text(2).contains(QLatin1String("crashed")));
        QVERIFY2(active->child(200)->text(2).contains(QLatin1String("1300 more")), qPrintable(active->child(200)->text(2)));
        QVERIFY(active->child(200)->text(2).contains(QLatin1String("hawanctl alarms")));
        // Hidden (a tab behind another), it is not rebuilt; shown again, it is up to date.
        view.hide();
        conds.removeLast();
        for (int i = 0; i < 3; ++i)
            fleet.alarms()->update(conds, QDateTime::currentDateTimeUtc().addSecs(10 + i * 10));
        QVERIFY(tree->topLevelItem(0)->text(0).contains(QLatin1String("1500")));
        view.show();
        QVERIFY2(tree->topLevelItem(0)->text(0).contains(QLatin1String("1499")), qPrintable(tree->topLevelItem(0)->text(0)));
    }

    void aReadOnlyPanelSaysWhoMayAct()
    {
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(test::ghostHostToml()), dir.filePath(QStringLiteral("f.toml")));
        QVERIFY(cfg);
        core::Fleet viewer(cfg.value(), core::Access::decide(cfg.value(), true));
        viewer.start(false);
        widgets::AlarmsView view(&viewer, false);
        view.show();
        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("alarmsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(row(tree, QStringLiteral("ghost")), 15000);
        QVERIFY(view.select(kKey));
        auto *ack = view.findChild<QPushButton *>(QStringLiteral("alarmAck"));
        QVERIFY(!ack->isEnabled());
        QVERIFY(ack->toolTip().contains(QLatin1String("hawanctl alarms ack")));
        const QString comment = QStringLiteral("x");
        view.acknowledgeSelected(&comment); // refused, whatever the UI shows
        QVERIFY(!viewer.alarms()->find(kKey)->acknowledged());
    }

    void theWallShowsAlarmsAndTurnsPages()
    {
        QTemporaryDir dir;
        const QString third = QStringLiteral("\n[[site]]\nname = \"Frascati\"\n") + test::ghostHostToml(QStringLiteral("Frascati"));
        auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(third), dir.filePath(QStringLiteral("f.toml")));
        QVERIFY2(cfg, cfg ? "" : qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
        core::Fleet fleet(cfg.value(), core::Access::decide(cfg.value(), true));
        fleet.start(false);
        widgets::WallView wall(&fleet);
        wall.resize(1920, 1080);
        wall.show();
        QTRY_VERIFY_WITH_TIMEOUT(fleet.alarms()->find(kKey), 15000);
        QCOMPARE(wall.pageCount(), 2); // three sites, two a page
        QCOMPARE(wall.page(), 0);
        QTest::keyClick(&wall, Qt::Key_Right);
        QCOMPARE(wall.page(), 1);
        QTest::keyClick(&wall, Qt::Key_Right);
        QCOMPARE(wall.page(), 0);
        const QImage shot = wall.grab().toImage();
        QCOMPARE(shot.size(), QSize(1920, 1080));
        QSignalSpy close(&wall, &widgets::WallView::closeRequested);
        QTest::keyClick(&wall, Qt::Key_Escape);
        QCOMPARE(close.size(), 1);
    }
};

HAWAN_TEST_MAIN(TstAlarmsUi, QApplication)
#include "tst_alarmsui.moc"
