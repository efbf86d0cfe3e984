#include "jobs/journal.h"

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

QByteArray Journal::compacted(const QByteArray &data, const QDateTime &endedBefore, int *dropped)
{
    struct PlanInfo
    {
        bool ended = false, recover = false;
        QDateTime last;
    };
    const QList<QByteArray> lines = data.split('\n');
    QVector<QJsonObject> records(lines.size());
    QVector<bool> parsed(lines.size(), false);
    QHash<QString, PlanInfo> plans;
    QHash<QString, int> lastMark; // host -> line of its last maintenance record
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonDocument doc = QJsonDocument::fromJson(lines[i].trimmed());
        if (!doc.isObject())
            continue;
        parsed[i] = true;
        records[i] = doc.object();
        const QJsonObject &o = records[i];
        const QString rec = o.value(QStringLiteral("rec")).toString();
        if (rec == QLatin1String("maintenance")) {
            lastMark[o.value(QStringLiteral("host")).toString()] = i;
            continue;
        }
        const QString id = o.value(QStringLiteral("plan")).toString();
        if (id.isEmpty())
            continue;
        PlanInfo &p = plans[id];
        if (rec == QLatin1String("plan"))
            p.recover = o.value(QStringLiteral("kind")).toString() == QLatin1String("recover");
        else if (rec == QLatin1String("state")) {
            const QString st = o.value(QStringLiteral("state")).toString();
            p.ended = st == planStateId(PlanState::Finished) || st == planStateId(PlanState::Aborted);
        }
        const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
        if (at.isValid() && (!p.last.isValid() || at > p.last))
            p.last = at;
    }
    QByteArray out;
    int n = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        if (parsed[i]) {
            const QJsonObject &o = records[i];
            if (o.value(QStringLiteral("rec")).toString() == QLatin1String("maintenance")) {
                if (lastMark.value(o.value(QStringLiteral("host")).toString()) != i || !o.value(QStringLiteral("on")).toBool()) {
                    ++n;
                    continue;
                }
            } else if (const QString id = o.value(QStringLiteral("plan")).toString(); !id.isEmpty()) {
                const PlanInfo p = plans.value(id);
                if (p.ended && !p.recover && p.last.isValid() && p.last < endedBefore) {
                    ++n;
                    continue;
                }
            }
        }
        out += lines[i];
        out += '\n';
    }
    if (dropped)
        *dropped = n;
    return out;
}

