#include "topology/topologyview.h"
#include "core/sitestatus.h"

#include "probes/probehub.h"

#include "storage/storagemonitor.h"

#include "common/format.h"
#include "common/statustext.h"
#include "common/theme.h"
#include "model/inventory.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QMimeData>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace hawan::widgets {

using namespace hawan::model;

namespace {
constexpr double kMargin = 16, kSitePad = 12, kSiteHeader = 58, kCardPad = 10, kCardGap = 10;
constexpr double kChipH = 24, kChipGap = 6, kChipMaxW = 190, kWanGap = 170, kSiteGap = 60;
} // namespace

TopologyView::TopologyView(Inventory *inventory, QWidget *parent)
    : QWidget(parent), m_inv(inventory)
{
    setObjectName(QStringLiteral("topologyView"));
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(150);
    connect(&m_relayoutTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            relayout();
        else
            update();
    });
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_ageTimer.start();

    // Geometry depends only on which VMs each host has: arrivals and departures relayout; state
    // and statistics changes only repaint (coalesced by the same timer).
    connect(m_inv, &Inventory::vmsInserted, this, &TopologyView::scheduleRelayout);
    connect(m_inv, &Inventory::vmsRemoved, this, &TopologyView::scheduleRelayout);
    connect(m_inv, &Inventory::hostChanged, this, &TopologyView::scheduleRepaint);
    connect(m_inv, &Inventory::vmsChanged, this, &TopologyView::scheduleRepaint);
    relayout();
}

void TopologyView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.6, 2.5);
    relayout();
}

void TopologyView::selectHost(int host)
{
    if (m_selectedHost == host)
        return;
    m_selectedHost = host;
    update();
}

QSize TopologyView::sizeHint() const { return QSize(900, std::max(300, m_layoutHeight)); }

void TopologyView::scheduleRelayout()
{
    m_dirty = true;
    scheduleRepaint();
}

void TopologyView::scheduleRepaint()
{
    if (!m_relayoutTimer.isActive())
        m_relayoutTimer.start();
}

double TopologyView::textWidth(const QFontMetricsF &fm, const QString &text)
{
    // Sum of cached per-character advances: thousands of names are measured without shaping
    // each one (kerning is ignored; chips have padding and elide at paint time anyway).
    double w = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 128) {
            if (m_advance[u] < 0)
                m_advance[u] = fm.horizontalAdvance(c);
            w += m_advance[u];
        } else {
            w += fm.horizontalAdvance(c);
        }
    }
    return w;
}

QFont TopologyView::scaledFont(double factor, bool bold) const
{
    QFont f = font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() * factor * m_zoom));
    f.setBold(bold);
    return f;
}

void TopologyView::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    relayout();
}

void TopologyView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::FontChange || e->type() == QEvent::PaletteChange)
        relayout();
    QWidget::changeEvent(e);
}

