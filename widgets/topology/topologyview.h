#pragma once
// The sites side by side with the WAN link between them (more sites around them in a grid), each
// site's hosts as cards (state, CPU, memory, VM count) and each VM as a chip on its host. Painted
// from a layout recomputed at most every 150 ms from the inventory, so a busy fleet stays cheap.
// Beyond kOverviewAbove sites (a national network) it opens on an overview: one tile per site with
// its health and the links between them with their state; a click, or the arrow keys and Enter,
// opens one site as above, Esc comes back; typing finds a site, host or VM.
#include "model/types.h"

#include <functional>
#include <QFontMetricsF>
#include <QTimer>
#include <QWidget>

namespace hawan::model { class Inventory; }

namespace hawan::storage { class StorageMonitor; }

namespace hawan::probes { class ProbeHub; }
namespace hawan::widgets {

class TopologyView : public QWidget
{
    Q_OBJECT
public:
    static constexpr const char *kVmMimeType = "application/x-hawan-vm"; // "host-index\nuuid"

    explicit TopologyView(model::Inventory *inventory, QWidget *parent = nullptr);
    // Draws each storage volume's bricks at their sites (state and heal backlog).
    void setStorage(const storage::StorageMonitor *storage);
    // What the site header says about its bricks; `severity`: 0 in sync, 1 pending heal, 2 offline,
    // split-brain or unknown.
    QString brickBadgeText(int site, int *severity = nullptr) const;
    // Live round trip and loss on each WAN link's box, coloured against the link's limit.
    void setProbes(const probes::ProbeHub *probes);
    QString linkText(int link) const;       // the box's measurement line
    QColor linkColor(int link) const;       // its colour: ok, near the limit, over it / cut
    QString linkToolTip(int link) const;
    QRectF linkBoxRect(int link) const;     // as last painted (empty before)

    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    void setActionsEnabled(bool enabled) { m_actionsEnabled = enabled; }
    // How many VMs an evacuation moved off a host and could come back (the card's menu offers it).
    void setReturnableCount(std::function<int(int host)> count) { m_returnable = std::move(count); }
    void selectHost(int host);
    int selectedHost() const { return m_selectedHost; }

    static constexpr int kOverviewAbove = 4; // sites
    bool hasOverview() const;
    bool isOverview() const { return hasOverview() && m_focus < 0; }
    int openedSite() const { return m_focus; }
    // Opens one site of the overview (-1: back to the overview).
    void openSite(int site);
    QRectF siteTileRect(int site) const; // in the overview, as last laid out
    // A tile's colour: 0 healthy, 1 degraded (hosts connecting, stale, bricks to heal), 2 fault
    // (a host unreachable, none answering, cut off, a brick offline or in split-brain).
    int siteSeverity(int site) const;
    int tileCursor() const { return m_tileCursor; }
    QString findText() const { return m_find; }
    // The site the find text points at (its name, a host's or a VM's contains it), -1 if none;
    // `host`: the host whose name or VM's name matched (-1 when the site's name did).
    int findSite(const QString &text, int *host = nullptr) const;

    // What is on screen, for tests and accessibility.
    QStringList vmNames() const;
    QRectF vmChipRect(const QString &name) const;
    QRectF hostCardRect(int host) const;
    QString hostStatusText(int host) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void hostSelected(int host);
    void vmSelected(int host, const QString &uuid);
    void vmActionRequested(int host, const QString &uuid, const QString &name, hawan::model::VmAction action);
    // A VM dragged onto another host's card, or "Migrate to" chosen: the window asks how.
    void migrateRequested(int fromHost, const QString &uuid, int toHost);
    // The WAN link's box was clicked: the window shows the latency graphs.
    void linkActivated(int link);
    // The overview opened a site, or came back (-1).
    void siteOpened(int site);
    // Host card and site context menus.
    void evacuateHostRequested(int host);
    void newVmRequested(int host); // make a VM there from a template
    void recoverHostRequested(int host); // the host is down: fence it, restart its VMs elsewhere
    void evacuateSiteRequested(int site);
    void maintenanceRequested(int host, bool on);
    void returnRequested(int host); // bring back the VMs an evacuation moved off it

protected:
    void paintEvent(QPaintEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void contextMenuEvent(QContextMenuEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dragMoveEvent(QDragMoveEvent *e) override;
    void dragLeaveEvent(QDragLeaveEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    bool event(QEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    struct Chip { QRectF rect; int host; int vm; QString label; };
    struct Card { QRectF rect; int host; };
    struct SiteBox { QRectF rect; int site; };
    struct Tile { QRectF rect; int site; };

    void scheduleRelayout();
    void scheduleRepaint();
    double textWidth(const QFontMetricsF &fm, const QString &text);
    void relayout();
    void relayoutOverview();
    void paintOverview(QPainter &p) const;
    void paintTile(QPainter &p, const Tile &t) const;
    void paintOpenedHeader(QPainter &p) const; // back to the overview, the opened site's links
    const Tile *tileAt(const QPointF &p) const;
    bool overviewKey(QKeyEvent *e);
    const Chip *chipAt(const QPointF &p) const;
    const Card *cardAt(const QPointF &p) const;
    void paintSite(QPainter &p, const SiteBox &s) const;
    void paintCard(QPainter &p, const Card &c) const;
    void paintChip(QPainter &p, const Chip &c) const;
    void paintLinks(QPainter &p, bool labels) const;
    QFont scaledFont(double factor, bool bold = false) const;

    model::Inventory *m_inv;
    const storage::StorageMonitor *m_storage = nullptr;
    const probes::ProbeHub *m_probes = nullptr;
    mutable QVector<QPair<int, QRectF>> m_linkBoxes; // link -> its box, as last painted
    double m_zoom = 1.0;
    bool m_actionsEnabled = true;
    std::function<int(int)> m_returnable;
    int m_selectedHost = -1;
    QString m_selectedVm;
    QVector<SiteBox> m_sites;
    QVector<Card> m_cards;
    QVector<Chip> m_chips;
    QVector<Tile> m_tiles;
    int m_tileCols = 1;
    int m_focus = -1;      // the site opened from the overview
    int m_tileCursor = 0;  // the overview's keyboard position
    QString m_find;        // typed in the overview (set with setFind)
    int m_foundSite = -1, m_foundHost = -1; // where it points (findSite), kept with it
    void setFind(const QString &text);
    QRectF m_backRect;     // "All sites" when a site is opened
    QTimer m_findTimer;    // the typed text is forgotten after a pause
    int m_layoutHeight = 0;
    QPointF m_pressPos;
    int m_pressHost = -1;
    QString m_pressUuid;
    int m_dropHost = -1; // card highlighted under a drag
    bool m_dirty = true;
    double m_advance[128];
    QTimer m_relayoutTimer;
    QTimer m_ageTimer;
};

} // namespace hawan::widgets
