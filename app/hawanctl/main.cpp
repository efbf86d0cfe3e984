// hawanctl: Hawan on the command line, over the same backend as the console (no GUI).
#include "config/configloader.h"
#include "core/configlocator.h"
#include "core/fleet.h"
#include "core/statusreport.h"
#include "alarmscommand.h"
#include "metricscommand.h"
#include "demo.h"
#include "jobs/lease.h"
#include "libvirt/eventloop.h"
#include "joblines.h"
#include "output.h"
#include "plancommands.h"
#include "probecommand.h"
#include "drillcommand.h"
#include "auditcommand.h"
#include "hacommand.h"
#include "experimentcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QElapsedTimer>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <thread>
#include <QTranslator>

#include <cstdio>

using namespace hawan;
using namespace hawanctl;

namespace {

// hawanctl's texts keep the translation context "hawanctl".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawanctl)
};

// Every option of every command, declared once.
struct Options
{
    QCommandLineOption config{QStringLiteral("config"), Text::tr("Configuration file (default: ~/.config/hawan/hawan.toml, else the demo)."), QStringLiteral("FILE")};
    QCommandLineOption readOnly{QStringLiteral("read-only"),
                                Text::tr("Change nothing: libvirt opened read-only, the journal only read; every action is refused "
                                         "(also for users listed in [access] viewers).")};
    QCommandLineOption json{QStringLiteral("json"), Text::tr("Print JSON instead of a table.")};
    QCommandLineOption timeout{QStringLiteral("timeout"), Text::tr("Seconds to wait for every host to answer (default 15)."), QStringLiteral("SECONDS"), QStringLiteral("15")};
    QCommandLineOption bandwidth{QStringLiteral("bandwidth"), Text::tr("migrate: bandwidth cap in MiB/s."), QStringLiteral("MIBS"), QStringLiteral("0")};
    QCommandLineOption converge{QStringLiteral("auto-converge"), Text::tr("migrate: slow the guest down if it does not converge.")};
    QCommandLineOption limit{QStringLiteral("time-limit"), Text::tr("migrate: abort after this many seconds (default 600)."), QStringLiteral("SECONDS"), QStringLiteral("600")};
    QCommandLineOption downtime{QStringLiteral("max-downtime"),
                                Text::tr("migrate/evacuate: longest pause allowed for the final copy, in ms (default: the hypervisor's, 300)."),
                                QStringLiteral("MS"), QStringLiteral("0")};
    QCommandLineOption postCopy{QStringLiteral("post-copy-after"),
                                Text::tr("migrate: switch to post-copy if still copying after this many seconds "
                                   "(the VM then runs on the destination; a link failure from there on loses it)."),
                                QStringLiteral("SECONDS"), QStringLiteral("0")};
    QCommandLineOption site{QStringLiteral("site"), Text::tr("evacuate: every host of this site."), QStringLiteral("SITE")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), Text::tr("evacuate: print the plan, move nothing.")};
    QCommandLineOption perHost{QStringLiteral("max-per-host"),
                               Text::tr("evacuate/resume: migrations a host sends or receives at once (default from the config)."), QStringLiteral("N")};
    QCommandLineOption perLink{QStringLiteral("max-per-link"),
                               Text::tr("evacuate/resume: migrations crossing one WAN link at once (default from the config)."), QStringLiteral("N")};
    QCommandLineOption storageOverride{QStringLiteral("override-storage"),
                                       Text::tr("evacuate, recover, maintenance on: go ahead although the shared storage is not in sync; REASON is journaled."),
                                       QStringLiteral("REASON")};
    QCommandLineOption fenced{QStringLiteral("fenced-by-hand"),
                              Text::tr("recover: the host has no fence command and was powered off by hand; HOW (who, how) is journaled."), QStringLiteral("HOW")};
    QCommandLineOption seconds{QStringLiteral("seconds"), Text::tr("probes: how long to measure (default 10)."), QStringLiteral("N"), QStringLiteral("10")};
    QCommandLineOption csv{QStringLiteral("csv"), Text::tr("probes: record every reading to this CSV file."), QStringLiteral("FILE")};
    QCommandLineOption delays{QStringLiteral("delays"), Text::tr("experiment: one-way WAN delays to sweep, e.g. 0,5,10,20ms (a lab's link; default: the link as it is)."), QStringLiteral("LIST")};
    QCommandLineOption repeats{QStringLiteral("repeats"), Text::tr("experiment: runs of each test at each point (default 1)."), QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption files{QStringLiteral("files"), Text::tr("experiment: small files of the metadata test (default 2000)."), QStringLiteral("N"), QStringLiteral("2000")};
    QCommandLineOption host{QStringLiteral("host"), Text::tr("drill: the host the fault hits (default: the one running the most VMs)."), QStringLiteral("HOST")};
    QCommandLineOption vm{QStringLiteral("vm"), Text::tr("drill wan-cut-mid-migration: the VM to migrate (default: the smallest running at the link's first site)."), QStringLiteral("VM")};
    QCommandLineOption hold{QStringLiteral("hold"), Text::tr("drill: how long the fault lasts, in seconds (default: the drill's)."), QStringLiteral("SECONDS")};
    QCommandLineOption loss{QStringLiteral("loss"), Text::tr("drill lossy-wan: the packet loss in percent (default 3)."), QStringLiteral("PCT"), QStringLiteral("3")};
    QCommandLineOption confirmSite{QStringLiteral("confirm-site"),
                                   Text::tr("drill: not a lab: the name of the site the fault hits, to confirm it."), QStringLiteral("SITE")};
    QCommandLineOption since{QStringLiteral("since"), Text::tr("audit show: records since a date, a time or a duration back (30m, 12h, 7d)."), QStringLiteral("WHEN")};
    QCommandLineOption user{QStringLiteral("user"), Text::tr("audit show: records of this user."), QStringLiteral("USER")};
    QCommandLineOption what{QStringLiteral("what"), Text::tr("audit show: records of this action (migrate, recover, vm-force-off, maintenance-on…)."), QStringLiteral("ACTION")};
    QCommandLineOption subject{QStringLiteral("subject"), Text::tr("audit show: records about this VM, host or site."), QStringLiteral("NAME")};
    QCommandLineOption comment{QStringLiteral("comment"), Text::tr("alarms ack/shelve: why, for the other consoles and the audit trail."), QStringLiteral("TEXT")};
    QCommandLineOption forDuration{QStringLiteral("for"), Text::tr("alarms shelve: how long (30m, 2h, 1d)."), QStringLiteral("DURATION")};
    QCommandLineOption listen{QStringLiteral("listen"), Text::tr("serve-metrics: the address and port to serve on (default 127.0.0.1:9477)."),
                              QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:9477")};
    QCommandLineOption mib{QStringLiteral("size-mib"), Text::tr("experiment: MiB written and read by the sequential tests (default 64)."), QStringLiteral("N"), QStringLiteral("64")};
};

// What a command gets: the application, the parsed line and the fleet of the configuration.
struct Call
{
    QCoreApplication &app;
    const QCommandLineParser &p;
    const Options &o;
    QStringList args;  // positional, the command first
    int timeoutS;
    core::Fleet &fleet;
};

QString hostNames(const config::Config &cfg)
{
    QStringList names;
    for (const auto &h : cfg.hosts)
        names << h.name;
    return names.join(QStringLiteral(", "));
}

// Usage errors, checked before anything connects. Empty when the command line is well formed.
QString usageError(const QString &command, const QStringList &args, const QCommandLineParser &p, const Options &o)
{
    if (command == QLatin1String("migrate") && args.size() != 3)
        return Text::tr("hawanctl: usage: hawanctl migrate VM HOST");
    if (command == QLatin1String("return") && args.size() != 2)
        return Text::tr("hawanctl: usage: hawanctl return HOST [--dry-run]");
    if (command == QLatin1String("recover") && args.size() != 2)
        return Text::tr("hawanctl: usage: hawanctl recover HOST [--dry-run] [--fenced-by-hand HOW]");
    if (command == QLatin1String("evacuate") && (args.size() > 2 || (args.size() == 2) == p.isSet(o.site)))
        return Text::tr("hawanctl: usage: hawanctl evacuate HOST [--dry-run] | hawanctl evacuate --site SITE [--dry-run]");
    if (command == QLatin1String("maintenance") && (args.size() != 3 || !QStringList{"on", "off"}.contains(args[2])))
        return Text::tr("hawanctl: usage: hawanctl maintenance HOST on|off");
    return {};
}

int statusCommand(Call &c)
{
    auto *inv = c.fleet.inventory();
    // The links are measured too (from their probes' vantage points), so that a site whose hosts
    // are silent behind a cut link reads "cut off", as in the console; a recording is not live.
    probes::ProbeHub *probes = c.fleet.startLinkProbes() ? c.fleet.probes() : nullptr;
    bool done = false;
    auto finish = [&] {
        if (done)
            return;
        done = true;
        if (c.p.isSet(c.o.json))
            out() << QJsonDocument(core::statusJson(*inv, probes)).toJson(QJsonDocument::Indented);
        else
            out() << core::statusTable(*inv, probes);
        out().flush();
        // A host back after a recovery: its stale definitions are being removed; wait for that.
        if (c.fleet.cleanupsPending() == 0)
            return c.app.exit(Ok);
        QObject::connect(&c.fleet, &core::Fleet::cleanupsDone, &c.app, [&c] { c.app.exit(Ok); });
        QTimer::singleShot(20000, &c.app, [&c] { c.app.exit(Failed); });
    };
    QObject::connect(&c.fleet, &core::Fleet::leftoverHandled, &c.app, [](const QString &text) {
        err() << "hawanctl: " << text << Qt::endl; // stderr: --json output stays JSON
    });
    auto check = [&] {
        if (inv->allReported() && c.fleet.linksSettled())
            QTimer::singleShot(0, &c.app, finish);
    };
    QObject::connect(inv, &model::Inventory::reportedChanged, &c.app, check);
    if (probes)
        QObject::connect(probes, &probes::ProbeHub::linkStateChanged, &c.app, check);
    QTimer::singleShot(c.timeoutS * 1000, &c.app, finish);
    if (inv->hostCount() == 0)
        QTimer::singleShot(0, &c.app, finish);
    c.fleet.start(false); // status does not show storage (hawanctl storage does)
    return c.app.exec();
}

constexpr int kMigrateGraceS = 60;

int migrateCommand(Call &c)
{
    auto *inv = c.fleet.inventory();
    const QString vmName = c.args[1], destName = c.args[2];
    const int dest = inv->config().hostIndex(destName);
    if (dest < 0) {
        err() << Text::tr("hawanctl: unknown host '%1'; hosts: %2").arg(destName, hostNames(inv->config())) << Qt::endl;
        return Usage;
    }
    jobs::MigrationOptions opt;
    opt.bandwidthMiBs = c.p.value(c.o.bandwidth).toULongLong();
    opt.autoConverge = c.p.isSet(c.o.converge);
    opt.timeoutS = c.p.value(c.o.limit).toInt();
    opt.maxDowntimeMs = c.p.value(c.o.downtime).toULongLong();
    opt.postCopyAfterS = c.p.value(c.o.postCopy).toInt();
    opt.postCopyAllowed = opt.postCopyAfterS > 0;
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
            err() << Text::tr("hawanctl: no VM named '%1' on any reachable host").arg(vmName) << Qt::endl;
            return c.app.exit(Usage);
        }
        new JobLines(c.fleet.jobs(), &c.app); // its start and progress lines
        QString error;
        jobs::MoveJob *job = c.fleet.startMigration(from, uuid, dest, opt, &error);
        if (!job) {
            err() << Text::tr("hawanctl: cannot migrate: %1").arg(error) << Qt::endl;
            return c.app.exit(1);
        }
        out() << job->title() << Qt::endl;
        // The whole command has a deadline: past its time limit the job aborts, and the daemons'
        // keepalive bounds every call; a job still not ended a minute later is left, said so.
        if (opt.timeoutS > 0)
            QTimer::singleShot((opt.timeoutS + kMigrateGraceS) * 1000, &c.app, [&c, job] {
                if (job->isFinished())
                    return;
                err() << Text::tr("hawanctl: %1 has not ended %2 s after its time limit (a daemon does not answer the "
                                  "abort); where %3 runs is not known: see 'hawanctl status'")
                             .arg(job->title()).arg(kMigrateGraceS).arg(job->target().vmName)
                      << Qt::endl;
                c.app.exit(Failed);
            });
        QObject::connect(job, &jobs::MigrationJob::finished, &c.app, [&, job](const jobs::MigrationResult &r) {
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
            c.app.exit(exitCode);
        });
    };
    // Begins once every host has reported (a frozen daemon reports "unreachable" when its open's
    // deadline passes), or at --timeout with what is known.
    bool begun = false;
    auto begin = [&] {
        if (begun)
            return;
        begun = true;
        QTimer::singleShot(0, &c.app, go);
    };
    QObject::connect(inv, &model::Inventory::reportedChanged, &c.app, [&] {
        if (inv->allReported())
            begin();
    });
    QTimer::singleShot(c.timeoutS * 1000, &c.app, begin);
    c.fleet.start(false); // a migration does not consult the storage monitor
    return c.app.exec();
}

