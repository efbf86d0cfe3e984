#pragma once
// The shared storage, one section per GlusterFS volume: type (replica, arbiter), what is wrong and
// what to do, each brick with its site, state, port, PID and heal backlog, the self-heal daemon,
// the options that decide WAN behaviour, the backlog over the last hour, and the actions: heal now,
// list split-brain files, bring bricks back (start force), each confirmed and its output shown.
#include "storage/storagemonitor.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace hawan::jobs { class Job; }

namespace hawan::widgets {

class HealPlot;

class StoragePanel : public QWidget
{
    Q_OBJECT
public:
    // Starts an operator's action on a volume as a job (the fleet's storageAction).
    using ActionRunner = std::function<jobs::Job *(int volume, storage::StorageMonitor::Action action)>;
    StoragePanel(storage::StorageMonitor *monitor, bool actionsEnabled, QWidget *parent = nullptr);
    void setActionRunner(ActionRunner runner) { m_run = std::move(runner); }
    QString summary(int volume) const;        // the header line, for tests
    QTableWidget *bricks(int volume) const;

private:
    struct Section
    {
        QLabel *header = nullptr, *findings = nullptr;
        QTableWidget *bricks = nullptr;
        HealPlot *plot = nullptr;
        QPushButton *heal = nullptr, *splitBrain = nullptr, *startForce = nullptr;
    };
    void refresh(int volume);
    void act(int volume, int action);

    storage::StorageMonitor *m_monitor;
    ActionRunner m_run;
    bool m_actionsEnabled;
    QVector<Section> m_sections;
};

} // namespace hawan::widgets
