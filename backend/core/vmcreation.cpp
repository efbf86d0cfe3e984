#include "core/vmcreation.h"

#include "jobs/commandjob.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace hawan::core {

namespace {
constexpr int kCheckLimitMs = 60 * 1000;
constexpr int kCopyLimitMs = 30 * 60 * 1000; // a template of a few GiB over a slow volume

// The site whose test_dir holds `path` (the host's own first), or -1.
int siteHolding(const config::Config &config, int host, const QString &path)
{
    const QString dir = QDir::cleanPath(QFileInfo(path).absolutePath());
    const int own = config.siteIndex(config.hosts.value(host).site);
    QVector<int> order{own};
    for (int s = 0; s < config.sites.size(); ++s)
        if (s != own)
            order << s;
    for (int s : order)
        if (s >= 0 && !config.sites[s].testDir.isEmpty() && !config.sites[s].runner.isEmpty()
            && QDir::cleanPath(config.sites[s].testDir) == dir)
            return s;
    return -1;
}
} // namespace

bool validVmName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

QString newVmDisk(const config::Config &config, int host, const QString &name, const QString &image)
{
    const int site = config.siteIndex(config.hosts.value(host).site);
    const QString suffix = QFileInfo(image).completeSuffix();
    return QDir::cleanPath(config.sites.value(site).testDir) + QLatin1Char('/') + name + QLatin1Char('.')
        + (suffix.isEmpty() ? QStringLiteral("img") : suffix);
}

QStringList madeDisks(const config::Config &config, int host, const model::VmInfo &vm, QStringList *kept)
{
    QStringList made;
    for (const QString &d : vm.disks) {
        if (QFileInfo(d).fileName().startsWith(vm.name + QLatin1Char('.')) && siteHolding(config, host, d) >= 0)
            made << d;
        else if (kept)
            *kept << d;
    }
    return made;
}

QString cannotCreateAt(const config::Config &config, int host)
{
    if (config.experiments.vmImage.isEmpty())
        return CreateVmJob::tr("no template image: set [experiments] vm_image to a small disk image on the shared volume");
    if (host < 0 || host >= config.hosts.size())
        return CreateVmJob::tr("unknown host");
    const int site = config.siteIndex(config.hosts[host].site);
    if (site < 0 || config.sites[site].runner.isEmpty() || config.sites[site].testDir.isEmpty())
        return CreateVmJob::tr("%1 has no runner and test_dir: Hawan copies the template there with them ([[site]] runner, test_dir)")
            .arg(config.hosts[host].site);
    return {};
}

CreateVmJob::CreateVmJob(const config::Config &config, experiments::VmHosts *hosts, Request request, QObject *parent)
    : Job(parent), m_config(config), m_hosts(hosts), m_req(std::move(request))
{
    setCapabilities({}); // a copy, then one call: it ends by itself
}

QString CreateVmJob::title() const
{
    return tr("Create %1 on %2").arg(m_req.name, m_config.hosts.value(m_req.host).name);
}

void CreateVmJob::step(const QString &phase)
{
    jobs::JobProgress p = jobProgress();
    p.phase = phase;
    p.elapsedMs = elapsedMs();
    setJobProgress(p);
}

void CreateVmJob::command(const QStringList &argv, const QString &what, int limitMs, std::function<void(bool, QString)> then)
{
    auto *cmd = new jobs::CommandJob(what, argv, limitMs, this);
    addSubjob(cmd);
    connect(cmd, &jobs::Job::ended, this, [cmd, then] { then(cmd->jobResult().succeeded(), cmd->jobResult().message); });
    cmd->start();
}

void CreateVmJob::fail(const QString &message, bool removeDisk)
{
    if (!removeDisk)
        return finish({jobs::JobOutcome::Failed, jobs::JobError::Refused, message, 0});
    const int site = m_config.siteIndex(m_config.hosts[m_req.host].site);
    command(m_config.sites[site].runner + QStringList{QStringLiteral("rm"), QStringLiteral("-f"), m_disk}, QStringLiteral("rm"), kCheckLimitMs,
            [this, message](bool ok, const QString &error) {
                finish({jobs::JobOutcome::Failed, jobs::JobError::Hypervisor,
                        ok ? tr("%1 (its disk copy was removed again)").arg(message)
                           : tr("%1; its disk copy %2 could not be removed (%3): remove it by hand").arg(message, m_disk, error),
                        0});
            });
}

