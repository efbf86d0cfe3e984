#include "jobs/migratedialog.h"

#include "jobs/plan.h"

#include "probes/probehub.h"

#include "common/format.h"
#include "model/inventory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hawan::widgets {

using namespace hawan::model;

MigrateDialog::MigrateDialog(Inventory *inventory, int fromHost, const QString &uuid, int toHost, QWidget *parent)
    : QDialog(parent), m_inv(inventory), m_from(fromHost), m_uuid(uuid)
{
    setObjectName(QStringLiteral("migrateDialog"));
    QString vmName = uuid;
    for (const auto &v : m_inv->vms(fromHost))
        if (v.uuid == uuid)
            vmName = v.name;
    setWindowTitle(tr("Migrate %1").arg(vmName));

    m_dest = new QComboBox(this);
    m_dest->setObjectName(QStringLiteral("migrateDestination"));
    for (int h = 0; h < m_inv->hostCount(); ++h) {
        if (h == fromHost)
            continue;
        const int site = m_inv->siteOfHost(h);
        m_dest->addItem(tr("%1 (%2)").arg(m_inv->host(h).name, site >= 0 ? m_inv->site(site).name : QString()), h);
        if (h == toHost)
            m_dest->setCurrentIndex(m_dest->count() - 1);
    }
    m_checks = new QLabel(this);
    m_checks->setObjectName(QStringLiteral("migrateChecks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    m_bandwidth = new QSpinBox(this);
    m_bandwidth->setRange(0, 100000);
    m_bandwidth->setSuffix(tr(" MiB/s"));
    m_bandwidth->setSpecialValueText(tr("unlimited"));
    m_bandwidth->setToolTip(tr("Cap the migration stream so it does not starve other traffic on the WAN."));
    m_autoConverge = new QCheckBox(tr("Auto-converge (slow the guest's vCPUs if it dirties memory faster than the link carries)"), this);
    m_downtime = new QSpinBox(this);
    m_downtime->setObjectName(QStringLiteral("migrateDowntime"));
    m_downtime->setRange(0, 60000);
    m_downtime->setSingleStep(100);
    m_downtime->setSuffix(tr(" ms"));
    m_downtime->setSpecialValueText(tr("default (300 ms)"));
    m_downtime->setToolTip(tr("How long the VM may pause for the final copy. A higher value lets a busy guest converge; "
                              "it can also be raised while the migration runs."));
    m_postCopy = new QCheckBox(tr("Allow post-copy (switch when it does not converge)"), this);
    m_postCopy->setObjectName(QStringLiteral("migratePostCopy"));
    m_postCopy->setToolTip(tr("After the switch the VM runs on the destination and fetches its remaining memory over the WAN: "
                              "it always converges, but if the link fails during post-copy the VM is lost."));
    m_parallel = new QSpinBox(this);
    m_parallel->setRange(1, 8);
    m_parallel->setValue(1);
    m_parallel->setToolTip(tr("Parallel streams for the memory copy: helps when one TCP stream cannot fill a long fat link."));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(0, 86400);
    m_timeout->setValue(600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_timeout->setToolTip(tr("Abort the migration if it takes longer; the VM then keeps running on the source."));

    auto *form = new QFormLayout;
    form->addRow(tr("VM:"), new QLabel(QStringLiteral("<b>%1</b> on %2").arg(vmName.toHtmlEscaped(), m_inv->host(fromHost).name), this));
    form->addRow(tr("Destination:"), m_dest);
    form->addRow(tr("Pre-checks:"), m_checks);
    form->addRow(tr("Bandwidth cap:"), m_bandwidth);
    form->addRow(tr("Max downtime:"), m_downtime);
    form->addRow(QString(), m_autoConverge);
    form->addRow(QString(), m_postCopy);
    auto *postCopyWarning = new QLabel(tr("⚠ Post-copy: a WAN failure after the switch loses the VM (neither side has all of its memory)."), this);
    postCopyWarning->setWordWrap(true);
    postCopyWarning->setStyleSheet(QStringLiteral("color: #c78a0c"));
    postCopyWarning->setVisible(false);
    form->addRow(QString(), postCopyWarning);
    connect(m_postCopy, &QCheckBox::toggled, postCopyWarning, &QWidget::setVisible);
    form->addRow(tr("Parallel connections:"), m_parallel);
    form->addRow(tr("Time limit:"), m_timeout);
    // A cloud's server: Nova drives the stream with its own settings; none of libvirt's knobs apply.
    const QString cloud = m_inv->host(fromHost).cloud;
    if (!cloud.isEmpty())
        for (QWidget *w : {static_cast<QWidget *>(m_bandwidth), static_cast<QWidget *>(m_downtime), static_cast<QWidget *>(m_autoConverge),
                           static_cast<QWidget *>(m_postCopy), static_cast<QWidget *>(postCopyWarning), static_cast<QWidget *>(m_parallel)})
            form->setRowVisible(w, false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = m_buttons->addButton(tr("Migrate"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("migrateGo"));
    go->setDefault(true);
    auto *lay = new QVBoxLayout(this);
    auto *intro = new QLabel(cloud.isEmpty()
                                 ? tr("Live migration keeps the VM running: its memory is copied to the destination while it runs, "
                                      "then it pauses for a moment and resumes there. The source daemon drives it, so closing "
                                      "Hawan does not stop it.")
                                 : tr("Live migration keeps the VM running. Cloud '%1' carries it out through Nova (os-migrateLive), "
                                      "with Nova's own stream settings; closing Hawan does not stop it, and Nova keeps its record "
                                      "of where the server runs.").arg(cloud),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    lay->addLayout(form);
    lay->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dest, &QComboBox::currentIndexChanged, this, &MigrateDialog::runChecks);
    runChecks();
    // The wrapped intro's height at the dialog's width (sizeHint wraps it narrower: taller), and
    // any slack below the form, not around the intro.
    intro->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    lay->addStretch(1);
    resize(560, lay->hasHeightForWidth() ? lay->totalHeightForWidth(560) : sizeHint().height());
}

int MigrateDialog::destination() const { return m_dest->currentData().toInt(); }

jobs::MigrationOptions MigrateDialog::options() const
{
    jobs::MigrationOptions o;
    o.bandwidthMiBs = quint64(m_bandwidth->value());
    o.autoConverge = m_autoConverge->isChecked();
    o.postCopyAllowed = m_postCopy->isChecked();
    o.maxDowntimeMs = quint64(m_downtime->value());
    o.parallelConnections = m_parallel->value();
    o.timeoutS = m_timeout->value();
    return o;
}

void MigrateDialog::setProbes(const probes::ProbeHub *probes)
{
    m_probes = probes;
    if (m_probes)
        connect(m_probes, &probes::ProbeHub::linkStateChanged, this, [this] { runChecks(); });
    runChecks();
}

void MigrateDialog::linkChecks(int link, QStringList *ok, QStringList *warn)
{
    const auto &l = m_inv->config().links[link];
    bool lossy = false;
    if (!m_probes || !m_probes->linkState(link).measured) {
        warn->append(tr("the link's round trip is not measured (add a [[link.probe]] to see it here)"));
    } else {
        const auto &st = m_probes->linkState(link);
        if (st.cut) {
            m_problems << tr("%1 is cut: every echo across it is lost; a migration cannot complete until it returns").arg(l.name);
            lossy = true;
        } else {
            if (st.loss > 0) {
                warn->append(tr("%1 loses %2 % of echoes: the migration may stall, and post-copy is off (a failure after "
                                "the switch would lose the VM)").arg(l.name).arg(double(st.loss) * 100.0, 0, 'f', 0));
                lossy = true;
            }
            if (!std::isnan(st.rttMs) && st.rttMs > l.rttLimitMs)
                warn->append(tr("round trip %1 ms is over the %2 ms limit: expect a slower copy and a longer final pause")
                                 .arg(double(st.rttMs), 0, 'f', 1).arg(l.rttLimitMs));
            else if (!lossy)
                ok->append(tr("WAN round trip %1 ms (limit %2 ms), no loss").arg(double(st.rttMs), 0, 'f', 1).arg(l.rttLimitMs));
        }
    }
    if (lossy && m_postCopy->isChecked())
        m_postCopy->setChecked(false);
    m_postCopy->setEnabled(!lossy);
}

void MigrateDialog::runChecks()
{
    m_postCopy->setEnabled(true);
    m_problems.clear();
    QStringList ok, warn;
    const int to = destination();
    const VmInfo *vm = nullptr;
    for (const auto &v : m_inv->vms(m_from))
        if (v.uuid == m_uuid)
            vm = &v;
    if (!vm) {
        m_problems << tr("the VM is no longer on %1").arg(m_inv->host(m_from).name);
    } else {
        if (const QString manager = jobs::managerOf(*vm); !manager.isEmpty())
            m_problems << jobs::behindManagerText(manager);
        if (!vmIsActive(vm->state))
            m_problems << tr("the VM is %1: only a running or paused VM can migrate live").arg(Format::vmState(vm->state));
        if (m_inv->hostStatus(m_from).state != HostState::Up || m_inv->isStale(m_from))
            m_problems << tr("the source %1 is not answering").arg(m_inv->host(m_from).name);
        if (to >= 0) {
            const auto &st = m_inv->hostStatus(to);
            if (st.state != HostState::Up)
                m_problems << tr("the destination %1 is %2").arg(m_inv->host(to).name, Format::hostState(st.state));
            else
                ok << tr("destination is up");
            if (m_inv->inMaintenance(to))
                m_problems << tr("%1 is in maintenance: it receives no new VMs").arg(m_inv->host(to).name);
            if (m_inv->host(to).migrationUri.isEmpty())
                m_problems << tr("%1 has no migration_uri in the configuration").arg(m_inv->host(to).name);
            const quint64 freeKiB = st.node.memoryKiB > m_inv->hostSnapshot(to).vmMemoryKiB
                ? st.node.memoryKiB - m_inv->hostSnapshot(to).vmMemoryKiB : 0;
            if (st.node.memoryKiB && freeKiB < vm->memoryKiB)
                m_problems << tr("%1 has %2 free, the VM needs %3").arg(m_inv->host(to).name, Format::memory(freeKiB), Format::memory(vm->memoryKiB));
            else if (st.node.memoryKiB)
                ok << tr("memory: %1 needed, %2 free").arg(Format::memory(vm->memoryKiB), Format::memory(freeKiB));
            if (st.node.cpus && vm->vcpus > quint32(st.node.cpus))
                m_problems << tr("the VM has %1 vCPUs, %2 has %3 CPUs").arg(vm->vcpus).arg(m_inv->host(to).name).arg(st.node.cpus);
            const int sa = m_inv->siteOfHost(m_from), sb = m_inv->siteOfHost(to);
            if (sa != sb) {
                const int li = m_inv->config().linkBetween(m_inv->site(sa).name, m_inv->site(sb).name);
                if (li < 0) {
                    warn << tr("no link between %1 and %2 is configured").arg(m_inv->site(sa).name, m_inv->site(sb).name);
                } else {
                    const auto &l = m_inv->config().links[li];
                    warn << tr("crosses the WAN (%1, %2 Mbit/s, RTT limit %3 ms)").arg(l.name).arg(l.capacityMbit).arg(l.rttLimitMs);
                    linkChecks(li, &ok, &warn);
                }
            }
        }
        // Storage both hosts see: each disk must sit in a pool whose directory the destination has too.
        const auto &srcPools = m_inv->hostSnapshot(m_from).pools;
        const auto &dstPools = to >= 0 ? m_inv->hostSnapshot(to).pools : QVector<PoolInfo>{};
        for (const QString &disk : vm->disks) {
            if (!disk.startsWith(QLatin1Char('/'))) {
                warn << tr("disk %1 is not a file path: check that %2 reaches it").arg(disk, to >= 0 ? m_inv->host(to).name : QString());
                continue;
            }
            const PoolInfo *src = poolHolding(srcPools, disk);
            const PoolInfo *dst = poolHolding(dstPools, disk);
            if (src && dst && dst->active)
                ok << tr("disk %1: pool %2 on both hosts").arg(disk, dst->name);
            else if (dst && !dst->active)
                m_problems << tr("disk %1: pool %2 on %3 is not active, so %3 cannot see the disk; start the pool first")
                                  .arg(disk, dst->name, m_inv->host(to).name);
            else if (src && to >= 0)
                warn << tr("disk %1 is in pool %2 here, but %3 has no pool at %4: if it cannot see the disk, the migration fails "
                           "(the VM then stays here)").arg(disk, src->name, m_inv->host(to).name, src->targetPath);
            else
                warn << tr("disk %1: no storage pool holds it on either host, so whether the destination sees it cannot be "
                           "checked (shared storage expected)").arg(disk);
        }
    }
    QString html;
    for (const auto &p : m_problems)
        html += QStringLiteral("<div style='color:#d03434'>✕ %1</div>").arg(p.toHtmlEscaped());
    for (const auto &w : warn)
        html += QStringLiteral("<div style='color:#c78a0c'>! %1</div>").arg(w.toHtmlEscaped());
    for (const auto &o : ok)
        html += QStringLiteral("<div style='color:#1f9d62'>✓ %1</div>").arg(o.toHtmlEscaped());
    m_checks->setText(html);
    if (auto *go = m_buttons->findChild<QPushButton *>(QStringLiteral("migrateGo")))
        go->setEnabled(m_problems.isEmpty());
}

} // namespace hawan::widgets
