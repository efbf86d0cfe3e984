#include "jobs/fencejob.h"

namespace hawan::jobs {

FenceJob::FenceJob(QString host, QString command, QObject *parent)
    : CommandJob(tr("Fence %1").arg(host), {QStringLiteral("/bin/sh"), QStringLiteral("-c"), command}, kLimitMs, parent),
      m_host(std::move(host)), m_command(std::move(command))
{
    setCapabilities({}); // once asked, the power controller acts: there is nothing to take back
    setFailureError(JobError::Fence);
    setWording({tr("the fence command exited with %1%2"),
                tr("the fence command did not finish within 2 minutes or was killed, with everything it started: "
                   "the host's power state is unknown (it may still be on); check it at its power controller "
                   "before restarting its VMs anywhere%1"),
                tr("the fence command could not start: %1")});
}

void FenceJob::doStart()
{
    if (m_command.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            finish({JobOutcome::Failed, JobError::Fence, tr("no fence command is configured for this host"), 0});
        }, Qt::QueuedConnection);
        return;
    }
    CommandJob::doStart();
}

} // namespace hawan::jobs
