// gluster --xml parsers on real answers captured from the lab's GlusterFS 10 volume (healthy,
// brick down with pending heals, split-brain, errors with opRet != 0), then truncated and garbled variants of
// each: a clear error every time, never a crash, never "healthy" from a broken answer.
#include "storage/glusterxml.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace hawan::storage;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(HAWAN_FIXTURES "/gluster/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
const QString kVol = QStringLiteral("vmstore");
} // namespace

class TstGlusterXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyVolume();
    void brickDown();
    void splitBrain();
    void cliErrors_data();
    void cliErrors();
    void brokenAnswers_data();
    void brokenAnswers();
    void truncatedAndGarbledNeverCrash();
};

void TstGlusterXml::healthyVolume()
{
    auto info = GlusterXml::volumeInfo(fixture(QStringLiteral("healthy-volume-info-vmstore.xml")), kVol);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error()));
    QCOMPARE(info->typeStr, QStringLiteral("Replicate"));
    QCOMPARE(info->replicaCount, 2);
    QCOMPARE(info->arbiterCount, 0);
    QVERIFY(info->started);
    QCOMPARE(info->bricks.size(), 2);
    QCOMPARE(info->bricks[0].host, QStringLiteral("10.77.1.5"));
    QCOMPARE(info->bricks[1].host, QStringLiteral("10.77.2.5"));
    QVERIFY(info->bricks[1].path.endsWith(QStringLiteral("/gluster/napoli/brick")));
    QCOMPARE(info->options.value(QStringLiteral("network.ping-timeout")), QStringLiteral("5"));

    auto st = GlusterXml::volumeStatus(fixture(QStringLiteral("healthy-volume-status-vmstore.xml")), kVol);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error()));
    QCOMPARE(st->bricks.size(), 2);
    QCOMPARE(st->selfHealDaemons.size(), 2);
    for (const auto &b : st->bricks) {
        QVERIFY(b.online);
        QVERIFY(b.port > 0);
        QVERIFY(b.pid > 0);
    }

    auto heal = GlusterXml::healInfo(fixture(QStringLiteral("healthy-volume-heal-vmstore-info-summary.xml")));
    QVERIFY2(heal.ok(), qPrintable(heal.ok() ? QString() : heal.error()));
    QCOMPARE(heal->size(), 2);
    for (const auto &b : heal.value()) {
        QVERIFY(b.connected);
        QCOMPARE(b.pending, 0);
        QCOMPARE(b.splitBrain, 0);
        QCOMPARE(b.possiblyHealing, 0);
    }
    auto sb = GlusterXml::healInfo(fixture(QStringLiteral("healthy-volume-heal-vmstore-info-split-brain.xml")));
    QVERIFY(sb.ok());
    QCOMPARE(sb->at(0).pending, 0);

    auto opts = GlusterXml::volumeOptions(fixture(QStringLiteral("healthy-volume-get-vmstore-all.xml")));
    QVERIFY2(opts.ok(), qPrintable(opts.ok() ? QString() : opts.error()));
    QCOMPARE(opts->value(QStringLiteral("network.ping-timeout")), QStringLiteral("5"));
    QCOMPARE(opts->value(QStringLiteral("cluster.heal-timeout")), QStringLiteral("10"));
    QCOMPARE(opts->value(QStringLiteral("cluster.quorum-type")), QStringLiteral("none"));
}

void TstGlusterXml::brickDown()
{
    auto st = GlusterXml::volumeStatus(fixture(QStringLiteral("brickdown-volume-status-vmstore.xml")), kVol);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error()));
    int offline = 0;
    for (const auto &b : st->bricks)
        offline += b.online ? 0 : 1;
    QCOMPARE(offline, 1);
    auto heal = GlusterXml::healInfo(fixture(QStringLiteral("brickdown-volume-heal-vmstore-info-summary.xml")));
    QVERIFY2(heal.ok(), qPrintable(heal.ok() ? QString() : heal.error()));
    QCOMPARE(heal->size(), 2);
    int disconnected = 0;
    qint64 pending = 0;
    for (const auto &b : heal.value()) {
        if (!b.connected) {
            ++disconnected;
            QVERIFY(!b.status.isEmpty());
            QCOMPARE(b.pending, -1); // unknown, not zero
        } else {
            pending += b.pending;
        }
    }
    QCOMPARE(disconnected, 1);
    QVERIFY(pending > 0);
}

