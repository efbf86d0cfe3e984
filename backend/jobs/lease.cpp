#include "jobs/lease.h"

#include "config/config.h"
#include "util/async.h"
#include "util/statepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTimer>

#include <mutex>

#include <cerrno>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace hawan::jobs {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::jobs::Lease)
};

struct flock wholeFile(short type)
{
    struct flock l {};
    l.l_type = type;
    l.l_whence = SEEK_SET;
    l.l_start = 0;
    l.l_len = 0;
    l.l_pid = 0; // required for OFD locks
    return l;
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

std::optional<LeaseHolder> readHolder(int fd)
{
    QByteArray content;
    char buf[4096];
    off_t at = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, buf, sizeof buf, at);
        if (n <= 0)
            break;
        content.append(buf, n);
        at += n;
        if (content.size() > 65536)
            break;
    }
    const QJsonObject o = QJsonDocument::fromJson(content).object();
    if (o.isEmpty())
        return LeaseHolder{}; // held, but its holder has not written yet (or wrote garbage)
    return LeaseHolder::fromJson(o);
}
} // namespace

LeaseHolder LeaseHolder::self(const QString &program)
{
    LeaseHolder h;
    h.program = program;
    h.machine = QSysInfo::machineHostName();
    if (const passwd *pw = ::getpwuid(::geteuid()))
        h.user = QString::fromLocal8Bit(pw->pw_name);
    h.pid = qint64(::getpid());
    h.since = QDateTime::currentDateTimeUtc();
    return h;
}

QJsonObject LeaseHolder::toJson() const
{
    return {{QStringLiteral("program"), program}, {QStringLiteral("machine"), machine}, {QStringLiteral("user"), user},
            {QStringLiteral("pid"), double(pid)}, {QStringLiteral("since"), since.toString(Qt::ISODate)},
            {QStringLiteral("detail"), detail}};
}

LeaseHolder LeaseHolder::fromJson(const QJsonObject &o)
{
    LeaseHolder h;
    h.program = o.value(QStringLiteral("program")).toString();
    h.machine = o.value(QStringLiteral("machine")).toString();
    h.user = o.value(QStringLiteral("user")).toString();
    h.pid = qint64(o.value(QStringLiteral("pid")).toDouble());
    h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    h.detail = o.value(QStringLiteral("detail")).toObject();
    return h;
}

