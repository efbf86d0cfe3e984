#include "jobs/plancard.h"

#include "jobs/planrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hawan::widgets {

using jobs::MoveStatus;
using jobs::PlanState;

PlanCard::PlanCard(jobs::PlanRunner *runner, bool actionsEnabled, QWidget *parent) : QFrame(parent), m_runner(runner), m_actionsEnabled(actionsEnabled)
{
    setObjectName(QStringLiteral("plan_%1").arg(runner->plan().id));
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(QStringLiteral("<b>%1</b> <span style='color:gray'>· plan %2%3</span>")
                                 .arg(runner->plan().title().toHtmlEscaped(), runner->plan().id,
                                      runner->isResumed() ? tr(" · resumed after an interruption") : QString()),
                             this);
    title->setWordWrap(true);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("planPause"));
    m_pause->setToolTip(tr("Start no new migration; running ones finish. Resume continues the plan."));
    m_abort = new QPushButton(tr("Abort"), this);
    m_abort->setObjectName(QStringLiteral("planAbort"));
    m_abort->setToolTip(tr("Cancel running migrations (their VMs stay on their hosts) and drop the rest of the plan."));
    m_pause->setVisible(actionsEnabled);
    m_abort->setVisible(actionsEnabled);
    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(m_pause);
    head->addWidget(m_abort);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("planState"));
    m_state->setWordWrap(true);
    m_moves = new QLabel(this);
    m_moves->setObjectName(QStringLiteral("planMoves"));
    m_moves->setTextFormat(Qt::RichText);
    m_moves->setWordWrap(true);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(head);
    lay->addWidget(m_state);
    lay->addWidget(m_moves);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_runner->state() == PlanState::Paused ? m_runner->resume() : m_runner->pause();
    });
    connect(m_abort, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Abort %1?").arg(m_runner->plan().title()),
            tr("Running migrations are cancelled (their VMs keep running where they are) and the moves not yet started "
               "are dropped. Hosts stay in maintenance until you take them out."),
            QMessageBox::Abort | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Abort)
            m_runner->abort();
    });
    connect(runner, &jobs::PlanRunner::stateChanged, this, &PlanCard::refresh);
    connect(runner, &jobs::PlanRunner::moveChanged, this, &PlanCard::refresh);
    refresh();
}

QString PlanCard::moveLine(const jobs::PlanRunner *runner, int i)
{
    const auto &m = runner->plan().moves[i];
    const auto &rec = runner->move(i);
    switch (rec.status) {
    case MoveStatus::Pending: return tr("○ %1 → %2 · waiting").arg(m.vmName, m.to);
    case MoveStatus::Started:
        // Near its end it has handed its place under the limits on: more than the limit run then.
        if (const jobs::MoveJob *job = runner->job(i); job && job->handingOver() && !job->isFinished())
            return tr("◐ %1 → %2 · finishing (the next move sets up meanwhile)").arg(m.vmName, m.to);
        return tr("◐ %1 → %2 · migrating").arg(m.vmName, m.to);
    case MoveStatus::Succeeded: return tr("✓ %1 → %2").arg(m.vmName, m.to) + (rec.message.isEmpty() ? QString() : tr(" · %1").arg(rec.message));
    case MoveStatus::Failed: return tr("✕ %1 stays on %2 · %3").arg(m.vmName, m.from, rec.message);
    case MoveStatus::Cancelled:
    case MoveStatus::Skipped: return tr("– %1 not moved · %2").arg(m.vmName, rec.message);
    }
    return {};
}

QString PlanCard::summary() const
{
    const auto &jp = m_runner->journaled();
    const int total = int(jp.moves.size());
    QString state;
    switch (m_runner->state()) {
    case PlanState::Running: state = tr("Running"); break;
    case PlanState::Paused: state = tr("Paused"); break;
    case PlanState::Aborted: state = m_runner->isFinished() ? tr("Aborted") : tr("Aborting"); break;
    case PlanState::Finished: state = tr("Finished"); break;
    }
    QString s = tr("%1 · %2 of %3 moved · %4 migrating · %5 failed · %6 not moved")
                    .arg(state).arg(jp.count(MoveStatus::Succeeded)).arg(total).arg(jp.count(MoveStatus::Started))
                    .arg(jp.count(MoveStatus::Failed))
                    .arg(jp.count(MoveStatus::Cancelled) + jp.count(MoveStatus::Skipped) + int(jp.plan.blocked.size()));
    if (!m_runner->waitingFor().isEmpty())
        s += QStringLiteral("\n") + m_runner->waitingFor();
    return s;
}

void PlanCard::refresh()
{
    m_state->setText(summary());
    QString html;
    for (int i = 0; i < m_runner->plan().moves.size(); ++i) {
        const auto st = m_runner->move(i).status;
        const char *colour = st == MoveStatus::Failed ? "#d03434" : st == MoveStatus::Succeeded ? "#1f9d62" : st == MoveStatus::Started ? "#3d7fd9" : "gray";
        html += QStringLiteral("<div style='color:%1'>%2</div>").arg(QLatin1String(colour), moveLine(m_runner, i).toHtmlEscaped());
    }
    for (const auto &b : m_runner->plan().blocked)
        html += QStringLiteral("<div style='color:#d03434'>%1</div>").arg(tr("✕ %1 cannot move · %2").arg(b.vmName, b.reason).toHtmlEscaped());
    m_moves->setText(html);
    const bool live = !m_runner->isFinished() && m_runner->state() != PlanState::Aborted;
    m_pause->setEnabled(live);
    m_abort->setEnabled(live);
    // A finished plan has nothing left to pause or abort: no buttons that only look clickable.
    m_pause->setVisible(m_actionsEnabled && live);
    m_abort->setVisible(m_actionsEnabled && live);
    m_pause->setText(m_runner->state() == PlanState::Paused ? tr("Resume") : tr("Pause"));
}

} // namespace hawan::widgets
