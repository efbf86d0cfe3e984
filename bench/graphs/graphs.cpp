// bench/graphs: the latency panel with a week of history. Loads 7 days at 1 Hz into 8 series
// (as the probes would have written them), then prints the memory the histories take (and the
// process's resident memory), and the time of one redraw (data for the view + replot) at the
// 1 min, 1 h and 7 day windows while panning and zooming. With --config it also measures what
// the probes cost: process CPU with the probes on minus with them off, over the same period.
#include "config/configloader.h"
#include "core/fleet.h"
#include "libvirt/eventloop.h"
#include "plots/latencypanel.h"
#include "probes/probehub.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace hawan;

namespace {

long rssKiB(const char *key = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toLong();
    return -1;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double pct(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))];
}

// Process CPU over `seconds` with the event loop running.
double cpuOver(int seconds)
{
    const double c0 = cpuSeconds();
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return (cpuSeconds() - c0) / (double(t.elapsed()) / 1000.0) * 100.0;
}

} // namespace

int main(int argc, char **argv)
{
    lv::prepareProcess();
    lv::ensureEventLoop();
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("days"), QStringLiteral("days of history"), QStringLiteral("N"), QStringLiteral("7")});
    p.addOption({QStringLiteral("series"), QStringLiteral("series"), QStringLiteral("N"), QStringLiteral("8")});
    p.addOption({QStringLiteral("config"), QStringLiteral("measure probe CPU with this config (e.g. the lab's)"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("cpu-seconds"), QStringLiteral("seconds per CPU measurement"), QStringLiteral("S"), QStringLiteral("30")});
    p.process(app);
    const int days = p.value(QStringLiteral("days")).toInt(), nSeries = p.value(QStringLiteral("series")).toInt();

    // A config with no probes: the series are added and fed here.
    auto cfg = config::ConfigLoader::loadString(QStringLiteral("[probes]\ninterval_ms = 1000\nservice = false\n"
                                                               "[[site]]\nname = \"A\"\n[[site]]\nname = \"B\"\n"),
                                                QStringLiteral("bench.toml"));
    if (!cfg) {
        std::fprintf(stderr, "%s\n", qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
        return 1;
    }
    const long rss0 = rssKiB();
    probes::ProbeHub hub(cfg.value());
    QVector<int> ids;
    for (int s = 0; s < nSeries; ++s) {
        probes::SeriesInfo info;
        info.id = QStringLiteral("bench/%1").arg(s);
        info.label = QStringLiteral("series %1").arg(s);
        info.unit = QStringLiteral("ms");
        info.group = probes::SeriesGroup(s % 3);
        info.probed = false;
        ids << hub.addSeries(info);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    const qint64 n = qint64(days) * 86400;
    std::mt19937 rng(42);
    std::normal_distribution<float> noise(0.f, 0.3f);
    QElapsedTimer load;
    load.start();
    for (qint64 i = 0; i < n; ++i) {
        const qint64 t = now - (n - 1 - i) * 1000;
        for (int s = 0; s < nSeries; ++s) {
            probes::Reading r;
            r.point.tMs = t;
            const float base = 10.f + float(s) + 2.f * std::sin(float(i) / 3600.f);
            if (i % 997 == 0) {
                r.point.loss = 1; // a lost interval now and then
            } else {
                r.point.mid = base + noise(rng);
                r.point.lo = r.point.mid - 0.2f;
                r.point.hi = r.point.mid + 0.4f;
                r.point.loss = i % 101 == 0 ? 0.2f : 0.f;
            }
            hub.addReading(ids[s], r);
        }
    }
    for (int k = 0; k < 500; ++k) // a marker every 20 minutes
        hub.timeline()->add({now - qint64(k) * 1200 * 1000, probes::TimelineEvent::Kind(k % 11), QStringLiteral("event %1").arg(k), {}, k % 7 == 0});
    const long rssLoaded = rssKiB();
    std::printf("loaded %d series x %lld samples (%d days at 1 Hz) in %.1f s\n", nSeries, n, days, double(load.elapsed()) / 1000.0);
    std::printf("history memory: %.1f MB (hub's own count); process RSS grew %.1f MB while loading\n",
                double(hub.memoryBytes()) / 1048576.0, double(rssLoaded - rss0) / 1024.0);

    widgets::LatencyPanel panel(&hub);
    panel.resize(1600, 900);
    panel.show();
    QCoreApplication::processEvents();
    struct Case { const char *name; widgets::LatencyPanel::Window w; };
    for (const Case &c : {Case{"1 min", widgets::LatencyPanel::Window::OneMinute},
                          Case{"1 h", widgets::LatencyPanel::Window::OneHour},
                          Case{"7 d", widgets::LatencyPanel::Window::SevenDays}}) {
        panel.setLive(true);
        panel.setWindow(c.w);
        const qint64 span = widgets::LatencyPanel::windowMs(c.w);
        std::vector<double> ms, data;
        qint64 to = now;
        for (int k = 0; k < 200; ++k) {
            // Alternate pans (a tenth of the window back) and zooms (10 % in or out).
            qint64 width = span;
            if (k % 2 == 0)
                to -= span / 10;
            else
                width = k % 4 == 1 ? span * 9 / 10 : span * 11 / 10;
            to = std::max(to, now - n * 1000 + width);
            QElapsedTimer t;
            t.start();
            panel.setView(to - width, to);               // data for the view
            const double dataMs = double(t.nsecsElapsed()) / 1e6;
            panel.plot()->replot(QCustomPlot::rpImmediateRefresh); // and the drawing
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            data.push_back(dataMs);
        }
        std::printf("window %-6s: redraw p50 %.2f ms, p99 %.2f ms, max %.2f ms (200 pans/zooms, 1600x900 offscreen)\n",
                    c.name, pct(ms, 0.5), pct(ms, 0.99), *std::max_element(ms.begin(), ms.end()));
        std::printf("               of which data for the view p50 %.2f ms, p99 %.2f ms\n", pct(data, 0.5), pct(data, 0.99));
    }
    std::printf("peak RSS: %.1f MB\n", double(rssKiB("VmHWM:")) / 1024.0);

    if (p.isSet(QStringLiteral("config"))) {
        const int secs = p.value(QStringLiteral("cpu-seconds")).toInt();
        auto lab = config::ConfigLoader::loadFile(p.value(QStringLiteral("config")));
        if (!lab) {
            std::fprintf(stderr, "%s\n", qPrintable(config::ConfigLoader::formatErrors(lab.error())));
            return 1;
        }
        panel.hide();
        core::Fleet fleet(lab.value());
        fleet.start(false);
        QCoreApplication::processEvents();
        cpuOver(3);
        const double off = cpuOver(secs);
        fleet.startProbes();
        cpuOver(3);
        const double on = cpuOver(secs);
        const auto *h = fleet.probes();
        int link = 0, storage = 0, service = 0;
        for (int i = 0; i < h->seriesCount(); ++i) {
            link += h->info(i).group == probes::SeriesGroup::Link;
            storage += h->info(i).group == probes::SeriesGroup::Storage;
            service += h->info(i).group == probes::SeriesGroup::Service;
        }
        std::printf("probes (%d link x %d echoes, %d service, %d storage series, every %d ms): process CPU %.2f %% of a core "
                    "with them, %.2f %% without: they cost %.2f %%\n",
                    link, lab->probes.echoes, service, storage, lab->probes.intervalMs, on, off, on - off);
    }
    return 0;
}
