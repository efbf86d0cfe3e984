#pragma once
// Exporting a QCustomPlot as PNG, PDF or CSV: rendered on the GUI thread (QCustomPlot paints
// there), written anywhere (the disk work, off the GUI thread for a slow disk). The latency graphs
// use it; test reports are to use it too.
#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

class QCustomPlot;

namespace hawan::widgets::plotexport {

struct Rendered
{
    QByteArray bytes; // PDF or CSV
    QImage image;     // PNG, encoded by write()
};

// `kind`: "png", "pdf" or "csv" (then `csv` holds the rows).
Rendered render(QCustomPlot *plot, const QString &kind, const QStringList &csv = {});
// Writes atomically (QSaveFile); returns the error, empty when written.
QString write(const QString &file, const Rendered &r);

} // namespace hawan::widgets::plotexport