namespace {

// Alone with the journal (holding its exclusive lock) and it is large: rewrite it compacted.
// True when the file was replaced (the caller's descriptor now points at the old one).
bool compactAlone(int fd, const QString &path)
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
    out.prepend(QJsonDocument(QJsonObject{{QStringLiteral("rec"), QStringLiteral("note")},
                                          {QStringLiteral("t"), now.toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("text"), QStringLiteral("compacted: %1 records of plans that ended more than %2 days ago, "
                                                                                  "and superseded maintenance marks, left out (was %3 bytes)")
                                                                       .arg(dropped).arg(Journal::kCompactAfterDays).arg(qint64(st.st_size))}})
                    .toJson(QJsonDocument::Compact) + '\n');
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

QString moveStatusId(MoveStatus s)
{
    switch (s) {
    case MoveStatus::Pending: return QStringLiteral("pending");
    case MoveStatus::Started: return QStringLiteral("started");
    case MoveStatus::Succeeded: return QStringLiteral("succeeded");
    case MoveStatus::Failed: return QStringLiteral("failed");
    case MoveStatus::Cancelled: return QStringLiteral("cancelled");
    case MoveStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

MoveStatus moveStatusFromId(const QString &id)
{
    for (MoveStatus s : {MoveStatus::Pending, MoveStatus::Started, MoveStatus::Succeeded, MoveStatus::Failed,
                         MoveStatus::Cancelled, MoveStatus::Skipped})
        if (moveStatusId(s) == id)
            return s;
    return MoveStatus::Failed;
}

bool moveStatusFinal(MoveStatus s) { return s != MoveStatus::Pending && s != MoveStatus::Started; }

QString planStateId(PlanState s)
{
    switch (s) {
    case PlanState::Running: return QStringLiteral("running");
    case PlanState::Paused: return QStringLiteral("paused");
    case PlanState::Aborted: return QStringLiteral("aborted");
    case PlanState::Finished: return QStringLiteral("finished");
    }
    return {};
}

int JournaledPlan::count(MoveStatus s) const
{
    return int(std::count_if(moves.begin(), moves.end(), [s](const MoveRecord &m) { return m.status == s; }));
}

QVector<const JournaledPlan *> JournalReplay::openPlans() const
{
    QVector<const JournaledPlan *> out;
    for (const auto &id : planOrder)
        if (plans.value(id).isOpen())
            out << &plans.find(id).value();
    return out;
}

QString Journal::defaultPath(const QString &configFile)
{
    return util::perConfigStatePath(configFile, QStringLiteral("journal"), QStringLiteral(".jsonl"));
}

QJsonObject Journal::planToJson(const Plan &plan)
{
    QJsonArray moves, blocked;
    for (const auto &m : plan.moves) {
        QJsonObject o{{QStringLiteral("uuid"), m.vmUuid}, {QStringLiteral("name"), m.vmName},
                      {QStringLiteral("from"), m.from}, {QStringLiteral("to"), m.to},
                      {QStringLiteral("memory_kib"), double(m.memoryKiB)}, {QStringLiteral("vcpus"), int(m.vcpus)},
                      {QStringLiteral("offline"), m.offline}, {QStringLiteral("wan"), m.crossesWan},
                      {QStringLiteral("why"), m.why}};
        if (!m.definition.isEmpty()) // a recovery restarts from it, after a console crash too
            o.insert(QStringLiteral("definition"), m.definition);
        moves.append(o);
    }
    for (const auto &b : plan.blocked)
        blocked.append(QJsonObject{{QStringLiteral("uuid"), b.vmUuid}, {QStringLiteral("name"), b.vmName},
                                   {QStringLiteral("from"), b.from}, {QStringLiteral("reason"), b.reason}});
    return QJsonObject{{QStringLiteral("plan"), plan.id},
                       {QStringLiteral("kind"), Plan::kindId(plan.kind)},
                       {QStringLiteral("subject"), plan.subject},
                       {QStringLiteral("created"), plan.created.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("moves"), moves},
                       {QStringLiteral("blocked"), blocked},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)}};
}

std::optional<Plan> Journal::planFromJson(const QJsonObject &o, QString *why)
{
    Plan p;
    p.id = o.value(QStringLiteral("plan")).toString();
    bool kindOk = false;
    p.kind = Plan::kindFromId(o.value(QStringLiteral("kind")).toString(), &kindOk);
    p.subject = o.value(QStringLiteral("subject")).toString();
    p.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (p.id.isEmpty() || !kindOk || !o.value(QStringLiteral("moves")).isArray()) {
        if (why)
            *why = tr("a plan record needs 'plan', a known 'kind' and a 'moves' array");
        return std::nullopt;
    }
    for (const auto &v : o.value(QStringLiteral("moves")).toArray()) {
        const QJsonObject m = v.toObject();
        PlannedMove pm;
        pm.vmUuid = m.value(QStringLiteral("uuid")).toString();
        pm.vmName = m.value(QStringLiteral("name")).toString();
        pm.from = m.value(QStringLiteral("from")).toString();
        pm.to = m.value(QStringLiteral("to")).toString();
        pm.memoryKiB = quint64(m.value(QStringLiteral("memory_kib")).toDouble());
        pm.vcpus = quint32(m.value(QStringLiteral("vcpus")).toInt());
        pm.offline = m.value(QStringLiteral("offline")).toBool();
        pm.crossesWan = m.value(QStringLiteral("wan")).toBool();
        pm.why = m.value(QStringLiteral("why")).toString();
        pm.definition = m.value(QStringLiteral("definition")).toString();
        if (pm.vmUuid.isEmpty() || pm.from.isEmpty() || pm.to.isEmpty()) {
            if (why)
                *why = tr("a move needs 'uuid', 'from' and 'to'");
            return std::nullopt;
        }
        p.moves.push_back(pm);
    }
    for (const auto &v : o.value(QStringLiteral("blocked")).toArray()) {
        const QJsonObject b = v.toObject();
        p.blocked.push_back({b.value(QStringLiteral("uuid")).toString(), b.value(QStringLiteral("name")).toString(),
                             b.value(QStringLiteral("from")).toString(), b.value(QStringLiteral("reason")).toString()});
    }
    for (const auto &w : o.value(QStringLiteral("warnings")).toArray())
        p.warnings << w.toString();
    return p;
}

namespace {

void applyRecord(JournalReplay &r, const QJsonObject &o, int line)
{
    const QString rec = o.value(QStringLiteral("rec")).toString();
    const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
    auto problem = [&](const QString &why) { r.problems << Journal::tr("line %1: %2").arg(line).arg(why); };
    if (rec == QLatin1String("maintenance")) {
        const QString host = o.value(QStringLiteral("host")).toString();
        if (o.value(QStringLiteral("on")).toBool())
            r.maintenance.insert(host);
        else
            r.maintenance.remove(host);
        return;
    }
    const QString id = o.value(QStringLiteral("plan")).toString();
    if (rec == QLatin1String("plan")) {
        QString why;
        auto plan = Journal::planFromJson(o, &why);
        if (!plan)
            return problem(why);
        if (r.plans.contains(id))
            return problem(Journal::tr("plan %1 written twice; the first one is kept").arg(id));
        JournaledPlan jp;
        jp.plan = *plan;
        jp.options = Journal::optionsFromJson(o.value(QStringLiteral("options")).toObject());
        jp.owner = o.value(QStringLiteral("owner")).toString();
        jp.moves.resize(plan->moves.size());
        r.plans.insert(id, jp);
        r.planOrder << id;
        return;
    }
    if (rec == QLatin1String("note"))
        return;
    auto it = r.plans.find(id);
    if (it == r.plans.end())
        return problem(Journal::tr("record '%1' for unknown plan '%2'").arg(rec, id));
    if (rec == QLatin1String("move")) {
        const int i = o.value(QStringLiteral("move")).toInt(-1);
        if (i < 0 || i >= it->moves.size())
            return problem(Journal::tr("plan %1 has no move %2").arg(id).arg(i));
        MoveRecord &m = it->moves[i];
        m.status = moveStatusFromId(o.value(QStringLiteral("status")).toString());
        if (m.status == MoveStatus::Started)
            m.startedAt = at;
        else
            m.endedAt = at;
        m.message = o.value(QStringLiteral("message")).toString();
        return;
    }
    if (rec == QLatin1String("fenced")) {
        it->fenced = o.value(QStringLiteral("how")).toString(QStringLiteral("fenced"));
        it->fencedAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
        return;
    }
    if (rec == QLatin1String("state")) {
        const QString s = o.value(QStringLiteral("state")).toString();
        if (o.contains(QStringLiteral("owner")))
            it->owner = o.value(QStringLiteral("owner")).toString();
        for (PlanState st : {PlanState::Running, PlanState::Paused, PlanState::Aborted, PlanState::Finished})
            if (planStateId(st) == s) {
                it->state = st;
                return;
            }
        return problem(Journal::tr("unknown plan state '%1'").arg(s));
    }
    problem(Journal::tr("unknown record '%1'").arg(rec));
}

} // namespace

JournalReplay Journal::parse(const QByteArray &data)
{
    JournalReplay r;
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            const bool last = i == lines.size() - 1 || (i == lines.size() - 2 && lines.last().trimmed().isEmpty());
            r.problems << (last && !data.endsWith('\n')
                               ? tr("line %1: cut short (the writer stopped mid-line); skipped").arg(i + 1)
                               : tr("line %1: not a JSON object (%2); skipped").arg(i + 1).arg(err.errorString()));
            continue;
        }
        applyRecord(r, doc.object(), i + 1);
    }
    return r;
}

