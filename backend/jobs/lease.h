#pragma once
// A lease others can see and that dies with its holder: an open-file-description lock (fcntl
// F_OFD_SETLK) on a small file that names the holder. The kernel drops the lock when the holder's
// process ends, however it ends; on a GlusterFS volume the lock holds across clients, so consoles
// at both sites (and the HA watcher) see one another when the lease directory is on the volume.
// Recovering a host holds "recover-<host>"; the HA watcher that acts holds "watcher".
//
// Blocking file calls (a hung mount would hold the caller): use them off the GUI thread, as
// LeaseJob and the watcher do. Across a partition, two sides may each get a lock on their own
// copy of the volume: there the fence, and asking every host before a restart, are the guards.
#include "jobs/job.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace hawan::config { struct Config; }

namespace hawan::jobs {

struct LeaseHolder
{
    QString program;  // "hawan", "hawanctl recover", "hawanctl ha"
    QString machine;  // host name of the machine it runs on
    QString user;
    qint64 pid = 0;
    QDateTime since;
    QJsonObject detail; // what the holder says of itself (the watcher: its state, last actions)

    static LeaseHolder self(const QString &program); // this process
    QJsonObject toJson() const;
    static LeaseHolder fromJson(const QJsonObject &o);
    // "hawanctl recover (pid 4242 on roma-console, root) since 10:31:02 UTC"
    QString describe() const;
};

class Lease
{
public:
    ~Lease(); // releases (closes the file)
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;

    struct Taken
    {
        std::unique_ptr<Lease> lease; // held, or null:
        std::optional<LeaseHolder> heldBy; // someone else holds it
        QString error;                     // or the file could not be used
    };
    // Takes `dir`/`name`.lease without waiting. The directory is made (0700) if missing.
    static Taken take(const QString &dir, const QString &name, const LeaseHolder &me);
    // Who holds it; nullopt when free (or no file). `error` says why it could not be read.
    static std::optional<LeaseHolder> holder(const QString &dir, const QString &name, QString *error = nullptr);
    static QString path(const QString &dir, const QString &name);

    const LeaseHolder &me() const { return m_me; }
    // Rewrites what the holder says of itself (the watcher's heartbeat). False with `error`.
    bool update(const QJsonObject &detail, QString *error = nullptr);

private:
    Lease(int fd, LeaseHolder me) : m_fd(fd), m_me(std::move(me)) {}
    bool write(QString *error);
    int m_fd;
    LeaseHolder m_me;
};

// A lease released off the calling thread (closing a file on a hung mount may block).
void releaseDetached(std::unique_ptr<Lease> lease);

// The directory of `config`'s leases: [ha] lease_dir, or <state>/hawan/leases.
QString leaseDirectory(const config::Config &config);
// What this process calls itself in the leases it holds ("hawan", "hawanctl recover").
QString leaseProgram();
void setLeaseProgram(const QString &program);

// Takes a lease as a job: off the calling thread, with a deadline (a hung mount is an answer
// too: no lease). Succeeds holding it (takeLease()); fails saying who holds it, or why it
// could not be taken.
class LeaseJob : public Job
{
    Q_OBJECT
public:
    // `subject` completes "… is held by …": "the recovery of napoli-hv2", "the HA watcher".
    LeaseJob(QString dir, QString name, QString subject, QObject *parent = nullptr);
    QString title() const override;
    std::unique_ptr<Lease> takeLease() { return std::move(m_lease); }
    const std::optional<LeaseHolder> &heldBy() const { return m_heldBy; }
    static constexpr int kDeadlineMs = 5000;

protected:
    void doStart() override;

private:
    const QString m_dir, m_name, m_subject;
    std::unique_ptr<Lease> m_lease;
    std::optional<LeaseHolder> m_heldBy;
};

} // namespace hawan::jobs
