// One measurement at one site, run for real on this machine: the site's runner is `env` (it runs
// the command here), the test directory a temporary one. hawan-meta and fio (Debian's) run, their
// reports are read into figures, nothing is left behind; a tool that fails, a missing runner or a
// bad directory give a measurement with the reason instead of figures.
#include "experiments/measure.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

using namespace hawan;
using namespace hawan::experiments;

namespace {
config::Site here(const QString &dir, const QStringList &runner = {QStringLiteral("env")})
{
    config::Site s;
    s.name = QStringLiteral("Roma1");
    s.runner = runner;
    s.testDir = dir;
    return s;
}

Measurement measure(Test test, const config::Site &site, const Sizes &sizes)
{
    MeasureJob job(test, site, sizes, QStringLiteral(HAWANMETA_BIN), QStringLiteral("t1"));
    QSignalSpy ended(&job, &jobs::Job::ended);
    job.start();
    if (!ended.wait(120000))
        qFatal("the measurement did not end within 2 minutes");
    return job.measurement();
}

bool emptyDir(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}
} // namespace

class TstMeasure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metadataAtASite()
    {
        QTemporaryDir dir;
        Sizes sizes;
        sizes.metaFiles = 200;
        const Measurement m = measure(Test::Metadata, here(dir.path()), sizes);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.test, QStringLiteral("metadata"));
        QCOMPARE(m.site, QStringLiteral("Roma1"));
        for (const char *f : {"create_ops_s", "stat_ops_s", "rename_ops_s", "unlink_ops_s", "extract_tree_ops_s",
                              "create_ms_per_op", "total_s"})
            QVERIFY2(m.figure(QLatin1String(f)) > 0, f);
        QVERIFY(m.at.isValid());
        QVERIFY(emptyDir(dir.path()));
        // What a report keeps, and reads back.
        const Measurement back = Measurement::fromJson(m.toJson());
        QCOMPARE(back.figures.size(), m.figures.size());
        QCOMPARE(back.figure(QStringLiteral("create_ops_s")), m.figure(QStringLiteral("create_ops_s")));
        QCOMPARE(back.at, m.at);
    }

    void storageAtASite_data()
    {
        QTest::addColumn<int>("test");
        QTest::addColumn<QStringList>("figures");
        QTest::newRow("seq-write") << int(Test::SeqWrite) << QStringList{QStringLiteral("write_MiBs"), QStringLiteral("write_lat_p99_ms")};
        QTest::newRow("seq-read") << int(Test::SeqRead) << QStringList{QStringLiteral("read_MiBs"), QStringLiteral("read_lat_mean_ms")};
        QTest::newRow("rand-rw") << int(Test::RandRw) << QStringList{QStringLiteral("read_iops"), QStringLiteral("write_iops")};
    }
    void storageAtASite()
    {
        QFETCH(int, test);
        QFETCH(QStringList, figures);
        if (QStandardPaths::findExecutable(QStringLiteral("fio")).isEmpty())
            QSKIP("fio is not installed (scripts/deps.sh installs it)");
        QTemporaryDir dir;
        Sizes sizes;
        sizes.seqMiB = 8;
        sizes.randMiB = 4;
        sizes.randSeconds = 1;
        const Measurement m = measure(Test(test), here(dir.path()), sizes);
        QVERIFY2(m.ok(), qPrintable(m.error));
        for (const QString &f : figures)
            QVERIFY2(m.figure(f) > 0, qPrintable(f));
        QVERIFY(emptyDir(dir.path())); // fio --unlink
    }

    void failuresSayWhy_data()
    {
        QTest::addColumn<int>("test");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QStringList>("runner");
        QTest::addColumn<QString>("says");
        QTest::newRow("metadata, no such directory") << int(Test::Metadata) << QStringLiteral("/nonexistent/x")
                                                     << QStringList{QStringLiteral("env")}
                                                     << QStringLiteral("hawan-meta: /nonexistent/x is not a directory");
        QTest::newRow("runner missing") << int(Test::Metadata) << QStringLiteral("/tmp")
                                        << QStringList{QStringLiteral("/nonexistent/ssh")} << QStringLiteral("cannot run '/nonexistent/ssh'");
        QTest::newRow("runner fails") << int(Test::Metadata) << QStringLiteral("/tmp")
                                      << QStringList{QStringLiteral("false")} << QStringLiteral("'false' exited with 1");
    }
    void failuresSayWhy()
    {
        QFETCH(int, test);
        QFETCH(QString, dir);
        QFETCH(QStringList, runner);
        QFETCH(QString, says);
        const Measurement m = measure(Test(test), here(dir, runner), Sizes{});
        QVERIFY(!m.ok());
        QVERIFY(m.figures.isEmpty());
        QVERIFY2(m.error.contains(says), qPrintable(m.error));
    }

    void fioFailureSaysWhy()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("fio")).isEmpty())
            QSKIP("fio is not installed (scripts/deps.sh installs it)");
        const Measurement m = measure(Test::SeqWrite, here(QStringLiteral("/nonexistent/x")), Sizes{});
        QVERIFY(!m.ok());
        QVERIFY2(m.error.contains(QLatin1String("/nonexistent/x")), qPrintable(m.error));
    }

    void commandIsTheRunnerThenTheTool()
    {
        config::Site s = here(QStringLiteral("/gluster/vmstore/tests"), {QStringLiteral("ssh"), QStringLiteral("root@rm-hv01")});
        const QStringList meta = measureCommand(Test::Metadata, s, Sizes{}, QStringLiteral("/usr/bin/hawan-meta"), QStringLiteral("a"));
        QCOMPARE(meta, (QStringList{QStringLiteral("ssh"), QStringLiteral("root@rm-hv01"), QStringLiteral("/usr/bin/hawan-meta"),
                                    QStringLiteral("--dir"), QStringLiteral("/gluster/vmstore/tests"), QStringLiteral("--files"),
                                    QStringLiteral("2000"), QStringLiteral("--tree-dirs"), QStringLiteral("20"),
                                    QStringLiteral("--tree-files"), QStringLiteral("10")}));
        const QStringList fio = measureCommand(Test::SeqWrite, s, Sizes{}, {}, QStringLiteral("a"));
        QCOMPARE(fio.mid(0, 3), (QStringList{QStringLiteral("ssh"), QStringLiteral("root@rm-hv01"), QStringLiteral("fio")}));
        QVERIFY(fio.contains(QStringLiteral("--unlink=1")));
        QVERIFY(fio.contains(QStringLiteral("--directory=/gluster/vmstore/tests")));
    }
};

HAWAN_TEST_MAIN(TstMeasure, QCoreApplication)
#include "tst_measure.moc"
