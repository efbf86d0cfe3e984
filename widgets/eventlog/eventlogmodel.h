#pragma once
// The event log: lifecycle events and connection changes, newest first, bounded in size.
#include "model/inventory.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hawan::widgets {

class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Host, Message, ColumnCount };
    explicit EventLogModel(model::Inventory *inventory, int capacity = 5000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    const model::LogEntry &entry(int row) const { return m_entries[m_entries.size() - 1 - row]; }

    void append(const model::LogEntry &e);

private:
    model::Inventory *m_inv;
    int m_capacity;
    QVector<model::LogEntry> m_entries; // oldest first; row 0 shows the newest
};

} // namespace hawan::widgets
