// The audit trail and what the audit key authenticates. Tampering with a trail (an edited byte, a
// removed record, two swapped records, a cut tail, a replaced key) is detected and located, by
// audit::Trail::verify and by `hawanctl audit verify`; an untouched trail verifies. The journal's
// records and the saved definitions are refused when the key did not sign them as they are: a
// forged `fenced` record does not let a recovery skip its fence, an edited saved definition is
// not used.
#include "audit/key.h"
#include "audit/trail.h"
#include "config/configloader.h"
#include "core/fleet.h"
#include "core/operations.h"
#include "jobs/fencejob.h"
#include "jobs/journal.h"
#include "jobs/planrunner.h"
#include "model/snapshotcache.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace hawan;

namespace {

QByteArrayList lines(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QByteArrayList out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

void writeLines(const QString &path, const QByteArrayList &ls)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const auto &l : ls)
        f.write(l + '\n');
}

QString findingsText(const audit::Verification &v)
{
    QStringList out;
    for (const auto &f : v.findings)
        out << QStringLiteral("line %1: %2").arg(f.line).arg(f.text);
    return out.join(QLatin1Char('\n'));
}

struct Run
{
    int code;
    QString out, err;
};

Run hawanctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HAWANCTL_BIN), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {-1, {}, QStringLiteral("timeout")};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TstAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyIsCreatedOwnerOnlyAndRefusedWhenOthersMayReadIt();
    void tamperingIsDetectedAndLocated_data();
    void tamperingIsDetectedAndLocated();
    void consolesAppendingAtOnceKeepOneChain();
    void fleetRecordsActionsAndOutcomes();
    void forgedFencedRecordDoesNotSkipTheFence();
    void editedSavedDefinitionIsNotUsed();
    void noSecretInTheJournalOrTheTrail();
};

void TstAudit::keyIsCreatedOwnerOnlyAndRefusedWhenOthersMayReadIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conf/hawan/audit.key"));
    QString error;
    QVERIFY(!audit::Key::load(path, false, &error));
    QVERIFY(error.contains(QLatin1String("No such file")));
    bool created = false;
    auto key = audit::Key::load(path, true, &error, &created);
    QVERIFY2(key, qPrintable(error));
    QVERIFY(created);
    QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    auto again = audit::Key::load(path, true, &error, &created);
    QVERIFY(again);
    QVERIFY(!created);
    QCOMPARE(again->id(), key->id());
    QCOMPARE(again->mac("x"), key->mac("x"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QVERIFY(!audit::Key::load(path, false, &error));
    QVERIFY2(error.contains(QLatin1String("chmod 600")), qPrintable(error));
}

void TstAudit::tamperingIsDetectedAndLocated_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("line");     // where verify must point (0 = the trail as a whole)
    QTest::addColumn<QString>("words"); // what it must say there
    QTest::newRow("untouched") << QString() << -1 << QString();
    QTest::newRow("edited byte") << QStringLiteral("edit") << 3 << QStringLiteral("record 3 was edited");
    QTest::newRow("removed record") << QStringLiteral("remove") << 3 << QStringLiteral("record 3 is missing before this line: removed");
    QTest::newRow("swapped records") << QStringLiteral("swap") << 3 << QStringLiteral("record 3 comes later, at line 4");
    QTest::newRow("cut tail") << QStringLiteral("truncate") << 0 << QStringLiteral("cut short: records 5 to 6 (the last written) are missing at the end");
    QTest::newRow("replaced key") << QStringLiteral("rekey") << 0 << QStringLiteral("wrote none of these 6 records");
}