void CreateVmJob::doStart()
{
    QString why = cannotCreateAt(m_config, m_req.host);
    if (why.isEmpty() && !validVmName(m_req.name))
        why = tr("'%1' is not a VM name: letters, digits, '.', '_' and '-', at most 64").arg(m_req.name);
    if (why.isEmpty() && m_req.image.isEmpty())
        why = tr("no template image chosen");
    const model::Inventory *inv = m_hosts ? m_hosts->inventory() : nullptr;
    for (int h = 0; why.isEmpty() && inv && h < inv->hostCount(); ++h)
        for (const auto &vm : inv->vms(h))
            if (vm.name == m_req.name)
                why = tr("a VM named %1 is on %2 already").arg(m_req.name, inv->host(h).name);
    if (why.isEmpty() && inv && inv->hostStatus(m_req.host).state != model::HostState::Up)
        why = tr("%1 is not connected").arg(m_config.hosts[m_req.host].name);
    if (!why.isEmpty())
        return QMetaObject::invokeMethod(this, [this, why] { fail(why, false); }, Qt::QueuedConnection), void();
    m_disk = newVmDisk(m_config, m_req.host, m_req.name, m_req.image);
    const QStringList runner = m_config.sites[m_config.siteIndex(m_config.hosts[m_req.host].site)].runner;
    step(QStringLiteral("checking"));
    // Never over an existing file: it may be another VM's disk.
    command(runner + QStringList{QStringLiteral("test"), QStringLiteral("!"), QStringLiteral("-e"), m_disk}, QStringLiteral("check"), kCheckLimitMs,
            [this, runner](bool free, const QString &) {
                if (!free)
                    return fail(tr("%1 exists already (or the site cannot be asked): choose another name").arg(m_disk), false);
                step(QStringLiteral("copying"));
                command(runner + QStringList{QStringLiteral("cp"), QStringLiteral("--sparse=always"), m_req.image, m_disk},
                        QStringLiteral("copy"), kCopyLimitMs, [this](bool ok, const QString &error) {
                            if (!ok)
                                return fail(tr("copying %1 failed: %2").arg(m_req.image, error), true);
                            step(QStringLiteral("defining"));
                            config::Experiments e = m_config.experiments;
                            e.vmMemoryMiB = m_req.memoryMiB;
                            e.vmImageFormat = m_req.image.endsWith(QLatin1String(".qcow2")) ? QStringLiteral("qcow2") : e.vmImageFormat;
                            auto *def = m_hosts->requestDefine(m_req.host, m_req.name,
                                                               experiments::testVmXml(e, m_req.name, m_disk, tr("Created with Hawan from %1").arg(m_req.image)));
                            auto defined = [this, def] {
                                if (!def->jobResult().succeeded())
                                    return fail(tr("defining it failed: %1").arg(def->jobResult().message), true);
                                m_uuid = def->vmUuid();
                                if (!m_req.start)
                                    return finish({jobs::JobOutcome::Succeeded, jobs::JobError::None,
                                                   tr("defined on %1, disk %2").arg(m_config.hosts[m_req.host].name, m_disk), 0});
                                step(QStringLiteral("starting"));
                                auto *start = m_hosts->requestVmAction(m_req.host, m_uuid, model::VmAction::Start);
                                auto started = [this, start] {
                                    const auto &r = start->jobResult();
                                    finish({r.outcome, r.error,
                                            r.succeeded() ? tr("running on %1, disk %2").arg(m_config.hosts[m_req.host].name, m_disk)
                                                          : tr("defined on %1, but it did not start: %2").arg(m_config.hosts[m_req.host].name, r.message),
                                            0});
                                };
                                start->isFinished() ? started() : void(connect(start, &jobs::Job::ended, this, started));
                            };
                            def->isFinished() ? defined() : void(connect(def, &jobs::Job::ended, this, defined));
                        });
            });
}

DeleteVmJob::DeleteVmJob(const config::Config &config, experiments::VmHosts *hosts, int host, model::VmInfo vm, QObject *parent)
    : Job(parent), m_config(config), m_hosts(hosts), m_host(host), m_vm(std::move(vm))
{
    setCapabilities({});
    m_disks = madeDisks(config, host, m_vm, &m_kept);
}

QString DeleteVmJob::title() const
{
    return tr("Delete %1 on %2").arg(m_vm.name, m_config.hosts.value(m_host).name);
}

void DeleteVmJob::doStart()
{
    if (model::vmIsActive(m_vm.state)) {
        QMetaObject::invokeMethod(this, [this] {
            finish({jobs::JobOutcome::Failed, jobs::JobError::Refused, tr("%1 is running: shut it down first").arg(m_vm.name), 0});
        }, Qt::QueuedConnection);
        return;
    }
    auto *undef = m_hosts->requestVmAction(m_host, m_vm.uuid, model::VmAction::Undefine);
    auto done = [this, undef] {
        if (!undef->jobResult().succeeded())
            return finish({jobs::JobOutcome::Failed, jobs::JobError::Hypervisor,
                           tr("not deleted: %1").arg(undef->jobResult().message), 0});
        removeNext();
    };
    undef->isFinished() ? done() : void(connect(undef, &jobs::Job::ended, this, done));
}

void DeleteVmJob::removeNext()
{
    if (m_disks.isEmpty()) {
        QString msg = tr("undefined");
        if (!m_removed.isEmpty())
            msg += tr("; disk removed: %1").arg(m_removed.join(QStringLiteral(", ")));
        if (!m_failed.isEmpty())
            msg += tr("; could not remove %1: remove it by hand").arg(m_failed.join(QStringLiteral("; ")));
        if (!m_kept.isEmpty())
            msg += tr("; disk(s) not made by Hawan kept: %1").arg(m_kept.join(QStringLiteral(", ")));
        return finish({m_failed.isEmpty() ? jobs::JobOutcome::Succeeded : jobs::JobOutcome::Failed,
                       m_failed.isEmpty() ? jobs::JobError::None : jobs::JobError::Command, msg, 0});
    }
    const QString disk = m_disks.takeFirst();
    const int site = siteHolding(m_config, m_host, disk);
    auto *cmd = new jobs::CommandJob(tr("remove %1").arg(disk),
                                     m_config.sites[site].runner + QStringList{QStringLiteral("rm"), QStringLiteral("-f"), disk},
                                     kCheckLimitMs, this);
    addSubjob(cmd);
    connect(cmd, &jobs::Job::ended, this, [this, cmd, disk] {
        if (!cmd->jobResult().succeeded())
            m_failed << QStringLiteral("%1 (%2)").arg(disk, cmd->jobResult().message);
        else
            m_removed << disk;
        removeNext();
    });
    cmd->start();
}

} // namespace hawan::core
