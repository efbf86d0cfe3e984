#include "hacommand.h"

#include "longjob.h"
#include "output.h"

#include "core/fleet.h"
#include "ha/watcher.h"
#include "jobs/lease.h"
#include "model/inventory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace hawan;

namespace hawanctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawanctl)
};

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

int haCommand(QCoreApplication &app, core::Fleet &fleet)
{
    const auto &cfg = fleet.inventory()->config();
    out() << Text::tr("HA watcher for %1: grace %2 s, leases in %3; %n policy(ies)", nullptr, int(cfg.ha.policies.size()))
                 .arg(cfg.sourceFile).arg(cfg.ha.graceS).arg(jobs::leaseDirectory(cfg))
          << Qt::endl;
    if (cfg.ha.policies.isEmpty())
        err() << Text::tr("hawanctl: no [[ha.policy]] in the configuration: no VM is restarted by the watcher; it only watches "
                          "and raises alarms") << Qt::endl;
    auto *watcher = fleet.jobs()->add(std::make_unique<ha::Watcher>(&fleet));
    QObject::connect(watcher, &ha::Watcher::eventAdded, &app, [](const ha::Watcher::Event &e) {
        (e.alarm ? err() : out()) << stamp(e.at) << "  " << (e.alarm ? QStringLiteral("ALARM ") : QString()) << e.text << Qt::endl;
    });
    QObject::connect(watcher, &jobs::Job::ended, &app, [&app, watcher] {
        out() << watcher->title() << ": " << watcher->jobResult().message << Qt::endl;
        app.exit(watcher->jobResult().outcome == jobs::JobOutcome::Failed ? 1 : 0);
    });
    cancelOnInterrupt(app, watcher, Text::tr("hawanctl: stopping the watcher (Ctrl+C again to leave at once)"));
    fleet.startLinkProbes(); // a site cut off is told from a host that died by its link
    fleet.start();
    watcher->start();
    if (watcher->isFinished()) // refused at once (a viewer): said above, before any event loop
        return watcher->jobResult().outcome == jobs::JobOutcome::Failed ? 1 : 0;
    return app.exec();
}

int haStatus(core::Fleet &fleet, bool json)
{
    const QString dir = jobs::leaseDirectory(fleet.inventory()->config());
    QString error;
    const auto holder = jobs::Lease::holder(dir, ha::Watcher::leaseName(), &error);
    if (json) {
        QJsonObject o{{QStringLiteral("lease_dir"), dir}, {QStringLiteral("acting"), bool(holder)}};
        if (holder)
            o.insert(QStringLiteral("watcher"), holder->toJson());
        if (!error.isEmpty())
            o.insert(QStringLiteral("error"), error);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return error.isEmpty() ? 0 : 1;
    }
    if (!error.isEmpty()) {
        err() << "hawanctl: " << error << Qt::endl;
        return 1;
    }
    if (!holder) {
        out() << Text::tr("No HA watcher acts (lease %1 free): a dead host's VMs come back only when an operator recovers it.")
                     .arg(jobs::Lease::path(dir, ha::Watcher::leaseName()))
              << Qt::endl;
        return 0;
    }
    out() << Text::tr("HA watcher acting: %1; last heartbeat %2 UTC").arg(holder->describe(),
                                                                          holder->detail.value(QStringLiteral("beat")).toString())
          << Qt::endl;
    for (const auto &e : holder->detail.value(QStringLiteral("events")).toArray()) {
        const QJsonObject ev = e.toObject();
        out() << "  " << ev.value(QStringLiteral("at")).toString() << "  "
              << (ev.value(QStringLiteral("alarm")).toBool() ? QStringLiteral("ALARM ") : QString())
              << ev.value(QStringLiteral("text")).toString() << Qt::endl;
    }
    return 0;
}

} // namespace hawanctl