void TopologyView::relayout()
{
    m_dirty = false;
    std::fill(std::begin(m_advance), std::end(m_advance), -1.0); // font or zoom may have changed
    m_sites.clear();
    m_cards.clear();
    m_chips.clear();
    const double z = m_zoom;
    const int n = m_inv->siteCount();
    const QFontMetricsF chipFm(scaledFont(0.95));
    const QFontMetricsF lineFm(scaledFont(0.9));
    const double lineH = lineFm.height() + 4 * z;
    if (n == 0) {
        m_layoutHeight = 200;
        setMinimumHeight(m_layoutHeight);
        update();
        return;
    }
    // Two sites always side by side; more in as many columns as fit at a readable width (at most
    // three), the rest in further rows. Below that width the view scrolls sideways.
    const double gap = kWanGap * z, minColW = 330.0 * z;
    const double avail = width() - 2 * kMargin * z;
    const int fit = std::max(1, int((avail + gap) / (minColW + gap)));
    const int cols = n <= 2 ? n : std::clamp(fit, 1, std::min(3, n));
    const double colW = std::max(minColW, (avail - (cols - 1) * gap) / cols);
    setMinimumWidth(int(std::ceil(2 * kMargin * z + cols * minColW + (cols - 1) * gap)));

    double rowTop = kMargin * z;
    for (int rowStart = 0; rowStart < n; rowStart += cols) {
        double rowH = 0;
        for (int s = rowStart; s < std::min(n, rowStart + cols); ++s) {
            const double x = kMargin * z + (s - rowStart) * (colW + gap);
            double y = rowTop + kSiteHeader * z;
            for (int h : m_inv->hostsOfSite(s)) {
                const double cardX = x + kSitePad * z, cardW = colW - 2 * kSitePad * z;
                const double chipsTop = y + kCardPad * z + 3 * lineH + 4 * z;
                double cx = cardX + kCardPad * z, cy = chipsTop;
                const auto &vms = m_inv->vms(h);
                for (int v = 0; v < vms.size(); ++v) {
                    const double textW = textWidth(chipFm, vms[v].name);
                    const double w = std::min(kChipMaxW * z, textW + (kChipH + 14) * z);
                    if (cx + w > cardX + cardW - kCardPad * z && cx > cardX + kCardPad * z + 1) {
                        cx = cardX + kCardPad * z;
                        cy += (kChipH + kChipGap) * z;
                    }
                    m_chips.push_back({QRectF(cx, cy, w, kChipH * z), h, v, vms[v].name});
                    cx += w + kChipGap * z;
                }
                const double chipsH = vms.isEmpty() ? lineH : (cy - chipsTop) + kChipH * z;
                const double cardH = (chipsTop - y) + chipsH + kCardPad * z;
                m_cards.push_back({QRectF(cardX, y, cardW, cardH), h});
                y += cardH + kCardGap * z;
            }
            if (m_inv->hostsOfSite(s).isEmpty())
                y += 40 * z;
            const double siteH = y - rowTop + (kSitePad - kCardGap) * z;
            m_sites.push_back({QRectF(x, rowTop, colW, siteH), s});
            rowH = std::max(rowH, siteH);
        }
        // Equal heights in a row read as one picture.
        for (auto &sb : m_sites)
            if (sb.site >= rowStart && sb.site < rowStart + cols)
                sb.rect.setHeight(rowH);
        rowTop += rowH + gap * 0.6;
    }
    m_layoutHeight = int(std::ceil(rowTop + kMargin * z));
    setMinimumHeight(m_layoutHeight);
    updateGeometry();
    update();
}

QStringList TopologyView::vmNames() const
{
    QStringList out;
    for (const auto &c : m_chips)
        out << c.label;
    return out;
}

QRectF TopologyView::vmChipRect(const QString &name) const
{
    for (const auto &c : m_chips)
        if (c.label == name)
            return c.rect;
    return {};
}

QRectF TopologyView::hostCardRect(int host) const
{
    for (const auto &c : m_cards)
        if (c.host == host)
            return c.rect;
    return {};
}

QString TopologyView::hostStatusText(int host) const
{
    return StatusText::hostState(*m_inv, host);
}

void TopologyView::paintEvent(QPaintEvent *e)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(e->rect(), palette().color(QPalette::Base));
    if (m_inv->siteCount() == 0) {
        p.setPen(Theme::mutedText());
        p.setFont(scaledFont(1.1));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("This configuration defines no sites.\nAdd [[site]] and [[host]] tables to %1 "
                      "(see docs/configuration.md), then restart Hawan.").arg(m_inv->config().sourceFile));
        return;
    }
    const QRectF dirty = e->rect();
    paintLinks(p, false);
    for (const auto &s : m_sites)
        if (s.rect.intersects(dirty))
            paintSite(p, s);
    paintLinks(p, true);
    for (const auto &c : m_cards)
        if (c.rect.intersects(dirty))
            paintCard(p, c);
    for (const auto &c : m_chips)
        if (c.rect.intersects(dirty))
            paintChip(p, c);
}

void TopologyView::setStorage(const storage::StorageMonitor *storage)
{
    m_storage = storage;
    connect(storage, &storage::StorageMonitor::changed, this, qOverload<>(&QWidget::update));
}

QString TopologyView::brickBadgeText(int site, int *severity) const
{
    return StatusText::bricksOfSite(m_storage, m_inv->site(site).name, severity);
}

