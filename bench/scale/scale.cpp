// bench/scale: the real console (MainWindow + Fleet), offscreen, against many test-driver hosts.
// Prints time to fully populated, GUI-thread lag (lateness of a 1 ms timer), peak RSS and libvirt
// calls per host per tick in steady state. Generate the hosts with bench/scale/run.sh.
#include "../benchstats.h"
#include "config/configloader.h"
#include "alarms/alarmbook.h"
#include "core/fleet.h"
#include "demo.h"
#include "libvirt/eventloop.h"
#include "mainwindow.h"
#include "model/inventory.h"
#include "placement/placementview.h"
#include "topology/topologyview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QThread>

#include <libvirt/libvirt.h>

#include <atomic>
#include <thread>
#include <vector>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace hawan;
using bench::Stats;
using bench::summarize;

namespace {

long peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}


// With --trace-ms N: every event the GUI thread takes longer than N ms to handle is printed
// (receiver class, event type, when), to tell a slow handler from time the thread did not get.
class TimedApp : public QApplication
{
public:
    using QApplication::QApplication;
    double traceMs = -1;
    QElapsedTimer *clock = nullptr;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (traceMs < 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        timespec c0{}, c1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
        const int type = int(event->type());
        QByteArray cls = receiver->metaObject()->className(); // the receiver may be gone after
        if (auto *t = qobject_cast<QTimer *>(receiver))
            cls += " of " + QByteArray(t->parent() ? t->parent()->metaObject()->className() : "-") + " every "
                + QByteArray::number(t->interval()) + " ms";
        const bool r = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
        const double cpuMs = double(c1.tv_sec - c0.tv_sec) * 1e3 + double(c1.tv_nsec - c0.tv_nsec) / 1e6;
        if (ms > traceMs)
            std::printf("event %.1f ms (%.1f ms on the CPU): %s type %d at %lld ms\n", ms, cpuMs, cls.constData(), type,
                        clock && clock->isValid() ? clock->elapsed() : -1LL);
        return r;
    }
};

} // namespace

