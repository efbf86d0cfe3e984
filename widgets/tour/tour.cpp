#include "tour/tour.h"

#include "core/fleet.h"
#include "drills/drill.h"
#include "experiments/vmtest.h"
#include "jobs/commandjob.h"
#include "jobs/jobtracker.h"
#include "jobs/migrationjob.h"
#include "model/inventory.h"
#include "util/async.h"
#include "drills/drillsview.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <limits>

namespace hawan::widgets {

namespace {
// Jobs one after the other, as one: each made when the one before it has ended (so it can use
// what that one found); ends with the last, or with the first that fails.
class ChainJob : public jobs::Job
{
public:
    ChainJob(QString title, QVector<std::function<jobs::Job *()>> links, QObject *parent = nullptr)
        : Job(parent), m_title(std::move(title)), m_links(std::move(links))
    {
    }
    QString title() const override { return m_title; }

protected:
    void doStart() override { QMetaObject::invokeMethod(this, [this] { step(); }, Qt::QueuedConnection); }
    void doCancel() override
    {
        if (m_current)
            m_current->cancel();
        else
            finish({jobs::JobOutcome::Cancelled, jobs::JobError::None, {}, 0});
    }

private:
    void step()
    {
        if (isCancelRequested())
            return finish({jobs::JobOutcome::Cancelled, jobs::JobError::None, {}, 0});
        if (m_next >= m_links.size())
            return finish({jobs::JobOutcome::Succeeded, jobs::JobError::None, {}, 0});
        jobs::Job *job = m_links[m_next++]();
        if (!job) // nothing to do for this link
            return step();
        m_current = job;
        connect(job, &jobs::Job::ended, this, [this](jobs::Job *j) {
            m_current = nullptr;
            if (!j->jobResult().succeeded())
                return finish(j->jobResult());
            step();
        });
        if (!job->isStarted())
            job->start();
    }
    const QString m_title;
    QVector<std::function<jobs::Job *()>> m_links;
    int m_next = 0;
    QPointer<jobs::Job> m_current;
};

// A job that has already failed, for a step that cannot run (its message says why).
class FailedJob : public jobs::Job
{
public:
    FailedJob(QString title, QString why, QObject *parent = nullptr) : Job(parent), m_title(std::move(title)), m_why(std::move(why)) {}
    QString title() const override { return m_title; }

protected:
    void doStart() override
    {
        QMetaObject::invokeMethod(this, [this] { finish({jobs::JobOutcome::Failed, jobs::JobError::Refused, m_why, 0}); }, Qt::QueuedConnection);
    }

private:
    QString m_title, m_why;
};
} // namespace

QStringList TourPlayer::tourNames()
{
    return {QStringLiteral("wan"), QStringLiteral("host"), QStringLiteral("brick"), QStringLiteral("all")};
}

QString TourPlayer::tourDescription(const QString &name)
{
    if (name == QLatin1String("wan"))
        return tr("the WAN degrades and a live migration across it slows, then it recovers");
    if (name == QLatin1String("host"))
        return tr("a host loses power: it is detected, fenced, and its VMs come back");
    if (name == QLatin1String("brick"))
        return tr("a storage brick fails and heals while both sites keep writing");
    if (name == QLatin1String("all"))
        return tr("the three stories, one after the other");
    return {};
}

TourPlayer *TourPlayer::play(QMainWindow *window, core::Fleet *fleet, DrillsView *drills, const QString &name,
                             int autoSeconds)
{
    auto *tour = new TourPlayer(fleet, name, autoSeconds, window);
    new TourCaption(tour, window);
    auto raiseDrills = [window] {
        if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("drillsDock"))) {
            dock->show();
            dock->raise();
        }
    };
    connect(tour, &TourPlayer::drillStarted, window, [drills, raiseDrills](jobs::Job *job) {
        raiseDrills();
        drills->follow(qobject_cast<drills::DrillJob *>(job));
        // Its verdict in front when it ends (a recovery's plan raises the Jobs panel meanwhile).
        connect(job, &jobs::Job::ended, drills, raiseDrills);
    });
    connect(tour, &TourPlayer::finished, window, [fleet](const QString &summary) {
        fleet->inventory()->log(model::LogEntry::Severity::Info, -1, {}, summary);
    });
    auto *inv = fleet->inventory();
    auto begin = [tour] { QTimer::singleShot(1500, tour, &TourPlayer::next); };
    if (inv->allReported()) {
        begin();
    } else {
        auto *once = new QObject(tour);
        connect(inv, &model::Inventory::reportedChanged, once, [inv, once, begin] {
            if (!inv->allReported())
                return;
            begin();
            once->deleteLater();
        });
    }
    return tour;
}