void TstAudit::tamperingIsDetectedAndLocated()
{
    QFETCH(QString, tamper);
    QFETCH(int, line);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key/audit.key"));
    const QString trailPath = dir.filePath(QStringLiteral("audit.jsonl"));
    QString error;
    auto key = audit::Key::load(keyPath, true, &error);
    QVERIFY2(key, qPrintable(error));
    {
        audit::Trail trail(trailPath, key);
        for (int i = 1; i <= 6; ++i)
            QVERIFY(trail.append({QStringLiteral("migrate"), QStringLiteral("vm%1").arg(i), {}, QStringLiteral("succeeded"),
                                  QStringLiteral("Migrate vm%1").arg(i), {}}));
        QVERIFY(trail.waitForWritten());
    }
    QByteArrayList ls = lines(trailPath);
    QCOMPARE(ls.size(), 6);
    if (tamper == QLatin1String("edit"))
        ls[2].replace("vm3", "vm9"); // one byte
    else if (tamper == QLatin1String("remove"))
        ls.removeAt(2);
    else if (tamper == QLatin1String("swap"))
        ls.swapItemsAt(2, 3);
    else if (tamper == QLatin1String("truncate"))
        ls = ls.mid(0, 4);
    if (!tamper.isEmpty() && tamper != QLatin1String("rekey"))
        writeLines(trailPath, ls);
    if (tamper == QLatin1String("rekey")) {
        QFile::remove(keyPath);
        QVERIFY(audit::Key::load(keyPath, true, &error));
    }
    auto checkKey = audit::Key::load(keyPath, false, &error);
    QVERIFY(checkKey);
    const audit::Verification v = audit::Trail::verify(trailPath, *checkKey);
    if (line < 0) {
        QVERIFY2(v.ok(), qPrintable(findingsText(v)));
    } else {
        QVERIFY2(!v.ok(), "tampering not detected");
        QVERIFY2(std::any_of(v.findings.begin(), v.findings.end(),
                             [&](const audit::Finding &f) { return f.line == line && f.text.contains(words); }),
                 qPrintable(findingsText(v)));
    }

    // The same through hawanctl, as an auditor runs it.
    const QString cfg = dir.filePath(QStringLiteral("hawan.toml"));
    {
        QFile f(cfg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((test::fleetConfigText() + QStringLiteral("\n[audit]\nfile = \"%1\"\nkey = \"%2\"\n").arg(trailPath, keyPath)).toUtf8());
    }
    const Run r = hawanctl({QStringLiteral("--config"), cfg, QStringLiteral("audit"), QStringLiteral("verify")});
    if (line < 0) {
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Intact")), qPrintable(r.out + r.err));
    } else {
        QCOMPARE(r.code, 1);
        const QString where = line > 0 ? QStringLiteral("line %1: ").arg(line) : QStringLiteral("trail: ");
        QVERIFY2(r.out.contains(where) && r.out.contains(words) && r.out.contains(QLatin1String("NOT intact")), qPrintable(r.out + r.err));
    }
}

void TstAudit::consolesAppendingAtOnceKeepOneChain()
{
    QTemporaryDir dir;
    QString error;
    auto key = audit::Key::load(dir.filePath(QStringLiteral("audit.key")), true, &error);
    QVERIFY(key);
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    // Two writers of one trail (two consoles), interleaving.
    audit::Trail a(path, key), b(path, key);
    for (int i = 0; i < 40; ++i) {
        QVERIFY((i % 2 ? a : b).append({QStringLiteral("vm-start"), QStringLiteral("vm%1").arg(i), {}, QStringLiteral("started"), {}, {}}));
        if (i % 7 == 0)
            QTest::qWait(1);
    }
    QVERIFY(a.waitForWritten());
    QVERIFY(b.waitForWritten());
    const auto v = audit::Trail::verify(path, *key);
    QCOMPARE(v.records, 40);
    QVERIFY2(v.ok(), qPrintable(findingsText(v)));
}

void TstAudit::fleetRecordsActionsAndOutcomes()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("audit.key"));
    auto cfg = config::ConfigLoader::loadString(
        test::fleetConfigText(QStringLiteral("\n[audit]\nkey = \"%1\"\n").arg(keyPath)), dir.filePath(QStringLiteral("fleet.toml")));
    QVERIFY(cfg);
    const QString trailPath = core::Fleet::auditPath(cfg.value());
    {
        core::Fleet fleet(cfg.value());
        QVERIFY(fleet.auditTrail());
        fleet.start(false);
        auto *inv = fleet.inventory();
        QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 15000));
        const int h = inv->config().hostIndex(QStringLiteral("roma1-hv1"));
        const auto vm = inv->vms(h).at(0);
        jobs::VmActionJob *pause = fleet.requestVmAction(h, vm.uuid, model::VmAction::Pause);
        QVERIFY(QTest::qWaitFor([pause] { return pause->isFinished(); }, 10000));
        QVERIFY(pause->jobResult().succeeded());
        QVERIFY(fleet.setMaintenance(h, true));
        core::Operations(&fleet).recordStorageOverride(QStringLiteral("roma1-hv1"), QStringLiteral("brick replaced, heal running"),
                                                       {QStringLiteral("a brick is down")});
        QTest::qWait(100);
        QVERIFY(fleet.auditTrail()->waitForWritten());
        // The journal is signed too, and whoever reads it with the key trusts it.
        const auto replay = jobs::Journal::read(core::Fleet::journalPath(cfg.value()), jobs::Journal::authenticatedBy(fleet.journal()->sharedKey()));
        QVERIFY2(replay.problems.isEmpty(), qPrintable(replay.problems.join(QLatin1Char('\n'))));
        QVERIFY(replay.maintenance.contains(QStringLiteral("roma1-hv1")));
    }
    auto key = audit::Key::load(keyPath, false, nullptr);
    QVERIFY(key);
    const auto records = audit::Trail::read(trailPath, key.get());
    QStringList seen;
    for (const auto &r : records) {
        QVERIFY(r.authentic);
        seen << r.json.value(QStringLiteral("what")).toString() + QLatin1Char(':') + r.json.value(QStringLiteral("outcome")).toString();
        QVERIFY(!r.json.value(QStringLiteral("user")).toString().isEmpty());
        QVERIFY(!r.json.value(QStringLiteral("machine")).toString().isEmpty());
    }
    QVERIFY2(seen.contains(QLatin1String("vm-pause:started")) && seen.contains(QLatin1String("vm-pause:succeeded"))
                 && seen.contains(QLatin1String("maintenance-on:done")) && seen.contains(QLatin1String("storage-override:done")),
             qPrintable(seen.join(QLatin1Char(' '))));
    const auto over = std::find_if(records.begin(), records.end(), [](const audit::Record &r) {
        return r.json.value(QStringLiteral("what")) == QLatin1String("storage-override");
    });
    QCOMPARE(over->json.value(QStringLiteral("why")).toString(), QStringLiteral("brick replaced, heal running"));
    QVERIFY(audit::Trail::verify(trailPath, *key).ok());
}

