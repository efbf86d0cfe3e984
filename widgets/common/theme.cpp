#include "common/theme.h"

#include <QApplication>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>

namespace hawan::widgets {

using model::HostState;
using model::VmState;

namespace {
ThemeKind g_kind = ThemeKind::Light;
}

void Theme::apply(ThemeKind kind)
{
    g_kind = kind;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (kind == ThemeKind::Dark) {
        const QColor window(0x1e, 0x23, 0x2b), base(0x16, 0x1a, 0x20), text(0xe6, 0xea, 0xf0);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x22, 0x28, 0x31));
        p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x31, 0x3c));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa6));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x2a, 0x31, 0x3c));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7f, 0xd9));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x6a, 0xa5, 0xff));
        p.setColor(QPalette::Mid, QColor(0x3a, 0x42, 0x4f));
        p.setColor(QPalette::Dark, QColor(0x12, 0x15, 0x1a));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x74, 0x82));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x74, 0x82));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x74, 0x82));
    } else {
        const QColor window(0xf3, 0xf5, 0xf8), text(0x1c, 0x23, 0x2e);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfb));
        p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf4));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa6));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0xe9, 0xed, 0xf2));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7f, 0xd9));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xbf));
        p.setColor(QPalette::Mid, QColor(0xc8, 0xcf, 0xd9));
        // Setting a role sets it for every state: greyed-out menu items and buttons must look it.
        for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x9a, 0xa3, 0xb0));
    }
    QApplication::setPalette(p);
}

ThemeKind Theme::current() { return g_kind; }

QColor Theme::vmStateColor(VmState s)
{
    const bool d = isDark();
    switch (s) {
    case VmState::Running: return d ? QColor(0x3c, 0xc9, 0x8a) : QColor(0x1f, 0x9d, 0x62);
    case VmState::Blocked: return d ? QColor(0x3c, 0xc9, 0x8a) : QColor(0x1f, 0x9d, 0x62);
    case VmState::Paused: return d ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xc7, 0x8a, 0x0c);
    case VmState::ShuttingDown: return d ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xc7, 0x8a, 0x0c);
    case VmState::ShutOff: return d ? QColor(0x8a, 0x94, 0xa6) : QColor(0x6b, 0x74, 0x82);
    case VmState::Crashed: return d ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x34, 0x34);
    case VmState::Suspended: return d ? QColor(0x8f, 0xa8, 0xff) : QColor(0x4a, 0x5f, 0xc1);
    case VmState::NoState: break;
    }
    return QColor(0x8a, 0x94, 0xa6);
}

QColor Theme::hostStateColor(HostState s)
{
    switch (s) {
    case HostState::Up: return vmStateColor(VmState::Running);
    case HostState::Unreachable: return vmStateColor(VmState::Crashed);
    case HostState::Connecting: break;
    }
    return vmStateColor(VmState::ShutOff);
}

QColor Theme::accent() { return QColor(0x3d, 0x7f, 0xd9); }
QColor Theme::cardBackground() { return isDark() ? QColor(0x26, 0x2d, 0x37) : QColor(Qt::white); }
QColor Theme::siteBackground() { return isDark() ? QColor(0x1a, 0x1f, 0x26) : QColor(0xe8, 0xec, 0xf2); }
QColor Theme::mutedText() { return isDark() ? QColor(0x9a, 0xa4, 0xb4) : QColor(0x5d, 0x67, 0x78); }

void Theme::drawVmGlyph(QPainter &p, const QRectF &r, VmState s)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = vmStateColor(s);
    const QRectF g = r.adjusted(r.width() * 0.12, r.height() * 0.12, -r.width() * 0.12, -r.height() * 0.12);
    const qreal pen = std::max<qreal>(1.2, r.width() / 7.0);
    switch (s) {
    case VmState::Running:
    case VmState::Blocked:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(g);
        break;
    case VmState::Paused:
    case VmState::ShuttingDown: {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        const qreal w = g.width() * 0.32;
        p.drawRect(QRectF(g.left(), g.top(), w, g.height()));
        p.drawRect(QRectF(g.right() - w, g.top(), w, g.height()));
        break;
    }
    case VmState::ShutOff:
        p.setPen(QPen(c, pen));
        p.setBrush(Qt::NoBrush);
        p.drawRect(g.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        break;
    case VmState::Crashed:
        p.setPen(QPen(c, pen * 1.3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(g.topLeft(), g.bottomRight());
        p.drawLine(g.topRight(), g.bottomLeft());
        break;
    case VmState::Suspended: {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        QPainterPath path;
        path.moveTo(g.center().x(), g.top());
        path.lineTo(g.right(), g.center().y());
        path.lineTo(g.center().x(), g.bottom());
        path.lineTo(g.left(), g.center().y());
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case VmState::NoState:
        p.setPen(QPen(c, pen));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(g);
        break;
    }
    p.restore();
}

QIcon Theme::vmStateIcon(VmState s)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        drawVmGlyph(p, QRectF(0, 0, size, size), s);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QIcon Theme::icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace hawan::widgets
