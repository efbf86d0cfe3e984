// The storage probe's files left by a console that was killed are removed when a probe starts
// again on the same machine; a live console's, and another machine's, stay.
#include "probes/storageprobe.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <unistd.h>

class TstStorageProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedConsolesFilesAreRemoved()
    {
        QTemporaryDir dir;
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        const QString host = QSysInfo::machineHostName();
        auto touch = [&](const QString &name) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        };
        // A pid just seen to exit, and one of a live process.
        QProcess probe;
        probe.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(probe.waitForFinished());
        const QString dead = QString::fromLatin1(probe.readAllStandardOutput()).trimmed();
        touch(QStringLiteral(".hawan-probe-%1-%2-abc").arg(host, dead));
        touch(QStringLiteral(".hawan-probe-%1-%2-abc.meta").arg(host, dead));
        touch(QStringLiteral(".hawan-probe-%1-%2-abc").arg(host).arg(sleeper.processId()));
        touch(QStringLiteral(".hawan-probe-%1-%2-abc").arg(host).arg(::getpid()));
        touch(QStringLiteral(".hawan-probe-other-machine-%1-abc").arg(dead));
        touch(QStringLiteral("disk.img"));
        hawan::probes::removeStaleProbeFiles(dir.path());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".hawan-probe-%1-%2-abc").arg(host, dead))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".hawan-probe-%1-%2-abc.meta").arg(host, dead))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".hawan-probe-%1-%2-abc").arg(host).arg(sleeper.processId()))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".hawan-probe-%1-%2-abc").arg(host).arg(::getpid()))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".hawan-probe-other-machine-%1-abc").arg(dead))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("disk.img"))));
        sleeper.kill();
        sleeper.waitForFinished();
    }
};

HAWAN_TEST_MAIN(TstStorageProbe, QCoreApplication)
#include "tst_storageprobe.moc"
