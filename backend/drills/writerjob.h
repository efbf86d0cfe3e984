#pragma once
// The drills' write witness at one site as a job: hawan-writer started through the site's runner,
// appending numbered, checksummed records to its own file on the shared volume and saying which
// ones the file system acknowledged ("ack N" lines, read as they come). It runs until stop()
// (SIGTERM: the writer prints its summary and exits) or until it dies with its host; either way
// lastAck() is the last record a reader must find afterwards. Its death is no failure of the job:
// a drill that powers a host off may take a writer with it, and what it acknowledged still counts.
#include "jobs/job.h"

#include <QStringList>

class QProcess;

namespace hawan::drills {

class WriterJob : public jobs::Job
{
    Q_OBJECT
public:
    // `argv`: the runner, then hawan-writer write --file F --site NAME ...
    WriterJob(QString site, QStringList argv, QObject *parent = nullptr);
    QString title() const override;
    const QString &site() const { return m_site; }
    quint64 lastAck() const { return m_lastAck; }
    quint64 errors() const { return m_errors; }      // writes or fsyncs that failed (and were retried)
    const QString &lastError() const { return m_lastError; }
    qint64 lastAckAtMs() const { return m_lastAckAtMs; } // the job's clock; -1 = none yet
    // The longest time between two acknowledgements (a cut or a brick failover holds writes).
    qint64 longestStallMs() const { return m_longestStallMs; }
    bool running() const;
    // Asks the writer to stop (SIGTERM); the job ends once it has exited.
    void stop();

Q_SIGNALS:
    void acked(quint64 seq);

protected:
    void doStart() override;
    void doCancel() override { stop(); }

private:
    void readLines();
    const QString m_site;
    const QStringList m_argv;
    QProcess *m_proc = nullptr;
    QByteArray m_buffer;
    quint64 m_lastAck = 0, m_errors = 0;
    qint64 m_lastAckAtMs = -1, m_longestStallMs = 0;
    QString m_lastError, m_output;
    bool m_stopping = false;
};

} // namespace hawan::drills
