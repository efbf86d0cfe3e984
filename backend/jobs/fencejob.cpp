#include "jobs/fencejob.h"

#include <QProcess>
#include <QTimer>

namespace hawan::jobs {

FenceJob::FenceJob(QString host, QString command, QObject *parent)
    : Job(parent), m_host(std::move(host)), m_command(std::move(command))
{
    setCapabilities({}); // once asked, the power controller acts: there is nothing to take back
}

QString FenceJob::title() const
{
    return tr("Fence %1").arg(m_host);
}

void FenceJob::doStart()
{
    setJobProgress({QStringLiteral("fencing"), 0, 0, 0, 0, 0, 0, -1});
    if (m_command.isEmpty()) {
        // Queued: whoever started it connects to its end first.
        QMetaObject::invokeMethod(this, [this] {
            finish({JobOutcome::Failed, JobError::Fence, tr("no fence command is configured for this host"), 0});
        }, Qt::QueuedConnection);
        return;
    }
    m_proc = new QProcess(this);
    m_proc->setProcessChannelMode(QProcess::MergedChannels);
    auto *limit = new QTimer(m_proc);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, m_proc, [this] { m_proc->kill(); });
    connect(m_proc, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString out = QString::fromLocal8Bit(m_proc->readAll()).trimmed().right(2000);
        const QString tail = out.isEmpty() ? QString() : QStringLiteral(": ") + out;
        if (status != QProcess::NormalExit)
            return finish({JobOutcome::Failed, JobError::Fence,
                           tr("the fence command did not finish within 2 minutes or was killed%1").arg(tail), 0});
        if (code != 0)
            return finish({JobOutcome::Failed, JobError::Fence, tr("the fence command exited with %1%2").arg(code).arg(tail), 0});
        finish({JobOutcome::Succeeded, JobError::None, out, 0});
    });
    connect(m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish({JobOutcome::Failed, JobError::Command, tr("the fence command could not start: %1").arg(m_proc->errorString()), 0});
    });
    m_proc->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_command});
    limit->start(kLimitMs);
}

void FenceJob::doCancel()
{
    // A power-off half done is not undone by killing its command: the result says it was cut short.
    if (m_proc)
        m_proc->kill();
}

} // namespace hawan::jobs
