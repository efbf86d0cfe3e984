// The append-only journal: what is written is read back; a line cut short by a crash or garbage
// costs only that line; open plans are found; an unwritable journal says so and refuses to act.
#include "jobs/journal.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>
#include <QTest>

using namespace hawan::jobs;

namespace {

Plan samplePlan(const QString &id = QStringLiteral("p1"))
{
    Plan p;
    p.id = id;
    p.kind = Plan::Kind::Host;
    p.subject = QStringLiteral("roma1-hv2");
    p.created = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00.000Z"), Qt::ISODateWithMs);
    for (int i = 0; i < 3; ++i) {
        PlannedMove m;
        m.vmUuid = QStringLiteral("uuid-%1").arg(i);
        m.vmName = QStringLiteral("vm%1").arg(i);
        m.from = QStringLiteral("roma1-hv2");
        m.to = i == 2 ? QStringLiteral("napoli-hv1") : QStringLiteral("roma1-hv1");
        m.memoryKiB = 65536;
        m.vcpus = 1;
        m.crossesWan = i == 2;
        m.why = QStringLiteral("same site, most free memory");
        p.moves << m;
    }
    p.blocked << BlockedVm{QStringLiteral("uuid-x"), QStringLiteral("x"), QStringLiteral("roma1-hv2"), QStringLiteral("too big")};
    p.warnings << QStringLiteral("stale");
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}


// A journal's lines as an older run would have written them: plan `id` of `kind` created at `at`,
// its moves, and (if `state` is set) its end, an hour later.
QByteArray oldPlanLines(const QString &id, const QDateTime &at, const QString &state, Plan::Kind kind = Plan::Kind::Host)
{
    Plan p = samplePlan(id);
    p.kind = kind;
    auto line = [](QJsonObject o, const QDateTime &t) {
        o.insert(QStringLiteral("t"), t.toString(Qt::ISODateWithMs));
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    };
    QJsonObject plan = Journal::planToJson(p);
    plan.insert(QStringLiteral("rec"), QStringLiteral("plan"));
    QByteArray out = line(plan, at);
    out += line({{QStringLiteral("rec"), QStringLiteral("move")}, {QStringLiteral("plan"), id}, {QStringLiteral("move"), 0},
                 {QStringLiteral("status"), QStringLiteral("started")}}, at.addSecs(60));
    if (!state.isEmpty())
        out += line({{QStringLiteral("rec"), QStringLiteral("state")}, {QStringLiteral("plan"), id}, {QStringLiteral("state"), state}},
                    at.addSecs(3600));
    return out;
}

QByteArray markLine(const QString &host, bool on, const QDateTime &at)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("rec"), QStringLiteral("maintenance")}, {QStringLiteral("host"), host},
                                     {QStringLiteral("on"), on}, {QStringLiteral("t"), at.toString(Qt::ISODateWithMs)}})
               .toJson(QJsonDocument::Compact) + '\n';
}

// Two months of history: ended plans old and recent, an old recovery, a plan left open, marks set
// and cleared, and a line of garbage.
QByteArray history()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime old = now.addDays(-60);
    return oldPlanLines(QStringLiteral("oldfin"), old, QStringLiteral("finished"))
        + oldPlanLines(QStringLiteral("oldabort"), old, QStringLiteral("aborted"))
        + oldPlanLines(QStringLiteral("oldrecover"), old, QStringLiteral("finished"), Plan::Kind::Recover)
        + oldPlanLines(QStringLiteral("oldopen"), old, QStringLiteral("paused"))
        + markLine(QStringLiteral("h1"), true, old) + markLine(QStringLiteral("h1"), false, old) + markLine(QStringLiteral("h1"), true, old)
        + markLine(QStringLiteral("h2"), true, old) + markLine(QStringLiteral("h2"), false, old)
        + "{garbage\n"
        + oldPlanLines(QStringLiteral("newfin"), now.addDays(-2), QStringLiteral("finished"));
}
} // namespace

class TstJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void lineCutShortByACrash();
    void garbageCostsOnlyItsLine();
    void openPlansAndMaintenance();
    void unwritableJournalRefuses();
    void slowDiskNeverBlocksTheCaller();
    void failedWriteStopsTheJournal();
    void recordsOfOtherConsolesAreSeen();
    void compactionKeepsWhatMatters();
    void compactionOnlyWhenAlone();
    void readableByItsOwnerOnly();

