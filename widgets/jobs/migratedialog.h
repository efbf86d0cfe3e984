#pragma once
// The migrate dialog: destination (prefilled), the pre-checks that decide whether the move can go
// live, and the options an operator adjusts (bandwidth cap, max downtime, auto-converge,
// post-copy, parallel connections, time limit).
#include "jobs/migrationjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace hawan::model { class Inventory; }
namespace hawan::probes { class ProbeHub; }

namespace hawan::widgets {

class MigrateDialog : public QDialog
{
    Q_OBJECT
public:
    MigrateDialog(model::Inventory *inventory, int fromHost, const QString &uuid, int toHost, QWidget *parent = nullptr);

    int destination() const;
    jobs::MigrationOptions options() const;
    QStringList problems() const { return m_problems; } // blocking pre-check failures
    QComboBox *destinationBox() const { return m_dest; }
    // The WAN link's live round trip and loss join the pre-checks: a cut link blocks the move, a
    // lossy one disables post-copy (a failure after the switch would lose the VM).
    void setProbes(const probes::ProbeHub *probes);
    QCheckBox *postCopyBox() const { return m_postCopy; }

private:
    void runChecks();
    void linkChecks(int link, QStringList *ok, QStringList *warn);

    model::Inventory *m_inv;
    const int m_from;
    const QString m_uuid;
    QComboBox *m_dest;
    QLabel *m_checks;
    QSpinBox *m_bandwidth;
    QCheckBox *m_autoConverge;
    QCheckBox *m_postCopy;
    QSpinBox *m_downtime;
    QSpinBox *m_parallel;
    QSpinBox *m_timeout;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
    const probes::ProbeHub *m_probes = nullptr;
};

} // namespace hawan::widgets
