#pragma once
// Creating and deleting a VM from the console, as the study's operators did: a copy of a template
// disk chosen in the configuration ([experiments] vm_image / busy_vm_image) made at the host's site
// by its runner, in its test_dir on the shared volume, named after the VM, and a definition of
// Hawan's own (one vCPU, no network: see experiments::testVmXml). Deleting undefines a shut-off VM
// and removes the disks Hawan made for it (named after it, in its site's test_dir); any other disk
// is kept and said. Each is a job of a few steps; a failure says which step and undoes what the
// job did before it (a copied disk is removed again when the definition is refused).
#include "experiments/vmtest.h"
#include "jobs/job.h"

#include <QPointer>

#include <functional>

namespace hawan::core {

// A VM name libvirt and the runner's shell take as it is: letters, digits, '.', '_', '-', at
// most 64, not starting with '.' or '-'.
bool validVmName(const QString &name);
// The disk a new VM made at `host`'s site gets: <test_dir>/<name>.<the template's suffix>.
QString newVmDisk(const config::Config &config, int host, const QString &name, const QString &image);
// Of `vm`'s disks, those Hawan made (it deletes them with the VM); `kept` gets the others.
QStringList madeDisks(const config::Config &config, int host, const model::VmInfo &vm, QStringList *kept = nullptr);
// Why no VM can be made at `host` (no template, no runner or test_dir at its site), or empty.
QString cannotCreateAt(const config::Config &config, int host);

class CreateVmJob : public jobs::Job
{
    Q_OBJECT
public:
    struct Request
    {
        int host = -1;
        QString name, image;
        int memoryMiB = 256;
        bool start = true;
    };
    CreateVmJob(const config::Config &config, experiments::VmHosts *hosts, Request request, QObject *parent = nullptr);
    QString title() const override;
    const Request &request() const { return m_req; }
    const QString &vmUuid() const { return m_uuid; } // once defined

protected:
    void doStart() override;

private:
    void step(const QString &phase);
    void fail(const QString &message, bool removeDisk);
    void command(const QStringList &argv, const QString &what, int limitMs, std::function<void(bool, QString)> then);
    const config::Config m_config;
    experiments::VmHosts *m_hosts;
    const Request m_req;
    QString m_disk, m_uuid;
};

class DeleteVmJob : public jobs::Job
{
    Q_OBJECT
public:
    DeleteVmJob(const config::Config &config, experiments::VmHosts *hosts, int host, model::VmInfo vm, QObject *parent = nullptr);
    QString title() const override;

protected:
    void doStart() override;

private:
    void removeNext();
    const config::Config m_config;
    experiments::VmHosts *m_hosts;
    const int m_host;
    const model::VmInfo m_vm;
    QStringList m_disks, m_kept, m_failed, m_removed;
};

} // namespace hawan::core
