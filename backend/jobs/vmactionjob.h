#pragma once
// One action on one VM (start, pause, resume, shut down, force off, remove a stale definition),
// carried out by its host's session on that host's thread. Succeeds or fails with libvirt's own
// words; a host that is not connected fails it at once (Unreachable).
#include "jobs/job.h"
#include "model/types.h"

#include <functional>

namespace hawan::jobs {

class VmActionJob : public Job
{
    Q_OBJECT
public:
    // Calls `reply(ok, message)` once, from any thread, when the host has answered.
    using Reply = std::function<void(bool ok, const QString &message)>;
    // Hands the action to the host's session; null when there is no such host. `definition`: the
    // XML of a Define (then the reply's message is the new VM's UUID), else empty.
    using Send = std::function<void(const QString &uuid, model::VmAction action, const QString &definition, Reply reply)>;

    VmActionJob(int host, QString hostName, QString uuid, QString vmName, model::VmAction action, Send send,
                QObject *parent = nullptr);
    QString auditKind() const override;
    QString auditSubject() const override { return m_vmName + QLatin1Char('@') + m_hostName; }
    // A Define's definition (XML), set before it starts. Once it has succeeded, vmUuid() is the new VM's.
    void setDefinition(const QString &xml) { m_definition = xml; }
    QString title() const override;
    int host() const { return m_host; }
    const QString &hostName() const { return m_hostName; }
    const QString &vmUuid() const { return m_uuid; }
    const QString &vmName() const { return m_vmName; }
    model::VmAction action() const { return m_action; }

protected:
    void doStart() override;

private:
    const int m_host;
    const QString m_hostName;
    QString m_uuid;
    const QString m_vmName;
    QString m_definition;
    const model::VmAction m_action;
    Send m_send;
};

} // namespace hawan::jobs