void TstAudit::forgedFencedRecordDoesNotSkipTheFence()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("audit.key"));
    // A dead host (the test driver cannot open it) whose fence command fails: a recovery that
    // fences cannot restart anything.
    auto cfg = config::ConfigLoader::loadString(
        test::fleetConfigText(test::ghostHostToml() + QStringLiteral("fence = \"exit 3\"\n\n[audit]\nkey = \"%1\"\n").arg(keyPath)),
        dir.filePath(QStringLiteral("fleet.toml")));
    QVERIFY(cfg);
    const QString journalPath = core::Fleet::journalPath(cfg.value());
    QString planId;
    {
        auto journal = core::Fleet::openJournal(cfg.value(), core::Access{});
        QVERIFY(journal->key());
        jobs::Plan plan = test::oneMovePlan(jobs::Plan::Kind::Recover, QStringLiteral("ghost"), QStringLiteral("ghost-db1"),
                                            QStringLiteral("6a0c0d1e-0000-4000-8000-00000000abcd"), QStringLiteral("ghost"),
                                            QStringLiteral("napoli-hv1"));
        planId = plan.id;
        plan.moves[0].definition = QStringLiteral("<domain type='test'><name>ghost-db1</name><uuid>6a0c0d1e-0000-4000-8000-00000000abcd</uuid>"
                                                  "<memory>1024</memory><os><type>hvm</type></os></domain>");
        QVERIFY(journal->writePlan(plan));
        QVERIFY(journal->waitForWritten());
    }
    // Someone adds "fenced" records by hand: one with no MAC, one with a MAC made up.
    {
        QFile f(journalPath);
        QVERIFY(f.open(QIODevice::Append));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonObject forged{{QStringLiteral("rec"), QStringLiteral("fenced")}, {QStringLiteral("plan"), planId},
                           {QStringLiteral("how"), QStringLiteral("by hand")}, {QStringLiteral("t"), now.toString(Qt::ISODateWithMs)}};
        f.write(QJsonDocument(forged).toJson(QJsonDocument::Compact) + '\n');
        forged.insert(QStringLiteral("mac"), QString(64, QLatin1Char('a')));
        f.write(QJsonDocument(forged).toJson(QJsonDocument::Compact) + '\n');
    }
    core::Fleet fleet(cfg.value());
    const auto &replay = fleet.journal()->replay();
    QVERIFY(replay.plans.contains(planId));
    QVERIFY(replay.plans[planId].fenced.isEmpty());
    QCOMPARE(replay.problems.size(), 2);
    QVERIFY2(replay.problems[0].startsWith(QLatin1String("line 2: not authenticated: it carries no MAC")), qPrintable(replay.problems[0]));
    QVERIFY2(replay.problems[1].startsWith(QLatin1String("line 3: not authenticated: its MAC does not match")), qPrintable(replay.problems[1]));
    fleet.start(false);
    const int ghost = fleet.inventory()->config().hostIndex(QStringLiteral("ghost"));
    QVERIFY(QTest::qWaitFor([&] { return fleet.inventory()->hostStatus(ghost).state == model::HostState::Unreachable; }, 15000));
    // Resumed, the recovery fences first (and, the fence failing, restarts nothing).
    QString error;
    jobs::PlanRunner *runner = fleet.resumePlan(planId, fleet.defaultPlanOptions(), &error);
    QVERIFY2(runner, qPrintable(error));
    auto fenceEnded = [runner] {
        const auto subs = runner->subjobs();
        return std::any_of(subs.begin(), subs.end(), [](jobs::Job *j) { return qobject_cast<jobs::FenceJob *>(j) && j->isFinished(); });
    };
    QVERIFY(QTest::qWaitFor(fenceEnded, 30000));
    QTest::qWait(200);
    QVERIFY(runner->isPaused());
    QCOMPARE(runner->move(0).status, jobs::MoveStatus::Pending);
    fleet.refreshAll();
    QTest::qWait(1500);
    for (int h = 0; h < fleet.inventory()->hostCount(); ++h)
        for (const auto &vm : fleet.inventory()->vms(h))
            QVERIFY(vm.name != QLatin1String("ghost-db1"));
}

