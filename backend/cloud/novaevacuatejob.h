#pragma once
// A crash recovery's restart of a cloud's server, done as Masakari does it: the fenced host's
// compute service is forced down (and disabled, with a reason that says Hawan did it), then Nova
// is asked to evacuate the server (rebuild it on another host from its own record, on the shared
// storage), and the job follows the server until Nova has it ACTIVE on its new host or in ERROR.
// The fence itself is the recovery's step before this one (the host's fence command).
#include "jobs/movejob.h"

#include <QElapsedTimer>
#include <QTimer>

namespace hawan::cloud {

class CloudSource;

class NovaEvacuateJob : public jobs::MoveJob
{
    Q_OBJECT
public:
    // `target.destHost` empty: Nova's scheduler picks the host.
    NovaEvacuateJob(Target target, jobs::MigrationOptions options, CloudSource *source, QObject *parent = nullptr);
    QString title() const override;
    bool isRestart() const override { return true; }
    QString auditKind() const override { return QStringLiteral("evacuate"); }
    QString auditSubject() const override { return target().vmName + QLatin1Char('@') + target().sourceHost; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void evacuate();
    void poll();
    void end(jobs::JobOutcome outcome, const QString &message, jobs::JobError error = jobs::JobError::None);

    CloudSource *m_source;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_asked = false;    // Nova took the evacuation: a cancel can no longer undo it
    bool m_polling = false;
    bool m_sawTask = false;
};

} // namespace hawan::cloud
