#pragma once
// The console window: topology and placement in the centre, host details and the event log in
// docks, per-site counts in the status bar. Wires views to the Fleet; does no libvirt work itself.
#include "core/operations.h"
#include "jobs/plan.h"
#include "model/types.h"

#include <QHash>
#include <QSet>
#include <QVector>

#include <functional>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QDockWidget;
class QLabel;
class QScrollArea;
class QSplitter;
class QAction;
class QToolButton;

namespace hawan::core { class Fleet; }

namespace hawan::widgets {

class TopologyView;
class PlacementView;
class HostPanel;
class EventLogView;
class JobsView;
class DrillsView;
class TourPlayer;
class AlarmsView;
class WallView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        bool readOnly = false;
        QString notice; // shown in the info bar (e.g. why the demo opened)
    };

    MainWindow(core::Fleet *fleet, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    TopologyView *topology() const { return m_topology; }
    PlacementView *placement() const { return m_placement; }
    HostPanel *hostPanel() const { return m_hostPanel; }
    EventLogView *eventLog() const { return m_eventLog; }
    QString siteStatusText(int site) const;
    JobsView *jobs() const { return m_jobs; }

public Q_SLOTS:
    // Opens the migrate dialog prefilled (drag and drop, context menus); starts the job if confirmed.
    void openMigrateDialog(int fromHost, const QString &uuid, int toHost);
    // The dry run of a host's (or a site's) evacuation; Start runs it.
    void openEvacuation(int host, int site);
    void openRecovery(int host); // a host that is down: fence it, restart its VMs elsewhere
    void openReturn(int host);   // out of maintenance: bring back what its evacuation moved away
    void openMoveSelection(const QVector<QPair<int, QString>> &vms);
    void setMaintenance(int host, bool on);
    // Stops a maintenance or evacuation while the shared storage is out of sync; the operator may
    // override by typing `subject` (logged). True: go ahead.
    // `recovery`: the action restarts VMs (on whichever copy it finds) rather than moving them.
    bool storageGate(const QString &subject, bool recovery = false);
    // The demo tour `name` (TourPlayer::tourNames()), from its first caption once every host has
    // reported; `autoSeconds` > 0 advances by itself.
    void startTour(const QString &name, int autoSeconds);

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void buildActions();
    void buildStatusBar();
    void updateStatusBar();
    void selectHost(int host);
    // False (having said why) when a plan for `subject` runs or was interrupted and is still open.
    bool noOpenPlanFor(const QString &subject);
    // The plan dialog (dry run, editable); on Start the proposal runs (its hosts marked for
    // maintenance first); a failure is shown under `failTitle`.
    void reviewAndRun(core::Proposal proposal, const QString &failTitle);
    // An action that needs a host or site when none is selected asks with a menu of them.
    void choose(const QString &question, const QVector<QPair<QString, int>> &items, std::function<void(int)> then,
                const QString &noneText = {});
    void chooseHost(const QString &question, const std::function<bool(int)> &offer, std::function<void(int)> then,
                    const QString &noneText = {});
    void requestVmAction(int host, const QString &uuid, const QString &name, model::VmAction action);
    void onActionFinished(int host, const QString &vm, model::VmAction action, const jobs::JobResult &result);
    void setDark(bool dark);
    void showShortcuts();
    void restoreSettings();
    void logPanelLine(bool error, const QString &text); // a panel's line in the event log
    void updateAlarmButton();
    void openWall();
    // A bottom dock tabbed with `tabWith` that grows to fit its graphs the first time it is shown.
    QDockWidget *addTallDock(const QString &objectName, const QString &title, QWidget *widget, QDockWidget *tabWith);

    core::Fleet *m_fleet;
    core::Operations m_ops; // the operator's verbs, shared with hawanctl
    Options m_opt;
    TopologyView *m_topology;
    QScrollArea *m_topologyScroll;
    PlacementView *m_placement;
    HostPanel *m_hostPanel;
    EventLogView *m_eventLog;
    JobsView *m_jobs;
    DrillsView *m_drills = nullptr;
    TourPlayer *m_tour = nullptr;
    class StoragePanel *m_storagePanel = nullptr;
    class LatencyPanel *m_latency = nullptr;
    QSplitter *m_splitter;
    QVector<QLabel *> m_siteLabels;
    QLabel *m_summary;
    QToolButton *m_alarmButton = nullptr; // the status bar's alarm count; opens the Alarms panel
    AlarmsView *m_alarms = nullptr;
    QPointer<WallView> m_wall;
    QTimer m_statusTimer;
    QAction *m_darkAction = nullptr;
};

} // namespace hawan::widgets
