#include "jobs/journal.h"

#include "audit/key.h"
#include "jobs/journalwriter.h"

#include "util/statepath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hawan::jobs {

void Journal::setWriteDelayForTesting(int ms)
{
    JournalWriter::writeDelayMs.store(ms);
}

namespace {
std::atomic<qint64> g_compactThreshold{0};
constexpr qint64 kDefaultCompactThreshold = 4 * 1024 * 1024;
} // namespace

qint64 Journal::compactThreshold()
{
    const qint64 t = g_compactThreshold.load();
    return t > 0 ? t : kDefaultCompactThreshold;
}

void Journal::setCompactThresholdForTesting(qint64 bytes)
{
    g_compactThreshold.store(bytes);
}

namespace {

// Alone with the journal (holding its exclusive lock) and it is large: rewrite it compacted.
// True when the file was replaced (the caller's descriptor now points at the old one).
bool compactAlone(int fd, const QString &path, const audit::Key *key)
{
    struct stat st{};
    if (::fstat(fd, &st) != 0 || qint64(st.st_size) <= Journal::compactThreshold())
        return false;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int dropped = 0;
    QByteArray out = Journal::compacted(in.readAll(), now.addDays(-Journal::kCompactAfterDays), &dropped);
    if (dropped == 0)
        return false;
    QJsonObject note{{QStringLiteral("rec"), QStringLiteral("note")},
                     {QStringLiteral("t"), now.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("text"), QStringLiteral("compacted: %1 records of plans that ended more than %2 days ago, "
                                                             "and superseded maintenance marks, left out (was %3 bytes)")
                                                  .arg(dropped).arg(Journal::kCompactAfterDays).arg(qint64(st.st_size))}};
    if (key)
        audit::sign(*key, note);
    out.prepend(QJsonDocument(note).toJson(QJsonDocument::Compact) + '\n');
    // New file beside it, on disk before it replaces the old one: a crash leaves one or the other.
    const QString tmp = path + QStringLiteral(".compacting");
    const int t = ::open(QFile::encodeName(tmp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (t < 0)
        return false;
    bool ok = true;
    for (qint64 done = 0; ok && done < out.size();) {
        const ssize_t w = ::write(t, out.constData() + done, size_t(out.size() - done));
        ok = w > 0;
        done += w > 0 ? w : 0;
    }
    ok = ok && ::fsync(t) == 0;
    ok = (::close(t) == 0) && ok;
    ok = ok && ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) == 0;
    if (!ok) {
        ::unlink(QFile::encodeName(tmp).constData());
        return false;
    }
    const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

} // namespace

QString Journal::defaultPath(const QString &configFile)
{
    return util::perConfigStatePath(configFile, QStringLiteral("journal"), QStringLiteral(".jsonl"));
}

JournalReplay Journal::read(const QString &path, const RecordCheck &check)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(f.readAll(), check);
}

Journal::RecordCheck Journal::authenticatedBy(std::shared_ptr<const audit::Key> key)
{
    if (!key)
        return {};
    return [key](const QJsonObject &record) {
        if (audit::verify(*key, record))
            return QString();
        return record.contains(QStringLiteral("mac"))
            ? tr("not authenticated: its MAC does not match its content (edited, or signed with another key than %1); ignored").arg(key->path())
            : tr("not authenticated: it carries no MAC (written by hand, or before the audit key existed); ignored");
    };
}

Journal::Journal(QString path, QObject *parent) : Journal(std::move(path), Options{}, parent) {}

Journal::Journal(QString path, Options options, QObject *parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath()), m_key(std::move(options.key)), m_keyProblem(options.keyProblem)
{
    if (!options.readOnlyRefusal.isEmpty()) {
        m_error = options.readOnlyRefusal;
        m_readOnly = true;
        openForReading();
        return;
    }
    // Read once at start, on the caller's thread: the console is not showing anything yet.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QByteArray file = QFile::encodeName(m_path);
    // Attach: a shared lock held for as long as this process uses the journal, so that it is
    // compacted (replaced) only by a process that has it alone. A file replaced while this one
    // waited for its lock is left for the new one.
    int fd = -1;
    for (int attempt = 0; attempt < 10 && fd < 0; ++attempt) {
        // Owner only: it holds the VMs' definitions, console passwords included.
        fd = ::open(file.constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            break;
        (void)::fchmod(fd, 0600); // a journal made world-readable by an older version is closed up
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && compactAlone(fd, m_path, m_key.get())) {
            ::close(fd);
            fd = -1;
            continue;
        }
        if (::flock(fd, LOCK_SH) != 0)
            break; // no locks on this filesystem: carry on without compaction's guard
        struct stat mine{}, now{};
        if (::fstat(fd, &mine) == 0 && ::stat(file.constData(), &now) == 0 && (mine.st_ino != now.st_ino || mine.st_dev != now.st_dev)) {
            ::close(fd);
            fd = -1;
        }
    }
    if (fd < 0) {
        m_error = tr("cannot open the journal %1 for writing: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        m_replay = read(m_path, authenticatedBy(m_key));
        return;
    }
    m_replay = read(m_path, authenticatedBy(m_key));
    // A line cut short by a crash: end it, so the next record starts on a line of its own.
    QFile probe(m_path);
    if (probe.open(QIODevice::ReadOnly) && probe.size() > 0 && probe.seek(probe.size() - 1) && probe.read(1) != "\n") {
        if (::write(fd, "\n", 1) != 1) {
            m_error = tr("cannot write the journal %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return;
        }
    }
    m_writer = std::make_shared<JournalWriter>();
    m_writer->fd = fd;
    m_writer->path = m_path;
    struct stat st{};
    m_writer->knownEnd = ::fstat(fd, &st) == 0 ? qint64(st.st_size) : 0; // all of it was read above
    // Called on the writer thread under its lock, which the destructor takes before clearing it:
    // `this` is alive while it runs, and Qt drops the queued call if the journal is gone by then.
    m_writer->notify = [this](quint64 durable, const QString &failure) {
        QMetaObject::invokeMethod(this, [this, durable, failure] { written(durable, failure); }, Qt::QueuedConnection);
    };
    m_writer->notifyForeign = [this](const QByteArray &lines) {
        QMetaObject::invokeMethod(this, [this, lines] { foreign(lines); }, Qt::QueuedConnection);
    };
    std::thread(&JournalWriter::run, m_writer).detach();
}

void Journal::openForReading()
{
    // No compaction, no repair of a cut line: a reader changes nothing. Like a writer it holds a
    // shared lock while it reads, so that nobody replaces the file under it. A journal that does
    // not exist yet is opened on a later look (an operator creates it).
    m_writer = std::make_shared<JournalWriter>();
    m_writer->readOnly = true;
    m_writer->path = m_path;
    m_writer->fd = JournalWriter::openForReading(m_path);
    if (m_writer->fd >= 0) {
        QFile f;
        if (f.open(::dup(m_writer->fd), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            const QByteArray data = f.readAll();
            m_writer->knownEnd = data.lastIndexOf('\n') + 1; // a line still being written is read later
            m_replay = parse(data.left(m_writer->knownEnd), authenticatedBy(m_key));
        }
    }
    m_writer->notify = [this](quint64 durable, const QString &failure) {
        QMetaObject::invokeMethod(this, [this, durable, failure] { written(durable, failure); }, Qt::QueuedConnection);
    };
    m_writer->notifyForeign = [this](const QByteArray &lines) {
        QMetaObject::invokeMethod(this, [this, lines] { foreign(lines); }, Qt::QueuedConnection);
    };
    std::thread(&JournalWriter::run, m_writer).detach();
}

Journal::~Journal()
{
    if (!m_writer)
        return;
    std::unique_lock lock(m_writer->mu);
    m_writer->notify = nullptr;
    m_writer->notifyForeign = nullptr;
    m_writer->stop = true;
    m_writer->wake.notify_all();
    if (!m_writer->progressed.wait_for(lock, std::chrono::seconds(10), [this] { return m_writer->exited; }))
        qWarning("hawan: the journal %s is not answering (hung filesystem?); %zu record(s) may not be on disk",
                 qPrintable(m_path), m_writer->queue.size());
}

bool Journal::append(QJsonObject record)
{
    if (!m_error.isEmpty() || !m_writer || m_readOnly)
        return false;
    record.insert(QStringLiteral("t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (m_key)
        audit::sign(*m_key, record);
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    {
        std::lock_guard lock(m_writer->mu);
        m_writer->queue.emplace_back(++m_queued, line);
    }
    m_writer->wake.notify_one();
    applyRecord(m_replay, record, -1);
    return true;
}

void Journal::written(quint64 durable, const QString &failure)
{
    m_durable = std::max(m_durable, durable);
    const bool newFailure = !failure.isEmpty() && m_error.isEmpty();
    if (newFailure)
        m_error = failure;
    // Callbacks may queue more records or waiters: take the ready ones out first.
    QVector<Waiter> ready, pending;
    for (auto &w : m_waiters)
        (w.seq <= m_durable || !m_error.isEmpty() ? ready : pending).push_back(std::move(w));
    m_waiters = std::move(pending);
    for (const auto &w : ready)
        if (w.context)
            w.done(w.seq <= m_durable);
    if (newFailure)
        Q_EMIT failed(m_error);
}

void Journal::whenWritten(QObject *context, std::function<void(bool)> done)
{
    if (!m_error.isEmpty() || m_queued <= m_durable) {
        const bool ok = m_error.isEmpty();
        QMetaObject::invokeMethod(this, [ctx = QPointer<QObject>(context), done = std::move(done), ok] {
                if (ctx)
                    done(ok);
            }, Qt::QueuedConnection);
        return;
    }
    m_waiters.push_back({m_queued, context, std::move(done)});
}

bool Journal::waitForWritten(int msecs)
{
    if (!m_writer)
        return false;
    quint64 durable;
    QString failure;
    {
        std::unique_lock lock(m_writer->mu);
        const quint64 target = m_queued;
        m_writer->progressed.wait_for(lock, std::chrono::milliseconds(msecs), [&] {
            return m_writer->durable >= target || !m_writer->failure.isEmpty();
        });
        durable = m_writer->durable;
        failure = m_writer->failure;
    }
    written(durable, failure);
    return m_error.isEmpty() && m_durable >= m_queued;
}

void Journal::pollOthers()
{
    if (!m_writer)
        return;
    {
        std::lock_guard lock(m_writer->mu);
        m_writer->tailRequested = true;
    }
    m_writer->wake.notify_one();
}

void Journal::foreign(const QByteArray &lines)
{
    QVector<QJsonObject> records;
    for (const QByteArray &line : lines.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            m_replay.problems << tr("a record from another console is not a JSON object (%1); skipped").arg(err.errorString());
            continue;
        }
        if (m_key) {
            if (const QString why = authenticatedBy(m_key)(doc.object()); !why.isEmpty()) {
                m_replay.problems << tr("a record from another console: %1").arg(why);
                Q_EMIT untrusted(why);
                continue;
            }
        }
        applyRecord(m_replay, doc.object(), -1);
        records << doc.object();
    }
    if (!records.isEmpty())
        Q_EMIT othersWrote(records);
}

QString Journal::selfOwner()
{
    return QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

QString Journal::ownerMachineElsewhere(const QString &owner)
{
    const qsizetype colon = owner.lastIndexOf(QLatin1Char(':'));
    const QString machine = colon > 0 ? owner.left(colon) : QString();
    return machine == QSysInfo::machineHostName() ? QString() : machine;
}

bool Journal::ownerAlive(const QString &owner)
{
    const qsizetype colon = owner.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || owner.left(colon) != QSysInfo::machineHostName())
        return false; // unknown, or another machine: cannot tell
    bool ok = false;
    const qint64 pid = owner.mid(colon + 1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    // A live process of ours: hawan or hawanctl (a reused pid runs something else), not a zombie.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
    if (open < 0 || close < open || close + 2 >= line.size())
        return false;
    const QByteArray name = line.mid(open + 1, close - open - 1);
    const char state = line.at(close + 2);
    return state != 'Z' && state != 'X' && name.startsWith("hawan");
}

int Journal::backlog() const
{
    return int(m_queued - m_durable);
}

bool Journal::writePlan(const Plan &plan, const PlanOptions &options)
{
    // No secret in the clear: a definition's passwords are sealed with the key (opened again by
    // whoever defines the domain: core::Fleet::launchMove), or masked when there is no key.
    Plan kept = plan;
    for (auto &m : kept.moves)
        if (!m.definition.isEmpty())
            m.definition = m_key ? audit::sealSecrets(*m_key, m.definition) : audit::maskSecrets(m.definition);
    QJsonObject o = planToJson(kept);
    o.insert(QStringLiteral("options"), optionsToJson(options));
    o.insert(QStringLiteral("rec"), QStringLiteral("plan"));
    o.insert(QStringLiteral("owner"), selfOwner());
    return append(o);
}

bool Journal::writeMoveStarted(const QString &planId, int move)
{
    return append({{QStringLiteral("rec"), QStringLiteral("move")}, {QStringLiteral("plan"), planId},
                   {QStringLiteral("move"), move}, {QStringLiteral("status"), moveStatusId(MoveStatus::Started)}});
}

bool Journal::writeMoveEnded(const QString &planId, int move, MoveStatus status, const QString &message, quint64 bytes)
{
    QJsonObject o{{QStringLiteral("rec"), QStringLiteral("move")}, {QStringLiteral("plan"), planId},
                  {QStringLiteral("move"), move}, {QStringLiteral("status"), moveStatusId(status)}};
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (bytes)
        o.insert(QStringLiteral("bytes"), double(bytes));
    return append(o);
}

bool Journal::writePlanState(const QString &planId, PlanState state, const QString &note)
{
    QJsonObject o{{QStringLiteral("rec"), QStringLiteral("state")}, {QStringLiteral("plan"), planId},
                  {QStringLiteral("state"), planStateId(state)}};
    if (state == PlanState::Running)
        o.insert(QStringLiteral("owner"), selfOwner()); // whoever runs it now
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return append(o);
}

bool Journal::writeMaintenance(const QString &host, bool on, const QString &note)
{
    QJsonObject o{{QStringLiteral("rec"), QStringLiteral("maintenance")}, {QStringLiteral("host"), host},
                  {QStringLiteral("on"), on}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return append(o);
}

bool Journal::writeAlarmNote(const QString &op, const QString &key, const QString &by, const QString &comment,
                             const QDateTime &until)
{
    QJsonObject o{{QStringLiteral("rec"), QStringLiteral("alarm")}, {QStringLiteral("op"), op},
                  {QStringLiteral("key"), key}, {QStringLiteral("by"), by}};
    if (!comment.isEmpty())
        o.insert(QStringLiteral("comment"), comment);
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toUTC().toString(Qt::ISODateWithMs));
    return append(o);
}

bool Journal::writeFenced(const QString &planId, const QString &how)
{
    return append({{QStringLiteral("rec"), QStringLiteral("fenced")}, {QStringLiteral("plan"), planId},
                   {QStringLiteral("how"), how}});
}

bool Journal::writeNote(const QString &planId, const QString &text)
{
    return append({{QStringLiteral("rec"), QStringLiteral("note")}, {QStringLiteral("plan"), planId},
                   {QStringLiteral("text"), text}});
}

} // namespace hawan::jobs
