#include "jobs/jobsview.h"

#include "common/format.h"
#include "core/fleet.h"
#include "jobs/jobtracker.h"
#include "jobs/migrationjob.h"
#include "jobs/restartjob.h"
#include "jobs/plancard.h"
#include "jobs/planrunner.h"
#include "jobs/remainingplot.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hawan::widgets {

using jobs::MigrationJob;
using jobs::MigrationResult;
using jobs::MoveJob;

namespace {
QString bytes(quint64 b) { return Format::memory(b / 1024); }
QString rate(quint64 bps) { return JobsView::tr("%1/s").arg(Format::memory(bps / 1024)); }
} // namespace

JobsView::JobsView(core::Fleet *fleet, bool actionsEnabled, QWidget *parent)
    : QWidget(parent), m_fleet(fleet), m_actionsEnabled(actionsEnabled)
{
    setObjectName(QStringLiteral("jobsView"));
    auto *inner = new QWidget;
    m_list = new QVBoxLayout(inner);
    m_list->setContentsMargins(6, 6, 6, 6);
    m_list->setSpacing(6);
    m_empty = new QLabel(tr("No jobs yet. Drag a VM onto another host, or right-click a VM and choose "
                            "\"Migrate to\", to start a live migration. Right-click a host to evacuate it."), inner);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(scroll);
    // A tracker's observer: every job the fleet runs gets a card; the tracker's bounded history
    // takes old ones away again.
    auto add = [this](jobs::Job *job) {
        if (auto *move = qobject_cast<jobs::MoveJob *>(job))
            addJob(move);
        else if (auto *runner = qobject_cast<jobs::PlanRunner *>(job))
            addPlan(runner);
    };
    connect(fleet->jobs(), &jobs::JobTracker::jobAdded, this, add);
    connect(fleet->jobs(), &jobs::JobTracker::aboutToRemove, this, &JobsView::removeCard);
    for (jobs::Job *job : fleet->jobs()->jobs())
        add(job);
}

void JobsView::removeCard(jobs::Job *job)
{
    QWidget *card = m_cards.take(job);
    if (!card)
        return;
    if (qobject_cast<jobs::PlanRunner *>(job))
        --m_pinned;
    --m_count;
    delete card;
    m_empty->setVisible(m_count == 0);
}

void JobsView::addPlan(jobs::PlanRunner *runner)
{
    if (runner->plan().kind == jobs::Plan::Kind::Migrate && !runner->isResumed())
        return; // a single migration: its job card says it all
    ++m_count;
    m_empty->hide();
    auto *card = new PlanCard(runner, m_actionsEnabled);
    m_cards.insert(runner, card);
    m_list->insertWidget(0, card);
    ++m_pinned;
}

