// The topology's overview of a national network: one tile per site with its health, the links
// between sites with their state, keyboard moves and type-to-find; and the strip above an opened
// site (back to the overview, that site's links). The per-site view is topologyview.cpp's.
#include "topology/topologymetrics.h"
#include "topology/topologyview.h"

#include "core/sitestatus.h"
#include "probes/probehub.h"

#include "common/statustext.h"
#include "common/theme.h"
#include "model/inventory.h"

#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace hawan::widgets {

using namespace hawan::model;
using namespace hawan::widgets::topology;

namespace {
QColor severityColor(int severity)
{
    return Theme::hostStateColor(severity >= 2 ? HostState::Unreachable : severity == 1 ? HostState::Connecting : HostState::Up);
}
} // namespace

bool TopologyView::hasOverview() const { return m_inv->siteCount() > kOverviewAbove; }

void TopologyView::openSite(int site)
{
    if (site >= m_inv->siteCount() || !hasOverview())
        site = -1;
    if (site == m_focus)
        return;
    m_focus = site;
    if (site >= 0)
        m_tileCursor = site;
    setFind({});
    relayout();
    Q_EMIT siteOpened(site);
}

void TopologyView::setFind(const QString &text)
{
    // Looked up once per change of the text (it reads every VM's name), not at every paint.
    m_find = text;
    m_foundSite = findSite(m_find, &m_foundHost);
}

QRectF TopologyView::siteTileRect(int site) const
{
    for (const auto &t : m_tiles)
        if (t.site == site)
            return t.rect;
    return {};
}

int TopologyView::findSite(const QString &text, int *host) const
{
    if (host)
        *host = -1;
    if (text.isEmpty())
        return -1;
    for (int s = 0; s < m_inv->siteCount(); ++s)
        if (m_inv->site(s).name.contains(text, Qt::CaseInsensitive))
            return s;
    auto found = [&](int h) {
        if (host)
            *host = h;
        return m_inv->siteOfHost(h);
    };
    for (int h = 0; h < m_inv->hostCount(); ++h)
        if (m_inv->host(h).name.contains(text, Qt::CaseInsensitive))
            return found(h);
    for (int h = 0; h < m_inv->hostCount(); ++h)
        for (const auto &vm : m_inv->vms(h))
            if (vm.name.contains(text, Qt::CaseInsensitive))
                return found(h);
    return -1;
}

void TopologyView::relayoutOverview()
{
    const double z = m_zoom;
    const int n = m_inv->siteCount();
    const double gap = kTileGap * z, minW = kTileW * z, tileH = kTileH * z;
    const double avail = width() - 2 * kMargin * z;
    const int fit = std::max(1, int((avail + gap) / (minW + gap)));
    // A square grid when it fits (the order of the configuration, row by row), else what fits.
    const int square = int(std::ceil(std::sqrt(double(n))));
    m_tileCols = std::clamp(std::min(fit, square), 1, n);
    const double tileW = std::max(minW, (avail - (m_tileCols - 1) * gap) / m_tileCols);
    const double top = kMargin * z + kOpenedHeader * z;
    for (int s = 0; s < n; ++s) {
        const int row = s / m_tileCols, col = s % m_tileCols;
        m_tiles.push_back({QRectF(kMargin * z + col * (tileW + gap), top + row * (tileH + gap), tileW, tileH), s});
    }
    const int rows = (n + m_tileCols - 1) / m_tileCols;
    const int height = int(std::ceil(top + rows * (tileH + gap) + kMargin * z));
    m_tileCursor = std::clamp(m_tileCursor, 0, n - 1);
    // The window's layout is asked again only when the size changed (a pass costs milliseconds).
    const int minWidth = int(std::ceil(2 * kMargin * z + minW));
    if (height != m_layoutHeight || minimumWidth() != minWidth) {
        m_layoutHeight = height;
        setMinimumWidth(minWidth);
        setMinimumHeight(m_layoutHeight);
        updateGeometry();
    }
    update();
}

const TopologyView::Tile *TopologyView::tileAt(const QPointF &pt) const
{
    for (const auto &t : m_tiles)
        if (t.rect.contains(pt))
            return &t;
    return nullptr;
}