QString LeaseHolder::describe() const
{
    if (program.isEmpty())
        return Text::tr("a process that has not said who it is");
    QString s = Text::tr("%1 (pid %2 on %3").arg(program).arg(pid).arg(machine.isEmpty() ? QStringLiteral("?") : machine);
    if (!user.isEmpty())
        s += QStringLiteral(", ") + user;
    s += QLatin1Char(')');
    if (since.isValid())
        s += Text::tr(" since %1 UTC").arg(since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return s;
}

QString Lease::path(const QString &dir, const QString &name)
{
    return dir + QLatin1Char('/') + name + QStringLiteral(".lease");
}

Lease::Taken Lease::take(const QString &dir, const QString &name, const LeaseHolder &me)
{
    Taken t;
    if (!QDir().mkpath(dir)) {
        t.error = Text::tr("cannot create the lease directory %1").arg(dir);
        return t;
    }
    const QByteArray p = QFile::encodeName(path(dir, name));
    const int fd = ::open(p.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        t.error = Text::tr("cannot open %1: %2").arg(path(dir, name), errnoText(errno));
        return t;
    }
    struct flock l = wholeFile(F_WRLCK);
    if (::fcntl(fd, F_OFD_SETLK, &l) < 0) {
        const int e = errno;
        if (e == EAGAIN || e == EACCES)
            t.heldBy = readHolder(fd);
        else
            t.error = Text::tr("cannot lock %1: %2").arg(path(dir, name), errnoText(e));
        ::close(fd);
        return t;
    }
    std::unique_ptr<Lease> lease(new Lease(fd, me));
    if (!lease->write(&t.error))
        return t; // released with it
    t.lease = std::move(lease);
    return t;
}

std::optional<LeaseHolder> Lease::holder(const QString &dir, const QString &name, QString *error)
{
    const QByteArray p = QFile::encodeName(path(dir, name));
    const int fd = ::open(p.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = errno == ENOENT ? QString() : Text::tr("cannot open %1: %2").arg(path(dir, name), errnoText(errno));
        return std::nullopt;
    }
    struct flock l = wholeFile(F_WRLCK);
    std::optional<LeaseHolder> h;
    if (::fcntl(fd, F_OFD_GETLK, &l) < 0) {
        if (error)
            *error = Text::tr("cannot test the lock of %1: %2").arg(path(dir, name), errnoText(errno));
    } else if (l.l_type != F_UNLCK) {
        h = readHolder(fd);
        if (error)
            error->clear();
    } else if (error) {
        error->clear();
    }
    ::close(fd);
    return h;
}

bool Lease::update(const QJsonObject &detail, QString *error)
{
    m_me.detail = detail;
    return write(error);
}

bool Lease::write(QString *error)
{
    const QByteArray json = QJsonDocument(m_me.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (::ftruncate(m_fd, 0) < 0 || ::pwrite(m_fd, json.constData(), size_t(json.size()), 0) != json.size()) {
        if (error)
            *error = Text::tr("cannot write the lease: %1").arg(errnoText(errno));
        return false;
    }
    return true;
}

Lease::~Lease()
{
    ::close(m_fd); // the lock goes with the file description
}

void releaseDetached(std::unique_ptr<Lease> lease)
{
    if (!lease)
        return;
    auto token = std::make_shared<util::DetachedToken>(QStringLiteral("releasing a lease"));
    std::thread([token, l = std::move(lease)]() mutable { l.reset(); }).detach();
}

namespace {
std::mutex g_programMutex;
QString g_program;
} // namespace

QString leaseDirectory(const config::Config &config)
{
    return config.ha.leaseDir.isEmpty() ? util::stateDirectory() + QStringLiteral("/leases") : config.ha.leaseDir;
}

QString leaseProgram()
{
    std::lock_guard lock(g_programMutex);
    return g_program.isEmpty() ? QCoreApplication::applicationName() : g_program;
}

void setLeaseProgram(const QString &program)
{
    std::lock_guard lock(g_programMutex);
    g_program = program;
}

LeaseJob::LeaseJob(QString dir, QString name, QString subject, QObject *parent)
    : Job(parent), m_dir(std::move(dir)), m_name(std::move(name)), m_subject(std::move(subject))
{
    setCapabilities({});
}

QString LeaseJob::title() const
{
    return tr("Take the lease: %1").arg(m_subject);
}

void LeaseJob::doStart()
{
    setJobProgress({tr("taking the lease"), 0, 0, 0, 0, 0, 0, -1});
    struct Outcome
    {
        std::unique_ptr<Lease> lease;
        std::optional<LeaseHolder> heldBy;
        QString error;
    };
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(kDeadlineMs, this, [this, answered] {
        if (*answered)
            return;
        *answered = true;
        finish({JobOutcome::Failed, JobError::Refused,
                tr("the lease directory %1 did not answer within %2 s: nothing was done").arg(m_dir).arg(kDeadlineMs / 1000), 0});
    });
    const LeaseHolder me = LeaseHolder::self(leaseProgram());
    util::runDetached(title(), this,
                      [dir = m_dir, name = m_name, me] {
                          Lease::Taken t = Lease::take(dir, name, me);
                          return Outcome{std::move(t.lease), t.heldBy, t.error};
                      },
                      [this, answered](Outcome o) {
                          if (*answered)
                              return releaseDetached(std::move(o.lease)); // too late: the job said no
                          *answered = true;
                          if (o.lease) {
                              m_lease = std::move(o.lease);
                              return finish({JobOutcome::Succeeded, JobError::None, tr("held"), 0});
                          }
                          m_heldBy = o.heldBy;
                          finish({JobOutcome::Failed, JobError::Refused,
                                  o.heldBy ? tr("%1 is held by %2").arg(m_subject, o.heldBy->describe())
                                           : tr("cannot take the lease of %1: %2").arg(m_subject, o.error), 0});
                      });
}

} // namespace hawan::jobs
