#pragma once
// The one way the backend runs blocking work (a libvirt call, a process, a disk wait) off the
// caller's thread: the work runs on a thread of its own, its result is delivered on the thread of
// a context object, and dropped if that object is gone by then. A hung daemon holds up nothing,
// not even the process's exit: at exit, drainDetached() waits a bounded time and names the work
// still stuck, which the process then leaves behind.
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>
#include <utility>

namespace hawan::util {

// Posts calls to an object's thread from any thread, for as long as the object lives. Closing is
// thread-safe: once the object is destroyed (or close() is called) posts are dropped.
class Mailbox
{
public:
    Mailbox() = default;
    explicit Mailbox(QObject *target);

    // Runs fn() on the target's thread (queued); false if the target is gone.
    bool post(std::function<void()> fn) const;
    bool isOpen() const;
    // Drops every later post and lets go of the target (its destroyed() connection too).
    void close() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

// Work started by runDetached and not yet returned, by name: for the bounded wait at exit.
class DetachedToken
{
public:
    explicit DetachedToken(QString name);
    ~DetachedToken();
    DetachedToken(const DetachedToken &) = delete;
    DetachedToken &operator=(const DetachedToken &) = delete;

private:
    quint64 m_id;
};

// Waits up to `ms` for detached work to return; returns the names of what is still running (and
// logs them), so a caller at exit can say what it leaves behind.
QStringList drainDetached(int ms);
QStringList runningDetached();

// Runs work() on a thread of its own, then done(result) (or done() for void work) on `context`'s
// thread unless context was destroyed meanwhile. `name` says what it is, for the exit log.
template <typename Work, typename Done>
void runDetached(const QString &name, QObject *context, Work work, Done done)
{
    Mailbox box(context);
    auto token = std::make_shared<DetachedToken>(name);
    std::thread([box, token, work = std::move(work), done = std::move(done)]() mutable {
        using R = std::invoke_result_t<Work &>;
        if constexpr (std::is_void_v<R>) {
            work();
            box.post([box, done = std::move(done)]() mutable {
                box.close();
                done();
            });
        } else {
            auto result = std::make_shared<R>(work());
            box.post([box, done = std::move(done), result]() mutable {
                box.close();
                done(std::move(*result));
            });
        }
    }).detach();
}

// A QThread owned by a unique_ptr: its deleter quits it and waits a bounded time; a thread stuck
// in a hung call is logged and left behind rather than hanging the exit or destroying a running
// QThread.
struct ThreadStopper
{
    void operator()(QThread *thread) const;
};
using OwnedThread = std::unique_ptr<QThread, ThreadStopper>;
OwnedThread makeThread(const QString &name);

} // namespace hawan::util
