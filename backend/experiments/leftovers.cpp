#include "experiments/leftovers.h"

#include "util/files.h"

#include "experiments/experiment.h"
#include "jobs/commandjob.h"
#include "util/async.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace hawan::experiments {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::experiments::Leftovers)
};


bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QByteArray readAll(int fd)
{
    QByteArray out;
    char buf[4096];
    ::lseek(fd, 0, SEEK_SET);
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return out;
        out.append(buf, n);
        if (out.size() > (1 << 20))
            return {}; // not a record of ours
    }
}
} // namespace

QString leftoverPath(const QString &runId)
{
    return runsDirectory() + QLatin1Char('/') + runId + QStringLiteral(".pending.json");
}

LeftoverRecord::~LeftoverRecord()
{
    release();
}

QString LeftoverRecord::write(const QString &configFile, const QString &runId, const QVector<Undo> &undo)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Text::tr("cannot create %1").arg(QFileInfo(m_path).absolutePath());
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return Text::tr("cannot open %1: %2").arg(m_path, util::errnoText());
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            const QString why = util::errnoText();
            ::close(m_fd);
            m_fd = -1;
            return Text::tr("cannot lock %1: %2").arg(m_path, why);
        }
    }
    QJsonArray list;
    for (const auto &u : undo)
        list.append(QJsonObject{{QStringLiteral("what"), u.what}, {QStringLiteral("argv"), QJsonArray::fromStringList(u.argv)}});
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("hawan_experiment_leftovers"), 1},
                                                      {QStringLiteral("config"), configFile},
                                                      {QStringLiteral("id"), runId},
                                                      {QStringLiteral("pid"), qint64(::getpid())},
                                                      {QStringLiteral("undo"), list}})
                                .toJson(QJsonDocument::Indented);
    // Rewritten in place (the lock is on this file): truncate, write, flush to the disk.
    if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) < 0 || !writeAll(m_fd, json) || ::fsync(m_fd) != 0)
        return Text::tr("cannot write %1: %2").arg(m_path, util::errnoText());
    return {};
}

QString LeftoverRecord::remove()
{
    QString error;
    if (::unlink(QFile::encodeName(m_path).constData()) != 0 && errno != ENOENT)
        error = Text::tr("cannot remove %1: %2").arg(m_path, util::errnoText());
    release();
    return error;
}

void LeftoverRecord::release()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

LeftoverCleanupJob::LeftoverCleanupJob(QString configFile, QObject *parent) : Job(parent), m_configFile(std::move(configFile)) {}

LeftoverCleanupJob::~LeftoverCleanupJob()
{
    for (auto &f : m_found)
        if (f.fd >= 0)
            ::close(f.fd);
}

QString LeftoverCleanupJob::title() const
{
    return Text::tr("Clean up after interrupted experiments");
}

void LeftoverCleanupJob::doStart()
{
    jobs::JobProgress p;
    p.phase = QStringLiteral("looking for leftovers");
    setJobProgress(p);
    // Reading the state directory waits for the disk: off this thread.
    util::runDetached(title(), this,
                      [dir = runsDirectory(), config = m_configFile]() {
                          QVector<Found> found;
                          const auto files = QDir(dir).entryInfoList({QStringLiteral("*.pending.json")}, QDir::Files, QDir::Name);
                          for (const QFileInfo &fi : files) {
                              const int fd = ::open(QFile::encodeName(fi.filePath()).constData(), O_RDWR | O_CLOEXEC);
                              if (fd < 0)
                                  continue;
                              if (::flock(fd, LOCK_EX | LOCK_NB) != 0) { // its experiment runs in another process
                                  ::close(fd);
                                  continue;
                              }
                              const QJsonObject o = QJsonDocument::fromJson(readAll(fd)).object();
                              if (o.value(QLatin1String("config")).toString() != config) {
                                  ::close(fd);
                                  continue;
                              }
                              Found f;
                              f.path = fi.filePath();
                              f.runId = o.value(QLatin1String("id")).toString();
                              f.fd = fd;
                              for (const QJsonValue &v : o.value(QLatin1String("undo")).toArray()) {
                                  const QJsonObject u = v.toObject();
                                  QStringList argv;
                                  for (const QJsonValue &a : u.value(QLatin1String("argv")).toArray())
                                      argv << a.toString();
                                  if (!argv.isEmpty())
                                      f.undo.push_back({u.value(QLatin1String("what")).toString(), argv});
                              }
                              found.push_back(std::move(f));
                          }
                          return found;
                      },
                      [this](QVector<Found> found) {
                          m_found = std::move(found);
                          next();
                      });
}

void LeftoverCleanupJob::doCancel()
{
    m_cancelled = true; // the command running finishes (an undo half done is worse); the rest wait for the next start
}

void LeftoverCleanupJob::next()
{
    while (m_record < m_found.size() && (m_cancelled || m_command >= m_found[m_record].undo.size())) {
        ++m_record;
        m_command = 0;
    }
    if (m_record >= m_found.size())
        return finishUp();
    Found &f = m_found[m_record];
    const Undo u = f.undo[m_command++];
    jobs::JobProgress p;
    p.phase = u.what;
    setJobProgress(p);
    auto *cmd = new jobs::CommandJob(u.what, u.argv, 120000, this);
    addSubjob(cmd);
    connect(cmd, &jobs::Job::ended, this, [this, cmd, u, runId = f.runId] {
        Found &rec = m_found[m_record];
        if (cmd->jobResult().succeeded()) {
            m_done << Text::tr("%1: %2").arg(runId, u.what);
        } else {
            rec.failed = true;
            m_failed << Text::tr("%1: could not %2 (%3)").arg(runId, u.what, cmd->jobResult().message);
        }
        next();
    });
    cmd->start();
}

void LeftoverCleanupJob::finishUp()
{
    // Undone records go; the others stay (unlocked) for the next start. Off this thread: the disk.
    QVector<QPair<int, QString>> records;
    for (auto &f : m_found) {
        records.push_back({f.fd, f.failed || m_cancelled ? QString() : f.path});
        f.fd = -1;
    }
    util::runDetached(title(), this,
                      [records]() {
                          for (const auto &[fd, path] : records) {
                              if (!path.isEmpty())
                                  ::unlink(QFile::encodeName(path).constData());
                              ::close(fd);
                          }
                      },
                      [this] {
                          jobs::JobResult r;
                          r.outcome = m_failed.isEmpty() ? (m_cancelled ? jobs::JobOutcome::Cancelled : jobs::JobOutcome::Succeeded)
                                                         : jobs::JobOutcome::Failed;
                          r.error = m_failed.isEmpty() ? jobs::JobError::None : jobs::JobError::Command;
                          if (!m_failed.isEmpty())
                              r.message = Text::tr("%1. Hawan tries again at its next start; or do it by hand.")
                                              .arg(m_failed.join(QStringLiteral("; ")));
                          else if (!m_done.isEmpty())
                              r.message = Text::tr("after an interrupted experiment: %1").arg(m_done.join(QStringLiteral("; ")));
                          finish(r);
                      });
}

} // namespace hawan::experiments
