#include "plots/latencypanel.h"

#include "plots/plotexport.h"
#include "plots/plotstyle.h"
#include "util/async.h"

#include "common/theme.h"
#include "probes/csv.h"

#include <qcustomplot.h>

#include <QButtonGroup>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace hawan::widgets {

using plotstyle::fmtValue;
using plotstyle::kMarkerKinds;
using plotstyle::markerColor;
using plotstyle::markerKind;
using plotstyle::seriesColor;

using probes::SeriesGroup;
using probes::TimelineEvent;

namespace {

constexpr int kGroups = 4;

} // namespace

qint64 LatencyPanel::windowMs(Window w)
{
    switch (w) {
    case Window::OneMinute: return 60'000;
    case Window::TenMinutes: return 600'000;
    case Window::OneHour: return 3'600'000;
    case Window::OneDay: return 86'400'000;
    case Window::SevenDays: return 7 * 86'400'000LL;
    }
    return 600'000;
}

LatencyPanel::LatencyPanel(probes::ProbeHub *hub, QWidget *parent) : QWidget(parent), m_hub(hub)
{
    buildUi();
    buildPlot();
    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Hidden (a dock tab behind another): a thousand hosts' series are not gathered and drawn
        // for nobody; showEvent() catches up.
        if (isVisible())
            refreshNow();
    });
    m_timer->start();
    if (m_hub) {
        connect(m_hub, &probes::ProbeHub::readingAdded, this, [this] { m_dirty = true; });
        connect(m_hub->timeline(), &probes::Timeline::added, this, [this] { m_markersDirty = true; });
    }
    // A wall screen comes back as it was left: window and hidden series.
    QSettings settings;
    const int w = settings.value(QStringLiteral("latency/window"), int(Window::TenMinutes)).toInt();
    m_window = Window(std::clamp(w, 0, int(Window::SevenDays)));
    if (auto *b = m_windows->button(int(m_window)))
        b->setChecked(true);
    const QStringList hidden = settings.value(QStringLiteral("latency/hidden")).toStringList();
    for (const Trace &t : std::as_const(m_traces))
        if (m_hub && hidden.contains(m_hub->info(t.series).id))
            setSeriesVisible(t.series, false);
    setLive(true);
    refreshNow();
}

LatencyPanel::~LatencyPanel() = default;

void LatencyPanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("latency/window"), int(m_window));
    QStringList hidden;
    for (const Trace &t : m_traces)
        if (!t.visible && m_hub)
            hidden << m_hub->info(t.series).id;
    settings.setValue(QStringLiteral("latency/hidden"), hidden);
}

void LatencyPanel::buildUi()
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->setSpacing(4);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    lay->addLayout(bar);
    bar->addWidget(new QLabel(tr("Window:"), this));
    m_windows = new QButtonGroup(this);
    const QStringList names{tr("1 min"), tr("10 min"), tr("1 h"), tr("24 h"), tr("7 d")};
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QToolButton(this);
        b->setText(names[i]);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setObjectName(QStringLiteral("window%1").arg(i));
        b->setToolTip(tr("Show the last %1 (key %2)").arg(names[i]).arg(i + 1));
        m_windows->addButton(b, i);
        bar->addWidget(b);
        auto *sc = new QShortcut(QKeySequence(Qt::Key_1 + i), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, [this, i] { setWindow(Window(i)); });
    }
    connect(m_windows, &QButtonGroup::idClicked, this, [this](int id) { setWindow(Window(id)); });
    bar->addSpacing(8);
    m_liveButton = new QToolButton(this);
    m_liveButton->setObjectName(QStringLiteral("live"));
    m_liveButton->setCheckable(true);
    m_liveButton->setText(tr("Live"));
    m_liveButton->setToolTip(tr("Follow now (key L). Dragging or zooming the graph pauses it; press Live to follow again."));
    connect(m_liveButton, &QToolButton::toggled, this, [this](bool on) { setLive(on); });
    bar->addWidget(m_liveButton);
    auto *live = new QShortcut(QKeySequence(Qt::Key_L), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(live, &QShortcut::activated, this, [this] { setLive(!m_live); });

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("export"));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save the visible graph as PNG or PDF, or its data as CSV"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("PNG image…"), this, [this] { exportDialog(QStringLiteral("png")); });
    menu->addAction(tr("PDF document…"), this, [this] { exportDialog(QStringLiteral("pdf")); });
    menu->addAction(tr("CSV data…"), this, [this] { exportDialog(QStringLiteral("csv")); });
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);
    bar->addSpacing(12);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    bar->addWidget(m_status, 1);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(220);
    m_plot->setToolTip({});
    lay->addWidget(m_plot, 1);

    m_detail = new QLabel(tr("Markers: migrations, evacuations, hosts down/up, fencing, link cut, heal backlog. "
                             "Click one to read it; drag to pan, wheel to zoom, click a legend entry to hide a series."), this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_detail->palette();
    pal.setColor(QPalette::WindowText, Theme::mutedText());
    m_detail->setPalette(pal);
    lay->addWidget(m_detail);
    connect(this, &LatencyPanel::exported, this, [this](const QString &file, const QString &error) {
        if (!error.isEmpty()) {
            m_detail->setText(tr("Export failed: %1").arg(file));
            // Shown without blocking: the panel keeps drawing behind it.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                        tr("Could not export to %1: %2").arg(file, error), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else {
            m_detail->setText(tr("Exported to %1").arg(file));
        }
    });
}

