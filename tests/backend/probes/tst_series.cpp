// SeriesHistory: the bounded history behind every graph. Exact per-bucket min / median / max,
// wrap-around of full rings, the tier picked for a window, and the loss a silent probe leaves.
#include "testmain.h"

#include "probes/series.h"
#include "probes/timeline.h"
#include "probes/csv.h"
#include "probes/probehub.h"

#include <QCoreApplication>
#include <QTest>

using namespace hawan::probes;

namespace {
Point pt(qint64 t, float v, float loss = 0)
{
    Point p;
    p.tMs = t;
    p.lo = p.mid = p.hi = v;
    p.loss = loss;
    return p;
}
Point lost(qint64 t)
{
    Point p;
    p.tMs = t;
    p.loss = 1;
    return p;
}
} // namespace

class TestSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spread_data()
    {
        QTest::addColumn<QVector<float>>("values");
        QTest::addColumn<float>("lo");
        QTest::addColumn<float>("mid");
        QTest::addColumn<float>("hi");
        QTest::newRow("one") << QVector<float>{7} << 7.f << 7.f << 7.f;
        QTest::newRow("odd") << QVector<float>{3, 1, 2} << 1.2f << 2.f << 2.8f;
        QTest::newRow("even: mean of the middle two") << QVector<float>{4, 1, 3, 2} << 1.3f << 2.5f << 3.7f;
        QTest::newRow("eleven: p10/p90 on ranks") << QVector<float>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0} << 1.f << 5.f << 9.f;
    }
    void spread()
    {
        QFETCH(QVector<float>, values);
        std::vector<float> v(values.begin(), values.end());
        const Spread s = spreadOf(v);
        QFETCH(float, lo);
        QFETCH(float, mid);
        QFETCH(float, hi);
        QVERIFY(qFuzzyCompare(s.lo, lo));
        QVERIFY(qFuzzyCompare(s.mid, mid));
        QVERIFY(qFuzzyCompare(s.hi, hi));
    }

    void buckets_data()
    {
        // Samples at 1 s; 10 s buckets. Expected per closed bucket: start, lo, mid, hi, loss.
        QTest::addColumn<QVector<Point>>("samples");
        QTest::addColumn<QVector<Point>>("expected");
        QVector<Point> ramp;
        for (int i = 0; i < 25; ++i)
            ramp << pt(i * 1000, float(i));
        QTest::newRow("ramp: exact min/median/max per bucket")
            << ramp << QVector<Point>{{0, 0, 4.5f, 9, 0}, {10000, 10, 14.5f, 19, 0}};
        QVector<Point> spiky;
        for (int i = 0; i < 10; ++i)
            spiky << pt(i * 1000, i == 3 ? 50.f : 10.f);
        spiky << pt(10000, 1);
        QTest::newRow("one spike: median ignores it, max keeps it")
            << spiky << QVector<Point>{{0, 10, 10, 50, 0}};
        QVector<Point> lossy;
        for (int i = 0; i < 10; ++i)
            lossy << (i < 4 ? lost(i * 1000) : pt(i * 1000, float(i)));
        lossy << pt(10000, 1);
        QTest::newRow("lost intervals: no value, counted in loss")
            << lossy << QVector<Point>{{0, 4, 6.5f, 9, 0.4f}};
        QVector<Point> allLost;
        for (int i = 0; i < 10; ++i)
            allLost << lost(i * 1000);
        allLost << pt(10000, 1);
        QTest::newRow("a cut: bucket without value, loss 1")
            << allLost << QVector<Point>{{0, kNoValue, kNoValue, kNoValue, 1}};
        QVector<Point> spread;
        Point a = pt(0, 10);
        a.lo = 8;
        a.hi = 30;
        Point b = pt(5000, 12);
        b.lo = 11;
        b.hi = 13;
        spread << a << b << pt(10000, 1);
        QTest::newRow("spread: lowest lo, median of mids, highest hi")
            << spread << QVector<Point>{{0, 8, 11, 30, 0}};
        QVector<Point> gap;
        gap << pt(1000, 5) << pt(35000, 7) << pt(41000, 9);
        QTest::newRow("a gap leaves no empty buckets")
            << gap << QVector<Point>{{0, 5, 5, 5, 0}, {30000, 7, 7, 7, 0}};
    }
    void buckets()
    {
        QFETCH(QVector<Point>, samples);
        QFETCH(QVector<Point>, expected);
        SeriesHistory h({{0, 100}, {10000, 100}});
        for (const auto &p : samples)
            h.add(p);
        QCOMPARE(h.size(1), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const Point &got = h.at(1, i), &want = expected[i];
            QCOMPARE(got.tMs, want.tMs);
            auto same = [](float x, float y) { return (std::isnan(x) && std::isnan(y)) || qFuzzyCompare(x + 1, y + 1); };
            QVERIFY2(same(got.lo, want.lo), qPrintable(QStringLiteral("lo %1 vs %2").arg(got.lo).arg(want.lo)));
            QVERIFY2(same(got.mid, want.mid), qPrintable(QStringLiteral("mid %1 vs %2").arg(got.mid).arg(want.mid)));
            QVERIFY2(same(got.hi, want.hi), qPrintable(QStringLiteral("hi %1 vs %2").arg(got.hi).arg(want.hi)));
            QVERIFY2(same(got.loss, want.loss), qPrintable(QStringLiteral("loss %1 vs %2").arg(got.loss).arg(want.loss)));
        }
    }

    void openBucketIsProvisional()
    {
        SeriesHistory h({{0, 100}, {10000, 100}});
        for (int i = 0; i < 13; ++i)
            h.add(pt(i * 1000, float(i)));
        const auto all = h.points(1, 0, 20000);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].tMs, 10000);
        QCOMPARE(all[1].mid, 11.f);      // 10, 11, 12 so far
        QCOMPARE(h.points(1, 0, 20000, false).size(), 1);
    }

    void wrapAround_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("added");
        QTest::newRow("not full") << 10 << 7;
        QTest::newRow("exactly full") << 10 << 10;
        QTest::newRow("wrapped once") << 10 << 13;
        QTest::newRow("wrapped many times") << 10 << 1003;
    }
    void wrapAround()
    {
        QFETCH(int, capacity);
        QFETCH(int, added);
        SeriesHistory h({{0, capacity}});
        for (int i = 0; i < added; ++i)
            h.add(pt(i * 1000, float(i)));
        const int kept = std::min(capacity, added);
        QCOMPARE(h.size(0), kept);
        for (int i = 0; i < kept; ++i)
            QCOMPARE(h.at(0, i).mid, float(added - kept + i)); // oldest first, newest last
        // A window query across the wrap point returns exactly the points inside it.
        const qint64 from = qint64(added - kept + 2) * 1000, to = qint64(added - 2) * 1000;
        const auto win = h.points(0, from, to);
        QCOMPARE(win.size(), std::max(0, kept - 3));
        if (!win.isEmpty()) {
            QCOMPARE(win.front().tMs, from);
            QCOMPARE(win.back().tMs, to);
        }
        QCOMPARE(h.latest()->mid, float(added - 1));
    }

    void outOfOrderDropped()
    {
        SeriesHistory h({{0, 10}});
        h.add(pt(5000, 1));
        h.add(pt(4000, 2));
        h.add(pt(5000, 3));
        QCOMPARE(h.size(0), 1);
        QCOMPARE(h.dropped(), quint64(2));
    }

    void tierForWindow_data()
    {
        QTest::addColumn<qint64>("windowS");
        QTest::addColumn<int>("tier");
        QTest::newRow("1 min: raw") << qint64(60) << 0;
        QTest::newRow("10 min: raw") << qint64(600) << 0;
        QTest::newRow("1 h: raw") << qint64(3600) << 0;
        QTest::newRow("2 h: 10 s buckets") << qint64(7200) << 1;
        QTest::newRow("24 h: 1 min buckets (8640 ten-second points are too many)") << qint64(86400) << 2;
        QTest::newRow("7 d: 10 min buckets") << qint64(7 * 86400) << 3;
    }
    void tierForWindow()
    {
        QFETCH(qint64, windowS);
        QFETCH(int, tier);
        SeriesHistory h;
        const qint64 span = 8LL * 86400;   // eight days at 1 Hz, as the benchmark loads
        for (qint64 t = 0; t < span; ++t)
            h.add(pt(t * 1000, 1));
        const qint64 to = (span - 1) * 1000;
        QCOMPARE(h.tierFor(to - windowS * 1000, to, 1000), tier);
        const auto pts = h.points(tier, to - windowS * 1000, to);
        QVERIFY(pts.size() <= 4001);
        QVERIFY(pts.size() >= 60);
        QVERIFY(h.tierFor(to - windowS * 1000, to, 1000, 1000) >= tier); // fewer points allowed: coarser or equal
        QVERIFY(h.memoryBytes() < 2 * 1024 * 1024); // per series; eight of them stay far below 100 MB
    }

    void memoryGrowsWithThePointsHeld()
    {
        // A thousand hosts' series start empty: their month of tiers is not held before it is filled.
        SeriesHistory h;
        QVERIFY2(h.memoryBytes() < 16 * 1024, qPrintable(QString::number(h.memoryBytes())));
        for (qint64 t = 0; t < 5000; ++t)
            h.add(pt(t * 1000, float(t % 7)));
        QCOMPARE(h.size(0), 3700); // the raw tier wrapped: the last 3700 points, oldest first
        QCOMPARE(h.at(0, 0).tMs, qint64(1300) * 1000);
        QCOMPARE(h.at(0, 3699).tMs, qint64(4999) * 1000);
        QCOMPARE(h.size(1), 499); // 10 s buckets, the open one aside
        QVERIFY(h.memoryBytes() < 3700 * qint64(sizeof(Point)) * 2);
    }

    void csvRoundTrip()
    {
        SeriesInfo info;
        info.id = QStringLiteral("link/WAN, \"east\"/Roma1");
        info.label = QStringLiteral("Roma1 → Napoli, via \"GARR\"");
        info.unit = QStringLiteral("ms");
        Point p = pt(1764126000000, 10.5f, 0.2f);
        p.lo = 10.25f;
        const QString row = csvRow(info, p, 1);
        const QStringList f = csvFields(row);
        QCOMPARE(f.size(), 9);
        QCOMPARE(f[0], QStringLiteral("2025-11-26T03:00:00.000Z"));
        QCOMPARE(f[1], info.id);
        QCOMPARE(f[2], info.label);
        QCOMPARE(f[5].toFloat(), 10.25f);
        QCOMPARE(f[6].toFloat(), 10.5f);
        QCOMPARE(f[8].toFloat(), 0.2f);
        Point lostPoint = lost(1764126001000);
        QCOMPARE(csvFields(csvRow(info, lostPoint, 1))[6], QString()); // no value: an empty field
        QVERIFY(csvFields(QStringLiteral("a,b,c")).isEmpty());          // wrong field count
        QVERIFY(csvFields(QStringLiteral("a,\"b,c,d,e,f,g,h,i")).isEmpty()); // unterminated quote
    }

    void timelineKeepsOrder()
    {
        Timeline tl(3);
        tl.add({3000, TimelineEvent::Kind::HostDown, QStringLiteral("c"), {}, true});
        tl.add({1000, TimelineEvent::Kind::MigrationStart, QStringLiteral("a"), {}, false});
        tl.add({2000, TimelineEvent::Kind::MigrationEnd, QStringLiteral("b"), {}, false});
        tl.add({4000, TimelineEvent::Kind::HostUp, QStringLiteral("d"), {}, false});
        QCOMPARE(int(tl.events().size()), 3);    // bounded: the oldest went
        QCOMPARE(tl.events().front().title, QStringLiteral("b"));
        const auto r = tl.range(2500, 3500);
        QCOMPARE(r.second - r.first, 1);
        QCOMPARE(tl.events()[size_t(r.first)].title, QStringLiteral("c"));
    }
};

HAWAN_TEST_MAIN(TestSeries, QCoreApplication)
#include "tst_series.moc"