void TopologyView::paintSite(QPainter &p, const SiteBox &s) const
{
    const double z = m_zoom;
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Theme::siteBackground());
    p.drawRoundedRect(s.rect, 12 * z, 12 * z);
    const core::SiteStatus status = core::siteStatus(*m_inv, m_probes, s.site);
    const QRectF head(s.rect.left() + kSitePad * z, s.rect.top() + 8 * z, s.rect.width() - 2 * kSitePad * z, kSiteHeader * z - 12 * z);
    p.setPen(palette().color(QPalette::WindowText));
    p.setFont(scaledFont(1.45, true));
    p.drawText(head, Qt::AlignLeft | Qt::AlignTop, m_inv->site(s.site).name);
    // The site's storage bricks, top right: green in sync, amber pending heal, red offline/unknown.
    int severity = 0;
    if (const QString bricks = brickBadgeText(s.site, &severity); !bricks.isEmpty()) {
        p.save();
        p.setFont(scaledFont(0.85, true));
        const QColor c = severity == 2 ? QColor(0xd0, 0x34, 0x34) : severity == 1 ? QColor(0xc7, 0x8a, 0x0c) : QColor(0x1f, 0x9d, 0x62);
        const QFontMetricsF fm(p.font());
        const double w = std::min(fm.horizontalAdvance(QStringLiteral("▣ ") + bricks) + 20 * z, head.width() * 0.7);
        const QRectF badge(head.right() - w, head.top() + 2 * z, w, fm.height() + 6 * z);
        QColor bg = c;
        bg.setAlpha(35);
        p.setPen(Qt::NoPen);
        p.setBrush(bg);
        p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p.setPen(c.darker(Theme::isDark() ? 80 : 115));
        p.drawText(badge, Qt::AlignCenter, fm.elidedText(QStringLiteral("▣ ") + bricks, Qt::ElideRight, w - 12 * z));
        p.restore();
    }
    p.setFont(scaledFont(0.9));
    p.setPen(Theme::mutedText());
    QString sub = m_inv->site(s.site).description;
    // The headline a shift crew reads: when something is wrong it says that (in the colour of the
    // worst), not the site's description; a cut-off site says it is cut off, not that hosts died.
    QString line = core::siteTally(status);
    if (status.cutOff)
        line = core::cutOffShort(status) + QStringLiteral("  ·  ") + tr("%n VM(s) unknown", nullptr, status.counts.vmsUnknown);
    else if (status.severity == 0 && !sub.isEmpty())
        line = sub + QStringLiteral("  ·  ") + line;
    if (status.severity > 0) {
        p.setPen(Theme::hostStateColor(status.severity == 2 ? HostState::Unreachable : HostState::Connecting));
        p.setFont(scaledFont(0.9, status.cutOff));
    }
    p.drawText(head, Qt::AlignLeft | Qt::AlignBottom, QFontMetricsF(p.font()).elidedText(line, Qt::ElideRight, head.width()));
    if (m_inv->hostsOfSite(s.site).isEmpty()) {
        p.drawText(s.rect.adjusted(kSitePad * z, kSiteHeader * z, -kSitePad * z, 0), Qt::AlignHCenter | Qt::AlignTop,
                   tr("No hosts at this site"));
    }
}

void TopologyView::setProbes(const probes::ProbeHub *probes)
{
    m_probes = probes;
    if (m_probes)
        connect(m_probes, &probes::ProbeHub::linkStateChanged, this, [this] { update(); });
    update();
}

QString TopologyView::linkText(int link) const
{
    return StatusText::linkMeasure(m_inv->config().links[link], m_probes, link);
}

QColor TopologyView::linkColor(int link) const
{
    return StatusText::linkColor(m_inv->config().links[link], m_probes, link);
}

QString TopologyView::linkToolTip(int link) const
{
    return StatusText::linkToolTip(m_inv->config().links[link], m_probes, link) + QStringLiteral("<br><i>")
        + tr("Click for the latency graphs.") + QStringLiteral("</i>");
}

QRectF TopologyView::linkBoxRect(int link) const
{
    for (const auto &[l, r] : m_linkBoxes)
        if (l == link)
            return r;
    return {};
}

