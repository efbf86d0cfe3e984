#pragma once
// The demo tour for conferences (`hawan --tour NAME`): a scripted story played on the lab, one
// step at a time, each with a caption across the bottom of the window: the WAN degrades and a
// migration across it slows; a host loses power, is fenced and its VMs come back; a brick fails
// and heals. The presenter advances with Space (or `--tour-interval S` advances by itself once a
// step has finished); Esc stops, and whatever the tour changed is put back (the link's delay, the
// VM it moved; a drill repairs its own fault). Steps act through the console's own jobs (the
// migration job, the drills), so the Jobs and Drills panels show them as an operator would see.
#include "drills/drill.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QMainWindow;
namespace hawan::core { class Fleet; }
namespace hawan::jobs { class Job; }

namespace hawan::widgets {

class DrillsView;

class TourPlayer : public QObject
{
    Q_OBJECT
public:
    struct Step
    {
        QString title, text;
        // Starts the step's work as a job (null: a caption alone). Its end lets the tour go on.
        std::function<jobs::Job *()> act;
        // What a drill step shows: the Drills panel follows the job.
        bool drill = false;
    };

    // `name`: one of tourNames(). `autoSeconds` > 0: advance by itself that long after a step ends.
    TourPlayer(core::Fleet *fleet, const QString &name, int autoSeconds, QObject *parent = nullptr);
    // Plays tour `name` on `window`: its caption over the window, the Drills panel (`drills`, in the
    // dock "drillsDock") following each drill, the summary in the event log; the first caption once
    // every host and the storage have reported.
    static TourPlayer *play(QMainWindow *window, core::Fleet *fleet, DrillsView *drills, const QString &name,
                            int autoSeconds);
    static QStringList tourNames(); // "wan", "host", "brick", "all"
    static QString tourDescription(const QString &name);

    int stepCount() const { return int(m_steps.size()); }
    int current() const { return m_current; }
    const Step &step(int i) const { return m_steps[i]; }
    bool stepRunning() const;
    bool isStopping() const { return m_stopping; }

public Q_SLOTS:
    void next();  // the next step (once the current one has ended)
    void stop();  // stops the current step and puts back what the tour changed, then finished()

Q_SIGNALS:
    void changed();                           // the caption to show changed
    void drillStarted(hawan::jobs::Job *job); // a drill step's job: the Drills panel follows it
    void finished(const QString &summary);

private:
    void build(const QString &name);
    void addWan();
    void addDrill(const QString &drillId, const QString &title, const QString &text);
    void stepEnded();
    void restoreNext();
    jobs::Job *command(const QStringList &argv, const QString &title);

    core::Fleet *m_fleet;
    QVector<Step> m_steps;
    int m_current = -1;
    int m_auto = 0;
    QPointer<jobs::Job> m_job;
    QTimer m_autoTimer;
    bool m_stopping = false, m_done = false;
    // What to put back at the end (last first): the delay, the VM moved.
    QVector<std::function<jobs::Job *()>> m_restore;
    QString m_movedUuid;
    int m_movedFrom = -1, m_movedTo = -1;
    double m_delayBefore = -1;
    drills::Tools m_tools;
};

// The caption across the bottom of the window: the step, its text, and what the presenter can do.
class TourCaption : public QWidget
{
    Q_OBJECT
public:
    explicit TourCaption(TourPlayer *player, QWidget *parent);
    void place(); // across the bottom of the parent

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    TourPlayer *m_player;
    QLabel *m_title = nullptr, *m_text = nullptr, *m_hint = nullptr;
};

} // namespace hawan::widgets
