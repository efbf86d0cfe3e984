#pragma once
// Every VM of the inventory as one flat table (rows grouped by host, as the inventory keeps them).
// Follows the inventory's fine-grained signals, so only rows that changed are repainted.
#include "model/inventory.h"

#include <QAbstractTableModel>

namespace hawan::widgets {

class VmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Site, Host, State, Vcpus, Memory, Cpu, Disks, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, HostIndexRole, UuidRole, StateIdRole, StaleRole };

    explicit VmTableModel(model::Inventory *inventory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    // Re-evaluates which hosts' data went stale with time and repaints their rows.
    void refreshStaleness();
    QModelIndex indexOf(int host, const QString &uuid) const;

private:
    int offset(int host) const { return m_offsets[host]; }
    void recomputeOffsets();
    void emitHostRows(int host);
    std::pair<int, int> locate(int row) const; // row -> (host, index in host)

    model::Inventory *m_inv;
    QVector<int> m_offsets; // first row of each host; m_offsets[hostCount] == rowCount
    QVector<bool> m_stale;
};

} // namespace hawan::widgets
