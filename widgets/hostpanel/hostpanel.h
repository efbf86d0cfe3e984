#pragma once
// Details of the selected host: node, hypervisor and libvirt versions, connection state, age.
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedLayout;

namespace hawan::model { class Inventory; }

namespace hawan::widgets {

class HostPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HostPanel(model::Inventory *inventory, QWidget *parent = nullptr);
    void setHost(int host);
    int host() const { return m_host; }
    QString fieldText(const QString &key) const; // for tests

private:
    void refresh();
    QLabel *addRow(const QString &key, const QString &label);

    model::Inventory *m_inv;
    int m_host = -1;
    QStackedLayout *m_stack;
    QLabel *m_empty;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_fields;
};

} // namespace hawan::widgets
