#include "jobs/remainingplot.h"

#include "common/format.h"
#include "common/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace hawan::widgets {

RemainingPlot::RemainingPlot(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("remainingPlot"));
    setToolTip(tr("Memory still to copy, per progress sample; ticks mark the start of each iteration"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RemainingPlot::addSample(const jobs::MigrationProgress &p)
{
    if (p.dataTotal == 0)
        return;
    m_samples.push_back({p.elapsedMs, p.dataRemaining, p.iteration});
    update();
}

void RemainingPlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 12, -1, -1);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    p.setPen(Theme::mutedText());
    if (m_samples.size() < 2) {
        p.drawText(area, Qt::AlignCenter, tr("waiting for the first pass…"));
        return;
    }
    quint64 maxRem = 1;
    for (const auto &s : m_samples)
        maxRem = std::max(maxRem, s.remaining);
    const qint64 t0 = m_samples.first().ms, t1 = std::max(m_samples.last().ms, t0 + 1);
    auto pt = [&](const Sample &s) {
        return QPointF(area.left() + area.width() * double(s.ms - t0) / double(t1 - t0),
                       area.bottom() - area.height() * double(s.remaining) / double(maxRem));
    };
    // Iteration ticks along the top edge.
    p.setPen(QPen(Theme::mutedText(), 1, Qt::DotLine));
    for (int i = 1; i < m_samples.size(); ++i)
        if (m_samples[i].iteration != m_samples[i - 1].iteration) {
            const double x = pt(m_samples[i]).x();
            p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        }
    QPainterPath line;
    line.moveTo(pt(m_samples.first()));
    for (int i = 1; i < m_samples.size(); ++i)
        line.lineTo(pt(m_samples[i]));
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    QColor c = Theme::accent();
    c.setAlpha(50);
    p.fillPath(fill, c);
    p.setPen(QPen(Theme::accent(), 1.6));
    p.drawPath(line);
    p.setPen(Theme::mutedText());
    p.drawText(QRectF(0, 0, width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
               tr("remaining: %1 · iteration %2").arg(Format::memory(m_samples.last().remaining / 1024)).arg(m_samples.last().iteration));
}

} // namespace hawan::widgets
