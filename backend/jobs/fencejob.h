#pragma once
// Crash recovery's first step: power a host off through its configured fence command (sh -c, at
// most two minutes, never on the caller's thread). Succeeds only when the command exits 0; its
// output (what the power controller said) is the result's message. Not cancellable: once asked,
// the power controller acts.
#include "jobs/commandjob.h"

namespace hawan::jobs {

class FenceJob : public CommandJob
{
    Q_OBJECT
public:
    FenceJob(QString host, QString command, QObject *parent = nullptr);
    const QString &host() const { return m_host; }
    QString auditSubject() const override { return m_host; }
    const QString &command() const { return m_command; }
    static constexpr int kLimitMs = 120000;

protected:
    void doStart() override;

private:
    const QString m_host, m_command;
};

} // namespace hawan::jobs
