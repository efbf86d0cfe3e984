#pragma once
// A small live plot of a migration's remaining memory: one point per progress sample, iteration
// boundaries marked. A converging migration steps down pass after pass; one that does not
// converge shows the same height again and again, which is easier to read than a percentage.
#include "jobs/migrationjob.h"

#include <QVector>
#include <QWidget>

namespace hawan::widgets {

class RemainingPlot : public QWidget
{
    Q_OBJECT
public:
    explicit RemainingPlot(QWidget *parent = nullptr);
    void addSample(const jobs::MigrationProgress &p);
    int sampleCount() const { return int(m_samples.size()); }
    QSize sizeHint() const override { return {240, 54}; }
    QSize minimumSizeHint() const override { return {120, 40}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    struct Sample { qint64 ms; quint64 remaining; quint64 iteration; };
    QVector<Sample> m_samples;
};

} // namespace hawan::widgets
