// hawan-meta, the metadata test's tool, on a local directory: every phase reported with its
// operations and time, nothing left behind, and a clear error (exit 1, JSON) for bad input.
#include "testmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run
{
    int code = -1;
    QJsonObject json;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HAWANMETA_BIN), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return r;
}
} // namespace

class TstHawanMeta : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPhaseAndNothingLeft()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--dir"), dir.path(), QStringLiteral("--files"), QStringLiteral("300"),
                           QStringLiteral("--tree-dirs"), QStringLiteral("5"), QStringLiteral("--tree-files"), QStringLiteral("4")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json[QStringLiteral("tool")].toString(), QStringLiteral("hawan-meta"));
        QCOMPARE(r.json[QStringLiteral("files")].toInt(), 300);
        QStringList names;
        double sum = 0;
        for (const auto &v : r.json[QStringLiteral("phases")].toArray()) {
            const QJsonObject p = v.toObject();
            names << p[QStringLiteral("name")].toString();
            QVERIFY(p[QStringLiteral("seconds")].toDouble() >= 0);
            QVERIFY(p[QStringLiteral("ops_per_s")].toDouble() > 0);
            sum += p[QStringLiteral("seconds")].toDouble();
            if (names.size() <= 4)
                QCOMPARE(p[QStringLiteral("ops")].toInt(), 300);
            else
                QCOMPARE(p[QStringLiteral("ops")].toInt(), 1 + 5 * (1 + 4));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("create"), QStringLiteral("stat"), QStringLiteral("rename"),
                                     QStringLiteral("unlink"), QStringLiteral("extract-tree"), QStringLiteral("remove-tree")}));
        QVERIFY(qAbs(r.json[QStringLiteral("total_seconds")].toDouble() - sum) < 1e-3);
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void badInputSaysWhy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no dir") << QStringList{} << QStringLiteral("--dir DIR is required");
        QTest::newRow("missing dir") << QStringList{QStringLiteral("--dir"), QStringLiteral("/nonexistent/x")}
                                     << QStringLiteral("/nonexistent/x is not a directory");
        QTest::newRow("zero files") << QStringList{QStringLiteral("--dir"), QStringLiteral("/tmp"), QStringLiteral("--files"), QStringLiteral("0")}
                                    << QStringLiteral("--files must be a whole number");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast")} << QStringLiteral("unknown option --fast");
    }
    void badInputSaysWhy()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = run(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.json[QStringLiteral("error")].toString().contains(says), qPrintable(r.json[QStringLiteral("error")].toString()));
    }
};

HAWAN_TEST_MAIN(TstHawanMeta, QCoreApplication)
#include "tst_hawanmeta.moc"
