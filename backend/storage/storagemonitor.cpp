#include "storage/storagemonitor.h"

#include <QCoreApplication>

#include <algorithm>

namespace hawan::storage {

namespace {
constexpr size_t kHistory = 720; // one hour at 5 s
} // namespace

QString levelId(Finding::Level l)
{
    switch (l) {
    case Finding::Level::Ok: return QStringLiteral("ok");
    case Finding::Level::Warning: return QStringLiteral("warning");
    case Finding::Level::Critical: return QStringLiteral("critical");
    }
    return {};
}

qint64 StorageSnapshot::pendingTotal() const
{
    qint64 sum = 0;
    for (const auto &b : heal) {
        if (b.pending < 0)
            return -1;
        sum += b.pending;
    }
    return sum;
}

qint64 StorageSnapshot::splitBrainTotal() const
{
    // Every brick of a replica set lists the same entry: the most any brick lists is the count.
    qint64 most = 0;
    for (const auto &b : heal)
        most = std::max<qint64>(most, b.splitBrain);
    return most;
}

int StorageSnapshot::bricksOffline() const
{
    int n = 0;
    for (const auto &b : status.bricks)
        n += b.online ? 0 : 1;
    return n;
}

bool StorageSnapshot::selfHealRunning() const
{
    if (status.selfHealDaemons.isEmpty())
        return false;
    for (const auto &s : status.selfHealDaemons)
        if (!s.online)
            return false;
    return true;
}

StorageMonitor::StorageMonitor(const config::Config &config, QObject *parent) : QObject(parent)
{
    for (const auto &s : config.storage) {
        if (s.kind == QLatin1String("glusterfs") && !s.command.isEmpty()) {
            Volume v;
            v.cfg = s;
            m_volumes.push_back(std::move(v));
        }
    }
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &StorageMonitor::refreshNow);
}

StorageMonitor::~StorageMonitor()
{
    for (auto &v : m_volumes)
        if (v.running) {
            v.running->disconnect(this);
            v.running->kill();
            v.running->waitForFinished(1000); // already killed: reaps it, bounded
        }
}

void StorageMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    refreshNow();
}

void StorageMonitor::refreshNow()
{
    for (int i = 0; i < count(); ++i)
        round(i);
}

bool StorageMonitor::allAnswered() const
{
    return std::all_of(m_volumes.begin(), m_volumes.end(), [](const Volume &v) { return v.snap.hasData() || !v.snap.error.isEmpty(); });
}

QString StorageMonitor::siteOfBrick(int i, const QString &brickHost) const
{
    return m_volumes[i].cfg.brickSites.value(brickHost);
}

void StorageMonitor::run(int i, const QStringList &args,
                         std::function<void(int, const QByteArray &, const QString &)> then, int timeoutMs)
{
    const QStringList cmd = m_volumes[i].cfg.command;
    auto *p = new QProcess(this);
    m_volumes[i].running = p;
    auto *timer = new QTimer(p);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, p, [p] { p->kill(); });
    auto finished = std::make_shared<bool>(false);
    connect(p, &QProcess::finished, this, [p, then, finished, timer](int code, QProcess::ExitStatus st) {
        if (*finished)
            return;
        *finished = true;
        const bool timedOut = !timer->isActive() && st == QProcess::CrashExit;
        timer->stop();
        const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
        p->deleteLater();
        then(st == QProcess::NormalExit ? code : -1, p->readAllStandardOutput(),
             timedOut ? tr("no answer within the time limit; the command was stopped") : err);
    });
    connect(p, &QProcess::errorOccurred, this, [p, cmd, then, finished, timer](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || *finished)
            return;
        *finished = true;
        timer->stop();
        p->deleteLater();
        then(-1, {}, tr("cannot run '%1': %2").arg(cmd.first(), p->errorString()));
    });
    p->start(cmd.first(), cmd.mid(1) + args);
    timer->start(timeoutMs);
}

void StorageMonitor::round(int i)
{
    Volume &v = m_volumes[size_t(i)];
    if (v.busy) {
        // The previous round is still out: never pile up commands on a slow CLI. But a round
        // waiting long (a storage node gone: the CLI waits for it, then glusterd holds the volume's
        // lock for it; measured 20 s in the lab) must not leave the last good picture on screen as
        // if it were current: once it is overdue, the state is unknown until the round answers.
        const qint64 waited = v.roundStarted.msecsTo(QDateTime::currentDateTimeUtc());
        if (!v.overdueShown && waited > std::max<qint64>(8000, 2 * qint64(m_timer.interval()))) {
            v.overdueShown = true;
            v.snap.error = tr("no answer for %1 s from the storage CLI").arg(waited / 1000);
            Q_EMIT changed(i);
        }
        return;
    }
    v.busy = true;
    v.published = false;
    v.roundStarted = QDateTime::currentDateTimeUtc();
    v.overdueShown = false;
    v.next = StorageSnapshot{};
    v.next.options = v.snap.options;
    step(i, 0);
}

