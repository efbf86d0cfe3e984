#include "storage/storagepanel.h"

#include "common/format.h"
#include "common/theme.h"
#include "jobs/commandjob.h"
#include "storage/storagemonitor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hawan::widgets {

using storage::Finding;
using storage::StorageMonitor;

// The heal backlog over the kept history: entries pending heal, split-brain in red.
class HealPlot : public QWidget
{
public:
    HealPlot(const StorageMonitor *m, int volume, QWidget *parent) : QWidget(parent), m_monitor(m), m_volume(volume)
    {
        setMinimumHeight(56);
        setToolTip(tr("Entries pending heal over the last hour (split-brain in red); a rising line means the copies drift apart"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF area = QRectF(rect()).adjusted(1, 14, -1, -1);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(area);
        const auto &h = m_monitor->history(m_volume);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        p.setFont(f);
        p.setPen(Theme::mutedText());
        if (h.size() < 2) {
            p.drawText(area, Qt::AlignCenter, tr("collecting the heal backlog…"));
            return;
        }
        qint64 maxV = 1;
        for (const auto &s : h)
            maxV = std::max({maxV, s.pending, s.splitBrain});
        const qint64 t0 = h.front().at.toMSecsSinceEpoch(), t1 = std::max(h.back().at.toMSecsSinceEpoch(), t0 + 1);
        auto path = [&](bool split) {
            QPainterPath line;
            bool first = true;
            for (const auto &s : h) {
                const qint64 v = split ? s.splitBrain : s.pending;
                const QPointF pt(area.left() + area.width() * double(s.at.toMSecsSinceEpoch() - t0) / double(t1 - t0),
                                 area.bottom() - area.height() * double(v) / double(maxV));
                first ? line.moveTo(pt) : line.lineTo(pt);
                first = false;
            }
            return line;
        };
        p.setPen(QPen(QColor(0xc7, 0x8a, 0x0c), 1.6));
        p.drawPath(path(false));
        p.setPen(QPen(QColor(0xd0, 0x34, 0x34), 1.6));
        p.drawPath(path(true));
        p.setPen(Theme::mutedText());
        p.drawText(QRectF(0, 0, width(), 13), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("pending heal: %1 now, %2 at most in the last %3")
                       .arg(h.back().partial ? tr("at least %1 (a brick cannot answer)").arg(h.back().pending) : QString::number(h.back().pending))
                       .arg(maxV)
                       .arg(Format::age(h.front().at).remove(tr(" ago"))));
    }

private:
    const StorageMonitor *m_monitor;
    int m_volume;
};

StoragePanel::StoragePanel(StorageMonitor *monitor, bool actionsEnabled, QWidget *parent)
    : QWidget(parent), m_monitor(monitor), m_actionsEnabled(actionsEnabled)
{
    setObjectName(QStringLiteral("storagePanel"));
    auto *inner = new QWidget;
    auto *list = new QVBoxLayout(inner);
    if (monitor->count() == 0) {
        auto *empty = new QLabel(tr("No shared storage to watch. Add a [[storage]] table with kind = \"glusterfs\" and the "
                                    "command that runs its CLI (see docs/configuration.md)."), inner);
        empty->setWordWrap(true);
        list->addWidget(empty);
    }
    for (int i = 0; i < monitor->count(); ++i) {
        Section s;
        s.header = new QLabel(inner);
        s.header->setObjectName(QStringLiteral("storageHeader"));
        s.header->setWordWrap(true);
        s.findings = new QLabel(inner);
        s.findings->setObjectName(QStringLiteral("storageFindings"));
        s.findings->setWordWrap(true);
        s.findings->setTextFormat(Qt::RichText);
        s.bricks = new QTableWidget(0, 8, inner);
        s.bricks->setObjectName(QStringLiteral("storageBricks"));
        s.bricks->setHorizontalHeaderLabels({tr("Brick"), tr("Site"), tr("State"), tr("Port"), tr("PID"), tr("Pending heal"),
                                             tr("Split-brain"), tr("Possibly healing")});
        s.bricks->verticalHeader()->hide();
        s.bricks->setEditTriggers(QAbstractItemView::NoEditTriggers);
        s.bricks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        s.bricks->setMinimumHeight(110);
        s.plot = new HealPlot(monitor, i, inner);
        s.heal = new QPushButton(tr("Heal now"), inner);
        s.heal->setObjectName(QStringLiteral("storageHeal"));
        s.heal->setToolTip(tr("Ask the self-heal daemon to heal pending entries now instead of at its next scan "
                              "(cluster.heal-timeout, 600 s by default)"));
        s.splitBrain = new QPushButton(tr("Split-brain files…"), inner);
        s.splitBrain->setToolTip(tr("List the files whose copies disagree"));
        s.startForce = new QPushButton(tr("Bring bricks back…"), inner);
        s.startForce->setToolTip(tr("gluster volume start VOLUME force: restarts brick processes that died; running ones are untouched"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(s.heal);
        buttons->addWidget(s.splitBrain);
        buttons->addWidget(s.startForce);
        buttons->addStretch(1);
        for (auto *b : {s.heal, s.splitBrain, s.startForce})
            b->setVisible(actionsEnabled);
        list->addWidget(s.header);
        list->addWidget(s.findings);
        list->addWidget(s.bricks);
        list->addWidget(s.plot);
        list->addLayout(buttons);
        connect(s.heal, &QPushButton::clicked, this, [this, i] { act(i, int(StorageMonitor::Action::Heal)); });
        connect(s.splitBrain, &QPushButton::clicked, this, [this, i] { act(i, int(StorageMonitor::Action::SplitBrainFiles)); });
        connect(s.startForce, &QPushButton::clicked, this, [this, i] { act(i, int(StorageMonitor::Action::StartForce)); });
        m_sections.push_back(s);
    }
    list->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(scroll);
    connect(monitor, &StorageMonitor::changed, this, &StoragePanel::refresh);
    for (int i = 0; i < monitor->count(); ++i)
        refresh(i);
}

QTableWidget *StoragePanel::bricks(int volume) const { return m_sections[volume].bricks; }

QString StoragePanel::summary(int volume) const
{
    const auto &snap = m_monitor->snapshot(volume);
    const auto &cfg = m_monitor->storage(volume);
    if (!snap.hasData())
        return snap.error.isEmpty() ? tr("%1: waiting for the first answer…").arg(cfg.volume)
                                    : tr("%1: state unknown").arg(cfg.volume);
    const auto &info = snap.info;
    QString s = tr("%1 · %2, replica %3%4 · %5").arg(info.name, info.typeStr).arg(info.replicaCount)
                    .arg(info.arbiterCount ? tr(" with arbiter") : tr(", no arbiter"))
                    .arg(snap.error.isEmpty() ? tr("updated %1").arg(Format::age(snap.at)) : tr("STATE UNKNOWN since the last answer"));
    return s;
}

void StoragePanel::refresh(int i)
{
    Section &s = m_sections[i];
    const auto &snap = m_monitor->snapshot(i);
    s.header->setText(QStringLiteral("<b>%1</b>").arg(summary(i).toHtmlEscaped()));
    QString html;
    for (const Finding &f : m_monitor->findings(i)) {
        const char *colour = f.level == Finding::Level::Critical ? "#d03434" : f.level == Finding::Level::Warning ? "#c78a0c" : "#1f9d62";
        const QString mark = f.level == Finding::Level::Critical ? QStringLiteral("✕") : f.level == Finding::Level::Warning ? QStringLiteral("!") : QStringLiteral("✓");
        html += QStringLiteral("<div style='color:%1'>%2 %3</div>").arg(QLatin1String(colour), mark, f.text.toHtmlEscaped());
        if (!f.advice.isEmpty())
            html += QStringLiteral("<div style='color:gray; margin-left:14px'>%1</div>").arg(f.advice.toHtmlEscaped());
    }
    s.findings->setText(html);
    const int rows = int(snap.status.bricks.size() + snap.status.selfHealDaemons.size());
    s.bricks->setRowCount(rows);
    int r = 0;
    auto set = [&](int col, const QString &text, const QColor &c = QColor()) {
        auto *item = new QTableWidgetItem(text);
        if (c.isValid())
            item->setForeground(c);
        s.bricks->setItem(r, col, item);
    };
    for (const auto &b : snap.status.bricks) {
        storage::BrickHeal h;
        for (const auto &x : snap.heal)
            if (x.name == b.host + QLatin1Char(':') + b.path)
                h = x;
        set(0, b.host + QLatin1Char(':') + b.path);
        s.bricks->item(r, 0)->setToolTip(b.host + QLatin1Char(':') + b.path);
        set(1, m_monitor->siteOfBrick(i, b.host));
        set(2, b.online ? tr("online") : tr("offline"), b.online ? QColor(0x1f, 0x9d, 0x62) : QColor(0xd0, 0x34, 0x34));
        set(3, b.port > 0 ? QString::number(b.port) : QStringLiteral("–"));
        set(4, b.pid > 0 ? QString::number(b.pid) : QStringLiteral("–"));
        auto num = [](qint64 v) { return v < 0 ? QStringLiteral("?") : QString::number(v); };
        set(5, num(h.pending), h.pending > 0 ? QColor(0xc7, 0x8a, 0x0c) : QColor());
        set(6, num(h.splitBrain), h.splitBrain > 0 ? QColor(0xd0, 0x34, 0x34) : QColor());
        set(7, num(h.possiblyHealing));
        ++r;
    }
    for (const auto &d : snap.status.selfHealDaemons) {
        set(0, tr("self-heal daemon on %1").arg(d.path));
        set(1, m_monitor->siteOfBrick(i, d.path));
        set(2, d.online ? tr("running") : tr("not running"), d.online ? QColor(0x1f, 0x9d, 0x62) : QColor(0xd0, 0x34, 0x34));
        set(3, QStringLiteral("–"));
        set(4, d.pid > 0 ? QString::number(d.pid) : QStringLiteral("–"));
        for (int c = 5; c < 8; ++c)
            set(c, {});
        ++r;
    }
    s.bricks->resizeColumnsToContents();
    s.bricks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    s.plot->update();
    const bool known = snap.hasData();
    s.heal->setEnabled(known);
    s.splitBrain->setEnabled(known);
    s.startForce->setEnabled(known);
}

void StoragePanel::act(int i, int action)
{
    const auto a = StorageMonitor::Action(action);
    const QString vol = m_monitor->storage(i).volume;
    if (a == StorageMonitor::Action::StartForce) {
        const auto answer = QMessageBox::question(this, tr("Bring bricks back?"),
                                                  tr("Runs 'gluster volume start %1 force': brick processes of %1 that are not running are "
                                                     "started again; running ones are not touched. Do it once the brick's host and disk are "
                                                     "healthy; the brick then heals from its peer.").arg(vol),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    Section &s = m_sections[i];
    for (auto *b : {s.heal, s.splitBrain, s.startForce})
        b->setEnabled(false);
    jobs::Job *job = m_run ? m_run(i, a) : nullptr;
    if (!job)
        return;
    connect(job, &jobs::Job::ended, this, [this, i, a, vol](jobs::Job *j) {
        const bool ok = j->jobResult().succeeded();
        const QString output = ok ? j->jobResult().message : static_cast<jobs::CommandJob *>(j)->output();
        Section &sec = m_sections[i];
        for (auto *b : {sec.heal, sec.splitBrain, sec.startForce})
            b->setEnabled(true);
        const QString title = StorageMonitor::actionTitle(a, vol);
        QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning, title,
                        ok ? tr("Done. The gluster CLI said:") : tr("It failed. The gluster CLI said:"), QMessageBox::Ok, this);
        box.setInformativeText(output.left(600));
        if (output.size() > 600)
            box.setDetailedText(output);
        box.exec();
    });
}

} // namespace hawan::widgets