TourPlayer::TourPlayer(core::Fleet *fleet, const QString &name, int autoSeconds, QObject *parent)
    : QObject(parent), m_fleet(fleet), m_auto(autoSeconds)
{
    m_autoTimer.setSingleShot(true);
    connect(&m_autoTimer, &QTimer::timeout, this, &TourPlayer::next);
    util::runDetached(tr("looking for hawan-writer"), this,
                      [dir = QCoreApplication::applicationDirPath()] { return drills::findTools(dir); },
                      [this](drills::Tools tools) { m_tools = std::move(tools); });
    build(name);
}

bool TourPlayer::stepRunning() const
{
    return m_job && !m_job->isFinished();
}

jobs::Job *TourPlayer::command(const QStringList &argv, const QString &title)
{
    auto *job = new jobs::CommandJob(title, argv, 120000, this);
    job->setKeepStdout(true);
    return job;
}

void TourPlayer::build(const QString &name)
{
    const auto &cfg = m_fleet->inventory()->config();
    const QString a = cfg.sites.value(0).name, b = cfg.sites.value(1).name;
    m_steps.append({tr("Two sites, one network, one volume"),
                    tr("%1 and %2 share one layer-2 network across the WAN and one GlusterFS volume replicated at both sites: "
                       "a VM can move between the sites while it runs, and restart at the other site when its host dies.")
                        .arg(a, b),
                    {}, false});
    if (name == QLatin1String("wan") || name == QLatin1String("all"))
        addWan();
    if (name == QLatin1String("host") || name == QLatin1String("all"))
        addDrill(QStringLiteral("host-power-loss"), tr("A host loses power"),
                 tr("The busiest host goes dark. The console notices when its keepalive goes unanswered, fences the host, "
                    "and restarts each of its VMs on another host; then it checks that every VM runs exactly once and that "
                    "no acknowledged write was lost (the Drills panel shows the verdict as it forms)."));
    if (name == QLatin1String("brick") || name == QLatin1String("all"))
        addDrill(QStringLiteral("brick-down"), tr("A storage brick fails"),
                 tr("%1's brick of the volume dies. Writes go on to the other copy at both sites (the witnesses' graph keeps "
                    "climbing); the brick is restarted and the self-heal copies what it missed.").arg(b));
    m_steps.append({tr("That was the tour"),
                    tr("Everything it changed is back as it was. Every step is an ordinary job of the console: the same "
                       "migrations, recoveries and drills an operator runs, with their reports kept in the Drills panel."),
                    {}, false});
}