// One round: volume info, volume status, heal info summary, and once a minute volume get. The
// picture is published after the heal info (all the storage gate needs), before the options: a
// command waiting to act (hawanctl evacuate) need not wait for them.
void StorageMonitor::step(int i, int stage)
{
    Volume &v = m_volumes[size_t(i)];
    const QString vol = v.cfg.volume;
    auto check = [this, i, stage](int code, const QByteArray &out, const QString &err, auto parse, int nextStage) {
        Volume &vv = m_volumes[size_t(i)];
        // gluster answers errors in XML too (opRet != 0) and exits non-zero: the parser says why.
        QString why;
        if (out.trimmed().isEmpty())
            why = err.isEmpty() ? tr("no output (exit code %1)").arg(code) : err;
        else
            why = parse(vv, out);
        // glusterd serialises CLI operations cluster-wide: another console's (or a killed CLI's)
        // transaction makes it refuse for a while (seen: over 10 s). Not a storage problem: ask again,
        // for up to 30 s.
        if (!why.isEmpty() && why.contains(QLatin1String("Another transaction is in progress")) && vv.lockRetries < 20) {
            ++vv.lockRetries;
            QTimer::singleShot(1500, this, [this, i, stage] { step(i, stage); });
            return;
        }
        vv.lockRetries = 0;
        if (!why.isEmpty())
            return finishRound(i, why);
        step(i, nextStage);
    };
    switch (stage) {
    case 0:
        return run(i, {QStringLiteral("--xml"), QStringLiteral("volume"), QStringLiteral("info"), vol},
                   [=](int c, const QByteArray &o, const QString &e) {
                       check(c, o, e, [vol](Volume &vv, const QByteArray &x) {
                           auto r = GlusterXml::volumeInfo(x, vol);
                           if (!r)
                               return tr("volume info: %1").arg(r.error());
                           vv.next.info = r.value();
                           return QString();
                       }, 1);
                   });
    case 1:
        return run(i, {QStringLiteral("--xml"), QStringLiteral("volume"), QStringLiteral("status"), vol},
                   [=](int c, const QByteArray &o, const QString &e) {
                       check(c, o, e, [vol](Volume &vv, const QByteArray &x) {
                           auto r = GlusterXml::volumeStatus(x, vol);
                           if (!r)
                               return tr("volume status: %1").arg(r.error());
                           vv.next.status = r.value();
                           // A brick whose node is gone (powered off, cut off) is not listed at
                           // all by the nodes that answer: it is offline, not absent.
                           for (const auto &b : vv.next.info.bricks) {
                               const bool listed = std::any_of(vv.next.status.bricks.cbegin(), vv.next.status.bricks.cend(),
                                                               [&b](const BrickProcess &p) { return p.host == b.host && p.path == b.path; });
                               if (!listed)
                                   vv.next.status.bricks.append({b.host, b.path, false, -1, -1});
                           }
                           return QString();
                       }, 2);
                   });
    case 2:
        return run(i, {QStringLiteral("--xml"), QStringLiteral("volume"), QStringLiteral("heal"), vol, QStringLiteral("info"), QStringLiteral("summary")},
                   [=](int c, const QByteArray &o, const QString &e) {
                       check(c, o, e, [](Volume &vv, const QByteArray &x) {
                           auto r = GlusterXml::healInfo(x);
                           if (!r)
                               return tr("heal info: %1").arg(r.error());
                           vv.next.heal = r.value();
                           return QString();
                       }, 3);
                   });
    case 3:
        if (v.optionsAt.isValid() && v.optionsAt.secsTo(QDateTime::currentDateTimeUtc()) < 60)
            return finishRound(i, {});
        publish(i);
        return run(i, {QStringLiteral("--xml"), QStringLiteral("volume"), QStringLiteral("get"), vol, QStringLiteral("all")},
                   [=](int c, const QByteArray &o, const QString &e) {
                       check(c, o, e, [](Volume &vv, const QByteArray &x) {
                           auto r = GlusterXml::volumeOptions(x);
                           if (!r)
                               return tr("volume get: %1").arg(r.error());
                           vv.next.options = r.value();
                           vv.optionsAt = QDateTime::currentDateTimeUtc();
                           return QString();
                       }, 4);
                   });
    default:
        return finishRound(i, {});
    }
}

