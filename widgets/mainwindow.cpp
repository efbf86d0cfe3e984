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

void MainWindow::buildStatusBar()
{
    Inventory *inv = m_fleet->inventory();
    for (int s = 0; s < inv->siteCount(); ++s) {
        auto *l = new QLabel(this);
        l->setObjectName(QStringLiteral("siteStatus_%1").arg(inv->site(s).name));
        l->setContentsMargins(8, 0, 8, 0);
        statusBar()->addWidget(l);
        m_siteLabels.push_back(l);
    }
    m_alarmButton = new QToolButton(this);
    m_alarmButton->setObjectName(QStringLiteral("alarmButton"));
    m_alarmButton->setAutoRaise(true);
    m_alarmButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_alarmButton, &QToolButton::clicked, this, [this] {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("alarmsDock"));
        dock->show();
        dock->raise();
    });
    connect(m_fleet->alarms(), &alarms::AlarmBook::changed, this, &MainWindow::updateAlarmButton);
    statusBar()->addPermanentWidget(m_alarmButton);
    updateAlarmButton();
    statusBar()->addPermanentWidget(new HaStatusLabel(m_fleet, this));
    m_summary = new QLabel(this);
    if (m_opt.readOnly)
        m_summary->setToolTip(m_fleet->access().canChange()
                                  ? tr("Read-only: this console changes nothing.")
                                  : tr("Read-only (%1): this console changes nothing; libvirt is opened read-only and "
                                       "the journal only read. Act from an operator's console.").arg(m_fleet->access().why));
    statusBar()->addPermanentWidget(m_summary);
}

void MainWindow::updateAlarmButton()
{
    const auto *book = m_fleet->alarms();
    const int active = int(book->active().size());
    const int unacked = book->count(alarms::Severity::Warning, true);
    alarms::Severity worst = alarms::Severity::Warning;
    for (const auto &a : book->active())
        worst = std::max(worst, a.condition.severity);
    if (active == 0) {
        m_alarmButton->setText(tr("No alarm"));
        m_alarmButton->setStyleSheet({});
    } else {
        m_alarmButton->setText(unacked ? tr("⚠ %n alarm(s), %1 new", nullptr, active).arg(unacked) : tr("⚠ %n alarm(s)", nullptr, active));
        const QColor c = severityColor(worst);
        m_alarmButton->setStyleSheet(unacked ? QStringLiteral("QToolButton { background:%1; color:white; font-weight:bold; border-radius:3px; padding:1px 6px; }").arg(c.name())
                                             : QStringLiteral("QToolButton { color:%1; }").arg(c.name()));
    }
    m_alarmButton->setToolTip(tr("Open the Alarms panel (Ctrl+Shift+L)"));
}

void MainWindow::openWall()
{
    if (m_wall) {
        m_wall->raise();
        m_wall->activateWindow();
        return;
    }
    m_wall = new WallView(m_fleet);
    m_wall->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wall, &WallView::closeRequested, m_wall, &QWidget::close);
    m_wall->setGeometry(screen()->geometry()); // the screen this window is on; also without a window manager
    m_wall->showFullScreen();
}

QString MainWindow::siteStatusText(int site) const
{
    const auto *inv = m_fleet->inventory();
    const core::SiteStatus st = core::siteStatus(*inv, m_fleet->probes(), site);
    if (st.cutOff)
        return core::cutOffText(*inv, st, site) + QStringLiteral(" · ") + tr("%n VM(s) unknown", nullptr, st.counts.vmsUnknown);
    const auto &c = st.counts;
    QString t = tr("%1: %2 up").arg(inv->site(site).name).arg(c.hostsUp);
    if (c.hostsUnreachable)
        t += tr(", %1 unreachable").arg(c.hostsUnreachable);
    if (c.hostsConnecting)
        t += tr(", %1 connecting").arg(c.hostsConnecting);
    t += tr(" · %n VM(s) running", nullptr, c.vmsRunning);
    if (c.vmsUnknown)
        t += tr(" · %n unknown", nullptr, c.vmsUnknown);
    return t;
}

void MainWindow::updateStatusBar()
{
    Inventory *inv = m_fleet->inventory();
    for (int s = 0; s < m_siteLabels.size(); ++s) {
        const int severity = core::siteStatus(*inv, m_fleet->probes(), s).severity;
        const QColor dot = severity == 2 ? Theme::hostStateColor(HostState::Unreachable)
            : severity == 1              ? Theme::hostStateColor(HostState::Connecting)
                                         : Theme::hostStateColor(HostState::Up);
        m_siteLabels[s]->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(dot.name(), siteStatusText(s).toHtmlEscaped()));
    }
    m_summary->setText(tr("%n VM(s) on %1 host(s)", nullptr, inv->vmCount()).arg(inv->hostCount())
                       + (m_opt.readOnly ? tr(" · read-only") : QString()));
}

