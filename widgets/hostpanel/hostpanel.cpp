#include "hostpanel/hostpanel.h"

#include "common/format.h"
#include "common/theme.h"
#include "model/inventory.h"

#include <QFormLayout>
#include <QLabel>
#include <QStackedLayout>
#include <QTimer>

namespace hawan::widgets {

using namespace hawan::model;

HostPanel::HostPanel(Inventory *inventory, QWidget *parent) : QWidget(parent), m_inv(inventory)
{
    setObjectName(QStringLiteral("hostPanel"));
    m_stack = new QStackedLayout(this);
    m_empty = new QLabel(tr("Select a host in the topology or a VM in the table to see the host's details here."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    auto *page = new QWidget(this);
    m_form = new QFormLayout(page);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(12, 12, 12, 12);
    m_form->setVerticalSpacing(6);
    addRow(QStringLiteral("name"), tr("Host"));
    addRow(QStringLiteral("site"), tr("Site"));
    addRow(QStringLiteral("state"), tr("Connection"));
    addRow(QStringLiteral("updated"), tr("Last update"));
    addRow(QStringLiteral("uri"), tr("libvirt URI"));
    addRow(QStringLiteral("hostname"), tr("Hostname"));
    addRow(QStringLiteral("cpu"), tr("CPU"));
    addRow(QStringLiteral("memory"), tr("Memory"));
    addRow(QStringLiteral("hypervisor"), tr("Hypervisor"));
    addRow(QStringLiteral("libvirt"), tr("libvirt"));
    addRow(QStringLiteral("vms"), tr("VMs"));
    addRow(QStringLiteral("fence"), tr("Fence command"));
    addRow(QStringLiteral("pools"), tr("Storage pools"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);

    connect(m_inv, &Inventory::hostChanged, this, [this](int h) {
        if (h == m_host)
            refresh();
    });
    auto *ages = new QTimer(this);
    ages->setInterval(1000);
    connect(ages, &QTimer::timeout, this, &HostPanel::refresh);
    ages->start();
}

QLabel *HostPanel::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setObjectName(QStringLiteral("hostPanel_") + key);
    m_form->addRow(label + QLatin1Char(':'), value);
    m_fields.insert(key, value);
    return value;
}

QString HostPanel::fieldText(const QString &key) const
{
    const QLabel *l = m_fields.value(key);
    return l ? l->text() : QString();
}

void HostPanel::setHost(int host)
{
    m_host = host;
    refresh();
}

void HostPanel::refresh()
{
    if (m_host < 0 || m_host >= m_inv->hostCount()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const auto &cfg = m_inv->host(m_host);
    const HostStatus &st = m_inv->hostStatus(m_host);
    const NodeInfo &n = st.node;
    const bool stale = m_inv->isStale(m_host);
    const QString unknown = tr("not known yet");
    m_fields[QStringLiteral("name")]->setText(QStringLiteral("<b>%1</b>").arg(cfg.name.toHtmlEscaped()));
    m_fields[QStringLiteral("site")]->setText(cfg.site);
    QString state = Format::hostState(st.state);
    if (!st.reason.isEmpty())
        state += QStringLiteral(": ") + st.reason;
    if (st.state == HostState::Unreachable && st.nextRetry.isValid())
        state += tr(" (next attempt in %n s)", nullptr,
                    int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(st.nextRetry))));
    auto *stateLabel = m_fields[QStringLiteral("state")];
    stateLabel->setText(state);
    stateLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(Theme::hostStateColor(st.state).name()));
    m_fields[QStringLiteral("updated")]->setText(st.lastUpdate.isValid()
        ? tr("%1 (%2)%3").arg(st.lastUpdate.toLocalTime().toString(QStringLiteral("HH:mm:ss")), Format::age(st.lastUpdate),
                              stale ? tr(" — data shown is stale") : QString())
        : tr("never"));
    m_fields[QStringLiteral("uri")]->setText(cfg.uri);
    m_fields[QStringLiteral("hostname")]->setText(n.hostname.isEmpty() ? unknown : n.hostname);
    m_fields[QStringLiteral("cpu")]->setText(!n.cpus ? unknown
                                             : n.mhz ? tr("%1 × %2 MHz (%3)").arg(n.cpus).arg(n.mhz).arg(n.cpuModel)
                                                     : tr("%1 vCPUs (%2)").arg(n.cpus).arg(n.cpuModel));
    m_fields[QStringLiteral("memory")]->setText(n.memoryKiB
        ? tr("%1 used by VMs of %2").arg(Format::memory(m_inv->hostSnapshot(m_host).vmMemoryKiB), Format::memory(n.memoryKiB))
        : unknown);
    m_fields[QStringLiteral("hypervisor")]->setText(n.hypervisor.isEmpty() ? unknown : n.hypervisor + QLatin1Char(' ') + n.hypervisorVersion);
    m_fields[QStringLiteral("libvirt")]->setText(!n.libvirtVersion.isEmpty() ? n.libvirtVersion
                                                 : !cfg.cloud.isEmpty()       ? tr("not read: cloud '%1' reports this host").arg(cfg.cloud)
                                                                              : unknown);
    const auto &vms = m_inv->vms(m_host);
    int running = 0;
    for (const auto &vm : vms)
        running += vm.state == VmState::Running ? 1 : 0;
    const bool answers = m_inv->hostStatus(m_host).state == HostState::Up && !m_inv->isStale(m_host);
    m_fields[QStringLiteral("vms")]->setText(answers ? tr("%1 running of %2").arg(running).arg(vms.size())
                                                     : tr("%n VM(s) as last seen; what runs now is unknown (the host does not answer)",
                                                          nullptr, int(vms.size())));
    m_fields[QStringLiteral("fence")]->setText(cfg.fence.isEmpty() ? tr("none configured") : cfg.fence);
    QStringList pools;
    for (const auto &p : m_inv->hostSnapshot(m_host).pools)
        pools << (p.active ? tr("%1 (%2, %3): %4 free of %5").arg(p.name, p.type, p.targetPath.isEmpty() ? QStringLiteral("–") : p.targetPath,
                                                                   Format::memory(p.available / 1024), Format::memory(p.capacity / 1024))
                           : tr("%1 (%2): inactive").arg(p.name, p.type));
    m_fields[QStringLiteral("pools")]->setText(pools.isEmpty() ? tr("none defined (or not reported by this daemon)") : pools.join(QLatin1Char('\n')));
}

} // namespace hawan::widgets
