// The latency panel, offscreen: the window buttons change what is shown (checked through the CSV
// export, which writes exactly what is visible), hidden series leave the export, PNG and PDF are
// written, markers of the timeline sit in the view, and a link losing every echo turns "cut" in
// the hub, on the timeline and in the topology's WAN box.
#include "testmain.h"

#include "config/configloader.h"
#include "model/inventory.h"
#include "plots/latencypanel.h"
#include "probes/probehub.h"
#include "topology/topologyview.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QLabel>

#include <qcustomplot.h>

using namespace hawan;

namespace {
const char *kConfig =
    "[[site]]\n"
    "name = \"Roma1\"\n"
    "[[site]]\n"
    "name = \"Napoli\"\n"
    "[[link]]\n"
    "name = \"WAN\"\n"
    "sites = [\"Roma1\", \"Napoli\"]\n"
    "rtt_limit_ms = 10.0\n"
    "[[link.probe]]\n"
    "from = \"Roma1\"\n"
    "target = \"10.77.2.2\"\n"
    "[[host]]\n"
    "name = \"hv1\"\n"
    "site = \"Roma1\"\n"
    "uri = \"test:///default\"\n";

probes::Reading reading(qint64 t, float v, float loss = 0)
{
    probes::Reading r;
    r.point.tMs = t;
    if (loss < 1) {
        r.point.lo = v * 0.9f;
        r.point.mid = v;
        r.point.hi = v * 1.2f;
    }
    r.point.loss = loss;
    return r;
}

int rowsOf(const QStringList &rows, const QString &seriesId)
{
    int n = 0;
    for (const auto &r : rows)
        n += r.section(QLatin1Char(','), 1, 1) == seriesId;
    return n;
}
} // namespace

class TestLatencyUi : public QObject
{
    Q_OBJECT
private:
    config::Config m_config;
    std::unique_ptr<probes::ProbeHub> m_hub;
    qint64 m_now = 0;
    int m_link = -1, m_service = -1;

private Q_SLOTS:
    void initTestCase()
    {
        auto cfg = config::ConfigLoader::loadString(QString::fromUtf8(kConfig), QStringLiteral("test.toml"));
        QVERIFY2(cfg.ok(), "config");
        m_config = cfg.value();
        m_hub = std::make_unique<probes::ProbeHub>(m_config); // not started: the test feeds it
        m_link = m_hub->find(QStringLiteral("link/WAN/Roma1"));
        m_service = m_hub->serviceSeries(0);
        QVERIFY(m_link >= 0 && m_service >= 0);
        // Two hours at 1 Hz up to now.
        m_now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
        for (qint64 t = m_now - 2 * 3600 * 1000; t <= m_now; t += 1000) {
            m_hub->addReading(m_link, reading(t, 10.0f + float(t / 1000 % 10) / 10.0f));
            m_hub->addReading(m_service, reading(t, 0.5f));
        }
        m_hub->timeline()->add({m_now - 30 * 1000, probes::TimelineEvent::Kind::MigrationStart,
                                QStringLiteral("Migration of web1 started"), QStringLiteral("detail"), false});
    }