int main(int argc, char **argv)
{
    lv::prepareProcess();
    lv::ensureEventLoop();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApp app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hawan-bench-scale"));
    resources::init();

    QCommandLineParser p;
    QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("generated hawan.toml"), QStringLiteral("FILE"));
    QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("run time"), QStringLiteral("S"), QStringLiteral("60"));
    QCommandLineOption traceOpt(QStringLiteral("trace-ms"), QStringLiteral("print GUI-thread events slower than this"),
                                QStringLiteral("MS"));
    QCommandLineOption noFloorOpt(QStringLiteral("no-floor"), QStringLiteral("skip timing the test driver's own opening of every host"));
    p.addOptions({configOpt, secondsOpt, traceOpt, noFloorOpt});
    p.addHelpOption();
    p.process(app);
    auto cfg = config::ConfigLoader::loadFile(p.value(configOpt));
    if (!cfg) {
        std::fprintf(stderr, "%s\n", qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
        return 2;
    }
    const int seconds = p.value(secondsOpt).toInt();
    const int refreshMs = cfg->console.refreshIntervalMs;
    const int hosts = int(cfg->hosts.size());

    // Expected VM count: every <domain in every host file.
    int expectedVms = 0;
    for (const auto &h : cfg->hosts) {
        QFile f(h.uri.mid(int(qstrlen("test://"))));
        if (f.open(QIODevice::ReadOnly))
            expectedVms += int(f.readAll().count("<domain "));
    }

    // The floor under "time to populated": libvirt's test driver parses its whole host file when a
    // connection opens. Opening every host once, on as many threads as there are cores and with
    // nothing else running, is what no console can beat on this machine.
    qint64 floorMs = -1;
    if (!p.isSet(noFloorOpt)) {
        std::vector<QString> uris;
        for (const auto &h : cfg->hosts)
            uris.push_back(h.uri);
        const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
        std::atomic<size_t> next{0};
        QElapsedTimer t;
        t.start();
        std::vector<std::thread> pool;
        for (int i = 0; i < threads; ++i)
            pool.emplace_back([&] {
                for (size_t k = next++; k < uris.size(); k = next++)
                    if (virConnectPtr c = virConnectOpen(uris[k].toUtf8().constData()))
                        virConnectClose(c);
            });
        for (auto &th : pool)
            th.join();
        floorMs = t.elapsed();
        std::printf("test driver alone: opening all %d hosts once on %d threads takes %lld ms\n", hosts, threads, floorMs);
    }

    core::Fleet fleet(std::move(cfg.value()));
    widgets::MainWindow win(&fleet, {});
    win.resize(1600, 1000);
    win.show();

    // The window's first frame (font loading, style polish) is a one-off cost of any Qt program:
    // it is timed and reported on its own, and lag sampling starts when the fleet starts.
    QElapsedTimer firstFrame;
    firstFrame.start();
    QApplication::processEvents();
    QApplication::sendPostedEvents();
    win.repaint();
    const qint64 firstFrameMs = firstFrame.elapsed();

    QElapsedTimer clock;
    if (p.isSet(traceOpt)) {
        app.traceMs = p.value(traceOpt).toDouble();
        app.clock = &clock;
    }
    std::vector<double> lagPopulate, lagSteady;
    qint64 populatedMs = -1, lastFire = -1;
    bool steady = false;
    QTimer lag;
    lag.setTimerType(Qt::PreciseTimer);
    lag.setInterval(1);
    QObject::connect(&lag, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastFire >= 0) {
            const double late = std::max(0.0, double(now - lastFire) / 1e6 - 1.0);
            (populatedMs < 0 ? lagPopulate : lagSteady).push_back(late);
        }
        lastFire = now;
        if (populatedMs < 0 && fleet.inventory()->allReported() && fleet.inventory()->vmCount() == expectedVms
            && win.placement()->table()->model()->rowCount() == expectedVms)
            populatedMs = clock.elapsed();
    });

    // Steady-state call accounting starts 5 s after population.
    quint64 calls0 = 0, ticks0 = 0;
    QTimer::singleShot(0, [&] {
        clock.start();
        lag.start();
        fleet.start();
    });
    QTimer startSteady;
    startSteady.setInterval(200);
    QObject::connect(&startSteady, &QTimer::timeout, [&] {
        if (populatedMs >= 0 && !steady && clock.elapsed() > populatedMs + 5000) {
            steady = true;
            for (int h = 0; h < hosts; ++h) {
                calls0 += fleet.remoteCalls(h);
                ticks0 += fleet.ticks(h);
            }
            startSteady.stop();
        }
    });
    startSteady.start();
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    app.exec();

    quint64 calls = 0, ticks = 0;
    for (int h = 0; h < hosts; ++h) {
        calls += fleet.remoteCalls(h);
        ticks += fleet.ticks(h);
    }
    const Stats pop = summarize(lagPopulate), st = summarize(lagSteady);
    std::printf("hosts: %d, VMs: %d (in model: %d, in table: %d), refresh: %d ms, run: %d s\n", hosts, expectedVms,
                fleet.inventory()->vmCount(), win.placement()->table()->model()->rowCount(), refreshMs, seconds);
    std::printf("first frame of the empty window: %lld ms\n", firstFrameMs);
    std::printf("time to fully populated: %lld ms\n", populatedMs);
    std::printf("GUI-thread lag while populating: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples)\n", pop.p50, pop.p99, pop.max, pop.n);
    std::printf("GUI-thread lag in steady state:  p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples)\n", st.p50, st.p99, st.max, st.n);
    {
        const auto active = fleet.alarms()->active(true);
        QMap<QString, int> kinds;
        for (const auto &a : active)
            ++kinds[a.condition.key.section(QLatin1Char(':'), 0, 0)];
        std::printf("active alarms: %lld", (long long)active.size());
        kinds.clear();
        for (const auto &a : active)
            ++kinds[a.condition.key.section(QLatin1Char('/'), 0, 0)];
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            std::printf(" %s=%d", qPrintable(it.key()), it.value());
        std::printf("\n");
    }
    std::printf("peak RSS: %.1f MB\n", double(peakRssKiB()) / 1024.0);
    if (steady && ticks > ticks0)
        std::printf("libvirt calls per host per tick (steady state): %.3f (%llu calls / %llu ticks)\n",
                    double(calls - calls0) / double(ticks - ticks0), (unsigned long long)(calls - calls0),
                    (unsigned long long)(ticks - ticks0));
    else
        std::printf("libvirt calls per host per tick: not measured (never reached steady state)\n");
    std::fflush(stdout);
    return populatedMs >= 0 ? 0 : 1;
}
