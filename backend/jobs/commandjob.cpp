#include "jobs/commandjob.h"

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

#include <QProcess>
#include <QTimer>

namespace hawan::jobs {

namespace {
// A wording's %1, %2, %3 filled in one pass; a wording may leave any of them out (the fence's
// never names the command), which QString::arg would warn about.
QString fill(const QString &wording, const QStringList &values)
{
    QString out;
    out.reserve(wording.size() + 64);
    for (qsizetype i = 0; i < wording.size(); ++i) {
        const QChar c = wording[i];
        if (c == QLatin1Char('%') && i + 1 < wording.size() && wording[i + 1].isDigit()) {
            const int n = wording[i + 1].digitValue();
            if (n >= 1 && n <= values.size()) {
                out += values[n - 1];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
} // namespace

CommandJob::CommandJob(QString title, QStringList argv, int limitMs, QObject *parent)
    : Job(parent), m_title(std::move(title)), m_argv(std::move(argv)), m_limitMs(limitMs)
{
    m_wording = {tr("'%3' exited with %1%2"), tr("'%3' did not finish within %2 s or was killed%1"), tr("cannot run '%2': %1")};
}

void CommandJob::doStart()
{
    setJobProgress({QStringLiteral("running"), 0, 0, 0, 0, 0, 0, -1});
    if (m_argv.isEmpty()) {
        // Queued: whoever started it connects to its end first.
        QMetaObject::invokeMethod(this, [this] {
            finish({JobOutcome::Failed, JobError::Command, fill(m_wording.cannotRun, {tr("no command given"), QString()}), 0});
        }, Qt::QueuedConnection);
        return;
    }
    m_proc = new QProcess(this);
    // Its own process group: a command killed at its limit or cancelled takes everything it started
    // with it (a fence agent run by a shell must not power a host off after Hawan said "failed").
    const bool die = m_dieWithConsole;
    m_proc->setChildProcessModifier([die] {
        ::setpgid(0, 0);
        if (die)
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    m_proc->setProcessChannelMode(m_keepStdout ? QProcess::SeparateChannels : QProcess::MergedChannels);
    if (m_keepStdout)
        connect(m_proc, &QProcess::readyReadStandardOutput, this, [this] {
            const QByteArray chunk = m_proc->readAllStandardOutput();
            if (m_stdout.size() + chunk.size() <= kStdoutLimit)
                m_stdout += chunk;
        });
    auto *limit = new QTimer(m_proc);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, m_proc, [this] {
        m_timedOut = true;
        killGroup();
    });
    connect(m_proc, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_keepStdout) {
            const QByteArray rest = m_proc->readAllStandardOutput();
            if (m_stdout.size() + rest.size() <= kStdoutLimit)
                m_stdout += rest;
        }
        m_output = QString::fromLocal8Bit(m_keepStdout ? m_proc->readAllStandardError() : m_proc->readAll()).trimmed().right(4000);
        const QString tail = m_output.isEmpty() ? QString() : QStringLiteral(": ") + m_output;
        if (m_timedOut && m_processGroup > 0)
            ::kill(-m_processGroup, SIGKILL); // what the command left behind, had it exited meanwhile
        if (status != QProcess::NormalExit)
            return finish({JobOutcome::Failed, m_failureError, fill(m_wording.killed, {tail, QString::number(m_limitMs / 1000), m_argv.first()}), 0});
        m_exitCode = code;
        if (code != 0)
            return finish({JobOutcome::Failed, m_failureError, fill(m_wording.exited, {QString::number(code), tail, m_argv.first()}), 0});
        finish({JobOutcome::Succeeded, JobError::None, m_output, 0});
    });
    connect(m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish({JobOutcome::Failed, JobError::Command, fill(m_wording.cannotRun, {m_proc->errorString(), m_argv.first()}), 0});
    });
    connect(m_proc, &QProcess::started, this, [this] { m_processGroup = m_proc->processId(); });
    m_proc->start(m_argv.first(), m_argv.mid(1));
    limit->start(m_limitMs);
}

void CommandJob::killGroup()
{
    if (m_processGroup > 0)
        ::kill(-m_processGroup, SIGKILL);
    if (m_proc)
        m_proc->kill();
}

void CommandJob::doCancel()
{
    killGroup();
}

} // namespace hawan::jobs
