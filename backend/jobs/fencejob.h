#pragma once
// Crash recovery's first step: power a host off through its configured fence command (sh -c, at
// most two minutes, never on the caller's thread). Succeeds only when the command exits 0; its
// output (what the power controller said) is the result's message.
#include "jobs/job.h"

class QProcess;

namespace hawan::jobs {

class FenceJob : public Job
{
    Q_OBJECT
public:
    FenceJob(QString host, QString command, QObject *parent = nullptr);
    QString title() const override;
    const QString &host() const { return m_host; }
    const QString &command() const { return m_command; }
    static constexpr int kLimitMs = 120000;

protected:
    void doStart() override;
    void doCancel() override;

private:
    const QString m_host, m_command;
    QProcess *m_proc = nullptr;
};

} // namespace hawan::jobs
