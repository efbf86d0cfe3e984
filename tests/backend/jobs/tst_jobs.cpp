// The job shape itself: life cycle, cancel before and after start, subjobs, the tracker's bounded
// history, and the fence job running a real command.
#include "jobs/commandjob.h"
#include "jobs/fencejob.h"
#include "jobs/jobtracker.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace hawan;

namespace {

// A job that ends when told to (or at once), for the life-cycle rules.
class ManualJob : public jobs::Job
{
public:
    explicit ManualJob(QString title, bool endAtOnce = false) : m_title(std::move(title)), m_endAtOnce(endAtOnce) {}
    QString title() const override { return m_title; }
    void end(jobs::JobOutcome o, jobs::JobError e = jobs::JobError::None) { finish({o, e, m_title, 0}); }
    using Job::addSubjob;
    int cancels = 0;

protected:
    void doStart() override
    {
        if (m_endAtOnce)
            end(jobs::JobOutcome::Succeeded);
    }
    void doCancel() override
    {
        ++cancels;
        end(jobs::JobOutcome::Failed, jobs::JobError::Hypervisor); // an error after a cancel
    }

private:
    QString m_title;
    bool m_endAtOnce;
};

} // namespace

class TstJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lifeCycle()
    {
        ManualJob job(QStringLiteral("a"));
        QSignalSpy started(&job, &jobs::Job::started), ended(&job, &jobs::Job::ended);
        QVERIFY(!job.isStarted());
        job.start();
        job.start();
        QCOMPARE(started.count(), 1);
        job.end(jobs::JobOutcome::Succeeded);
        job.end(jobs::JobOutcome::Failed);
        QCOMPARE(ended.count(), 1);
        QVERIFY(job.jobResult().succeeded());
    }

    void errorsAfterACancelAreNotErrors()
    {
        ManualJob job(QStringLiteral("a"));
        job.start();
        job.cancel();
        QCOMPARE(job.cancels, 1);
        QCOMPARE(job.jobResult().outcome, jobs::JobOutcome::Cancelled);
    }

    void cancelBeforeStartEndsAtOnce()
    {
        ManualJob job(QStringLiteral("a"));
        job.cancel();
        QVERIFY(job.isFinished());
        QCOMPARE(job.cancels, 0); // its work never ran
        QCOMPARE(job.jobResult().outcome, jobs::JobOutcome::Cancelled);
    }

    void subjobsAreKnownToTheirParent()
    {
        ManualJob parent(QStringLiteral("plan")), child(QStringLiteral("move"));
        QSignalSpy added(&parent, &jobs::Job::subjobAdded);
        parent.addSubjob(&child);
        QCOMPARE(added.count(), 1);
        QCOMPARE(child.parentJob(), &parent);
        QCOMPARE(parent.subjobs(), QList<jobs::Job *>{&child});
    }

    // Old ended jobs are let go (announced first), running ones and subjobs of kept ones never.
    void trackerKeepsABoundedHistory()
    {
        jobs::JobTracker tracker(2);
        QSignalSpy removed(&tracker, &jobs::JobTracker::aboutToRemove);
        auto *running = tracker.add(std::make_unique<ManualJob>(QStringLiteral("running")));
        running->start();
        auto *plan = tracker.add(std::make_unique<ManualJob>(QStringLiteral("plan")));
        auto *move = tracker.add(std::make_unique<ManualJob>(QStringLiteral("move"), true));
        plan->addSubjob(move);
        plan->start();
        move->start();
        plan->end(jobs::JobOutcome::Succeeded);
        for (int i = 0; i < 3; ++i)
            tracker.add(std::make_unique<ManualJob>(QStringLiteral("later %1").arg(i), true))->start();
        QTRY_COMPARE(tracker.jobs().size(), 3); // the running one and the two newest ended ones
        QCOMPARE(tracker.jobs().first(), running);
        QCOMPARE(removed.count(), 3);            // the plan with its move, and the oldest later one
        QCOMPARE(tracker.running(), QList<jobs::Job *>{running});
    }

    void fenceSucceedsOnExitZero()
    {
        jobs::FenceJob job(QStringLiteral("hv1"), QStringLiteral("echo powered off"));
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QVERIFY(job.jobResult().succeeded());
        QCOMPARE(job.jobResult().message, QStringLiteral("powered off"));
    }

    void fenceFailureKeepsTheExitCodeAndOutput()
    {
        jobs::FenceJob job(QStringLiteral("hv1"), QStringLiteral("echo no route to the BMC; exit 3"));
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(job.jobResult().error, jobs::JobError::Fence);
        QCOMPARE(job.jobResult().message, QStringLiteral("the fence command exited with 3: no route to the BMC"));
    }

    // A command past its limit is killed with everything it started (its process group): a shell's
    // background child, the fence agent a wrapper runs, does not act after the job said "failed".
    void timedOutCommandTakesItsChildrenWithIt()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
        jobs::CommandJob job(QStringLiteral("slow"),
                             {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                              QStringLiteral("sleep 60 & echo $! > '%1'; wait").arg(pidFile)}, 1000);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QVERIFY(job.timedOut());
        QCOMPARE(job.jobResult().outcome, jobs::JobOutcome::Failed);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 child = f.readAll().trimmed().toLongLong();
        QVERIFY(child > 0);
        auto gone = [child] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
            if (!stat.open(QIODevice::ReadOnly))
                return true;
            const QByteArray line = stat.readAll();
            return line.mid(line.lastIndexOf(')') + 2, 1) == "Z"; // killed, not yet reaped
        };
        QTRY_VERIFY_WITH_TIMEOUT(gone(), 5000);
    }

    void fenceWithoutCommandSaysSo()
    {
        jobs::FenceJob job(QStringLiteral("hv1"), QString());
        QSignalSpy ended(&job, &jobs::Job::ended);
        job.start();
        QCOMPARE(ended.count(), 0); // never synchronously: a caller connects after start()
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(job.jobResult().message, QStringLiteral("no fence command is configured for this host"));
        job.cancel(); // not cancellable, and over anyway
        QCOMPARE(job.jobResult().error, jobs::JobError::Fence);
    }
};

HAWAN_TEST_MAIN(TstJobs, QCoreApplication)
#include "tst_jobs.moc"
