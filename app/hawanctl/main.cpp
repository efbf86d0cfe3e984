// hawanctl: Hawan on the command line, over the same backend as the console (no GUI).
#include "config/configloader.h"
#include "core/configlocator.h"
#include "core/fleet.h"
#include "core/statusreport.h"
#include "demo.h"
#include "libvirt/eventloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace hawan;

namespace {

enum Exit { Ok = 0, Usage = 1, BadConfig = 2 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    lv::prepareProcess();
    lv::ensureEventLoop();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hawan"));
    QCoreApplication::setOrganizationName(QStringLiteral("hawan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAWAN_VERSION));
    resources::init();
    resources::installTranslators();

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "hawanctl",
        "Hawan command line.\n\nCommands:\n"
        "  status         print sites, hosts and VMs (a table, or JSON with --json)\n"
        "  check-config   validate the configuration and exit"));
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption configOpt(QStringLiteral("config"),
                                 QCoreApplication::translate("hawanctl", "Configuration file (default: ~/.config/hawan/hawan.toml, else the demo)."),
                                 QStringLiteral("FILE"));
    QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("hawanctl", "Print JSON instead of a table."));
    QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                  QCoreApplication::translate("hawanctl", "Seconds to wait for every host to answer (default 15)."),
                                  QStringLiteral("SECONDS"), QStringLiteral("15"));
    p.addOptions({configOpt, jsonOpt, timeoutOpt});
    p.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("hawanctl", "status or check-config"));
    p.process(app);

    const QStringList args = p.positionalArguments();
    const QString command = args.value(0, QStringLiteral("status"));
    if (command != QLatin1String("status") && command != QLatin1String("check-config")) {
        err() << QCoreApplication::translate("hawanctl", "hawanctl: unknown command '%1'; try 'hawanctl --help'").arg(command) << Qt::endl;
        return Usage;
    }

    const core::ConfigChoice choice = core::locateConfig(p.value(configOpt));
    if (!choice.error.isEmpty()) {
        err() << "hawanctl: " << choice.error << Qt::endl;
        return BadConfig;
    }
    if (choice.isDemo)
        err() << QCoreApplication::translate("hawanctl", "hawanctl: no --config and no %1: using the bundled demo")
                     .arg(core::userConfigPath()) << Qt::endl;
    auto loaded = config::ConfigLoader::loadFile(choice.path);
    if (!loaded) {
        err() << QCoreApplication::translate("hawanctl", "hawanctl: the configuration is not valid (%n problem(s)):", nullptr,
                                             int(loaded.error().size()))
              << Qt::endl << config::ConfigLoader::formatErrors(loaded.error()) << Qt::endl;
        return BadConfig;
    }
    if (command == QLatin1String("check-config")) {
        out() << QCoreApplication::translate("hawanctl", "%1: valid (%2 sites, %3 hosts)")
                     .arg(choice.path).arg(loaded->sites.size()).arg(loaded->hosts.size()) << Qt::endl;
        return Ok;
    }

    bool okTimeout = false;
    const int timeoutS = p.value(timeoutOpt).toInt(&okTimeout);
    if (!okTimeout || timeoutS <= 0) {
        err() << QCoreApplication::translate("hawanctl", "hawanctl: --timeout needs a positive number of seconds") << Qt::endl;
        return Usage;
    }

    core::Fleet fleet(std::move(loaded.value()));
    auto *inv = fleet.inventory();
    bool done = false;
    auto finish = [&] {
        if (done)
            return;
        done = true;
        if (p.isSet(jsonOpt))
            out() << QJsonDocument(core::statusJson(*inv)).toJson(QJsonDocument::Indented);
        else
            out() << core::statusTable(*inv);
        out().flush();
        app.exit(Ok);
    };
    QObject::connect(inv, &model::Inventory::reportedChanged, &app, [&] {
        if (inv->allReported())
            QTimer::singleShot(0, &app, finish);
    });
    QTimer::singleShot(timeoutS * 1000, &app, finish);
    if (inv->hostCount() == 0)
        QTimer::singleShot(0, &app, finish);
    fleet.start();
    return app.exec();
}
