#pragma once
// An external command as a job: an argument array (never a shell line unless the caller asks for
// one), run as its own process with a time limit, its output kept. The fence command, the storage
// CLI's actions, and next the experiments' runners (fio at a site) and the drills' fault commands
// are all this. Succeeds when the command exits 0; its output is the result's message.
#include "jobs/job.h"

#include <QStringList>

class QProcess;

namespace hawan::jobs {

class CommandJob : public Job
{
    Q_OBJECT
public:
    // How a failure reads. exited: %1 exit code, %2 ": output" (or nothing), %3 program;
    // killed: %1 ": output", %2 the limit in seconds, %3 program; cannotRun: %1 why, %2 program.
    struct Wording
    {
        QString exited;
        QString killed;
        QString cannotRun;
    };

    CommandJob(QString title, QStringList argv, int limitMs, QObject *parent = nullptr);
    QString title() const override { return m_title; }
    const QStringList &argv() const { return m_argv; }
    const QString &output() const { return m_output; }
    int exitCode() const { return m_exitCode; } // -1 until it exited normally
    bool timedOut() const { return m_timedOut; } // killed at its limit, with its whole process group
    void setWording(Wording w) { m_wording = std::move(w); }
    // The error code of a command that ran and failed (exited non-zero, killed); default Command.
    void setFailureError(JobError e) { m_failureError = e; }
    // Keep standard output whole and apart (a report to parse: fio's JSON), up to 16 MiB; output()
    // is then standard error. Set before start().
    void setKeepStdout(bool keep) { m_keepStdout = keep; }
    // A command that only looks (a listing): allowed to a viewer. Set before it is tracked.
    void setReadsOnly(bool reads) { m_readsOnly = reads; }
    Effect effect() const override { return m_readsOnly ? Effect::Reads : Effect::Changes; }
    const QByteArray &stdoutBytes() const { return m_stdout; }
    // The command dies with the console (SIGKILL when the thread that started it, the GUI thread,
    // goes): an experiment's tool must not run on, writing, once nobody will read its report or
    // undo its writes. Works through execs (a runner that execs its tool), not through forks.
    void setDieWithConsole(bool die) { m_dieWithConsole = die; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    static constexpr qsizetype kStdoutLimit = 16 << 20;
    const QString m_title;
    const QStringList m_argv;
    const int m_limitMs;
    Wording m_wording;
    JobError m_failureError = JobError::Command;
    QProcess *m_proc = nullptr;
    QString m_output;
    QByteArray m_stdout;
    bool m_readsOnly = false;
    bool m_keepStdout = false;
    bool m_dieWithConsole = false;
    int m_exitCode = -1;
    qint64 m_processGroup = 0; // the command's pid, leader of its own group
    bool m_timedOut = false;
    void killGroup();
};

} // namespace hawan::jobs