void TopologyView::paintLinks(QPainter &p, bool labels) const
{
    const double z = m_zoom;
    const auto &cfg = m_inv->config();
    if (labels)
        m_linkBoxes.clear();
    for (int li = 0; li < cfg.links.size(); ++li) {
        const auto &l = cfg.links[li];
        const int a = cfg.siteIndex(l.siteA), b = cfg.siteIndex(l.siteB);
        const SiteBox *sa = nullptr, *sb = nullptr;
        for (const auto &s : m_sites) {
            if (s.site == a)
                sa = &s;
            if (s.site == b)
                sb = &s;
        }
        if (!sa || !sb)
            continue;
        if (sa->rect.left() > sb->rect.left())
            std::swap(sa, sb);
        // Lines run behind the sites; each label sits in the gap between its two sites where
        // there is one (side by side, or one above the other), else at the line's middle.
        QPointF from, to;
        const bool sameRow = std::abs(sa->rect.top() - sb->rect.top()) < 1;
        if (sameRow) {
            const double y = sa->rect.top() + 34 * z;
            from = QPointF(sa->rect.right(), y);
            to = QPointF(sb->rect.left(), y);
        } else {
            const SiteBox *upper = sa->rect.top() < sb->rect.top() ? sa : sb;
            const SiteBox *lower = upper == sa ? sb : sa;
            from = QPointF(upper->rect.center().x(), upper->rect.bottom());
            to = QPointF(lower->rect.center().x(), lower->rect.top());
        }
        if (!labels) {
            const bool cut = m_probes && m_probes->linkState(li).cut;
            QPen pen(cut ? QColor(0xd0, 0x30, 0x30) : Theme::accent(), 4 * z, cut ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
            p.setPen(pen);
            p.drawLine(sameRow ? from : sa->rect.center(), sameRow ? to : sb->rect.center());
            continue;
        }
        // Label box: name, capacity, live round trip and loss against the limit.
        const QString cap = l.capacityMbit >= 1000 ? tr("%1 Gbit/s").arg(double(l.capacityMbit) / 1000.0, 0, 'g', 3)
                                                   : tr("%1 Mbit/s").arg(l.capacityMbit);
        QStringList lines{l.name, cap};
        lines += linkText(li).split(QLatin1Char('\n')); // the measurement: one or two short lines
        const QColor measureColor = linkColor(li);
        p.setFont(scaledFont(0.85));
        const QFontMetricsF fm(p.font());
        double w = 0;
        for (const auto &s : lines)
            w = std::max(w, fm.horizontalAdvance(s));
        const QPointF mid = (from + to) / 2;
        const QRectF box(mid.x() - w / 2 - 8 * z, mid.y() - 8 * z, w + 16 * z, fm.height() * lines.size() + (8 + 2 * lines.size()) * z);
        p.setBrush(Theme::cardBackground());
        p.setPen(QPen(measureColor == Theme::mutedText() ? Theme::accent() : measureColor, (measureColor == Theme::mutedText() ? 1.5 : 2.5) * z));
        p.drawRoundedRect(box, 8 * z, 8 * z);
        m_linkBoxes.append({li, box});
        p.setPen(palette().color(QPalette::WindowText));
        double y = box.top() + 6 * z;
        for (int i = 0; i < lines.size(); ++i) {
            p.setFont(scaledFont(0.85, i == 0));
            if (i >= 2)
                p.setPen(measureColor);
            p.drawText(QRectF(box.left(), y, box.width(), fm.height()), Qt::AlignHCenter | Qt::AlignVCenter, lines[i]);
            y += fm.height() + 1 * z;
        }
    }
}

void TopologyView::paintCard(QPainter &p, const Card &c) const
{
    const double z = m_zoom;
    const HostStatus &st = m_inv->hostStatus(c.host);
    const HostSnapshot &snap = m_inv->hostSnapshot(c.host);
    const bool stale = m_inv->isStale(c.host);
    const QColor stateColor = Theme::hostStateColor(st.state);
    const QColor text = palette().color(QPalette::WindowText);

    p.save();
    QPen border(c.host == m_selectedHost ? Theme::accent() : palette().color(QPalette::Mid), c.host == m_selectedHost ? 2.5 * z : 1);
    if (c.host == m_dropHost)
        border = QPen(Theme::accent(), 3 * z, Qt::DashLine);
    if (st.state == HostState::Unreachable)
        border = QPen(stateColor, 2 * z, Qt::DashLine);
    p.setPen(border);
    QColor bg = Theme::cardBackground();
    if (c.host == m_dropHost)
        bg = QColor::fromRgbF(bg.redF() * 0.85 + 0.15 * Theme::accent().redF(), bg.greenF() * 0.85 + 0.15 * Theme::accent().greenF(),
                              bg.blueF() * 0.85 + 0.15 * Theme::accent().blueF());
    p.setBrush(bg);
    p.drawRoundedRect(c.rect, 8 * z, 8 * z);
    // A coloured spine on the left edge repeats the state for a glance from across the room.
    p.setPen(Qt::NoPen);
    p.setBrush(stateColor);
    p.drawRoundedRect(QRectF(c.rect.left() + 2, c.rect.top() + 6 * z, 4 * z, c.rect.height() - 12 * z), 2 * z, 2 * z);

    const QFontMetricsF lineFm(scaledFont(0.9));
    const double lineH = lineFm.height() + 4 * z;
    const double x = c.rect.left() + kCardPad * z + 4 * z, w = c.rect.width() - 2 * kCardPad * z - 4 * z;
    double y = c.rect.top() + kCardPad * z;

    if (stale)
        p.setOpacity(0.55);
    // Line 1: host name, and the state badge on the right.
    p.setFont(scaledFont(1.05, true));
    p.setPen(text);
    const bool maintenance = m_inv->inMaintenance(c.host);
    const bool cutOff = st.state != HostState::Up && core::hostCutOff(*m_inv, m_probes, c.host);
    const QString badge = (cutOff ? tr("cut off") : Format::hostState(st.state))
        + (stale && st.state == HostState::Up ? tr(" · stale") : QString())
        + (maintenance ? tr(" · maintenance") : QString());
    p.setFont(scaledFont(0.85, true));
    const QFontMetricsF bfm(p.font());
    const double bw = bfm.horizontalAdvance(badge) + 18 * z;
    const QRectF badgeRect(x + w - bw, y, bw, lineH - 2 * z);
    const QColor badgeColor = maintenance ? QColor(0xc7, 0x8a, 0x0c) : stateColor;
    QColor badgeBg = badgeColor;
    badgeBg.setAlpha(maintenance ? 70 : 40);
    p.setPen(Qt::NoPen);
    p.setBrush(badgeBg);
    p.drawRoundedRect(badgeRect, badgeRect.height() / 2, badgeRect.height() / 2);
    p.setPen(badgeColor.darker(Theme::isDark() ? 80 : 120));
    p.drawText(badgeRect, Qt::AlignCenter, badge);
    p.setFont(scaledFont(1.05, true));
    p.setPen(text);
    p.drawText(QRectF(x, y, w - bw - 8 * z, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(m_inv->host(c.host).name, Qt::ElideRight, w - bw - 8 * z));
    y += lineH;

    // Line 2: CPU and memory bars (VMs' share of the host).
    p.setFont(scaledFont(0.85));
    const double half = (w - 12 * z) / 2;
    auto bar = [&](double bx, const QString &label, double frac, QString value) {
        const double labelW = lineFm.horizontalAdvance(label) + 6 * z;
        double valueW = std::max(lineFm.horizontalAdvance(value) + 6 * z, 40 * z);
        if (half - labelW - valueW < 30 * z && frac >= 0) { // narrow card: the share alone
            value = Format::percent(frac * 100.0);
            valueW = std::max(lineFm.horizontalAdvance(value) + 6 * z, 40 * z);
        }
        p.setPen(Theme::mutedText());
        p.drawText(QRectF(bx, y, labelW, lineH), Qt::AlignLeft | Qt::AlignVCenter, label);
        const QRectF track(bx + labelW, y + lineH / 2 - 3 * z, std::max(10.0, half - labelW - valueW), 6 * z);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Mid));
        p.drawRoundedRect(track, 3 * z, 3 * z);
        if (frac >= 0) {
            p.setBrush(frac > 0.9 ? Theme::vmStateColor(VmState::Crashed) : frac > 0.7 ? Theme::vmStateColor(VmState::Paused) : Theme::accent());
            p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * std::clamp(frac, 0.0, 1.0), track.height()), 3 * z, 3 * z);
        }
        p.setPen(text);
        p.drawText(QRectF(track.right() + 4 * z, y, valueW, lineH), Qt::AlignLeft | Qt::AlignVCenter, value);
    };
    const double memFrac = st.node.memoryKiB ? double(snap.vmMemoryKiB) / double(st.node.memoryKiB) : -1;
    bar(x, tr("CPU"), snap.cpuPercent >= 0 ? snap.cpuPercent / 100.0 : -1, Format::percent(snap.cpuPercent));
    bar(x + half + 12 * z, tr("Mem"), memFrac,
        st.node.memoryKiB ? QStringLiteral("%1 / %2").arg(Format::memory(snap.vmMemoryKiB), Format::memory(st.node.memoryKiB))
                          : QStringLiteral("–"));
    y += lineH;

    // Line 3: VM count and the state in words (reason when unreachable, age when stale).
    const auto &vms = m_inv->vms(c.host);
    int running = 0;
    for (const auto &vm : vms)
        running += vm.state == VmState::Running ? 1 : 0;
    // Only a host that answers says what runs on it; the others' VMs are as last seen, not known.
    const bool answers = st.state == HostState::Up && !stale;
    QString line3 = tr("%n VM(s)", nullptr, int(vms.size()))
        + (answers ? tr(", %1 running").arg(running) : vms.isEmpty() ? QString() : tr(", state unknown"));
    if (cutOff)
        line3 += QStringLiteral("  ·  ") + tr("silent behind the cut link (may still run)");
    else if (st.state != HostState::Up || stale || !st.reason.isEmpty())
        line3 += QStringLiteral("  ·  ") + hostStatusText(c.host);
    p.setOpacity(1.0);
    p.setPen(st.state == HostState::Unreachable ? stateColor : Theme::mutedText());
    p.drawText(QRectF(x, y, w, lineH), Qt::AlignLeft | Qt::AlignVCenter, lineFm.elidedText(line3, Qt::ElideRight, w));
    y += lineH;
    if (vms.isEmpty()) {
        p.setPen(Theme::mutedText());
        p.drawText(QRectF(x, y + 4 * z, w, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   st.state == HostState::Up                          ? tr("No VMs on this host")
                   : m_inv->hostSnapshot(c.host).at.isValid() ? tr("No VMs when last seen")
                                                                  : tr("No VM data yet"));
    }
    p.restore();
}

