// The topology's painting: sites with their headline, WAN links with their measurement, host
// cards, VM chips. Layout and interaction are in topologyview.cpp; the sizes both use in
// topologymetrics.h.
#include "topology/topologyview.h"
#include "topology/topologymetrics.h"

#include "core/sitestatus.h"
#include "probes/probehub.h"
#include "storage/storagemonitor.h"

#include "common/format.h"
#include "common/statustext.h"
#include "common/theme.h"
#include "model/inventory.h"

#include <QPainter>
#include <QPainterPath>
#include <QPaintEvent>

#include <cmath>

namespace hawan::widgets {

using namespace hawan::model;
using namespace hawan::widgets::topology;

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
    if (isOverview())
        return paintOverview(p);
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
    if (hasOverview())
        paintOpenedHeader(p);
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

} // namespace hawan::widgets
