#pragma once
// The dry run of an evacuation: the computed plan (which VM goes where, and why), what cannot
// move and why, warnings (stale data, the surviving site's capacity), destinations the operator
// can change per VM (re-validated at once), and the limits the run will use. Nothing moves until
// Start.
#include "jobs/planrunner.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hawan::model { class Inventory; }

namespace hawan::widgets {

class EvacuationDialog : public QDialog
{
    Q_OBJECT
public:
    EvacuationDialog(model::Inventory *inventory, jobs::Plan plan, QSet<int> excluded,
                     jobs::PlanRunner::Options defaults, QWidget *parent = nullptr);

    // The plan as edited: moves the operator chose to leave become blocked entries, saying so.
    jobs::Plan plan() const;
    jobs::PlanRunner::Options options() const;
    QStringList problems() const { return m_problems; }
    // Recovery of a host without a fence command: what the operator typed to confirm it is off.
    QString fencedByHand() const;
    QTableWidget *table() const { return m_table; }

private:
    void revalidate();

    model::Inventory *m_inv;
    jobs::Plan m_plan;
    QSet<int> m_excluded;
    jobs::PlanRunner::Options m_defaults;
    QTableWidget *m_table;
    QLabel *m_problemsLabel;
    QSpinBox *m_perHost, *m_perLink, *m_bandwidth, *m_timeout;
    QCheckBox *m_autoConverge;
    QLineEdit *m_fenceConfirm = nullptr; // recovery without a fence command
    QPushButton *m_start;
    QStringList m_problems;
};

} // namespace hawan::widgets
