#include "topology/topologyview.h"
#include "topology/topologymetrics.h"

#include "probes/probehub.h"

#include "storage/storagemonitor.h"

#include "common/format.h"
#include "common/statustext.h"
#include "common/theme.h"
#include "model/inventory.h"
#include "core/sitestatus.h"

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
using namespace hawan::widgets::topology;


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
    m_findTimer.setSingleShot(true);
    m_findTimer.setInterval(6000);
    connect(&m_findTimer, &QTimer::timeout, this, [this] {
        setFind({});
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
    // A host chosen elsewhere (the table, a search): its site is the one shown or pointed at.
    if (const int site = host >= 0 ? m_inv->siteOfHost(host) : -1; site >= 0 && hasOverview()) {
        m_tileCursor = site;
        if (m_focus >= 0 && m_focus != site)
            openSite(site);
    }
    update();
}

QSize TopologyView::sizeHint() const { return QSize(900, std::max(300, m_layoutHeight)); }

void TopologyView::scheduleRelayout()
{
    m_dirty = !isOverview(); // the overview's tiles do not move when VMs come and go
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
    m_tiles.clear();
    m_backRect = {};
    if (isOverview())
        return relayoutOverview();
    const double z = m_zoom;
    // The sites laid out: all of them, or the one opened from the overview.
    QVector<int> shown;
    if (hasOverview())
        shown << m_focus;
    else
        for (int s = 0; s < m_inv->siteCount(); ++s)
            shown << s;
    const int n = int(shown.size());
    if (hasOverview()) {
        const QFontMetricsF fm(scaledFont(0.95, true));
        m_backRect = QRectF(kMargin * z, kMargin * z * 0.5, fm.horizontalAdvance(tr("◀  All %n sites (Esc)", nullptr, m_inv->siteCount())) + 28 * z,
                            kOpenedHeader * z - 14 * z);
    }
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

    double rowTop = kMargin * z + (hasOverview() ? kOpenedHeader * z : 0);
    for (int rowStart = 0; rowStart < n; rowStart += cols) {
        double rowH = 0;
        const qsizetype firstInRow = m_sites.size();
        for (int k = rowStart; k < std::min(n, rowStart + cols); ++k) {
            const int s = shown[k];
            const double x = kMargin * z + (k - rowStart) * (colW + gap);
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
        for (qsizetype i = firstInRow; i < m_sites.size(); ++i)
            m_sites[i].rect.setHeight(rowH);
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

void TopologyView::setStorage(const storage::StorageMonitor *storage)
{
    m_storage = storage;
    connect(storage, &storage::StorageMonitor::changed, this, qOverload<>(&QWidget::update));
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
    if (e->button() == Qt::LeftButton && isOverview()) {
        if (const Tile *t = tileAt(pt))
            openSite(t->site);
        return;
    }
    if (e->button() == Qt::LeftButton && m_backRect.contains(pt)) {
        openSite(-1);
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
        if (const Tile *tile = isOverview() ? tileAt(e->pos()) : nullptr) {
            const int site = tile->site;
            QAction *open = menu.addAction(tr("Open %1").arg(m_inv->site(site).name));
            open->setToolTip(tr("Show the site's hosts and VMs (Enter); Esc comes back to all sites"));
            connect(open, &QAction::triggered, this, [=, this] { openSite(site); });
            QAction *ev = menu.addAction(Theme::icon(QStringLiteral("migrate")), tr("Evacuate site %1…").arg(m_inv->site(site).name));
            ev->setToolTip(tr("Plan moving every VM of the site to the other sites, with a capacity check first"));
            ev->setEnabled(m_actionsEnabled);
            connect(ev, &QAction::triggered, this, [=, this] { Q_EMIT evacuateSiteRequested(site); });
        } else if (const Card *card = cardAt(e->pos())) {
            const int host = card->host;
            const bool maint = m_inv->inMaintenance(host);
            QAction *ev = menu.addAction(Theme::icon(QStringLiteral("migrate")), tr("Evacuate host…"));
            ev->setToolTip(tr("Plan moving every VM off %1 (dry run first), then put it in maintenance").arg(m_inv->host(host).name));
            ev->setEnabled(m_actionsEnabled && !m_inv->vms(host).isEmpty());
            connect(ev, &QAction::triggered, this, [=, this] { Q_EMIT evacuateHostRequested(host); });
            QAction *nv = menu.addAction(Theme::icon(QStringLiteral("play")), tr("New VM here…"));
            nv->setToolTip(tr("Make a VM on %1 from a template image of the configuration").arg(m_inv->host(host).name));
            nv->setEnabled(m_actionsEnabled && m_inv->hostStatus(host).state == model::HostState::Up);
            connect(nv, &QAction::triggered, this, [=, this] { Q_EMIT newVmRequested(host); });
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
    QAction *del = menu.addAction(tr("Delete…"));
    del->setToolTip(active ? tr("Shut it down first") : tr("Remove its definition, and the disk Hawan made for it"));
    del->setEnabled(enabled && !active);
    connect(del, &QAction::triggered, this, [=, this] { Q_EMIT vmActionRequested(host, vm.uuid, vm.name, model::VmAction::Undefine); });
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
    if (e->type() == QEvent::FocusIn || e->type() == QEvent::FocusOut)
        update(); // the overview's keyboard cursor shows only with the focus
    if (e->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(e);
        if (const Tile *t = isOverview() ? tileAt(he->pos()) : nullptr) {
            const core::SiteStatus st = core::siteStatus(*m_inv, m_probes, t->site);
            const QString bricks = brickBadgeText(t->site);
            QString tip = QStringLiteral("<b>%1</b>").arg(m_inv->site(t->site).name.toHtmlEscaped());
            if (!m_inv->site(t->site).description.isEmpty())
                tip += QStringLiteral(" · ") + m_inv->site(t->site).description.toHtmlEscaped();
            tip += QStringLiteral("<br>") + core::siteTally(st).toHtmlEscaped();
            if (st.cutOff)
                tip += QStringLiteral("<br><b>") + core::cutOffText(*m_inv, st, t->site).toHtmlEscaped() + QStringLiteral("</b>");
            if (!bricks.isEmpty())
                tip += QStringLiteral("<br>") + tr("Storage: %1").arg(bricks.toHtmlEscaped());
            tip += QStringLiteral("<br><i>") + tr("Click (or Enter) to see its hosts and VMs.") + QStringLiteral("</i>");
            QToolTip::showText(he->globalPos(), tip, this);
            return true;
        }
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