// evacuate, recover, return, resume and abort: one set of plan options.
int planCommand(Call &c)
{
    const QString command = c.args[0];
    PlanArgs pa;
    pa.options = c.fleet.defaultPlanOptions();
    for (auto [opt, into] : {std::pair{&c.o.perHost, &pa.options.maxPerHost}, std::pair{&c.o.perLink, &pa.options.maxPerLink}}) {
        if (!c.p.isSet(*opt))
            continue;
        bool ok = false;
        *into = c.p.value(*opt).toInt(&ok);
        if (!ok || *into < 1 || *into > 16) {
            err() << Text::tr("hawanctl: --%1 takes 1 to 16").arg(opt->names().constFirst()) << Qt::endl;
            return Usage;
        }
    }
    pa.options.move.bandwidthMiBs = c.p.value(c.o.bandwidth).toULongLong();
    pa.options.move.autoConverge = c.p.isSet(c.o.converge);
    pa.options.move.timeoutS = c.p.value(c.o.limit).toInt();
    pa.options.move.maxDowntimeMs = c.p.value(c.o.downtime).toULongLong();
    pa.reportTimeoutS = c.timeoutS;
    pa.dryRun = c.p.isSet(c.o.dryRun);
    pa.storageOverride = c.p.value(c.o.storageOverride).trimmed();
    for (const QCommandLineOption *o : {&c.o.perHost, &c.o.perLink, &c.o.bandwidth, &c.o.converge, &c.o.limit, &c.o.downtime})
        if (c.p.isSet(*o))
            pa.overrides << o->names().constFirst();
    pa.recover = command == QLatin1String("recover");
    pa.giveBack = command == QLatin1String("return");
    pa.fencedByHand = c.p.value(c.o.fenced).trimmed();
    if (command == QLatin1String("evacuate") || pa.recover || pa.giveBack) {
        pa.host = c.args.value(1);
        pa.site = c.p.value(c.o.site);
        return evacuate(c.app, c.fleet, pa);
    }
    pa.planId = c.args.value(1);
    return resume(c.app, c.fleet, pa, command == QLatin1String("abort"));
}

