#pragma once
// The placement table: every VM with its site, host, state and size; sortable, with a filter box.
#include "model/types.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace hawan::model { class Inventory; }

namespace hawan::widgets {

class VmTableModel;
class VmFilterProxy;

class PlacementView : public QWidget
{
    Q_OBJECT
public:
    explicit PlacementView(model::Inventory *inventory, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    VmTableModel *sourceModel() const { return m_model; }
    VmFilterProxy *proxy() const { return m_proxy; }
    void setActionsEnabled(bool enabled) { m_actionsEnabled = enabled; }
    void selectVm(int host, const QString &uuid);

Q_SIGNALS:
    void hostSelected(int host);
    void vmActionRequested(int host, const QString &uuid, const QString &name, hawan::model::VmAction action);
    void migrateRequested(int fromHost, const QString &uuid, int toHost);
    // Several rows selected, "Move selected VMs…": (host, uuid) of each.
    void moveVmsRequested(const QVector<QPair<int, QString>> &vms);

private:
    void updateCount();
    void showContextMenu(const QPoint &pos);

    model::Inventory *m_inv;
    VmTableModel *m_model;
    VmFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_empty;
    QTableView *m_table;
    bool m_actionsEnabled = true;
    QTimer m_countTimer;
};

} // namespace hawan::widgets