void TopologyView::paintChip(QPainter &p, const Chip &c) const
{
    const double z = m_zoom;
    const auto &vms = m_inv->vms(c.host);
    if (c.vm >= vms.size())
        return;
    const VmInfo &vm = vms[c.vm];
    const bool stale = m_inv->isStale(c.host);
    p.save();
    if (stale)
        p.setOpacity(0.5);
    QColor fill = Theme::vmStateColor(vm.state);
    fill.setAlpha(Theme::isDark() ? 50 : 28);
    const bool selected = vm.uuid == m_selectedVm;
    // A copy paused by a migration is drawn dashed and faint: it is not a second running VM.
    p.setPen(QPen(selected ? Theme::accent() : Theme::vmStateColor(vm.state), selected ? 2 * z : 1,
                  vm.migrating ? Qt::DashLine : Qt::SolidLine));
    if (vm.migrating)
        p.setOpacity(p.opacity() * 0.6);
    p.setBrush(fill);
    p.drawRoundedRect(c.rect.adjusted(0.5, 0.5, -0.5, -0.5), c.rect.height() / 2, c.rect.height() / 2);
    const double g = c.rect.height() * 0.5;
    Theme::drawVmGlyph(p, QRectF(c.rect.left() + 6 * z, c.rect.center().y() - g / 2, g, g), vm.state);
    p.setFont(scaledFont(0.95));
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF textRect = c.rect.adjusted(g + 11 * z, 0, -8 * z, 0);
    const bool fits = c.rect.width() < kChipMaxW * z - 1; // chips shorter than the cap hold their whole name
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
               fits ? vm.name : QFontMetricsF(p.font()).elidedText(vm.name, Qt::ElideRight, textRect.width()));
    p.restore();
}