int experimentCommand(Call &c)
{
    if (c.args.value(1) != QLatin1String("run") || c.args.size() < 3) {
        err() << Text::tr("hawanctl: usage: hawanctl experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N] [--override-storage REASON]")
              << Qt::endl;
        return Usage;
    }
    ExperimentArgs a;
    a.tests = c.args.mid(2);
    a.delays = c.p.value(c.o.delays);
    a.storageOverride = c.p.value(c.o.storageOverride).trimmed();
    a.reportTimeoutS = c.timeoutS;
    bool ok1 = false, ok2 = false, ok3 = false;
    a.repeats = c.p.value(c.o.repeats).toInt(&ok1);
    a.sizes.metaFiles = c.p.value(c.o.files).toInt(&ok2);
    a.sizes.seqMiB = c.p.value(c.o.mib).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || a.repeats < 1 || a.repeats > 100 || a.sizes.metaFiles < 1 || a.sizes.seqMiB < 1) {
        err() << Text::tr("hawanctl: --repeats (1 to 100), --files and --size-mib must be positive whole numbers") << Qt::endl;
        return Usage;
    }
    return hawanctl::experimentCommand(c.app, c.fleet, a);
}

int drillCommand(Call &c)
{
    DrillArgs a;
    a.verb = c.args.value(1);
    a.name = c.args.value(2);
    const bool named = a.verb == QLatin1String("run") || a.verb == QLatin1String("show");
    if (!QStringList{QStringLiteral("list"), QStringLiteral("run"), QStringLiteral("reports"), QStringLiteral("show")}.contains(a.verb)
        || (named && c.args.size() != 3) || (!named && c.args.size() != 2)) {
        err() << Text::tr("hawanctl: usage: hawanctl drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--loss PCT] "
                          "[--confirm-site SITE] | reports | show ID [--csv FILE]")
              << Qt::endl;
        return Usage;
    }
    a.host = c.p.value(c.o.host);
    a.site = c.p.value(c.o.site);
    a.vm = c.p.value(c.o.vm);
    a.confirmSite = c.p.value(c.o.confirmSite);
    a.json = c.p.isSet(c.o.json);
    a.csvFile = c.p.value(c.o.csv);
    a.reportTimeoutS = c.timeoutS;
    bool ok1 = true, ok2 = true;
    if (c.p.isSet(c.o.hold))
        a.holdS = c.p.value(c.o.hold).toInt(&ok1);
    a.lossPct = c.p.value(c.o.loss).toDouble(&ok2);
    if (!ok1 || !ok2 || (c.p.isSet(c.o.hold) && (a.holdS < 0 || a.holdS > 3600)) || a.lossPct <= 0 || a.lossPct > 100) {
        err() << Text::tr("hawanctl: --hold takes 0 to 3600 seconds, --loss more than 0 and at most 100 percent") << Qt::endl;
        return Usage;
    }
    return hawanctl::drillCommand(c.app, c.fleet, a);
}