void LatencyPanel::buildPlot()
{
    m_plot->plotLayout()->clear();
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    // Measured (bench/graphs): antialiased lines and band fills cost ~40 ms per redraw of a
    // 1600x900 panel in Qt's raster engine, even with 60 points; without, 5 ms. Text stays smooth.
    m_plot->setNotAntialiasedElements(QCP::AntialiasedElements(QCP::aeAll) & ~QCP::AntialiasedElements(QCP::aeOther));
    const QColor fg = palette().color(QPalette::WindowText), bg = palette().color(QPalette::Base);
    m_plot->setBackground(bg);
    auto *margins = new QCPMarginGroup(m_plot);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss\nd MMM"));
    const QStringList titles{tr("WAN round trip"), tr("Service round trip"), tr("Storage latency"), tr("Migration stream")};
    const QStringList units{tr("ms"), tr("ms"), tr("ms"), tr("MiB/s")};
    for (int g = 0; g < kGroups; ++g) {
        Group &grp = m_groups[size_t(g)];
        grp.rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(g, 0, grp.rect);
        grp.rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        grp.rect->setRangeDrag(Qt::Horizontal);
        grp.rect->setRangeZoom(Qt::Horizontal);
        grp.rect->setMinimumMargins(QMargins(0, 2, 0, 0));
        QCPAxis *x = grp.rect->axis(QCPAxis::atBottom), *y = grp.rect->axis(QCPAxis::atLeft);
        x->setTicker(ticker);
        x->setTickLabels(g == kGroups - 1);
        y->setLabel(units[g]);
        y->setPadding(2);
        y->setLabelPadding(2);
        auto *title = new QCPItemText(m_plot);
        title->setClipToAxisRect(false);
        title->position->setAxisRect(grp.rect);
        title->position->setType(QCPItemPosition::ptAxisRectRatio);
        title->position->setCoords(0.0, 0.0);
        title->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        title->setPadding(QMargins(6, 2, 6, 2));
        QFont tf = font();
        tf.setBold(true);
        title->setFont(tf);
        title->setColor(fg);
        QColor tb = bg;
        tb.setAlpha(210);
        title->setBrush(tb);
        title->setText(titles[g]);
        y->setRange(0, 1);
        for (QCPAxis *a : {x, y}) {
            a->setBasePen(QPen(fg));
            a->setTickPen(QPen(fg));
            a->setSubTickPen(QPen(fg));
            a->setTickLabelColor(fg);
            a->setLabelColor(fg);
            a->grid()->setPen(QPen(QColor(fg.red(), fg.green(), fg.blue(), 40), 0, Qt::DotLine));
        }
        QCPAxis *lossAxis = grp.rect->axis(QCPAxis::atRight);
        lossAxis->setRange(0, 6); // a 100 % loss mark takes the bottom sixth
        lossAxis->setVisible(false);
        connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this](const QCPRange &r) { onRangeChanged(r.lower, r.upper); });

        grp.legend = new QCPLegend;
        grp.rect->insetLayout()->addElement(grp.legend, Qt::AlignTop | Qt::AlignRight);
        grp.legend->setLayer(QStringLiteral("legend"));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        grp.legend->setFont(f);
        grp.legend->setTextColor(fg);
        QColor lb = bg;
        lb.setAlpha(200);
        grp.legend->setBrush(lb);
        grp.legend->setBorderPen(QPen(QColor(fg.red(), fg.green(), fg.blue(), 60)));
        grp.legend->setRowSpacing(0);
        grp.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        grp.legend->setWrap(4);

        grp.crosshair = new QCPItemStraightLine(m_plot);
        grp.crosshair->setClipAxisRect(grp.rect);
        grp.crosshair->point1->setAxes(x, y);
        grp.crosshair->point2->setAxes(x, y);
        grp.crosshair->setPen(QPen(QColor(fg.red(), fg.green(), fg.blue(), 120), 1, Qt::DashLine));
        grp.crosshair->setVisible(false);

        QCPAxis *markerAxis = grp.rect->addAxis(QCPAxis::atRight);
        markerAxis->setVisible(false);
        markerAxis->setRange(0, 1);
        for (int k = 0; k < kMarkerKinds; ++k) {
            QCPGraph *m = m_plot->addGraph(x, markerAxis);
            m->setLineStyle(QCPGraph::lsImpulse);
            m->setPen(QPen(markerColor(k), 1)); // a 1 px pen takes the fast path; 1.5 px cost ~120 ms at 500 markers
            m->setSelectable(QCP::stNone);
            grp.markers.push_back(m);
        }

        grp.empty = new QCPItemText(m_plot);
        grp.empty->setClipAxisRect(grp.rect);
        grp.empty->position->setAxisRect(grp.rect);
        grp.empty->position->setType(QCPItemPosition::ptAxisRectRatio);
        grp.empty->position->setCoords(0.5, 0.5);
        grp.empty->setColor(Theme::mutedText());
        grp.empty->setVisible(false);
    }
    for (int g = 0; g < kGroups; ++g)
        m_plot->plotLayout()->setRowStretchFactor(g, g == 0 ? 1.3 : 1.0);

    if (!m_hub)
        return;
    m_plot->addLayer(QStringLiteral("bands"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    int perGroup[kGroups] = {};
    m_traces.resize(m_hub->seriesCount());
    for (int i = 0; i < m_hub->seriesCount(); ++i) {
        const auto &info = m_hub->info(i);
        Trace &t = m_traces[i];
        t.series = i;
        t.group = int(info.group);
        Group &grp = m_groups[size_t(t.group)];
        QCPAxis *x = grp.rect->axis(QCPAxis::atBottom), *y = grp.rect->axis(QCPAxis::atLeft);
        const QColor c = seriesColor(perGroup[t.group]++);
        if (info.group != SeriesGroup::Migration) {
            t.lo = m_plot->addGraph(x, y);
            t.lo->setPen(Qt::NoPen);
            t.hi = m_plot->addGraph(x, y);
            t.hi->setPen(Qt::NoPen);
            // Opaque (the colour blended with the background beforehand): a translucent fill costs
            // a blend per pixel, ~5 ms per redraw at 7 days (bench/graphs). The bands sit on a layer
            // under every line, so a band never hides another series' median.
            const QColor bg = palette().color(QPalette::Base);
            const double a = 0.22;
            const QColor band(int(c.red() * a + bg.red() * (1 - a)), int(c.green() * a + bg.green() * (1 - a)),
                              int(c.blue() * a + bg.blue() * (1 - a)));
            t.hi->setBrush(band);
            t.lo->setLayer(QStringLiteral("bands"));
            t.hi->setLayer(QStringLiteral("bands"));
            t.hi->setChannelFillGraph(t.lo);
            t.loss = m_plot->addGraph(x, grp.rect->axis(QCPAxis::atRight));
            t.loss->setLineStyle(QCPGraph::lsImpulse);
            t.loss->setPen(QPen(QColor(0xd0, 0x30, 0x30), 1)); // 1 px: the fast path (bench/graphs)
        }
        t.mid = m_plot->addGraph(x, y);
        t.mid->setPen(QPen(c, 1)); // 1 px: 1.6 px lines doubled the 7-day redraw (bench/graphs)
        t.mid->setName(info.label);
        t.mid->addToLegend(grp.legend);
    }
    // Each probed link's round-trip limit as a dashed line (vendors' 10 ms unless configured).
    QSet<int> links;
    for (int i : m_hub->seriesOfGroup(SeriesGroup::Link))
        links.insert(m_hub->info(i).link);
    for (int l : std::as_const(links)) {
        if (l < 0 || l >= m_hub->linkCount())
            continue;
        Group &grp = m_groups[0];
        auto *line = new QCPItemStraightLine(m_plot);
        line->setClipAxisRect(grp.rect);
        line->point1->setAxes(grp.rect->axis(QCPAxis::atBottom), grp.rect->axis(QCPAxis::atLeft));
        line->point2->setAxes(grp.rect->axis(QCPAxis::atBottom), grp.rect->axis(QCPAxis::atLeft));
        const double limit = m_hub->linkState(l).limitMs;
        line->point1->setCoords(0, limit);
        line->point2->setCoords(1, limit);
        line->setPen(QPen(QColor(0xd0, 0x30, 0x30, 150), 1, Qt::DashLine));
        m_limitLines << line;
    }
    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend *l, QCPAbstractLegendItem *item, QMouseEvent *) { onLegendClick(l, item); });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { onMouseMove(e->pos()); });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) { m_pressPos = e->pos(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *e) {
        if ((e->pos() - m_pressPos).manhattanLength() < 4)
            onClick(e->pos());
    });
    m_plot->installEventFilter(this);

    // Empty states say what to configure.
    const auto &probesOf = [this](SeriesGroup g) { return m_hub->seriesOfGroup(g).size(); };
    const bool off = m_hub->intervalMs() <= 0;
    auto setEmpty = [this](int g, const QString &text) {
        m_groups[size_t(g)].empty->setText(text);
        m_groups[size_t(g)].empty->setVisible(!text.isEmpty());
    };
    setEmpty(0, off ? tr("Probes are off ([probes] interval_ms = 0).")
             : probesOf(SeriesGroup::Link) ? QString()
             : tr("No link probe configured: add a [[link.probe]] with from and target to the [[link]] "
                  "(see docs/configuration.md, \"Probes\")."));
    setEmpty(1, off ? QString() : probesOf(SeriesGroup::Service) ? QString()
                                : tr("The service probe is off ([probes] service = false)."));
    setEmpty(2, off ? QString() : probesOf(SeriesGroup::Storage) ? QString()
                                : tr("No storage probe: add probe_dirs = { Site = \"/mounted/volume/dir\" } to a [[storage]]."));
    setEmpty(3, QString());
}

