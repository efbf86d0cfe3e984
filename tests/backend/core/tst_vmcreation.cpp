// "New VM" and "Delete" against libvirt's test driver: the template copied by the site's runner
// (`env`, here: this machine, a temporary directory standing for the shared volume), the VM defined
// and started on the host, then undefined with its disk removed; refusals say why and leave nothing.
#include "config/configloader.h"
#include "core/fleet.h"
#include "core/vmcreation.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hawan;

namespace {
const model::VmInfo *findVm(const model::Inventory *inv, int host, const QString &name)
{
    for (const auto &v : inv->vms(host))
        if (v.name == name)
            return &v;
    return nullptr;
}

jobs::JobResult runJob(jobs::Job *job)
{
    QSignalSpy ended(job, &jobs::Job::ended);
    job->start();
    if (!ended.wait(20000))
        return {jobs::JobOutcome::Failed, jobs::JobError::TimedOut, QStringLiteral("did not end"), 0};
    return job->jobResult();
}
} // namespace

class TstVmCreation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cfg = config::ConfigLoader::loadString(test::fleetConfigText(), m_dir.filePath(QStringLiteral("fleet.toml")));
        QVERIFY(cfg.ok());
        m_config = cfg.value();
        for (auto &s : m_config.sites) {
            s.runner = {QStringLiteral("env")};
            s.testDir = m_dir.filePath(QStringLiteral("vol"));
        }
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("vol/templates"))));
        m_config.experiments.vmImage = m_dir.filePath(QStringLiteral("vol/templates/tiny.img"));
        m_config.experiments.vmDomainType = QStringLiteral("test"); // the test driver's own type
        QFile t(m_config.experiments.vmImage);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(QByteArray(4096, 'x'));
        t.close();
        m_fleet = std::make_unique<core::Fleet>(m_config);
        m_fleet->start(false);
        QVERIFY(QTest::qWaitFor([this] { return m_fleet->inventory()->allReported(); }, 15000));
    }

    void createStartDelete()
    {
        const auto *inv = m_fleet->inventory();
        const int host = m_config.hostIndex(QStringLiteral("napoli-hv2"));
        core::CreateVmJob create(m_config, m_fleet.get(), {host, QStringLiteral("napoli-vm1"), m_config.experiments.vmImage, 128, true});
        auto r = runJob(&create);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        const QString disk = m_dir.filePath(QStringLiteral("vol/napoli-vm1.img"));
        QVERIFY2(r.message.contains(disk), qPrintable(r.message));
        QCOMPARE(QFile(disk).size(), qint64(4096));
        QTRY_VERIFY(findVm(inv, host, QStringLiteral("napoli-vm1")) && findVm(inv, host, QStringLiteral("napoli-vm1"))->state == model::VmState::Running);
        model::VmInfo vm = *findVm(inv, host, QStringLiteral("napoli-vm1"));
        QCOMPARE(vm.memoryKiB, quint64(128 * 1024));
        QCOMPARE(core::madeDisks(m_config, host, vm), QStringList{disk});

        // Running: not deleted.
        core::DeleteVmJob early(m_config, m_fleet.get(), host, vm);
        r = runJob(&early);
        QVERIFY(!r.succeeded());
        QVERIFY2(r.message.contains(QLatin1String("shut it down first")), qPrintable(r.message));
        QVERIFY(QFile::exists(disk));

        QVERIFY(runJob(m_fleet->requestVmAction(host, vm.uuid, model::VmAction::Destroy)).succeeded());
        QTRY_VERIFY(findVm(inv, host, QStringLiteral("napoli-vm1"))->state == model::VmState::ShutOff);
        vm = *findVm(inv, host, QStringLiteral("napoli-vm1"));
        core::DeleteVmJob del(m_config, m_fleet.get(), host, vm);
        r = runJob(&del);
        QVERIFY2(r.succeeded(), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("disk removed: ") + disk), qPrintable(r.message));
        QTRY_VERIFY(!findVm(inv, host, QStringLiteral("napoli-vm1")));
        QVERIFY(!QFile::exists(disk));
    }

    void refusalsSayWhyAndLeaveNothing()
    {
        const int host = m_config.hostIndex(QStringLiteral("roma1-hv1"));
        const QString taken = m_fleet->inventory()->vms(host).first().name;
        auto refused = [&](const core::CreateVmJob::Request &req, const char *why) {
            core::CreateVmJob job(m_config, m_fleet.get(), req);
            const auto r = runJob(&job);
            QVERIFY(!r.succeeded());
            QVERIFY2(r.message.contains(QLatin1String(why)), qPrintable(r.message));
        };
        refused({host, taken, m_config.experiments.vmImage, 64, false}, "is on roma1-hv1 already");
        refused({host, QStringLiteral("bad name;rm"), m_config.experiments.vmImage, 64, false}, "is not a VM name");
        // A file in the way (another VM's disk, say): never overwritten.
        QFile f(m_dir.filePath(QStringLiteral("vol/roma-vm9.img")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep");
        f.close();
        refused({host, QStringLiteral("roma-vm9"), m_config.experiments.vmImage, 64, false}, "exists already");
        QCOMPARE(f.size(), qint64(4));
        // A template that is not there: the copy fails, nothing is defined, nothing is left.
        refused({host, QStringLiteral("roma-vm10"), m_dir.filePath(QStringLiteral("vol/templates/none.img")), 64, false}, "copying");
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("vol/roma-vm10.img"))));
        QVERIFY(!findVm(m_fleet->inventory(), host, QStringLiteral("roma-vm10")));
        // No template configured, or no runner at the site.
        config::Config none = m_config;
        none.experiments.vmImage.clear();
        QVERIFY(core::cannotCreateAt(none, host).contains(QLatin1String("vm_image")));
        none = m_config;
        none.sites[0].runner.clear();
        QVERIFY(core::cannotCreateAt(none, host).contains(QLatin1String("Roma1 has no runner")));
        QVERIFY(core::cannotCreateAt(m_config, host).isEmpty());
    }

    void onlyTheDisksHawanMadeAreDeleted()
    {
        model::VmInfo vm;
        vm.name = QStringLiteral("web1");
        vm.disks = {m_dir.filePath(QStringLiteral("vol/web1.img")), m_dir.filePath(QStringLiteral("vol/data.img")),
                    QStringLiteral("/elsewhere/web1.img")};
        QStringList kept;
        QCOMPARE(core::madeDisks(m_config, 0, vm, &kept), QStringList{vm.disks[0]});
        QCOMPARE(kept, (QStringList{vm.disks[1], vm.disks[2]}));
        QVERIFY(core::validVmName(QStringLiteral("roma1-vm.2_a")));
        for (const char *bad : {"", "-x", ".x", "a b", "a;b", "a/b"})
            QVERIFY2(!core::validVmName(QString::fromLatin1(bad)), bad);
    }

private:
    QTemporaryDir m_dir;
    config::Config m_config;
    std::unique_ptr<core::Fleet> m_fleet;
};

HAWAN_TEST_MAIN(TstVmCreation, QCoreApplication)
#include "tst_vmcreation.moc"
