// bench/experiments: the experiments' own cost on the console. The real console (MainWindow +
// Fleet, offscreen, probes on) on a configuration with runners (the lab's): GUI-thread lag (how
// late a 1 ms timer fires) for a while with nothing running, then while an experiment started
// from the Experiments panel runs (its plot and table redrawn at every measurement), as p50 / p99
// / max. Run it with bench/experiments/run.sh on a running lab.
#include "../benchstats.h"
#include "config/configloader.h"
#include "core/fleet.h"
#include "demo.h"
#include "experiments/experimentsview.h"
#include "libvirt/eventloop.h"
#include "mainwindow.h"
#include "model/inventory.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace hawan;
using bench::Stats;
using bench::summarize;

int main(int argc, char **argv)
{
    lv::prepareProcess();
    lv::ensureEventLoop();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hawan-bench-experiments"));
    resources::init();

    QCommandLineParser p;
    QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("hawan.toml with runners (the lab's)"), QStringLiteral("FILE"));
    QCommandLineOption delaysOpt(QStringLiteral("delays"), QStringLiteral("one-way delays to sweep"), QStringLiteral("LIST"), QStringLiteral("0, 5"));
    QCommandLineOption filesOpt(QStringLiteral("files"), QStringLiteral("metadata test files"), QStringLiteral("N"), QStringLiteral("200"));
    QCommandLineOption idleOpt(QStringLiteral("idle"), QStringLiteral("seconds measured before the run"), QStringLiteral("S"), QStringLiteral("20"));
    p.addOptions({configOpt, delaysOpt, filesOpt, idleOpt});
    p.addHelpOption();
    p.process(app);
    auto cfg = config::ConfigLoader::loadFile(p.value(configOpt));
    if (!cfg) {
        std::fprintf(stderr, "%s\n", qPrintable(config::ConfigLoader::formatErrors(cfg.error())));
        return 2;
    }
    core::Fleet fleet(std::move(cfg.value()));
    widgets::MainWindow win(&fleet, {});
    win.resize(1600, 1000);
    win.show();
    auto *view = win.findChild<widgets::ExperimentsView *>();
    auto *dock = win.findChild<QDockWidget *>(QStringLiteral("experimentsDock"));
    dock->show();
    dock->raise();

    QElapsedTimer clock;
    std::vector<double> idle, running;
    qint64 lastFire = -1;
    int phase = 0; // 0 idle, 1 running, 2 done
    QTimer lag;
    lag.setTimerType(Qt::PreciseTimer);
    lag.setInterval(1);
    QObject::connect(&lag, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastFire >= 0 && phase < 2)
            (phase == 0 ? idle : running).push_back(std::max(0.0, double(now - lastFire) / 1e6 - 1.0));
        lastFire = now;
    });
    qint64 runStart = 0;
    QTimer::singleShot(0, [&] {
        clock.start();
        lag.start();
        fleet.start();
        fleet.startProbes();
    });
    QTimer::singleShot(p.value(idleOpt).toInt() * 1000, [&] {
        view->findChild<QCheckBox *>(QStringLiteral("experimentTest-seq-write"))->setChecked(true);
        view->findChild<QLineEdit *>(QStringLiteral("experimentDelays"))->setText(p.value(delaysOpt));
        const auto spins = view->findChildren<QSpinBox *>();
        spins[0]->setValue(1);
        spins[1]->setValue(p.value(filesOpt).toInt());
        spins[2]->setValue(8);
        QTimer::singleShot(0, [] { // the confirmation: Run
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                for (auto *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
        });
        phase = 1;
        runStart = clock.elapsed();
        view->startRun();
        if (!view->isRunning()) {
            std::fprintf(stderr, "the experiment did not start (storage not in sync, a plan open, or no runner)\n");
            app.exit(1);
        }
    });
    QTimer poll;
    poll.setInterval(200);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (phase == 1 && !view->isRunning()) {
            phase = 2;
            const Stats a = summarize(idle), b = summarize(running);
            std::printf("command: bench/experiments/run.sh (config %s, delays %s, %s files, 8 MiB; %d cores)\n",
                        qPrintable(p.value(configOpt)), qPrintable(p.value(delaysOpt)), qPrintable(p.value(filesOpt)),
                        QThread::idealThreadCount());
            std::printf("GUI-thread lag, nothing running : p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples)\n", a.p50, a.p99, a.max, a.n);
            std::printf("GUI-thread lag, experiment runs : p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples, %.0f s)\n", b.p50,
                        b.p99, b.max, b.n, double(clock.elapsed() - runStart) / 1000.0);
            app.exit(0);
        }
    });
    poll.start();
    return app.exec();
}
