// hawanctl: Hawan on the command line, over the same backend as the console (no GUI).
#include "config/configloader.h"
#include "core/configlocator.h"
#include "core/fleet.h"
#include "core/statusreport.h"
#include "demo.h"
#include "libvirt/eventloop.h"
#include "output.h"
#include "plancommands.h"
#include "probecommand.h"

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
using namespace hawanctl;

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
        "  migrate VM HOST   live-migrate VM to HOST, printing progress (exit 0 when it succeeds)\n"
        "  evacuate HOST | --site SITE [--dry-run]\n"
        "                 put the host (or every host of the site) in maintenance and move its VMs\n"
        "                 away per a plan (same site first, capacity, anti-affinity); --dry-run prints the plan\n"
        "  recover HOST [--dry-run] [--fenced-by-hand HOW]\n"
        "                 the host is down: fence it (its fence command), then restart the VMs that ran on it\n"
        "                 on other hosts from their last known definitions\n"
        "  return HOST [--dry-run]\n"
        "                 the host is out of maintenance: move back the VMs its last evacuation took off it\n"
        "  plans          list plans a crash or kill left open in the journal\n"
        "  resume [ID]    reconcile and finish interrupted plans (all, or the one with ID)\n"
        "  abort [ID]     reconcile in-flight moves of interrupted plans and drop the rest\n"
        "  maintenance HOST on|off   mark a host in or out of maintenance (plans send it nothing); marking\n"
        "                 it waits for the shared storage and stops when it is not in sync (--override-storage)\n"
        "  storage        shared storage: bricks, heal backlog, quorum and risky settings (exit 1 when critical)\n"
        "  probes [--seconds N] [--csv FILE]\n"
        "                 measure the WAN round trip, each host's service round trip and the storage latency\n"
        "                 for N seconds (default 10), print them, and record every reading to FILE"));
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
    QCommandLineOption downtimeOpt(QStringLiteral("max-downtime"),
                                   QCoreApplication::translate("hawanctl", "migrate/evacuate: longest pause allowed for the final copy, in ms (default: the hypervisor's, 300)."),
                                   QStringLiteral("MS"), QStringLiteral("0"));
    QCommandLineOption postCopyOpt(QStringLiteral("post-copy-after"),
                                   QCoreApplication::translate("hawanctl", "migrate: switch to post-copy if still copying after this many seconds "
                                                                           "(the VM then runs on the destination; a link failure from there on loses it)."),
                                   QStringLiteral("SECONDS"), QStringLiteral("0"));
    p.addOptions({bandwidthOpt, convergeOpt, limitOpt, downtimeOpt, postCopyOpt});
    QCommandLineOption siteOpt(QStringLiteral("site"), QCoreApplication::translate("hawanctl", "evacuate: every host of this site."),
                               QStringLiteral("SITE"));
    QCommandLineOption dryRunOpt(QStringLiteral("dry-run"), QCoreApplication::translate("hawanctl", "evacuate: print the plan, move nothing."));
    QCommandLineOption perHostOpt(QStringLiteral("max-per-host"),
                                  QCoreApplication::translate("hawanctl", "evacuate/resume: migrations a host sends or receives at once (default from the config)."),
                                  QStringLiteral("N"));
    QCommandLineOption perLinkOpt(QStringLiteral("max-per-link"),
                                  QCoreApplication::translate("hawanctl", "evacuate/resume: migrations crossing one WAN link at once (default from the config)."),
                                  QStringLiteral("N"));
    QCommandLineOption storageOverrideOpt(QStringLiteral("override-storage"),
                                          QCoreApplication::translate("hawanctl", "evacuate, recover, maintenance on: go ahead although the shared storage is not in sync; REASON is journaled."),
                                          QStringLiteral("REASON"));
    QCommandLineOption fencedOpt(QStringLiteral("fenced-by-hand"),
                                 QCoreApplication::translate("hawanctl", "recover: the host has no fence command and was powered off by hand; HOW (who, how) is journaled."),
                                 QStringLiteral("HOW"));
    p.addOptions({siteOpt, dryRunOpt, perHostOpt, perLinkOpt, storageOverrideOpt, fencedOpt});
    QCommandLineOption secondsOpt(QStringLiteral("seconds"), QCoreApplication::translate("hawanctl", "probes: how long to measure (default 10)."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption csvOpt(QStringLiteral("csv"), QCoreApplication::translate("hawanctl", "probes: record every reading to this CSV file."),
                              QStringLiteral("FILE"));
    p.addOptions({secondsOpt, csvOpt});
    p.addPositionalArgument(QStringLiteral("command"),
                            QCoreApplication::translate("hawanctl", "status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage or probes"));
    p.process(app);

    const QStringList args = p.positionalArguments();
    const QString command = args.value(0, QStringLiteral("status"));
    static const QStringList commands{"status", "check-config", "migrate", "evacuate", "recover", "return", "plans", "resume", "abort", "maintenance", "storage", "probes"};
    if (!commands.contains(command)) {
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
    const bool planCommand = command == QLatin1String("evacuate") || command == QLatin1String("recover") || command == QLatin1String("return")
        || command == QLatin1String("resume") || command == QLatin1String("abort");
    if (command == QLatin1String("return") && args.size() != 2) {
        err() << QCoreApplication::translate("hawanctl", "hawanctl: usage: hawanctl return HOST [--dry-run]") << Qt::endl;
        return Usage;
    }
    if (command == QLatin1String("recover") && args.size() != 2) {
        err() << QCoreApplication::translate("hawanctl", "hawanctl: usage: hawanctl recover HOST [--dry-run] [--fenced-by-hand HOW]") << Qt::endl;
        return Usage;
    }
    if (command == QLatin1String("evacuate") && (args.size() > 2 || (args.size() == 2) == p.isSet(siteOpt))) {
        err() << QCoreApplication::translate("hawanctl", "hawanctl: usage: hawanctl evacuate HOST [--dry-run] | hawanctl evacuate --site SITE [--dry-run]") << Qt::endl;
        return Usage;
    }
    if (command == QLatin1String("maintenance") && (args.size() != 3 || !QStringList{"on", "off"}.contains(args[2]))) {
        err() << QCoreApplication::translate("hawanctl", "hawanctl: usage: hawanctl maintenance HOST on|off") << Qt::endl;
        return Usage;
    }
    core::Fleet fleet(std::move(loaded.value()));
    auto *inv = fleet.inventory();
    if (command == QLatin1String("plans"))
        return listPlans(fleet);
    if (command == QLatin1String("storage"))
        return storageStatus(app, fleet, timeoutS);
    if (command == QLatin1String("probes")) {
        bool ok = false;
        const int secs = p.value(secondsOpt).toInt(&ok);
        if (!ok || secs < 1 || secs > 86400) {
            err() << QCoreApplication::translate("hawanctl", "hawanctl: --seconds must be 1 to 86400") << Qt::endl;
            return Usage;
        }
        fleet.start(false);
        return probeCommand(app, fleet, secs, p.value(csvOpt));
    }
    if (command == QLatin1String("maintenance"))
        return maintenance(app, fleet, args[1], args[2] == QLatin1String("on"), p.value(storageOverrideOpt).trimmed(), timeoutS);
    if (planCommand) {
        PlanArgs pa;
        pa.options = fleet.defaultPlanOptions();
        for (auto [opt, into] : {std::pair{&perHostOpt, &pa.options.maxPerHost}, std::pair{&perLinkOpt, &pa.options.maxPerLink}}) {
            if (!p.isSet(*opt))
                continue;
            bool ok = false;
            *into = p.value(*opt).toInt(&ok);
            if (!ok || *into < 1 || *into > 16) {
                err() << QCoreApplication::translate("hawanctl", "hawanctl: --%1 takes 1 to 16").arg(opt->names().constFirst()) << Qt::endl;
                return Usage;
            }
        }
        pa.options.move.bandwidthMiBs = p.value(bandwidthOpt).toULongLong();
        pa.options.move.autoConverge = p.isSet(convergeOpt);
        pa.options.move.timeoutS = p.value(limitOpt).toInt();
        pa.options.move.maxDowntimeMs = p.value(downtimeOpt).toULongLong();
        pa.reportTimeoutS = timeoutS;
        pa.dryRun = p.isSet(dryRunOpt);
        pa.storageOverride = p.value(storageOverrideOpt).trimmed();
        for (const QCommandLineOption *o : {&perHostOpt, &perLinkOpt, &bandwidthOpt, &convergeOpt, &limitOpt, &downtimeOpt})
            if (p.isSet(*o))
                pa.overrides << o->names().constFirst();
        pa.recover = command == QLatin1String("recover");
        pa.giveBack = command == QLatin1String("return");
        pa.fencedByHand = p.value(fencedOpt).trimmed();
        if (command == QLatin1String("evacuate") || pa.recover || pa.giveBack) {
            pa.host = args.value(1);
            pa.site = p.value(siteOpt);
            return evacuate(app, fleet, pa);
        }
        pa.planId = args.value(1);
        return resume(app, fleet, pa, command == QLatin1String("abort"));
    }
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
            opt.maxDowntimeMs = p.value(downtimeOpt).toULongLong();
            opt.postCopyAfterS = p.value(postCopyOpt).toInt();
            opt.postCopyAllowed = opt.postCopyAfterS > 0;
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
        fleet.start(false); // a migration does not consult the storage monitor
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
        // A host back after a recovery: its stale definitions are being removed; wait for that.
        if (fleet.cleanupsPending() == 0)
            return app.exit(Ok);
        QObject::connect(&fleet, &core::Fleet::cleanupsDone, &app, [&app] { app.exit(Ok); });
        QTimer::singleShot(20000, &app, [&app] { app.exit(Failed); });
    };
    QObject::connect(&fleet, &core::Fleet::leftoverHandled, &app, [](const QString &text) {
        err() << "hawanctl: " << text << Qt::endl; // stderr: --json output stays JSON
    });
    QObject::connect(inv, &model::Inventory::reportedChanged, &app, [&] {
        if (inv->allReported())
            QTimer::singleShot(0, &app, finish);
    });
    QTimer::singleShot(timeoutS * 1000, &app, finish);
    if (inv->hostCount() == 0)
        QTimer::singleShot(0, &app, finish);
    fleet.start(false); // status does not show storage (hawanctl storage does)
    return app.exec();
}
