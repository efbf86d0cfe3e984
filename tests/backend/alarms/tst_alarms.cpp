// Alarms: raised for a condition, cleared once it has been gone a moment (history kept),
// acknowledged and shelved through the journal so every console and hawanctl on it agree, refused
// for a viewer, recorded in the audit trail; and the conditions the fleet raises from what it sees
// (a host that does not answer, on libvirt's test driver).
#include "alarms/alarmbook.h"
#include "config/configloader.h"
#include "core/alarmwatch.h"
#include "core/fleet.h"
#include "jobs/journal.h"

#include "testfixtures.h"
#include "testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hawan;
using alarms::AlarmBook;
using alarms::Condition;
using alarms::Severity;

namespace {
Condition brick(Severity s = Severity::Critical)
{
    return Condition{QStringLiteral("brick-offline/vmstore/n1:/b"), QStringLiteral("brick-offline"), QStringLiteral("vmstore/n1:/b"),
                     s, QStringLiteral("Brick n1:/b of vmstore is offline"), QStringLiteral("Bring it back"), false};
}

std::unique_ptr<jobs::Journal> journalAt(const QString &path)
{
    jobs::Journal::Options o;
    o.key = test::auditKey();
    return std::make_unique<jobs::Journal>(path, o);
}

std::optional<config::Config> fleetConfig(QTemporaryDir &dir, const QString &extra = {})
{
    // The journal: the configuration's default one (under this test's XDG_STATE_HOME), shared by its fleets.
    auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(extra), dir.filePath(QStringLiteral("fleet.toml")));
    if (!cfg) {
        qWarning().noquote() << config::ConfigLoader::formatErrors(cfg.error());
        return std::nullopt;
    }
    return cfg.value();
}
} // namespace

