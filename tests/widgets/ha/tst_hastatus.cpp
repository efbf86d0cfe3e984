// The status bar's word on automatic recovery, read from the HA watcher's lease: "no watcher"
// (and what to do) when none acts; "watching from MACHINE" with its last events in the tooltip
// when one holds the lease; "silent" when its heartbeat is old.
#include "ha/hastatuslabel.h"
#include "config/configloader.h"
#include "core/fleet.h"
#include "ha/watcher.h"
#include "jobs/lease.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace hawan;

class TstHaStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysWhetherAWatcherActs()
    {
        QTemporaryDir dir;
        auto loaded = config::ConfigLoader::loadString(test::fleetConfigText(), dir.filePath(QStringLiteral("fleet.toml")));
        QVERIFY(loaded);
        config::Config cfg = loaded.value();
        cfg.storage.clear();
        cfg.console.journal = dir.filePath(QStringLiteral("journal.jsonl"));
        cfg.ha.leaseDir = dir.filePath(QStringLiteral("leases"));
        core::Fleet fleet(cfg);
        widgets::HaStatusLabel label(&fleet);
        QTRY_VERIFY(label.text().contains(QLatin1String("HA: no watcher")));
        QVERIFY(label.toolTip().contains(QLatin1String("hawanctl ha")));

        auto me = jobs::LeaseHolder::self(QStringLiteral("hawanctl ha"));
        me.detail = QJsonObject{{QStringLiteral("beat"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                {QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-12-05T07:09:09Z")},
                                                                                  {QStringLiteral("alarm"), true},
                                                                                  {QStringLiteral("text"), QStringLiteral("napoli-hv2 is silent")}}}}};
        auto taken = jobs::Lease::take(cfg.ha.leaseDir, ha::Watcher::leaseName(), me);
        QVERIFY2(taken.lease, qPrintable(taken.error));
        QTRY_VERIFY_WITH_TIMEOUT(label.text().contains(QLatin1String("HA: watching from ") + me.machine), 12000);
        QVERIFY2(label.toolTip().contains(QLatin1String("07:09:09  ALARM napoli-hv2 is silent")), qPrintable(label.toolTip()));
        QVERIFY(label.toolTip().contains(QLatin1String("hawanctl ha (pid")));

        // Its heartbeat stops (the process holds the lock but is stuck): said so.
        QJsonObject old = me.detail;
        old.insert(QStringLiteral("beat"), QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate));
        QVERIFY(taken.lease->update(old));
        QTRY_VERIFY_WITH_TIMEOUT(label.text().contains(QLatin1String("HA: watcher silent for")), 12000);

        taken.lease.reset(); // it ends: its lease goes with it
        QTRY_VERIFY_WITH_TIMEOUT(label.text().contains(QLatin1String("HA: no watcher")), 12000);
    }
};

HAWAN_TEST_MAIN(TstHaStatus, QApplication)
#include "tst_hastatus.moc"
