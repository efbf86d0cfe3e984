// The migration and restart jobs against real libvirt (the test driver), with single calls made to
// fail, hang or answer garbage through the libvirt function table (lv::Api): what an operator sees
// when a daemon misbehaves mid-job, without the lab.
#include "jobs/migrationjob.h"
#include "jobs/restartjob.h"
#include "libvirt/api.h"
#include "storage/diskleases.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <libvirt/virterror.h>

#include <atomic>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

using namespace hawan;

namespace {

const QString kRunningUuid = QStringLiteral("e33a9ff7-57e9-59d3-a913-38a8faa37658"); // roma1-hv1-atlas-wn00
const QString kNewUuid = QStringLiteral("5d4c1a52-6a0b-4a8e-9f51-0b6f7e1c2d3a");

QString hostUri(const QString &host)
{
    return QStringLiteral("test://%1/hosts/%2.xml").arg(QStringLiteral(HAWAN_FIXTURES), host);
}

jobs::MoveJob::Target target(const QString &uuid)
{
    jobs::MoveJob::Target t;
    t.vmUuid = uuid;
    t.vmName = QStringLiteral("roma1-hv1-atlas-wn00");
    t.sourceHost = QStringLiteral("roma1-hv1");
    t.sourceUri = hostUri(QStringLiteral("roma1-hv1"));
    t.destHost = QStringLiteral("napoli-hv1");
    t.destUri = hostUri(QStringLiteral("napoli-hv1"));
    t.destMigrationUri = QStringLiteral("qemu+tcp://10.77.2.11/system");
    return t;
}

QString newDomainXml()
{
    return QStringLiteral("<domain type='test'><name>recovered-vm</name><uuid>%1</uuid><memory>65536</memory>"
                          "<os><type>hvm</type></os></domain>").arg(kNewUuid);
}

// A migrate call that blocks like a real one until the job is aborted (or a safety limit).
std::atomic<bool> g_aborted{false};
std::atomic<int> g_statsCalls{0};
int hangingMigrate(virDomainPtr, const char *, virTypedParameterPtr, unsigned int, unsigned int)
{
    for (int i = 0; i < 300 && !g_aborted.load(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    virResetLastError();
    return -1;
}
int acceptingAbort(virDomainPtr) { g_aborted = true; return 0; }
// Statistics a confused daemon might send: negative signed values, wrong types, unknown fields.
int garbageStats(virDomainPtr, int *type, virTypedParameterPtr *params, int *n, unsigned int)
{
    ++g_statsCalls;
    *type = VIR_DOMAIN_JOB_UNBOUNDED;
    int max = 0;
    *params = nullptr;
    *n = 0;
    virTypedParamsAddLLong(params, n, &max, VIR_DOMAIN_JOB_DATA_TOTAL, -5);
    virTypedParamsAddString(params, n, &max, VIR_DOMAIN_JOB_DATA_REMAINING, "lots");
    virTypedParamsAddULLong(params, n, &max, VIR_DOMAIN_JOB_DATA_PROCESSED, 4096);
    virTypedParamsAddDouble(params, n, &max, VIR_DOMAIN_JOB_MEMORY_BPS, 1e9);
    virTypedParamsAddInt(params, n, &max, "hawan.unknown", 7);
    return 0;
}
int refusingSpeed(virDomainPtr, unsigned long, unsigned int) { return -1; }

// A daemon that holds the migrate call until it is aborted, answering garbage statistics meanwhile;
// the real table comes back when it goes out of scope.
struct HungMigrationDaemon
{
    lv::ApiOverride restore;
    HungMigrationDaemon()
    {
        lv::api().domainMigrateToURI3 = &hangingMigrate;
        lv::api().domainAbortJob = &acceptingAbort;
        lv::api().domainGetJobStats = &garbageStats;
    }
};
int hangingCreate(virDomainPtr) { std::this_thread::sleep_for(std::chrono::seconds(4)); return -1; }
int failingCreate(virDomainPtr) { return -1; }

} // namespace

class TstMoveJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { g_aborted = false; g_statsCalls = 0; }

    // The test driver cannot migrate: libvirt's own refusal reaches the operator, typed.
    void migrationFailureCarriesLibvirtsMessage()
    {
        jobs::MigrationJob job(target(kRunningUuid), {});
        QSignalSpy ended(&job, &jobs::Job::ended);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(job.result().outcome, jobs::JobOutcome::Failed);
        QCOMPARE(job.jobResult().error, jobs::JobError::Hypervisor);
        QVERIFY2(!job.result().message.isEmpty(), "libvirt's reason is shown");
        QCOMPARE(job.progress().phase, QStringLiteral("failed"));
    }

    void missingVmIsNotFound()
    {
        jobs::MigrationJob job(target(kNewUuid), {});
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(job.jobResult().error, jobs::JobError::NotFound);
    }

    void unreachableSourceIsUnreachable()
    {
        auto t = target(kRunningUuid);
        t.sourceUri = QStringLiteral("test:///nonexistent/host.xml");
        jobs::MigrationJob job(t, {});
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(job.jobResult().error, jobs::JobError::Unreachable);
    }

    // A migration that hangs in the daemon: Cancel aborts it and the result is a cancel, not an
    // error, even though the migrate call returned one.
    void cancelWhileTheDaemonHoldsTheCall()
    {
        HungMigrationDaemon daemon;
        lv::api().domainMigrateSetMaxSpeed = &refusingSpeed;
        jobs::MigrationJob job(target(kRunningUuid), {});
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.progress().phase == QLatin1String("migrating") && g_statsCalls > 0, 5000);
        job.setBandwidthCap(50); // refused by the daemon: retried, never fatal
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 5000);
        QVERIFY(g_aborted.load());
        QCOMPARE(job.result().outcome, jobs::JobOutcome::Cancelled);
        QCOMPARE(job.jobResult().outcome, jobs::JobOutcome::Cancelled);
    }

    // Garbage statistics read as zeros, never as huge or negative figures.
    void garbageStatisticsReadAsZero()
    {
        HungMigrationDaemon daemon;
        jobs::MigrationJob job(target(kRunningUuid), {});
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(g_statsCalls >= 2 && job.progress().dataProcessed == 4096, 5000);
        QCOMPARE(job.progress().dataTotal, quint64(0));
        QCOMPARE(job.progress().dataRemaining, quint64(0));
        QCOMPARE(job.progress().memoryBps, quint64(0));
        QCOMPARE(job.jobProgress().bytesDone, quint64(4096));
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 5000);
    }

    // Past its time limit a hung migration is aborted and reported as timed out (a failure).
    void timeLimitAbortsAHungMigration()
    {
        HungMigrationDaemon daemon;
        jobs::MigrationOptions o;
        o.timeoutS = 1;
        jobs::MigrationJob job(target(kRunningUuid), o);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 6000);
        QCOMPARE(job.result().outcome, jobs::JobOutcome::Failed);
        QCOMPARE(job.jobResult().error, jobs::JobError::TimedOut);
        QVERIFY2(job.result().message.contains(QStringLiteral("keeps running on roma1-hv1")), qPrintable(job.result().message));
    }

    void cancelBeforeStartNeverActs()
    {
        jobs::MigrationJob job(target(kRunningUuid), {});
        QSignalSpy finished(&job, &jobs::MoveJob::finished);
        job.cancel();
        QVERIFY(job.isFinished());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.result().outcome, jobs::JobOutcome::Cancelled);
        job.start(); // too late: nothing happens
        QCOMPARE(finished.count(), 1);
    }

    // Restart on the test driver: defined and started on the destination.
    void restartDefinesAndStarts()
    {
        auto t = target(kNewUuid);
        t.vmName = QStringLiteral("recovered-vm");
        jobs::RestartJob job(t, newDomainXml(), {});
        QStringList phases;
        connect(&job, &jobs::MoveJob::progressChanged, this, [&phases](const jobs::MigrationProgress &p) { phases << p.phase; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(job.result().outcome, jobs::JobOutcome::Succeeded);
        QVERIFY2(phases.contains(QStringLiteral("defining")) && phases.contains(QStringLiteral("starting")), qPrintable(phases.join(',')));
    }

    // Never twice: a VM already running on the destination is not started again.
    void restartOfARunningVmDoesNothing()
    {
        auto t = target(kRunningUuid);
        t.destUri = hostUri(QStringLiteral("roma1-hv1")); // where it runs
        t.destHost = QStringLiteral("roma1-hv1");
        lv::ApiOverride restore;
        lv::api().domainCreate = &failingCreate; // would fail loudly if called
        jobs::RestartJob job(t, newDomainXml(), {});
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(job.result().outcome, jobs::JobOutcome::Succeeded);
        QCOMPARE(job.result().message, QStringLiteral("already running on roma1-hv1"));
    }

    // Never twice, wherever: a host other than the destination that answers and runs the VM (asked
    // just now, not from the last report) stops the restart, named; nothing is defined or started.
    void restartOfAVmRunningOnAnotherHostDoesNothing()
    {
        auto t = target(kRunningUuid); // runs on roma1-hv1; the restart would put it on napoli-hv1
        lv::ApiOverride restore;
        lv::api().domainCreate = &failingCreate; // would fail loudly if called
        jobs::RestartJob job(t, newDomainXml(), {});
        job.setHostsToAsk({{QStringLiteral("napoli-hv2"), hostUri(QStringLiteral("napoli-hv2"))},
                           {QStringLiteral("roma1-hv1"), hostUri(QStringLiteral("roma1-hv1"))}});
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(job.result().outcome, jobs::JobOutcome::Succeeded);
        QCOMPARE(job.result().message,
                 QStringLiteral("not started on napoli-hv1: it already runs on roma1-hv1 (asked just now), so it stays there"));
    }

    // The fence said the source is off, but the lock manager says a host still holds the VM's disk
    // (frozen, not off): nothing is defined or started, and the message names the disk and host.
    void restartOfAVmWhoseDiskIsLeasedDoesNothing()
    {
        QTemporaryDir space;
        const QString disk = QStringLiteral("/vmstore/recovered-vm.img");
        const QString xml = QStringLiteral("<domain type='test'><name>recovered-vm</name><uuid>%1</uuid><memory>65536</memory>"
                                           "<os><type>hvm</type></os><devices><disk type='file' device='disk'>"
                                           "<source file='%2'/><target dev='vda'/></disk></devices></domain>")
                                .arg(kNewUuid, disk);
        const QByteArray lease = QFile::encodeName(space.filePath(storage::leaseFileName(disk)));
        const int fd = ::open(lease.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        struct flock fl{};
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        fl.l_len = 1;
        // As the frozen host's virtlockd holds it (a POSIX lock there, in another process; here an
        // OFD lock, which the check's own open and close of the file cannot release).
        QVERIFY(fd >= 0 && ::fcntl(fd, F_OFD_SETLK, &fl) == 0);
        {
            lv::ApiOverride restore;
            lv::api().domainCreate = &failingCreate; // would fail loudly if called
            jobs::RestartJob job(target(kNewUuid), xml, {});
            job.setLockspaces({space.path()});
            job.setLeaseWaitS(2); // waited on, then refused
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
            QCOMPARE(job.jobResult().error, jobs::JobError::Refused);
            QVERIFY2(job.result().message.startsWith(QStringLiteral("not started on napoli-hv1: the lock manager's lease on its disk "
                                                                    "/vmstore/recovered-vm.img is still held after 2 s, so "
                                                                    "roma1-hv1-atlas-wn00 may still run on roma1-hv1")),
                     qPrintable(job.result().message));
        }
        ::close(fd); // the host is really off: its lock is gone
        jobs::RestartJob again(target(kNewUuid), xml, {});
        again.setLockspaces({space.path()});
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 10000);
        QCOMPARE(again.result().outcome, jobs::JobOutcome::Succeeded);
    }

    void restartThatCannotStartSaysWhereItIs()
    {
        lv::ApiOverride restore;
        lv::api().domainCreate = &failingCreate;
        jobs::RestartJob job(target(kNewUuid), newDomainXml(), {});
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(job.jobResult().error, jobs::JobError::Hypervisor);
        QVERIFY2(job.result().message.startsWith(QStringLiteral("defined on napoli-hv1 but not started")), qPrintable(job.result().message));
    }

    // A destination whose start hangs (storage wedged): the job gives up at its limit naming the step.
    void restartGivesUpWhileStarting()
    {
        lv::ApiOverride restore;
        lv::api().domainCreate = &hangingCreate;
        jobs::MigrationOptions o;
        o.timeoutS = 1;
        jobs::RestartJob job(target(kNewUuid), newDomainXml(), o);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 5000);
        QCOMPARE(job.jobResult().error, jobs::JobError::TimedOut);
        QVERIFY2(job.result().message.contains(QStringLiteral("after 1 s while starting it")), qPrintable(job.result().message));
        // The helper still waits in the hung call; its late answer changes nothing.
        QTest::qWait(3500);
        QCOMPARE(job.jobResult().error, jobs::JobError::TimedOut);
    }
};

HAWAN_TEST_MAIN(TstMoveJobs, QCoreApplication)
#include "tst_movejobs.moc"
