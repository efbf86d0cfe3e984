#include "plots/plotexport.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace hawan::widgets::plotexport {

Rendered render(QCustomPlot *plot, const QString &kind, const QStringList &csv)
{
    Rendered r;
    if (kind == QLatin1String("png")) {
        r.image = plot->toPixmap(plot->width(), plot->height(), 2.0).toImage();
    } else if (kind == QLatin1String("pdf")) {
        QBuffer buffer(&r.bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Hawan"));
        writer.setResolution(96);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(QPageSize(QSizeF(plot->width() * 72.0 / 96.0, plot->height() * 72.0 / 96.0), QPageSize::Point));
        QCPPainter painter(&writer);
        plot->toPainter(&painter, plot->width(), plot->height());
        painter.end();
    } else {
        r.bytes = csv.join(QLatin1Char('\n')).toUtf8() + '\n';
    }
    return r;
}

QString write(const QString &file, const Rendered &r)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    if (!r.image.isNull()) {
        if (!r.image.save(&f, "PNG"))
            return QCoreApplication::translate("hawan::widgets::LatencyPanel", "could not encode the image");
    } else if (f.write(r.bytes) != r.bytes.size()) {
        return f.errorString();
    }
    if (!f.commit())
        return f.errorString();
    return {};
}

} // namespace hawan::widgets::plotexport
