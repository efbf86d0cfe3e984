// The experiment's sweep, run for real on this machine: Roma1's runner is `env` (tests run here,
// in a temporary directory), Napoli has none; the link's emulate command is a small script that
// keeps the "delay" in a file (it stands for the lab's `hawan-lab wan set`, which needs root and
// the lab: tests/lab covers that). Checked: a measurement per delay, the delay put back as it was
// (also when cancelled), notes for what could not run, the run written and read back.
#include "experiments/experiment.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hawan;
using namespace hawan::experiments;

namespace {
// `emulate --show` prints the delay; `emulate --delay 10ms` stores 10 and logs it.
const char *kEmulate = R"(f="$0"; if [ "$1" = --show ]; then cat "$f"; elif [ "$1" = --delay ]; then )"
                       R"(v="${2%ms}"; echo "$v" > "$f"; echo "$v" >> "$f.log"; else exit 2; fi)";

config::Config twoSites(const QString &testDir, const QString &delayFile)
{
    config::Config c;
    c.sourceFile = QStringLiteral("/tmp/experiment-test.toml");
    config::Site roma;
    roma.name = QStringLiteral("Roma1");
    roma.runner = {QStringLiteral("env")};
    roma.testDir = testDir;
    config::Site napoli;
    napoli.name = QStringLiteral("Napoli");
    c.sites = {roma, napoli};
    config::Link l;
    l.name = QStringLiteral("WAN");
    l.siteA = roma.name;
    l.siteB = napoli.name;
    l.emulate = {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kEmulate), delayFile};
    c.links = {l};
    return c;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
}
} // namespace

