#include "probes/csv.h"

#include "probes/probehub.h"

#include <QDateTime>

namespace hawan::probes {

namespace {
QString field(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}
QString number(float v) { return std::isnan(v) ? QString() : QString::number(double(v), 'g', 6); }
} // namespace

QString csvHeader() { return QStringLiteral("time_utc,series,label,unit,bucket_s,low,median,high,loss"); }

QString csvRow(const SeriesInfo &info, const Point &p, double bucketS)
{
    return QStringList{QDateTime::fromMSecsSinceEpoch(p.tMs, Qt::UTC).toString(Qt::ISODateWithMs), field(info.id),
                       field(info.label), info.unit, QString::number(bucketS), number(p.lo), number(p.mid),
                       number(p.hi), number(p.loss)}.join(QLatin1Char(','));
}

QStringList csvFields(const QString &row)
{
    QStringList f;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < row.size(); ++i) {
        const QChar c = row[i];
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < row.size() && row[i + 1] == QLatin1Char('"')) {
                cur += c; // an escaped quote
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            f << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    f << cur;
    if (quoted || f.size() != 9)
        return {};
    return f;
}

} // namespace hawan::probes
