#include "audit/trail.h"

#include "util/files.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hawan::audit {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::audit::Trail)
};


const QString kSeq = QStringLiteral("seq"), kPrev = QStringLiteral("prev"), kMac = QStringLiteral("mac"),
              kKey = QStringLiteral("key");

struct Head
{
    qint64 seq = 0;
    QString last;
    bool present = false, authentic = false;
};

Head readHead(const QString &path, const Key &key)
{
    Head h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    h.present = true;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    h.authentic = verify(key, o);
    h.seq = o.value(kSeq).toInteger();
    h.last = o.value(QStringLiteral("last")).toString();
    return h;
}

bool writeHead(const QString &path, const Key &key, const QString &trail, qint64 seq, const QString &last)
{
    QJsonObject o{{QStringLiteral("trail"), trail}, {kSeq, seq}, {QStringLiteral("last"), last}};
    sign(key, o);
    // No secret in it (a number and a MAC), and its folder is the key's: left as it is (OwnerOnly would close it to 0700).
    return util::writeFileAtomically(path, QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n').isEmpty();
}

// The last complete record of an open trail: its number and MAC (0 and empty for none).
std::pair<qint64, QString> lastRecord(int fd)
{
    struct stat st{};
    if (::fstat(fd, &st) != 0 || st.st_size == 0)
        return {0, {}};
    const qint64 size = qint64(st.st_size);
    for (qint64 window = 64 * 1024; ; window *= 4) {
        const qint64 from = std::max<qint64>(0, size - window);
        QByteArray data(qsizetype(size - from), Qt::Uninitialized);
        const ssize_t n = ::pread(fd, data.data(), size_t(data.size()), off_t(from));
        if (n <= 0)
            return {0, {}};
        data.truncate(n);
        const QList<QByteArray> lines = data.split('\n');
        for (qsizetype i = lines.size() - 1; i >= (from > 0 ? 1 : 0); --i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            if (o.contains(kSeq) && o.contains(kMac))
                return {o.value(kSeq).toInteger(), o.value(kMac).toString()};
        }
        if (from == 0)
            return {0, {}};
    }
}
} // namespace

class WriterThread
{
public:
    std::mutex mu;
    std::condition_variable wake, progressed;
    std::deque<QJsonObject> queue;
    quint64 queued = 0, done = 0;
    QString failure;
    bool stop = false, exited = false;
    QString path, headPath;
    std::shared_ptr<const Key> key;
    std::function<void(const QString &)> notify; // cleared when the Trail goes

