// The one thread helper: work runs off the caller's thread, its result comes back on the caller's
// thread, nothing reaches a receiver that is gone, and the exit waits a bounded time for the rest.
#include "testmain.h"
#include "util/async.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <thread>

using namespace hawan;

class TstAsync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultArrivesOnTheCallersThread()
    {
        QObject context;
        Qt::HANDLE workThread = nullptr, doneThread = nullptr;
        int result = 0;
        util::runDetached(QStringLiteral("sum"), &context,
                          [&workThread] {
                              workThread = QThread::currentThreadId();
                              return 42;
                          },
                          [&](int r) {
                              doneThread = QThread::currentThreadId();
                              result = r;
                          });
        QTRY_COMPARE(result, 42);
        QVERIFY(workThread != QThread::currentThreadId());
        QCOMPARE(doneThread, QThread::currentThreadId());
    }

    void nothingReachesAGoneReceiver()
    {
        auto release = std::make_shared<std::atomic<bool>>(false);
        bool called = false;
        {
            QObject context;
            util::runDetached(QStringLiteral("slow"), &context,
                              [release] {
                                  while (!release->load())
                                      std::this_thread::sleep_for(std::chrono::milliseconds(5));
                              },
                              [&called] { called = true; });
        }
        release->store(true);
        QTest::qWait(200);
        QVERIFY(!called);
        QTRY_VERIFY(util::runningDetached().isEmpty());
    }

    // At exit: waits at most the bound, and names what is still stuck.
    void drainIsBoundedAndNamesWhatIsStuck()
    {
        auto release = std::make_shared<std::atomic<bool>>(false);
        QObject context;
        util::runDetached(QStringLiteral("virDomainCreate on napoli-hv2"), &context,
                          [release] {
                              while (!release->load())
                                  std::this_thread::sleep_for(std::chrono::milliseconds(5));
                          },
                          [] {});
        QElapsedTimer clock;
        clock.start();
        const QStringList left = util::drainDetached(300);
        QVERIFY(clock.elapsed() >= 250 && clock.elapsed() < 3000);
        QCOMPARE(left, QStringList{QStringLiteral("virDomainCreate on napoli-hv2")});
        release->store(true);
        QVERIFY(util::drainDetached(5000).isEmpty());
    }

    void mailboxStopsAtTheReceiversEnd()
    {
        auto *context = new QObject;
        util::Mailbox box(context);
        int n = 0;
        QVERIFY(box.post([&n] { ++n; }));
        QTRY_COMPARE(n, 1);
        delete context;
        QVERIFY(!box.isOpen());
        QVERIFY(!box.post([&n] { ++n; }));
    }

    // A thread stuck in a call does not hold up its owner's end: it is left behind, named.
    void ownedThreadStopsOrIsLeftBehind()
    {
        {
            util::OwnedThread t = util::makeThread(QStringLiteral("idle"));
            t->start();
        } // quits and joins at once
        QElapsedTimer clock;
        clock.start();
        auto release = std::make_shared<std::atomic<bool>>(false);
        auto entered = std::make_shared<std::atomic<bool>>(false);
        {
            util::OwnedThread t = util::makeThread(QStringLiteral("stuck"));
            auto *stuck = new QObject;
            stuck->moveToThread(t.get());
            t->start();
            QMetaObject::invokeMethod(stuck, [release, entered] {
                entered->store(true);
                while (!release->load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            });
            QTRY_VERIFY(entered->load()); // in the "call" now
            clock.start();
            QTest::ignoreMessage(QtWarningMsg, "hawan: thread stuck is stuck in a call; leaving it behind at exit");
        }
        QVERIFY(clock.elapsed() < 4000);
        release->store(true);
    }
};

HAWAN_TEST_MAIN(TstAsync, QCoreApplication)
#include "tst_async.moc"
