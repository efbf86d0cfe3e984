#pragma once
// The console's "New VM" and "Delete" on a VM: the dialog or the confirmation, then the job
// (core::CreateVmJob, DeleteVmJob) tracked by the fleet, its start and end in the event log, and a
// message box when it fails.
#include <QString>

class QWidget;

namespace hawan::core { class Fleet; }

namespace hawan::widgets {

void openNewVm(QWidget *parent, core::Fleet *fleet, int host);
void confirmDeleteVm(QWidget *parent, core::Fleet *fleet, int host, const QString &uuid);

} // namespace hawan::widgets