JournalReplay Journal::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(f.readAll());
}

Journal::Journal(QString path, QObject *parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath())
{
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
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && compactAlone(fd, m_path)) {
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
        m_replay = read(m_path);
        return;
    }
    m_replay = read(m_path);
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
    if (!m_error.isEmpty() || !m_writer)
        return false;
    record.insert(QStringLiteral("t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
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

QJsonObject Journal::optionsToJson(const PlanOptions &o)
{
    return {{QStringLiteral("max_per_host"), o.maxPerHost}, {QStringLiteral("max_per_link"), o.maxPerLink},
            {QStringLiteral("bandwidth_mibs"), double(o.move.bandwidthMiBs)}, {QStringLiteral("max_downtime_ms"), double(o.move.maxDowntimeMs)},
            {QStringLiteral("auto_converge"), o.move.autoConverge}, {QStringLiteral("post_copy"), o.move.postCopyAllowed},
            {QStringLiteral("parallel"), o.move.parallelConnections}, {QStringLiteral("timeout_s"), o.move.timeoutS}};
}

PlanOptions Journal::optionsFromJson(const QJsonObject &j)
{
    PlanOptions o;
    o.maxPerHost = std::clamp(j.value(QStringLiteral("max_per_host")).toInt(o.maxPerHost), 1, 1 << 20);
    o.maxPerLink = std::clamp(j.value(QStringLiteral("max_per_link")).toInt(o.maxPerLink), 1, 1 << 20);
    o.move.bandwidthMiBs = quint64(std::max(0.0, j.value(QStringLiteral("bandwidth_mibs")).toDouble()));
    o.move.maxDowntimeMs = quint64(std::max(0.0, j.value(QStringLiteral("max_downtime_ms")).toDouble()));
    o.move.autoConverge = j.value(QStringLiteral("auto_converge")).toBool();
    o.move.postCopyAllowed = j.value(QStringLiteral("post_copy")).toBool();
    o.move.parallelConnections = j.value(QStringLiteral("parallel")).toInt();
    o.move.timeoutS = std::max(0, j.value(QStringLiteral("timeout_s")).toInt(900));
    return o;
}

bool Journal::writePlan(const Plan &plan, const PlanOptions &options)
{
    QJsonObject o = planToJson(plan);
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

bool Journal::writeMoveEnded(const QString &planId, int move, MoveStatus status, const QString &message)
{
    QJsonObject o{{QStringLiteral("rec"), QStringLiteral("move")}, {QStringLiteral("plan"), planId},
                  {QStringLiteral("move"), move}, {QStringLiteral("status"), moveStatusId(status)}};
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
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
