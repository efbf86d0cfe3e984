#pragma once
// hawanctl's two streams, shared by its commands.
#include <QRegularExpression>
#include <QTextStream>

#include <optional>

namespace hawanctl {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// A duration as people write it: 30m, 12h, 7d (minutes, hours, days); seconds, or nothing.
inline std::optional<qint64> durationSeconds(const QString &text)
{
    static const QRegularExpression rel(QStringLiteral("^(\\d+)([mhd])$"));
    const auto m = rel.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 unit = m.captured(2) == QLatin1String("m") ? 60 : m.captured(2) == QLatin1String("h") ? 3600 : 86400;
    return m.captured(1).toLongLong() * unit;
}

enum Exit { Ok = 0, Failed = 1, Usage = 1, BadConfig = 2 };

} // namespace hawanctl
