#pragma once
// The status bar's word on automatic recovery: whether an HA watcher acts for this configuration,
// where, and what it did last (its tooltip), read from the watcher's lease every few seconds off
// the GUI thread. "No watcher" is said plainly: a dead host's VMs then wait for an operator.
#include <QLabel>
#include <QTimer>

namespace hawan::core { class Fleet; }

namespace hawan::widgets {

class HaStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit HaStatusLabel(core::Fleet *fleet, QWidget *parent = nullptr);
    static constexpr int kPollMs = 5000;

private:
    void poll();
    core::Fleet *m_fleet;
    QTimer m_timer;
    bool m_asking = false;
};

} // namespace hawan::widgets
