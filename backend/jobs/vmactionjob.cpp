#include "jobs/vmactionjob.h"

#include "util/async.h"

namespace hawan::jobs {

VmActionJob::VmActionJob(int host, QString hostName, QString uuid, QString vmName, model::VmAction action, Send send,
                         QObject *parent)
    : Job(parent), m_host(host), m_hostName(std::move(hostName)), m_uuid(std::move(uuid)), m_vmName(std::move(vmName)),
      m_action(action), m_send(std::move(send))
{
    setCapabilities({}); // once sent, the host carries it out
}

QString VmActionJob::title() const
{
    return tr("%1 %2 on %3").arg(model::vmActionName(m_action), m_vmName, m_hostName);
}

void VmActionJob::doStart()
{
    setJobProgress({QStringLiteral("requested"), 0, 0, 0, 0, 0, 0, -1});
    util::Mailbox box(this);
    VmActionJob *self = this; // dereferenced only through the mailbox, on this job's thread
    auto reply = [box, self](bool ok, const QString &message) {
        box.post([self, ok, message] {
            if (ok && self->m_action == model::VmAction::Define)
                self->m_uuid = message;
            self->finish({ok ? JobOutcome::Succeeded : JobOutcome::Failed, ok ? JobError::None : JobError::Hypervisor,
                          message, 0});
        });
    };
    if (!m_send) {
        box.post([self] { self->finish({JobOutcome::Failed, JobError::Refused, tr("unknown host"), 0}); });
        return;
    }
    m_send(m_uuid, m_action, m_definition, reply);
}

QString VmActionJob::auditKind() const
{
    switch (m_action) {
    case model::VmAction::Start: return QStringLiteral("vm-start");
    case model::VmAction::Pause: return QStringLiteral("vm-pause");
    case model::VmAction::Resume: return QStringLiteral("vm-resume");
    case model::VmAction::Shutdown: return QStringLiteral("vm-shutdown");
    case model::VmAction::Destroy: return QStringLiteral("vm-force-off");
    case model::VmAction::UndefineStale: return QStringLiteral("vm-remove-stale-definition");
    case model::VmAction::Define: return QStringLiteral("vm-define");
    case model::VmAction::Undefine: return QStringLiteral("vm-undefine");
    }
    return QStringLiteral("vm-action");
}

} // namespace hawan::jobs