const TopologyView::Chip *TopologyView::chipAt(const QPointF &pt) const
{
    for (const auto &c : m_chips)
        if (c.rect.contains(pt))
            return &c;
    return nullptr;
}

const TopologyView::Card *TopologyView::cardAt(const QPointF &pt) const
{
    for (const auto &c : m_cards)
        if (c.rect.contains(pt))
            return &c;
    return nullptr;
}

void TopologyView::mousePressEvent(QMouseEvent *e)
{
    if (m_dirty)
        relayout();
    const QPointF pt = e->position();
    for (const auto &[l, r] : std::as_const(m_linkBoxes))
        if (r.contains(pt) && e->button() == Qt::LeftButton) {
            Q_EMIT linkActivated(l);
            return;
        }
    m_pressHost = -1;
    if (const Chip *chip = chipAt(pt)) {
        m_pressPos = pt;
        m_pressHost = chip->host;
        m_pressUuid = m_inv->vms(chip->host).value(chip->vm).uuid;
        m_selectedHost = chip->host;
        m_selectedVm = m_inv->vms(chip->host).value(chip->vm).uuid;
        update();
        Q_EMIT hostSelected(chip->host);
        Q_EMIT vmSelected(chip->host, m_selectedVm);
    } else if (const Card *card = cardAt(pt)) {
        m_selectedHost = card->host;
        m_selectedVm.clear();
        update();
        Q_EMIT hostSelected(card->host);
    }
    QWidget::mousePressEvent(e);
}

