#pragma once
// How an alarm's severity looks, wherever one is shown (the Alarms panel, the status bar, the wall).
#include "alarms/alarmbook.h"

#include <QColor>

namespace hawan::widgets {

inline QColor severityColor(alarms::Severity s)
{
    switch (s) {
    case alarms::Severity::Critical: return QColor(0xd0, 0x34, 0x34);
    case alarms::Severity::Major: return QColor(0xe0, 0x7b, 0x00);
    case alarms::Severity::Warning: return QColor(0xb8, 0x95, 0x00);
    }
    return {};
}

} // namespace hawan::widgets