void TstGlusterXml::splitBrain()
{
    // Captured on the lab: replica 2 with quorum and self-heal off, one file written on each side
    // while the other brick was down.
    auto summary = GlusterXml::healInfo(fixture(QStringLiteral("splitbrain-volume-heal-vmstore-info-summary.xml")));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->size(), 2);
    for (const auto &b : summary.value()) {
        QVERIFY(b.connected);
        QCOMPARE(b.splitBrain, 1);
        QCOMPARE(b.pending, 0);
    }
    auto files = GlusterXml::healInfo(fixture(QStringLiteral("splitbrain-volume-heal-vmstore-info-split-brain.xml")));
    QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error()));
    QCOMPARE(files->size(), 2);
    // One side names the file by its path, the other by its GFID only: both are shown.
    QCOMPARE(files->at(0).files, QStringList{QStringLiteral("<gfid:c59ebd47-21c9-432b-b046-69a13d7c3b37>")});
    QCOMPARE(files->at(1).files, QStringList{QStringLiteral("/sb-test.txt")});
    auto status = GlusterXml::volumeStatus(fixture(QStringLiteral("splitbrain-volume-status-vmstore.xml")), kVol);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error()));
    for (const auto &b : status->bricks)
        QVERIFY(b.online); // every brick up, and still not in sync
}

void TstGlusterXml::cliErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("volume info of an unknown volume") << "error-volume-info-nosuchvol.xml" << 0 << "gluster: Volume does not exist";
    QTest::newRow("heal info of an unknown volume") << "error-heal-info-nosuchvol.xml" << 1 << "gluster: Volume nosuchvol does not exist";
}

void TstGlusterXml::cliErrors()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    const QByteArray xml = fixture(file);
    const QString error = kind == 0 ? GlusterXml::volumeInfo(xml, QStringLiteral("nosuchvol")).error()
                                    : GlusterXml::healInfo(xml).error();
    QCOMPARE(error, expected);
}

void TstGlusterXml::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "empty answer (no XML at all)";
    QTest::newRow("a shell error instead of XML") << QByteArray("Connection failed. Please check if gluster daemon is operational.\n")
                                                  << "not valid XML at line 1, column 1: Start tag expected.";
    QTest::newRow("not gluster") << QByteArray("<html><body>proxy error</body></html>")
                                 << "no <cliOutput> element: not an answer of gluster --xml";
    QTest::newRow("no opRet") << QByteArray("<cliOutput><healInfo><bricks/></healInfo></cliOutput>")
                              << "no <opRet> in the answer: it was cut short or is not from gluster";
    QTest::newRow("opRet not a number") << QByteArray("<cliOutput><opRet>zero</opRet></cliOutput>") << "<opRet> is not a number: 'zero'";
    QTest::newRow("connected brick without counts")
        << QByteArray("<cliOutput><opRet>0</opRet><healInfo><bricks><brick><name>h:/b</name><status>Connected</status>"
                      "<totalNumberOfEntries>x</totalNumberOfEntries></brick></bricks></healInfo></cliOutput>")
        << "brick h:/b is connected but its entry count is missing or not a number";
    QTest::newRow("deep nesting") << QByteArray("<cliOutput>") + QByteArray("<a>").repeated(100) << "XML nested deeper than 32 levels at line 1";
}

void TstGlusterXml::brokenAnswers()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const auto r = GlusterXml::healInfo(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), expected);
}

void TstGlusterXml::truncatedAndGarbledNeverCrash()
{
    const QStringList files = QDir(QStringLiteral(HAWAN_FIXTURES "/gluster")).entryList({QStringLiteral("*.xml")});
    QVERIFY(files.size() >= 8);
    QRandomGenerator rng(42);
    int garbledAccepted = 0, garbled = 0;
    for (const QString &f : files) {
        const QByteArray xml = fixture(f);
        auto parseAll = [](const QByteArray &x) {
            return std::array<bool, 4>{GlusterXml::volumeInfo(x, kVol).ok(), GlusterXml::volumeStatus(x, kVol).ok(),
                                       GlusterXml::healInfo(x).ok(), GlusterXml::volumeOptions(x).ok()};
        };
        // Every cut of a real answer (a stalled ssh, a full pipe) is an error for every parser.
        for (int cut = 0; cut < xml.size() - 14; cut += std::max<int>(1, int(xml.size() / 97))) {
            const auto ok = parseAll(xml.left(cut));
            for (bool b : ok)
                QVERIFY2(!b, qPrintable(QStringLiteral("%1 cut at %2 parsed as valid").arg(f).arg(cut)));
        }
        // Flipped bytes: any outcome but a crash; count how many still parse.
        for (int round = 0; round < 200; ++round) {
            QByteArray g = xml;
            for (int k = 0; k < 3; ++k)
                g[int(rng.bounded(quint32(g.size())))] = char(rng.bounded(256));
            const auto ok = parseAll(g);
            garbledAccepted += std::count(ok.begin(), ok.end(), true);
            ++garbled;
        }
    }
    qInfo("%d garbled answers, %d parser results still valid (flips inside text values)", garbled, garbledAccepted);
}

HAWAN_TEST_MAIN(TstGlusterXml, QCoreApplication)
#include "tst_glusterxml.moc"
