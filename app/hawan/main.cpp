// hawan: the desktop console. Thin: parses the command line, loads the configuration, starts the
// fleet and shows the window.
#include "common/journalopener.h"
#include "common/theme.h"
#include "config/configloader.h"
#include "core/configlocator.h"
#include "core/fleet.h"
#include "util/termination.h"
#include "demo.h"
#include "wall/wallview.h"
#include "libvirt/eventloop.h"
#include "mainwindow.h"
#include "tour/tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace hawan;

int main(int argc, char **argv)
{
    lv::prepareProcess();
    // libvirt's event loop must exist before any connection, in any thread.
    lv::ensureEventLoop();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hawan"));
    QApplication::setOrganizationName(QStringLiteral("hawan"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hawan"));
    QApplication::setApplicationVersion(QStringLiteral(HAWAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("hawan"));
    resources::init();

    resources::installTranslators();

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "Hawan: operations console for VMs across two sites joined by a layer-2 WAN."));
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption configOpt(QStringLiteral("config"),
                                 QApplication::translate("main", "Configuration file (default: ~/.config/hawan/hawan.toml, else the bundled demo)."),
                                 QStringLiteral("FILE"));
    QCommandLineOption readOnlyOpt(QStringLiteral("read-only"),
                                   QApplication::translate("main", "Watch only: the console changes nothing (libvirt opened read-only, the journal "
                                                                   "only read); for wall screens and shift crews."));
    QCommandLineOption themeOpt(QStringLiteral("theme"), QApplication::translate("main", "light or dark (default: last used)."),
                                QStringLiteral("THEME"));
    QCommandLineOption fullOpt(QStringLiteral("fullscreen"), QApplication::translate("main", "Start full screen."));
    QCommandLineOption demoReasonOpt(QStringLiteral("demo-reason"),
                                     QApplication::translate("main", "Why the lab could not start (shown with the demo)."),
                                     QStringLiteral("TEXT"));
    QCommandLineOption tourOpt(QStringLiteral("tour"),
                               QApplication::translate("main", "Play the demo tour NAME on the lab with captions: wan, host, brick or all "
                                                               "(Space: next step, Esc: stop and put everything back)."),
                               QStringLiteral("NAME"));
    QCommandLineOption tourIntervalOpt(QStringLiteral("tour-interval"),
                                       QApplication::translate("main", "The tour advances by itself this many seconds after each step ends."),
                                       QStringLiteral("SECONDS"));
    QCommandLineOption wallOpt(QStringLiteral("wall"),
                               QApplication::translate("main", "Only the wall view, full screen and read-only: for a control room's screen "
                                                               "(Esc quits)."));
    p.addOptions({configOpt, readOnlyOpt, themeOpt, fullOpt, demoReasonOpt, tourOpt, tourIntervalOpt, wallOpt});
    p.process(app);
    if (p.isSet(tourOpt) && !widgets::TourPlayer::tourNames().contains(p.value(tourOpt))) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "hawan: unknown tour '%1'; tours: %2")
                                                   .arg(p.value(tourOpt), widgets::TourPlayer::tourNames().join(QStringLiteral(", ")))));
        return 1;
    }
    const int tourInterval = p.value(tourIntervalOpt).toInt();

    QSettings settings;
    const QString theme = p.isSet(themeOpt) ? p.value(themeOpt) : settings.value(QStringLiteral("ui/theme"), QStringLiteral("light")).toString();
    widgets::Theme::apply(theme == QLatin1String("dark") ? widgets::ThemeKind::Dark : widgets::ThemeKind::Light);

    const core::ConfigChoice choice = core::locateConfig(p.value(configOpt));
    auto loaded = choice.error.isEmpty() ? config::ConfigLoader::loadFile(choice.path)
                                         : config::ConfigResult(config::ConfigErrors{{choice.path, 0, 0, {}, choice.error}});
    if (!loaded) {
        const QString text = config::ConfigLoader::formatErrors(loaded.error());
        std::fprintf(stderr, "hawan: the configuration is not valid:\n%s\n", qPrintable(text));
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Hawan: configuration not valid"),
                        QApplication::translate("main", "%1 has %n problem(s). Fix them and start Hawan again "
                                                        "(hawanctl check-config --config FILE checks a file without the GUI).",
                                                nullptr, int(loaded.error().size())).arg(choice.path),
                        QMessageBox::Close);
        box.setDetailedText(text);
        box.exec();
        return 2;
    }

    // The journal is read before anything acts, on a thread of its own: a hung disk shows a notice.
    // A viewer (--read-only, or a user in [access] viewers) opens it for reading only.
    const bool wallOnly = p.isSet(wallOpt);
    const core::Access access = core::Access::decide(loaded.value(), p.isSet(readOnlyOpt) || wallOnly);
    auto journal = widgets::openJournalWithoutFreezing(core::Fleet::journalPath(loaded.value()),
                                                       [config = loaded.value(), access] { return core::Fleet::openJournal(config, access); });
    core::Fleet fleet(std::move(loaded.value()), access, std::move(journal));
    if (wallOnly) {
        widgets::WallView wall(&fleet);
        QObject::connect(&wall, &widgets::WallView::closeRequested, &app, &QCoreApplication::quit);
        wall.setGeometry(wall.screen()->geometry()); // also without a window manager (a kiosk's X server)
        wall.showFullScreen();
        fleet.start();
        fleet.startProbes();
        util::quitOnTerminationSignals(&app);
        return app.exec();
    }
    widgets::MainWindow::Options opt;
    opt.demo = choice.isDemo;
    opt.readOnly = !fleet.access().canChange();
    if (choice.isDemo && p.isSet(demoReasonOpt))
        opt.notice = QApplication::translate("main",
                                             "<b>Demo</b>: simulated hosts (libvirt test driver), because the local lab could not "
                                             "start here: %1. Migration, evacuation and fault drills need the lab: as root, run "
                                             "<tt>lab/hawan-lab up</tt>, then <tt>hawan --config /srv/hawan-lab/hawan.toml</tt>.")
                         .arg(p.value(demoReasonOpt).toHtmlEscaped());
    widgets::MainWindow w(&fleet, opt);
    if (p.isSet(fullOpt))
        w.showFullScreen();
    else
        w.show();
    fleet.start();
    fleet.startProbes();
    if (p.isSet(tourOpt)) {
        if (opt.readOnly || choice.isDemo)
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "hawan: the tour acts on the lab: not with --read-only or the demo")));
        else
            w.startTour(p.value(tourOpt), std::max(0, tourInterval));
    }
    util::quitOnTerminationSignals(&app);
    return app.exec();
}
