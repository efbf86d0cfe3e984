#pragma once
// Translated, human-readable labels for states, sizes and ages.
#include "model/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hawan::widgets {

class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString vmState(model::VmState s);
    static QString hostState(model::HostState s);
    static QString memory(quint64 kib);
    static QString age(const QDateTime &since, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString percent(double pct); // "–" when unknown
};

} // namespace hawan::widgets
