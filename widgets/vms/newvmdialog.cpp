#include "vms/newvmdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hawan::widgets {

NewVmDialog::NewVmDialog(const model::Inventory *inventory, int host, QWidget *parent) : QDialog(parent), m_inv(inventory)
{
    setWindowTitle(tr("New VM"));
    const auto &cfg = m_inv->config();
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newVmName"));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9._-]{0,63}")), m_name));
    m_name->setPlaceholderText(tr("letters, digits, '.', '_', '-'"));
    form->addRow(tr("&Name:"), m_name);
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("newVmHost"));
    for (int h = 0; h < m_inv->hostCount(); ++h)
        m_host->addItem(tr("%1 (%2)").arg(m_inv->host(h).name, m_inv->host(h).site), h);
    m_host->setCurrentIndex(std::max(0, m_host->findData(host)));
    form->addRow(tr("&Host:"), m_host);
    m_image = new QComboBox(this);
    m_image->setObjectName(QStringLiteral("newVmImage"));
    if (!cfg.experiments.vmImage.isEmpty())
        m_image->addItem(tr("%1 (template)").arg(cfg.experiments.vmImage), cfg.experiments.vmImage);
    if (!cfg.experiments.busyVmImage.isEmpty())
        m_image->addItem(tr("%1 (busy template)").arg(cfg.experiments.busyVmImage), cfg.experiments.busyVmImage);
    m_image->setToolTip(tr("Templates are set in the configuration: [experiments] vm_image and busy_vm_image"));
    form->addRow(tr("&Template:"), m_image);
    m_memory = new QSpinBox(this);
    m_memory->setRange(16, 65536);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setValue(cfg.experiments.vmMemoryMiB);
    form->addRow(tr("&Memory:"), m_memory);
    m_start = new QCheckBox(tr("&Start it once defined"), this);
    m_start->setChecked(true);
    form->addRow(QString(), m_start);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("newVmWhere"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("newVmCreate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_where);
    layout->addWidget(m_buttons);
    // A name not taken yet: the site's name and a number.
    const int site = m_inv->siteOfHost(m_host->currentData().toInt());
    QSet<QString> taken;
    for (int h = 0; h < m_inv->hostCount(); ++h)
        for (const auto &vm : m_inv->vms(h))
            taken << vm.name;
    const QString stem = (site >= 0 ? m_inv->site(site).name.toLower() : QStringLiteral("vm")) + QStringLiteral("-vm");
    int n = 1;
    while (taken.contains(stem + QString::number(n)))
        ++n;
    m_name->setText(stem + QString::number(n));
    connect(m_name, &QLineEdit::textChanged, this, &NewVmDialog::check);
    connect(m_start, &QCheckBox::toggled, this, &NewVmDialog::check);
    connect(m_host, &QComboBox::currentIndexChanged, this, &NewVmDialog::check);
    connect(m_image, &QComboBox::currentIndexChanged, this, &NewVmDialog::check);
    check();
}

core::CreateVmJob::Request NewVmDialog::request() const
{
    return {m_host->currentData().toInt(), m_name->text(), m_image->currentData().toString(), m_memory->value(), m_start->isChecked()};
}

void NewVmDialog::check()
{
    const auto &cfg = m_inv->config();
    const int host = m_host->currentData().toInt();
    QString why = core::cannotCreateAt(cfg, host);
    const QString name = m_name->text();
    if (why.isEmpty() && !core::validVmName(name))
        why = tr("Give it a name: letters, digits, '.', '_' and '-'.");
    for (int h = 0; why.isEmpty() && h < m_inv->hostCount(); ++h)
        for (const auto &vm : m_inv->vms(h))
            if (vm.name == name)
                why = tr("%1 is taken (on %2).").arg(name, m_inv->host(h).name);
    if (why.isEmpty() && m_inv->hostStatus(host).state != model::HostState::Up)
        why = tr("%1 is not connected: choose another host.").arg(m_inv->host(host).name);
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        m_where->setText(why);
        return;
    }
    const QString disk = core::newVmDisk(cfg, host, name, m_image->currentData().toString());
    m_where->setText(tr("Copies the template to %1 (at %2, by its runner), defines %3 on %4 with one vCPU, the memory above and "
                        "no network interface%5.")
                         .arg(disk, m_inv->host(host).site, name, m_inv->host(host).name,
                              m_start->isChecked() ? tr(", then starts it") : QString()));
}

} // namespace hawan::widgets