private:
    QTemporaryDir m_dir;
};

void TstJournal::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("rt/journal.jsonl")); // folder created on demand
    {
        Journal j(path);
        QVERIFY2(j.isWritable(), qPrintable(j.error()));
        PlanOptions opt;
        opt.maxPerHost = 3;
        opt.maxPerLink = 1;
        opt.move.bandwidthMiBs = 7;
        opt.move.autoConverge = true;
        opt.move.timeoutS = 120;
        QVERIFY(j.writePlan(samplePlan(), opt));
        QVERIFY(j.writePlanState(QStringLiteral("p1"), PlanState::Running));
        QVERIFY(j.writeMoveStarted(QStringLiteral("p1"), 0));
        QVERIFY(j.writeMoveEnded(QStringLiteral("p1"), 0, MoveStatus::Succeeded));
        QVERIFY(j.writeMoveStarted(QStringLiteral("p1"), 1));
        QVERIFY(j.writeMoveEnded(QStringLiteral("p1"), 1, MoveStatus::Failed, QStringLiteral("operation failed: job 'migration out' failed")));
        QVERIFY(j.waitForWritten());
        // What the writer holds in memory equals what a reader finds in the file.
        const JournaledPlan &live = j.replay().plans.value(QStringLiteral("p1"));
        QCOMPARE(live.moves[0].status, MoveStatus::Succeeded);
    }
    const JournalReplay r = Journal::read(path);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join('\n')));
    QCOMPARE(r.planOrder, QStringList{"p1"});
    const JournaledPlan &p = r.plans.value(QStringLiteral("p1"));
    QCOMPARE(p.plan.moves, samplePlan().moves);
    QCOMPARE(p.plan.blocked, samplePlan().blocked);
    QCOMPARE(p.plan.warnings, samplePlan().warnings);
    QCOMPARE(p.plan.created, samplePlan().created);
    // A resumed plan runs with the options it was started with.
    QCOMPARE(p.options.maxPerHost, 3);
    QCOMPARE(p.options.maxPerLink, 1);
    QCOMPARE(p.options.move.bandwidthMiBs, quint64(7));
    QVERIFY(p.options.move.autoConverge);
    QCOMPARE(p.options.move.timeoutS, 120);
    QCOMPARE(p.moves[0].status, MoveStatus::Succeeded);
    QCOMPARE(p.moves[1].status, MoveStatus::Failed);
    QCOMPARE(p.moves[1].message, QStringLiteral("operation failed: job 'migration out' failed"));
    QCOMPARE(p.moves[2].status, MoveStatus::Pending);
    QCOMPARE(p.state, PlanState::Running);
    QVERIFY(p.moves[1].startedAt.isValid() && p.moves[1].endedAt.isValid());
    // One JSON object per line, each line complete.
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.endsWith('\n'));
    QCOMPARE(bytes.count('\n'), 6);
}

void TstJournal::lineCutShortByACrash()
{
    const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
    {
        Journal j(path);
        QVERIFY(j.writePlan(samplePlan()));
        QVERIFY(j.writeMoveStarted(QStringLiteral("p1"), 0));
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"rec\":\"move\",\"plan\":\"p1\",\"move\":0,\"sta"); // the process died here
    }
    JournalReplay r = Journal::read(path);
    QCOMPARE(r.problems, QStringList{"line 3: cut short (the writer stopped mid-line); skipped"});
    QCOMPARE(r.plans.value(QStringLiteral("p1")).moves[0].status, MoveStatus::Started); // in flight: to reconcile
    // Reopening ends the broken line, so new records parse.
    {
        Journal j(path);
        QVERIFY(j.writeMoveEnded(QStringLiteral("p1"), 0, MoveStatus::Succeeded, QStringLiteral("completed while the console was away")));
    }
    r = Journal::read(path);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems[0].startsWith(QStringLiteral("line 3: not a JSON object")));
    QCOMPARE(r.plans.value(QStringLiteral("p1")).moves[0].status, MoveStatus::Succeeded);
}

