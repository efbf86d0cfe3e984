#pragma once
// The latency panel: live, scrolling graphs of what the probes measure (the WAN round trip, each
// host's service round trip, the shared storage's write and metadata latency, the migration
// streams), SmokePing style (median line, p10-p90 band, loss marked on the axis), with the
// timeline's events as markers. Windows 1 min to 7 days; drag and wheel pan and zoom (which pauses
// following "now"); a crosshair with exact values; legend entries toggle series; export of the
// visible graph as PNG, PDF or CSV. Data comes from the ProbeHub's histories; the plot is redrawn
// by one timer draining a dirty flag, never per sample.
#include "probes/probehub.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPAbstractLegendItem;
class QCPLegend;
class QButtonGroup;
class QLabel;
class QToolButton;
class QTimer;

namespace hawan::widgets {

class LatencyPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Window { OneMinute, TenMinutes, OneHour, OneDay, SevenDays };
    static qint64 windowMs(Window w);

    explicit LatencyPanel(probes::ProbeHub *hub, QWidget *parent = nullptr);
    ~LatencyPanel() override;

    void setWindow(Window w);
    Window window() const { return m_window; }
    // Live: the right edge follows now. Paused: the view stays where the operator put it.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    // The visible time range, ms since the epoch.
    qint64 viewFrom() const { return m_from; }
    qint64 viewTo() const { return m_to; }
    void setView(qint64 fromMs, qint64 toMs); // pauses

    bool isSeriesVisible(int series) const;
    void setSeriesVisible(int series, bool visible);

    // Exports what is visible (range and series). CSV: one row per series and point. These wait
    // for the file (scripts, tests); the Export button renders here and writes on a worker thread.
    bool exportPng(const QString &file, QString *error = nullptr);
    bool exportPdf(const QString &file, QString *error = nullptr);
    bool exportCsv(const QString &file, QString *error = nullptr);
    // Renders `kind` ("png", "pdf", "csv") now and writes it in the background; exported() tells.
    void exportInBackground(const QString &kind, const QString &file);
    QStringList csvRows() const; // the CSV's lines, header first

    // Redraws now if anything changed (the timer does this every 200 ms); for tests and benchmarks.
    void refreshNow();
    QCustomPlot *plot() const { return m_plot; }
    // What the crosshair tooltip says at a time (for tests and accessibility).
    QString valuesAt(qint64 ms) const;
    // The events shown as markers in the view.
    QVector<probes::TimelineEvent> visibleEvents() const;

Q_SIGNALS:
    void eventActivated(const hawan::probes::TimelineEvent &event);
    void exported(const QString &file, const QString &error); // error empty: written

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *e) override;
    QSize sizeHint() const override { return {900, 480}; }

private:
    struct Trace
    {
        int series = -1;
        int group = 0;
        QCPGraph *mid = nullptr, *lo = nullptr, *hi = nullptr, *loss = nullptr;
        int tier = -1;
        quint64 version = ~0ull;
        qint64 from = 0, to = 0;
        bool visible = true;
        float maxValue = 0;
    };
    struct Group
    {
        QCPAxisRect *rect = nullptr;
        QCPLegend *legend = nullptr;
        QCPItemStraightLine *crosshair = nullptr;
        QCPItemText *empty = nullptr;
        QVector<QCPGraph *> markers;   // one impulse graph per marker colour
    };
    void buildUi();
    void buildPlot();
    void updateData();
    void updateMarkers();
    void updateStatus();
    void onRangeChanged(double lower, double upper);
    void onLegendClick(QCPLegend *legend, QCPAbstractLegendItem *item);
    void onMouseMove(QPoint pos);
    void onClick(QPoint pos);
    void exportDialog(const QString &kind);
    void applyRange();
    void saveSettings() const;
    int tierOf(const probes::SeriesHistory &h) const;
    const probes::TimelineEvent *eventNear(QPoint pos) const;

    QPointer<probes::ProbeHub> m_hub;
    QCustomPlot *m_plot = nullptr;
    QButtonGroup *m_windows = nullptr;
    QToolButton *m_liveButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_detail = nullptr;
    QTimer *m_timer = nullptr;
    std::array<Group, 4> m_groups;
    QVector<Trace> m_traces;      // by series index
    QVector<QCPItemStraightLine *> m_limitLines;
    Window m_window = Window::TenMinutes;
    bool m_live = true;
    bool m_dirty = true;
    bool m_markersDirty = true;
    bool m_settingRange = false;
    qint64 m_from = 0, m_to = 0;
    QPoint m_pressPos;
};

} // namespace hawan::widgets