void StorageMonitor::publish(int i)
{
    Volume &v = m_volumes[size_t(i)];
    v.published = true;
    v.next.at = QDateTime::currentDateTimeUtc();
    v.snap = v.next;
    qint64 known = 0;
    for (const auto &h : v.snap.heal)
        known += std::max<qint64>(0, h.pending);
    v.history.push_back({v.snap.at, known, v.snap.splitBrainTotal(), v.snap.pendingTotal() < 0});
    while (v.history.size() > kHistory)
        v.history.pop_front();
    Q_EMIT changed(i);
}

void StorageMonitor::finishRound(int i, const QString &error)
{
    Volume &v = m_volumes[size_t(i)];
    v.busy = false;
    if (!error.isEmpty()) {
        // Keep the last good picture for context, but the state is now unknown: say so.
        v.snap.error = error;
    } else if (!v.published) {
        return publish(i);
    } else {
        v.snap.options = v.next.options; // the round's picture is out: only the options came since
    }
    Q_EMIT changed(i);
}

QVector<Finding> StorageMonitor::findings(int i) const
{
    using L = Finding::Level;
    const Volume &v = m_volumes[size_t(i)];
    const StorageSnapshot &s = v.snap;
    QVector<Finding> out;
    if (!s.error.isEmpty())
        out.push_back({L::Critical, tr("State unknown: %1").arg(s.error),
                       tr("Check that the storage command works: %1 --xml volume info %2").arg(v.cfg.command.join(QLatin1Char(' ')), v.cfg.volume)});
    if (!s.hasData())
        return out;
    if (!s.info.started)
        out.push_back({L::Critical, tr("Volume %1 is not started").arg(s.info.name), tr("gluster volume start %1").arg(s.info.name)});
    for (const auto &b : s.status.bricks)
        if (!b.online)
            out.push_back({L::Critical, tr("Brick %1:%2 is offline").arg(b.host, b.path),
                           tr("Writes go to one copy only until it returns; bring it back (volume start force) once its host is up, then let it heal.")});
    for (const auto &h : s.heal)
        if (h.connected && h.pending > 0)
            out.push_back({L::Warning, tr("%1 has %2 entries pending heal").arg(h.name).arg(h.pending),
                           tr("Replicas differ until healed; trigger a heal (the self-heal daemon's own scan may wait minutes).")});
    if (const qint64 sb = s.splitBrainTotal(); sb > 0)
        out.push_back({L::Critical, tr("%n entries in split-brain (listed by each brick holding a copy)", nullptr, int(sb)),
                       tr("Both copies changed independently; list the files and choose the good copy of each (gluster volume heal %1 split-brain ...).").arg(s.info.name)});
    if (!s.selfHealRunning())
        out.push_back({L::Warning, tr("The self-heal daemon is not running everywhere"),
                       tr("Pending entries will not heal by themselves; restart glusterd on the node, or volume start force.")});
    const int replica = s.info.replicaCount, arbiter = s.info.arbiterCount;
    QSet<QString> sites;
    for (const auto &b : s.info.bricks)
        sites.insert(v.cfg.brickSites.value(b.host, b.host));
    if (replica == 2 && arbiter == 0)
        out.push_back({L::Warning,
                       sites.size() >= 2 ? tr("Replica 2 across two sites without an arbiter: if the link is cut, both sides may keep writing (split-brain) or, with quorum, one side stops")
                                         : tr("Replica 2 without an arbiter: split-brain risk when the bricks lose each other"),
                       tr("Add an arbiter brick at a third location (replica 3 arbiter 1), or set cluster.quorum-type to auto and accept that the first brick's side alone keeps writing.")});
    // An option's value: from `volume get all` (every option), else from volume info (those set).
    auto option = [&s](const QString &key, const QString &fallback = {}) {
        return s.options.value(key, s.info.options.value(key, fallback));
    };
    const QString quorum = option(QStringLiteral("cluster.quorum-type"));
    if (quorum == QLatin1String("none"))
        out.push_back({L::Warning, tr("Quorum: none; on a link cut both sides keep writing, and the copies diverge (split-brain)"),
                       tr("Set cluster.quorum-type to auto (gluster volume set %1 cluster.quorum-type auto), with an arbiter to keep both sites writable.")
                           .arg(s.info.name)});
    else if (!quorum.isEmpty())
        out.push_back({L::Ok, tr("Quorum: %1; on a link cut only the side holding a majority (or the first brick, with 'auto' and replica 2) keeps writing").arg(quorum),
                       {}});
    bool okPing = false;
    const int ping = option(QStringLiteral("network.ping-timeout"), QStringLiteral("42")).toInt(&okPing);
    if (okPing && ping >= 30)
        out.push_back({L::Warning, tr("network.ping-timeout is %1 s: when a brick's site goes silent, writes freeze for that long").arg(ping),
                       tr("For a stretched volume a few seconds is usual (gluster volume set %1 network.ping-timeout 5), traded against false disconnects.").arg(s.info.name)});
    bool okHeal = false;
    const int healTimeout = option(QStringLiteral("cluster.heal-timeout"), QStringLiteral("600")).toInt(&okHeal);
    if (okHeal && healTimeout >= 300)
        out.push_back({L::Warning, tr("cluster.heal-timeout is %1 s: pending entries may wait that long before the self-heal daemon looks").arg(healTimeout),
                       tr("Trigger a heal after an outage, or lower it (gluster volume set %1 cluster.heal-timeout 60).").arg(s.info.name)});
    // Seen on the lab (GlusterFS 10.3, FUSE): two guests starting at once on one host, each taking
    // its image's lock, left both of the client's epoll threads asleep in the lock callback and the
    // host's mount wedged for good (GlusterFS issue #4371): 3 of 7 recorded crash recoveries with
    // the default 2 threads (docs/performance.md).
    bool okThreads = false;
    const int threads = option(QStringLiteral("client.event-threads")).toInt(&okThreads);
    if (okThreads && threads < 4)
        out.push_back({L::Warning, tr("client.event-threads is %1: several VMs starting at once on one host (a crash recovery) can wedge that host's FUSE mount").arg(threads),
                       tr("Each guest's image lock may hold one client thread until none is left (GlusterFS issue #4371); "
                          "give the clients more (gluster volume set %1 client.event-threads 8).").arg(s.info.name)});
    if (out.isEmpty() || std::all_of(out.begin(), out.end(), [](const Finding &f) { return f.level == L::Ok; }))
        out.prepend({L::Ok, tr("All bricks online, nothing pending heal"), {}});
    return out;
}

