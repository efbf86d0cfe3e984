#include "placement/placementview.h"

#include "common/format.h"
#include "common/theme.h"
#include "model/inventory.h"
#include "placement/vmfilterproxy.h"
#include "placement/vmtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hawan::widgets {

PlacementView::PlacementView(model::Inventory *inventory, QWidget *parent)
    : QWidget(parent), m_inv(inventory)
{
    m_model = new VmTableModel(inventory, this);
    m_proxy = new VmFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("placementFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by name, host, site or state (e.g. \"state:paused site:Napoli\")  Ctrl+F"));
    m_filter->setToolTip(tr("Every word must match. Prefix a word with name:, host:, site: or state: to match one column only."));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("placementCount"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("placementTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VmTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Uniform, fixed row heights: with thousands of rows the view never measures rows one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(VmTableModel::Name, 160);
    m_table->setColumnWidth(VmTableModel::State, 130);

    m_empty = new QLabel(m_table->viewport());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("placementEmpty"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 6, 0, 0);
    lay->setSpacing(6);
    lay->addLayout(top);
    lay->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &VmFilterProxy::setFilterText);
    // The proxy drops a row while the source is still about to: count once both have settled.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &PlacementView::updateCount);
    auto scheduleCount = [this] { m_countTimer.start(); };
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(m_model)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, scheduleCount);
        connect(m, &QAbstractItemModel::rowsRemoved, this, scheduleCount);
        connect(m, &QAbstractItemModel::modelReset, this, scheduleCount);
        connect(m, &QAbstractItemModel::layoutChanged, this, scheduleCount);
    }
    connect(m_table, &QWidget::customContextMenuRequested, this, &PlacementView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
        if (cur.isValid())
            Q_EMIT hostSelected(cur.data(VmTableModel::HostIndexRole).toInt());
    });
    // Stale rows turn grey as time passes even when no report arrives.
    auto *staleTimer = new QTimer(this);
    staleTimer->setInterval(1000);
    connect(staleTimer, &QTimer::timeout, m_model, &VmTableModel::refreshStaleness);
    staleTimer->start();
    updateCount();
}

void PlacementView::updateCount()
{
    const int shown = m_proxy->rowCount(), total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n VM(s)", nullptr, total) : tr("%1 of %2 VMs").arg(shown).arg(total));
    if (shown == 0) {
        m_empty->setText(total == 0 ? tr("No VMs yet.\nHosts are being contacted; VMs appear as soon as a host answers.")
                                    : tr("No VM matches \"%1\".\nClear the filter (Esc) to see all %2 VMs.")
                                          .arg(m_filter->text()).arg(total));
        m_empty->resize(m_table->viewport()->size());
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

void PlacementView::selectVm(int host, const QString &uuid)
{
    const QModelIndex src = m_model->indexOf(host, uuid);
    const QModelIndex idx = m_proxy->mapFromSource(src);
    if (idx.isValid()) {
        m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(idx);
    }
}

void PlacementView::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_table->indexAt(pos);
    if (!idx.isValid())
        return;
    const int host = idx.data(VmTableModel::HostIndexRole).toInt();
    const QString uuid = idx.data(VmTableModel::UuidRole).toString();
    const QString name = m_proxy->index(idx.row(), VmTableModel::Name).data().toString();
    QMenu menu(this);
    const auto actions = {std::pair{model::VmAction::Start, QStringLiteral("play")}, {model::VmAction::Pause, QStringLiteral("pause")},
                          {model::VmAction::Resume, QStringLiteral("play")}, {model::VmAction::Shutdown, QStringLiteral("power")},
                          {model::VmAction::Destroy, QStringLiteral("stop")}};
    for (const auto &[a, icon] : actions) {
        QAction *act = menu.addAction(Theme::icon(icon), model::vmActionName(a) + QStringLiteral("…"));
        act->setEnabled(m_actionsEnabled && !idx.data(VmTableModel::StaleRole).toBool());
        connect(act, &QAction::triggered, this, [=, this] { Q_EMIT vmActionRequested(host, uuid, name, a); });
    }
    QAction *del = menu.addAction(tr("Delete…"));
    del->setToolTip(tr("Remove its definition, and the disk Hawan made for it (a VM that is shut off)"));
    del->setEnabled(m_actionsEnabled && !idx.data(VmTableModel::StaleRole).toBool());
    connect(del, &QAction::triggered, this, [=, this] { Q_EMIT vmActionRequested(host, uuid, name, model::VmAction::Undefine); });
    menu.addSeparator();
    QVector<QPair<int, QString>> selected;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        selected.push_back({row.data(VmTableModel::HostIndexRole).toInt(), row.data(VmTableModel::UuidRole).toString()});
    if (selected.size() > 1) {
        QAction *many = menu.addAction(Theme::icon(QStringLiteral("migrate")), tr("Move %n selected VM(s)…", nullptr, int(selected.size())));
        many->setToolTip(tr("Plan where each goes (capacity, same site first, anti-affinity), check it, then run it with the bulk limits"));
        many->setEnabled(m_actionsEnabled);
        connect(many, &QAction::triggered, this, [=, this] { Q_EMIT moveVmsRequested(selected); });
    }
    QMenu *migrate = menu.addMenu(tr("Migrate to"));
    migrate->setEnabled(m_actionsEnabled && !idx.data(VmTableModel::StaleRole).toBool());
    for (int h = 0; h < m_inv->hostCount(); ++h) {
        if (h == host)
            continue;
        QAction *a = migrate->addAction(m_inv->host(h).name);
        a->setEnabled(m_inv->hostStatus(h).state == model::HostState::Up);
        connect(a, &QAction::triggered, this, [=, this] { Q_EMIT migrateRequested(host, uuid, h); });
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace hawan::widgets
