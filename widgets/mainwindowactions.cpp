// MainWindow: the operator's verbs as dialogs (migrate, evacuate, return, recover, move a
// selection), the storage gate before them, choosing a host or site, and maintenance.
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

} // namespace hawan::widgets
