#pragma once
// What happened, when: migrations, evacuations, hosts going down and coming back, the WAN link
// cut and restored, heal backlog rising on the shared storage, fences. Graphs draw these as
// markers so a latency spike is seen beside what caused or suffered it. Bounded (oldest dropped).
#include <QDateTime>
#include <QObject>
#include <QString>

#include <deque>

namespace hawan::probes {

struct TimelineEvent
{
    enum class Kind { MigrationStart, MigrationEnd, EvacuationStart, EvacuationEnd, HostDown, HostUp,
                      LinkCut, LinkRestored, HealBacklog, HealDrained, Fence };
    qint64 tMs = 0;       // ms since the epoch, UTC
    Kind kind = Kind::MigrationStart;
    QString title;        // one line, e.g. "Migration web1: roma1-hv1 → napoli-hv1"
    QString detail;       // what an operator reads on clicking the marker
    bool bad = false;     // a failure or an outage (drawn red)
};

class Timeline : public QObject
{
    Q_OBJECT
public:
    explicit Timeline(int capacity = 20000, QObject *parent = nullptr);
    void add(TimelineEvent event);
    const std::deque<TimelineEvent> &events() const { return m_events; }
    // Events with from <= t <= to, oldest first (indexes into events()).
    std::pair<int, int> range(qint64 fromMs, qint64 toMs) const;
    static QString kindName(TimelineEvent::Kind kind);

Q_SIGNALS:
    void added(const hawan::probes::TimelineEvent &event);

private:
    std::deque<TimelineEvent> m_events;
    int m_capacity;
};

} // namespace hawan::probes
