#pragma once
// The one CSV format of probe readings: what the latency panel exports, what `hawanctl probes
// --csv` records, and what [probes] replay plays back. One row per series and point.
#include "probes/series.h"

#include <QString>
#include <QStringList>

namespace hawan::probes {

struct SeriesInfo;

QString csvHeader();
QString csvRow(const SeriesInfo &info, const Point &p, double bucketS);
// Splits one row into its fields (the label may be quoted); empty when the row is malformed.
QStringList csvFields(const QString &row);

} // namespace hawan::probes
