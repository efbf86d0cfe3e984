#pragma once
// The job panel: every migration with its phase, data sent and remaining, rate, dirty rate,
// iteration and elapsed time, a Cancel button while it runs and its result when done.
#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace hawan::core { class Fleet; }
namespace hawan::jobs { class MigrationJob; }

namespace hawan::widgets {

class JobsView : public QWidget
{
    Q_OBJECT
public:
    explicit JobsView(core::Fleet *fleet, QWidget *parent = nullptr);
    int jobCount() const { return m_count; }
    static QString describe(const jobs::MigrationJob *job); // the status line shown for a job

private:
    void addJob(jobs::MigrationJob *job);

    QVBoxLayout *m_list;
    QLabel *m_empty;
    int m_count = 0;
};

} // namespace hawan::widgets
