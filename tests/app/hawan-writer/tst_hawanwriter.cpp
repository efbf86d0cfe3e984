// hawan-writer, the drills' witness for acknowledged writes, on a local file: every acknowledged
// record is read back intact; a damaged or missing acknowledged record is reported (exit 2), a
// torn tail is damage but loses no acknowledged record; bad input is refused.
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
QJsonObject verify(const QString &file, qint64 acked, int *code)
{
    QProcess p;
    p.start(QStringLiteral(HAWANWRITER_BIN), {QStringLiteral("verify"), QStringLiteral("--file"), file, QStringLiteral("--acked"),
                                              QString::number(acked)});
    p.waitForFinished(30000);
    *code = p.exitCode();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}
} // namespace

class TstHawanWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acknowledgedRecordsAreReadBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("roma1.log"));
        QProcess w;
        w.start(QStringLiteral(HAWANWRITER_BIN), {QStringLiteral("write"), QStringLiteral("--file"), file, QStringLiteral("--site"),
                                                  QStringLiteral("Roma1"), QStringLiteral("--interval-ms"), QStringLiteral("5")});
        QVERIFY(w.waitForStarted());
        QTRY_VERIFY2(QFile(file).size() >= 2560, qPrintable(QStringLiteral("state %1, exit %2, stderr %3")
                                                                 .arg(w.state()).arg(w.exitCode()).arg(QString::fromUtf8(w.readAllStandardError()))));
        w.terminate();
        QVERIFY(w.waitForFinished(10000));
        const QList<QByteArray> lines = (w.readAllStandardOutput()).split('\n');
        const QJsonObject summary = QJsonDocument::fromJson(lines.value(lines.size() - 2)).object();
        const qint64 acked = summary.value(QLatin1String("acked")).toInteger();
        QVERIFY2(acked >= 10, lines.join('\n').constData());
        QCOMPARE(summary.value(QLatin1String("errors")).toInteger(), 0);
        QCOMPARE(QFile(file).size(), acked * 256);

        int code = -1;
        QJsonObject v = verify(file, acked, &code);
        QCOMPARE(code, 0);
        QCOMPARE(v.value(QLatin1String("records")).toInteger(), acked);
        QCOMPARE(v.value(QLatin1String("missing")).toInteger(), 0);
        QCOMPARE(v.value(QLatin1String("damaged")).toInteger(), 0);

        // One byte changed in the 3rd record: damaged, and an acknowledged record missing.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(2 * 256 + 100);
        f.write("#");
        // A torn record at the end (a write cut short): damage, nothing acknowledged lost.
        f.seek(f.size());
        f.write("HWR 0000000099");
        f.close();
        v = verify(file, acked, &code);
        QCOMPARE(code, 2);
        QCOMPARE(v.value(QLatin1String("damaged")).toInteger(), 2);
        QCOMPARE(v.value(QLatin1String("missing")).toInteger(), 1);
        QCOMPARE(v.value(QLatin1String("first_missing")).toArray().first().toInteger(), 3);
        v = verify(file, 2, &code); // only the first two acknowledged: nothing missing
        QCOMPARE(code, 0);
    }

    void badInput()
    {
        QProcess p;
        p.start(QStringLiteral(HAWANWRITER_BIN), {QStringLiteral("verify"), QStringLiteral("--file"), QStringLiteral("/nonexistent/x.log")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QLatin1String("error")).toString().contains(QLatin1String("open")));
        p.start(QStringLiteral(HAWANWRITER_BIN), {QStringLiteral("write")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 64);
    }
};

HAWAN_TEST_MAIN(TstHawanWriter, QCoreApplication)
#include "tst_hawanwriter.moc"
