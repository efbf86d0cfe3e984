#pragma once
// The Drills panel: the study's resilience tests run from the console, each ending in a verdict.
// On the left the drills (what each does and expects, in its tooltip and under the list), the
// target (host, site, how long the fault lasts), Run… (it states its precondition and what it will
// do, and, on sites that are not a lab, asks for the site's name typed), Cancel (repairs first), and
// the runs kept. On the right the run chosen, or the one going: its verdict, the checks with their
// details, the write witnesses' acknowledged records over time with the fault and the repair
// marked, the figures, and the timeline; exported as PDF, CSV or JSON.
#include "drills/drill.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace hawan::core { class Fleet; }

namespace hawan::widgets {

class DrillsView : public QWidget
{
    Q_OBJECT
public:
    DrillsView(core::Fleet *fleet, bool canAct, QWidget *parent = nullptr);
    bool isRunning() const;
    // The run shown as "pdf", "csv" or "json", written to `file` (off the GUI thread; then exported()).
    void exportTo(const QString &kind, const QString &file);
    // Selects a drill by id in the list (the tour, tests).
    void chooseDrill(const QString &id);
    // Shows a drill started elsewhere (the tour) as the running one.
    void follow(drills::DrillJob *job);

public Q_SLOTS:
    void startRun();
    void cancelRun();

Q_SIGNALS:
    void logLine(bool error, const QString &text);
    void exported(const QString &file, const QString &error);

private:
    void buildForm(QWidget *left);
    void drillChosen();
    void reload(const QString &select = {});
    void showSelected();
    void showRun(const drills::DrillRun &run, bool live);
    void updateProgress();
    void watch(); // connects to m_job
    const drills::DrillRun *shownRun() const;
    void exportAs(const QString &kind);

    core::Fleet *m_fleet;
    const bool m_canAct;
    QPointer<drills::DrillJob> m_job;
    QVector<drills::DrillRun> m_runs;
    drills::Tools m_tools;
    QTimer m_liveTimer; // the live run redrawn at most once a second

    QListWidget *m_drills = nullptr;
    QLabel *m_story = nullptr, *m_formNote = nullptr, *m_phase = nullptr;
    QComboBox *m_host = nullptr, *m_site = nullptr;
    QSpinBox *m_hold = nullptr;
    QDoubleSpinBox *m_loss = nullptr;
    QPushButton *m_run = nullptr, *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr, *m_header = nullptr, *m_verdict = nullptr;
    QCustomPlot *m_plot = nullptr;
    QTableWidget *m_checks = nullptr, *m_figures = nullptr, *m_events = nullptr;
    QPushButton *m_pdf = nullptr, *m_csv = nullptr, *m_json = nullptr;
};

} // namespace hawan::widgets
