#pragma once
// "New VM": a VM made from a template image chosen in the configuration, at a host of either site
// (core::CreateVmJob does it). The operator picks the name, the host, the template and the memory;
// the dialog says where the disk will be copied and why it cannot when it cannot.
#include "core/vmcreation.h"
#include "model/inventory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hawan::widgets {

class NewVmDialog : public QDialog
{
    Q_OBJECT
public:
    NewVmDialog(const model::Inventory *inventory, int host, QWidget *parent = nullptr);
    core::CreateVmJob::Request request() const;

private:
    void check();
    const model::Inventory *m_inv;
    QLineEdit *m_name;
    QComboBox *m_host, *m_image;
    QSpinBox *m_memory;
    QCheckBox *m_start;
    QLabel *m_where;
    QDialogButtonBox *m_buttons;
};

} // namespace hawan::widgets
