#include "eventlog/eventlogmodel.h"

#include "common/theme.h"

namespace hawan::widgets {

using model::LogEntry;

EventLogModel::EventLogModel(model::Inventory *inventory, int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_inv(inventory), m_capacity(capacity)
{
    connect(m_inv, &model::Inventory::logged, this, &EventLogModel::append);
}

void EventLogModel::append(const LogEntry &e)
{
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, int(m_entries.size()) - 1, int(m_entries.size()) - 1);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.push_back(e);
    endInsertRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int EventLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const LogEntry &e = entry(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Host: return e.host >= 0 ? m_inv->host(e.host).name : QString();
        case Message: return e.message;
        }
    } else if (role == Qt::DecorationRole && index.column() == Message) {
        switch (e.severity) {
        case LogEntry::Severity::Error: return Theme::vmStateIcon(model::VmState::Crashed);
        case LogEntry::Severity::Warning: return Theme::vmStateIcon(model::VmState::Paused);
        case LogEntry::Severity::Info: return Theme::vmStateIcon(model::VmState::Running);
        }
    } else if (role == Qt::ForegroundRole && e.severity == LogEntry::Severity::Error) {
        return Theme::vmStateColor(model::VmState::Crashed);
    } else if (role == Qt::ToolTipRole) {
        return e.message;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Time: return tr("Time");
    case Host: return tr("Host");
    case Message: return tr("Event");
    }
    return {};
}

} // namespace hawan::widgets