void LatencyPanel::setWindow(Window w)
{
    m_window = w;
    saveSettings();
    if (auto *b = m_windows->button(int(w)))
        b->setChecked(true);
    if (m_live) {
        applyRange();
    } else {
        // Paused: keep the right edge where the operator left it.
        setView(m_to - windowMs(w), m_to);
        return;
    }
    m_dirty = true;
    refreshNow();
}

void LatencyPanel::setLive(bool live)
{
    m_live = live;
    {
        const QSignalBlocker block(m_liveButton);
        m_liveButton->setChecked(live);
    }
    if (live)
        applyRange();
    m_dirty = true;
    updateStatus();
}

void LatencyPanel::setView(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_live = false;
    {
        const QSignalBlocker block(m_liveButton);
        m_liveButton->setChecked(false);
    }
    m_from = fromMs;
    m_to = toMs;
    m_settingRange = true;
    for (auto &g : m_groups)
        g.rect->axis(QCPAxis::atBottom)->setRange(double(m_from) / 1000.0, double(m_to) / 1000.0);
    m_settingRange = false;
    m_dirty = true;
    m_markersDirty = true;
    refreshNow();
}

void LatencyPanel::applyRange()
{
    m_to = QDateTime::currentMSecsSinceEpoch();
    m_from = m_to - windowMs(m_window);
    m_settingRange = true;
    for (auto &g : m_groups)
        g.rect->axis(QCPAxis::atBottom)->setRange(double(m_from) / 1000.0, double(m_to) / 1000.0);
    m_settingRange = false;
    m_markersDirty = true;
}