void MainWindow::openMigrateDialog(int fromHost, const QString &uuid, int toHost)
{
    if (m_opt.readOnly)
        return;
    MigrateDialog dialog(m_fleet->inventory(), fromHost, uuid, toHost, this);
    dialog.setProbes(m_fleet->probes());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_fleet->startMigration(fromHost, uuid, dialog.destination(), dialog.options(), &error))
        QMessageBox::warning(this, tr("Cannot migrate"), tr("The migration could not start: %1").arg(error));
}

void MainWindow::openEvacuation(int host, int site)
{
    if (m_opt.readOnly)
        return;
    auto *inv = m_fleet->inventory();
    const QString subject = host >= 0 ? inv->host(host).name : inv->site(site).name;
    if (!noOpenPlanFor(subject) || !storageGate(subject))
        return;
    core::Proposal proposal;
    m_ops.evacuation(host, site, &proposal);
    reviewAndRun(proposal, tr("Cannot evacuate"));
}

bool MainWindow::noOpenPlanFor(const QString &subject)
{
    const auto refusal = m_ops.openPlanFor(subject);
    if (!refusal)
        return true;
    if (refusal->code == core::Refusal::Code::PlanRunning)
        QMessageBox::information(this, tr("Already running"), tr("%1; see the Jobs panel.").arg(refusal->text));
    else
        QMessageBox::information(this, tr("Interrupted plan"), tr("%1: resume or abort it in the Jobs panel first.").arg(refusal->text));
    return false;
}