namespace {
// The short state of a link for its pill: the round trip, "cut", or why there is none.
QString linkPill(const config::Link &l, const probes::ProbeHub *probes, int link)
{
    if (!probes || (l.probes.isEmpty() && !probes->linkState(link).recorded))
        return TopologyView::tr("no probe");
    const probes::LinkState &st = probes->linkState(link);
    if (st.cut)
        return TopologyView::tr("cut");
    if (!st.measured)
        return st.error.isEmpty() ? TopologyView::tr("measuring") : TopologyView::tr("probe error");
    return TopologyView::tr("%1 ms").arg(double(st.rttMs), 0, 'f', st.rttMs < 1 ? 2 : st.rttMs < 10 ? 1 : 0);
}
} // namespace

void TopologyView::paintOverview(QPainter &p) const
{
    const double z = m_zoom;
    const auto &cfg = m_inv->config();
    // The help line, or what is being typed and where it points.
    const QRectF help(kMargin * z, kMargin * z * 0.5, width() - 2 * kMargin * z, kOpenedHeader * z - 8 * z);
    p.setFont(scaledFont(0.95, !m_find.isEmpty()));
    if (m_find.isEmpty()) {
        p.setPen(Theme::mutedText());
        p.drawText(help, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(
                       tr("%n sites. Click a site, or move with the arrow keys and press Enter, to see its hosts. "
                          "Type to find a site, host or VM.", nullptr, m_inv->siteCount()),
                       Qt::ElideRight, help.width()));
    } else {
        const int found = m_foundSite, host = m_foundHost;
        const QString where = host >= 0 ? tr("%1, host %2").arg(m_inv->site(found).name, m_inv->host(host).name)
                              : found >= 0 ? m_inv->site(found).name : QString();
        p.setPen(found >= 0 ? palette().color(QPalette::WindowText) : severityColor(2));
        p.drawText(help, Qt::AlignLeft | Qt::AlignVCenter,
                   found >= 0 ? tr("Find “%1”: %2 (Enter opens it, Esc clears)").arg(m_find, where)
                              : tr("Find “%1”: no site, host or VM has it in its name (Backspace, Esc clears)").arg(m_find));
    }
    // Links behind the tiles, centre to centre; their pills on top, on the gap between the tiles.
    struct Line { int link; QPointF a, b; QColor color; bool cut; };
    QVector<Line> lines;
    for (int li = 0; li < cfg.links.size(); ++li) {
        const QRectF a = siteTileRect(cfg.siteIndex(cfg.links[li].siteA)), b = siteTileRect(cfg.siteIndex(cfg.links[li].siteB));
        if (a.isEmpty() || b.isEmpty())
            continue;
        const bool cut = m_probes && m_probes->linkState(li).cut;
        QColor c = cut ? QColor(0xd0, 0x30, 0x30) : linkColor(li);
        if (c == Theme::mutedText())
            c = palette().color(QPalette::Mid).darker(115); // no measurement: neither good nor bad
        lines.push_back({li, a.center(), b.center(), c, cut});
        p.setPen(QPen(c, 3 * z, cut ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
        p.drawLine(a.center(), b.center());
    }
    for (const auto &t : m_tiles)
        paintTile(p, t);
    m_linkBoxes.clear();
    p.setFont(scaledFont(0.75, true));
    const QFontMetricsF fm(p.font());
    for (const auto &l : lines) {
        const QString text = linkPill(cfg.links[l.link], m_probes, l.link);
        const QPointF mid = (l.a + l.b) / 2;
        const double w = fm.horizontalAdvance(text) + 12 * z, h = fm.height() + 4 * z;
        const QRectF box(mid.x() - w / 2, mid.y() - h / 2, w, h);
        p.setPen(QPen(l.color, 1.5 * z));
        p.setBrush(Theme::cardBackground());
        p.drawRoundedRect(box, h / 2, h / 2);
        p.setPen(l.cut ? l.color : palette().color(QPalette::WindowText));
        p.drawText(box, Qt::AlignCenter, text);
        m_linkBoxes.append({l.link, box});
    }
}

int TopologyView::siteSeverity(int site) const
{
    // Not a volume whose state is unknown at every site: a tile tells what is wrong with its site.
    int own = 0;
    StatusText::bricksOfSite(m_storage, m_inv->site(site).name, nullptr, &own);
    return std::max(core::siteStatus(*m_inv, m_probes, site).severity, own);
}

void TopologyView::paintTile(QPainter &p, const Tile &t) const
{
    const double z = m_zoom;
    const int s = t.site;
    const core::SiteStatus status = core::siteStatus(*m_inv, m_probes, s);
    int brickSeverity = 0;
    const QString bricks = StatusText::bricksOfSite(m_storage, m_inv->site(s).name, nullptr, &brickSeverity);
    const int severity = std::max(status.severity, brickSeverity);
    const QColor color = severityColor(severity);
    const bool cursor = s == m_tileCursor && hasFocus();
    const bool found = !m_find.isEmpty() && m_foundSite == s;

    p.save();
    QPen border(palette().color(QPalette::Mid), 1);
    if (severity == 2)
        border = QPen(color, 2 * z);
    if (cursor || found)
        border = QPen(Theme::accent(), 3 * z);
    p.setPen(border);
    p.setBrush(Theme::cardBackground());
    p.drawRoundedRect(t.rect, 10 * z, 10 * z);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(t.rect.left() + 3, t.rect.top() + 8 * z, 6 * z, t.rect.height() - 16 * z), 3 * z, 3 * z);

    const double x = t.rect.left() + 16 * z, w = t.rect.width() - 26 * z;
    double y = t.rect.top() + 8 * z;
    // Name, and the state in a word on the right.
    const QString word = status.cutOff ? tr("cut off") : severity == 2 ? tr("fault") : severity == 1 ? tr("degraded") : tr("healthy");
    p.setFont(scaledFont(0.85, true));
    const QFontMetricsF bfm(p.font());
    const double bw = bfm.horizontalAdvance(word) + 16 * z;
    const QRectF badge(x + w - bw, y + 3 * z, bw, bfm.height() + 4 * z);
    QColor badgeBg = color;
    badgeBg.setAlpha(45);
    p.setBrush(badgeBg);
    p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    p.setPen(color.darker(Theme::isDark() ? 80 : 125));
    p.drawText(badge, Qt::AlignCenter, word);
    p.setFont(scaledFont(1.25, true));
    const QFontMetricsF nfm(p.font());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(x, y, w - bw - 6 * z, nfm.height() + 6 * z), Qt::AlignLeft | Qt::AlignVCenter,
               nfm.elidedText(m_inv->site(s).name, Qt::ElideRight, w - bw - 6 * z));
    y += nfm.height() + 10 * z;

    // Hosts, VMs, and storage or the description: each a line.
    const auto &c = status.counts;
    const int hosts = int(m_inv->hostsOfSite(s).size());
    int maintenance = 0, crashed = 0;
    for (int h : m_inv->hostsOfSite(s)) {
        maintenance += m_inv->inMaintenance(h) ? 1 : 0;
        for (const auto &vm : m_inv->vms(h))
            crashed += vm.state == VmState::Crashed ? 1 : 0;
    }
    QString hostLine = tr("%1/%2 hosts up").arg(c.hostsUp).arg(hosts);
    if (c.hostsUnreachable)
        hostLine += QStringLiteral(" · ") + tr("%1 unreachable").arg(c.hostsUnreachable);
    if (c.hostsConnecting)
        hostLine += QStringLiteral(" · ") + tr("%1 connecting").arg(c.hostsConnecting);
    if (maintenance)
        hostLine += QStringLiteral(" · ") + tr("%1 in maintenance").arg(maintenance);
    QString vmLine = tr("%1/%2 VMs running").arg(c.vmsRunning).arg(c.vms);
    if (c.vmsUnknown)
        vmLine += QStringLiteral(" · ") + tr("%1 unknown").arg(c.vmsUnknown);
    if (crashed)
        vmLine += QStringLiteral(" · ") + tr("%1 crashed").arg(crashed);
    const QString third = status.cutOff ? core::cutOffShort(status) : !bricks.isEmpty() ? QStringLiteral("▣ ") + bricks
                                                                                         : m_inv->site(s).description;
    p.setFont(scaledFont(0.9));
    const QFontMetricsF fm(p.font());
    const double lineH = fm.height() + 5 * z;
    auto line = [&](const QString &text, const QColor &pen) {
        p.setPen(pen);
        p.drawText(QRectF(x, y, w, lineH), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, w));
        y += lineH;
    };
    line(hostLine, c.hostsUnreachable ? severityColor(2) : c.hostsConnecting ? severityColor(1) : palette().color(QPalette::WindowText));
    line(vmLine, c.vmsUnknown ? severityColor(1) : palette().color(QPalette::WindowText));
    line(third, status.cutOff ? severityColor(2) : !bricks.isEmpty() && brickSeverity ? severityColor(brickSeverity) : Theme::mutedText());
    p.restore();
}