void TourPlayer::addWan()
{
    const auto &cfg = m_fleet->inventory()->config();
    if (cfg.links.isEmpty() || cfg.links[0].emulate.isEmpty()) {
        m_steps.append({tr("The WAN degrades"), tr("This configuration's link has no emulate command: this part of the tour needs the lab."),
                        {}, false});
        return;
    }
    const QStringList emulate = cfg.links[0].emulate;
    const QString link = cfg.links[0].name;
    m_steps.append({tr("The WAN degrades"),
                    tr("The one-way delay on %1 goes up to 20 ms: the round trip in the WAN box climbs past the link's limit, "
                       "as on the latency graph (Ctrl+G).").arg(link),
                    [this, emulate, link]() -> jobs::Job * {
                        auto reader = std::make_shared<QPointer<jobs::CommandJob>>();
                        return new ChainJob(tr("Degrade %1").arg(link), {
                            [this, emulate, reader] {
                                auto *job = static_cast<jobs::CommandJob *>(command(emulate + QStringList{QStringLiteral("--show")}, tr("read the delay")));
                                *reader = job;
                                return job;
                            },
                            [this, emulate, reader] {
                                // The delay read is put back when the tour ends (or at "The WAN recovers").
                                bool ok = false;
                                const double v = *reader ? QString::fromLocal8Bit((*reader)->stdoutBytes()).trimmed().toDouble(&ok) : -1;
                                m_delayBefore = ok ? v : 5;
                                m_restore.append([this, emulate] {
                                    return command(emulate + QStringList{QStringLiteral("--delay"), QStringLiteral("%1ms").arg(m_delayBefore)},
                                                   tr("put the delay back"));
                                });
                                return command(emulate + QStringList{QStringLiteral("--delay"), QStringLiteral("20ms")}, tr("delay 20 ms"));
                            }}, this);
                    },
                    false});
    m_steps.append({tr("A live migration across the slow WAN"),
                    tr("A running VM moves to the other site while it runs. Its memory crosses the WAN; every page the guest "
                       "writes meanwhile is sent again, and each round trip now costs 40 ms: the Jobs panel shows the copy's "
                       "progress and rate."),
                    [this]() -> jobs::Job * {
                        const auto *inv = m_fleet->inventory();
                        const int from = inv->config().siteIndex(inv->config().links[0].siteA);
                        const int to = inv->config().siteIndex(inv->config().links[0].siteB);
                        quint64 smallest = std::numeric_limits<quint64>::max();
                        int host = -1;
                        QString uuid;
                        for (int h : inv->hostsOfSite(from))
                            for (const auto &vm : inv->vms(h))
                                if (vm.state == model::VmState::Running && vm.memoryKiB < smallest) {
                                    smallest = vm.memoryKiB;
                                    host = h;
                                    uuid = vm.uuid;
                                }
                        const int dest = experiments::testHost(*inv, to);
                        if (host < 0 || dest < 0)
                            return new FailedJob(tr("Migrate"), tr("no running VM to move, or no host to receive it"), this);
                        QString error;
                        jobs::MigrationOptions opt;
                        opt.timeoutS = 300;
                        opt.autoConverge = true;
                        auto *job = m_fleet->startMigration(host, uuid, dest, opt, &error);
                        if (!job)
                            return new FailedJob(tr("Migrate"), error, this);
                        m_movedUuid = uuid;
                        m_movedFrom = host;
                        m_movedTo = dest;
                        m_restore.append([this]() -> jobs::Job * {
                            jobs::MigrationOptions back;
                            back.timeoutS = 300;
                            back.autoConverge = true;
                            QString error;
                            // Back from wherever it ended up (a failed move left it where it was).
                            for (const auto &[h, i] : m_fleet->inventory()->locate(m_movedUuid))
                                if (h != m_movedFrom && model::vmIsActive(m_fleet->inventory()->vms(h)[i].state))
                                    return m_fleet->startMigration(h, m_movedUuid, m_movedFrom, back, &error);
                            return nullptr;
                        });
                        return job;
                    },
                    false});
    m_steps.append({tr("The WAN recovers"), tr("The delay goes back to what it was; the WAN box turns green again."),
                    [this]() -> jobs::Job * {
                        if (m_restore.isEmpty())
                            return nullptr;
                        // The delay is put back first, then the VM (the order of the restore list).
                        auto delay = m_restore.takeFirst();
                        return delay();
                    },
                    false});
    m_steps.append({tr("Back home"), tr("The VM moves back to its own host, over the healthy WAN: much faster."),
                    [this]() -> jobs::Job * {
                        if (m_restore.isEmpty())
                            return nullptr;
                        auto back = m_restore.takeFirst();
                        return back();
                    },
                    false});
}

void TourPlayer::addDrill(const QString &drillId, const QString &title, const QString &text)
{
    m_steps.append({title, text,
                    [this, drillId]() -> jobs::Job * {
                        drills::DrillSpec spec;
                        spec.drill = *drills::drillFromId(drillId);
                        if (spec.drill == drills::Drill::BrickDown)
                            spec.site = m_fleet->inventory()->config().sites.value(1).name;
                        auto *job = m_fleet->jobs()->add(std::make_unique<drills::DrillJob>(m_fleet, spec, m_tools));
                        job->resolve();
                        return job;
                    },
                    true});
}

void TourPlayer::next()
{
    if (m_stopping || m_done || stepRunning())
        return;
    m_autoTimer.stop();
    if (m_current + 1 >= m_steps.size()) {
        m_done = true;
        Q_EMIT finished(tr("The tour ended."));
        return;
    }
    ++m_current;
    const Step &st = m_steps[m_current];
    m_job = st.act ? st.act() : nullptr;
    if (m_job) {
        connect(m_job, &jobs::Job::ended, this, &TourPlayer::stepEnded);
        if (st.drill)
            Q_EMIT drillStarted(m_job);
        if (!m_job->isStarted())
            m_job->start();
    }
    Q_EMIT changed();
    if (!m_job)
        stepEnded();
}

