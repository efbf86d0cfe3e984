#pragma once
// A running (or resumed) plan in the job panel: its state, counts, what it waits for, one line per
// move, and Pause / Resume / Abort for the whole plan.
#include <QFrame>

class QLabel;
class QPushButton;

namespace hawan::jobs { class PlanRunner; }

namespace hawan::widgets {

class PlanCard : public QFrame
{
    Q_OBJECT
public:
    PlanCard(jobs::PlanRunner *runner, bool actionsEnabled, QWidget *parent = nullptr);
    QString summary() const; // the state line, for tests
    static QString moveLine(const jobs::PlanRunner *runner, int move);

private:
    void refresh();

    jobs::PlanRunner *m_runner;
    QLabel *m_state, *m_moves;
    QPushButton *m_pause, *m_abort;
    const bool m_actionsEnabled;
};

} // namespace hawan::widgets