void TopologyView::paintOpenedHeader(QPainter &p) const
{
    const double z = m_zoom;
    const auto &cfg = m_inv->config();
    p.save();
    p.setFont(scaledFont(0.95, true));
    QFontMetricsF fm(p.font());
    p.setPen(QPen(Theme::accent(), 1.5 * z));
    p.setBrush(Theme::cardBackground());
    p.drawRoundedRect(m_backRect, 8 * z, 8 * z);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(m_backRect, Qt::AlignCenter, tr("◀  All %n sites (Esc)", nullptr, m_inv->siteCount()));
    // The opened site's links, each with its state; a click shows the latency graphs.
    m_linkBoxes.clear();
    p.setFont(scaledFont(0.85));
    fm = QFontMetricsF(p.font());
    double x = m_backRect.right() + 14 * z;
    for (int li = 0; li < cfg.links.size(); ++li) {
        const auto &l = cfg.links[li];
        const int a = cfg.siteIndex(l.siteA), b = cfg.siteIndex(l.siteB);
        if (a != m_focus && b != m_focus)
            continue;
        const int other = a == m_focus ? b : a;
        const QString text = tr("%1 → %2: %3").arg(l.name, other >= 0 ? m_inv->site(other).name : QString(), linkPill(l, m_probes, li));
        const double w = fm.horizontalAdvance(text) + 18 * z;
        if (x + w > width() - kMargin * z)
            break;
        const QRectF box(x, m_backRect.top(), w, m_backRect.height());
        QColor c = m_probes && m_probes->linkState(li).cut ? QColor(0xd0, 0x30, 0x30) : linkColor(li);
        p.setPen(QPen(c == Theme::mutedText() ? palette().color(QPalette::Mid) : c, 2 * z));
        p.setBrush(Theme::cardBackground());
        p.drawRoundedRect(box, box.height() / 2, box.height() / 2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(box, Qt::AlignCenter, text);
        m_linkBoxes.append({li, box});
        x += w + 8 * z;
    }
    p.restore();
}

bool TopologyView::overviewKey(QKeyEvent *e)
{
    const int n = m_inv->siteCount();
    if (!hasOverview() || n == 0)
        return false;
    if (m_focus >= 0) {
        switch (e->key()) {
        case Qt::Key_Escape:
        case Qt::Key_Backspace:
            openSite(-1);
            return true;
        case Qt::Key_PageUp:
            openSite((m_focus + n - 1) % n);
            return true;
        case Qt::Key_PageDown:
            openSite((m_focus + 1) % n);
            return true;
        default:
            return false;
        }
    }
    int cursor = m_tileCursor;
    switch (e->key()) {
    case Qt::Key_Left: cursor = std::max(0, cursor - 1); break;
    case Qt::Key_Right: cursor = std::min(n - 1, cursor + 1); break;
    case Qt::Key_Up: cursor = cursor - m_tileCols >= 0 ? cursor - m_tileCols : cursor; break;
    case Qt::Key_Down: cursor = cursor + m_tileCols < n ? cursor + m_tileCols : cursor; break;
    case Qt::Key_Home: cursor = 0; break;
    case Qt::Key_End: cursor = n - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // What was typed named a host or a VM: it is selected in the site opened.
        const int host = m_foundSite == cursor ? m_foundHost : -1;
        openSite(cursor);
        if (host >= 0) {
            selectHost(host);
            Q_EMIT hostSelected(host);
        }
        return true;
    }
    case Qt::Key_Escape:
        if (m_find.isEmpty())
            return false;
        setFind({});
        update();
        return true;
    case Qt::Key_Backspace:
        m_find.chop(1);
        break;
    default: {
        const QString text = e->text();
        if (text.isEmpty() || !text.at(0).isPrint() || (e->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return false;
        m_find += text;
        break;
    }
    }
    if (e->key() == Qt::Key_Backspace || !e->text().isEmpty()) {
        setFind(m_find);
        if (m_foundSite >= 0)
            cursor = m_foundSite;
        m_findTimer.start();
    }
    m_tileCursor = cursor;
    update();
    return true;
}

void TopologyView::keyPressEvent(QKeyEvent *e)
{
    if (!overviewKey(e))
        QWidget::keyPressEvent(e);
}

} // namespace hawan::widgets
