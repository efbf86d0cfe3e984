#include "experiments/experimentsview.h"

#include "common/theme.h"
#include "experiments/reportexport.h"
#include "experiments/reportplot.h"
#include "plots/plotexport.h"

#include "core/fleet.h"
#include "core/operations.h"
#include "experiments/experiment.h"
#include "experiments/leftovers.h"
#include "probes/probehub.h"
#include "util/async.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace hawan::widgets {

namespace {
constexpr int kLiveRow = -1; // the list item of the run in progress
QString minutes(double seconds)
{
    return seconds < 90 ? QObject::tr("about %n s", nullptr, int(std::ceil(seconds / 10) * 10))
                        : QObject::tr("about %n min", nullptr, int(std::round(seconds / 60)));
}
} // namespace

ExperimentsView::ExperimentsView(core::Fleet *fleet, bool canAct, QWidget *parent)
    : QWidget(parent), m_fleet(fleet), m_canAct(canAct)
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(split);

    // The form scrolls rather than holding the window's docks tall (a laptop's 768 rows).
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *left = new QWidget;
    buildForm(left);
    scroll->setWidget(left);
    scroll->setMinimumWidth(left->sizeHint().width() + 16);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(6, 4, 4, 4);
    m_stack = new QStackedWidget(right);
    rl->addWidget(m_stack);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("experimentsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto *report = new QWidget(m_stack);
    auto *repl = new QVBoxLayout(report);
    repl->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(report);
    m_header->setObjectName(QStringLiteral("experimentHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    repl->addWidget(m_header);
    auto *bar = new QHBoxLayout;
    m_figure = new QComboBox(report);
    m_figure->setObjectName(QStringLiteral("experimentFigure"));
    m_figure->setToolTip(tr("The figure plotted against the round trip"));
    m_compare = new QComboBox(report);
    m_compare->setObjectName(QStringLiteral("experimentCompare"));
    m_compare->setToolTip(tr("Overlay an earlier run (hollow points) to compare"));
    m_pdf = new QPushButton(tr("PDF…"), report);
    m_pdf->setToolTip(tr("Export the report as one PDF: setup, every figure's plot and table"));
    m_csv = new QPushButton(tr("CSV…"), report);
    m_csv->setToolTip(tr("Export every measurement's figures as CSV"));
    m_json = new QPushButton(tr("JSON…"), report);
    m_json->setToolTip(tr("Export the run as kept: every sample, the setup, the versions"));
    bar->addWidget(new QLabel(tr("Figure:"), report));
    bar->addWidget(m_figure, 2);
    bar->addWidget(new QLabel(tr("Compare with:"), report));
    bar->addWidget(m_compare, 1);
    bar->addWidget(m_pdf);
    bar->addWidget(m_csv);
    bar->addWidget(m_json);
    repl->addLayout(bar);
    m_plot = new QCustomPlot(report);
    m_plot->setObjectName(QStringLiteral("experimentPlot"));
    m_plot->setMinimumHeight(120);
    repl->addWidget(m_plot, 3);
    m_fits = new QLabel(report);
    m_fits->setObjectName(QStringLiteral("experimentFits"));
    m_fits->setWordWrap(true);
    repl->addWidget(m_fits);
    m_table = new QTableWidget(report);
    m_table->setObjectName(QStringLiteral("experimentTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    repl->addWidget(m_table, 2);
    m_stack->addWidget(report);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 900});

    connect(m_figure, &QComboBox::currentIndexChanged, this, &ExperimentsView::redraw);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &ExperimentsView::redraw);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExperimentsView::showSelected);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(m_json, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("json")); });
    // Where hawan-meta is: looked for on the disk once, off this thread.
    util::runDetached(tr("looking for hawan-meta"), this, [dir = QCoreApplication::applicationDirPath()] { return experiments::findMetaTool(dir); },
                      [this](QString path) {
                          m_metaTool = std::move(path);
                          updateProgress();
                      });
    reload();
}

