#pragma once
// The event log dock's contents: a newest-first table with a filter box.
#include <QWidget>

class QLineEdit;
class QTableView;
class QSortFilterProxyModel;

namespace hawan::model { class Inventory; }

namespace hawan::widgets {

class EventLogModel;

class EventLogView : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogView(model::Inventory *inventory, QWidget *parent = nullptr);
    EventLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    EventLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
};

} // namespace hawan::widgets
