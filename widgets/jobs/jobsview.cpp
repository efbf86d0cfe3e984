#include "jobs/jobsview.h"

#include "common/format.h"
#include "core/fleet.h"
#include "jobs/migrationjob.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hawan::widgets {

using jobs::MigrationJob;
using jobs::MigrationResult;

namespace {
QString bytes(quint64 b) { return Format::memory(b / 1024); }
QString rate(quint64 bps) { return JobsView::tr("%1/s").arg(Format::memory(bps / 1024)); }
} // namespace

JobsView::JobsView(core::Fleet *fleet, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobsView"));
    auto *inner = new QWidget;
    m_list = new QVBoxLayout(inner);
    m_list->setContentsMargins(6, 6, 6, 6);
    m_list->setSpacing(6);
    m_empty = new QLabel(tr("No jobs yet. Drag a VM onto another host, or right-click a VM and choose "
                            "\"Migrate to\", to start a live migration."), inner);
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
    connect(fleet, &core::Fleet::migrationStarted, this, &JobsView::addJob);
    for (const auto &j : fleet->migrations())
        addJob(j.get());
}

QString JobsView::describe(const MigrationJob *job)
{
    const auto &p = job->progress();
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
    if (p.phase == QLatin1String("migrating") && p.dataTotal)
        return tr("Iteration %1 · %2 sent · %3 remaining · %4 · memory dirtied at %5 · %6 s")
            .arg(p.iteration)
            .arg(bytes(p.dataProcessed), bytes(p.dataRemaining), rate(p.memoryBps), rate(p.dirtyRateBps))
            .arg(double(p.elapsedMs) / 1000.0, 0, 'f', 1);
    return p.phase == QLatin1String("connecting") ? tr("Connecting to %1…").arg(job->target().sourceHost) : tr("Starting…");
}

void JobsView::addJob(MigrationJob *job)
{
    ++m_count;
    m_empty->hide();
    auto *card = new QFrame;
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
    m_list->insertWidget(0, card); // newest first
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
    connect(job, &MigrationJob::progressChanged, status, [status, warning, job](const jobs::MigrationProgress &p) {
        status->setText(describe(job));
        if (p.notConverging) {
            warning->setText(tr("Not converging: the guest dirties memory at %1, as fast as the link carries it (%2). "
                                "Cancel and retry with auto-converge, or with a higher downtime allowance.")
                                 .arg(rate(p.dirtyRateBps), rate(p.memoryBps)));
        }
        warning->setVisible(p.notConverging);
    });
    connect(job, &MigrationJob::finished, card, [status, cancel, warning, job](const MigrationResult &r) {
        status->setText(describe(job));
        warning->hide();
        cancel->hide();
        if (r.outcome == MigrationResult::Outcome::Failed)
            status->setStyleSheet(QStringLiteral("color: #d03434"));
    });
}

} // namespace hawan::widgets