QStringList StorageMonitor::blockers() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i) {
        const StorageSnapshot &s = m_volumes[size_t(i)].snap;
        const QString name = m_volumes[size_t(i)].cfg.name;
        if (!s.error.isEmpty())
            out << tr("%1: its state is unknown (%2)").arg(name, s.error);
        else if (!s.hasData())
            out << tr("%1: no answer from the storage yet").arg(name);
        if (!s.hasData())
            continue;
        for (const auto &b : s.status.bricks)
            if (!b.online)
                out << tr("%1: brick %2:%3 is offline, so only one copy is current").arg(name, b.host, b.path);
        qint64 known = 0;
        for (const auto &h : s.heal)
            known += std::max<qint64>(0, h.pending);
        if (known > 0)
            out << (s.pendingTotal() < 0 ? tr("%1: at least %2 entries are pending heal (the copies differ)")
                                         : tr("%1: %2 entries are pending heal (the copies differ)")).arg(name).arg(known);
        if (s.splitBrainTotal() > 0)
            out << tr("%1: %n entries are in split-brain", nullptr, int(s.splitBrainTotal())).arg(name);
    }
    return out;
}

QString StorageMonitor::actionTitle(Action action, const QString &volume)
{
    switch (action) {
    case Action::Heal: return tr("Heal %1").arg(volume);
    case Action::StartForce: return tr("Start %1 force").arg(volume);
    case Action::SplitBrainFiles: break;
    }
    return tr("Split-brain files of %1").arg(volume);
}

QStringList StorageMonitor::actionCommand(int i, Action action) const
{
    const Volume &v = m_volumes[size_t(i)];
    QStringList args;
    switch (action) {
    case Action::Heal: args = {QStringLiteral("volume"), QStringLiteral("heal"), v.cfg.volume}; break;
    case Action::SplitBrainFiles: args = {QStringLiteral("volume"), QStringLiteral("heal"), v.cfg.volume, QStringLiteral("info"), QStringLiteral("split-brain")}; break;
    case Action::StartForce: args = {QStringLiteral("--mode=script"), QStringLiteral("volume"), QStringLiteral("start"), v.cfg.volume, QStringLiteral("force")}; break;
    }
    return v.cfg.command + args;
}

} // namespace hawan::storage