void TstAudit::editedSavedDefinitionIsNotUsed()
{
    QTemporaryDir dir;
    QString error;
    auto key = audit::Key::load(dir.filePath(QStringLiteral("audit.key")), true, &error);
    QVERIFY(key);
    const QString cache = dir.filePath(QStringLiteral("ghost.json"));
    model::VmInfo vm = test::vm(QStringLiteral("db1"));
    vm.definition = QStringLiteral("<domain type='kvm'><name>db1</name><devices><disk><source file='/vmstore/db1.img'/></disk></devices></domain>");
    QVERIFY(model::writeSnapshotCache(cache, test::snapshot({vm}), &error, key.get()));
    QVERIFY(model::readSnapshotCache(cache, &error, key.get()));
    // Someone points the saved definition at another disk.
    QByteArray text = [&] { QFile f(cache); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    text.replace("/vmstore/db1.img", "/vmstore/other.img");
    { QFile f(cache); QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); f.write(text); }
    QVERIFY(!model::readSnapshotCache(cache, &error, key.get()));
    QVERIFY2(error.contains(QLatin1String("not authenticated")) && error.contains(QLatin1String("not used")), qPrintable(error));

    // In a fleet: the host is down, its saved snapshot edited: nothing of it is shown, a recovery
    // has nothing to restart, and the console says why.
    const QString keyPath = key->path();
    auto cfg = config::ConfigLoader::loadString(
        test::fleetConfigText(test::ghostHostToml() + QStringLiteral("\n[audit]\nkey = \"%1\"\n").arg(keyPath)),
        dir.filePath(QStringLiteral("fleet.toml")));
    QVERIFY(cfg);
    const QString ghostCache = model::snapshotCachePath(cfg.value().sourceFile, QStringLiteral("ghost"));
    QDir().mkpath(QFileInfo(ghostCache).absolutePath());
    QVERIFY(QFile::copy(cache, ghostCache));
    core::Fleet fleet(cfg.value());
    QStringList said;
    connect(fleet.inventory(), &model::Inventory::logged, this, [&said](const model::LogEntry &e) { said << e.message; });
    fleet.start(false);
    const int ghost = fleet.inventory()->config().hostIndex(QStringLiteral("ghost"));
    QVERIFY(QTest::qWaitFor([&] { return fleet.inventory()->hostStatus(ghost).state == model::HostState::Unreachable; }, 15000));
    QVERIFY(QTest::qWaitFor([&] { return said.join(QLatin1Char('\n')).contains(QLatin1String("saved snapshot of this host was refused")); }, 5000));
    QVERIFY(fleet.inventory()->vms(ghost).isEmpty());
    core::Proposal proposal;
    core::Operations(&fleet).recovery(ghost, &proposal);
    QVERIFY(proposal.plan.moves.isEmpty());
}

