#pragma once
// The job panel: every migration with its phase, data sent and remaining, rate, dirty rate,
// iteration and elapsed time, a live plot of what remains, Cancel and adjustments (bandwidth,
// max downtime, post-copy) while it runs and its result when done; and the plans (evacuations)
// with their moves, Pause / Resume / Abort, and plans a crash left open.
#include <QHash>
#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace hawan::core { class Fleet; }
namespace hawan::jobs { class Job; class MoveJob; class PlanRunner; }

namespace hawan::widgets {

class JobsView : public QWidget
{
    Q_OBJECT
public:
    JobsView(core::Fleet *fleet, bool actionsEnabled, QWidget *parent = nullptr);
    int jobCount() const { return m_count; }
    // Plans the journal held open at start: a banner each, offering Resume or Abort.
    void showInterruptedPlans();
    static QString describe(const jobs::MoveJob *job); // the status line shown for a job

private:
    void addJob(jobs::MoveJob *job);
    void addPlan(jobs::PlanRunner *runner);
    void removeCard(jobs::Job *job);
    QHash<jobs::Job *, QWidget *> m_cards;

    core::Fleet *m_fleet;
    bool m_actionsEnabled;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    int m_count = 0;
    int m_pinned = 0; // plan cards and interrupted-plan banners stay above the migration cards
};

} // namespace hawan::widgets