void ExperimentsView::buildForm(QWidget *left)
{
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    auto *tests = new QVBoxLayout;
    // One click for the whole study; partly checked when some are.
    auto *all = new QCheckBox(tr("all"), left);
    all->setObjectName(QStringLiteral("experimentTest-all"));
    all->setToolTip(tr("Every test the configuration allows"));
    tests->addWidget(all);
    const auto &exp = m_fleet->inventory()->config().experiments;
    for (auto t : experiments::allTests()) {
        auto *box = new QCheckBox(experiments::testId(t), left);
        box->setObjectName(QStringLiteral("experimentTest-") + experiments::testId(t));
        box->setToolTip(experiments::testTitle(t));
        box->setChecked(t == experiments::Test::Metadata || t == experiments::Test::SeqWrite);
        box->setProperty("test", int(t));
        // The VM tests need their template images.
        const bool image = !experiments::isVmTest(t) || (t == experiments::Test::MigrateBusy ? !exp.busyVmImage.isEmpty() : !exp.vmImage.isEmpty());
        if (!image) {
            box->setEnabled(false);
            box->setToolTip(experiments::testTitle(t) + QStringLiteral("\n")
                            + (t == experiments::Test::MigrateBusy ? tr("Needs a busy guest's template: [experiments] busy_vm_image")
                                                                   : tr("Needs a test VM template: [experiments] vm_image")));
        }
        m_tests << box;
        tests->addWidget(box, 0);
        box->setContentsMargins(12, 0, 0, 0);
        connect(box, &QCheckBox::toggled, this, [this, all] {
            int on = 0, enabled = 0;
            for (QCheckBox *b : m_tests)
                if (b->isEnabled()) {
                    ++enabled;
                    on += b->isChecked() ? 1 : 0;
                }
            const QSignalBlocker block(all);
            all->setCheckState(on == 0 ? Qt::Unchecked : on == enabled ? Qt::Checked : Qt::PartiallyChecked);
        });
    }
    connect(all, &QCheckBox::clicked, this, [this, all] {
        // Some or none chosen: choose them all; all chosen: none.
        const bool on = std::any_of(m_tests.cbegin(), m_tests.cend(), [](QCheckBox *b) { return b->isEnabled() && !b->isChecked(); });
        all->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        for (QCheckBox *b : m_tests)
            if (b->isEnabled())
                b->setChecked(on);
    });
    all->setCheckState(Qt::PartiallyChecked);
    form->addRow(tr("Tests:"), tests);
    const auto &links = m_fleet->inventory()->config().links;
    const bool canEmulate = !links.isEmpty() && !links.first().emulate.isEmpty();
    m_delays = new QLineEdit(canEmulate ? QStringLiteral("0, 5, 10, 20") : QString(), left);
    m_delays->setObjectName(QStringLiteral("experimentDelays"));
    m_delays->setEnabled(canEmulate);
    m_delays->setPlaceholderText(canEmulate ? tr("the link as it is") : tr("real link: measured as it is"));
    m_delays->setToolTip(canEmulate ? tr("One-way delays (ms) the link is set to in turn; each test runs at each. Empty: the link as it is.")
                                    : tr("The link has no emulate command ([[link]] emulate): the tests measure it as it is."));
    form->addRow(tr("Delays (ms):"), m_delays);
    m_repeats = new QSpinBox(left);
    m_repeats->setRange(1, 20);
    m_repeats->setValue(2);
    m_repeats->setToolTip(tr("Runs of each test at each point: the table shows their spread"));
    form->addRow(tr("Repeats:"), m_repeats);
    m_files = new QSpinBox(left);
    m_files->setRange(10, 100000);
    m_files->setValue(2000);
    m_files->setToolTip(tr("Small files created, looked at, renamed and removed by the metadata test"));
    form->addRow(tr("Files:"), m_files);
    m_mib = new QSpinBox(left);
    m_mib->setRange(1, 16384);
    m_mib->setValue(64);
    m_mib->setSuffix(tr(" MiB"));
    m_mib->setToolTip(tr("Written and read back by the sequential tests"));
    form->addRow(tr("Size:"), m_mib);
    ll->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(Theme::icon(QStringLiteral("play")), tr("Run…"), left);
    m_run->setObjectName(QStringLiteral("experimentRun"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel = new QPushButton(tr("Cancel"), left);
    m_cancel->setObjectName(QStringLiteral("experimentCancel"));
    m_cancel->setToolTip(tr("Stop the experiment: the link's delay is put back and its files removed (Esc)"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    ll->addLayout(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("experimentProgress"));
    m_progress->setVisible(false);
    ll->addWidget(m_progress);
    m_phase = new QLabel(left);
    m_phase->setWordWrap(true);
    ll->addWidget(m_phase);
    m_formNote = new QLabel(left);
    m_formNote->setWordWrap(true);
    m_formNote->setObjectName(QStringLiteral("experimentFormNote"));
    ll->addWidget(m_formNote);

    int runners = 0;
    for (const auto &s : m_fleet->inventory()->config().sites)
        runners += s.runner.isEmpty() ? 0 : 1;
    QString why;
    if (!m_canAct)
        why = tr("Read-only console: experiments are run from an operator's console or with hawanctl experiment run.");
    else if (runners == 0)
        why = tr("No site has a runner: add <tt>runner</tt> and <tt>test_dir</tt> to a [[site]] of the configuration "
                 "(docs/experiments.md shows how), then start Hawan again.");
    m_runAllowed = why.isEmpty();
    m_run->setEnabled(false); // until hawan-meta has been looked for (updateProgress)
    m_run->setToolTip(why.isEmpty() ? tr("Run the chosen tests at every site with a runner (Ctrl+Return)") : why);
    m_formNote->setText(why);
    connect(m_run, &QPushButton::clicked, this, &ExperimentsView::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &ExperimentsView::cancelRun);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ExperimentsView::cancelRun, Qt::WidgetWithChildrenShortcut);

    ll->addWidget(new QLabel(tr("<b>Reports</b>"), left));
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("experimentRuns"));
    m_list->setToolTip(tr("Runs kept under %1").arg(experiments::runsDirectory()));
    m_list->setMinimumHeight(80);
    ll->addWidget(m_list, 1);
}

bool ExperimentsView::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void ExperimentsView::cleanUpLeftovers()
{
    if (!m_canAct)
        return;
    auto *job = m_fleet->jobs()->add(std::make_unique<experiments::LeftoverCleanupJob>(m_fleet->inventory()->config().sourceFile));
    connect(job, &jobs::Job::ended, this, [this, job] {
        const auto &r = job->jobResult();
        if (r.message.isEmpty())
            return;
        const QString text = tr("Experiments: %1").arg(r.message);
        qInfo().noquote() << "hawan:" << text;
        Q_EMIT logLine(!r.succeeded(), text);
    });
    job->start();
}

void ExperimentsView::startRun()
{
    if (!m_runAllowed || isRunning() || m_metaTool.isEmpty()) // Run is enabled once hawan-meta has been looked for
        return;
    const core::Operations ops(m_fleet);
    if (const auto open = ops.anyOpenPlan()) {
        QMessageBox::information(this, tr("Experiment not started"),
                                 tr("%1. An experiment now would measure its moves along with the storage, and slow them. "
                                    "Run it when the plan has ended (the Jobs panel shows it).").arg(open->text));
        return;
    }
    experiments::ExperimentSpec spec;
    for (QCheckBox *box : m_tests)
        if (box->isChecked())
            spec.tests << experiments::Test(box->property("test").toInt());
    if (spec.tests.isEmpty()) {
        m_formNote->setText(tr("Choose at least one test."));
        return;
    }
    QString why;
    const auto delays = experiments::parseDelays(m_delays->isEnabled() ? m_delays->text() : QString(), &why);
    if (!delays) {
        m_formNote->setText(tr("Delays: %1. Write them as 0, 5, 10, 20.").arg(why));
        m_delays->setFocus();
        return;
    }
    m_formNote->clear();
    spec.delaysMs = *delays;
    spec.repeats = m_repeats->value();
    spec.sizes.metaFiles = m_files->value();
    spec.sizes.seqMiB = m_mib->value();
    spec.metaTool = m_metaTool;
    if (m_storageGate && !m_storageGate(QStringLiteral("experiment")))
        return;
    auto job = std::make_unique<experiments::ExperimentJob>(m_fleet->inventory()->config(), m_fleet->probes(), m_fleet, spec);
    const float rtt = m_fleet->inventory()->config().links.isEmpty() ? NAN : m_fleet->probes()->linkState(0).rttMs;
    const auto preview = job->preview(std::isnan(rtt) ? -1 : double(rtt));
    QMessageBox box(QMessageBox::Question, tr("Run the experiment?"),
                    tr("<b>%1</b><p>It takes %2.</p>").arg(job->title().toHtmlEscaped(), minutes(preview.seconds)),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("experimentConfirm"));
    QString details;
    for (const QString &l : preview.lines)
        details += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
    for (const QString &n : job->run().notes)
        details += QStringLiteral("<li><i>%1</i></li>").arg(n.toHtmlEscaped());
    box.setInformativeText(QStringLiteral("<ul>%1</ul>").arg(details));
    QPushButton *go = box.addButton(tr("Run"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != go)
        return;

    m_job = m_fleet->jobs()->add(std::move(job));
    connect(m_job, &experiments::ExperimentJob::measured, this, [this] {
        if (m_list->currentRow() == 0 && m_list->item(0) && m_list->item(0)->data(Qt::UserRole).toInt() == kLiveRow)
            showSelected();
    });
    connect(m_job, &jobs::Job::progressed, this, &ExperimentsView::updateProgress);
    connect(m_job, &jobs::Job::ended, this, [this, j = m_job.data()] {
        const auto &r = j->jobResult();
        Q_EMIT logLine(r.outcome == jobs::JobOutcome::Failed, tr("%1: %2").arg(j->title(), r.message));
        updateProgress();
        reload(j->run().id);
    });
    Q_EMIT logLine(false, tr("%1: started").arg(m_job->title()));
    m_job->start();
    reload(QStringLiteral("live"));
    updateProgress();
}

void ExperimentsView::cancelRun()
{
    if (isRunning() && !m_job->isCancelRequested())
        m_job->cancel();
}

void ExperimentsView::updateProgress()
{
    const bool running = isRunning();
    m_run->setEnabled(m_runAllowed && !running && !m_metaTool.isEmpty());
    m_cancel->setEnabled(running && !m_job->isCancelRequested());
    m_progress->setVisible(running);
    if (!m_job) {
        m_phase->clear();
        return;
    }
    const auto &p = m_job->jobProgress();
    m_progress->setRange(0, std::max(1, p.stepsTotal));
    m_progress->setValue(p.stepsDone);
    if (running)
        m_phase->setText(tr("%1/%2 %3%4%5")
                             .arg(p.stepsDone)
                             .arg(p.stepsTotal)
                             .arg(p.phase)
                             .arg(p.etaMs > 0 ? tr(", %1 left").arg(minutes(p.etaMs / 1000.0)) : QString())
                             .arg(m_job->isCancelRequested() ? tr(" (cancelling: putting things back)") : QString()));
    else
        m_phase->setText(m_job->jobResult().message);
}

void ExperimentsView::reload(const QString &select)
{
    // Reading the kept runs waits for the disk: off this thread.
    util::runDetached(tr("reading experiment reports"), this, [dir = experiments::runsDirectory()] { return experiments::readRuns(dir); },
                      [this, select](QVector<experiments::RunFile> runs) {
                          QString keep = select;
                          if (keep.isEmpty() && m_list->currentItem())
                              keep = m_list->currentItem()->data(Qt::UserRole + 1).toString();
                          m_runs = std::move(runs);
                          const QSignalBlocker b1(m_list), b2(m_compare);
                          m_list->clear();
                          const QString compareId = m_compare->currentData().toString();
                          m_compare->clear();
                          m_compare->addItem(tr("nothing"), QString());
                          if (isRunning()) {
                              auto *item = new QListWidgetItem(tr("● %1 (running)").arg(m_job->run().id), m_list);
                              item->setData(Qt::UserRole, kLiveRow);
                              item->setData(Qt::UserRole + 1, QStringLiteral("live"));
                          }
                          int row = -1;
                          for (int i = 0; i < m_runs.size(); ++i) {
                              const auto &r = m_runs[i].run;
                              QStringList tests;
                              for (auto t : r.spec.tests)
                                  tests << experiments::testId(t);
                              auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3")
                                                                   .arg(r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                                        tests.join(QStringLiteral(", ")),
                                                                        tr("%n point(s)", nullptr, int(r.measurements.size()))),
                                                               m_list);
                              item->setToolTip(r.id + QLatin1Char('\n') + r.notes.join(QLatin1Char('\n')));
                              item->setData(Qt::UserRole, i);
                              item->setData(Qt::UserRole + 1, r.id);
                              if (r.id == keep)
                                  row = m_list->count() - 1;
                              m_compare->addItem(r.id, r.id);
                          }
                          m_compare->setCurrentIndex(std::max(0, m_compare->findData(compareId)));
                          m_list->setCurrentRow(row >= 0 ? row : (m_list->count() > 0 ? 0 : -1));
                          showSelected();
                      });
}

const experiments::ExperimentRun *ExperimentsView::shownRun() const
{
    const auto *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(Qt::UserRole).toInt();
    if (i == kLiveRow)
        return m_job ? &m_job->run() : nullptr;
    return i >= 0 && i < m_runs.size() ? &m_runs[i].run : nullptr;
}

const experiments::ExperimentRun *ExperimentsView::overlayRun() const
{
    const QString id = m_compare->currentData().toString();
    const auto *shown = shownRun();
    for (const auto &r : m_runs)
        if (!id.isEmpty() && r.run.id == id && (!shown || shown->id != id))
            return &r.run;
    return nullptr;
}

void ExperimentsView::showSelected()
{
    const auto *run = shownRun();
    if (!run) {
        m_empty->setText(m_runAllowed
                             ? tr("<p><b>No experiment has run yet.</b></p><p>Choose the tests and the delays to sweep on the "
                                  "left, then <b>Run…</b> (Ctrl+Return). Each run is kept as a report here, to compare and "
                                  "export.</p>")
                             : tr("<p><b>No experiment report.</b></p><p>%1</p>").arg(m_formNote->text()));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(run->id.toHtmlEscaped())};
    for (const QString &l : reportexport::setupLines(*run))
        lines << l.toHtmlEscaped();
    QString html = lines.join(QStringLiteral("<br>"));
    for (const QString &n : run->notes)
        html += QStringLiteral("<br><i>%1</i>").arg(n.toHtmlEscaped());
    QStringList failures;
    for (const auto &m : run->measurements)
        if (!m.ok()) {
            const QString f = tr("%1 at %2 failed: %3").arg(m.test, m.site, m.error);
            if (!failures.contains(f))
                failures << f;
        }
    for (const QString &f : failures.mid(0, 3))
        html += QStringLiteral("<br><span style='color:#d03434'>✕ %1</span>").arg(f.toHtmlEscaped());
    m_header->setText(html);
    const QString current = m_figure->currentData().toString();
    const QSignalBlocker block(m_figure);
    m_figure->clear();
    for (const QString &key : experiments::reportFigures(*run)) {
        QString unit;
        for (const auto &s : experiments::reportSeries(*run, key))
            unit = s.unit;
        m_figure->addItem(experiments::figureTitle(key, unit), key);
    }
    int idx = m_figure->findData(current);
    if (idx < 0)
        idx = m_figure->findData(QStringLiteral("metadata/create_ms_per_op"));
    m_figure->setCurrentIndex(std::max(0, idx));
    redraw();
}

void ExperimentsView::redraw()
{
    const auto *run = shownRun();
    if (!run)
        return;
    const QString key = m_figure->currentData().toString();
    const QStringList fits = reportplot::draw(m_plot, *run, key, overlayRun(),
                                              {palette().color(QPalette::WindowText), palette().color(QPalette::Base)});
    m_fits->setText(key.isEmpty() ? (isRunning() ? tr("Waiting for the first measurement…") : tr("No measurement in this run."))
                                  : fits.join(QLatin1Char('\n')));
    const auto rows = reportexport::tableRows(*run, key);
    const QStringList header = reportexport::tableHeader();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    m_table->resizeColumnsToContents();
    const bool done = !(m_list->currentItem() && m_list->currentItem()->data(Qt::UserRole).toInt() == kLiveRow && isRunning());
    for (QPushButton *b : {m_pdf, m_csv, m_json})
        b->setEnabled(done && !run->measurements.isEmpty());
}

void ExperimentsView::exportAs(const QString &kind)
{
    const auto *run = shownRun();
    if (!run)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the report"), run->id + QLatin1Char('.') + kind,
                                                      kind == QLatin1String("pdf")   ? tr("PDF (*.pdf)")
                                                      : kind == QLatin1String("csv") ? tr("CSV (*.csv)")
                                                                                     : tr("JSON (*.json)"));
    if (file.isEmpty())
        return;
    exportTo(kind, file);
}

void ExperimentsView::exportTo(const QString &kind, const QString &file)
{
    const auto *run = shownRun();
    if (!run)
        return;
    plotexport::Rendered r;
    r.bytes = kind == QLatin1String("pdf")   ? reportexport::renderPdf(*run, overlayRun())
              : kind == QLatin1String("csv") ? experiments::reportCsv(*run)
                                             : QJsonDocument(run->toJson()).toJson(QJsonDocument::Indented);
    // The disk may be slow: written off this thread.
    util::runDetached(tr("exporting %1").arg(run->id), this, [file, r] { return plotexport::write(file, r); },
                      [this, file](const QString &error) {
                          Q_EMIT logLine(!error.isEmpty(), error.isEmpty() ? tr("Experiment report exported to %1").arg(file)
                                                                           : tr("Could not export to %1: %2").arg(file, error));
                          Q_EMIT exported(file, error);
                      });
}

} // namespace hawan::widgets