    static void run(const std::shared_ptr<WriterThread> &w) { w->loop(); }

private:
    QString writeBatch(std::deque<QJsonObject> &batch)
    {
        const QByteArray file = QFile::encodeName(path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        const int fd = ::open(file.constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return Text::tr("cannot open the audit trail %1: %2").arg(path, util::errnoText());
        (void)::fchmod(fd, 0600);
        if (::flock(fd, LOCK_EX) != 0 && errno != ENOLCK && errno != EOPNOTSUPP) {
            const QString e = util::errnoText();
            ::close(fd);
            return Text::tr("cannot lock the audit trail %1: %2").arg(path, e);
        }
        // Continue from the newer of the file's last record and the head: a trail cut short is
        // continued after the records it lost, so that the gap stays visible.
        auto [seq, prev] = lastRecord(fd);
        const Head head = readHead(headPath, *key);
        if (head.authentic && head.seq > seq) {
            seq = head.seq;
            prev = head.last;
        }
        QByteArray out;
        for (QJsonObject &r : batch) {
            r.insert(kSeq, ++seq);
            r.insert(kPrev, prev);
            r.insert(kKey, key->id());
            sign(*key, r);
            prev = r.value(kMac).toString();
            out += QJsonDocument(r).toJson(QJsonDocument::Compact) + '\n';
        }
        QString error;
        const char *p = out.constData();
        qsizetype left = out.size();
        while (left > 0 && error.isEmpty()) {
            const ssize_t n = ::write(fd, p, size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                error = Text::tr("cannot write the audit trail %1: %2").arg(path, util::errnoText());
            else
                p += n, left -= n;
        }
        if (error.isEmpty() && ::fsync(fd) != 0)
            error = Text::tr("cannot write the audit trail %1: %2").arg(path, util::errnoText());
        if (error.isEmpty() && !writeHead(headPath, *key, path, seq, prev))
            error = Text::tr("cannot write the audit trail's head %1").arg(headPath);
        ::close(fd); // and its lock
        return error;
    }

    void loop()
    {
        std::unique_lock lock(mu);
        for (;;) {
            wake.wait(lock, [this] { return stop || !queue.empty(); });
            if (queue.empty())
                break;
            std::deque<QJsonObject> batch;
            batch.swap(queue);
            const bool alreadyFailed = !failure.isEmpty();
            const quint64 n = batch.size();
            lock.unlock();
            const QString error = alreadyFailed ? QString() : writeBatch(batch);
            lock.lock();
            if (!error.isEmpty() && failure.isEmpty())
                failure = error;
            done += n;
            progressed.notify_all();
            if (notify && !error.isEmpty())
                notify(error);
        }
        exited = true;
        progressed.notify_all();
    }
};

Trail::Trail(QString path, std::shared_ptr<const Key> key, QObject *parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath()), m_key(std::move(key))
{
    m_writer = std::make_shared<WriterThread>();
    m_writer->path = m_path;
    m_writer->headPath = headPath(*m_key, m_path);
    m_writer->key = m_key;
    m_writer->notify = [this](const QString &failure) {
        QMetaObject::invokeMethod(this, [this, failure] { written(failure); }, Qt::QueuedConnection);
    };
    std::thread(&WriterThread::run, m_writer).detach();
}

Trail::~Trail()
{
    std::unique_lock lock(m_writer->mu);
    m_writer->notify = nullptr;
    m_writer->stop = true;
    m_writer->wake.notify_all();
    if (!m_writer->progressed.wait_for(lock, std::chrono::seconds(5), [this] { return m_writer->exited; }))
        qWarning("hawan: the audit trail %s is not answering (hung filesystem?); %zu record(s) may not be on disk",
                 qPrintable(m_path), m_writer->queue.size());
}

QJsonObject Trail::actor()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return {{QStringLiteral("user"), pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid())},
            {QStringLiteral("machine"), QSysInfo::machineHostName()},
            {QStringLiteral("program"), QCoreApplication::applicationName()},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
}

bool Trail::append(const Entry &e)
{
    if (!m_error.isEmpty())
        return false;
    QJsonObject r = actor();
    r.insert(QStringLiteral("t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    r.insert(QStringLiteral("what"), e.what);
    if (!e.subject.isEmpty())
        r.insert(QStringLiteral("subject"), e.subject);
    if (!e.why.isEmpty())
        r.insert(QStringLiteral("why"), e.why);
    r.insert(QStringLiteral("outcome"), e.outcome);
    if (!e.text.isEmpty())
        r.insert(QStringLiteral("text"), e.text);
    if (!e.detail.isEmpty())
        r.insert(QStringLiteral("detail"), e.detail);
    {
        std::lock_guard lock(m_writer->mu);
        m_writer->queue.push_back(r);
        ++m_writer->queued;
    }
    m_writer->wake.notify_one();
    return true;
}

bool Trail::waitForWritten(int msecs)
{
    std::unique_lock lock(m_writer->mu);
    const quint64 target = m_writer->queued;
    m_writer->progressed.wait_for(lock, std::chrono::milliseconds(msecs), [&] { return m_writer->done >= target; });
    const QString failure = m_writer->failure;
    const bool ok = m_writer->done >= target && failure.isEmpty();
    lock.unlock();
    if (!failure.isEmpty())
        written(failure);
    return ok;
}

void Trail::written(const QString &failure)
{
    if (failure.isEmpty() || !m_error.isEmpty())
        return;
    m_error = failure;
    Q_EMIT failed(m_error);
}

QString Trail::headPath(const Key &key, const QString &trailPath)
{
    const QString dir = key.path().isEmpty() ? QFileInfo(trailPath).absolutePath() : QFileInfo(key.path()).absolutePath();
    const QByteArray h = QCryptographicHash::hash(QFileInfo(trailPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return dir + QStringLiteral("/audit-head-") + QString::fromLatin1(h.left(16)) + QStringLiteral(".json");
}

QVector<Record> Trail::read(const QString &path, const Key *key)
{
    QVector<Record> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray text = f.readLine();
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        Record r;
        r.line = line;
        r.json = QJsonDocument::fromJson(text).object();
        r.authentic = key && !r.json.isEmpty() && audit::verify(*key, r.json);
        out << r;
    }
    return out;
}

Verification Trail::verify(const QString &path, const Key &key)
{
    Verification v;
    if (!QFileInfo::exists(path)) {
        v.findings << Finding{0, 0, Text::tr("%1 does not exist").arg(path)};
        return v;
    }
    const QVector<Record> records = read(path, &key);
    v.records = int(records.size());
    // A key that wrote none of it: replaced (or another trail's), said once rather than per record.
    bool anyOurs = false;
    QString otherKey;
    for (const Record &r : records) {
        const QString id = r.json.value(kKey).toString();
        anyOurs = anyOurs || id == key.id();
        if (!id.isEmpty() && id != key.id())
            otherKey = id;
    }
    if (!records.isEmpty() && !anyOurs) {
        v.findings << Finding{0, 0, Text::tr("the key %1 (id %2) wrote none of these %3 records (they name key %4): the key was "
                                             "replaced, or it is another trail's key").arg(key.path(), key.id()).arg(records.size())
                                        .arg(otherKey.isEmpty() ? Text::tr("none") : otherKey)};
        return v;
    }
    QHash<qint64, int> lineOf; // every record number seen, readable or not authentic
    for (const Record &r : records)
        if (r.json.contains(kSeq))
            lineOf.insert(r.json.value(kSeq).toInteger(), r.line);
    qint64 expected = 1;
    QString prevMac;
    bool prevAuthentic = true;
    qint64 lastSeq = 0;
    QString lastMac;
    for (const Record &r : records) {
        if (r.json.isEmpty() || !r.json.contains(kSeq)) {
            v.findings << Finding{r.line, 0, Text::tr("not a record: edited, or cut in the middle of a line")};
            prevAuthentic = false;
            continue;
        }
        const qint64 seq = r.json.value(kSeq).toInteger();
        if (!r.authentic)
            v.findings << Finding{r.line, seq, r.json.value(kKey).toString() != key.id()
                                                   ? Text::tr("record %1 names another key (%2): written with another key, or edited").arg(seq).arg(r.json.value(kKey).toString())
                                                   : Text::tr("record %1 was edited: its content does not match its MAC").arg(seq)};
        if (seq == expected) {
            if (prevAuthentic && r.authentic && r.json.value(kPrev).toString() != prevMac)
                v.findings << Finding{r.line, seq, Text::tr("record %1 does not follow the record before it: record %2 was replaced")
                                                       .arg(seq).arg(seq - 1)};
        } else if (seq > expected) {
            QStringList moved;
            qint64 firstMissing = -1, lastMissing = -1;
            for (qint64 s = expected; s < seq; ++s) {
                if (const int at = lineOf.value(s, 0); at > r.line)
                    moved << Text::tr("record %1 comes later, at line %2").arg(s).arg(at);
                else if (!lineOf.contains(s)) {
                    if (firstMissing < 0)
                        firstMissing = s;
                    lastMissing = s;
                }
            }
            if (!moved.isEmpty())
                v.findings << Finding{r.line, seq, Text::tr("records out of order before record %1: %2").arg(seq).arg(moved.join(QStringLiteral("; ")))};
            if (firstMissing >= 0)
                v.findings << Finding{r.line, seq, firstMissing == lastMissing
                                                        ? Text::tr("record %1 is missing before this line: removed").arg(firstMissing)
                                                        : Text::tr("records %1 to %2 are missing before this line: removed").arg(firstMissing).arg(lastMissing)};
        } else {
            v.findings << Finding{r.line, seq, Text::tr("record %1 is out of order: it comes after record %2 (moved or copied)").arg(seq).arg(expected - 1)};
        }
        expected = std::max(expected, seq + 1);
        prevMac = r.json.value(kMac).toString();
        prevAuthentic = r.authentic;
        if (seq >= lastSeq) {
            lastSeq = seq;
            lastMac = prevMac;
        }
    }
    const Head head = readHead(headPath(key, path), key);
    if (!head.present)
        v.findings << Finding{0, 0, Text::tr("no head beside the key (%1): whether the trail was cut short cannot be told")
                                        .arg(headPath(key, path))};
    else if (!head.authentic)
        v.findings << Finding{0, 0, Text::tr("the head %1 was edited: it does not match its MAC").arg(headPath(key, path))};
    else if (head.seq > lastSeq)
        v.findings << Finding{0, head.seq, head.seq == lastSeq + 1
                                               ? Text::tr("cut short: record %1, the last written, is missing at the end").arg(head.seq)
                                               : Text::tr("cut short: records %1 to %2 (the last written) are missing at the end")
                                                     .arg(lastSeq + 1).arg(head.seq)};
    else if (head.seq == lastSeq && head.last != lastMac)
        v.findings << Finding{0, head.seq, Text::tr("the last record (%1) is not the one written last").arg(lastSeq)};
    else if (head.seq < lastSeq)
        v.findings << Finding{0, head.seq, Text::tr("the head names record %1 but the trail goes on to %2: the head was put back "
                                                    "from an older copy").arg(head.seq).arg(lastSeq)};
    return v;
}

} // namespace hawan::audit
