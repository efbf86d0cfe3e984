#pragma once
// The moves running now and what they share: creates each migration or restart as a tracked job,
// counts the moves per host and per WAN link (the plans' limits read these, never the history),
// splits each link's bandwidth budget between the migrations copying across it, and samples their
// rates into the probes' migration-stream series.
#include "jobs/movejob.h"
#include "jobs/planenvironment.h"

#include <QList>
#include <QObject>
#include <QVector>

#include <functional>

#include <memory>

namespace hawan::jobs { class JobTracker; }
namespace hawan::model { class Inventory; }
namespace hawan::probes { class ProbeHub; }

namespace hawan::core {

class MigrationService : public QObject
{
    Q_OBJECT
public:
    // `refreshHost` asks a host for a fresh report (both ends of a move that ended).
    MigrationService(model::Inventory *inventory, jobs::JobTracker *tracker, probes::ProbeHub *probes,
                     std::function<void(int host)> refreshHost, QObject *parent = nullptr);

    // One move, tracked, not started: a migration, or with `definition` a recovery's restart.
    // Null with `error` when it cannot be made (unknown host, no migration_uri).
    jobs::MoveJob *launch(int fromHost, const QString &uuid, int toHost, const jobs::MigrationOptions &options,
                          const QString &definition, QString *error);

    // How a move of a cloud's server is made (Fleet: a NovaMigrationJob on that cloud's client).
    // `rebuild`: a recovery's (Nova's evacuate), else a live migration.
    using CloudMove = std::function<std::unique_ptr<jobs::MoveJob>(int fromHost, const jobs::MoveJob::Target &target,
                                                                   const jobs::MigrationOptions &options, bool rebuild)>;
    void setCloudMove(CloudMove make) { m_cloudMove = std::move(make); }

    // Sent or received by the host / across that WAN link, running now (see PlanEnvironment::Load).
    jobs::PlanEnvironment::Load hostLoad(int host) const;
    jobs::PlanEnvironment::Load linkLoad(int link) const;
    const QList<jobs::MoveJob *> &running() const { return m_running; }

    // Samples the stream rates every `intervalMs` (once; later calls are ignored).
    void startSampling(int intervalMs);

private:
    int linkOf(const jobs::MoveJob *job) const;
    void rebalance(int link);
    double linkStreamBps(int link) const; // running migrations' rates across the link, now
    void sample();

    model::Inventory *m_inventory;
    jobs::JobTracker *m_tracker;
    probes::ProbeHub *m_probes;
    std::function<void(int)> m_refreshHost;
    CloudMove m_cloudMove;
    QList<jobs::MoveJob *> m_running;
    QVector<double> m_streamPeakBps; // per link: the highest total in this sampling interval
    bool m_sampling = false;
};

} // namespace hawan::core