void MainWindow::reviewAndRun(core::Proposal proposal, const QString &failTitle)
{
    const bool recovery = proposal.plan.kind == jobs::Plan::Kind::Recover;
    EvacuationDialog dialog(m_fleet->inventory(), proposal.plan, proposal.excluded, m_fleet->defaultPlanOptions(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString byHand = dialog.fencedByHand();
    if (!byHand.isEmpty())
        proposal.fenced = tr("powered off by hand, confirmed in the console: %1").arg(byHand);
    QString error;
    if (!m_ops.run(proposal, dialog.plan(), dialog.options(), &error))
        QMessageBox::warning(this, failTitle, (recovery ? tr("Nothing was restarted: %1") : tr("Nothing was moved: %1")).arg(error));
}

void MainWindow::openReturn(int host)
{
    if (m_opt.readOnly || host < 0)
        return;
    const QString name = m_fleet->inventory()->host(host).name;
    core::Proposal proposal;
    if (const auto refusal = m_ops.giveBack(host, &proposal)) {
        QMessageBox::information(this, tr("Bring back evacuated VMs"),
                                 refusal->code == core::Refusal::Code::InMaintenance
                                     ? tr("%1 (Hosts ▸ Toggle maintenance, or its card's menu).").arg(refusal->text)
                                     : refusal->text);
        return;
    }
    if (!noOpenPlanFor(name) || !storageGate(name))
        return;
    reviewAndRun(proposal, tr("Cannot move"));
}

void MainWindow::openRecovery(int host)
{
    if (m_opt.readOnly || host < 0)
        return;
    const QString name = m_fleet->inventory()->host(host).name;
    core::Proposal proposal;
    // A host that still answers is refused before anything else; a host still connecting is too.
    const auto refusal = m_ops.recovery(host, &proposal);
    if (refusal && refusal->code == core::Refusal::Code::CutOff) {
        QMessageBox::warning(this, tr("Recover crashed host"), refusal->text);
        return;
    }
    if (m_fleet->inventory()->hostStatus(host).state != HostState::Unreachable || refusal) {
        QMessageBox::information(this, tr("Recover crashed host"),
                                 tr("%1 answers, so its VMs may be running there: restarting them elsewhere would run them "
                                    "twice. Use Evacuate host to move them live.").arg(name));
        return;
    }
    if (!noOpenPlanFor(name))
        return;
    // Restarting onto a replica that has not caught up starts the VMs on stale disks.
    if (!storageGate(name, true))
        return;
    reviewAndRun(proposal, tr("Cannot recover"));
}

void MainWindow::openMoveSelection(const QVector<QPair<int, QString>> &vms)
{
    if (m_opt.readOnly || vms.isEmpty())
        return;
    if (!storageGate(tr("move")))
        return;
    core::Proposal proposal;
    m_ops.selection(vms, &proposal);
    reviewAndRun(proposal, tr("Cannot move"));
}

bool MainWindow::storageGate(const QString &subject, bool recovery)
{
    const QStringList blockers = m_ops.storageBlockers();
    if (blockers.isEmpty())
        return true;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("storageGate"));
    dialog.setWindowTitle(tr("Shared storage is not in sync"));
    auto *lay = new QVBoxLayout(&dialog);
    QString html = recovery ? tr("<b>Stopped before anything restarted.</b> The copies of the VM disks differ: restarting "
                                 "the VMs now could boot them on a stale copy and lose what was written to the other:")
                            : tr("<b>Stopped before anything moved.</b> Maintenance or an evacuation now could take down the only "
                                 "current copy of VM disks, or move VMs onto a stale one:");
    for (const auto &b : blockers)
        html += QStringLiteral("<div style='color:#d03434'>✕ %1</div>").arg(b.toHtmlEscaped());
    html += tr("<p>Wait until the Storage panel shows every brick online and nothing pending heal (<i>Heal now</i> starts "
               "the heal at once). If you must go ahead anyway, type <b>%1</b> below: the override is logged.</p>")
                .arg(subject.toHtmlEscaped());
    auto *text = new QLabel(html, &dialog);
    text->setWordWrap(true);
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("storageGateConfirm"));
    edit->setPlaceholderText(subject);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *go = buttons->addButton(tr("Override and continue"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("storageGateOverride"));
    go->setEnabled(false);
    connect(edit, &QLineEdit::textChanged, go, [go, subject](const QString &t) { go->setEnabled(t.trimmed() == subject); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    lay->addWidget(text);
    lay->addWidget(edit);
    lay->addWidget(buttons);
    dialog.resize(560, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_ops.recordStorageOverride(subject, tr("confirmed in the console by typing its name"), blockers);
    return true;
}

void MainWindow::choose(const QString &question, const QVector<QPair<QString, int>> &items, std::function<void(int)> then,
                        const QString &noneText)
{
    // Not modal: a menu at the pointer (or over the topology when the keyboard asked), the
    // question as its disabled first line; Esc or a click elsewhere drops it.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("chooser"));
    // Gone once it hides, chosen or not (its action has fired by the time this runs).
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    menu->addAction(question)->setEnabled(false);
    menu->addSeparator();
    for (const auto &[label, index] : items)
        connect(menu->addAction(label), &QAction::triggered, this, [then, i = index] { then(i); });
    if (items.isEmpty())
        menu->addAction(noneText)->setEnabled(false);
    const QPoint cursor = QCursor::pos();
    menu->popup(rect().contains(mapFromGlobal(cursor)) ? cursor : m_topology->mapToGlobal(m_topology->rect().center()));
}

void MainWindow::chooseHost(const QString &question, const std::function<bool(int)> &offer, std::function<void(int)> then,
                            const QString &noneText)
{
    const auto *inv = m_fleet->inventory();
    QVector<QPair<QString, int>> hosts;
    for (int h = 0; h < inv->hostCount(); ++h) {
        if (!offer(h))
            continue;
        QStringList about{inv->site(inv->siteOfHost(h)).name};
        if (inv->hostStatus(h).state != model::HostState::Up)
            about << tr("not answering");
        if (inv->inMaintenance(h))
            about << tr("in maintenance");
        hosts << qMakePair(QStringLiteral("%1  (%2)").arg(inv->host(h).name, about.join(QStringLiteral(", "))), h);
    }
    choose(question, hosts, std::move(then), noneText);
}

void MainWindow::setMaintenance(int host, bool on)
{
    if (m_opt.readOnly)
        return;
    // Taking a host down for maintenance may take the only current copy of some disks with it.
    if (on && !m_fleet->inventory()->inMaintenance(host) && !storageGate(m_fleet->inventory()->host(host).name))
        return;
    QString error;
    if (!m_ops.setMaintenance(host, on, &error))
        QMessageBox::warning(this, tr("Maintenance"), error);
    m_topology->update();
    // Out of maintenance: offer to bring back what its evacuation moved away (not modal).
    const int back = on ? 0 : int(m_fleet->evacuatedFrom(host).size());
    if (back > 0) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Bring back evacuated VMs"),
                                    tr("%1 is out of maintenance. Its evacuation moved %n VM(s) off it that still run where "
                                       "they went. Bring them back now? (Later: Hosts ▸ Bring back evacuated VMs.)", nullptr, back)
                                        .arg(m_fleet->inventory()->host(host).name),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("returnOffer"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *yes = box->addButton(tr("Plan bringing them back…"), QMessageBox::AcceptRole);
        box->addButton(tr("Not now"), QMessageBox::RejectRole);
        connect(yes, &QPushButton::clicked, this, [this, host] { QTimer::singleShot(0, this, [this, host] { openReturn(host); }); });
        box->open();
    }
}

void MainWindow::selectHost(int host)
{
    m_topology->selectHost(host);
    m_hostPanel->setHost(host);
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
