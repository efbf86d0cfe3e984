#pragma once
// The Audit panel: who did what, when, why and how it ended, from the audit trail every console,
// hawanctl and the HA watcher of this configuration append to (backend/audit). Read and verified
// off the GUI thread; a record the key did not sign shows red; Verify checks the whole chain and
// says where the trail was edited, cut or reordered.
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace hawan::core { class Fleet; }

namespace hawan::widgets {

class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(core::Fleet *fleet, QWidget *parent = nullptr);
    void refresh();
    void verify();
    int rowCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    core::Fleet *m_fleet;
    QString m_path;
    QLabel *m_status;
    QLineEdit *m_filter;
    QPushButton *m_refresh, *m_verify;
    QTreeWidget *m_table;
    QLabel *m_empty;
    QTimer *m_poll;
    bool m_loading = false;
};

} // namespace hawan::widgets
