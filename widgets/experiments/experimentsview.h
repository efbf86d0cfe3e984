#pragma once
// The Experiments panel: the study's stress tests run from the console and kept as reports. On the
// left, a new run (tests, delays to sweep, repeats, sizes; Run asks the same gate as an evacuation,
// then shows what will be written where and for how long) and the runs kept; on the right, the run
// chosen: its setup and notes, one figure at a time plotted against the round trip with the
// spread over repeats and a fitted line, an earlier run overlaid, the table of points, and export
// to PDF, CSV and JSON. A running experiment fills the plot as its points arrive; Cancel (Esc)
// stops it and puts everything back.
#include "experiments/report.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace hawan::core { class Fleet; }
namespace hawan::experiments { class ExperimentJob; }

namespace hawan::widgets {

class ExperimentsView : public QWidget
{
    Q_OBJECT
public:
    ExperimentsView(core::Fleet *fleet, bool canAct, QWidget *parent = nullptr);
    // Asked before a run while the shared storage is not in sync: true to go ahead (the window's
    // storage gate, which logs an override).
    void setStorageGate(std::function<bool(const QString &subject)> gate) { m_storageGate = std::move(gate); }
    // At a start: undoes what an interrupted experiment left (its delay on the link, its files),
    // saying so in the log.
    void cleanUpLeftovers();
    bool isRunning() const;

    // The report shown, as "pdf", "csv" or "json", written to `file` (off the GUI thread; then
    // exported()).
    void exportTo(const QString &kind, const QString &file);

public Q_SLOTS:
    void startRun();
    void cancelRun();

Q_SIGNALS:
    void logLine(bool error, const QString &text);
    void exported(const QString &file, const QString &error);

private:
    void buildForm(QWidget *left);
    void reload(const QString &select = {});
    void showSelected();
    void redraw();
    void updateProgress();
    const experiments::ExperimentRun *shownRun() const;
    const experiments::ExperimentRun *overlayRun() const;
    void exportAs(const QString &kind);

    core::Fleet *m_fleet;
    const bool m_canAct;
    std::function<bool(const QString &)> m_storageGate;
    QPointer<experiments::ExperimentJob> m_job;
    QVector<experiments::RunFile> m_runs;
    bool m_runAllowed = false; // able to act, and a site has a runner
    QString m_metaTool; // its path once found (looked for off the GUI thread), else the name on PATH; empty while looking

    QVector<QCheckBox *> m_tests;
    QLineEdit *m_delays = nullptr;
    QSpinBox *m_repeats = nullptr, *m_files = nullptr, *m_mib = nullptr;
    QPushButton *m_run = nullptr, *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_phase = nullptr, *m_formNote = nullptr;
    QListWidget *m_list = nullptr;
    QComboBox *m_compare = nullptr, *m_figure = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr, *m_header = nullptr, *m_fits = nullptr;
    QCustomPlot *m_plot = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_pdf = nullptr, *m_csv = nullptr, *m_json = nullptr;
};

} // namespace hawan::widgets
