#pragma once
// Crash recovery's second step for one VM: its host is fenced (powered off), so the saved
// definition is defined and started on another host; nothing is asked of the dead source. Never
// twice: the destination is asked first whether the VM already runs there. A destination whose
// daemon or storage hangs cannot hold the job: it gives up after its limit and says where things
// stand.
#include "jobs/movejob.h"

#include <atomic>
#include <memory>

class QTimer;

namespace hawan::jobs {

class RestartJob : public MoveJob
{
    Q_OBJECT
public:
    RestartJob(Target target, QString definitionXml, MigrationOptions options, QObject *parent = nullptr);
    ~RestartJob() override;
    // The other hosts (name, URI) asked afresh, before anything is defined, whether they run the
    // VM: one that does stops the restart (the VM is not started a second time), named.
    void setHostsToAsk(QVector<QPair<QString, QString>> hosts) { m_ask = std::move(hosts); }
    // Lock managers' lockspaces (directories as this machine sees them, see storage/diskleases.h):
    // a disk of the VM whose lease is held there stops the restart, as does a lockspace that
    // cannot be read. Empty: not checked.
    void setLockspaces(QStringList dirs) { m_lockspaces = std::move(dirs); }
    // How long a held lease (or a start refused for a lock) is waited on before the restart is
    // refused. A host that lost power cannot release its locks: the shared volume frees them when
    // it finds the client gone (23 and 28 s measured on the lab's GlusterFS after a power-off).
    // A frozen host holds them for good, so the wait ends in a refusal.
    static constexpr int kLeaseWaitS = 60;
    void setLeaseWaitS(int s) { m_leaseWaitS = s; }

    QString title() const override;
    bool isRestart() const override { return true; }
    const QString &definition() const { return m_definition; }
    static constexpr int kLimitS = 120;
    int limitS() const;

protected:
    void doStart() override;
    void doCancel() override { m_cancel->store(true); }

private:
    void phase(const QString &name);
    const QString m_definition;
    QVector<QPair<QString, QString>> m_ask;
    QStringList m_lockspaces;
    int m_leaseWaitS = kLeaseWaitS;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QTimer *m_deadline = nullptr;
};

} // namespace hawan::jobs
