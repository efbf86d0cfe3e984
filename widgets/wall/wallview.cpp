#include "wall/wallview.h"

#include "alarms/alarmstyle.h"
#include "common/theme.h"
#include "core/fleet.h"
#include "core/sitestatus.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <qcustomplot.h>

#include <cmath>

namespace hawan::widgets {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

QColor okColor() { return Theme::hostStateColor(model::HostState::Up); }
QColor badColor() { return severityColor(alarms::Severity::Critical); }
QColor warnColor() { return severityColor(alarms::Severity::Major); }

QColor textColor(const QWidget *w) { return w->palette().color(QPalette::WindowText); }

QFont pxFont(double px, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(10, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

// Text drawn in `r`, shrunk (down to 60 %) rather than cut when it does not fit, then elided.
void fitText(QPainter &p, const QRectF &r, const QString &text, double px, bool bold = false, int align = Qt::AlignLeft | Qt::AlignVCenter)
{
    QFont f = pxFont(px, bold);
    for (double s = px; s >= px * 0.6; s -= px * 0.05) {
        f = pxFont(s, bold);
        if (QFontMetricsF(f).horizontalAdvance(text) <= r.width())
            break;
    }
    p.setFont(f);
    p.drawText(r, align, QFontMetricsF(f).elidedText(text, Qt::ElideRight, r.width()));
}

// Text wrapped on up to two lines in `r`, shrunk (down to 70 %) when two lines are not enough.
void wrapText(QPainter &p, const QRectF &r, const QString &text, double px, bool bold, int valign = Qt::AlignVCenter)
{
    const int flags = Qt::AlignLeft | valign | Qt::TextWordWrap;
    QFont f = pxFont(px, bold);
    for (double s = px; s >= px * 0.7; s -= px * 0.05) {
        f = pxFont(s, bold);
        if (QFontMetricsF(f).boundingRect(r, flags, text).height() <= r.height())
            break;
    }
    p.setFont(f);
    p.drawText(r, flags, text);
}

struct StorageLine
{
    QString text;
    QColor color;
};

StorageLine storageLine(const storage::StorageMonitor &mon, int i)
{
    const auto &snap = mon.snapshot(i);
    const QString name = mon.storage(i).name;
    if (!snap.error.isEmpty())
        return {WallView::tr("%1: state unknown").arg(name), warnColor()};
    if (!snap.hasData())
        return {WallView::tr("%1: asking…").arg(name), Theme::mutedText()};
    if (const int off = snap.bricksOffline())
        return {WallView::tr("%1: %n brick(s) offline", nullptr, off).arg(name), badColor()};
    if (const qint64 sb = snap.splitBrainTotal(); sb > 0)
        return {WallView::tr("%1: split-brain (%2)").arg(name).arg(sb), badColor()};
    if (const qint64 pending = snap.pendingTotal(); pending > 0)
        return {WallView::tr("%1: healing, %2 pending").arg(name).arg(pending), warnColor()};
    if (snap.pendingTotal() < 0)
        return {WallView::tr("%1: a brick does not answer").arg(name), warnColor()};
    return {WallView::tr("%1: in sync").arg(name), okColor()};
}
} // namespace

WallView::WallView(core::Fleet *fleet, QWidget *parent)
    : QWidget(parent), m_fleet(fleet)
{
    setObjectName(QStringLiteral("wallView"));
    setWindowTitle(tr("Hawan wall"));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor); // nothing to point at
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("wallPlot"));
    m_plot->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_plot->setNoAntialiasingOnDrag(true);
    auto *ticker = new QCPAxisTickerDateTime;
    ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    ticker->setTickCount(4);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(ticker));
    m_plot->yAxis->setLabel(tr("round trip (ms)"));
    styleAxes();

    m_repaint.setInterval(1000);
    connect(&m_repaint, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_repaint.start();
    m_plotTimer.setInterval(5000);
    connect(&m_plotTimer, &QTimer::timeout, this, &WallView::refreshPlot);
    m_plotTimer.start();
    m_turn.setInterval(kPageSeconds * 1000);
    connect(&m_turn, &QTimer::timeout, this, [this] {
        m_page = (m_page + 1) % std::max(1, pageCount());
        update();
    });
    m_turn.start();
    connect(m_fleet->alarms(), &alarms::AlarmBook::changed, this, qOverload<>(&QWidget::update));
    refreshPlot();
}

int WallView::pageCount() const
{
    const int sites = m_fleet->inventory()->siteCount();
    return std::max(1, (sites + kSitesPerPage - 1) / kSitesPerPage);
}