class TstAlarms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { AlarmBook::setClearHoldForTesting(0); }

    void raisedKeptAndClearedAfterTheHold()
    {
        AlarmBook book(nullptr);
        QSignalSpy raised(&book, &AlarmBook::raised), cleared(&book, &AlarmBook::cleared);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        book.update({brick()}, t0);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(book.active().size(), 1);
        QCOMPARE(book.count(Severity::Critical, true), 1);
        book.update({brick()}, t0.addSecs(2));
        QCOMPARE(raised.size(), 1); // raised once, not on every look
        // Gone for a moment (a round that failed to say, a flap): still active.
        book.update({}, t0.addSecs(3));
        book.update({}, t0.addSecs(5));
        QCOMPARE(book.active().size(), 1);
        book.update({brick()}, t0.addSecs(6)); // back: the same occurrence
        book.update({}, t0.addSecs(7));
        book.update({}, t0.addMSecs(7000 + AlarmBook::kClearHoldMs));
        QCOMPARE(book.active().size(), 0);
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(book.history().size(), size_t(1));
        QCOMPARE(book.history().front().raisedAt, t0);
        QVERIFY(book.history().front().clearedAt.isValid());
        // Worse now: a new occurrence, worst first.
        Condition other = brick(Severity::Warning);
        other.key = QStringLiteral("link-rtt/WAN");
        book.update({other, brick()}, t0.addSecs(60));
        QCOMPARE(book.active().first().condition.key, brick().key);
        QCOMPARE(raised.size(), 3);
    }

    void thousandsOfConditionsAreKeptByKey()
    {
        // A national network: one condition per crashed VM, thousands at once, each raised once.
        AlarmBook book(nullptr);
        QSignalSpy raised(&book, &AlarmBook::raised), changed(&book, &AlarmBook::changed);
        QVector<Condition> conds;
        for (int i = 0; i < 5000; ++i) {
            Condition c = brick(Severity::Major);
            c.key = QStringLiteral("vm-crashed/h%1/vm%2").arg(i / 32).arg(i);
            conds << c;
        }
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        book.update(conds, t0);
        QCOMPARE(raised.size(), 5000);
        QCOMPARE(changed.size(), 1);
        book.update(conds, t0.addSecs(2)); // the same: nothing raised, nothing changed
        QCOMPARE(raised.size(), 5000);
        QCOMPARE(changed.size(), 1);
        conds.removeLast();
        book.update(conds, t0.addSecs(4));
        book.update(conds, t0.addMSecs(4000 + AlarmBook::kClearHoldMs));
        QCOMPARE(book.active().size(), 4999);
        QCOMPARE(book.history().front().condition.key, QStringLiteral("vm-crashed/h156/vm4999"));
    }

    void acknowledgementsAreSharedThroughTheJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        auto ja = journalAt(path), jb = journalAt(path);
        AlarmBook a(ja.get()), b(jb.get());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        a.update({brick()}, now);
        b.update({brick()}, now.addSecs(2)); // each console raises its own occurrence
        QString error;
        QVERIFY2(a.acknowledge(brick().key, QStringLiteral("mario@roma"), QStringLiteral("restarting it"), &error), qPrintable(error));
        QVERIFY(a.find(brick().key)->acknowledged());
        QVERIFY(!a.acknowledge(brick().key, QStringLiteral("luigi@napoli"), {}, &error)); // once
        QVERIFY(error.contains(QLatin1String("already acknowledged by mario@roma")));
        QVERIFY(ja->waitForWritten());
        QSignalSpy changed(&b, &AlarmBook::changed);
        QTRY_VERIFY_WITH_TIMEOUT((jb->pollOthers(), b.find(brick().key)->acknowledged()), 5000);
        QCOMPARE(b.find(brick().key)->ackBy, QStringLiteral("mario@roma"));
        QCOMPARE(b.find(brick().key)->ackComment, QStringLiteral("restarting it"));
        QVERIFY(!changed.isEmpty());

        // A console started later reads it from the journal, for the occurrence it raises now…
        auto jc = journalAt(path);
        AlarmBook c(jc.get());
        c.update({brick()}, QDateTime::currentDateTimeUtc());
        QVERIFY(c.find(brick().key)->acknowledged());
        // …but the condition coming back after it ended is a new alarm, to be acknowledged again.
        const QDateTime later = QDateTime::currentDateTimeUtc();
        c.update({}, later);
        c.update({}, later.addMSecs(AlarmBook::kClearHoldMs));
        QCOMPARE(c.active().size(), 0);
        c.update({brick()}, later.addMSecs(AlarmBook::kClearHoldMs + 1000));
        QVERIFY(!c.find(brick().key)->acknowledged());
        // An acknowledgement for something long past does not cover a new occurrence either.
        AlarmBook d(jc.get());
        d.update({brick()}, QDateTime::currentDateTimeUtc().addSecs(AlarmBook::kAckSkewS + 60));
        QVERIFY(!d.find(brick().key)->acknowledged());
    }

    void anUnsignedAcknowledgementIsNotApplied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        auto j = journalAt(path);
        AlarmBook book(j.get());
        book.update({brick()});
        QSignalSpy untrusted(j.get(), &jobs::Journal::untrusted);
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("rec"), QStringLiteral("alarm")}, {QStringLiteral("op"), QStringLiteral("ack")},
                                          {QStringLiteral("key"), brick().key}, {QStringLiteral("by"), QStringLiteral("forger")},
                                          {QStringLiteral("t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}})
                    .toJson(QJsonDocument::Compact) + '\n');
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT((j->pollOthers(), !untrusted.isEmpty()), 5000);
        QVERIFY(!book.find(brick().key)->acknowledged());
    }

    void anEventIsClearedByItsAcknowledgement()
    {
        QTemporaryDir dir;
        auto j = journalAt(dir.filePath(QStringLiteral("journal.jsonl")));
        AlarmBook book(j.get());
        Condition failed{QStringLiteral("job-failed/me:1/7"), QStringLiteral("job-failed"), QStringLiteral("me:1/7"), Severity::Major,
                         QStringLiteral("Migration of web1 failed"), QStringLiteral("See the Jobs panel"), true};
        book.update({failed});
        book.update({}); // no condition to end: it stays
        book.update({}, QDateTime::currentDateTimeUtc().addSecs(60));
        QCOMPARE(book.active().size(), 1);
        QVERIFY(book.acknowledge(failed.key, QStringLiteral("mario@roma"), {}));
        QCOMPARE(book.active().size(), 0);
        QCOMPARE(book.history().front().ackBy, QStringLiteral("mario@roma"));
        book.update({failed}); // an event is raised once
        QCOMPARE(book.active().size(), 0);
    }

    void shelvedAlarmsAreHiddenUntilTheirTime()
    {
        QTemporaryDir dir;
        auto j = journalAt(dir.filePath(QStringLiteral("journal.jsonl")));
        AlarmBook book(j.get());
        QSignalSpy raised(&book, &AlarmBook::raised);
        QString error;
        QVERIFY(!book.shelve(brick().key, QDateTime::currentDateTimeUtc().addSecs(-1), QStringLiteral("me"), {}, &error));
        QVERIFY(book.shelve(brick().key, QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("mario@roma"),
                            QStringLiteral("brick rebuilt today"), &error));
        book.update({brick()});
        QCOMPARE(raised.size(), 0); // no notification
        QCOMPARE(book.active().size(), 0);
        QCOMPARE(book.active(true).size(), 1);
        QCOMPARE(book.count(Severity::Warning), 0);
        QCOMPARE(book.shelf(brick().key)->comment, QStringLiteral("brick rebuilt today"));
        // Shared: another book on the journal sees the shelf.
        QVERIFY(j->waitForWritten());
        auto j2 = journalAt(dir.filePath(QStringLiteral("journal.jsonl")));
        AlarmBook other(j2.get());
        QVERIFY(other.shelf(brick().key));
        // It runs out on its own.
        book.update({brick()}, QDateTime::currentDateTimeUtc().addSecs(3601));
        QVERIFY(!book.shelf(brick().key, QDateTime::currentDateTimeUtc().addSecs(3601)));
        QVERIFY(book.unshelve(brick().key, QStringLiteral("me"), &error) == false); // nothing to unshelve now
        QVERIFY(other.unshelve(brick().key, QStringLiteral("me"), &error));
        QVERIFY(!other.shelf(brick().key));
    }

    void compactionKeepsRecentNotesAndLiveShelves()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto rec = [](const QString &op, const QDateTime &t, const QDateTime &until = {}) {
            QJsonObject o{{QStringLiteral("rec"), QStringLiteral("alarm")}, {QStringLiteral("op"), op},
                          {QStringLiteral("key"), QStringLiteral("k")}, {QStringLiteral("t"), t.toString(Qt::ISODateWithMs)}};
            if (until.isValid())
                o.insert(QStringLiteral("until"), until.toString(Qt::ISODateWithMs));
            return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        };
        const QByteArray data = rec(QStringLiteral("ack"), now.addDays(-60)) + rec(QStringLiteral("ack"), now.addDays(-1))
            + rec(QStringLiteral("shelve"), now.addDays(-40), now.addDays(30)) + rec(QStringLiteral("shelve"), now.addDays(-40), now.addDays(-35));
        int dropped = 0;
        const QByteArray out = jobs::Journal::compacted(data, now.addDays(-jobs::Journal::kCompactAfterDays), &dropped);
        QCOMPARE(dropped, 2);
        QCOMPARE(jobs::Journal::parse(out).alarmNotes.size(), 2);
    }

    void aHostThatDoesNotAnswerRaisesAnAlarmAViewerCannotAcknowledge()
    {
        QTemporaryDir dir;
        auto cfg = fleetConfig(dir, test::ghostHostToml());
        QVERIFY(cfg);
        core::Fleet fleet(*cfg);
        fleet.start(false);
        const QString key = QStringLiteral("host-unreachable/ghost");
        QTRY_VERIFY_WITH_TIMEOUT((fleet.evaluateAlarms(), fleet.alarms()->find(key) != nullptr), 15000);
        const alarms::Alarm *a = fleet.alarms()->find(key);
        QCOMPARE(a->condition.severity, Severity::Major);
        QVERIFY(a->condition.text.startsWith(QLatin1String("ghost does not answer")));
        QVERIFY(!a->condition.advice.isEmpty());
        QCOMPARE(fleet.alarms()->active().size(), 1); // the test-driver hosts answer

        // A viewer sees it and is refused.
        core::Fleet viewer(*cfg, core::Access::decide(*cfg, true));
        viewer.start(false);
        QTRY_VERIFY_WITH_TIMEOUT((viewer.evaluateAlarms(), viewer.alarms()->find(key) != nullptr), 15000);
        QString error;
        QVERIFY(!viewer.acknowledgeAlarm(key, QStringLiteral("x"), &error));
        QCOMPARE(error, viewer.access().refusal());
        QVERIFY(!viewer.shelveAlarm(key, QDateTime::currentDateTimeUtc().addSecs(60), {}, &error));
        QVERIFY(!viewer.unshelveAlarm(key, &error));

        // The operator acknowledges: journaled (the viewer follows it) and in the audit trail.
        QVERIFY2(fleet.acknowledgeAlarm(key, QStringLiteral("known: ghost is not racked"), &error), qPrintable(error));
        QVERIFY(fleet.journal()->waitForWritten());
        QTRY_VERIFY_WITH_TIMEOUT(viewer.alarms()->find(key)->acknowledged(), 10000);
        QCOMPARE(viewer.alarms()->find(key)->ackComment, QStringLiteral("known: ghost is not racked"));
        QVERIFY(fleet.auditTrail()->waitForWritten());
        bool audited = false;
        for (const auto &r : audit::Trail::read(fleet.auditTrail()->path(), &fleet.auditTrail()->key()))
            audited |= r.authentic && r.json.value(QStringLiteral("what")).toString() == QLatin1String("alarm-ack")
                && r.json.value(QStringLiteral("subject")).toString() == key
                && r.json.value(QStringLiteral("why")).toString() == QLatin1String("known: ghost is not racked");
        QVERIFY(audited);
    }

    void aRecoveryIsSaidNeededForAHostSilentWithRunningVms()
    {
        // The inventory as a fleet would hold it: napoli-hv1 last seen with two running VMs, silent
        // for longer than AlarmWatch::kRecoveryAfterS.
        config::Config cfg;
        cfg.sites = {config::Site{}, config::Site{}};
        cfg.sites[0].name = QStringLiteral("Roma1");
        cfg.sites[1].name = QStringLiteral("Napoli");
        cfg.hosts = {test::host(QStringLiteral("roma1-hv1"), QStringLiteral("Roma1"), QStringLiteral("test:///default")),
                     test::host(QStringLiteral("napoli-hv1"), QStringLiteral("Napoli"), QStringLiteral("test:///default"))};
        model::Inventory inv(cfg);
        model::HostStatus up;
        up.state = model::HostState::Up;
        up.stateSince = QDateTime::currentDateTimeUtc();
        inv.applyStatus(0, up);
        inv.applySnapshot(1, test::snapshot({test::vm(QStringLiteral("web1")), test::vm(QStringLiteral("db1"))}));
        model::HostStatus down;
        down.state = model::HostState::Unreachable;
        down.reason = QStringLiteral("Connection refused");
        down.stateSince = QDateTime::currentDateTimeUtc().addSecs(-core::AlarmWatch::kRecoveryAfterS - 5);
        inv.applyStatus(1, down);
        auto conds = core::alarmConditions(inv, nullptr, nullptr, nullptr, QDateTime::currentDateTimeUtc());
        QStringList keys;
        for (const auto &c : conds)
            keys << c.key;
        QVERIFY2(keys.contains(QStringLiteral("host-unreachable/napoli-hv1")), qPrintable(keys.join(',')));
        QVERIFY(keys.contains(QStringLiteral("recovery-needed/napoli-hv1")));
        // Not while it is in maintenance, nor just after it went silent.
        inv.setMaintenance(1, true);
        conds = core::alarmConditions(inv, nullptr, nullptr, nullptr, QDateTime::currentDateTimeUtc());
        QCOMPARE(conds.size(), 1);
        QCOMPARE(conds.first().severity, Severity::Warning);
        inv.setMaintenance(1, false);
        conds = core::alarmConditions(inv, nullptr, nullptr, nullptr, down.stateSince.addSecs(10));
        QCOMPARE(conds.size(), 1);
    }

    void aCrashedVmOnAHostThatAnswersIsAnAlarm()
    {
        config::Config cfg;
        cfg.sites = {config::Site{}};
        cfg.sites[0].name = QStringLiteral("Roma1");
        cfg.hosts = {test::host(QStringLiteral("roma1-hv1"), QStringLiteral("Roma1"), QStringLiteral("test:///default"))};
        model::Inventory inv(cfg);
        model::HostStatus up;
        up.state = model::HostState::Up;
        up.stateSince = up.lastUpdate = QDateTime::currentDateTimeUtc();
        inv.applyStatus(0, up);
        inv.applySnapshot(0, test::snapshot({test::vm(QStringLiteral("web1")), test::vm(QStringLiteral("db1"), model::VmState::Crashed)}));
        const auto conds = core::alarmConditions(inv, nullptr, nullptr, nullptr, QDateTime::currentDateTimeUtc());
        QCOMPARE(conds.size(), 1);
        QCOMPARE(conds.first().key, QStringLiteral("vm-crashed/roma1-hv1/db1"));
        QCOMPARE(conds.first().severity, Severity::Major);
        QVERIFY(conds.first().advice.contains(QLatin1String("/var/log/libvirt/qemu/db1.log")));
    }
};

HAWAN_TEST_MAIN(TstAlarms, QCoreApplication)
#include "tst_alarms.moc"
