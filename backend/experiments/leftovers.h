#pragma once
// What an experiment changes outside the console, written down before it changes it: the commands
// that undo it (put the link's delay back, remove the run's directory at each site). An experiment
// that ends removes its record after undoing; a console killed in the middle leaves the record,
// and the next start of the console or of hawanctl with the same configuration runs its commands
// (LeftoverCleanupJob). A record is locked (flock) while its experiment runs, so a second process
// never undoes a live experiment; the lock goes with the process that held it.
#include "jobs/job.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace hawan::experiments {

struct Undo
{
    QString what;      // "put the delay of wan back to 5 ms"
    QStringList argv;  // the command that does it
};

// The record of one run. write() and remove() wait for the disk: call them off the GUI thread.
class LeftoverRecord
{
public:
    explicit LeftoverRecord(QString path) : m_path(std::move(path)) {}
    ~LeftoverRecord();
    LeftoverRecord(const LeftoverRecord &) = delete;
    LeftoverRecord &operator=(const LeftoverRecord &) = delete;

    // Writes (and flushes to disk) the undo commands of run `runId` of `configFile`, and holds the
    // record's lock until remove() or release(). An error text, empty on success.
    QString write(const QString &configFile, const QString &runId, const QVector<Undo> &undo);
    // Undone: the record goes.
    QString remove();
    // Not undone: the record stays for the next start, unlocked.
    void release();
    const QString &path() const { return m_path; }

private:
    QString m_path;
    int m_fd = -1;
};

// <runsDirectory>/<id>.pending.json
QString leftoverPath(const QString &runId);

// At a start: for every record of `configFile` whose process is gone, runs its undo commands (each a
// subjob) and removes the record when all succeeded; a record with a failed command stays, for the
// next start, and the result says what to do by hand. Succeeds with an empty message when there
// was nothing to undo.
class LeftoverCleanupJob : public jobs::Job
{
    Q_OBJECT
public:
    explicit LeftoverCleanupJob(QString configFile, QObject *parent = nullptr);
    ~LeftoverCleanupJob() override;
    QString title() const override;
    // What was undone (one line per command), for a log.
    const QStringList &done() const { return m_done; }
    // Run at every start: recorded only when it undid something or failed.
    bool auditStart() const override { return false; }
    bool auditEnd() const override { return !m_done.isEmpty() || !jobResult().succeeded(); }

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Found
    {
        QString path, runId;
        int fd = -1; // locked
        QVector<Undo> undo;
        bool failed = false;
    };
    void next();
    void finishUp();

    const QString m_configFile;
    QVector<Found> m_found;
    int m_record = 0, m_command = 0;
    QStringList m_done, m_failed;
    bool m_cancelled = false;
};

} // namespace hawan::experiments
