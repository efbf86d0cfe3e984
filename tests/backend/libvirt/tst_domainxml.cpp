// Domain definitions fill what a driver's statistics leave out (vCPUs, memory, disks).
#include "libvirt/domainxml.h"
#include "testmain.h"

#include <QCoreApplication>

using namespace hawan::lv;

class TstDomainXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void garbage();
};

void TstDomainXml::parse_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<uint>("vcpus");
    QTest::addColumn<quint64>("memKiB");
    QTest::addColumn<quint64>("curKiB");
    QTest::addColumn<QStringList>("disks");

    QTest::newRow("MiB units, file disk, cdrom skipped")
        << QStringLiteral("<domain><name>a</name><memory unit='MiB'>4096</memory><currentMemory unit='MiB'>2048</currentMemory>"
                          "<vcpu>4</vcpu><devices><disk type='file' device='disk'><source file='/g/a.qcow2'/><target dev='vda'/></disk>"
                          "<disk type='file' device='cdrom'><source file='/iso/x.iso'/><target dev='sda'/></disk></devices></domain>")
        << 4u << quint64(4194304) << quint64(2097152) << QStringList{"/g/a.qcow2"};
    QTest::newRow("default KiB, current vcpus, network and block disks")
        << QStringLiteral("<domain><memory>65536</memory><vcpu current='2'>8</vcpu><devices>"
                          "<disk type='network' device='disk'><source protocol='gluster' name='vmstore/b.img'/><target dev='vda'/></disk>"
                          "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vdb'/></disk>"
                          "<disk type='file' device='disk'><target dev='vdc'/></disk></devices></domain>")
        << 2u << quint64(65536) << quint64(65536) << QStringList{"vmstore/b.img", "/dev/sdb", "vdc"};
    QTest::newRow("GiB and bytes")
        << QStringLiteral("<domain><memory unit='GiB'>2</memory><currentMemory unit='b'>1073741824</currentMemory><vcpu>1</vcpu></domain>")
        << 1u << quint64(2097152) << quint64(1048576) << QStringList{};
}

void TstDomainXml::parse()
{
    QFETCH(QString, xml);
    const VmDefinition d = parseDomainXml(xml.toUtf8());
    QVERIFY2(d.valid, qPrintable(d.error));
    QTEST(uint(d.vcpus), "vcpus");
    QTEST(d.memoryKiB, "memKiB");
    QTEST(d.currentMemoryKiB, "curKiB");
    QTEST(d.disks, "disks");
}

void TstDomainXml::garbage()
{
    for (const char *bad : {"<domain><memory>12</domain>", "not xml at all <", "<domain><vcpu>2</vcpu>"}) {
        const VmDefinition d = parseDomainXml(QByteArray(bad));
        QVERIFY2(!d.valid, bad);
        QVERIFY(!d.error.isEmpty());
    }
}

HAWAN_TEST_MAIN(TstDomainXml, QCoreApplication)
#include "tst_domainxml.moc"
