#pragma once
// Light and dark palettes and the state colours and glyph shapes shared by every view. A VM's
// state is told by colour *and* shape so it reads on a projector and for colour-blind operators.
#include "model/types.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QString>

namespace hawan::widgets {

enum class ThemeKind { Light, Dark };

class Theme
{
public:
    static void apply(ThemeKind kind); // sets the application style and palette
    static ThemeKind current();
    static bool isDark() { return current() == ThemeKind::Dark; }

    static QColor vmStateColor(model::VmState s);
    static QColor hostStateColor(model::HostState s);
    static QColor accent();
    static QColor cardBackground();
    static QColor siteBackground();
    static QColor mutedText();

    // Draws the state's glyph (filled circle, pause bars, hollow square, cross, ...) in `r`.
    static void drawVmGlyph(QPainter &p, const QRectF &r, model::VmState s);
    static QIcon vmStateIcon(model::VmState s);
    static QIcon icon(const QString &name); // from :/icons/NAME.svg
};

} // namespace hawan::widgets
