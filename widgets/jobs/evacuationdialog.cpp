#include "jobs/evacuationdialog.h"

#include "common/format.h"
#include "model/inventory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hawan::widgets {

namespace {
enum Column { ColVm, ColFrom, ColTo, ColMemory, ColWhy, ColCount };
const int kLeave = -1; // combo data: leave the VM where it is
}

EvacuationDialog::EvacuationDialog(model::Inventory *inventory, jobs::Plan plan, QSet<int> excluded,
                                   jobs::PlanRunner::Options defaults, QWidget *parent)
    : QDialog(parent), m_inv(inventory), m_plan(std::move(plan)), m_excluded(std::move(excluded)), m_defaults(defaults)
{
    setObjectName(QStringLiteral("evacuationDialog"));
    setWindowTitle(tr("%1 — dry run").arg(m_plan.title()));
    auto *lay = new QVBoxLayout(this);
    const bool recover = m_plan.kind == jobs::Plan::Kind::Recover;
    const int sourceHost = m_inv->config().hostIndex(m_plan.subject);
    const QString fence = recover && sourceHost >= 0 ? m_inv->config().hosts[sourceHost].fence : QString();
    auto *intro = new QLabel(recover
                                 ? tr("<b>%1</b> does not answer (%2). The VMs that ran on it are restarted on other hosts "
                                      "from the definitions Hawan saved while it was up: a cold boot, what was in their "
                                      "memory is lost. First %3 Nothing restarts unless that succeeds, so no VM can run "
                                      "twice on the same disks.")
                                       .arg(m_plan.subject.toHtmlEscaped(),
                                            sourceHost >= 0 ? m_inv->hostStatus(sourceHost).reason.toHtmlEscaped() : QString(),
                                            fence.isEmpty() ? tr("confirm below that you powered it off: it has no fence command in the configuration.")
                                                            : tr("Hawan fences it (powers it off) with <code>%1</code>.").arg(fence.toHtmlEscaped()))
                             : m_plan.kind == jobs::Plan::Kind::Return
                                 ? tr("The VMs the last evacuation moved off <b>%1</b> move back to it as below (those that "
                                      "cannot, and why, are listed apart). Nothing moves until you press Start. Change a "
                                      "destination in the <i>To</i> column.").arg(m_plan.subject.toHtmlEscaped())
                             : m_plan.kind == jobs::Plan::Kind::Selection
                                 ? tr("The selected VMs move off their hosts as below: same site first, then the other site, "
                                      "within each host's free memory and the anti-affinity groups. Nothing moves until you "
                                      "press Start. Change a destination in the <i>To</i> column.")
                             : m_plan.kind == jobs::Plan::Kind::Site
                                 ? tr("Every host of <b>%1</b> goes into maintenance and its VMs move to the other sites as "
                                      "below. Nothing moves until you press Start. Change a destination in the <i>To</i> column.")
                                       .arg(m_plan.subject.toHtmlEscaped())
                                 : tr("<b>%1</b> goes into maintenance (it receives no new VMs until you take it out) and its "
                                      "VMs move as below: same site first, then the other site, within each host's free memory "
                                      "and the anti-affinity groups. Nothing moves until you press Start. Change a destination "
                                      "in the <i>To</i> column.").arg(m_plan.subject.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    for (const auto &w : m_plan.warnings) {
        auto *l = new QLabel(QStringLiteral("⚠ ") + w.toHtmlEscaped(), this);
        l->setWordWrap(true);
        l->setStyleSheet(QStringLiteral("color: #c78a0c"));
        lay->addWidget(l);
    }

    m_table = new QTableWidget(int(m_plan.moves.size()), ColCount, this);
    m_table->setObjectName(QStringLiteral("evacuationPlan"));
    m_table->setHorizontalHeaderLabels({tr("VM"), tr("From"), tr("To"), tr("Memory"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ColWhy, QHeaderView::Stretch);
    for (int r = 0; r < m_plan.moves.size(); ++r) {
        const auto &m = m_plan.moves[r];
        m_table->setItem(r, ColVm, new QTableWidgetItem(m.vmName));
        m_table->setItem(r, ColFrom, new QTableWidgetItem(m.from));
        m_table->setItem(r, ColMemory, new QTableWidgetItem(m.offline ? tr("shut off") : Format::memory(m.memoryKiB)));
        m_table->setItem(r, ColWhy, new QTableWidgetItem(m.why));
        auto *to = new QComboBox(m_table);
        to->setObjectName(QStringLiteral("to_%1").arg(m.vmName));
        for (int h = 0; h < m_inv->hostCount(); ++h) {
            if (m_inv->host(h).name == m.from || m_excluded.contains(h))
                continue;
            const int site = m_inv->siteOfHost(h);
            to->addItem(tr("%1 (%2)").arg(m_inv->host(h).name, site >= 0 ? m_inv->site(site).name : QString()), h);
            if (m_inv->host(h).name == m.to)
                to->setCurrentIndex(to->count() - 1);
        }
        to->addItem(tr("leave it on %1").arg(m.from), kLeave);
        to->setToolTip(tr("Where %1 goes. \"Leave it\" keeps it on its host and reports it as not moved.").arg(m.vmName));
        m_table->setCellWidget(r, ColTo, to);
        connect(to, &QComboBox::currentIndexChanged, this, &EvacuationDialog::revalidate);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ColWhy, QHeaderView::Stretch);
    if (m_plan.moves.isEmpty()) {
        auto *none = new QLabel(tr("Nothing to move."), this);
        none->setAlignment(Qt::AlignCenter);
        lay->addWidget(none);
        m_table->hide();
    }
    lay->addWidget(m_table, 1);

    if (!m_plan.blocked.isEmpty()) {
        QString html = tr("<b>Cannot move</b> (they stay where they are; the run reports them):");
        for (const auto &b : m_plan.blocked)
            html += QStringLiteral("<div style='color:#d03434'>✕ %1 (on %2): %3</div>")
                        .arg(b.vmName.toHtmlEscaped(), b.from.toHtmlEscaped(), b.reason.toHtmlEscaped());
        auto *blocked = new QLabel(html, this);
        blocked->setObjectName(QStringLiteral("evacuationBlocked"));
        blocked->setWordWrap(true);
        lay->addWidget(blocked);
    }
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("evacuationProblems"));
    m_problemsLabel->setWordWrap(true);
    lay->addWidget(m_problemsLabel);

    auto spin = [this](int lo, int hi, int value, const QString &suffix, const QString &tip) {
        auto *s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setValue(value);
        s->setSuffix(suffix);
        s->setToolTip(tip);
        return s;
    };
    m_perHost = spin(1, 16, defaults.maxPerHost, {}, tr("Migrations a host sends or receives at once ([migration] max_per_host)."));
    m_perLink = spin(1, 16, defaults.maxPerLink, {}, tr("Migrations crossing one WAN link at once ([migration] max_per_link)."));
    m_bandwidth = spin(0, 100000, int(defaults.move.bandwidthMiBs), tr(" MiB/s"),
                       tr("Cap per migration. Migrations crossing a WAN link also share its budget (migration_budget_mbit)."));
    m_bandwidth->setSpecialValueText(tr("link budget only"));
    m_timeout = spin(0, 86400, defaults.move.timeoutS, tr(" s"), tr("Abort a migration that takes longer; its VM stays on its host."));
    m_timeout->setSpecialValueText(tr("none"));
    m_autoConverge = new QCheckBox(tr("Auto-converge busy guests"), this);
    m_autoConverge->setChecked(defaults.move.autoConverge);
    m_autoConverge->setToolTip(tr("Slow a guest's vCPUs if it dirties memory faster than the link carries."));
    auto *form = new QFormLayout;
    form->addRow(tr("At once per host:"), m_perHost);
    form->addRow(tr("At once per WAN link:"), m_perLink);
    form->addRow(tr("Bandwidth per migration:"), m_bandwidth);
    form->addRow(tr("Time limit per migration:"), m_timeout);
    form->addRow(QString(), m_autoConverge);
    lay->addLayout(form);
    if (recover) {
        // A restart is not a migration: only how many at once applies.
        for (QWidget *w : std::initializer_list<QWidget *>{m_perLink, m_bandwidth, m_timeout, m_autoConverge}) {
            w->hide();
            if (QWidget *label = form->labelForField(w))
                label->hide();
        }
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_perHost)))
            label->setText(tr("Restarts at once per host:"));
        m_perHost->setToolTip(tr("VMs a destination starts at once."));
        if (fence.isEmpty()) {
            m_fenceConfirm = new QLineEdit(this);
            m_fenceConfirm->setObjectName(QStringLiteral("fenceConfirm"));
            m_fenceConfirm->setPlaceholderText(m_plan.subject);
            m_fenceConfirm->setToolTip(tr("Type the host's name once it is powered off (or its VMs are killed). This is journaled."));
            form->addRow(tr("I powered %1 off; type its name:").arg(m_plan.subject), m_fenceConfirm);
            connect(m_fenceConfirm, &QLineEdit::textChanged, this, &EvacuationDialog::revalidate);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(recover ? (fence.isEmpty() ? tr("Restart VMs") : tr("Fence and restart VMs"))
                                 : m_plan.kind == jobs::Plan::Kind::Site        ? tr("Start site evacuation")
                                 : m_plan.kind == jobs::Plan::Kind::Selection ? tr("Start moving")
                                 : m_plan.kind == jobs::Plan::Kind::Return    ? tr("Bring them back")
                                                                              : tr("Start evacuation"),
                                 QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("evacuationStart"));
    m_start->setDefault(true);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
    resize(820, std::min(640, sizeHint().height() + 40));
}

jobs::Plan EvacuationDialog::plan() const
{
    jobs::Plan p = m_plan;
    p.moves.clear();
    for (int r = 0; r < m_plan.moves.size(); ++r) {
        auto *to = qobject_cast<QComboBox *>(m_table->cellWidget(r, ColTo));
        jobs::PlannedMove m = m_plan.moves[r];
        const int h = to->currentData().toInt();
        if (h == kLeave) {
            p.blocked.push_back({m.vmUuid, m.vmName, m.from, tr("left on %1 by the operator").arg(m.from)});
            continue;
        }
        if (m_inv->host(h).name != m.to) {
            m.to = m_inv->host(h).name;
            m.crossesWan = m_inv->host(h).site != m_inv->host(m_inv->config().hostIndex(m.from)).site;
            m.why = tr("chosen by the operator");
        }
        p.moves.push_back(m);
    }
    return p;
}

jobs::PlanRunner::Options EvacuationDialog::options() const
{
    jobs::PlanRunner::Options o = m_defaults;
    o.maxPerHost = m_perHost->value();
    o.maxPerLink = m_perLink->value();
    o.move.bandwidthMiBs = quint64(m_bandwidth->value());
    o.move.timeoutS = m_timeout->value();
    o.move.autoConverge = m_autoConverge->isChecked();
    return o;
}

void EvacuationDialog::revalidate()
{
    jobs::Planner planner(*m_inv);
    planner.setExcluded(m_excluded);
    const jobs::Plan p = plan();
    m_problems = planner.validate(p);
    for (int r = 0; r < m_plan.moves.size(); ++r) {
        auto *to = qobject_cast<QComboBox *>(m_table->cellWidget(r, ColTo));
        const bool changed = to->currentData().toInt() == kLeave || m_inv->host(to->currentData().toInt()).name != m_plan.moves[r].to;
        m_table->item(r, ColWhy)->setText(to->currentData().toInt() == kLeave ? tr("left by the operator")
                                          : changed                           ? tr("chosen by the operator")
                                                                              : m_plan.moves[r].why);
    }
    QString html;
    for (const auto &pr : m_problems)
        html += QStringLiteral("<div style='color:#d03434'>✕ %1</div>").arg(pr.toHtmlEscaped());
    if (m_problems.isEmpty())
        html = QStringLiteral("<div style='color:#1f9d62'>✓ %1</div>")
                   .arg((m_plan.kind == jobs::Plan::Kind::Recover
                             ? tr("%n VM(s) to restart; every destination has room and the anti-affinity groups hold.", nullptr, int(p.moves.size()))
                             : tr("%n VM(s) to move; every destination has room and the anti-affinity groups hold.", nullptr, int(p.moves.size())))
                            .toHtmlEscaped());
    if (m_fenceConfirm && m_fenceConfirm->text().trimmed() != m_plan.subject)
        html += QStringLiteral("<div style='color:#c78a0c'>⚠ %1</div>")
                    .arg(tr("Power %1 off, then type its name: nothing restarts before that.").arg(m_plan.subject).toHtmlEscaped());
    m_problemsLabel->setText(html);
    m_start->setEnabled(m_problems.isEmpty() && !p.moves.isEmpty()
                        && (!m_fenceConfirm || m_fenceConfirm->text().trimmed() == m_plan.subject));
}

QString EvacuationDialog::fencedByHand() const
{
    return m_fenceConfirm && m_fenceConfirm->text().trimmed() == m_plan.subject ? m_plan.subject : QString();
}

} // namespace hawan::widgets
