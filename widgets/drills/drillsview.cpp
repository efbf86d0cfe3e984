#include "drills/drillsview.h"

#include "common/theme.h"
#include "plots/plotexport.h"

#include "core/fleet.h"
#include "jobs/jobtracker.h"
#include "model/inventory.h"
#include "util/async.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace hawan::widgets {

namespace {
const QColor kPass(0x2e, 0x9d, 0x4f), kFail(0xc6, 0x28, 0x28), kNeutral(0x75, 0x75, 0x75);

QString verdictText(const drills::DrillRun &run, bool live)
{
    if (live)
        return QObject::tr("RUNNING");
    if (run.passed())
        return QObject::tr("PASSED");
    if (run.cancelled)
        return QObject::tr("CANCELLED");
    return run.faulted ? QObject::tr("FAILED") : QObject::tr("DID NOT RUN");
}

QColor verdictColor(const drills::DrillRun &run, bool live)
{
    return live ? Theme::accent() : run.passed() ? kPass : run.faulted && !run.cancelled ? kFail : kNeutral;
}

QString sinceFault(const drills::DrillRun &run, qint64 ms)
{
    if (run.faultAtMs < 0)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const double s = double(ms - run.faultAtMs) / 1000.0;
    return QStringLiteral("%1%2 s").arg(s >= 0 ? QStringLiteral("+") : QString()).arg(s, 0, 'f', 1);
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &header)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(header.size()));
    t->setHorizontalHeaderLabels(header);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}
} // namespace

DrillsView::DrillsView(core::Fleet *fleet, bool canAct, QWidget *parent)
    : QWidget(parent), m_fleet(fleet), m_canAct(canAct)
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(split);

    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *left = new QWidget;
    buildForm(left);
    scroll->setWidget(left);
    scroll->setMinimumWidth(300);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(6, 4, 4, 4);
    m_stack = new QStackedWidget(right);
    rl->addWidget(m_stack);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("drillsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto *report = new QWidget(m_stack);
    auto *repl = new QVBoxLayout(report);
    repl->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_verdict = new QLabel(report);
    m_verdict->setObjectName(QStringLiteral("drillVerdict"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumWidth(130);
    QFont vf = m_verdict->font();
    vf.setBold(true);
    vf.setPointSizeF(vf.pointSizeF() * 1.5);
    m_verdict->setFont(vf);
    top->addWidget(m_verdict);
    m_header = new QLabel(report);
    m_header->setObjectName(QStringLiteral("drillHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_header, 1);
    m_pdf = new QPushButton(tr("PDF…"), report);
    m_pdf->setToolTip(tr("Export the verdict as one PDF: checks, the witnesses' graph, figures and timeline"));
    m_csv = new QPushButton(tr("CSV…"), report);
    m_csv->setToolTip(tr("Export the checks, figures and events as CSV"));
    m_json = new QPushButton(tr("JSON…"), report);
    m_json->setToolTip(tr("Export the run as kept"));
    for (auto *b : {m_pdf, m_csv, m_json})
        top->addWidget(b, 0, Qt::AlignTop);
    repl->addLayout(top);

    auto *middle = new QSplitter(Qt::Horizontal, report);
    m_checks = makeTable(middle, QStringLiteral("drillChecks"), {tr(""), tr("Check"), tr("Detail")});
    m_checks->setToolTip(tr("What must hold after the drill; a red row says what went wrong"));
    m_plot = new QCustomPlot(middle);
    m_plot->setObjectName(QStringLiteral("drillPlot"));
    m_plot->setMinimumSize(240, 140);
    m_plot->setToolTip(tr("Records each site's write witness had acknowledged, against seconds since the fault; "
                          "a flat stretch is writes held up"));
    middle->addWidget(m_checks);
    middle->addWidget(m_plot);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    repl->addWidget(middle, 3);
    auto *bottom = new QSplitter(Qt::Horizontal, report);
    m_figures = makeTable(bottom, QStringLiteral("drillFigures"), {tr("Figure"), tr("Value"), tr("About")});
    m_events = makeTable(bottom, QStringLiteral("drillEvents"), {tr("Since fault"), tr("Event")});
    bottom->addWidget(m_figures);
    bottom->addWidget(m_events);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    repl->addWidget(bottom, 2);
    m_stack->addWidget(report);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 980});

    connect(m_list, &QListWidget::currentRowChanged, this, &DrillsView::showSelected);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(m_json, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("json")); });
    m_liveTimer.setInterval(1000);
    m_liveTimer.setSingleShot(true);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        if (m_job && m_list->currentItem() && m_list->currentItem()->data(Qt::UserRole).toInt() < 0)
            showRun(m_job->run(), !m_job->isFinished());
    });
    util::runDetached(tr("looking for hawan-writer"), this,
                      [dir = QCoreApplication::applicationDirPath()] { return drills::findTools(dir); },
                      [this](drills::Tools tools) { m_tools = std::move(tools); });
    reload();
}