void TstAudit::noSecretInTheJournalOrTheTrail()
{
    QTemporaryDir dir;
    QString error;
    auto key = audit::Key::load(dir.filePath(QStringLiteral("audit.key")), true, &error);
    QVERIFY(key);
    const QString def = QStringLiteral("<domain><name>db1</name><devices><graphics type='vnc' port='-1' passwd='s3cret-Pw'/>"
                                       "<graphics type=\"spice\" passwd=\"other&amp;pw\"/></devices></domain>");
    jobs::Plan plan = test::oneMovePlan(jobs::Plan::Kind::Recover, QStringLiteral("h1"), QStringLiteral("db1"), QStringLiteral("u1"),
                                        QStringLiteral("h1"), QStringLiteral("h2"));
    plan.moves[0].definition = def;
    for (const bool withKey : {true, false}) {
        const QString path = dir.filePath(withKey ? QStringLiteral("signed.jsonl") : QStringLiteral("plain.jsonl"));
        {
            jobs::Journal j(path, jobs::Journal::Options{{}, withKey ? key : nullptr, {}});
            QVERIFY(j.writePlan(plan));
            QVERIFY(j.waitForWritten());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(!text.contains("s3cret-Pw") && !text.contains("other&amp;pw"), text.constData());
        const auto replay = jobs::Journal::read(path);
        const QString kept = replay.plans.value(plan.id).plan.moves.value(0).definition;
        if (withKey) {
            QVERIFY(kept.contains(QLatin1String("hawan-sealed:v1:")));
            QCOMPARE(audit::openSecrets(*key, kept), def); // what a restart defines
            auto other = audit::Key::fromBytes(QByteArray(32, 'x'));
            QVERIFY(audit::openSecrets(*other, kept, &error).isNull());
            QVERIFY(error.contains(QLatin1String("does not open")));
        } else {
            QVERIFY(kept.contains(QLatin1String("passwd='***'")));
        }
    }
}

HAWAN_TEST_MAIN(TstAudit, QCoreApplication)
#include "tst_audit.moc"
