#pragma once
// The audit trail: who did what, when, why and how it ended, one JSON record per line, each
// HMAC-SHA256-authenticated with the audit key and chained to the record before it (a sequence
// number and the previous record's MAC inside what is authenticated). Several processes append
// to one trail (consoles, hawanctl, the HA watcher): each append holds the file's exclusive lock
// while it reads the last record, writes its own and fsyncs. The newest record's number and MAC
// are also kept beside the key (the "head"), so that a trail cut short is told from one that ended.
// Appends are queued to a thread of their own: a slow disk never holds up the caller.
#include "audit/key.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

namespace hawan::audit {

// One action as the caller tells it; who, where and when are added by the trail.
struct Entry
{
    QString what;     // a stable verb: "migrate", "vm-start", "maintenance-on", "storage-override"…
    QString subject;  // the VM, host, site or volume it acts on
    QString why;      // the reason the operator typed, where one is asked
    QString outcome;  // "asked", "succeeded", "failed", "cancelled", "refused", "done"
    QString text;     // the action or its result in words
    QJsonObject detail; // anything else worth keeping (plan id, job id, source and destination)
};

struct Finding
{
    int line = 0;     // 1-based; 0 = the trail as a whole (its end, its key)
    qint64 seq = 0;   // the record's number, when known
    QString text;
};

struct Verification
{
    int records = 0;
    QVector<Finding> findings;
    bool ok() const { return findings.isEmpty(); }
};

struct Record
{
    int line = 0;
    QJsonObject json;
    bool authentic = false;
};

class WriterThread;

class Trail : public QObject
{
    Q_OBJECT
public:
    Trail(QString path, std::shared_ptr<const Key> key, QObject *parent = nullptr);
    ~Trail() override; // waits up to 5 s for queued records

    const QString &path() const { return m_path; }
    const Key &key() const { return *m_key; }

    // Queues the record; false when the trail has already failed (error()).
    bool append(const Entry &entry);
    // Blocks until queued records are on disk (command-line tools, tests).
    bool waitForWritten(int msecs = 10000);
    const QString &error() const { return m_error; }

    // Where the trail's head is kept: beside the key, named after the trail.
    static QString headPath(const Key &key, const QString &trailPath);
    // Checks every record and the chain: where a record was edited, removed, reordered, the file
    // cut short, or the key replaced. Blocking: not on a GUI thread.
    static Verification verify(const QString &path, const Key &key);
    // Every record, each said authentic or not (its MAC alone; the chain is verify()'s).
    static QVector<Record> read(const QString &path, const Key *key);

    // Who this process acts as: OS user, machine, program and pid.
    static QJsonObject actor();

Q_SIGNALS:
    void failed(const QString &error); // a record could not be written; nothing more is

private:
    void written(const QString &failure);
    QString m_path;
    std::shared_ptr<const Key> m_key;
    QString m_error;
    std::shared_ptr<WriterThread> m_writer;
};

} // namespace hawan::audit
