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
        "  check-config   validate the configuration and exit\n"
        "  migrate VM HOST   live-migrate VM to HOST, printing progress (exit 0 when it succeeds)"));
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
    QCommandLineOption bandwidthOpt(QStringLiteral("bandwidth"), QCoreApplication::translate("hawanctl", "migrate: bandwidth cap in MiB/s."),
                                    QStringLiteral("MIBS"), QStringLiteral("0"));
    QCommandLineOption convergeOpt(QStringLiteral("auto-converge"), QCoreApplication::translate("hawanctl", "migrate: slow the guest down if it does not converge."));
    QCommandLineOption limitOpt(QStringLiteral("time-limit"), QCoreApplication::translate("hawanctl", "migrate: abort after this many seconds (default 600)."),
                                QStringLiteral("SECONDS"), QStringLiteral("600"));
    p.addOptions({bandwidthOpt, convergeOpt, limitOpt});
    p.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("hawanctl", "status, check-config or migrate"));
    p.process(app);

    const QStringList args = p.positionalArguments();
    const QString command = args.value(0, QStringLiteral("status"));
    if (command != QLatin1String("status") && command != QLatin1String("check-config") && command != QLatin1String("migrate")) {
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

    if (command == QLatin1String("migrate") && args.size() != 3) {
        err() << QCoreApplication::translate("hawanctl", "hawanctl: usage: hawanctl migrate VM HOST") << Qt::endl;
        return Usage;
    }
    core::Fleet fleet(std::move(loaded.value()));
    auto *inv = fleet.inventory();
    if (command == QLatin1String("migrate")) {
        const QString vmName = args[1], destName = args[2];
        const int dest = inv->config().hostIndex(destName);
        if (dest < 0) {
            QStringList names;
            for (const auto &h : inv->config().hosts)
                names << h.name;
            err() << QCoreApplication::translate("hawanctl", "hawanctl: unknown host '%1'; hosts: %2").arg(destName, names.join(QStringLiteral(", ")))
                  << Qt::endl;
            return Usage;
        }
        int exitCode = 1;
        auto go = [&] {
            int from = -1;
            QString uuid;
            for (int h = 0; h < inv->hostCount(); ++h)
                for (const auto &vm : inv->vms(h))
                    if (vm.name == vmName) {
                        from = h;
                        uuid = vm.uuid;
                    }
            if (from < 0) {
                err() << QCoreApplication::translate("hawanctl", "hawanctl: no VM named '%1' on any reachable host").arg(vmName) << Qt::endl;
                return app.exit(Usage);
            }
            jobs::MigrationOptions opt;
            opt.bandwidthMiBs = p.value(bandwidthOpt).toULongLong();
            opt.autoConverge = p.isSet(convergeOpt);
            opt.timeoutS = p.value(limitOpt).toInt();
            QString error;
            jobs::MigrationJob *job = fleet.startMigration(from, uuid, dest, opt, &error);
            if (!job) {
                err() << QCoreApplication::translate("hawanctl", "hawanctl: cannot migrate: %1").arg(error) << Qt::endl;
                return app.exit(1);
            }
            out() << job->title() << Qt::endl;
            QObject::connect(job, &jobs::MigrationJob::progressChanged, &app, [job](const jobs::MigrationProgress &pr) {
                out() << QStringLiteral("%1 s  %2  iteration %3  sent %4 MiB  remaining %5 MiB  %6 MiB/s")
                             .arg(double(pr.elapsedMs) / 1000.0, 5, 'f', 1).arg(pr.phase, -10).arg(pr.iteration)
                             .arg(pr.dataProcessed >> 20).arg(pr.dataRemaining >> 20).arg(pr.memoryBps >> 20)
                      << Qt::endl;
            });
            QObject::connect(job, &jobs::MigrationJob::finished, &app, [&, job](const jobs::MigrationResult &r) {
                switch (r.outcome) {
                case jobs::MigrationResult::Outcome::Succeeded:
                    out() << QStringLiteral("done in %1 s, %2 MiB sent, downtime %3 ms")
                                 .arg(double(r.durationMs) / 1000.0, 0, 'f', 1).arg(r.bytesSent >> 20).arg(r.downtimeMs) << Qt::endl;
                    exitCode = 0;
                    break;
                case jobs::MigrationResult::Outcome::Cancelled:
                    out() << QStringLiteral("cancelled; %1 stays on %2").arg(job->target().vmName, job->target().sourceHost) << Qt::endl;
                    break;
                case jobs::MigrationResult::Outcome::Failed:
                    err() << QStringLiteral("failed: %1 (%2 stays on %3)").arg(r.message, job->target().vmName, job->target().sourceHost) << Qt::endl;
                    break;
                }
                app.exit(exitCode);
            });
        };
        bool begun = false;
        QObject::connect(inv, &model::Inventory::reportedChanged, &app, [&] {
            if (!begun && inv->allReported()) {
                begun = true;
                QTimer::singleShot(0, &app, go);
            }
        });
        fleet.start();
        return app.exec();
    }
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