void TstJournal::garbageCostsOnlyItsLine()
{
    Journal j(m_dir.filePath(QStringLiteral("unused.jsonl")));
    const QByteArray plan = QJsonDocument([] {
        QJsonObject o = Journal::planToJson(samplePlan());
        o.insert(QStringLiteral("rec"), QStringLiteral("plan"));
        return o;
    }()).toJson(QJsonDocument::Compact);
    const QByteArray data = plan + "\n"
        "\x01\x02 binary junk\n"
        "[1,2,3]\n"
        "{\"rec\":\"move\",\"plan\":\"nope\",\"move\":0,\"status\":\"started\"}\n"
        "{\"rec\":\"move\",\"plan\":\"p1\",\"move\":7,\"status\":\"started\"}\n"
        "{\"rec\":\"plan\",\"plan\":\"p2\",\"kind\":\"teleport\",\"moves\":[]}\n"
        "{\"rec\":\"wat\",\"plan\":\"p1\"}\n"
        "{\"rec\":\"move\",\"plan\":\"p1\",\"move\":2,\"status\":\"started\"}\n";
    const JournalReplay r = Journal::parse(data);
    QCOMPARE(r.problems.size(), 6);
    QVERIFY(r.problems[0].startsWith(QStringLiteral("line 2: not a JSON object")));
    QVERIFY(r.problems[1].startsWith(QStringLiteral("line 3: not a JSON object")));
    QCOMPARE(r.problems[2], QStringLiteral("line 4: record 'move' for unknown plan 'nope'"));
    QCOMPARE(r.problems[3], QStringLiteral("line 5: plan p1 has no move 7"));
    QCOMPARE(r.problems[4], QStringLiteral("line 6: a plan record needs 'plan', a known 'kind' and a 'moves' array"));
    QCOMPARE(r.problems[5], QStringLiteral("line 7: unknown record 'wat'"));
    QCOMPARE(r.plans.value(QStringLiteral("p1")).moves[2].status, MoveStatus::Started);
    QVERIFY(Journal::parse(QByteArray()).plans.isEmpty());
}

void TstJournal::openPlansAndMaintenance()
{
    Journal j(m_dir.filePath(QStringLiteral("open.jsonl")));
    for (const char *id : {"done", "aborted", "open", "paused"}) {
        QVERIFY(j.writePlan(samplePlan(QString::fromLatin1(id))));
        QVERIFY(j.writePlanState(QString::fromLatin1(id), PlanState::Running));
    }
    QVERIFY(j.writePlanState(QStringLiteral("done"), PlanState::Finished));
    QVERIFY(j.writePlanState(QStringLiteral("aborted"), PlanState::Aborted));
    QVERIFY(j.writePlanState(QStringLiteral("paused"), PlanState::Paused));
    QVERIFY(j.writeMaintenance(QStringLiteral("roma1-hv2"), true));
    QVERIFY(j.writeMaintenance(QStringLiteral("roma1-hv1"), true));
    QVERIFY(j.writeMaintenance(QStringLiteral("roma1-hv1"), false));
    QVERIFY(j.waitForWritten());
    const JournalReplay r = Journal::read(j.path());
    QStringList open;
    for (const JournaledPlan *p : r.openPlans())
        open << p->plan.id;
    QCOMPARE(open, (QStringList{"open", "paused"}));
    QCOMPARE(r.maintenance, QSet<QString>{QStringLiteral("roma1-hv2")});
}

