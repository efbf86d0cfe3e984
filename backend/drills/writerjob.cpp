#include "drills/writerjob.h"

#include <csignal>

#include <sys/prctl.h>

#include <QProcess>
#include <QTimer>

namespace hawan::drills {

WriterJob::WriterJob(QString site, QStringList argv, QObject *parent)
    : Job(parent), m_site(std::move(site)), m_argv(std::move(argv))
{
}

QString WriterJob::title() const
{
    return tr("Writer at %1").arg(m_site);
}

bool WriterJob::running() const
{
    return m_proc && m_proc->state() != QProcess::NotRunning;
}

void WriterJob::doStart()
{
    setJobProgress({QStringLiteral("writing"), 0, 0, 0, 0, 0, 0, -1});
    m_proc = new QProcess(this);
    // A writer must not outlive the console that reads its acknowledgements.
    m_proc->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_proc->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_proc, &QProcess::readyReadStandardOutput, this, &WriterJob::readLines);
    connect(m_proc, &QProcess::readyReadStandardError, this, [this] {
        m_output = (m_output + QString::fromLocal8Bit(m_proc->readAllStandardError())).right(2000);
    });
    connect(m_proc, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readLines();
        jobs::JobResult r;
        r.outcome = jobs::JobOutcome::Succeeded;
        const QString acked = tr("%n record(s) acknowledged", nullptr, int(m_lastAck));
        if (m_stopping)
            r.message = acked;
        else if (status != QProcess::NormalExit)
            r.message = tr("%1; the writer died (killed with its host?)").arg(acked);
        else
            r.message = tr("%1; the writer exited with %2%3").arg(acked).arg(code)
                            .arg(m_output.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + m_output.trimmed());
        if (!m_stopping && m_lastAck == 0) {
            r.outcome = jobs::JobOutcome::Failed;
            r.error = jobs::JobError::Command;
        }
        finish(r);
    });
    connect(m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish({jobs::JobOutcome::Failed, jobs::JobError::Command, tr("cannot run '%1': %2").arg(m_argv.value(0), m_proc->errorString()), 0});
    });
    m_proc->start(m_argv.first(), m_argv.mid(1));
}

void WriterJob::readLines()
{
    m_buffer += m_proc->readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        if (line.startsWith("ack ")) {
            bool ok = false;
            const quint64 seq = line.mid(4).toULongLong(&ok);
            if (!ok || seq <= m_lastAck)
                continue;
            const qint64 now = elapsedMs();
            if (m_lastAckAtMs >= 0)
                m_longestStallMs = std::max(m_longestStallMs, now - m_lastAckAtMs);
            m_lastAck = seq;
            m_lastAckAtMs = now;
            Q_EMIT acked(seq);
        } else if (line.startsWith("error ")) {
            ++m_errors;
            m_lastError = QString::fromUtf8(line.mid(6)).section(QLatin1Char(' '), 1);
        }
    }
}

void WriterJob::stop()
{
    if (!running()) {
        if (!isFinished() && !m_proc)
            finish({jobs::JobOutcome::Cancelled, jobs::JobError::None, {}, 0});
        return;
    }
    m_stopping = true;
    m_proc->terminate();
    // A writer stuck in a write that never returns (a hung mount) is killed after 30 s.
    QTimer::singleShot(30000, m_proc, [p = m_proc] {
        if (p->state() != QProcess::NotRunning)
            p->kill();
    });
}

} // namespace hawan::drills