void LatencyPanel::onRangeChanged(double lower, double upper)
{
    if (m_settingRange)
        return;
    // The operator dragged or zoomed one graph: every graph follows, and "now" stops being followed.
    setView(qint64(lower * 1000.0), qint64(upper * 1000.0));
    updateStatus();
}

bool LatencyPanel::isSeriesVisible(int series) const
{
    return series >= 0 && series < m_traces.size() && m_traces[series].visible;
}

void LatencyPanel::setSeriesVisible(int series, bool visible)
{
    if (series < 0 || series >= m_traces.size())
        return;
    Trace &t = m_traces[series];
    t.visible = visible;
    saveSettings();
    for (QCPGraph *g : {t.mid, t.lo, t.hi, t.loss})
        if (g)
            g->setVisible(visible);
    if (auto *item = m_groups[size_t(t.group)].legend->itemWithPlottable(t.mid)) {
        QColor c = palette().color(QPalette::WindowText);
        if (!visible)
            c.setAlpha(90);
        item->setTextColor(c);
        QFont f = item->font();
        f.setStrikeOut(!visible);
        item->setFont(f);
    }
    m_dirty = true;
    refreshNow();
}

void LatencyPanel::onLegendClick(QCPLegend *, QCPAbstractLegendItem *item)
{
    auto *pli = qobject_cast<QCPPlottableLegendItem *>(item);
    if (!pli)
        return;
    for (const Trace &t : std::as_const(m_traces))
        if (t.mid == pli->plottable())
            setSeriesVisible(t.series, !t.visible);
}

