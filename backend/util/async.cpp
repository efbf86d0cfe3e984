#include "util/async.h"

#include <QDebug>
#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <map>

namespace hawan::util {

struct Mailbox::State
{
    std::mutex mutex;
    QObject *target = nullptr;
    QMetaObject::Connection watch;
};

Mailbox::Mailbox(QObject *target) : m_state(std::make_shared<State>())
{
    m_state->target = target;
    if (!target)
        return;
    // Runs in ~QObject, on the target's thread; a call posted before it is removed with the
    // object's other posted events, so it never runs on a dead object.
    m_state->watch = QObject::connect(target, &QObject::destroyed, [state = m_state] {
        std::lock_guard lock(state->mutex);
        state->target = nullptr;
    });
}

bool Mailbox::post(std::function<void()> fn) const
{
    if (!m_state)
        return false;
    std::lock_guard lock(m_state->mutex);
    if (!m_state->target)
        return false;
    QMetaObject::invokeMethod(m_state->target, std::move(fn), Qt::QueuedConnection);
    return true;
}

bool Mailbox::isOpen() const
{
    if (!m_state)
        return false;
    std::lock_guard lock(m_state->mutex);
    return m_state->target != nullptr;
}

void Mailbox::close() const
{
    if (!m_state)
        return;
    std::lock_guard lock(m_state->mutex);
    m_state->target = nullptr;
    QObject::disconnect(m_state->watch); // thread-safe; the lambda's copy of the state goes with it
}

namespace {

struct Registry
{
    std::mutex mutex;
    std::condition_variable changed;
    std::map<quint64, QString> running;
    quint64 next = 1;
};

Registry &registry()
{
    static auto *r = new Registry; // never destroyed: detached threads may outlive static destructors
    return *r;
}

} // namespace

DetachedToken::DetachedToken(QString name)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    m_id = r.next++;
    r.running.emplace(m_id, std::move(name));
}

DetachedToken::~DetachedToken()
{
    Registry &r = registry();
    {
        std::lock_guard lock(r.mutex);
        r.running.erase(m_id);
    }
    r.changed.notify_all();
}

QStringList runningDetached()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    QStringList names;
    for (const auto &[id, name] : r.running)
        names << name;
    return names;
}

QStringList drainDetached(int ms)
{
    Registry &r = registry();
    std::unique_lock lock(r.mutex);
    r.changed.wait_for(lock, std::chrono::milliseconds(ms), [&r] { return r.running.empty(); });
    QStringList names;
    for (const auto &[id, name] : r.running)
        names << name;
    lock.unlock();
    if (!names.isEmpty())
        qWarning().noquote() << QStringLiteral("hawan: leaving %1 call(s) behind at exit, still waiting on: %2")
                                    .arg(names.size()).arg(names.join(QStringLiteral("; ")));
    return names;
}

void ThreadStopper::operator()(QThread *thread) const
{
    if (!thread)
        return;
    thread->quit();
    if (!thread->isRunning() || thread->wait(3000)) {
        delete thread;
        return;
    }
    qWarning().noquote() << QStringLiteral("hawan: thread %1 is stuck in a call; leaving it behind at exit")
                                .arg(thread->objectName());
}

OwnedThread makeThread(const QString &name)
{
    OwnedThread t(new QThread);
    t->setObjectName(name);
    return t;
}

} // namespace hawan::util
