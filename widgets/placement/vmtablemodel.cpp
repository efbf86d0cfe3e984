#include "placement/vmtablemodel.h"

#include "common/format.h"
#include "common/theme.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace hawan::widgets {

using namespace hawan::model;

VmTableModel::VmTableModel(Inventory *inventory, QObject *parent)
    : QAbstractTableModel(parent), m_inv(inventory)
{
    m_stale.fill(true, m_inv->hostCount());
    recomputeOffsets();
    connect(m_inv, &Inventory::vmsAboutToBeInserted, this, [this](int host, int first, int last) {
        beginInsertRows({}, offset(host) + first, offset(host) + last);
    });
    connect(m_inv, &Inventory::vmsInserted, this, [this](int host, int first, int last) {
        for (int h = host + 1; h < m_offsets.size(); ++h)
            m_offsets[h] += last - first + 1;
        endInsertRows();
    });
    connect(m_inv, &Inventory::vmsAboutToBeRemoved, this, [this](int host, int first, int last) {
        beginRemoveRows({}, offset(host) + first, offset(host) + last);
    });
    connect(m_inv, &Inventory::vmsRemoved, this, [this](int host, int first, int last) {
        for (int h = host + 1; h < m_offsets.size(); ++h)
            m_offsets[h] -= last - first + 1;
        endRemoveRows();
    });
    connect(m_inv, &Inventory::vmsChanged, this, [this](int host, int first, int last) {
        Q_EMIT dataChanged(index(offset(host) + first, 0), index(offset(host) + last, ColumnCount - 1));
    });
    connect(m_inv, &Inventory::hostChanged, this, [this](int host) {
        const bool stale = m_inv->isStale(host);
        if (stale != m_stale[host]) {
            m_stale[host] = stale;
            emitHostRows(host);
        }
    });
}

void VmTableModel::recomputeOffsets()
{
    m_offsets.resize(m_inv->hostCount() + 1);
    int row = 0;
    for (int h = 0; h < m_inv->hostCount(); ++h) {
        m_offsets[h] = row;
        row += int(m_inv->vms(h).size());
    }
    m_offsets[m_inv->hostCount()] = row;
}

void VmTableModel::emitHostRows(int host)
{
    const int first = offset(host), last = m_offsets[host + 1] - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void VmTableModel::refreshStaleness()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int h = 0; h < m_inv->hostCount(); ++h) {
        const bool stale = m_inv->isStale(h, now);
        if (stale != m_stale[h]) {
            m_stale[h] = stale;
            emitHostRows(h);
        }
    }
}

std::pair<int, int> VmTableModel::locate(int row) const
{
    // Last host whose first row is <= row (empty hosts share an offset with their successor).
    const auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend() - 1, row);
    const int host = int(it - m_offsets.cbegin()) - 1;
    return {host, row - m_offsets[host]};
}

QModelIndex VmTableModel::indexOf(int host, const QString &uuid) const
{
    const auto &vms = m_inv->vms(host);
    for (int i = 0; i < vms.size(); ++i)
        if (vms[i].uuid == uuid)
            return index(offset(host) + i, 0);
    return {};
}

int VmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_offsets.last();
}

int VmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VmTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto [host, i] = locate(index.row());
    const VmInfo &vm = m_inv->vms(host)[i];
    const bool stale = m_stale[host];
    const QString siteName = m_inv->siteOfHost(host) >= 0 ? m_inv->site(m_inv->siteOfHost(host)).name : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return vm.name;
        case Site: return siteName;
        case Host: return m_inv->host(host).name;
        case State: {
            QString st = vm.migrating ? tr("paused: migrating") : Format::vmState(vm.state);
            if (!vm.cloudTask.isEmpty())
                st = tr("%1 (Nova: %2)").arg(st, vm.cloudTask);
            return stale ? tr("%1 (stale)").arg(st) : st;
        }
        case Vcpus: return vm.vcpus;
        case Memory: return Format::memory(vm.memoryKiB);
        case Cpu: return Format::percent(vm.cpuPercent);
        case Disks: return vm.disks.join(QStringLiteral(", "));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Vcpus: return vm.vcpus;
        case Memory: return vm.memoryKiB;
        case Cpu: return vm.cpuPercent;
        case State: return int(vm.state);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == State)
            return Theme::vmStateIcon(vm.state);
        break;
    case Qt::ForegroundRole:
        if (stale)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Vcpus || index.column() == Memory || index.column() == Cpu)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (vm.fencedWhileRunning)
            return tr("Stopped by the fence of %1; not restarted elsewhere yet. If its restart failed, recover %1 again.")
                .arg(m_inv->host(host).name);
        if (stale)
            return tr("Last known data: host %1 is %2 (updated %3)")
                .arg(m_inv->host(host).name, Format::hostState(m_inv->hostStatus(host).state),
                     Format::age(m_inv->hostStatus(host).lastUpdate));
        if (index.column() == Disks)
            return vm.disks.join(QLatin1Char('\n'));
        return tr("%1 (%2)").arg(vm.name, vm.uuid);
    case HostIndexRole: return host;
    case UuidRole: return vm.uuid;
    case StateIdRole: return vmStateId(vm.state);
    case StaleRole: return stale;
    }
    return {};
}

QVariant VmTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Name: return tr("VM");
    case Site: return tr("Site");
    case Host: return tr("Host");
    case State: return tr("State");
    case Vcpus: return tr("vCPUs");
    case Memory: return tr("Memory");
    case Cpu: return tr("CPU");
    case Disks: return tr("Disks");
    }
    return {};
}

} // namespace hawan::widgets
