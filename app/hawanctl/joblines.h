#pragma once
// hawanctl's progress lines: one observer of the fleet's job tracker, as the Jobs panel is. Every
// move prints its start and, while it copies, its progress every 2 s; a fence prints its command
// and what the power controller said. Lines of a plan's jobs carry the plan's id. What a plan
// decides (a move skipped, the plan waiting, its end) is printed by the command that runs it.
#include <QElapsedTimer>
#include <QObject>

namespace hawan::jobs {
class Job;
class JobTracker;
} // namespace hawan::jobs

namespace hawanctl {

class JobLines : public QObject
{
    Q_OBJECT
public:
    explicit JobLines(hawan::jobs::JobTracker *tracker, QObject *parent = nullptr);
    // "  12.3 s": the time since the command started, the first field of every line.
    QString stamp() const;

private:
    void watch(hawan::jobs::Job *job);
    QString prefix(const hawan::jobs::Job *job) const;
    QElapsedTimer m_clock;
};

} // namespace hawanctl