void DrillsView::buildForm(QWidget *left)
{
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(4, 4, 4, 4);
    l->addWidget(new QLabel(tr("<b>Drill</b>"), left));
    m_drills = new QListWidget(left);
    m_drills->setObjectName(QStringLiteral("drillList"));
    for (auto d : drills::allDrills()) {
        const auto info = drills::drillInfo(d);
        auto *item = new QListWidgetItem(info.title, m_drills);
        item->setData(Qt::UserRole, int(d));
        item->setToolTip(QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p>").arg(info.title.toHtmlEscaped(), info.id, info.story.toHtmlEscaped()));
    }
    m_drills->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_drills->setTextElideMode(Qt::ElideRight);
    m_drills->setFixedHeight(m_drills->sizeHintForRow(0) * m_drills->count() + 2 * m_drills->frameWidth() + 2);
    l->addWidget(m_drills);
    m_story = new QLabel(left);
    m_story->setObjectName(QStringLiteral("drillStory"));
    m_story->setWordWrap(true);
    m_story->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    l->addWidget(m_story);

    auto *form = new QFormLayout;
    m_host = new QComboBox(left);
    m_host->setObjectName(QStringLiteral("drillHost"));
    m_host->setToolTip(tr("The host the fault hits"));
    m_host->addItem(tr("the busiest host"), QString());
    for (const auto &h : m_fleet->inventory()->config().hosts)
        m_host->addItem(h.name, h.name);
    m_site = new QComboBox(left);
    m_site->setObjectName(QStringLiteral("drillSite"));
    m_site->setToolTip(tr("The site whose storage the fault hits"));
    for (const auto &s : m_fleet->inventory()->config().sites)
        m_site->addItem(s.name, s.name);
    m_site->setCurrentIndex(m_site->count() - 1);
    m_hold = new QSpinBox(left);
    m_hold->setObjectName(QStringLiteral("drillHold"));
    m_hold->setRange(0, 3600);
    m_hold->setSuffix(tr(" s"));
    m_hold->setSpecialValueText(tr("the drill's own"));
    m_hold->setToolTip(tr("How long the fault lasts before the repair (a WAN cut's default follows the storage's ping-timeout)"));
    m_loss = new QDoubleSpinBox(left);
    m_loss->setRange(0.1, 50);
    m_loss->setValue(3);
    m_loss->setSuffix(tr(" %"));
    m_loss->setToolTip(tr("The packets the WAN loses during the lossy-WAN drill"));
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Fault lasts:"), m_hold);
    form->addRow(tr("Loss:"), m_loss);
    l->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run drill…"), left);
    m_run->setObjectName(QStringLiteral("drillRun"));
    m_run->setToolTip(tr("Injects the fault after saying what it will do (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"), left);
    m_cancel->setObjectName(QStringLiteral("drillCancel"));
    m_cancel->setToolTip(tr("Stops the drill: repairs the fault, then verifies what it can (Esc)"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    l->addLayout(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setTextVisible(true);
    m_progress->hide();
    l->addWidget(m_progress);
    m_phase = new QLabel(left);
    m_phase->setWordWrap(true);
    l->addWidget(m_phase);
    m_formNote = new QLabel(left);
    m_formNote->setObjectName(QStringLiteral("drillFormNote"));
    m_formNote->setWordWrap(true);
    l->addWidget(m_formNote);
    if (!m_canAct)
        m_formNote->setText(tr("Read-only console: drills cannot be run here; the runs kept are shown."));

    l->addWidget(new QLabel(tr("<b>Runs</b>"), left));
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("drillRuns"));
    l->addWidget(m_list, 1);

    connect(m_drills, &QListWidget::currentRowChanged, this, &DrillsView::drillChosen);
    connect(m_run, &QPushButton::clicked, this, &DrillsView::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &DrillsView::cancelRun);
    auto *run = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &DrillsView::startRun);
    run->setContext(Qt::WidgetWithChildrenShortcut);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &DrillsView::cancelRun);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    m_drills->setCurrentRow(0);
    drillChosen();
}

void DrillsView::chooseDrill(const QString &id)
{
    for (int i = 0; i < m_drills->count(); ++i)
        if (drills::drillInfo(drills::Drill(m_drills->item(i)->data(Qt::UserRole).toInt())).id == id)
            m_drills->setCurrentRow(i);
}

void DrillsView::drillChosen()
{
    if (!m_drills->currentItem())
        return;
    const auto info = drills::drillInfo(drills::Drill(m_drills->currentItem()->data(Qt::UserRole).toInt()));
    m_story->setText(info.story);
    m_host->setEnabled(info.target == drills::TargetKind::Host);
    m_site->setEnabled(info.target == drills::TargetKind::StorageSite);
    m_hold->setEnabled(info.drill != drills::Drill::HostPowerLoss);
    m_loss->setEnabled(info.drill == drills::Drill::LossyWan);
    m_run->setEnabled(m_canAct && !isRunning());
}

bool DrillsView::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void DrillsView::startRun()
{
    if (!m_canAct || isRunning() || !m_drills->currentItem())
        return;
    drills::DrillSpec spec;
    spec.drill = drills::Drill(m_drills->currentItem()->data(Qt::UserRole).toInt());
    spec.host = m_host->isEnabled() ? m_host->currentData().toString() : QString();
    spec.site = m_site->isEnabled() ? m_site->currentData().toString() : QString();
    spec.holdS = m_hold->value() > 0 ? m_hold->value() : -1;
    spec.lossPct = m_loss->value();
    auto job = std::make_unique<drills::DrillJob>(m_fleet, spec, m_tools);
    job->resolve();
    QStringList blocked = job->blockers();
    const QString confirmSite = job->siteToConfirm();
    // The typed site name is asked below: not a reason to refuse here.
    blocked.erase(std::remove_if(blocked.begin(), blocked.end(),
                                 [&](const QString &b) { return !confirmSite.isEmpty() && b.contains(QStringLiteral("(%1)").arg(confirmSite)); }),
                  blocked.end());
    if (!blocked.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Drill not started"),
                        tr("<b>%1</b><p>Its precondition does not hold:</p><ul><li>%2</li></ul>")
                            .arg(job->title().toHtmlEscaped(), [&] {
                                QStringList esc;
                                for (const QString &b : blocked)
                                    esc << b.toHtmlEscaped();
                                return esc.join(QStringLiteral("</li><li>"));
                            }()),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("drillBlocked"));
        box.exec();
        return;
    }
    QString details;
    for (const QString &l : job->preview())
        details += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
    QMessageBox box(QMessageBox::Warning, tr("Run the drill?"),
                    tr("<b>%1</b><ul>%2</ul><p>It takes about %3 s. Cancel (Esc) repairs the fault at any time.</p>")
                        .arg(job->title().toHtmlEscaped(), details).arg(std::round(job->expectedSeconds())),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("drillConfirm"));
    QPushButton *go = box.addButton(tr("Inject the fault"), QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    if (box.clickedButton() != go)
        return;
    if (!confirmSite.isEmpty()) {
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Confirm the site"),
                                                    tr("This is not a lab. Type the name of the site the fault hits (%1):").arg(confirmSite),
                                                    QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (typed.trimmed() != confirmSite) {
            m_formNote->setText(tr("'%1' is not %2: the drill did not run.").arg(typed, confirmSite));
            return;
        }
        spec.confirmSite = confirmSite;
        job = std::make_unique<drills::DrillJob>(m_fleet, spec, m_tools);
        job->resolve();
    }
    m_formNote->clear();
    m_job = m_fleet->jobs()->add(std::move(job));
    watch();
    Q_EMIT logLine(false, tr("%1 started").arg(m_job->title()));
    m_job->start();
    reload();
    updateProgress();
}

void DrillsView::follow(drills::DrillJob *job)
{
    if (isRunning() || !job)
        return;
    m_job = job;
    watch();
    chooseDrill(job->info().id);
    reload();
    updateProgress();
}

void DrillsView::watch()
{
    connect(m_job, &drills::DrillJob::eventAdded, this, [this] {
        if (!m_liveTimer.isActive())
            m_liveTimer.start();
    });
    connect(m_job, &jobs::Job::progressed, this, &DrillsView::updateProgress);
    connect(m_job, &jobs::Job::ended, this, [this] {
        updateProgress();
        const auto &r = m_job->jobResult();
        Q_EMIT logLine(!r.succeeded() && r.outcome != jobs::JobOutcome::Cancelled, tr("%1: %2").arg(m_job->title(), r.message));
        reload(m_job->run().id);
    });
}

void DrillsView::cancelRun()
{
    if (!isRunning())
        return;
    m_phase->setText(tr("Cancelling: repairing the fault, then verifying…"));
    m_job->cancel();
}

void DrillsView::updateProgress()
{
    const bool running = isRunning();
    m_run->setEnabled(m_canAct && !running);
    m_cancel->setEnabled(running);
    m_drills->setEnabled(!running);
    m_progress->setVisible(running);
    if (!m_job)
        return;
    const auto &p = m_job->jobProgress();
    m_progress->setRange(0, std::max(1, p.stepsTotal));
    m_progress->setValue(p.stepsDone);
    m_progress->setFormat(tr("%1 of %2").arg(p.stepsDone).arg(p.stepsTotal));
    m_phase->setText(running ? tr("%1 (%2 s)").arg(p.phase).arg(p.elapsedMs / 1000) : QString());
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void DrillsView::reload(const QString &select)
{
    util::runDetached(tr("reading drill runs"), this, [dir = drills::drillsDirectory()] { return drills::readDrillRuns(dir); },
                      [this, select](QVector<drills::DrillRun> runs) {
                          QString keep = select;
                          if (keep.isEmpty() && m_list->currentItem())
                              keep = m_list->currentItem()->data(Qt::UserRole + 1).toString();
                          m_runs = std::move(runs);
                          const QSignalBlocker b(m_list);
                          m_list->clear();
                          int row = -1;
                          if (isRunning()) {
                              auto *item = new QListWidgetItem(tr("● %1 (running)").arg(m_job->title()), m_list);
                              item->setData(Qt::UserRole, -1);
                              item->setData(Qt::UserRole + 1, QStringLiteral("live"));
                              row = 0;
                          }
                          for (int i = 0; i < m_runs.size(); ++i) {
                              const auto &r = m_runs[i];
                              auto *item = new QListWidgetItem(QStringLiteral("%1 %2\n%3 · %4")
                                                                   .arg(r.passed() ? QStringLiteral("✔") : r.faulted && !r.cancelled ? QStringLiteral("✘") : QStringLiteral("–"),
                                                                        drills::drillInfo(r.spec.drill).title,
                                                                        r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.target),
                                                               m_list);
                              item->setForeground(verdictColor(r, false));
                              item->setToolTip(r.id + QLatin1Char('\n') + r.notes.join(QLatin1Char('\n')));
                              item->setData(Qt::UserRole, i);
                              item->setData(Qt::UserRole + 1, r.id);
                              if (r.id == keep && row < 0)
                                  row = m_list->count() - 1;
                          }
                          m_list->setCurrentRow(row >= 0 ? row : (m_list->count() > 0 ? 0 : -1));
                          showSelected();
                      });
}

const drills::DrillRun *DrillsView::shownRun() const
{
    const auto *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(Qt::UserRole).toInt();
    if (i < 0)
        return m_job ? &m_job->run() : nullptr;
    return i < m_runs.size() ? &m_runs[i] : nullptr;
}

void DrillsView::showSelected()
{
    const auto *run = shownRun();
    if (!run) {
        m_empty->setText(m_canAct ? tr("No drill has run yet.\n\nChoose a drill on the left, then Run drill… (Ctrl+Return): it says what it "
                                       "will do and asks before it injects anything. Each drill ends with a verdict kept here.")
                                  : tr("No drill has run yet."));
        m_stack->setCurrentIndex(0);
        return;
    }
    const bool live = m_list->currentItem()->data(Qt::UserRole).toInt() < 0 && isRunning();
    showRun(*run, live);
}

void DrillsView::showRun(const drills::DrillRun &run, bool live)
{
    m_stack->setCurrentIndex(1);
    const auto info = drills::drillInfo(run.spec.drill);
    m_verdict->setText(verdictText(run, live));
    m_verdict->setStyleSheet(QStringLiteral("color: white; background: %1; border-radius: 6px; padding: 8px 14px;")
                                 .arg(verdictColor(run, live).name()));
    int failed = 0;
    for (const auto &c : run.checks)
        failed += c.passed ? 0 : 1;
    m_header->setText(tr("<b>%1</b> — %2<br>%3 · %4 checks, %5 failed · %6")
                          .arg(info.title.toHtmlEscaped(), run.target.toHtmlEscaped(),
                               run.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                          .arg(run.checks.size()).arg(failed).arg(run.id)
                      + (run.notes.isEmpty() ? QString()
                                             : QStringLiteral("<br><span style='color:%1'>%2</span>")
                                                   .arg(Theme::mutedText().name(), run.notes.join(QStringLiteral(" · ")).toHtmlEscaped())));
    for (auto *b : {m_pdf, m_csv, m_json})
        b->setEnabled(!live);

    m_checks->setRowCount(int(run.checks.size()));
    for (int i = 0; i < run.checks.size(); ++i) {
        const auto &c = run.checks[i];
        auto *mark = new QTableWidgetItem(c.passed ? QStringLiteral("✔") : QStringLiteral("✘"));
        mark->setForeground(c.passed ? kPass : kFail);
        m_checks->setItem(i, 0, mark);
        m_checks->setItem(i, 1, new QTableWidgetItem(c.name));
        auto *detail = new QTableWidgetItem(c.detail);
        detail->setToolTip(c.detail);
        m_checks->setItem(i, 2, detail);
    }
    m_checks->resizeColumnsToContents();
    m_figures->setRowCount(int(run.figures.size()));
    for (int i = 0; i < run.figures.size(); ++i) {
        const auto &f = run.figures[i];
        m_figures->setItem(i, 0, new QTableWidgetItem(f.name));
        auto *v = new QTableWidgetItem(QStringLiteral("%1 %2").arg(f.value, 0, 'f', f.unit == QLatin1String("s") ? 1 : 0).arg(f.unit));
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(i, 1, v);
        m_figures->setItem(i, 2, new QTableWidgetItem(f.about));
    }
    m_figures->resizeColumnsToContents();
    m_events->setRowCount(int(run.events.size()));
    for (int i = 0; i < run.events.size(); ++i) {
        const auto &e = run.events[i];
        m_events->setItem(i, 0, new QTableWidgetItem(sinceFault(run, e.atMs)));
        auto *t = new QTableWidgetItem(e.text);
        t->setToolTip(e.text);
        m_events->setItem(i, 1, t);
    }
    m_events->resizeColumnToContents(0);
    if (live)
        m_events->scrollToBottom();

    // The witnesses' acknowledged records against seconds since the fault.
    m_plot->clearGraphs();
    m_plot->clearItems();
    const double t0 = run.faultAtMs >= 0 ? double(run.faultAtMs) : 0;
    const QList<QColor> colors{Theme::accent(), QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a)};
    int k = 0;
    double ymax = 1, xmin = 0, xmax = 1;
    bool first = true;
    for (auto it = run.acks.cbegin(); it != run.acks.cend(); ++it, ++k) {
        auto *g = m_plot->addGraph();
        g->setName(tr("%1's witness").arg(it.key()));
        g->setPen(QPen(colors[k % colors.size()], 2));
        for (const QPointF &p : it.value()) {
            const double x = (p.x() - t0) / 1000.0;
            g->addData(x, p.y());
            ymax = std::max(ymax, p.y());
            xmin = first ? x : std::min(xmin, x);
            xmax = first ? x : std::max(xmax, x);
            first = false;
        }
    }
    auto mark = [this](double x, const QString &label, const QColor &color) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(color, 1.5, Qt::DashLine));
        auto *text = new QCPItemText(m_plot);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(x, 0.02);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setText(QStringLiteral(" ") + label);
        text->setColor(color);
    };
    if (run.faultAtMs >= 0)
        mark(0, tr("fault"), kFail);
    if (run.repairAtMs >= 0)
        mark((double(run.repairAtMs) - t0) / 1000.0, tr("repair"), kPass);
    m_plot->xAxis->setLabel(run.faultAtMs >= 0 ? tr("seconds since the fault") : tr("seconds"));
    m_plot->yAxis->setLabel(tr("acknowledged records"));
    m_plot->xAxis->setRange(std::min(xmin, -1.0), std::max(xmax, 1.0));
    m_plot->yAxis->setRange(0, ymax * 1.08);
    m_plot->legend->setVisible(!run.acks.isEmpty());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->replot();
}

