// A VM another manager owns (OpenStack Nova: its libvirt definition carries Nova's nova:instance
// metadata) is never moved, restarted, defined or removed through libvirt, behind that manager's
// back: plans leave it where it is saying why, and the fleet refuses a migration, a restart from
// its definition, defining it, and removing its definition. On libvirt's test driver.
#include "config/configloader.h"
#include "core/fleet.h"
#include "core/operations.h"
#include "jobs/migratedialog.h"
#include "libvirt/domainxml.h"

#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace hawan;

namespace {
// The domain as Nova's libvirt driver writes it (trimmed), as a test-driver domain: its metadata
// names the instance (fixtures/nova-domain.xml).
QByteArray novaDomain()
{
    QFile f(QStringLiteral(HAWAN_FIXTURES "/nova-domain.xml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const char kUuid[] = "5f0c6a2e-8d1b-4c57-9a66-0d6f4f3b2a11";

std::optional<config::Config> configWithNovaVm(QTemporaryDir &dir)
{
    QFile in(QStringLiteral(HAWAN_FIXTURES "/hosts/napoli-hv1.xml"));
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString xml = QString::fromUtf8(in.readAll());
    xml.replace(QStringLiteral("  <pool "), QString::fromUtf8(novaDomain()) + QStringLiteral("  <pool "));
    QFile out(dir.filePath(QStringLiteral("napoli-hv1.xml")));
    if (!out.open(QIODevice::WriteOnly) || out.write(xml.toUtf8()) < 0)
        return std::nullopt;
    out.close();
    QString text = test::fleetConfigText();
    text.replace(QStringLiteral(HAWAN_FIXTURES "/hosts/napoli-hv1.xml"), out.fileName());
    auto cfg = config::ConfigLoader::loadString(text, dir.filePath(QStringLiteral("fleet.toml")));
    if (!cfg)
        return std::nullopt;
    return cfg.value();
}

bool refused(jobs::Job *job)
{
    return job && QTest::qWaitFor([job] { return job->isFinished(); }, 10000) && job->jobResult().error == jobs::JobError::Refused
        && job->jobResult().message.contains(QLatin1String("managed by OpenStack Nova"));
}
} // namespace

class TstManaged : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void novaMetadataIsRecognised()
    {
        QByteArray domain = novaDomain();
        QVERIFY(!domain.isEmpty());
        domain.replace("<test:runstate>1</test:runstate>", "");
        QCOMPARE(lv::parseDomainXml(domain).managedBy, QStringLiteral("OpenStack Nova"));
        QCOMPARE(lv::parseDomainXml(domain).vcpus, 1u);
        // Another program's <instance> in its own namespace is not Nova's.
        QByteArray other = domain;
        other.replace("http://openstack.org/xmlns/libvirt/nova/1.1", "http://example.org/inventory");
        QVERIFY(lv::parseDomainXml(other).managedBy.isEmpty());
        QVERIFY(lv::domainManager("<domain><name>plain</name></domain>").isEmpty());
    }

    void theLibvirtPathRefusesANovaVm()
    {
        QTemporaryDir dir;
        auto cfg = configWithNovaVm(dir);
        QVERIFY(cfg);
        core::Fleet fleet(*cfg);
        fleet.start(false);
        auto *inv = fleet.inventory();
        QVERIFY(QTest::qWaitFor([inv] { return inv->allReported(); }, 15000));
        const int n1 = cfg->hostIndex(QStringLiteral("napoli-hv1")), n2 = cfg->hostIndex(QStringLiteral("napoli-hv2"));
        const model::VmInfo *nova = nullptr;
        for (const auto &vm : inv->vms(n1))
            if (vm.uuid == QLatin1String(kUuid))
                nova = &vm;
        QVERIFY(nova);
        QCOMPARE(nova->managedBy, QStringLiteral("OpenStack Nova"));

        // An evacuation's plan leaves it where it is, saying why; the host's other VMs still move.
        core::Operations ops(&fleet);
        core::Proposal proposal;
        ops.evacuation(n1, -1, &proposal);
        bool blocked = false;
        for (const auto &b : proposal.plan.blocked)
            blocked |= b.vmUuid == QLatin1String(kUuid) && b.reason.contains(QLatin1String("managed by OpenStack Nova"))
                && b.reason.contains(QLatin1String("openstack server migrate"));
        QVERIFY(blocked);
        for (const auto &m : proposal.plan.moves)
            QVERIFY(m.vmUuid != QLatin1String(kUuid));
        // So does a recovery's.
        const jobs::Plan recover = jobs::Planner(*inv).recoverHost(n1);
        for (const auto &m : recover.moves)
            QVERIFY(m.vmUuid != QLatin1String(kUuid));

        // The migrate dialog (a drag and drop) says so and offers no Migrate.
        {
            widgets::MigrateDialog dialog(inv, n1, QString::fromLatin1(kUuid), n2);
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("migrateChecks"))->text().contains(QLatin1String("managed by OpenStack Nova")));
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("migrateGo"))->isEnabled());
        }

        // The fleet itself refuses, whatever a front end asks: a migration…
        QString error;
        QVERIFY(!fleet.launchMove(n1, QString::fromLatin1(kUuid), n2, {}, {}, &error));
        QVERIFY2(error.contains(QLatin1String("managed by OpenStack Nova")), qPrintable(error));
        // …a restart from its definition elsewhere…
        error.clear();
        QVERIFY(!fleet.launchMove(n1, QStringLiteral("another-uuid"), n2, {}, nova->definition, &error));
        QVERIFY(error.contains(QLatin1String("managed by OpenStack Nova")));
        // …a one-VM migration (its plan's only move fails, nothing moved)…
        jobs::MoveJob *mig = fleet.startMigration(n1, QString::fromLatin1(kUuid), n2, {}, &error);
        if (mig) {
            QVERIFY(QTest::qWaitFor([mig] { return mig->isFinished(); }, 10000));
            QVERIFY(!mig->jobResult().succeeded());
        }
        // …defining it on another host, and removing its definition.
        QVERIFY(refused(fleet.requestDefine(n2, QStringLiteral("instance-0000002a"), nova->definition)));
        QVERIFY(refused(fleet.requestVmAction(n1, QString::fromLatin1(kUuid), model::VmAction::Undefine)));
        fleet.refreshAll();
        QTest::qWait(500);
        int copies = 0;
        for (int h = 0; h < inv->hostCount(); ++h)
            for (const auto &vm : inv->vms(h))
                copies += vm.uuid == QLatin1String(kUuid) ? 1 : 0;
        QCOMPARE(copies, 1); // where Nova put it, and only there
    }
};

HAWAN_TEST_MAIN(TstManaged, QApplication)
#include "tst_managed.moc"
