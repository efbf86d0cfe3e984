#include "mainwindow.h"

#include "alarms/alarmstyle.h"
#include "alarms/alarmsview.h"
#include "audit/auditview.h"
#include "wall/wallview.h"
#include "core/sitestatus.h"

#include "common/format.h"
#include "common/theme.h"
#include "core/fleet.h"
#include "eventlog/eventlogview.h"
#include "hostpanel/hostpanel.h"
#include "jobs/jobsview.h"
#include "jobs/evacuationdialog.h"
#include "jobs/migratedialog.h"
#include "storage/storagepanel.h"
#include "model/inventory.h"
#include "placement/placementview.h"
#include "topology/topologyview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include "drills/drillsview.h"
#include "ha/hastatuslabel.h"
#include "tour/tour.h"
#include "experiments/experimentsview.h"
#include "experiments/experiment.h"
#include "vms/vmcommands.h"
#include "plots/latencypanel.h"
#include <QLabel>
#include <QLineEdit>
#include <QCursor>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hawan::widgets {

using namespace hawan::model;

MainWindow::MainWindow(core::Fleet *fleet, Options options, QWidget *parent)
    : QMainWindow(parent), m_fleet(fleet), m_ops(fleet), m_opt(std::move(options))
{
    Inventory *inv = fleet->inventory();
    // What the backend enforces, the window shows: a viewer's actions are hidden, not only refused.
    m_opt.readOnly = m_opt.readOnly || !fleet->access().canChange();
    setObjectName(QStringLiteral("hawanMainWindow"));
    setWindowIcon(Theme::icon(QStringLiteral("hawan")));
    QString title = inv->config().title.isEmpty() ? tr("Hawan") : tr("Hawan — %1").arg(inv->config().title);
    if (m_opt.readOnly)
        title += tr(" (read-only)");
    setWindowTitle(title);

    m_topology = new TopologyView(inv);
    m_topology->setActionsEnabled(!m_opt.readOnly);
    m_topologyScroll = new QScrollArea;
    m_topologyScroll->setWidget(m_topology);
    m_topologyScroll->setWidgetResizable(true);
    m_topologyScroll->setFrameShape(QFrame::NoFrame);

    m_placement = new PlacementView(inv);
    m_placement->setActionsEnabled(!m_opt.readOnly);

    auto *central = new QWidget;
    auto *lay = new QVBoxLayout(central);
    lay->setContentsMargins(8, 8, 8, 4);
    lay->setSpacing(6);
    if (m_opt.demo || !m_opt.notice.isEmpty()) {
        auto *bar = new QLabel;
        bar->setObjectName(QStringLiteral("infoBar"));
        bar->setWordWrap(true);
        bar->setTextFormat(Qt::RichText);
        bar->setText(m_opt.notice.isEmpty()
                         ? tr("<b>Demo</b>: simulated hosts (libvirt test driver). Migration, evacuation and fault drills "
                              "need real libvirt daemons: as root, <tt>lab/hawan-lab up</tt> starts a local two-site lab "
                              "(open it with <tt>--config /srv/hawan-lab/hawan.toml</tt>), or name your own hosts with "
                              "<tt>--config FILE</tt> (see docs/configuration.md).")
                         : m_opt.notice);
        bar->setStyleSheet(QStringLiteral("QLabel#infoBar { background: rgba(61,127,217,40); border: 1px solid rgba(61,127,217,120);"
                                          " border-radius: 6px; padding: 6px 10px; }"));
        lay->addWidget(bar);
    }
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_splitter->addWidget(m_topologyScroll);
    m_splitter->addWidget(m_placement);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    lay->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_hostPanel = new HostPanel(inv);
    auto *hostDock = new QDockWidget(tr("Host"), this);
    hostDock->setObjectName(QStringLiteral("hostDock"));
    hostDock->setWidget(m_hostPanel);
    addDockWidget(Qt::RightDockWidgetArea, hostDock);

    m_eventLog = new EventLogView(inv);
    auto *logDock = new QDockWidget(tr("Event log"), this);
    logDock->setObjectName(QStringLiteral("eventLogDock"));
    logDock->setWidget(m_eventLog);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    m_jobs = new JobsView(fleet, !m_opt.readOnly);
    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    tabifyDockWidget(logDock, jobsDock);
    logDock->raise();
    connect(m_fleet->jobs(), &jobs::JobTracker::jobAdded, this, [this, jobsDock](jobs::Job *added) {
        auto *job = qobject_cast<jobs::MoveJob *>(added);
        if (!job)
            return;
        // An experiment's own migrations do not take the operator away from the experiment's plot.
        const auto experiments = m_fleet->jobs()->jobsOf<experiments::ExperimentJob>();
        if (std::none_of(experiments.cbegin(), experiments.cend(), [](const jobs::Job *j) { return !j->isFinished(); })) {
            jobsDock->show();
            jobsDock->raise();
        }
        const int from = m_fleet->inventory()->config().hostIndex(job->target().sourceHost);
        m_fleet->inventory()->log(LogEntry::Severity::Info, from, job->target().vmName, tr("%1: started").arg(job->title()));
        connect(job, &jobs::MoveJob::finished, this, [this, job, from](const jobs::MigrationResult &r) {
            const auto sev = r.outcome == jobs::MigrationResult::Outcome::Failed ? LogEntry::Severity::Error : LogEntry::Severity::Info;
            m_fleet->inventory()->log(sev, from, job->target().vmName, tr("%1: %2").arg(job->title(), JobsView::describe(job)));
        });
    });
    connect(m_topology, &TopologyView::migrateRequested, this, &MainWindow::openMigrateDialog);
    connect(m_topology, &TopologyView::evacuateHostRequested, this, [this](int h) { openEvacuation(h, -1); });
    connect(m_topology, &TopologyView::evacuateSiteRequested, this, [this](int s) { openEvacuation(-1, s); });
    connect(m_topology, &TopologyView::recoverHostRequested, this, &MainWindow::openRecovery);
    connect(m_topology, &TopologyView::newVmRequested, this, [this](int h) { openNewVm(this, m_fleet, h); });
    connect(m_topology, &TopologyView::maintenanceRequested, this, &MainWindow::setMaintenance);
    connect(m_topology, &TopologyView::returnRequested, this, &MainWindow::openReturn);
    m_topology->setReturnableCount([this](int h) { return int(m_fleet->evacuatedFrom(h).size()); });
    connect(m_fleet->jobs(), &jobs::JobTracker::jobAdded, this, [this, jobsDock](jobs::Job *added) {
        if (!qobject_cast<jobs::PlanRunner *>(added))
            return;
        jobsDock->show();
        jobsDock->raise();
        if (jobsDock->height() < 260)
            resizeDocks({jobsDock}, {320}, Qt::Vertical);
    });
    m_jobs->showInterruptedPlans();
    m_alarms = new AlarmsView(m_fleet, !m_opt.readOnly);
    auto *alarmsDock = new QDockWidget(tr("Alarms"), this);
    alarmsDock->setObjectName(QStringLiteral("alarmsDock"));
    alarmsDock->setWidget(m_alarms);
    addDockWidget(Qt::BottomDockWidgetArea, alarmsDock);
    tabifyDockWidget(jobsDock, alarmsDock);
    connect(m_alarms, &AlarmsView::criticalRaised, this, [alarmsDock] {
        alarmsDock->show();
        alarmsDock->raise();
    });
    auto *storageDock = new QDockWidget(tr("Storage"), this);
    storageDock->setObjectName(QStringLiteral("storageDock"));
    m_storagePanel = new StoragePanel(m_fleet->storage(), !m_opt.readOnly);
    m_storagePanel->setActionRunner([this](int i, storage::StorageMonitor::Action a) { return m_fleet->storageAction(i, a); });
    storageDock->setWidget(m_storagePanel);
    addDockWidget(Qt::BottomDockWidgetArea, storageDock);
    tabifyDockWidget(jobsDock, storageDock);
    logDock->raise();
    m_topology->setStorage(m_fleet->storage());
    m_latency = new LatencyPanel(m_fleet->probes());
    // Four stacked graphs need room: the first time the tab is shown, the docks grow to fit them.
    auto *latencyDock = addTallDock(QStringLiteral("latencyDock"), tr("Latency"), m_latency, storageDock);
    auto *experiments = new ExperimentsView(m_fleet, !m_opt.readOnly);
    experiments->setStorageGate([this](const QString &subject) { return storageGate(subject); });
    connect(experiments, &ExperimentsView::logLine, this, &MainWindow::logPanelLine);
    auto *experimentsDock = addTallDock(QStringLiteral("experimentsDock"), tr("Experiments"), experiments, latencyDock);
    experiments->cleanUpLeftovers(); // an interrupted drill's repair too: the same records
    m_drills = new DrillsView(m_fleet, !m_opt.readOnly);
    connect(m_drills, &DrillsView::logLine, this, &MainWindow::logPanelLine);
    auto *drillsDock = addTallDock(QStringLiteral("drillsDock"), tr("Drills"), m_drills, experimentsDock);
    addTallDock(QStringLiteral("auditDock"), tr("Audit"), new AuditView(m_fleet), drillsDock);
    m_topology->setProbes(m_fleet->probes());
    connect(m_topology, &TopologyView::linkActivated, this, [latencyDock] {
        latencyDock->show();
        latencyDock->raise();
    });
    logDock->raise();
    if (!m_fleet->interruptedPlans().isEmpty())
        jobsDock->raise();
    connect(m_placement, &PlacementView::migrateRequested, this, &MainWindow::openMigrateDialog);
    connect(m_placement, &PlacementView::moveVmsRequested, this, &MainWindow::openMoveSelection);
    connect(m_topology, &TopologyView::hostSelected, this, &MainWindow::selectHost);
    connect(m_topology, &TopologyView::vmSelected, m_placement, &PlacementView::selectVm);
    connect(m_placement, &PlacementView::hostSelected, this, &MainWindow::selectHost);
    connect(m_topology, &TopologyView::vmActionRequested, this, &MainWindow::requestVmAction);
    connect(m_placement, &PlacementView::vmActionRequested, this, &MainWindow::requestVmAction);

    buildActions();
    QMenu *docks = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (docks) {
        docks->addSeparator();
        docks->addAction(hostDock->toggleViewAction());
        docks->addAction(findChild<QDockWidget *>(QStringLiteral("storageDock"))->toggleViewAction());
        docks->addAction(logDock->toggleViewAction());
        docks->addAction(findChild<QDockWidget *>(QStringLiteral("jobsDock"))->toggleViewAction());
        docks->addAction(findChild<QDockWidget *>(QStringLiteral("alarmsDock"))->toggleViewAction());
        // A dock behind another's tab is "visible": its shortcut brings it to the front first, and
        // hides it only when it is in front.
        auto showOrHide = [this, docks](const QString &dockName, const QString &text, const QKeySequence &key, const QString &tip) {
            auto *dock = findChild<QDockWidget *>(dockName);
            auto *a = new QAction(text, this);
            a->setShortcut(key);
            a->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
            a->setCheckable(true);
            connect(dock, &QDockWidget::visibilityChanged, a, [a, dock] { a->setChecked(dock->isVisible()); });
            connect(a, &QAction::triggered, dock, [dock] {
                if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
                    dock->hide();
                } else {
                    dock->show();
                    dock->raise();
                }
            });
            a->setChecked(dock->isVisible());
            docks->addAction(a);
        };
        showOrHide(QStringLiteral("alarmsDock"), tr("Alarms list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                   tr("Alarms: active, shelved and cleared; acknowledge and shelve them for every console"));
        showOrHide(QStringLiteral("latencyDock"), tr("Latency"), QKeySequence(Qt::CTRL | Qt::Key_G),
                   tr("Latency graphs: WAN round trip, service and storage latency, migration streams"));
        showOrHide(QStringLiteral("experimentsDock"), tr("Experiments"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                   tr("Experiments: the study's storage tests over emulated WAN delays, with reports"));
        showOrHide(QStringLiteral("drillsDock"), tr("Drills"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                   tr("Drills: inject one fault, watch, repair, and get a verdict (no VM twice, no acknowledged write lost)"));
        showOrHide(QStringLiteral("auditDock"), tr("Audit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                   tr("Audit trail: who did what, when, why and how it ended; Verify checks it was not edited"));
    }
    buildStatusBar();
    restoreSettings();

    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(250);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    connect(inv, &Inventory::hostChanged, this, [this] {
        if (!m_statusTimer.isActive())
            m_statusTimer.start();
    });
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    delete m_wall; // a window of its own, over this window's fleet
}

void MainWindow::buildActions()
{
    auto action = [this](const QString &text, const QString &icon, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : Theme::icon(icon), text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = action(tr("&Quit"), {}, QKeySequence::Quit, tr("Close Hawan; running jobs on the hosts continue"));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *refresh = action(tr("&Refresh now"), QStringLiteral("refresh"), QKeySequence::Refresh, tr("Ask every host for fresh data now"));
    connect(refresh, &QAction::triggered, m_fleet, &core::Fleet::refreshAll);
    QAction *find = action(tr("&Find VM"), {}, QKeySequence::Find, tr("Filter the placement table"));
    connect(find, &QAction::triggered, this, [this] {
        m_placement->filterEdit()->setFocus();
        m_placement->filterEdit()->selectAll();
    });
    QAction *clearFind = new QAction(this);
    clearFind->setShortcut(Qt::Key_Escape);
    clearFind->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_placement->addAction(clearFind);
    connect(clearFind, &QAction::triggered, m_placement->filterEdit(), &QLineEdit::clear);
    QAction *zoomIn = action(tr("Zoom &in"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn, tr("Larger topology, for projectors and wall screens"));
    connect(zoomIn, &QAction::triggered, this, [this] { m_topology->setZoom(m_topology->zoom() * 1.15); });
    QAction *zoomOut = action(tr("Zoom &out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut, tr("Smaller topology"));
    connect(zoomOut, &QAction::triggered, this, [this] { m_topology->setZoom(m_topology->zoom() / 1.15); });
    QAction *zoomReset = action(tr("&Actual size"), {}, QKeySequence(Qt::CTRL | Qt::Key_0), tr("Reset the topology zoom"));
    connect(zoomReset, &QAction::triggered, this, [this] { m_topology->setZoom(1.0); });
    m_darkAction = action(tr("&Dark theme"), QStringLiteral("theme"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), tr("Switch between light and dark palettes"));
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(Theme::isDark());
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDark);
    QAction *full = action(tr("&Full screen"), QStringLiteral("fullscreen"), QKeySequence::FullScreen, tr("Full screen, for wall screens and demos"));
    full->setCheckable(true);
    connect(full, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    view->addActions({refresh, find});
    view->addSeparator();
    view->addActions({zoomIn, zoomOut, zoomReset});
    view->addSeparator();
    QAction *wall = action(tr("&Wall"), QStringLiteral("fullscreen"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                           tr("The wall view: a full screen for a control room, readable from across the room (Esc leaves it)"));
    wall->setObjectName(QStringLiteral("wallAction"));
    connect(wall, &QAction::triggered, this, &MainWindow::openWall);
    view->addActions({m_darkAction, full, wall});

    QMenu *hosts = menuBar()->addMenu(tr("&Hosts"));
    hosts->setObjectName(QStringLiteral("hostsMenu"));
    QAction *evacHost = action(tr("&Evacuate host…"), QStringLiteral("migrate"), QKeySequence(Qt::CTRL | Qt::Key_E),
                               tr("Plan moving every VM off the selected host, then put it in maintenance"));
    evacHost->setObjectName(QStringLiteral("evacuateHostAction"));
    connect(evacHost, &QAction::triggered, this, [this] {
        if (m_topology->selectedHost() < 0)
            return chooseHost(tr("Evacuate which host?"), [](int) { return true; }, [this](int h) { openEvacuation(h, -1); });
        openEvacuation(m_topology->selectedHost(), -1);
    });
    QAction *evacSite = action(tr("Evacuate &site…"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                               tr("Plan moving every VM of the selected host's site to the other sites"));
    connect(evacSite, &QAction::triggered, this, [this] {
        if (m_topology->selectedHost() >= 0)
            return openEvacuation(-1, m_fleet->inventory()->siteOfHost(m_topology->selectedHost()));
        QVector<QPair<QString, int>> sites;
        for (int s = 0; s < m_fleet->inventory()->siteCount(); ++s)
            sites << qMakePair(m_fleet->inventory()->site(s).name, s);
        choose(tr("Evacuate which site?"), sites, [this](int s) { openEvacuation(-1, s); });
    });
    QAction *maint = action(tr("Toggle &maintenance"), QStringLiteral("maintenance"), QKeySequence(Qt::CTRL | Qt::Key_M),
                            tr("Put the selected host in maintenance (it receives no new VMs), or take it out"));
    maint->setObjectName(QStringLiteral("maintenanceAction"));
    connect(maint, &QAction::triggered, this, [this] {
        auto toggle = [this](int h) { setMaintenance(h, !m_fleet->inventory()->inMaintenance(h)); };
        if (m_topology->selectedHost() < 0)
            return chooseHost(tr("Toggle maintenance of which host?"), [](int) { return true; }, toggle);
        toggle(m_topology->selectedHost());
    });
    QAction *giveBack = action(tr("&Bring back evacuated VMs…"), QStringLiteral("migrate"), QKeySequence(Qt::CTRL | Qt::Key_B),
                               tr("The selected host is out of maintenance: move back the VMs its last evacuation took off it"));
    giveBack->setObjectName(QStringLiteral("returnAction"));
    connect(giveBack, &QAction::triggered, this, [this] {
        if (m_topology->selectedHost() >= 0)
            return openReturn(m_topology->selectedHost());
        chooseHost(tr("Bring VMs back to which host?"), [this](int h) { return !m_fleet->evacuatedFrom(h).isEmpty(); },
                   [this](int h) { openReturn(h); }, tr("No host has evacuated VMs to bring back."));
    });
    QAction *recover = action(tr("&Recover crashed host…"), QStringLiteral("stop"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                              tr("The selected host is down: fence it, then restart its VMs on other hosts"));
    recover->setObjectName(QStringLiteral("recoverHostAction"));
    connect(recover, &QAction::triggered, this, [this] {
        if (m_topology->selectedHost() >= 0)
            return openRecovery(m_topology->selectedHost());
        // Only a host that does not answer can be recovered: offer those.
        const auto *inv = m_fleet->inventory();
        chooseHost(tr("Recover which host?"), [inv](int h) { return inv->hostStatus(h).state != model::HostState::Up; },
                   [this](int h) { openRecovery(h); }, tr("Every host answers: none to recover."));
    });
    QAction *newVm = action(tr("&New VM…"), QStringLiteral("play"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                            tr("Make a VM on the selected host from a template image of the configuration"));
    newVm->setObjectName(QStringLiteral("newVmAction"));
    connect(newVm, &QAction::triggered, this, [this] { openNewVm(this, m_fleet, std::max(0, m_topology->selectedHost())); });
    for (QAction *a : {evacHost, evacSite, maint, giveBack, recover, newVm})
        a->setEnabled(!m_opt.readOnly);
    hosts->addAction(newVm);
    hosts->addSeparator();
    hosts->addActions({evacHost, evacSite, maint, giveBack});
    hosts->addSeparator();
    hosts->addAction(recover);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = action(tr("&Keyboard shortcuts"), QStringLiteral("help"), QKeySequence::HelpContents, tr("List the keyboard shortcuts"));
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = action(tr("&About Hawan"), QStringLiteral("hawan"), {}, tr("Version and purpose"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Hawan"),
                           tr("<h3>Hawan %1</h3><p>HA over WAN: an operations console for virtual machines on two "
                              "sites joined by a layer-2 WAN, with shared replicated storage.</p>"
                              "<p>Configuration: %2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_fleet->inventory()->config().sourceFile.toHtmlEscaped()));
    });
    help->addActions({keys, about});

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setMovable(false);
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addActions({refresh});
    tb->addSeparator();
    tb->addActions({zoomOut, zoomIn});
    tb->addSeparator();
    tb->addActions({m_darkAction, full});
}

void MainWindow::selectHost(int host)
{
    m_topology->selectHost(host);
    m_hostPanel->setHost(host);
    if (host >= 0)
        m_fleet->refreshPools(host); // the panel shows them; not read at every tick
}

void MainWindow::requestVmAction(int host, const QString &uuid, const QString &name, model::VmAction action)
{
    if (m_opt.readOnly)
        return;
    if (action == model::VmAction::Undefine)
        return confirmDeleteVm(this, m_fleet, host, uuid);
    const QString hostName = m_fleet->inventory()->host(host).name;
    const bool destructive = action == model::VmAction::Destroy || action == model::VmAction::Shutdown || action == model::VmAction::Pause;
    if (destructive) {
        QString what;
        switch (action) {
        case model::VmAction::Destroy: what = tr("Force off %1 on %2?\n\nThis is like pulling the power cord: the guest loses unsaved data.").arg(name, hostName); break;
        case model::VmAction::Shutdown: what = tr("Shut down %1 on %2?\n\nThe guest is asked to power off cleanly.").arg(name, hostName); break;
        default: what = tr("Pause %1 on %2?\n\nThe guest stops running until resumed; its services stop answering.").arg(name, hostName); break;
        }
        QMessageBox box(QMessageBox::Warning, model::vmActionName(action), what, QMessageBox::Cancel, this);
        QPushButton *go = box.addButton(model::vmActionName(action), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(go))
            return;
    }
    jobs::VmActionJob *job = m_fleet->requestVmAction(host, uuid, action);
    connect(job, &jobs::Job::ended, this, [this, host, name, action](jobs::Job *j) {
        onActionFinished(host, name, action, j->jobResult());
    });
    statusBar()->showMessage(tr("%1 %2 on %3…").arg(model::vmActionName(action), name, hostName));
    m_fleet->inventory()->log(LogEntry::Severity::Info, host, name, tr("%1 requested for %2").arg(model::vmActionName(action), name));
}

void MainWindow::onActionFinished(int host, const QString &vm, model::VmAction action, const jobs::JobResult &result)
{
    Inventory *inv = m_fleet->inventory();
    const QString act = model::vmActionName(action);
    const QString &message = result.message;
    if (result.succeeded()) {
        statusBar()->showMessage(tr("%1 %2: done").arg(act, vm), 5000);
        return;
    }
    inv->log(LogEntry::Severity::Error, host, vm, tr("%1 %2 failed: %3").arg(act, vm, message));
    statusBar()->showMessage(tr("%1 %2 failed").arg(act, vm), 8000);
    QMessageBox::warning(this, tr("%1 failed").arg(act),
                         tr("%1 of %2 on %3 failed.\n\nlibvirt said: %4\n\nCheck the VM's state in the table; "
                            "if the host is unreachable, wait for it to reconnect and try again.")
                             .arg(act, vm, inv->host(host).name, message));
}

void MainWindow::setDark(bool dark)
{
    Theme::apply(dark ? ThemeKind::Dark : ThemeKind::Light);
    QSettings().setValue(QStringLiteral("ui/theme"), dark ? QStringLiteral("dark") : QStringLiteral("light"));
    updateStatusBar();
    m_topology->update();
}

void MainWindow::startTour(const QString &name, int autoSeconds)
{
    if (!m_tour)
        m_tour = TourPlayer::play(this, m_fleet, m_drills, name, autoSeconds);
}

void MainWindow::logPanelLine(bool error, const QString &text)
{
    m_fleet->inventory()->log(error ? LogEntry::Severity::Error : LogEntry::Severity::Info, -1, {}, text);
}

QDockWidget *MainWindow::addTallDock(const QString &objectName, const QString &title, QWidget *widget, QDockWidget *tabWith)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(tabWith, dock);
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (visible && dock->height() < 420)
            resizeDocks({dock}, {460}, Qt::Vertical);
    });
    return dock;
}

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("F5"), tr("Refresh every host now")},
        {QStringLiteral("Ctrl+F"), tr("Filter the placement table")},
        {QStringLiteral("Esc"), tr("Clear the filter")},
        {QStringLiteral("Ctrl++ / Ctrl+-"), tr("Zoom the topology in / out")},
        {QStringLiteral("Ctrl+0"), tr("Actual size")},
        {QStringLiteral("Ctrl+Shift+T"), tr("Toggle the dark theme")},
        {QStringLiteral("Ctrl+E"), tr("Evacuate the selected host")},
        {QStringLiteral("Ctrl+Shift+E"), tr("Evacuate a site")},
        {QStringLiteral("Ctrl+M"), tr("Maintenance on / off for the selected host")},
        {QStringLiteral("Ctrl+Shift+R"), tr("Recover the VMs of the selected host when it is down")},
        {QStringLiteral("Ctrl+G"), tr("Show / hide the latency graphs")},
        {QStringLiteral("Ctrl+Shift+X"), tr("Show / hide the experiments")},
        {QStringLiteral("Ctrl+Return"), tr("Experiments: run the chosen tests (asks first)")},
        {QStringLiteral("Esc"), tr("Experiments: cancel the running experiment (puts the link and the files back)")},
        {QStringLiteral("Ctrl+Shift+D"), tr("Show / hide the drills")},
        {QStringLiteral("Ctrl+Return"), tr("Drills: run the chosen drill (says what it will do, asks first)")},
        {QStringLiteral("Esc"), tr("Drills: cancel the running drill (repairs the fault first)")},
        {QStringLiteral("1 … 5"), tr("Latency graphs: window 1 min, 10 min, 1 h, 24 h, 7 days")},
        {QStringLiteral("L"), tr("Latency graphs: follow now again after a pan or zoom")},
        {QStringLiteral("F11"), tr("Full screen")},
        {QStringLiteral("F1"), tr("This list")},
        {QStringLiteral("Ctrl+Q"), tr("Quit")},
    };
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const auto &[k, v] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    html += QStringLiteral("</table><p>") + tr("Right-click a VM (chip or table row) for its actions.") + QStringLiteral("</p>");
    QMessageBox::information(this, tr("Keyboard shortcuts"), html);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    const double zoom = s.value(QStringLiteral("ui/zoom"), 1.0).toDouble();
    m_topology->setZoom(zoom);
    if (!restoreGeometry(s.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1440, 900);
    if (!restoreState(s.value(QStringLiteral("ui/state")).toByteArray())) {
        // First run: the topology gets the room; docks stay modest.
        auto *hostDock = findChild<QDockWidget *>(QStringLiteral("hostDock"));
        auto *logDock = findChild<QDockWidget *>(QStringLiteral("eventLogDock"));
        resizeDocks({hostDock}, {330}, Qt::Horizontal);
        resizeDocks({logDock}, {170}, Qt::Vertical);
    }
    m_splitter->restoreState(s.value(QStringLiteral("ui/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    QSettings s;
    s.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    s.setValue(QStringLiteral("ui/state"), saveState());
    s.setValue(QStringLiteral("ui/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("ui/zoom"), m_topology->zoom());
    e->accept();
}

} // namespace hawan::widgets
