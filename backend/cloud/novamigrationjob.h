#pragma once
// A live migration of a cloud's server, carried out by Nova (os-migrateLive): the console asks,
// then follows Nova's own record of it (the server migrations API: status, memory and disk
// processed / remaining / total) and the server (task state, host) until Nova has it on its new
// host or says it failed. Cancel aborts it in Nova (DELETE of the running migration); force
// complete asks Nova to pause the guest and finish. Nova decides the stream: no bandwidth cap
// per migration through its API (the per-host and per-link limits still hold, in the planner).
#include "jobs/movejob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace hawan::cloud {

class NovaClient;

class NovaMigrationJob : public jobs::MoveJob
{
    Q_OBJECT
public:
    // `target.destHost` empty: Nova's scheduler picks the destination.
    NovaMigrationJob(Target target, jobs::MigrationOptions options, NovaClient *client, QObject *parent = nullptr);
    QString title() const override;
    bool isRestart() const override { return false; }
    QString auditKind() const override { return QStringLiteral("migrate"); }
    QString auditSubject() const override;
    // Asks Nova to finish now (the guest is paused for the rest of the copy). Only while running.
    void forceComplete();
    int novaMigrationId() const { return m_migrationId; }
    QString landedOn() const { return m_landedOn; } // the host Nova reports at the end

protected:
    void doStart() override;
    void doCancel() override;

private:
    void poll();
    void pollServer();
    void fail(const QString &message, jobs::JobError error = jobs::JobError::Hypervisor);
    void explainFailure();
    void readStream();

    // The source host's libvirt, read only (when the config gives its URI): the stream's own
    // figures each second. Nova saves them in its record only every 5 s at best (the lab's Zed
    // compute saved one sample per migration: its monitor loop stalls while the migrate call runs).
    struct Stream;
    std::shared_ptr<Stream> m_stream;
    bool m_streamBusy = false;
    qint64 m_streamAtMs = -1; // when the stream's figures were last shown

    NovaClient *m_client;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_migrationId = 0;
    QString m_status;
    QString m_landedOn;
    bool m_polling = false;
    bool m_sawTask = false;     // Nova's task state "migrating" seen (the request was taken up)
    bool m_cancelAsked = false;
    quint64 m_lastProcessed = 0;
    qint64 m_lastAtMs = 0;
    quint64 m_rateBps = 0;
};

} // namespace hawan::cloud