int probesCommand(Call &c)
{
    bool ok = false;
    const int secs = c.p.value(c.o.seconds).toInt(&ok);
    if (!ok || secs < 1 || secs > 86400) {
        err() << Text::tr("hawanctl: --seconds must be 1 to 86400") << Qt::endl;
        return Usage;
    }
    c.fleet.start(false);
    return probeCommand(c.app, c.fleet, secs, c.p.value(c.o.csv));
}

using Command = int (*)(Call &);
const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> table{
        {QStringLiteral("status"), &statusCommand},
        {QStringLiteral("migrate"), &migrateCommand},
        {QStringLiteral("evacuate"), &planCommand},
        {QStringLiteral("recover"), &planCommand},
        {QStringLiteral("return"), &planCommand},
        {QStringLiteral("resume"), &planCommand},
        {QStringLiteral("abort"), &planCommand},
        {QStringLiteral("plans"), [](Call &c) { return listPlans(c.fleet); }},
        {QStringLiteral("storage"), [](Call &c) { return storageStatus(c.app, c.fleet, c.timeoutS); }},
        {QStringLiteral("probes"), &probesCommand},
        {QStringLiteral("experiment"), &experimentCommand},
        {QStringLiteral("drill"), &drillCommand},
        {QStringLiteral("ha"), [](Call &c) {
             if (c.args.size() > 2 || (c.args.size() == 2 && c.args[1] != QLatin1String("status"))) {
                 err() << Text::tr("hawanctl: usage: hawanctl ha [status [--json]]") << Qt::endl;
                 return int(Usage);
             }
             return c.args.size() == 2 ? hawanctl::haStatus(c.fleet, c.p.isSet(c.o.json)) : hawanctl::haCommand(c.app, c.fleet);
         }},
        {QStringLiteral("audit"), [](Call &c) {
             if (c.args.size() != 2 || !QStringList{QStringLiteral("verify"), QStringLiteral("show")}.contains(c.args[1])) {
                 err() << Text::tr("hawanctl: usage: hawanctl audit verify [--json] | hawanctl audit show [--since WHEN] [--user USER] "
                                   "[--what ACTION] [--subject NAME] [--json]") << Qt::endl;
                 return int(Usage);
             }
             if (c.args[1] == QLatin1String("verify"))
                 return hawanctl::auditVerify(c.fleet, c.p.isSet(c.o.json));
             return hawanctl::auditShow(c.fleet, {c.p.value(c.o.since), c.p.value(c.o.user), c.p.value(c.o.what),
                                                  c.p.value(c.o.subject), c.p.isSet(c.o.json)});
         }},
        {QStringLiteral("alarms"), [](Call &c) {
             return hawanctl::alarmsCommand(c.app, c.fleet, {c.args, c.p.isSet(c.o.json), c.p.value(c.o.comment),
                                                             c.p.value(c.o.forDuration), c.timeoutS});
         }},
        {QStringLiteral("serve-metrics"), [](Call &c) { return hawanctl::serveMetrics(c.app, c.fleet, c.p.value(c.o.listen)); }},
        {QStringLiteral("maintenance"), [](Call &c) {
             return maintenance(c.app, c.fleet, c.args[1], c.args[2] == QLatin1String("on"),
                                c.p.value(c.o.storageOverride).trimmed(), c.timeoutS);
         }},
    };
    return table;
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

    const Options o;
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
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
        "                 for N seconds (default 10), print them, and record every reading to FILE\n"
        "  experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N]\n"
        "                 the study's stress tests (metadata, seq-write, seq-read, rand-rw) at every site with a\n"
        "                 runner, over the emulated delays where the link can set them; the report is kept as JSON\n"
        "  drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--confirm-site SITE] | reports | show ID\n"
        "                 the resilience drills: inject one configured fault, watch, repair, and print the verdict\n"
        "                 (every VM runs exactly once, no acknowledged write lost, no split-brain); kept as JSON\n"
        "  audit verify | show [--since WHEN] [--user U] [--what ACTION] [--subject NAME]\n"
        "                 the audit trail: verify says where a record was edited, removed, reordered or the file cut\n"
        "                 short (exit 1); show prints who did what, when, why and how it ended\n"
        "  alarms [list] | ack KEY [--comment TEXT] | shelve KEY --for 2h | unshelve KEY\n"
        "                 the alarms a console raises now (exit 1 while a critical one is unacknowledged), with\n"
        "                 the shift's acknowledgements; ack and shelve are shared with every console on the journal\n"
        "  serve-metrics [--listen ADDR:PORT]\n"
        "                 serve the fleet's metrics for Prometheus on http://ADDR:PORT/metrics (read-only; until stopped)\n"
        "  ha [status]    the HA watcher: runs until stopped; a host silent for [ha] grace_s is fenced and its VMs\n"
        "                 with a restart policy come back elsewhere; one watcher acts at a time (the others wait);\n"
        "                 a whole site silent at once is a partition alarm; 'ha status' says who acts and what it did"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({o.config, o.readOnly, o.json, o.timeout, o.bandwidth, o.converge, o.limit, o.downtime, o.postCopy, o.site, o.dryRun,
                  o.perHost, o.perLink, o.storageOverride, o.fenced, o.seconds, o.csv, o.delays, o.repeats, o.files, o.mib,
                  o.host, o.vm, o.hold, o.loss, o.confirmSite, o.since, o.user, o.what, o.subject, o.comment, o.forDuration, o.listen});
    p.addPositionalArgument(QStringLiteral("command"),
                            Text::tr("status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage, probes, experiment, drill, audit, alarms, serve-metrics or ha"));
    p.process(app);

    const QStringList args = p.positionalArguments().isEmpty() ? QStringList{QStringLiteral("status")} : p.positionalArguments();
    const QString command = args[0];
    jobs::setLeaseProgram(QStringLiteral("hawanctl ") + command); // how other consoles name it in a lease it holds
    if (!commands().contains(command) && command != QLatin1String("check-config")) {
        err() << Text::tr("hawanctl: unknown command '%1'; try 'hawanctl --help'").arg(command) << Qt::endl;
        return Usage;
    }

    const core::ConfigChoice choice = core::locateConfig(p.value(o.config));
    if (!choice.error.isEmpty()) {
        err() << "hawanctl: " << choice.error << Qt::endl;
        return BadConfig;
    }
    if (choice.isDemo)
        err() << Text::tr("hawanctl: no --config and no %1: using the bundled demo").arg(core::userConfigPath()) << Qt::endl;
    auto loaded = config::ConfigLoader::loadFile(choice.path);
    if (!loaded) {
        err() << Text::tr("hawanctl: the configuration is not valid (%n problem(s)):", nullptr, int(loaded.error().size()))
              << Qt::endl << config::ConfigLoader::formatErrors(loaded.error()) << Qt::endl;
        return BadConfig;
    }
    if (command == QLatin1String("check-config")) {
        out() << Text::tr("%1: valid (%2 sites, %3 hosts)").arg(choice.path).arg(loaded->sites.size()).arg(loaded->hosts.size()) << Qt::endl;
        return Ok;
    }
    bool okTimeout = false;
    const int timeoutS = p.value(o.timeout).toInt(&okTimeout);
    if (!okTimeout || timeoutS <= 0) {
        err() << Text::tr("hawanctl: --timeout needs a positive number of seconds") << Qt::endl;
        return Usage;
    }
    if (const QString usage = usageError(command, args, p, o); !usage.isEmpty()) {
        err() << usage << Qt::endl;
        return Usage;
    }
    // Reading the audit trail changes nothing: not even the key is created. Nor does serving metrics.
    const core::Access access = core::Access::decide(loaded.value(), p.isSet(o.readOnly) || command == QLatin1String("audit")
                                                                           || command == QLatin1String("serve-metrics"));
    core::Fleet fleet(std::move(loaded.value()), access);
    Call call{app, p, o, args, timeoutS, fleet};
    const int rc = commands().value(command)(call);
    // The answer is out: a host's thread stuck in a call (a daemon behind a cut link) must not hold
    // the exit. The fleet is given 5 s to stop its threads; then the process ends with `rc`.
    out().flush();
    err().flush();
    std::thread([rc] {
        std::this_thread::sleep_for(std::chrono::seconds(5));
        std::fprintf(stderr, "hawanctl: a host's thread did not stop within 5 s; leaving it behind\n");
        std::fflush(stdout);
        std::_Exit(rc);
    }).detach();
    return rc;
}
