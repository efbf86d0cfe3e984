// The demo tour on the test-driver fleet: the link's emulate command is a script keeping the
// "delay" in a file (the lab's real one, and the drills' stories, are seen on the lab). Checked:
// the WAN story raises the delay and puts back the one it read; Esc mid-tour puts it back too; a
// step the test driver cannot do (a migration) fails and the tour goes on; the caption follows the
// steps and Space advances.
#include "tour/tour.h"

#include "config/configloader.h"
#include "core/fleet.h"
#include "model/inventory.h"
#include "testfixtures.h"
#include "testmain.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hawan;

namespace {
const char *kEmulate = R"(f="$0"; if [ "$1" = --show ]; then cat "$f"; elif [ "$1" = --delay ]; then )"
                       R"(v="${2%ms}"; echo "$v" > "$f"; else exit 2; fi)";
} // namespace

class TstTour : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_STATE_HOME", m_dir.filePath(QStringLiteral("state")).toUtf8());
    }

    void init() { writeDelay("5\n"); }

    void wanStoryRaisesAndPutsBackTheDelay()
    {
        auto fleet = makeFleet();
        widgets::TourPlayer tour(fleet.get(), QStringLiteral("wan"), 0);
        QCOMPARE(tour.stepCount(), 6); // intro, degrade, migrate, recover, back home, the end
        QSignalSpy finished(&tour, &widgets::TourPlayer::finished);
        tour.next(); // intro: a caption alone
        QVERIFY(!tour.stepRunning());
        tour.next(); // the delay goes up
        QTRY_VERIFY_WITH_TIMEOUT(!tour.stepRunning(), 10000);
        QCOMPARE(delay(), QStringLiteral("20"));
        tour.next(); // the test driver cannot migrate: the step fails, the tour goes on
        QTRY_VERIFY_WITH_TIMEOUT(!tour.stepRunning(), 10000);
        tour.next(); // the delay read before comes back
        QTRY_VERIFY_WITH_TIMEOUT(!tour.stepRunning(), 10000);
        QCOMPARE(delay(), QStringLiteral("5"));
        tour.next(); // back home: nothing moved, nothing to do
        QTRY_VERIFY_WITH_TIMEOUT(!tour.stepRunning(), 10000);
        tour.next(); // the end caption
        QCOMPARE(tour.current(), 5);
        tour.next();
        QCOMPARE(finished.size(), 1);
    }

    void stopPutsBackWhatItChanged()
    {
        auto fleet = makeFleet();
        widgets::TourPlayer tour(fleet.get(), QStringLiteral("wan"), 0);
        QSignalSpy finished(&tour, &widgets::TourPlayer::finished);
        tour.next();
        tour.next();
        QTRY_VERIFY_WITH_TIMEOUT(!tour.stepRunning(), 10000);
        QCOMPARE(delay(), QStringLiteral("20"));
        tour.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(delay(), QStringLiteral("5"));
        QVERIFY(finished.first().first().toString().contains(QStringLiteral("back as it was")));
    }

    void advancesByItself()
    {
        auto fleet = makeFleet();
        widgets::TourPlayer tour(fleet.get(), QStringLiteral("host"), 1);
        QSignalSpy finished(&tour, &widgets::TourPlayer::finished);
        // Intro, the drill (refused here: the test driver has no fault commands), the end.
        QCOMPARE(tour.stepCount(), 3);
        tour.next();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    }

    void captionFollowsAndSpaceAdvances()
    {
        auto fleet = makeFleet();
        QWidget window;
        window.resize(1200, 800);
        auto *tour = new widgets::TourPlayer(fleet.get(), QStringLiteral("wan"), 0, &window);
        auto *caption = new widgets::TourCaption(tour, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto titleText = [caption] {
            QString all;
            for (auto *l : caption->findChildren<QLabel *>())
                all += l->text() + QLatin1Char('\n');
            return all;
        };
        QVERIFY2(titleText().contains(QStringLiteral("Space: start")), qPrintable(titleText()));
        QTest::keyClick(&window, Qt::Key_Space);
        QCOMPARE(tour->current(), 0);
        QVERIFY2(titleText().contains(QStringLiteral("1/6  Two sites, one network, one volume")), qPrintable(titleText()));
        QVERIFY(caption->geometry().bottom() < window.height() && caption->width() <= 1100);
        QSignalSpy finished(tour, &widgets::TourPlayer::finished);
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(titleText().contains(QStringLiteral("Tour over")), qPrintable(titleText()));
    }

private:
    std::unique_ptr<core::Fleet> makeFleet()
    {
        auto loaded = config::ConfigLoader::loadString(test::fleetConfigText(), m_dir.filePath(QStringLiteral("fleet.toml")));
        if (!loaded)
            return nullptr;
        config::Config cfg = loaded.value();
        cfg.storage.clear();
        cfg.console.journal = m_dir.filePath(QStringLiteral("journal.jsonl"));
        cfg.links[0].emulate = {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kEmulate), m_dir.filePath(QStringLiteral("delay"))};
        auto fleet = std::make_unique<core::Fleet>(cfg);
        fleet->start(false);
        auto *inv = fleet->inventory();
        (void)QTest::qWaitFor([inv] { return inv->allReported() && inv->vmCount() > 0; }, 10000);
        return fleet;
    }
    void writeDelay(const QByteArray &text)
    {
        QFile f(m_dir.filePath(QStringLiteral("delay")));
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
    }
    QString delay() const
    {
        QFile f(m_dir.filePath(QStringLiteral("delay")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }
    QTemporaryDir m_dir;
};

HAWAN_TEST_MAIN(TstTour, QApplication)
#include "tst_tour.moc"
