#include "eventlog/eventlogview.h"

#include "eventlog/eventlogmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hawan::widgets {

EventLogView::EventLogView(model::Inventory *inventory, QWidget *parent) : QWidget(parent)
{
    m_model = new EventLogModel(inventory, 5000, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter events (host, VM or text)"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventLogTable"));
    m_table->setModel(m_proxy);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(0, 150);
    m_table->setColumnWidth(1, 120);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(m_filter);
    lay->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

} // namespace hawan::widgets
