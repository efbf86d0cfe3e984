#include "vms/vmcommands.h"

#include "core/fleet.h"
#include "core/vmcreation.h"
#include "vms/newvmdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hawan::widgets {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hawan::widgets::VmCommands)
};

// Logged when it starts and when it ends; a failure is also shown, with what to do next.
void follow(QWidget *parent, core::Fleet *fleet, int host, const QString &vm, jobs::Job *job)
{
    using Severity = model::LogEntry::Severity;
    fleet->inventory()->log(Severity::Info, host, vm, Text::tr("%1: requested").arg(job->title()));
    QObject::connect(job, &jobs::Job::ended, parent, [parent, fleet, host, vm](jobs::Job *j) {
        const auto &r = j->jobResult();
        fleet->inventory()->log(r.succeeded() ? Severity::Info : Severity::Error, host, vm,
                                Text::tr("%1: %2").arg(j->title(), r.message));
        if (!r.succeeded())
            QMessageBox::warning(parent, j->title(),
                                 Text::tr("%1 failed.\n\n%2\n\nThe event log keeps this message; check the VM table for where "
                                          "things stand.").arg(j->title(), r.message));
    });
    job->start();
}
} // namespace

void openNewVm(QWidget *parent, core::Fleet *fleet, int host)
{
    auto *dialog = new NewVmDialog(fleet->inventory(), host, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, parent, [parent, fleet, dialog] {
        const auto req = dialog->request();
        auto *job = fleet->jobs()->add(std::make_unique<core::CreateVmJob>(fleet->inventory()->config(), fleet, req));
        follow(parent, fleet, req.host, req.name, job);
    });
    dialog->open();
}

void confirmDeleteVm(QWidget *parent, core::Fleet *fleet, int host, const QString &uuid)
{
    const auto *inv = fleet->inventory();
    const auto &vms = inv->vms(host);
    const auto it = std::find_if(vms.cbegin(), vms.cend(), [&](const model::VmInfo &v) { return v.uuid == uuid; });
    if (it == vms.cend())
        return;
    const model::VmInfo vm = *it;
    if (model::vmIsActive(vm.state)) {
        QMessageBox::information(parent, Text::tr("Delete %1").arg(vm.name),
                                 Text::tr("%1 is running on %2. Shut it down (or force it off) first, then delete it.")
                                     .arg(vm.name, inv->host(host).name));
        return;
    }
    QStringList kept;
    const QStringList made = core::madeDisks(inv->config(), host, vm, &kept);
    QString text = Text::tr("Delete %1 on %2?\n\nIts definition is removed from the host.").arg(vm.name, inv->host(host).name);
    if (!made.isEmpty())
        text += QLatin1Char(' ') + Text::tr("The disk Hawan made for it is deleted: %1.").arg(made.join(QStringLiteral(", ")));
    if (!kept.isEmpty())
        text += QLatin1Char(' ') + Text::tr("Its other disks are kept: %1.").arg(kept.join(QStringLiteral(", ")));
    QMessageBox box(QMessageBox::Warning, Text::tr("Delete %1").arg(vm.name), text, QMessageBox::Cancel, parent);
    QPushButton *go = box.addButton(Text::tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(go))
        return;
    auto *job = fleet->jobs()->add(std::make_unique<core::DeleteVmJob>(inv->config(), fleet, host, vm));
    follow(parent, fleet, host, vm.name, job);
}

} // namespace hawan::widgets