void TopologyView::contextMenuEvent(QContextMenuEvent *e)
{
    const Chip *chip = chipAt(e->pos());
    if (!chip) {
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        if (const Card *card = cardAt(e->pos())) {
            const int host = card->host;
            const bool maint = m_inv->inMaintenance(host);
            QAction *ev = menu.addAction(Theme::icon(QStringLiteral("migrate")), tr("Evacuate host…"));
            ev->setToolTip(tr("Plan moving every VM off %1 (dry run first), then put it in maintenance").arg(m_inv->host(host).name));
            ev->setEnabled(m_actionsEnabled && !m_inv->vms(host).isEmpty());
            connect(ev, &QAction::triggered, this, [=, this] { Q_EMIT evacuateHostRequested(host); });
            const bool down = m_inv->hostStatus(host).state == model::HostState::Unreachable;
            QAction *rc = menu.addAction(Theme::icon(QStringLiteral("stop")), tr("Recover VMs of crashed host…"));
            rc->setToolTip(down ? tr("Fence %1 (power it off), then restart the VMs that ran on it on other hosts").arg(m_inv->host(host).name)
                                : tr("Only for a host that is down: %1 answers, so evacuate it instead").arg(m_inv->host(host).name));
            rc->setEnabled(m_actionsEnabled && down);
            connect(rc, &QAction::triggered, this, [=, this] { Q_EMIT recoverHostRequested(host); });
            QAction *mt = menu.addAction(maint ? tr("Leave maintenance") : tr("Enter maintenance"));
            mt->setToolTip(maint ? tr("Plans may place VMs on this host again") : tr("Plans and drops place no new VM on this host"));
            mt->setEnabled(m_actionsEnabled);
            connect(mt, &QAction::triggered, this, [=, this] { Q_EMIT maintenanceRequested(host, !maint); });
            if (const int back = m_returnable ? m_returnable(host) : 0; back > 0) {
                QAction *rt = menu.addAction(Theme::icon(QStringLiteral("migrate")), tr("Bring back %n evacuated VM(s)…", nullptr, back));
                rt->setToolTip(maint ? tr("Take %1 out of maintenance first").arg(m_inv->host(host).name)
                                     : tr("Plan moving back the VMs the last evacuation took off %1").arg(m_inv->host(host).name));
                rt->setEnabled(m_actionsEnabled && !maint && !down);
                connect(rt, &QAction::triggered, this, [=, this] { Q_EMIT returnRequested(host); });
            }
        } else {
            for (const auto &sb : m_sites)
                if (sb.rect.contains(e->pos())) {
                    const int site = sb.site;
                    QAction *ev = menu.addAction(Theme::icon(QStringLiteral("migrate")), tr("Evacuate site %1…").arg(m_inv->site(site).name));
                    ev->setToolTip(tr("Plan moving every VM of the site to the other sites, with a capacity check first"));
                    ev->setEnabled(m_actionsEnabled);
                    connect(ev, &QAction::triggered, this, [=, this] { Q_EMIT evacuateSiteRequested(site); });
                }
        }
        if (menu.isEmpty())
            return;
        if (!m_actionsEnabled)
            menu.addSection(tr("Read-only console"));
        menu.exec(e->globalPos());
        return;
    }
    const VmInfo vm = m_inv->vms(chip->host).value(chip->vm);
    const int host = chip->host;
    const bool enabled = m_actionsEnabled && !m_inv->isStale(host);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    auto add = [&](model::VmAction a, const QString &icon, bool applicable) {
        QAction *act = menu.addAction(Theme::icon(icon), model::vmActionName(a));
        act->setEnabled(enabled && applicable);
        connect(act, &QAction::triggered, this, [=, this] { Q_EMIT vmActionRequested(host, vm.uuid, vm.name, a); });
    };
    const bool active = vmIsActive(vm.state);
    add(model::VmAction::Start, QStringLiteral("play"), !active);
    add(model::VmAction::Pause, QStringLiteral("pause"), vm.state == VmState::Running);
    add(model::VmAction::Resume, QStringLiteral("play"), vm.state == VmState::Paused);
    menu.addSeparator();
    QMenu *migrate = menu.addMenu(tr("Migrate to"));
    migrate->setEnabled(enabled && active);
    for (int h = 0; h < m_inv->hostCount(); ++h) {
        if (h == host)
            continue;
        const int site = m_inv->siteOfHost(h);
        QAction *a = migrate->addAction(tr("%1 (%2)").arg(m_inv->host(h).name, site >= 0 ? m_inv->site(site).name : QString()));
        a->setEnabled(m_inv->hostStatus(h).state == HostState::Up);
        connect(a, &QAction::triggered, this, [=, this] { Q_EMIT migrateRequested(host, vm.uuid, h); });
    }
    menu.addSeparator();
    add(model::VmAction::Shutdown, QStringLiteral("power"), active);
    add(model::VmAction::Destroy, QStringLiteral("stop"), active || vm.state == VmState::Crashed);
    if (!m_actionsEnabled)
        menu.addSection(tr("Read-only console"));
    menu.exec(e->globalPos());
}

