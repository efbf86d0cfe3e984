#pragma once
// What the drill's source files share: the translation context and the stages' limits.
#include <QCoreApplication>
#include <QString>

namespace hawan::drills::detail {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::drills::DrillJob)
};

constexpr int kCommandLimitMs = 120000;
constexpr int kDetectLimitMs = 120000;
constexpr int kRecoverLimitMs = 240000;
constexpr int kHealLimitMs = 600000;
constexpr int kBaselineMs = 5000;

inline QString secondsText(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace hawan::drills::detail
