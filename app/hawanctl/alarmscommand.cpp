#include "alarmscommand.h"

#include "output.h"

#include "core/fleet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hawanctl {

using namespace hawan;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("hawanctl", s); }

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QJsonObject alarmJson(const alarms::Alarm &a, const std::optional<alarms::Shelf> &shelf)
{
    QJsonObject o{{QStringLiteral("key"), a.condition.key},
                  {QStringLiteral("kind"), a.condition.kind},
                  {QStringLiteral("subject"), a.condition.subject},
                  {QStringLiteral("severity"), alarms::severityId(a.condition.severity)},
                  {QStringLiteral("text"), a.condition.text},
                  {QStringLiteral("advice"), a.condition.advice},
                  {QStringLiteral("raised"), a.raisedAt.toString(Qt::ISODateWithMs)}};
    if (a.acknowledged())
        o.insert(QStringLiteral("acknowledged"), QJsonObject{{QStringLiteral("by"), a.ackBy},
                                                              {QStringLiteral("at"), a.ackAt.toString(Qt::ISODateWithMs)},
                                                              {QStringLiteral("comment"), a.ackComment}});
    if (shelf)
        o.insert(QStringLiteral("shelved"), QJsonObject{{QStringLiteral("by"), shelf->by},
                                                         {QStringLiteral("until"), shelf->until.toString(Qt::ISODateWithMs)},
                                                         {QStringLiteral("comment"), shelf->comment}});
    return o;
}

void printList(const alarms::AlarmBook &book, bool json)
{
    const auto all = book.active(true);
    if (json) {
        QJsonArray arr;
        for (const auto &a : all)
            arr << alarmJson(a, book.shelf(a.condition.key));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("alarms"), arr}}).toJson(QJsonDocument::Indented);
        return;
    }
    if (all.isEmpty()) {
        out() << tr("No active alarm.") << Qt::endl;
        return;
    }
    for (const auto &a : all) {
        const auto shelf = book.shelf(a.condition.key);
        out() << alarms::severityId(a.condition.severity).toUpper().leftJustified(9) << a.condition.text << Qt::endl
              << "         " << tr("key: %1").arg(a.condition.key) << Qt::endl;
        if (a.acknowledged())
            out() << "         "
                  << (a.ackComment.isEmpty() ? tr("acknowledged by %1 at %2").arg(a.ackBy, when(a.ackAt))
                                             : tr("acknowledged by %1 at %2: %3").arg(a.ackBy, when(a.ackAt), a.ackComment))
                  << Qt::endl;
        if (shelf)
            out() << "         " << tr("shelved by %1 until %2").arg(shelf->by, when(shelf->until)) << Qt::endl;
        out() << "         " << a.condition.advice << Qt::endl;
    }
}

// The key named: exactly, else the one active key containing it.
QString resolveKey(const alarms::AlarmBook &book, const QString &given, bool shelvedToo, QString *error)
{
    QStringList matches;
    for (const auto &a : book.active(true)) {
        if (a.condition.key == given)
            return given;
        if (a.condition.key.contains(given, Qt::CaseInsensitive))
            matches << a.condition.key;
    }
    if (shelvedToo && book.shelf(given))
        return given;
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty() ? tr("no active alarm matches '%1' ('hawanctl alarms' lists them)").arg(given)
                               : tr("'%1' matches %2 alarms: %3").arg(given).arg(matches.size()).arg(matches.join(QStringLiteral(", ")));
    return {};
}
} // namespace

int alarmsCommand(QCoreApplication &app, core::Fleet &fleet, const AlarmsCall &call)
{
    const QString verb = call.args.value(1, QStringLiteral("list"));
    const bool needsKey = verb == QLatin1String("ack") || verb == QLatin1String("shelve") || verb == QLatin1String("unshelve");
    if (!(verb == QLatin1String("list") && call.args.size() <= 2) && !(needsKey && call.args.size() == 3)) {
        err() << tr("hawanctl: usage: hawanctl alarms [list] [--json] | alarms ack KEY [--comment TEXT] | "
                    "alarms shelve KEY --for 2h [--comment TEXT] | alarms unshelve KEY") << Qt::endl;
        return Usage;
    }
    std::optional<qint64> shelveS;
    if (verb == QLatin1String("shelve")) {
        shelveS = durationSeconds(call.forDuration);
        if (!shelveS || *shelveS <= 0) {
            err() << tr("hawanctl: alarms shelve needs --for with a duration: 30m, 2h, 1d") << Qt::endl;
            return Usage;
        }
    }
    if (needsKey && !fleet.access().canChange()) {
        err() << "hawanctl: " << fleet.access().refusal() << Qt::endl;
        return Failed;
    }
    // The alarms hold once every host, the storage and the links have had their say (or the time is up).
    fleet.startLinkProbes();
    int rc = Ok;
    bool done = false;
    auto finish = [&] {
        if (done)
            return;
        done = true;
        fleet.evaluateAlarms();
        alarms::AlarmBook &book = *fleet.alarms();
        if (verb == QLatin1String("list")) {
            printList(book, call.json);
            rc = book.count(alarms::Severity::Critical, true) > 0 ? Failed : Ok;
            return app.exit(rc);
        }
        QString error;
        const QString key = resolveKey(book, call.args[2], verb == QLatin1String("unshelve"), &error);
        bool ok = !key.isEmpty();
        if (ok && verb == QLatin1String("ack"))
            ok = fleet.acknowledgeAlarm(key, call.comment, &error);
        else if (ok && verb == QLatin1String("shelve"))
            ok = fleet.shelveAlarm(key, QDateTime::currentDateTimeUtc().addSecs(*shelveS), call.comment, &error);
        else if (ok)
            ok = fleet.unshelveAlarm(key, &error);
        if (ok && !fleet.journal()->waitForWritten(10000)) {
            ok = false;
            error = fleet.journal()->error().isEmpty() ? tr("the journal did not reach the disk within 10 s") : fleet.journal()->error();
        }
        if (fleet.auditTrail())
            fleet.auditTrail()->waitForWritten();
        if (!ok) {
            err() << "hawanctl: " << error << Qt::endl;
            rc = Failed;
        } else {
            out() << (verb == QLatin1String("ack") ? tr("Acknowledged: %1") : verb == QLatin1String("shelve") ? tr("Shelved: %1")
                                                                                                               : tr("Unshelved: %1"))
                             .arg(key)
                  << Qt::endl;
        }
        app.exit(rc);
    };
    auto *inv = fleet.inventory();
    auto check = [&] {
        if (inv->allReported() && fleet.storage()->allAnswered() && fleet.linksSettled())
            QTimer::singleShot(0, &app, finish);
    };
    QObject::connect(inv, &model::Inventory::reportedChanged, &app, check);
    QObject::connect(fleet.storage(), &storage::StorageMonitor::changed, &app, check);
    QObject::connect(fleet.probes(), &probes::ProbeHub::linkStateChanged, &app, check);
    QTimer::singleShot(call.timeoutS * 1000, &app, finish);
    fleet.start(true);
    QTimer::singleShot(0, &app, check);
    return app.exec();
}

} // namespace hawanctl
