// The storage monitor's rounds against a storage CLI that does not answer (a `sleep` standing for
// a gluster CLI waiting on a lost peer; the real one is covered by tests/lab): the last picture is
// not left on screen as current; once the round is overdue the state is said to be unknown.
#include "storage/storagemonitor.h"

#include "testmain.h"

#include <QCoreApplication>
#include <QSignalSpy>

using namespace hawan;

namespace {
// A config with one GlusterFS volume whose CLI is `sh -c SCRIPT gluster ARGS...`.
config::Config volumeAnsweredBy(const QString &script)
{
    config::Config cfg;
    config::Storage st;
    st.name = QStringLiteral("vmstore");
    st.kind = QStringLiteral("glusterfs");
    st.volume = QStringLiteral("vmstore");
    st.command = {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("gluster")};
    cfg.storage = {st};
    return cfg;
}
} // namespace

class TstStorageMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRoundThatDoesNotAnswerIsSaidToBeOverdue()
    {
        storage::StorageMonitor monitor(volumeAnsweredBy(QStringLiteral("sleep 60")));
        QSignalSpy changed(&monitor, &storage::StorageMonitor::changed);
        monitor.start(1000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot(0).error.contains(QLatin1String("no answer for")), 15000);
        QVERIFY(!monitor.blockers().isEmpty()); // unknown is never "in sync"
        QCOMPARE(changed.size(), 1);            // said once, not every tick
    }

    // The gate (blockers) needs the bricks and the heal counts, not the volume's options: the
    // picture is out before `volume get` answers, so a command about to act does not wait for it.
    // The answers are gluster's own, recorded (tests/fixtures/gluster); `volume get` never answers.
    void thePictureIsOutBeforeTheOptions()
    {
        const QString script = QStringLiteral("shift; case \"$*\" in *get*) exec sleep 60;; esac; "
                                              "exec cat \"%1/healthy-$(echo \"$*\" | tr ' ' -).xml\"")
                                   .arg(QStringLiteral(HAWAN_FIXTURES "/gluster"));
        storage::StorageMonitor monitor(volumeAnsweredBy(script));
        monitor.start(60000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.allAnswered(), 10000);
        QVERIFY2(monitor.snapshot(0).error.isEmpty(), qPrintable(monitor.snapshot(0).error));
        QVERIFY(monitor.blockers().isEmpty());
        QVERIFY(monitor.snapshot(0).options.isEmpty()); // still asked for
        QCOMPARE(monitor.history(0).size(), size_t(1));
    }
};

HAWAN_TEST_MAIN(TstStorageMonitor, QCoreApplication)
#include "tst_storagemonitor.moc"