void TourPlayer::stepEnded()
{
    Q_EMIT changed();
    if (m_auto > 0 && !m_stopping)
        m_autoTimer.start(m_auto * 1000);
}

void TourPlayer::stop()
{
    if (m_stopping || m_done)
        return;
    m_stopping = true;
    m_autoTimer.stop();
    Q_EMIT changed();
    if (stepRunning()) {
        // A drill repairs its own fault before it ends; a migration is aborted.
        connect(m_job, &jobs::Job::ended, this, &TourPlayer::restoreNext);
        m_job->cancel();
        return;
    }
    restoreNext();
}

void TourPlayer::restoreNext()
{
    while (!m_restore.isEmpty()) {
        auto put = m_restore.takeFirst();
        jobs::Job *job = put();
        if (!job)
            continue;
        m_job = job;
        connect(job, &jobs::Job::ended, this, &TourPlayer::restoreNext);
        if (!job->isStarted())
            job->start();
        Q_EMIT changed();
        return;
    }
    m_done = true;
    Q_EMIT finished(tr("The tour was stopped; what it changed is back as it was."));
}

// ---------------------------------------------------------------------------------------------

TourCaption::TourCaption(TourPlayer *player, QWidget *parent) : QWidget(parent), m_player(player)
{
    setObjectName(QStringLiteral("tourCaption"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#tourCaption { background: rgba(20, 30, 45, 215); border-radius: 10px; }"
                                 "#tourCaption QLabel { color: white; background: transparent; }"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(22, 14, 22, 12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("tourTitle"));
    QFont tf = font();
    tf.setPointSizeF(tf.pointSizeF() * 1.9);
    tf.setBold(true);
    m_title->setFont(tf);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    QFont xf = font();
    xf.setPointSizeF(xf.pointSizeF() * 1.35);
    m_text->setFont(xf);
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: #b0bec5;"));
    l->addWidget(m_title);
    l->addWidget(m_text);
    l->addWidget(m_hint);
    connect(player, &TourPlayer::changed, this, &TourCaption::refresh);
    connect(player, &TourPlayer::finished, this, [this](const QString &summary) {
        m_title->setText(tr("Tour over"));
        m_text->setText(summary);
        m_hint->setText(tr("This caption closes in 10 s."));
        QTimer::singleShot(10000, this, &QWidget::hide);
    });
    parent->installEventFilter(this);
    qApp->installEventFilter(this);
    // Panels raised by the jobs the tour starts (the Jobs panel for a recovery) must not cover it.
    auto *keepOnTop = new QTimer(this);
    keepOnTop->setInterval(400);
    connect(keepOnTop, &QTimer::timeout, this, [this] {
        if (isVisible())
            raise();
    });
    keepOnTop->start();
    refresh();
    place();
    show();
    raise();
}

void TourCaption::place()
{
    auto *p = parentWidget();
    const int w = std::min(p->width() - 40, 1100);
    setFixedWidth(w);
    adjustSize();
    move((p->width() - w) / 2, p->height() - height() - 24);
    raise();
}

bool TourCaption::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    if (event->type() == QEvent::KeyPress && isVisible()) {
        const auto *k = static_cast<QKeyEvent *>(event);
        if (k->key() == Qt::Key_Space && !k->isAutoRepeat()) {
            m_player->next();
            return true;
        }
        if (k->key() == Qt::Key_Escape && !k->isAutoRepeat()) {
            m_player->stop();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TourCaption::refresh()
{
    const int i = m_player->current();
    if (i < 0) {
        m_title->setText(tr("Tour"));
        m_text->setText(tr("Waiting for every host and the storage to answer…"));
        m_hint->setText(tr("Space: start · Esc: end the tour"));
    } else {
        const auto &st = m_player->step(i);
        m_title->setText(tr("%1/%2  %3").arg(i + 1).arg(m_player->stepCount()).arg(st.title));
        m_text->setText(st.text);
        if (m_player->isStopping())
            m_hint->setText(tr("Stopping: putting back what the tour changed…"));
        else if (m_player->stepRunning())
            m_hint->setText(tr("Running… (Esc: stop and put everything back)"));
        else if (i + 1 < m_player->stepCount())
            m_hint->setText(tr("Space: next step · Esc: end the tour"));
        else
            m_hint->setText(tr("Space: close"));
    }
    place();
}

} // namespace hawan::widgets
