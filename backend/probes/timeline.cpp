#include "probes/timeline.h"

#include <algorithm>

namespace hawan::probes {

Timeline::Timeline(int capacity, QObject *parent) : QObject(parent), m_capacity(std::max(1, capacity)) {}

void Timeline::add(TimelineEvent event)
{
    if (event.tMs == 0)
        event.tMs = QDateTime::currentMSecsSinceEpoch();
    // Kept in time order: an event reported late (a job's end read after a newer event) is inserted.
    auto pos = std::upper_bound(m_events.begin(), m_events.end(), event.tMs,
                                [](qint64 t, const TimelineEvent &e) { return t < e.tMs; });
    m_events.insert(pos, event);
    while (int(m_events.size()) > m_capacity)
        m_events.pop_front();
    Q_EMIT added(event);
}

std::pair<int, int> Timeline::range(qint64 fromMs, qint64 toMs) const
{
    auto lo = std::lower_bound(m_events.begin(), m_events.end(), fromMs,
                               [](const TimelineEvent &e, qint64 t) { return e.tMs < t; });
    auto hi = std::upper_bound(m_events.begin(), m_events.end(), toMs,
                               [](qint64 t, const TimelineEvent &e) { return t < e.tMs; });
    return {int(lo - m_events.begin()), int(hi - m_events.begin())};
}

QString Timeline::kindName(TimelineEvent::Kind kind)
{
    using K = TimelineEvent::Kind;
    switch (kind) {
    case K::MigrationStart: return tr("Migration started");
    case K::MigrationEnd: return tr("Migration ended");
    case K::EvacuationStart: return tr("Evacuation started");
    case K::EvacuationEnd: return tr("Evacuation ended");
    case K::HostDown: return tr("Host down");
    case K::HostUp: return tr("Host up");
    case K::LinkCut: return tr("Link cut");
    case K::LinkRestored: return tr("Link restored");
    case K::HealBacklog: return tr("Heal backlog rising");
    case K::HealDrained: return tr("Heal backlog drained");
    case K::Fence: return tr("Host fenced");
    }
    return {};
}

} // namespace hawan::probes