void TstJournal::unwritableJournalRefuses()
{
    // A path under a regular file cannot be created, even by root.
    QFile blocker(m_dir.filePath(QStringLiteral("afile")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Journal j(m_dir.filePath(QStringLiteral("afile/journal.jsonl")));
    QVERIFY(!j.isWritable());
    QVERIFY2(j.error().startsWith(QStringLiteral("cannot open the journal ") + m_dir.filePath(QStringLiteral("afile/journal.jsonl"))),
             qPrintable(j.error()));
    QVERIFY(!j.writePlan(samplePlan()));
    QVERIFY(!j.writeMaintenance(QStringLiteral("roma1-hv1"), true));
}

void TstJournal::slowDiskNeverBlocksTheCaller()
{
    Journal::setWriteDelayForTesting(300);
    auto restore = qScopeGuard([] { Journal::setWriteDelayForTesting(0); });
    const QString path = m_dir.filePath(QStringLiteral("slow.jsonl"));
    Journal j(path);
    QVERIFY(j.writePlan(samplePlan()));
    QVERIFY(j.writeMoveStarted(QStringLiteral("p1"), 0));
    // Back before the disk has them: queued, and already what the journal knows.
    QVERIFY(j.backlog() > 0);
    QCOMPARE(j.replay().plans.value(QStringLiteral("p1")).moves[0].status, MoveStatus::Started);
    bool called = false, ok = false;
    QByteArray onDisk;
    j.whenWritten(this, [&](bool written) {
        called = true;
        ok = written;
        onDisk = fileBytes(path);
    });
    QVERIFY(!called);
    int ticks = 0;
    QTimer t;
    t.setInterval(10);
    connect(&t, &QTimer::timeout, this, [&] { ++ticks; });
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
    QVERIFY(ok);
    QVERIFY(ticks > 3); // the caller's event loop kept turning while the writer waited
    QCOMPARE(onDisk.count('\n'), 2);
    QVERIFY(onDisk.contains("\"status\":\"started\""));
    QCOMPARE(j.backlog(), 0);
    // Nothing outstanding: still called back, but never from inside whenWritten.
    called = false;
    j.whenWritten(this, [&](bool written) { called = written; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TstJournal::failedWriteStopsTheJournal()
{
    // A real write failure: the file may not grow past its current size (EFBIG), as on a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
    const QString path = m_dir.filePath(QStringLiteral("full.jsonl"));
    Journal j(path);
    QSignalSpy failed(&j, &Journal::failed);
    QVERIFY(j.writePlan(samplePlan()));
    QVERIFY(j.waitForWritten());
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit lim = old;
    lim.rlim_cur = rlim_t(QFileInfo(path).size() + 10);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &lim), 0);
    auto restore = qScopeGuard([&] { setrlimit(RLIMIT_FSIZE, &old); });
    QVERIFY(j.writeMoveStarted(QStringLiteral("p1"), 0));
    bool called = false, ok = true;
    j.whenWritten(this, [&](bool written) {
        called = true;
        ok = written;
    });
    QTRY_VERIFY(called);
    QVERIFY(!ok);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(j.error().startsWith(QStringLiteral("cannot write the journal %1: ").arg(path)), qPrintable(j.error()));
    // Nothing more is accepted in this run, so no later record can land without this one.
    QVERIFY(!j.isWritable());
    QVERIFY(!j.writeMoveEnded(QStringLiteral("p1"), 0, MoveStatus::Succeeded));
    setrlimit(RLIMIT_FSIZE, &old);
    // The disk has the plan and at most a line cut short, reported as such; the move never started.
    const JournalReplay r = Journal::read(path);
    QCOMPARE(r.plans.value(QStringLiteral("p1")).moves[0].status, MoveStatus::Pending);
    QVERIFY(r.problems.size() <= 1);
}

void TstJournal::recordsOfOtherConsolesAreSeen()
{
    // Two writers on one file, as two consoles (or a console and hawanctl) would be.
    const QString path = m_dir.filePath(QStringLiteral("shared.jsonl"));
    Journal mine(path), theirs(path);
    QSignalSpy seen(&mine, &Journal::othersWrote);
    QVERIFY(mine.writeMaintenance(QStringLiteral("roma1-hv1"), true));
    QVERIFY(mine.waitForWritten());
    QVERIFY(theirs.writePlan(samplePlan()));
    QVERIFY(theirs.writeMaintenance(QStringLiteral("napoli-hv1"), true));
    QVERIFY(theirs.waitForWritten());
    QVERIFY(mine.writeMaintenance(QStringLiteral("roma1-hv2"), true));
    QVERIFY(mine.waitForWritten());
    mine.pollOthers();
    QTRY_COMPARE(seen.count(), 1);
    // Only what the other wrote, in order; our own records are not echoed back.
    const auto records = seen.first().first().value<QVector<QJsonObject>>();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].value(QStringLiteral("rec")).toString(), QStringLiteral("plan"));
    QCOMPARE(records[1].value(QStringLiteral("host")).toString(), QStringLiteral("napoli-hv1"));
    QCOMPARE(mine.replay().maintenance, (QSet<QString>{"roma1-hv1", "roma1-hv2", "napoli-hv1"}));
    QVERIFY(mine.replay().plans.contains(QStringLiteral("p1")));
    QCOMPARE(mine.replay().plans.value(QStringLiteral("p1")).owner, Journal::selfOwner());
    // Nothing new: no signal.
    mine.pollOthers();
    QTest::qWait(200);
    QCOMPARE(seen.count(), 1);
    // An owner that is this process, another machine or nobody is not a live other console.
    QVERIFY(!Journal::ownerAlive(Journal::selfOwner()));
    QVERIFY(!Journal::ownerAlive(QStringLiteral("elsewhere.example.org:1")));
    QVERIFY(!Journal::ownerAlive(QString()));
    // Another machine's plan is named as such (the console asks before resuming it); ours is not.
    QCOMPARE(Journal::ownerMachineElsewhere(QStringLiteral("elsewhere.example.org:1")), QStringLiteral("elsewhere.example.org"));
    QVERIFY(Journal::ownerMachineElsewhere(Journal::selfOwner()).isEmpty());
}

// Compaction leaves out plans that ended more than 30 days ago and superseded maintenance marks,
// and changes nothing the console acts on: open plans, marks, recoveries, unreadable lines.
void TstJournal::compactionKeepsWhatMatters()
{
    const QByteArray before = history();
    int dropped = 0;
    const QByteArray after = Journal::compacted(before, QDateTime::currentDateTimeUtc().addDays(-Journal::kCompactAfterDays), &dropped);
    const JournalReplay a = Journal::parse(before), b = Journal::parse(after);
    QCOMPARE(dropped, 2 * 3 + 4); // two ended plans of 3 records, 4 of the 5 marks
    QCOMPARE(b.planOrder, (QStringList{"oldrecover", "oldopen", "newfin"}));
    QCOMPARE(b.maintenance, a.maintenance);
    QCOMPARE(b.maintenance, QSet<QString>{"h1"});
    QCOMPARE(b.openPlans().size(), 1);
    QCOMPARE(b.openPlans().first()->plan.id, QStringLiteral("oldopen"));
    QCOMPARE(b.plans.value(QStringLiteral("oldrecover")).moves[0].status, MoveStatus::Started);
    QVERIFY(after.contains("{garbage\n"));
    QCOMPARE(b.problems.size(), 1);
    // Nothing more to leave out the second time.
    QCOMPARE(Journal::compacted(after, QDateTime::currentDateTimeUtc().addDays(-Journal::kCompactAfterDays), &dropped), after);
    QCOMPARE(dropped, 0);
}

// Only a process alone with the journal compacts it: another console holding it open keeps the
// file (and its descriptor) valid until it lets go.
void TstJournal::compactionOnlyWhenAlone()
{
    Journal::setCompactThresholdForTesting(1);
    auto restore = qScopeGuard([] { Journal::setCompactThresholdForTesting(0); });
    const QString path = m_dir.filePath(QStringLiteral("compact.jsonl"));
    auto writeHistory = [&] {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write(history());
    };
    writeHistory();
    {
        Journal first(path); // alone: compacts
        QVERIFY(first.isWritable());
        QVERIFY(!first.replay().plans.contains(QStringLiteral("oldfin")));
        QCOMPARE(first.replay().openPlans().size(), 1);
        QVERIFY(fileBytes(path).startsWith("{\"rec\":\"note\""));
        writeHistory(); // more old history lands while it is open (as appended by an older version)
        Journal second(path); // not alone: leaves the file as it is
        QVERIFY(second.replay().plans.contains(QStringLiteral("oldfin")));
        QVERIFY(first.writeMaintenance(QStringLiteral("h3"), true));
        QVERIFY(first.waitForWritten());
        second.pollOthers();
        QTRY_VERIFY(second.replay().maintenance.contains(QStringLiteral("h3")));
    }
    Journal third(path); // alone again
    QVERIFY(!third.replay().plans.contains(QStringLiteral("oldfin")));
    QVERIFY(third.replay().maintenance.contains(QStringLiteral("h3")));
    QVERIFY(third.replay().plans.contains(QStringLiteral("oldrecover")));
}

// The journal holds the VMs' definitions, console passwords included: owner only, and a journal
// an older version left world-readable is closed up when opened.
void TstJournal::readableByItsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("private/journal.jsonl"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.setPermissions(old.permissions() | QFile::ReadOther | QFile::ReadGroup);
    }
    Journal j(path);
    QVERIFY2(j.isWritable(), qPrintable(j.error()));
    QVERIFY(j.writePlan(samplePlan(), PlanOptions{}));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
}

HAWAN_TEST_MAIN(TstJournal, QCoreApplication)
#include "tst_journal.moc"