void LatencyPanel::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    refreshNow();
}

void LatencyPanel::refreshNow()
{
    if (m_live) {
        // Slide once the edge moved by a pixel or more (a 7-day window moves a pixel every few minutes).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int width = std::max(100, m_groups[0].rect->width());
        if (now - m_to >= std::max<qint64>(200, windowMs(m_window) / width)) {
            applyRange();
            m_dirty = true;
        }
    }
    if (!m_dirty && !m_markersDirty)
        return;
    updateData();
    if (m_markersDirty)
        updateMarkers();
    m_dirty = m_markersDirty = false;
    updateStatus();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LatencyPanel::updateData()
{
    if (!m_hub)
        return;
    const qint64 interval = std::max(100, m_hub->intervalMs());
    float groupMax[kGroups] = {};
    for (Trace &t : m_traces) {
        const auto &h = m_hub->history(t.series);
        const int tier = tierOf(h);
        const qint64 step = h.tierSpec(tier).bucketMs ? h.tierSpec(tier).bucketMs : interval;
        if (tier != t.tier || h.version(tier) != t.version || m_from != t.from || m_to != t.to) {
            const QVector<probes::Point> pts = h.points(tier, m_from - step, m_to + step);
            QVector<QCPGraphData> mid, lo, hi, loss;
            mid.reserve(pts.size() + 8);
            lo.reserve(pts.size() + 8);
            hi.reserve(pts.size() + 8);
            loss.reserve(pts.size() + 8);
            const double half = h.tierSpec(tier).bucketMs ? double(step) / 2000.0 : 0.0;
            const double nan = std::numeric_limits<double>::quiet_NaN();
            float maxV = 0;
            qint64 prevT = 0;
            for (const auto &p : pts) {
                const double key = double(p.tMs) / 1000.0 + half;
                if (prevT && p.tMs - prevT > 3 * step) {
                    // The console was not measuring: a gap, not a straight line across it.
                    const double gapKey = double(prevT) / 1000.0 + half + double(step) / 1000.0;
                    mid.append({gapKey, nan});
                    lo.append({gapKey, nan});
                    hi.append({gapKey, nan});
                }
                prevT = p.tMs;
                mid.append({key, double(p.mid)});
                lo.append({key, double(std::isnan(p.lo) ? p.mid : p.lo)});
                hi.append({key, double(std::isnan(p.hi) ? p.mid : p.hi)});
                if (p.loss > 0)
                    loss.append({key, double(p.loss)});
                if (p.tMs >= m_from - step && p.tMs <= m_to) {
                    const float top = std::isnan(p.hi) ? p.mid : p.hi;
                    if (!std::isnan(top))
                        maxV = std::max(maxV, top);
                }
            }
            t.mid->data()->set(mid, true);
            if (t.lo) {
                t.lo->data()->set(lo, true);
                t.hi->data()->set(hi, true);
                t.loss->data()->set(loss, true);
            }
            t.tier = tier;
            t.version = h.version(tier);
            t.from = m_from;
            t.to = m_to;
            t.maxValue = maxV;
        }
        if (t.visible)
            groupMax[t.group] = std::max(groupMax[t.group], t.maxValue);
    }
    // The link's limit stays in view, so how far the round trip is from it reads at a glance.
    for (const auto *line : std::as_const(m_limitLines))
        groupMax[0] = std::max(groupMax[0], float(line->point1->coords().y()) * 1.05f);
    for (int g = 0; g < kGroups; ++g) {
        const double top = std::max(g == 3 ? 1.0 : 0.5, double(groupMax[g]) * 1.15);
        m_groups[size_t(g)].rect->axis(QCPAxis::atLeft)->setRange(0, top);
    }
}

int LatencyPanel::tierOf(const probes::SeriesHistory &h) const
{
    // About two points per pixel column: more cannot be seen, and each costs drawing time.
    const int width = m_groups[0].rect ? std::max(600, m_groups[0].rect->width()) : 1600;
    return h.tierFor(m_from, m_to, std::max(100, m_hub ? m_hub->intervalMs() : 1000), 2 * width);
}

void LatencyPanel::updateMarkers()
{
    if (!m_hub)
        return;
    const auto &events = m_hub->timeline()->events();
    const auto [first, last] = m_hub->timeline()->range(m_from, m_to);
    QVector<QCPGraphData> byKind[kMarkerKinds];
    for (int i = first; i < last; ++i) {
        const TimelineEvent &e = events[size_t(i)];
        byKind[markerKind(e)].append({double(e.tMs) / 1000.0, 1.0});
    }
    for (auto &g : m_groups)
        for (int k = 0; k < kMarkerKinds; ++k)
            g.markers[k]->data()->set(byKind[k], true);
}

void LatencyPanel::updateStatus()
{
    if (!m_status)
        return;
    auto fmt = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss")); };
    QString text;
    if (m_live) {
        text = tr("Following now");
        if (m_hub && m_hub->intervalMs() > 0) {
            qint64 newest = 0;
            for (int i = 0; i < m_hub->seriesCount(); ++i)
                newest = std::max(newest, m_hub->latest(i).point.tMs);
            if (newest && QDateTime::currentMSecsSinceEpoch() - newest > 5LL * m_hub->intervalMs())
                text += tr(" · no probe has reported for %1 s").arg((QDateTime::currentMSecsSinceEpoch() - newest) / 1000);
        }
    } else {
        text = tr("Paused: %1 – %2 · press Live (L) to follow now").arg(fmt(m_from), fmt(m_to));
    }
    m_status->setText(text);
}

const TimelineEvent *LatencyPanel::eventNear(QPoint pos) const
{
    if (!m_hub)
        return nullptr;
    QCPAxis *x = m_groups[0].rect->axis(QCPAxis::atBottom);
    const auto &events = m_hub->timeline()->events();
    const qint64 lo = qint64(x->pixelToCoord(pos.x() - 5) * 1000.0), hi = qint64(x->pixelToCoord(pos.x() + 5) * 1000.0);
    const auto [first, last] = m_hub->timeline()->range(lo, hi);
    const TimelineEvent *best = nullptr;
    double bestD = 6;
    for (int i = first; i < last; ++i) {
        const double d = std::abs(x->coordToPixel(double(events[size_t(i)].tMs) / 1000.0) - pos.x());
        if (d < bestD) {
            bestD = d;
            best = &events[size_t(i)];
        }
    }
    return best;
}

void LatencyPanel::onMouseMove(QPoint pos)
{
    int inside = -1;
    for (int g = 0; g < kGroups; ++g)
        if (m_groups[size_t(g)].rect->rect().contains(pos))
            inside = g;
    for (auto &g : m_groups)
        g.crosshair->setVisible(inside >= 0);
    if (inside < 0) {
        QToolTip::hideText();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const double key = m_groups[0].rect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    for (auto &g : m_groups) {
        g.crosshair->point1->setCoords(key, 0);
        g.crosshair->point2->setCoords(key, 1);
    }
    QString text = valuesAt(qint64(key * 1000.0));
    if (const TimelineEvent *e = eventNear(pos))
        text += QStringLiteral("\n\n▶ %1 %2").arg(QDateTime::fromMSecsSinceEpoch(e->tMs).toString(QStringLiteral("HH:mm:ss")), e->title);
    QToolTip::showText(m_plot->mapToGlobal(pos + QPoint(16, 16)), text, m_plot);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LatencyPanel::onClick(QPoint pos)
{
    const TimelineEvent *e = eventNear(pos);
    if (!e)
        return;
    m_detail->setText(QStringLiteral("<b>%1 · %2</b> — %3")
                          .arg(QDateTime::fromMSecsSinceEpoch(e->tMs).toString(QStringLiteral("d MMM HH:mm:ss")),
                               e->title.toHtmlEscaped(), e->detail.toHtmlEscaped()));
    Q_EMIT eventActivated(*e);
}

QString LatencyPanel::valuesAt(qint64 ms) const
{
    if (!m_hub)
        return {};
    QStringList lines{QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("d MMM HH:mm:ss"))};
    const qint64 interval = std::max(100, m_hub->intervalMs());
    for (const Trace &t : m_traces) {
        if (!t.visible || t.tier < 0)
            continue;
        const auto &h = m_hub->history(t.series);
        const qint64 step = h.tierSpec(t.tier).bucketMs ? h.tierSpec(t.tier).bucketMs : interval;
        const auto pts = h.points(t.tier, ms - 2 * step, ms + step);
        const probes::Point *best = nullptr;
        for (const auto &p : pts)
            if (!best || std::abs(p.tMs - ms) < std::abs(best->tMs - ms))
                best = &p;
        if (!best)
            continue;
        const auto &info = m_hub->info(t.series);
        QString line = QStringLiteral("%1: %2").arg(info.label, best->answered() ? fmtValue(best->mid, info.unit) : tr("no answer"));
        if (best->answered() && best->hi > best->lo)
            line += tr(" (%1 – %2)").arg(fmtValue(best->lo, QString()).trimmed(), fmtValue(best->hi, QString()).trimmed());
        if (best->loss > 0)
            line += tr(", loss %1 %").arg(double(best->loss) * 100.0, 0, 'f', 0);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QVector<TimelineEvent> LatencyPanel::visibleEvents() const
{
    QVector<TimelineEvent> out;
    if (!m_hub)
        return out;
    const auto [first, last] = m_hub->timeline()->range(m_from, m_to);
    for (int i = first; i < last; ++i)
        out << m_hub->timeline()->events()[size_t(i)];
    return out;
}

QStringList LatencyPanel::csvRows() const
{
    QStringList rows{probes::csvHeader()};
    if (!m_hub)
        return rows;
    const qint64 interval = std::max(100, m_hub->intervalMs());
    for (const Trace &t : m_traces) {
        if (!t.visible)
            continue;
        const auto &h = m_hub->history(t.series);
        const int tier = tierOf(h);
        const double bucketS = double(h.tierSpec(tier).bucketMs ? h.tierSpec(tier).bucketMs : interval) / 1000.0;
        for (const auto &p : h.points(tier, m_from, m_to))
            rows << probes::csvRow(m_hub->info(t.series), p, bucketS);
    }
    return rows;
}

bool LatencyPanel::exportCsv(const QString &file, QString *error)
{
    const QString e = plotexport::write(file, plotexport::render(m_plot, QStringLiteral("csv"), csvRows()));
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

bool LatencyPanel::exportPng(const QString &file, QString *error)
{
    const QString e = plotexport::write(file, plotexport::render(m_plot, QStringLiteral("png")));
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

bool LatencyPanel::exportPdf(const QString &file, QString *error)
{
    const QString e = plotexport::write(file, plotexport::render(m_plot, QStringLiteral("pdf")));
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

void LatencyPanel::exportInBackground(const QString &kind, const QString &file)
{
    const plotexport::Rendered r = plotexport::render(m_plot, kind, kind == QLatin1String("csv") ? csvRows() : QStringList());
    util::runDetached(tr("writing %1").arg(file), this, [file, r] { return plotexport::write(file, r); },
                      [this, file](const QString &error) { Q_EMIT exported(file, error); });
}

void LatencyPanel::exportDialog(const QString &kind)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = kind == QLatin1String("png") ? tr("PNG image (*.png)")
                         : kind == QLatin1String("pdf") ? tr("PDF document (*.pdf)") : tr("CSV data (*.csv)");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the visible graph"),
                                                      dir + QStringLiteral("/hawan-latency-%1.%2").arg(stamp, kind), filter);
    if (file.isEmpty())
        return;
    m_detail->setText(tr("Exporting to %1…").arg(file));
    exportInBackground(kind, file);
}

bool LatencyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave) {
        for (auto &g : m_groups)
            g.crosshair->setVisible(false);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hawan::widgets
