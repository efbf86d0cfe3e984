#pragma once
// The Alarms panel: active alarms, worst first (unacknowledged in bold), the shelved ones and the
// recent history, with what to do for the selected one. Acknowledge (with a comment) and shelve
// for a time are shared with every console on the journal and recorded in the audit trail; a read-only
// console shows them and says who may act. A new critical alarm raises a desktop notification
// (and a sound, when the operator turned it on).
#include "alarms/alarmbook.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hawan::core { class Fleet; }

namespace hawan::widgets {

class AlarmsView : public QWidget
{
    Q_OBJECT
public:
    AlarmsView(core::Fleet *fleet, bool canAct, QWidget *parent = nullptr);

    // The selected active (or shelved) alarm's key; empty when none.
    QString selectedKey() const;
    bool select(const QString &key);
    // Acknowledges the selected alarm (asks for a comment unless `comment` is given).
    void acknowledgeSelected(const QString *comment = nullptr);
    void shelveSelected(int minutes, const QString *comment = nullptr);
    void unshelveSelected();

Q_SIGNALS:
    // A new critical alarm (not shelved): the window brings the panel forward.
    void criticalRaised(const hawan::alarms::Alarm &alarm);

protected:
    void showEvent(QShowEvent *e) override;

private:
    void rebuild();
    void rebuildNow(); // not waiting for a coalesced one
    void updateButtons();
    void notify(const alarms::Alarm &alarm);
    QTreeWidgetItem *addRow(QTreeWidgetItem *group, const alarms::Alarm &alarm, bool shelved);

    core::Fleet *m_fleet;
    bool m_canAct;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_detail;
    QPushButton *m_ack;
    QToolButton *m_shelve;
    QPushButton *m_unshelve;
    QCheckBox *m_sound;
    QTimer *m_tick; // "since" times and shelves running out
    QTimer *m_soon = nullptr; // the book changed again soon after a rebuild: rebuild shortly
    QElapsedTimer m_lastRebuild;
    bool m_dirty = false; // changed while hidden
    static constexpr qsizetype kMaxRows = 200; // per group
};

} // namespace hawan::widgets