void TopologyView::mouseMoveEvent(QMouseEvent *e)
{
    if (!(e->buttons() & Qt::LeftButton) || m_pressHost < 0 || !m_actionsEnabled
        || (e->position() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return QWidget::mouseMoveEvent(e);
    const int host = m_pressHost;
    const QString uuid = m_pressUuid;
    m_pressHost = -1;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kVmMimeType), QStringLiteral("%1\n%2").arg(host).arg(uuid).toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    for (const auto &c : m_chips)
        if (c.host == host && m_inv->vms(host).value(c.vm).uuid == uuid) {
            drag->setPixmap(grab(c.rect.toAlignedRect()));
            drag->setHotSpot((m_pressPos - c.rect.topLeft()).toPoint());
        }
    drag->exec(Qt::MoveAction);
}

namespace {
bool decodeVm(const QMimeData *mime, int *host, QString *uuid)
{
    const QList<QByteArray> parts = mime->data(QString::fromLatin1(TopologyView::kVmMimeType)).split('\n');
    if (parts.size() != 2)
        return false;
    bool ok = false;
    *host = parts[0].toInt(&ok);
    *uuid = QString::fromLatin1(parts[1]);
    return ok && !uuid->isEmpty();
}
} // namespace

void TopologyView::dragEnterEvent(QDragEnterEvent *e)
{
    if (m_actionsEnabled && e->mimeData()->hasFormat(QString::fromLatin1(kVmMimeType)))
        e->acceptProposedAction();
}

void TopologyView::dragMoveEvent(QDragMoveEvent *e)
{
    int from = -1;
    QString uuid;
    const Card *card = cardAt(e->position());
    const int target = card && decodeVm(e->mimeData(), &from, &uuid) && card->host != from
            && m_inv->hostStatus(card->host).state == HostState::Up ? card->host : -1;
    if (target != m_dropHost) {
        m_dropHost = target;
        update();
    }
    if (target >= 0)
        e->acceptProposedAction();
    else
        e->ignore();
}

void TopologyView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropHost = -1;
    update();
}

void TopologyView::dropEvent(QDropEvent *e)
{
    const int to = m_dropHost;
    m_dropHost = -1;
    update();
    int from = -1;
    QString uuid;
    if (to < 0 || !decodeVm(e->mimeData(), &from, &uuid))
        return e->ignore();
    e->acceptProposedAction();
    Q_EMIT migrateRequested(from, uuid, to);
}

bool TopologyView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(e);
        if (const Chip *chip = chipAt(he->pos())) {
            const VmInfo vm = m_inv->vms(chip->host).value(chip->vm);
            QString tip = tr("<b>%1</b><br>%2 on %3<br>%4 vCPU · %5 · CPU %6")
                              .arg(vm.name.toHtmlEscaped(), vm.migrating ? tr("paused: migrating (a copy arriving, or the last pause before the switch)")
                                                                               : Format::vmState(vm.state),
                                   m_inv->host(chip->host).name)
                              .arg(vm.vcpus)
                              .arg(Format::memory(vm.memoryKiB), Format::percent(vm.cpuPercent));
            if (!vm.disks.isEmpty())
                tip += QStringLiteral("<br>") + vm.disks.join(QStringLiteral("<br>")).toHtmlEscaped();
            if (vm.fencedWhileRunning)
                tip += QStringLiteral("<br><b>") + tr("Stopped by the fence of %1; not restarted elsewhere yet. "
                                                        "If its restart failed, recover %1 again.").arg(m_inv->host(chip->host).name.toHtmlEscaped())
                    + QStringLiteral("</b>");
            if (m_inv->isStale(chip->host))
                tip += QStringLiteral("<br><i>") + tr("Last known data (%1)").arg(hostStatusText(chip->host).toHtmlEscaped()) + QStringLiteral("</i>");
            QToolTip::showText(he->globalPos(), tip, this);
            return true;
        }
        for (const auto &[l, r] : std::as_const(m_linkBoxes))
            if (r.contains(he->pos())) {
                QToolTip::showText(he->globalPos(), linkToolTip(l), this);
                return true;
            }
        if (const Card *card = cardAt(he->pos())) {
            const auto &st = m_inv->hostStatus(card->host);
            QToolTip::showText(he->globalPos(),
                               tr("<b>%1</b><br>%2<br>%3<br>Updated %4")
                                   .arg(m_inv->host(card->host).name.toHtmlEscaped(), m_inv->host(card->host).uri.toHtmlEscaped(),
                                        hostStatusText(card->host).toHtmlEscaped(), Format::age(st.lastUpdate)),
                               this);
            return true;
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QWidget::event(e);
}

} // namespace hawan::widgets