class TstExperiment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_STATE_HOME", m_dir.filePath(QStringLiteral("state")).toUtf8()); // runs and records kept here
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_delay = m_dir.filePath(QStringLiteral("delay"));
        write(m_delay, "5\n");
        QFile::remove(m_delay + QStringLiteral(".log"));
        QDir(m_dir.filePath(QStringLiteral("vol"))).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("vol"))));
    }

    void sweepMeasuresEachDelayAndPutsItBack()
    {
        ExperimentSpec spec;
        spec.tests = {Test::Metadata};
        spec.delaysMs = {0, 10};
        spec.sizes.metaFiles = 50;
        spec.metaTool = QStringLiteral(HAWANMETA_BIN);
        spec.settleMs = 100;
        ExperimentJob job(twoSites(m_dir.filePath(QStringLiteral("vol")), m_delay), nullptr, nullptr, spec);
        QSignalSpy ended(&job, &jobs::Job::ended);
        job.start();
        QVERIFY(ended.wait(60000));
        QCOMPARE(job.jobResult().outcome, jobs::JobOutcome::Succeeded);
        const ExperimentRun &run = job.run();
        QVERIFY(run.emulated);
        QCOMPARE(run.measurements.size(), 2);
        QCOMPARE(run.measurements[0].delayMs, 0.0);
        QCOMPARE(run.measurements[1].delayMs, 10.0);
        for (const auto &m : run.measurements) {
            QVERIFY2(m.ok(), qPrintable(m.error));
            QCOMPARE(m.site, QStringLiteral("Roma1"));
            QVERIFY(m.figure(QStringLiteral("create_ops_s")) > 0);
        }
        QCOMPARE(read(m_delay), QStringLiteral("5"));                           // as it was
        QCOMPARE(read(m_delay + QStringLiteral(".log")), QStringLiteral("0\n10\n5")); // 0, 10, then back
        QVERIFY(run.notes.join(QLatin1Char(' ')).contains(QLatin1String("Napoli has no runner")));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("vol"))).isEmpty());
        QCOMPARE(job.jobProgress().stepsDone, 2);
        QVERIFY(!QFile::exists(leftoverPath(run.id))); // everything undone: no record left

        // Written where runs are kept, and read back whole.
        QVERIFY(!job.savedTo().isEmpty());
        QFile f(job.savedTo());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ExperimentRun back = ExperimentRun::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        QCOMPARE(back.id, run.id);
        QCOMPARE(back.measurements.size(), 2);
        QCOMPARE(back.spec.delaysMs, spec.delaysMs);
        QCOMPARE(back.spec.tests, spec.tests);
        QCOMPARE(back.link, QStringLiteral("WAN"));
        f.remove();
    }

    // Cancelled while measuring: the measurement cut short is not kept, and the delay goes back.
    void cancelPutsTheDelayBack()
    {
        ExperimentSpec spec;
        spec.tests = {Test::Metadata};
        spec.delaysMs = {20};
        spec.sizes.metaFiles = 200000; // long enough to be cancelled in the middle
        spec.metaTool = QStringLiteral(HAWANMETA_BIN);
        spec.settleMs = 50;
        ExperimentJob job(twoSites(m_dir.filePath(QStringLiteral("vol")), m_delay), nullptr, nullptr, spec);
        QSignalSpy ended(&job, &jobs::Job::ended);
        job.start();
        QTRY_VERIFY(job.jobProgress().phase.startsWith(QLatin1String("metadata at")));
        QCOMPARE(read(m_delay), QStringLiteral("20"));
        // Written down before the delay changed: how to put it back and what to remove.
        const QJsonObject rec = QJsonDocument::fromJson(readBytes(leftoverPath(job.run().id))).object();
        QCOMPARE(rec.value(QLatin1String("config")).toString(), QStringLiteral("/tmp/experiment-test.toml"));
        const QJsonArray undo = rec.value(QLatin1String("undo")).toArray();
        QCOMPARE(undo.size(), 2);
        QVERIFY(undo[0].toObject().value(QLatin1String("argv")).toArray().contains(QStringLiteral("5ms")));
        QVERIFY(undo[1].toObject().value(QLatin1String("what")).toString().contains(QStringLiteral("hawan-exp-")));
        job.cancel();
        QVERIFY(ended.wait(30000));
        QCOMPARE(job.jobResult().outcome, jobs::JobOutcome::Cancelled);
        QCOMPARE(read(m_delay), QStringLiteral("5"));
        QVERIFY(job.run().measurements.isEmpty());
        QTRY_VERIFY(QDir(m_dir.filePath(QStringLiteral("vol"))).isEmpty()); // hawan-meta cleaned up on its way out
        QVERIFY(!QFile::exists(leftoverPath(job.run().id)));
        QFile::remove(job.savedTo());
    }

    // A console killed mid-run left its record (unlocked: its process is gone). The next start's
    // clean-up runs the record's commands and removes it; a record still locked by a running
    // experiment, and one of another configuration, are left alone.
    void killedRunIsUndoneAtNextStart()
    {
        const config::Config cfg = twoSites(m_dir.filePath(QStringLiteral("vol")), m_delay);
        const QString left = m_dir.filePath(QStringLiteral("vol/hawan-exp-killed"));
        QVERIFY(QDir().mkpath(left + QStringLiteral("/sub")));
        write(m_delay, "20\n"); // the sweep's delay, still set
        const QVector<Undo> undo{{QStringLiteral("put the delay back"), cfg.links[0].emulate + QStringList{QStringLiteral("--delay"), QStringLiteral("5ms")}},
                                 {QStringLiteral("remove the run's directory"), {QStringLiteral("rm"), QStringLiteral("-rf"), left}}};
        {
            LeftoverRecord killed(leftoverPath(QStringLiteral("exp-killed")));
            QCOMPARE(killed.write(cfg.sourceFile, QStringLiteral("exp-killed"), undo), QString());
        } // the process "dies": the lock goes, the record stays
        LeftoverRecord other(leftoverPath(QStringLiteral("exp-other-config")));
        QCOMPARE(other.write(QStringLiteral("/elsewhere.toml"), QStringLiteral("exp-other-config"), undo), QString());
        other.release();
        LeftoverRecord live(leftoverPath(QStringLiteral("exp-live")));
        QCOMPARE(live.write(cfg.sourceFile, QStringLiteral("exp-live"), undo), QString());

        LeftoverCleanupJob job(cfg.sourceFile);
        QSignalSpy ended(&job, &jobs::Job::ended);
        job.start();
        QVERIFY(ended.wait(30000));
        QCOMPARE(job.jobResult().outcome, jobs::JobOutcome::Succeeded);
        QCOMPARE(read(m_delay), QStringLiteral("5"));
        QVERIFY(!QFileInfo::exists(left));
        QVERIFY(!QFile::exists(leftoverPath(QStringLiteral("exp-killed"))));
        QVERIFY(QFile::exists(leftoverPath(QStringLiteral("exp-live"))));
        QVERIFY(QFile::exists(leftoverPath(QStringLiteral("exp-other-config"))));
        QCOMPARE(job.done().size(), 2);
        QVERIFY(job.jobResult().message.contains(QLatin1String("exp-killed: put the delay back")));
        QCOMPARE(read(m_delay + QStringLiteral(".log")), QStringLiteral("5")); // the live one's commands did not run
        live.remove();
        QVERIFY(QFile::remove(leftoverPath(QStringLiteral("exp-other-config"))));

        // Nothing left: the clean-up at a start says nothing.
        LeftoverCleanupJob again(cfg.sourceFile);
        QSignalSpy endedAgain(&again, &jobs::Job::ended);
        again.start();
        QVERIFY(endedAgain.wait(30000));
        QVERIFY(again.jobResult().succeeded());
        QVERIFY(again.jobResult().message.isEmpty());
    }

    // An undo command that fails keeps its record for the next start, and says what to do.
    void failedUndoKeepsTheRecord()
    {
        {
            LeftoverRecord r(leftoverPath(QStringLiteral("exp-stuck")));
            QCOMPARE(r.write(QStringLiteral("/tmp/experiment-test.toml"), QStringLiteral("exp-stuck"),
                             {{QStringLiteral("put the delay back"), {QStringLiteral("false")}}}), QString());
        }
        LeftoverCleanupJob job(QStringLiteral("/tmp/experiment-test.toml"));
        QSignalSpy ended(&job, &jobs::Job::ended);
        job.start();
        QVERIFY(ended.wait(30000));
        QCOMPARE(job.jobResult().outcome, jobs::JobOutcome::Failed);
        QVERIFY(job.jobResult().message.contains(QLatin1String("could not put the delay back")));
        QVERIFY(job.jobResult().message.contains(QLatin1String("next start")));
        QVERIFY(QFile::remove(leftoverPath(QStringLiteral("exp-stuck"))));
    }

    // The link's delay cannot be read: nothing is changed, nothing measured, the note says why.
    // The VM tests say why they did not run (no template image; no hosts), and the other tests go on.
    void vmTestsSayWhyTheyDidNotRun()
    {
        ExperimentSpec spec;
        spec.tests = {Test::VmLifecycle, Test::MigrateBusy};
        auto config = twoSites(m_dir.filePath(QStringLiteral("vol")), m_delay);
        {
            ExperimentJob job(config, nullptr, nullptr, spec);
            QVERIFY2(job.run().notes.join(QLatin1Char('\n')).contains(QLatin1String("no hosts to make a test VM on")),
                     qPrintable(job.run().notes.join(QLatin1Char('\n'))));
        }
        config.experiments.vmImage = QStringLiteral("/vol/templates/tiny.img");
        struct NoHosts : VmHosts
        {
            model::Inventory *inventory() const override { return nullptr; }
            jobs::VmActionJob *requestVmAction(int, const QString &, model::VmAction) override { return nullptr; }
            jobs::VmActionJob *requestDefine(int, const QString &, const QString &) override { return nullptr; }
            jobs::MoveJob *launchMove(int, const QString &, int, const jobs::MigrationOptions &, const QString &, QString *) override
            {
                return nullptr;
            }
        } hosts;
        ExperimentJob job(config, nullptr, &hosts, spec);
        const QString notes = job.run().notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("migrate-busy did not run: no busy guest's image")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("WAN has no counters command")), qPrintable(notes));
        // The life cycle is planned from Roma1 (Napoli has no runner to copy a disk with).
        const auto preview = job.preview(10).lines.join(QLatin1Char('\n'));
        QVERIFY2(preview.contains(QLatin1String("At Roma1: makes 1 test VM")), qPrintable(preview));
        QVERIFY2(preview.contains(QLatin1String("to Napoli and back")), qPrintable(preview));
        QVERIFY2(!preview.contains(QLatin1String("At Napoli")), qPrintable(preview));
    }

    void parsesLinkCounters()
    {
        QCOMPARE(parseCounters("123 456\n"), (std::optional<QPair<quint64, quint64>>{{123, 456}}));
        QCOMPARE(parseCounters("  18446744073709551615\t0 "), (std::optional<QPair<quint64, quint64>>{{18446744073709551615ULL, 0}}));
        for (const char *bad : {"", "123", "1 2 3", "12 abc", "-1 5", "RX: 12 TX: 13"})
            QVERIFY2(!parseCounters(bad), bad);
    }

    void unreadableDelayChangesNothing()
    {
        write(m_delay, "not a number\n");
        ExperimentSpec spec;
        spec.tests = {Test::Metadata};
        spec.delaysMs = {10};
        spec.metaTool = QStringLiteral(HAWANMETA_BIN);
        ExperimentJob job(twoSites(m_dir.filePath(QStringLiteral("vol")), m_delay), nullptr, nullptr, spec);
        QSignalSpy ended(&job, &jobs::Job::ended);
        job.start();
        QVERIFY(ended.wait(30000));
        QCOMPARE(read(m_delay), QStringLiteral("not a number"));
        QVERIFY(!QFile::exists(m_delay + QStringLiteral(".log")));
        QVERIFY(job.run().measurements.isEmpty());
        QVERIFY(job.run().notes.join(QLatin1Char(' ')).contains(QLatin1String("Could not read the link's emulated delay")));
        QFile::remove(job.savedTo());
    }

private:
    QTemporaryDir m_dir;
    QString m_delay;
};

HAWAN_TEST_MAIN(TstExperiment, QCoreApplication)
#include "tst_experiment.moc"
