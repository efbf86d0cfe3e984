// MainWindow: the status bar (per-site headlines, the alarm button, the HA label, the totals) and
// the wall view opened over the console's fleet.
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

} // namespace hawan::widgets