void JobsView::showInterruptedPlans()
{
    for (const jobs::JournaledPlan *p : m_fleet->interruptedPlans()) {
        ++m_count;
        m_empty->hide();
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("interrupted_%1").arg(p->plan.id));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(QStringLiteral("QFrame#%1 { border: 2px solid #c78a0c; border-radius: 4px; }").arg(card->objectName()));
        auto *text = new QLabel(tr("<b>%1</b> was interrupted (the console stopped while it ran): %2 moved, %3 in flight, "
                                   "%4 to go. Resume reconciles the moves that were in flight with the hosts first, so nothing "
                                   "runs twice.")
                                    .arg(p->plan.title().toHtmlEscaped())
                                    .arg(p->count(jobs::MoveStatus::Succeeded))
                                    .arg(p->count(jobs::MoveStatus::Started))
                                    .arg(p->count(jobs::MoveStatus::Pending)),
                                card);
        text->setWordWrap(true);
        auto *lay = new QVBoxLayout(card);
        lay->addWidget(text);
        const QString id = p->plan.id;
        // A console on another machine sharing this journal may still be running it.
        const QString elsewhere = jobs::Journal::ownerMachineElsewhere(p->owner);
        if (!elsewhere.isEmpty()) {
            auto *warn = new QLabel(tr("It was started by a console on <b>%1</b>. Hawan cannot tell from here whether that "
                                       "console still runs it: close it (or make sure it is gone) before resuming here.")
                                        .arg(elsewhere.toHtmlEscaped()),
                                    card);
            warn->setObjectName(QStringLiteral("interruptedElsewhere"));
            warn->setWordWrap(true);
            warn->setStyleSheet(QStringLiteral("color: #b06f00;"));
            lay->addWidget(warn);
        }
        if (m_actionsEnabled) {
            auto *resume = new QPushButton(tr("Resume"), card);
            resume->setObjectName(QStringLiteral("interruptedResume"));
            auto *abort = new QPushButton(tr("Abort"), card);
            abort->setObjectName(QStringLiteral("interruptedAbort"));
            abort->setToolTip(tr("Reconcile the moves in flight, start nothing new, close the plan."));
            auto *row = new QHBoxLayout;
            row->addStretch(1);
            row->addWidget(resume);
            row->addWidget(abort);
            lay->addLayout(row);
            const jobs::PlanOptions options = p->options;
            auto act = [this, card, id, options, elsewhere](bool abortIt) {
                if (!elsewhere.isEmpty()
                    && QMessageBox::question(this, abortIt ? tr("Abort a plan of another machine") : tr("Resume a plan of another machine"),
                                             tr("This plan was started by a console on %1. If that console still runs it, "
                                                "both would act on the same VMs. Is it closed?").arg(elsewhere),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
                    return;
                QString error;
                jobs::PlanRunner *r = m_fleet->resumePlan(id, options, &error);
                if (!r) {
                    QMessageBox::warning(this, tr("Cannot resume"), error);
                    return;
                }
                if (abortIt)
                    r->abort();
                card->deleteLater();
                --m_count;
                --m_pinned;
            };
            connect(resume, &QPushButton::clicked, this, [act] { act(false); });
            connect(abort, &QPushButton::clicked, this, [act] { act(true); });
        } else {
            lay->addWidget(new QLabel(tr("Resume it from a console that is not read-only, or with 'hawanctl resume %1'.").arg(id), card));
        }
        m_list->insertWidget(0, card);
        ++m_pinned;
    }
}

QString JobsView::describe(const MoveJob *job)
{
    const auto &p = job->progress();
    if (job->isRestart()) {
        const QString dest = job->target().destHost;
        if (!job->isFinished())
            return !job->isStarted()                       ? tr("Recording in the journal…")
                : p.phase == QLatin1String("defining")    ? tr("Defining it on %1…").arg(dest)
                : p.phase == QLatin1String("starting")    ? tr("Starting it on %1…").arg(dest)
                : p.phase == QLatin1String("checking")    ? tr("Asking every host and the disks' leases whether it still runs…")
                : p.phase == QLatin1String("leases")      ? tr("Waiting for its disks' locks: held by a host that may still run it, or not yet released by the storage after a power loss (up to %1 s)…").arg(jobs::RestartJob::kLeaseWaitS)
                                                           : tr("Connecting to %1…").arg(dest);
        const auto &r = job->result();
        switch (r.outcome) {
        case MigrationResult::Outcome::Succeeded:
            return r.message.isEmpty() ? tr("Running on %1 (restarted in %2 s)").arg(dest).arg(double(r.durationMs) / 1000.0, 0, 'f', 1)
                                       : tr("Running on %1 (%2)").arg(dest, r.message);
        case MigrationResult::Outcome::Cancelled:
            return tr("Cancelled: not restarted");
        case MigrationResult::Outcome::Failed:
            return tr("Failed: %1").arg(r.message);
        }
    }
    if (job->isFinished()) {
        const auto &r = job->result();
        switch (r.outcome) {
        case MigrationResult::Outcome::Succeeded:
            return tr("Done in %1 s · %2 sent · downtime %3")
                .arg(double(r.durationMs) / 1000.0, 0, 'f', 1)
                .arg(r.fromCompletedStats ? bytes(r.bytesSent) : tr("at least %1").arg(bytes(r.bytesSent)),
                     r.downtimeMs >= 0 ? tr("%1 ms").arg(r.downtimeMs) : tr("unknown"));
        case MigrationResult::Outcome::Cancelled:
            return tr("Cancelled: %1 keeps running on %2").arg(job->target().vmName, job->target().sourceHost);
        case MigrationResult::Outcome::Failed:
            return tr("Failed: %1. The VM stays on %2.").arg(r.message, job->target().sourceHost);
        }
    }
    if (p.phase == QLatin1String("migrating") && p.dataTotal) {
        // A cloud's figures have no pass count or dirty rate: only what is known is shown.
        QString s = (p.iteration ? tr("Iteration %1 · ").arg(p.iteration) : QString())
            + tr("%1 sent · %2 remaining · %3").arg(bytes(p.dataProcessed), bytes(p.dataRemaining), rate(p.memoryBps))
            + (p.iteration ? tr(" · memory dirtied at %1").arg(rate(p.dirtyRateBps)) : QString())
            + tr(" · %1 s").arg(double(p.elapsedMs) / 1000.0, 0, 'f', 1);
        // A guess only while it converges: the remainder over the rate net of what is re-dirtied.
        if (!p.notConverging && p.memoryBps > p.dirtyRateBps && p.dataRemaining)
            s += tr(" · about %1 s left").arg(qMax<quint64>(1, p.dataRemaining / (p.memoryBps - p.dirtyRateBps)));
        if (p.bandwidthCapMiBs)
            s += tr(" · capped at %1 MiB/s").arg(p.bandwidthCapMiBs);
        if (p.autoConvergeThrottle > 0)
            s += tr(" · guest throttled %1%").arg(p.autoConvergeThrottle);
        if (p.postCopy)
            s += tr(" · post-copy: running on %1").arg(job->target().destHost);
        return s;
    }
    if (!job->isStarted())
        return tr("Recording in the journal…"); // it acts only once the record is on disk
    if (p.phase == QLatin1String("connecting"))
        return tr("Connecting to %1…").arg(job->target().sourceHost);
    if (p.phase.isEmpty() || p.phase == QLatin1String("migrating"))
        return tr("Starting…");
    // Another manager's own words (a cloud's: "Nova: preparing").
    return p.phase.left(1).toUpper() + p.phase.mid(1) + QStringLiteral("…");
}

void JobsView::addJob(MoveJob *move)
{
    ++m_count;
    m_empty->hide();
    auto *card = new QFrame;
    m_cards.insert(move, card);
    auto *job = move; // what every move shows
    auto *migration = qobject_cast<MigrationJob *>(move); // and what a migration adds
    card->setObjectName(QStringLiteral("job_%1").arg(job->id()));
    card->setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(job->title().toHtmlEscaped()), card);
    auto *status = new QLabel(describe(job), card);
    status->setObjectName(QStringLiteral("jobStatus"));
    status->setWordWrap(true);
    auto *cancel = new QPushButton(tr("Cancel"), card);
    cancel->setObjectName(QStringLiteral("jobCancel"));
    cancel->setToolTip(tr("Abort the migration; the VM keeps running on the source."));
    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(cancel);
    auto *lay = new QVBoxLayout(card);
    lay->addLayout(head);
    lay->addWidget(status);
    m_list->insertWidget(m_pinned, card); // newest first, below the plans
    connect(cancel, &QPushButton::clicked, job, [job, cancel] {
        cancel->setEnabled(false);
        cancel->setText(tr("Cancelling…"));
        job->cancel();
    });
    auto *warning = new QLabel(card);
    warning->setObjectName(QStringLiteral("jobWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #c78a0c"));
    warning->hide();
    lay->addWidget(warning);
    auto *plot = new RemainingPlot(card);
    lay->addWidget(plot);
    // Adjust while it runs: bandwidth cap and max downtime, and the switch to post-copy.
    auto *adjust = new QWidget(card);
    adjust->setObjectName(QStringLiteral("jobAdjust"));
    auto *bw = new QSpinBox(adjust);
    bw->setObjectName(QStringLiteral("jobBandwidth"));
    bw->setRange(0, 100000);
    bw->setValue(migration ? int(migration->operatorBandwidth()) : 0);
    bw->setSuffix(tr(" MiB/s"));
    bw->setSpecialValueText(tr("no cap"));
    bw->setToolTip(tr("Bandwidth cap for this migration (a WAN link's shared budget may cap it lower)."));
    auto *dt = new QSpinBox(adjust);
    dt->setObjectName(QStringLiteral("jobDowntime"));
    dt->setRange(0, 60000);
    dt->setSingleStep(100);
    dt->setValue(int(job->options().maxDowntimeMs));
    dt->setSuffix(tr(" ms"));
    dt->setSpecialValueText(tr("default downtime"));
    dt->setToolTip(tr("How long the VM may pause for the final copy; raise it to let a busy guest converge."));
    auto *apply = new QPushButton(tr("Apply"), adjust);
    apply->setObjectName(QStringLiteral("jobApply"));
    apply->setToolTip(tr("Apply the cap and downtime to the running migration (within half a second)."));
    auto *postCopy = new QPushButton(tr("Switch to post-copy"), adjust);
    postCopy->setObjectName(QStringLiteral("jobPostCopy"));
    postCopy->setToolTip(tr("Run the VM on the destination now and fetch the rest of its memory over the WAN. "
                            "It always completes, but a link failure from here on loses the VM."));
    postCopy->setVisible(job->options().postCopyAllowed);
    auto *adjustRow = new QHBoxLayout(adjust);
    adjustRow->setContentsMargins(0, 0, 0, 0);
    adjustRow->addWidget(new QLabel(tr("Cap:"), adjust));
    adjustRow->addWidget(bw);
    adjustRow->addWidget(new QLabel(tr("Max downtime:"), adjust));
    adjustRow->addWidget(dt);
    adjustRow->addWidget(apply);
    adjustRow->addStretch(1);
    adjustRow->addWidget(postCopy);
    adjust->setVisible(m_actionsEnabled && migration && !job->options().offline);
    lay->addWidget(adjust);
    connect(apply, &QPushButton::clicked, job, [migration, bw, dt] {
        if (!migration)
            return;
        migration->setBandwidthCap(quint64(bw->value()));
        migration->setMaxDowntime(quint64(dt->value()));
    });
    connect(postCopy, &QPushButton::clicked, job, [this, job, migration, postCopy] {
        if (!migration)
            return;
        const auto answer = QMessageBox::warning(this, tr("Switch to post-copy?"),
                                                 tr("%1 will run on %2 from now on and fetch its remaining memory over the link. "
                                                    "If the link or either host fails before it is done, the VM is lost.")
                                                     .arg(job->target().vmName, job->target().destHost),
                                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        postCopy->setEnabled(false);
        migration->startPostCopy();
    });
    connect(job, &MoveJob::finished, adjust, &QWidget::hide);
    connect(job, &MoveJob::finished, plot, &QWidget::hide); // a finished job is two lines
    connect(job, &MoveJob::progressChanged, status, [status, warning, job, plot](const jobs::MigrationProgress &p) {
        plot->addSample(p);
        status->setText(describe(job));
        if (p.notConverging) {
            warning->setText(job->options().postCopyAllowed
                                 ? tr("Not converging: the guest dirties memory at %1, as fast as the link carries it (%2). "
                                      "Raise the max downtime, switch to post-copy, or cancel and retry with auto-converge.")
                                       .arg(rate(p.dirtyRateBps), rate(p.memoryBps))
                                 : tr("Not converging: the guest dirties memory at %1, as fast as the link carries it (%2). "
                                      "Raise the max downtime, or cancel and retry with auto-converge.")
                                       .arg(rate(p.dirtyRateBps), rate(p.memoryBps)));
        }
        warning->setVisible(p.notConverging);
    });
    connect(job, &MoveJob::finished, card, [status, cancel, warning, job](const MigrationResult &r) {
        status->setText(describe(job));
        warning->hide();
        cancel->hide();
        if (r.outcome == MigrationResult::Outcome::Failed)
            status->setStyleSheet(QStringLiteral("color: #d03434"));
    });
}

} // namespace hawan::widgets