    void windowsChangeTheRows_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("minRows");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("1 min: raw seconds") << "window0" << 58 << 62 << "1";
        QTest::newRow("10 min") << "window1" << 598 << 602 << "1";
        // About two points per pixel column (the panel is 900 wide): 1 h comes in 10 s buckets.
        QTest::newRow("1 h: 10 s buckets") << "window2" << 359 << 362 << "10";
        QTest::newRow("24 h: 1 min buckets over the 2 h held") << "window3" << 119 << 123 << "60";
        QTest::newRow("7 d: 10 min buckets") << "window4" << 11 << 14 << "600";
    }
    void windowsChangeTheRows()
    {
        QFETCH(QString, button);
        QFETCH(int, minRows);
        QFETCH(int, maxRows);
        QFETCH(QString, bucket);
        widgets::LatencyPanel panel(m_hub.get());
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *b = panel.findChild<QToolButton *>(button);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(panel.isLive());
        const QStringList rows = panel.csvRows();
        QCOMPARE(rows.first(), QStringLiteral("time_utc,series,label,unit,bucket_s,low,median,high,loss"));
        const int link = rowsOf(rows, QStringLiteral("link/WAN/Roma1"));
        QVERIFY2(link >= minRows && link <= maxRows, qPrintable(QString::number(link)));
        QCOMPARE(rowsOf(rows, QStringLiteral("service/hv1")), link);
        for (const auto &r : rows.mid(1)) {
            QCOMPARE(r.section(QLatin1Char(','), 4, 4), bucket);
            const qint64 t = QDateTime::fromString(r.section(QLatin1Char(','), 0, 0), Qt::ISODateWithMs).toMSecsSinceEpoch();
            QVERIFY(t >= panel.viewFrom() && t <= panel.viewTo());
        }
    }

    void hiddenSeriesLeaveTheExport()
    {
        widgets::LatencyPanel panel(m_hub.get());
        panel.setWindow(widgets::LatencyPanel::Window::OneMinute);
        panel.setSeriesVisible(m_service, false);
        QCOMPARE(rowsOf(panel.csvRows(), QStringLiteral("service/hv1")), 0);
        QVERIFY(rowsOf(panel.csvRows(), QStringLiteral("link/WAN/Roma1")) > 0);
        panel.setSeriesVisible(m_service, true);
        QVERIFY(rowsOf(panel.csvRows(), QStringLiteral("service/hv1")) > 0);
    }

    void windowAndHiddenSeriesSurviveARestart()
    {
        {
            widgets::LatencyPanel panel(m_hub.get());
            panel.setWindow(widgets::LatencyPanel::Window::OneHour);
            panel.setSeriesVisible(m_service, false);
        }
        widgets::LatencyPanel again(m_hub.get());
        QCOMPARE(again.window(), widgets::LatencyPanel::Window::OneHour);
        QVERIFY(!again.isSeriesVisible(m_service));
        QVERIFY(again.isSeriesVisible(m_link));
        again.setSeriesVisible(m_service, true);
    }

    void exportsFiles()
    {
        QTemporaryDir dir;
        widgets::LatencyPanel panel(m_hub.get());
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setWindow(widgets::LatencyPanel::Window::TenMinutes);
        QString error;
        QVERIFY2(panel.exportCsv(dir.filePath(QStringLiteral("a.csv")), &error), qPrintable(error));
        QFile csv(dir.filePath(QStringLiteral("a.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()).trimmed().split(QLatin1Char('\n')), panel.csvRows());
        QVERIFY(panel.exportPng(dir.filePath(QStringLiteral("a.png")), &error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a.png"))).size() > 1000);
        QVERIFY(panel.exportPdf(dir.filePath(QStringLiteral("a.pdf")), &error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a.pdf"))).size() > 1000);
        QVERIFY(!panel.exportCsv(QStringLiteral("/nonexistent-dir/x.csv"), &error));
        QVERIFY(!error.isEmpty());
        // The Export button's way: rendered here, written on a worker thread, then reported.
        QSignalSpy exported(&panel, &widgets::LatencyPanel::exported);
        panel.exportInBackground(QStringLiteral("pdf"), dir.filePath(QStringLiteral("b.pdf")));
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        QFile pdf(dir.filePath(QStringLiteral("b.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        panel.exportInBackground(QStringLiteral("png"), QStringLiteral("/nonexistent-dir/x.png"));
        QTRY_COMPARE(exported.count(), 2);
        QVERIFY(!exported.at(1).at(1).toString().isEmpty());
        auto *box = panel.findChild<QMessageBox *>(QStringLiteral("exportFailed"));
        QVERIFY(box && box->text().contains(QStringLiteral("/nonexistent-dir/x.png")));
        box->close();
    }

    void markersAndCrosshairValues()
    {
        widgets::LatencyPanel panel(m_hub.get());
        panel.setWindow(widgets::LatencyPanel::Window::OneMinute);
        const auto events = panel.visibleEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().title, QStringLiteral("Migration of web1 started"));
        const QString values = panel.valuesAt(m_now - 5000);
        QVERIFY2(values.contains(QStringLiteral("Roma1 → Napoli (10.77.2.2): 10.")), qPrintable(values));
        QVERIFY2(values.contains(QStringLiteral("hv1: 0.50 ms")), qPrintable(values));
        // Panning pauses following now; Live follows again.
        panel.setView(m_now - 3600 * 1000, m_now - 3000 * 1000);
        QVERIFY(!panel.isLive());
        QVERIFY(panel.visibleEvents().isEmpty());
        panel.setLive(true);
        QVERIFY(panel.viewTo() >= m_now);
    }

    void clickingAMarkerShowsItsEvent()
    {
        widgets::LatencyPanel panel(m_hub.get());
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setWindow(widgets::LatencyPanel::Window::OneMinute);
        panel.setView(m_now - 60 * 1000, m_now); // still, so the marker does not slide under the click
        panel.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCPAxisRect *rect = panel.plot()->axisRect(0);
        const int x = int(rect->axis(QCPAxis::atBottom)->coordToPixel(double(m_now - 30 * 1000) / 1000.0));
        QSignalSpy activated(&panel, &widgets::LatencyPanel::eventActivated);
        QTest::mouseClick(panel.plot(), Qt::LeftButton, {}, QPoint(x + 2, int(rect->center().y())));
        QCOMPARE(activated.count(), 1);
        const QString detail = panel.findChild<QLabel *>(QStringLiteral("detail"))->text();
        QVERIFY2(detail.contains(QStringLiteral("Migration of web1 started")), qPrintable(detail));
        // Far from any marker, a click says nothing.
        QTest::mouseClick(panel.plot(), Qt::LeftButton, {}, QPoint(x + 200, int(rect->center().y())));
        QCOMPARE(activated.count(), 1);
    }

    void lossTurnsTheLinkCut()
    {
        config::Config cfg = m_config;
        probes::ProbeHub hub(cfg);
        model::Inventory inv(cfg);
        widgets::TopologyView topo(&inv);
        topo.setProbes(&hub);
        const int s = hub.find(QStringLiteral("link/WAN/Roma1"));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        hub.addReading(s, reading(t0 - 4000, 10.2f));
        QVERIFY(hub.linkState(0).measured);
        QVERIFY(!hub.linkState(0).cut);
        QVERIFY2(topo.linkText(0).contains(QStringLiteral("10.2")), qPrintable(topo.linkText(0)));
        for (int i = 3; i >= 1; --i)
            hub.addReading(s, reading(t0 - i * 1000, 0, 1));
        QVERIFY(hub.linkState(0).cut);
        QCOMPARE(topo.linkColor(0), QColor(0xd0, 0x30, 0x30));
        QVERIFY2(topo.linkText(0).contains(QStringLiteral("100 %")), qPrintable(topo.linkText(0)));
        hub.addReading(s, reading(t0, 10.1f));
        QVERIFY(!hub.linkState(0).cut);
        // The box explains itself and opens the graphs.
        topo.resize(1200, 700);
        topo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&topo));
        topo.grab();
        const QRectF box = topo.linkBoxRect(0);
        QVERIFY(!box.isEmpty());
        QVERIFY2(topo.linkToolTip(0).contains(QStringLiteral("Round trip 10.10 ms")), qPrintable(topo.linkToolTip(0)));
        QSignalSpy activated(&topo, &widgets::TopologyView::linkActivated);
        QTest::mouseClick(&topo, Qt::LeftButton, {}, box.center().toPoint());
        QCOMPARE(activated.count(), 1);
        const auto &ev = hub.timeline()->events();
        QCOMPARE(int(ev.size()), 2);
        QCOMPARE(ev[0].kind, probes::TimelineEvent::Kind::LinkCut);
        QCOMPARE(ev[1].kind, probes::TimelineEvent::Kind::LinkRestored);
    }
};

HAWAN_TEST_MAIN(TestLatencyUi, QApplication)
#include "tst_latencyui.moc"