void DrillsView::exportAs(const QString &kind)
{
    const auto *run = shownRun();
    if (!run)
        return;
    const QString filter = kind == QLatin1String("pdf") ? tr("PDF (*.pdf)") : kind == QLatin1String("csv") ? tr("CSV (*.csv)") : tr("JSON (*.json)");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the drill"), QStringLiteral("%1.%2").arg(run->id, kind), filter);
    if (!file.isEmpty())
        exportTo(kind, file);
}

void DrillsView::exportTo(const QString &kind, const QString &file)
{
    const auto *run = shownRun();
    if (!run)
        return;
    plotexport::Rendered r;
    if (kind == QLatin1String("csv")) {
        r.bytes = drills::drillCsv(*run);
    } else if (kind == QLatin1String("json")) {
        r.bytes = QJsonDocument(run->toJson()).toJson(QJsonDocument::Indented);
    } else {
        // One page: the verdict, the checks, the witnesses' graph, the figures, the timeline.
        const auto info = drills::drillInfo(run->spec.drill);
        QString html = QStringLiteral("<h2>%1</h2><p>%2 · %3 · %4</p><h3 style='color:%5'>%6</h3>")
                           .arg(info.title.toHtmlEscaped(), run->target.toHtmlEscaped(), run->id,
                                run->started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                verdictColor(*run, false).name(), verdictText(*run, false));
        html += QStringLiteral("<p><i>%1</i></p><table border='1' cellspacing='0' cellpadding='3'>").arg(info.story.toHtmlEscaped());
        for (const auto &c : run->checks)
            html += QStringLiteral("<tr><td style='color:%1'>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg((c.passed ? kPass : kFail).name(), c.passed ? QStringLiteral("✔") : QStringLiteral("✘"),
                             c.name.toHtmlEscaped(), c.detail.toHtmlEscaped());
        html += QStringLiteral("</table><p><img src='plot:acks' width='600'></p><table cellpadding='2'>");
        for (const auto &f : run->figures)
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2 %3</td><td>%4</td></tr>")
                        .arg(f.name).arg(f.value, 0, 'f', f.unit == QLatin1String("s") ? 1 : 0).arg(f.unit, f.about.toHtmlEscaped());
        html += QStringLiteral("</table><h3>%1</h3><table cellpadding='1'>").arg(tr("Timeline"));
        for (const auto &e : run->events)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(sinceFault(*run, e.atMs), e.text.toHtmlEscaped());
        html += QStringLiteral("</table>");
        for (const QString &n : run->notes)
            html += QStringLiteral("<p>%1</p>").arg(n.toHtmlEscaped());
        const bool shown = shownRun() == run;
        if (shown)
            showRun(*run, false);
        QTextDocument doc;
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("plot:acks")), m_plot->toPixmap(1200, 500, 1.0).toImage());
        doc.setHtml(html);
        QBuffer buffer(&r.bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(info.title);
        doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
        doc.print(&pdf);
    }
    util::runDetached(tr("exporting %1").arg(run->id), this, [file, r] { return plotexport::write(file, r); },
                      [this, file](const QString &error) {
                          Q_EMIT logLine(!error.isEmpty(), error.isEmpty() ? tr("Drill exported to %1").arg(file)
                                                                           : tr("Could not export to %1: %2").arg(file, error));
                          Q_EMIT exported(file, error);
                      });
}

} // namespace hawan::widgets