void WallView::styleAxes()
{
    const QColor fg = textColor(this);
    const double u = std::max(0.5, height() / 1080.0);
    m_plot->setBackground(palette().color(QPalette::Window));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(fg, 2));
        axis->setTickPen(QPen(fg, 2));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(fg);
        axis->setLabelColor(fg);
        axis->setTickLabelFont(pxFont(24 * u));
        axis->setLabelFont(pxFont(24 * u));
        axis->grid()->setPen(QPen(Theme::mutedText(), 1, Qt::DotLine));
    }
}

QRect WallView::plotRect() const
{
    const double u = height() / 1080.0;
    const int top = int(776 * u);
    return QRect(width() / 2 + int(10 * u), top, width() / 2 - int(30 * u), height() - top - int(14 * u));
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_plot->setGeometry(plotRect());
    styleAxes();
    refreshPlot();
}

void WallView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        Q_EMIT closeRequested();
        return;
    }
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Space) {
        m_page = (m_page + 1) % pageCount();
        m_turn.start(); // a full period on the page chosen
        update();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallView::refreshPlot()
{
    probes::ProbeHub *hub = m_fleet->probes();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVector<int> series = hub->seriesOfGroup(probes::SeriesGroup::Link);
    static const QColor palette[] = {QColor(0x3d, 0x7f, 0xd9), QColor(0xe0, 0x7b, 0x00), QColor(0x2e, 0xa0, 0x5a), QColor(0x9b, 0x59, 0xb6)};
    m_plot->clearGraphs();
    double top = 1;
    const double u = std::max(0.5, height() / 1080.0);
    for (int i = 0; i < series.size(); ++i) {
        const auto &h = hub->history(series[i]);
        const int tier = h.tierFor(now - kHourMs, now, hub->intervalMs(), 600);
        QVector<double> x, y;
        for (const auto &p : h.points(tier, now - kHourMs, now)) {
            x << double(p.tMs) / 1000.0;
            y << (std::isnan(p.mid) ? std::numeric_limits<double>::quiet_NaN() : double(p.mid));
            if (!std::isnan(p.mid))
                top = std::max(top, double(p.mid));
        }
        QCPGraph *g = m_plot->addGraph();
        g->setPen(QPen(palette[i % 4], 3 * u));
        g->setData(x, y, true);
        g->setName(hub->info(series[i]).label);
    }
    const auto &links = m_fleet->inventory()->config().links;
    m_plot->clearItems();
    for (const auto &l : links) {
        top = std::max(top, l.rttLimitMs * 1.1);
        // The link's limit, dashed: above it the link is over budget.
        auto *limit = new QCPItemStraightLine(m_plot);
        limit->point1->setCoords(0, l.rttLimitMs);
        limit->point2->setCoords(1, l.rttLimitMs);
        limit->setPen(QPen(severityColor(alarms::Severity::Major), 2 * u, Qt::DashLine));
    }
    m_plot->xAxis->setRange(double(now - kHourMs) / 1000.0, double(now) / 1000.0);
    m_plot->yAxis->setRange(0, top * 1.15);
    m_plot->legend->setVisible(series.size() > 1);
    m_plot->legend->setFont(pxFont(20 * u));
    m_plot->legend->setTextColor(textColor(this));
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WallView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double u = height() / 1080.0;
    const double W = width();
    const QColor fg = textColor(this);
    const auto &inv = *m_fleet->inventory();
    const auto *probes = m_fleet->probes();
    auto *book = m_fleet->alarms();
    const QDateTime now = QDateTime::currentDateTime();

    // Header: what this is, the state in one word, the time.
    const double headH = 96 * u;
    const int critical = book->count(alarms::Severity::Critical);
    const int major = book->count(alarms::Severity::Major) - critical;
    const int unacked = book->count(alarms::Severity::Warning, true);
    QString state;
    QColor stateColor;
    if (critical) {
        state = tr("%n CRITICAL", nullptr, critical);
        stateColor = badColor();
    } else if (major) {
        state = tr("%n MAJOR", nullptr, major);
        stateColor = warnColor();
    } else if (book->count(alarms::Severity::Warning)) {
        state = tr("%n WARNING", nullptr, book->count(alarms::Severity::Warning));
        stateColor = severityColor(alarms::Severity::Warning);
    } else {
        state = tr("ALL CLEAR");
        stateColor = okColor();
    }
    p.setPen(fg);
    fitText(p, QRectF(24 * u, 0, W / 2 - 300 * u, headH), tr("HAWAN · %1").arg(inv.config().title.isEmpty() ? tr("two sites") : inv.config().title),
            44 * u, true);
    const QRectF badge(W / 2 - 260 * u, 14 * u, 520 * u, headH - 28 * u);
    p.setPen(Qt::NoPen);
    p.setBrush(stateColor);
    p.drawRoundedRect(badge, 12 * u, 12 * u);
    p.setPen(Qt::white);
    fitText(p, badge.adjusted(12 * u, 0, -12 * u, 0), unacked && state != tr("ALL CLEAR") ? tr("%1 · %2 new").arg(state).arg(unacked) : state,
            40 * u, true, Qt::AlignCenter);
    p.setPen(fg);
    fitText(p, QRectF(W - 330 * u, 0, 306 * u, headH), now.toString(QStringLiteral("HH:mm")), 52 * u, true, Qt::AlignRight | Qt::AlignVCenter);

    // Sites (two per page) with the links between them.
    const int sites = inv.siteCount();
    const int first = std::min(m_page, pageCount() - 1) * kSitesPerPage;
    QVector<int> shown;
    for (int s = first; s < std::min(sites, first + kSitesPerPage); ++s)
        shown << s;
    const double top = headH + 10 * u, bottom = 620 * u;
    const double linkW = 380 * u;
    const double siteW = shown.size() > 1 ? (W - linkW - 4 * 24 * u) / 2 : W - 2 * 24 * u;
    auto siteRect = [&](int i) {
        const double x = i == 0 ? 24 * u : 24 * u + siteW + 24 * u + linkW + 24 * u;
        return QRectF(x, top, siteW, bottom - top);
    };
    for (int i = 0; i < shown.size(); ++i) {
        const int s = shown[i];
        const QRectF r = siteRect(i);
        const core::SiteStatus st = core::siteStatus(inv, probes, s);
        p.setPen(QPen(st.severity >= 2 ? badColor() : st.severity == 1 ? warnColor() : Theme::siteBackground().darker(115), 4 * u));
        p.setBrush(Theme::siteBackground());
        p.drawRoundedRect(r, 16 * u, 16 * u);
        p.setPen(fg);
        fitText(p, QRectF(r.left() + 24 * u, r.top() + 10 * u, r.width() - 48 * u, 64 * u), inv.site(s).name, 52 * u, true);
        const auto &c = st.counts;
        QString tally = st.cutOff ? tr("CUT OFF · %n host(s) silent", nullptr, c.hostsUnreachable + c.hostsConnecting)
                                  : tr("%1/%2 hosts up · %3 VMs running").arg(c.hostsUp).arg(inv.hostsOfSite(s).size()).arg(c.vmsRunning);
        if (!st.cutOff && c.vmsUnknown)
            tally += tr(" · %1 unknown").arg(c.vmsUnknown);
        p.setPen(st.cutOff ? badColor() : fg);
        fitText(p, QRectF(r.left() + 24 * u, r.top() + 74 * u, r.width() - 48 * u, 44 * u), tally, 32 * u, st.cutOff);

        // Host tiles, as many columns as fit: names stay at least 26 px high.
        const auto &hosts = inv.hostsOfSite(s);
        const QRectF area(r.left() + 20 * u, r.top() + 128 * u, r.width() - 40 * u, r.height() - 146 * u);
        const int n = std::max<int>(1, hosts.size());
        int cols = 1;
        while (cols < n && (area.height() / std::ceil(double(n) / cols)) < 96 * u)
            ++cols;
        const int rows = int(std::ceil(double(n) / cols));
        const double gap = 14 * u;
        const double tw = (area.width() - gap * (cols - 1)) / cols;
        const double th = std::min(150 * u, (area.height() - gap * (rows - 1)) / rows);
        for (int k = 0; k < hosts.size(); ++k) {
            const int h = hosts[k];
            const QRectF t(area.left() + (k % cols) * (tw + gap), area.top() + (k / cols) * (th + gap), tw, th);
            const auto &hs = inv.hostStatus(h);
            const bool stale = inv.isStale(h);
            QColor col = Theme::hostStateColor(hs.state);
            p.setPen(Qt::NoPen);
            p.setBrush(Theme::cardBackground());
            p.drawRoundedRect(t, 10 * u, 10 * u);
            p.setBrush(col);
            p.drawRoundedRect(QRectF(t.left(), t.top(), 16 * u, t.height()), 6 * u, 6 * u);
            int running = 0;
            for (const auto &vm : inv.vms(h)) // (the dots below draw each one)
                running += model::vmIsActive(vm.state) ? 1 : 0;
            // Each VM a dot in its state's colour, at the tile's right (hollow: last seen, not known now).
            const auto &vms = inv.vms(h);
            const double dot = 20 * u, gap = 8 * u;
            const double dotsW = vms.isEmpty() ? 0 : std::min(t.width() * 0.36, vms.size() * (dot + gap));
            const int perRow = std::max(1, int(dotsW / (dot + gap)));
            const int rowsFit = std::max(1, int((t.height() - 16 * u) / (dot + gap)));
            const int rows = std::min(rowsFit, int((vms.size() + perRow - 1) / perRow));
            const double dotsTop = t.center().y() - (rows * (dot + gap) - gap) / 2;
            const bool known = hs.state == model::HostState::Up && !stale;
            for (int k = 0; k < vms.size() && k < perRow * rowsFit; ++k) {
                const QRectF d(t.right() - 14 * u - dotsW + (k % perRow) * (dot + gap), dotsTop + (k / perRow) * (dot + gap), dot, dot);
                const QColor c = Theme::vmStateColor(vms[k].state);
                p.setPen(known ? Qt::NoPen : QPen(c, 3 * u));
                p.setBrush(known ? QBrush(c) : Qt::NoBrush);
                p.drawEllipse(d);
            }
            p.setPen(fg);
            const double textW = t.width() - 44 * u - (dotsW > 0 ? dotsW + 16 * u : 0);
            const double lineH = std::min(t.height() / 2, 56 * u);
            fitText(p, QRectF(t.left() + 32 * u, t.top() + t.height() / 2 - lineH, textW, lineH), inv.host(h).name, 36 * u, true);
            QString sub;
            if (hs.state == model::HostState::Unreachable)
                sub = st.cutOff ? tr("silent (cut off)") : tr("NOT ANSWERING");
            else if (hs.state == model::HostState::Connecting)
                sub = tr("connecting…");
            else
                sub = stale ? tr("%n VM(s) · stale", nullptr, running) : tr("%n VM(s) running", nullptr, running);
            if (inv.inMaintenance(h))
                sub += tr(" · maintenance");
            p.setPen(hs.state == model::HostState::Unreachable ? badColor() : fg);
            fitText(p, QRectF(t.left() + 32 * u, t.top() + t.height() / 2, textW, lineH), sub, 30 * u,
                    hs.state == model::HostState::Unreachable);
        }
    }

    // The links: round trip in big figures, loss, and whether it is cut.
    const auto &links = inv.config().links;
    const QRectF linkArea(shown.size() > 1 ? 24 * u + siteW + 24 * u : W - 24 * u - linkW, top, linkW, bottom - top);
    if (shown.size() > 1 && !links.isEmpty()) {
        const double each = linkArea.height() / std::min<int>(links.size(), 3);
        for (int l = 0; l < std::min<int>(links.size(), 3); ++l) {
            const QRectF r(linkArea.left(), linkArea.top() + l * each, linkArea.width(), each - 10 * u);
            const auto &ls = probes->linkState(l);
            const QColor c = !ls.measured ? Theme::mutedText() : ls.cut ? badColor() : ls.overLimit() || ls.loss >= 0.05f ? warnColor() : okColor();
            p.setPen(QPen(c, 10 * u, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(r.left() - 14 * u, r.center().y()), QPointF(r.right() + 14 * u, r.center().y()));
            const QRectF card = r.adjusted(30 * u, r.height() * 0.12, -30 * u, -r.height() * 0.12);
            p.setPen(QPen(c, 4 * u));
            p.setBrush(Theme::cardBackground());
            p.drawRoundedRect(card, 14 * u, 14 * u);
            p.setPen(fg);
            fitText(p, QRectF(card.left(), card.top() + 8 * u, card.width(), 40 * u), links[l].name, 28 * u, true, Qt::AlignCenter);
            QString big = !ls.measured ? tr("–") : ls.cut ? tr("CUT") : std::isnan(ls.rttMs) ? tr("–")
                                                                      : QLocale().toString(double(ls.rttMs), 'f', ls.rttMs < 10 ? 1 : 0) + tr(" ms");
            p.setPen(ls.cut ? badColor() : fg);
            fitText(p, QRectF(card.left(), card.top() + 48 * u, card.width(), card.height() - 100 * u), big, 72 * u, true, Qt::AlignCenter);
            p.setPen(ls.loss >= 0.05f ? warnColor() : fg);
            fitText(p, QRectF(card.left(), card.bottom() - 52 * u, card.width(), 44 * u),
                    ls.measured ? tr("loss %1 % · limit %2 ms").arg(std::lround(ls.loss * 100)).arg(links[l].rttLimitMs) : tr("not measured"),
                    26 * u, false, Qt::AlignCenter);
        }
    }
    if (pageCount() > 1) {
        p.setPen(Theme::mutedText());
        fitText(p, QRectF(24 * u, bottom + 2 * u, W - 48 * u, 28 * u), tr("Sites %1–%2 of %3 · next in a few seconds").arg(first + 1).arg(first + shown.size()).arg(sites),
                22 * u, false, Qt::AlignRight | Qt::AlignVCenter);
    }

    // Storage, one line per volume.
    const auto *mon = m_fleet->storage();
    const double storeTop = 640 * u;
    p.setPen(fg);
    fitText(p, QRectF(24 * u, storeTop, 220 * u, 70 * u), tr("Storage"), 34 * u, true);
    const int vols = mon->count();
    if (vols == 0) {
        p.setPen(Theme::mutedText());
        fitText(p, QRectF(250 * u, storeTop, W - 280 * u, 70 * u), tr("none watched"), 32 * u);
    }
    for (int i = 0; i < vols; ++i) {
        const double w = (W - 270 * u) / vols;
        const QRectF r(250 * u + i * w, storeTop + 8 * u, w - 20 * u, 54 * u);
        const StorageLine line = storageLine(*mon, i);
        p.setPen(Qt::NoPen);
        p.setBrush(line.color);
        p.drawEllipse(QRectF(r.left(), r.center().y() - 14 * u, 28 * u, 28 * u));
        p.setPen(fg);
        fitText(p, r.adjusted(42 * u, 0, 0, 0), line.text, 32 * u, line.color != okColor());
    }

    // Active alarms (not shelved), worst first.
    const QRectF alarmArea(24 * u, 730 * u, W / 2 - 40 * u, height() - 744 * u);
    p.setPen(fg);
    const auto active = book->active();
    fitText(p, QRectF(alarmArea.left(), alarmArea.top(), alarmArea.width(), 48 * u),
            active.isEmpty() ? tr("Alarms: none") : tr("Alarms (%1)").arg(active.size()), 34 * u, true);
    if (active.isEmpty()) {
        p.setPen(Theme::mutedText());
        fitText(p, QRectF(alarmArea.left(), alarmArea.top() + 56 * u, alarmArea.width(), 40 * u),
                tr("Nothing needs anyone now."), 28 * u);
    }
    const double rowH = 84 * u; // two lines of 28 px: a long alarm wraps rather than shrinks
    int fit = std::max(1, int((alarmArea.height() - 56 * u) / rowH));
    // What to do about the worst one, when there is room for it under the list.
    const bool advice = !active.isEmpty() && int(active.size()) < fit;
    if (advice)
        fit = int(active.size());
    for (int i = 0; i < std::min<int>(active.size(), fit); ++i) {
        const auto &a = active[i];
        const bool more = i == fit - 1 && active.size() > fit;
        const QRectF r(alarmArea.left(), alarmArea.top() + 56 * u + i * rowH, alarmArea.width(), rowH - 8 * u);
        if (more) {
            p.setPen(Theme::mutedText());
            fitText(p, r, tr("+ %n more: see the Alarms panel", nullptr, int(active.size()) - fit + 1), 28 * u);
            break;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(a.condition.severity));
        p.drawRoundedRect(QRectF(r.left(), r.top(), 14 * u, r.height()), 4 * u, 4 * u);
        p.setPen(fg);
        const QString ack = a.acknowledged() ? tr(" · ack %1").arg(a.ackBy.section(QLatin1Char('@'), 0, 0)) : QString();
        wrapText(p, r.adjusted(28 * u, 0, 0, 0), a.condition.text + ack, 28 * u, !a.acknowledged());
    }
    if (advice) {
        const double y = alarmArea.top() + 56 * u + fit * rowH + 6 * u;
        p.setPen(Theme::mutedText());
        wrapText(p, QRectF(alarmArea.left() + 28 * u, y, alarmArea.width() - 28 * u, std::min(2 * rowH, alarmArea.bottom() - y)),
                 tr("What to do: %1").arg(active.first().condition.advice), 26 * u, false, Qt::AlignTop);
    }
    p.setPen(fg);
    fitText(p, QRectF(plotRect().left(), alarmArea.top() - 2 * u, plotRect().width(), 40 * u), tr("WAN round trip, last hour"), 28 * u, true);
}

} // namespace hawan::widgets
