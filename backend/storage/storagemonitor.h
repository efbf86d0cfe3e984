#pragma once
// Watches each GlusterFS volume of the config through its CLI (`gluster --xml`, run through the
// command the config names: locally, over ssh, or inside the lab), without blocking the thread it
// lives on (QProcess, asynchronous, with a time limit). Keeps the last answer, a bounded history of
// the heal backlog, and the findings an operator needs: bricks down, entries pending heal or in
// split-brain, quorum on a link cut, options that freeze writes or delay heals.
#include "config/config.h"
#include "storage/glusterxml.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <deque>
#include <functional>

namespace hawan::storage {

struct StorageSnapshot
{
    QDateTime at;                  // last complete round; invalid before the first
    QString error;                 // non-empty: the last round failed (state unknown, never "healthy")
    VolumeInfo info;
    VolumeStatus status;
    QVector<BrickHeal> heal;
    QMap<QString, QString> options; // volume get all (refreshed once a minute)
    bool hasData() const { return at.isValid(); }
    qint64 pendingTotal() const;    // -1 when some brick could not say
    qint64 splitBrainTotal() const;
    int bricksOffline() const;
    bool selfHealRunning() const;   // every self-heal daemon online
    // Which config site a brick lives at (from [[storage]] brick_sites), or "".
};

struct Finding
{
    enum class Level { Ok, Warning, Critical };
    Level level = Level::Ok;
    QString text;    // what is the case
    QString advice;  // what to do
};

struct HealSample
{
    QDateTime at;
    qint64 pending = 0, splitBrain = 0; // known entries (a brick that cannot answer adds nothing)
    bool partial = false;                // some brick could not answer: pending is a lower bound
};

class StorageMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StorageMonitor(const config::Config &config, QObject *parent = nullptr);
    ~StorageMonitor() override;

    int count() const { return int(m_volumes.size()); }
    const config::Storage &storage(int i) const { return m_volumes[i].cfg; }
    const StorageSnapshot &snapshot(int i) const { return m_volumes[i].snap; }
    const std::deque<HealSample> &history(int i) const { return m_volumes[i].history; }
    QString siteOfBrick(int i, const QString &brickHost) const;
    QVector<Finding> findings(int i) const;

    // Why a maintenance, evacuation or recovery should not go ahead now (empty: storage is in sync).
    QStringList blockers() const;

    bool allAnswered() const; // every volume answered (or failed) at least once

    void start(int intervalMs = 3000);
    void refreshNow();

    enum class Action { Heal, SplitBrainFiles, StartForce };
    // The command line of an operator's action on volume `i` (the configured CLI runner and the
    // gluster arguments; its output is text, not XML): run it as a job (core::Fleet::storageAction),
    // then refresh(i).
    QStringList actionCommand(int i, Action action) const;
    static QString actionTitle(Action action, const QString &volume);
    // Asks volume `i` again now, outside the polling rhythm.
    void refresh(int i) { round(i); }

Q_SIGNALS:
    void changed(int storage);

private:
    struct Volume
    {
        config::Storage cfg;
        StorageSnapshot snap;
        StorageSnapshot next;          // being assembled by the current round
        std::deque<HealSample> history;
        QPointer<QProcess> running;
        QDateTime optionsAt;
        bool busy = false;
        bool published = false; // this round's picture is out (the options come after it)
        QDateTime roundStarted;  // of the round out now
        bool overdueShown = false; // that round was said to be overdue (the picture is not current)
        int lockRetries = 0;   // glusterd busy with another transaction: asked again, a few times
    };
    void round(int i);
    void step(int i, int stage);
    void finishRound(int i, const QString &error);
    void publish(int i); // the round's picture, before its options
    void run(int i, const QStringList &args, std::function<void(int exitCode, const QByteArray &out, const QString &err)> then,
             int timeoutMs = 20000);

    std::vector<Volume> m_volumes;
    QMap<QString, QString> m_brickSites;
    QTimer m_timer;
};

QString levelId(Finding::Level l);

} // namespace hawan::storage
