// fio's JSON report: real output captured from fio 3.33 (tests/fixtures/fio/README.md) read to
// the figures the storage experiments keep, and the refusals for what is not such a report.
#include "experiments/fio.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>

using namespace hawan::experiments;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(HAWAN_FIXTURES "/fio/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstFio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequentialWrite()
    {
        const auto r = parseFioJson(fixture("seqwrite-fsync.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
        QCOMPARE(r->version, QStringLiteral("fio-3.33"));
        QCOMPARE(r->jobs.size(), 1);
        const FioJob &j = r->jobs.first();
        QCOMPARE(j.name, QStringLiteral("seqwrite"));
        QCOMPARE(j.error, 0);
        QCOMPARE(j.runtimeMs, qint64(134));
        QVERIFY(!j.read.used());
        QCOMPARE(j.write.ioBytes, quint64(33554432));
        QCOMPARE(j.write.bandwidthBps, 248551348.0);
        QCOMPARE(j.write.iops, 237.037037);
        QCOMPARE(j.write.clatMeanMs, 0.773427375);
        QCOMPARE(j.write.clatP99Ms, 5.7344);
    }

    void randomReadWrite()
    {
        const auto r = parseFioJson(fixture("randrw-4k.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
        const FioJob &j = r->jobs.first();
        QCOMPARE(j.read.iops, 5441.567065);
        QCOMPARE(j.write.iops, 5437.915007);
        QCOMPARE(j.read.clatP99Ms, 0.978944);
        QCOMPARE(j.write.clatP99Ms, 0.029824);
        QVERIFY(j.read.clatP50Ms > 0 && j.read.clatP50Ms <= j.read.clatP99Ms && j.read.clatP99Ms <= j.read.clatP999Ms);
    }

    // A notice line before the report is skipped.
    void noticeBeforeTheReport()
    {
        const auto r = parseFioJson(fixture("notice-first.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
        QCOMPARE(r->jobs.first().write.ioBytes, quint64(33554432));
    }

    // A job that failed is reported as such (its figures are not read as zeros of a run).
    void failedJobKeepsItsError()
    {
        const auto r = parseFioJson(fixture("job-error.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
        QCOMPARE(r->jobs.first().error, 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not fio's JSON report");
        QTest::newRow("fio's error text") << fixture("not-json.txt") << QStringLiteral("not fio's JSON report: fio: failed parsing");
        QTest::newRow("truncated") << fixture("truncated.json") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong types") << fixture("wrong-types.json") << QStringLiteral("randrw.read: 'bw_bytes' is not a number");
        QTest::newRow("no jobs") << QByteArray("{\"fio version\":\"fio-3.33\",\"jobs\":[]}") << QStringLiteral("no jobs");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not fio's JSON report");
        QTest::newRow("no latency") << QByteArray("{\"jobs\":[{\"jobname\":\"w\",\"error\":0,\"job_runtime\":5,"
                                                  "\"read\":{\"io_bytes\":0,\"bw_bytes\":0,\"iops\":0},"
                                                  "\"write\":{\"io_bytes\":4096,\"bw_bytes\":1,\"iops\":1}}]}")
                                    << QStringLiteral("w.write: 'clat_ns' (completion latency) is missing");
        QTest::newRow("negative") << QByteArray("{\"jobs\":[{\"jobname\":\"w\",\"error\":0,\"job_runtime\":5,"
                                                "\"read\":{\"io_bytes\":-1,\"bw_bytes\":0,\"iops\":0}}]}")
                                  << QStringLiteral("w.read: a negative figure");
    }
    void refusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const auto r = parseFioJson(input);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(says), qPrintable(r.error()));
    }
};

HAWAN_TEST_MAIN(TstFio, QCoreApplication)
#include "tst_fio.moc"
