// The gate host sessions pass to do their work: no more than its width at once, and a holder stuck
// past the limit (a hung host's call) is written off so it does not close the gate for the others.
#include "testmain.h"
#include "util/workgate.h"

#include <QCoreApplication>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace hawan;
using namespace std::chrono_literals;

class TstWorkGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noMoreThanItsWidthAtOnce()
    {
        util::WorkGate gate(2, 5s);
        std::atomic<int> inside{0}, most{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 16; ++i)
            threads.emplace_back([&] {
                const util::WorkGate::Pass pass(gate);
                const int now = ++inside;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::sleep_for(5ms);
                --inside;
            });
        for (auto &t : threads)
            t.join();
        QCOMPARE(most.load(), 2);
        QCOMPARE(gate.writtenOff(), std::uint64_t(0));
    }

    void aStuckHolderIsWrittenOff()
    {
        util::WorkGate gate(1, 100ms);
        std::atomic<bool> release{false};
        std::thread stuck([&] {
            const util::WorkGate::Pass pass(gate); // a hung host's call: holds its place for long
            while (!release.load())
                std::this_thread::sleep_for(5ms);
        });
        std::this_thread::sleep_for(20ms);
        // Another host gets through once the holder has been in past the limit, not when it leaves.
        const auto t0 = std::chrono::steady_clock::now();
        {
            const util::WorkGate::Pass pass(gate);
            QVERIFY(!release.load());
        }
        const auto waited = std::chrono::steady_clock::now() - t0;
        QVERIFY(waited < 2s);
        QCOMPARE(gate.writtenOff(), std::uint64_t(1));
        release = true;
        stuck.join();
        // Its late leave gives nothing back: the width is still one.
        std::atomic<int> inside{0}, most{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 6; ++i)
            threads.emplace_back([&] {
                const util::WorkGate::Pass pass(gate);
                most = std::max(most.load(), ++inside);
                std::this_thread::sleep_for(5ms);
                --inside;
            });
        for (auto &t : threads)
            t.join();
        QCOMPARE(most.load(), 1);
    }
};

HAWAN_TEST_MAIN(TstWorkGate, QCoreApplication)
#include "tst_workgate.moc"
