#include "probes/probehub.h"

#include "probes/csv.h"
#include "probes/probethread.h"
#include "probes/storageprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>

namespace hawan::probes {

ProbeHub::ProbeHub(const config::Config &config, QObject *parent)
    : QObject(parent), m_config(config), m_intervalMs(config.probes.intervalMs),
      m_timeline(std::make_unique<Timeline>())
{
    qRegisterMetaType<hawan::probes::Reading>();
    m_links.resize(size_t(config.links.size()));
    m_lossRun.assign(size_t(config.links.size()), 0);
    for (int l = 0; l < config.links.size(); ++l) {
        const auto &link = config.links[l];
        m_links[size_t(l)].limitMs = link.rttLimitMs;
        for (const auto &p : link.probes) {
            const QString to = p.from == link.siteA ? link.siteB : link.siteA;
            SeriesInfo s;
            s.id = QStringLiteral("link/%1/%2").arg(link.name, p.from);
            s.label = tr("%1 → %2 (%3)").arg(p.from, to, p.target);
            s.unit = QStringLiteral("ms");
            s.group = SeriesGroup::Link;
            s.link = l;
            s.site = config.siteIndex(p.from);
            addSeries(s);
        }
    }
    if (config.probes.service) {
        for (int h = 0; h < config.hosts.size(); ++h) {
            if (!config.hosts[h].cloud.isEmpty())
                continue; // no libvirt session times a cloud's host (its cloud reports it)
            SeriesInfo s;
            s.id = QStringLiteral("service/%1").arg(config.hosts[h].name);
            s.label = config.hosts[h].name;
            s.unit = QStringLiteral("ms");
            s.group = SeriesGroup::Service;
            s.host = h;
            s.site = config.siteIndex(config.hosts[h].site);
            addSeries(s);
        }
    }
    for (const auto &st : config.storage) {
        for (auto it = st.probeDirs.cbegin(); it != st.probeDirs.cend(); ++it) {
            for (int channel = 0; channel < 2; ++channel) {
                SeriesInfo s;
                s.id = QStringLiteral("storage/%1/%2/%3").arg(st.name, it.key(),
                                                               channel ? QStringLiteral("metadata") : QStringLiteral("write"));
                s.label = channel ? tr("%1 %2: create/stat/unlink").arg(st.name, it.key())
                                  : tr("%1 %2: 4 KiB write + fsync").arg(st.name, it.key());
                s.unit = QStringLiteral("ms");
                s.group = SeriesGroup::Storage;
                s.site = config.siteIndex(it.key());
                addSeries(s);
            }
        }
    }
    for (int l = 0; l < config.links.size(); ++l) {
        SeriesInfo s;
        s.id = QStringLiteral("migration/%1").arg(config.links[l].name);
        s.label = tr("%1: migration stream").arg(config.links[l].name);
        s.unit = QStringLiteral("MiB/s");
        s.group = SeriesGroup::Migration;
        s.link = l;
        s.probed = false;
        addSeries(s);
    }
    if (!config.probes.replay.isEmpty())
        loadReplay(config.probes.replay);
    m_liveness.setInterval(std::max(250, m_intervalMs / 2));
    connect(&m_liveness, &QTimer::timeout, this, &ProbeHub::checkLiveness);
}

ProbeHub::~ProbeHub() = default;

int ProbeHub::addSeries(const SeriesInfo &info)
{
    Series s;
    s.info = info;
    m_series.push_back(std::move(s));
    return int(m_series.size()) - 1;
}

void ProbeHub::start(bool withStorage)
{
    if (m_started || m_intervalMs <= 0)
        return;
    m_started = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    EchoSettings echo{m_intervalMs, m_config.probes.echoes, m_config.probes.timeoutMs};
    int next = 0;
    for (int l = 0; l < m_config.links.size(); ++l) {
        for (const auto &p : m_config.links[l].probes) {
            const int idx = next++;
            EchoTarget t;
            t.address = p.target;
            t.method = p.method == QLatin1String("tcp") ? EchoTarget::Method::Tcp : EchoTarget::Method::Icmp;
            t.port = p.port;
            t.netns = p.netns;
            auto &s = m_series[size_t(idx)];
            s.lastArrivalMs = now;
            s.thread = std::make_unique<ProbeThread>(this, [this, idx](const Reading &r) { addReading(idx, r); });
            s.thread->start([t, echo](ProbeThread::Context &ctx) { runEchoProbe(ctx, t, echo); });
        }
    }
    for (int i = 0; i < seriesCount(); ++i)
        m_series[size_t(i)].lastArrivalMs = now;
    for (const auto &st : withStorage ? m_config.storage : QVector<config::Storage>{}) {
        for (auto it = st.probeDirs.cbegin(); it != st.probeDirs.cend(); ++it) {
            const int write = find(QStringLiteral("storage/%1/%2/write").arg(st.name, it.key()));
            const int meta = write + 1;
            auto &s = m_series[size_t(write)];
            s.thread = std::make_unique<ProbeThread>(this, [this, write, meta](const Reading &r) {
                addReading(r.channel ? meta : write, r);
            });
            const QString dir = it.value();
            const int interval = m_intervalMs;
            s.thread->start([dir, interval](ProbeThread::Context &ctx) { runStorageProbe(ctx, dir, interval); });
        }
    }
    m_liveness.start();
    if (!m_replays.empty()) {
        // A recording opens with its past filled in (as if the console had been watching for the
        // last ten minutes), then goes on playing in a loop.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qsizetype longest = 0;
        for (const auto &r : m_replays)
            longest = std::max(longest, r.rows.size());
        const qint64 steps = longest ? std::max<qint64>(longest, 600'000 / m_intervalMs) : 0;
        for (qint64 k = steps; k > 0; --k) {
            for (auto &r : m_replays) {
                if (r.rows.isEmpty())
                    continue;
                Reading reading = r.rows[r.next];
                reading.point.tMs = now - k * m_intervalMs;
                r.next = (r.next + 1) % int(r.rows.size());
                addReading(r.series, reading);
            }
        }
        m_replayTimer.setInterval(m_intervalMs);
        connect(&m_replayTimer, &QTimer::timeout, this, &ProbeHub::playReplay);
        m_replayTimer.start();
    }
}

void ProbeHub::loadReplay(const QString &file)
{
    // Read once at start, like the configuration itself (a few hundred kilobytes at most).
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_replayError = tr("cannot read the recording %1: %2").arg(file, f.errorString());
        return;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || !lines.first().startsWith(csvHeader())) {
        m_replayError = tr("%1 is not a recording of Hawan's probes (expected the CSV header of an export)").arg(file);
        return;
    }
    auto number = [](const QString &v) { bool ok = false; const float x = v.toFloat(&ok); return ok ? x : kNoValue; };
    QHash<QString, int> byId;
    int bad = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = csvFields(lines[i]);
        if (f.isEmpty() || f[4] != QLatin1String("1")) { // raw readings only: one per interval
            ++bad;
            continue;
        }
        int idx = byId.value(f[1], -1);
        if (idx < 0) {
            SeriesInfo info;
            info.id = f[1];
            info.label = tr("%1 (recorded)").arg(f[2]);
            info.unit = f[3];
            info.probed = false;
            info.recorded = true;
            const QStringList parts = f[1].split(QLatin1Char('/'));
            const QString kind = parts.value(0);
            info.group = kind == QLatin1String("service") ? SeriesGroup::Service
                       : kind == QLatin1String("storage") ? SeriesGroup::Storage
                       : kind == QLatin1String("migration") ? SeriesGroup::Migration : SeriesGroup::Link;
            for (int l = 0; l < m_config.links.size(); ++l)
                if (m_config.links[l].name == parts.value(1))
                    info.link = l;
            if (info.group == SeriesGroup::Link && info.link < 0 && m_config.links.size() == 1)
                info.link = 0; // a recording from another site's link, shown on this one's
            if (find(info.id) >= 0) {
                ++bad;
                continue;
            }
            Replay r;
            r.series = addSeries(info);
            m_replays.push_back(r);
            idx = int(m_replays.size()) - 1;
            byId.insert(f[1], idx);
        }
        Reading r;
        r.point.lo = number(f[5]);
        r.point.mid = number(f[6]);
        r.point.hi = number(f[7]);
        r.point.loss = std::isnan(number(f[8])) ? 0.f : number(f[8]);
        r.sent = 1;
        r.answered = r.point.answered() ? 1 : 0;
        m_replays[size_t(idx)].rows << r;
    }
    if (m_replays.empty())
        m_replayError = tr("%1 holds no raw readings to play (export a 1 min or 10 min window)").arg(file);
    else if (bad)
        m_replayError = tr("%n line(s) of %1 were skipped (not raw readings, or malformed)", nullptr, bad).arg(file);
}

void ProbeHub::playReplay()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto &r : m_replays) {
        if (r.rows.isEmpty())
            continue;
        Reading reading = r.rows[r.next];
        reading.point.tMs = now;
        r.next = (r.next + 1) % int(r.rows.size());
        addReading(r.series, reading);
    }
}

int ProbeHub::find(const QString &id) const
{
    for (int i = 0; i < seriesCount(); ++i)
        if (m_series[size_t(i)].info.id == id)
            return i;
    return -1;
}

int ProbeHub::serviceSeries(int host) const
{
    for (int i = 0; i < seriesCount(); ++i)
        if (m_series[size_t(i)].info.group == SeriesGroup::Service && m_series[size_t(i)].info.host == host)
            return i;
    return -1;
}

int ProbeHub::migrationSeries(int link) const
{
    for (int i = 0; i < seriesCount(); ++i)
        if (m_series[size_t(i)].info.group == SeriesGroup::Migration && m_series[size_t(i)].info.link == link)
            return i;
    return -1;
}

QVector<int> ProbeHub::seriesOfGroup(SeriesGroup group) const
{
    QVector<int> out;
    for (int i = 0; i < seriesCount(); ++i)
        if (m_series[size_t(i)].info.group == group)
            out << i;
    return out;
}

void ProbeHub::addReading(int series, const Reading &reading)
{
    if (series < 0 || series >= seriesCount())
        return;
    Series &s = m_series[size_t(series)];
    s.history.add(reading.point);
    s.latest = reading;
    s.lastArrivalMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT readingAdded(series);
    if (s.info.group == SeriesGroup::Link && s.info.link >= 0 && s.info.link < linkCount())
        updateLink(s.info.link, reading.point.tMs);
}

qint64 ProbeHub::livenessGraceMs() const
{
    // Two intervals and the echo timeout of silence before a probe is said to be silent.
    return 2LL * m_intervalMs + m_config.probes.timeoutMs;
}

qint64 ProbeHub::silentForMs(int series, qint64 nowMs) const
{
    const Series &s = m_series[size_t(series)];
    const qint64 grace = livenessGraceMs();
    if (!s.info.probed || s.info.recorded || !s.lastArrivalMs || nowMs - s.lastArrivalMs < grace)
        return 0;
    return nowMs - s.lastArrivalMs;
}

void ProbeHub::checkLiveness()
{
    // A probe thread blocked in the kernel, or a host session stuck in a call, delivers nothing:
    // after two intervals and the echo timeout of silence, each further interval counts as lost.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 grace = livenessGraceMs();
    for (int i = 0; i < seriesCount(); ++i) {
        Series &s = m_series[size_t(i)];
        if (!s.info.probed || !s.lastArrivalMs || now - s.lastArrivalMs < grace)
            continue;
        const Point *last = s.history.latest();
        if (last && now - last->tMs < m_intervalMs)
            continue;
        Reading r;
        r.point.tMs = now;
        r.point.loss = 1;
        r.sent = 1;
        r.error = tr("no answer for %1 s").arg((now - s.lastArrivalMs) / 1000);
        const qint64 arrival = s.lastArrivalMs;
        addReading(i, r);
        s.lastArrivalMs = arrival; // silence goes on until the probe itself answers
    }
}

void ProbeHub::updateLink(int link, qint64 now)
{
    // `now` is the time of the reading that changed it (a recording played back fills the past).
    LinkState st;
    st.limitMs = m_links[size_t(link)].limitMs;
    bool allLost = true, any = false;
    for (const auto &s : m_series) {
        if (s.info.group != SeriesGroup::Link || s.info.link != link || !s.latest.point.tMs)
            continue;
        if (now - s.latest.point.tMs > 3LL * m_intervalMs + m_config.probes.timeoutMs)
            continue; // an old reading says nothing about now
        any = true;
        const Point &p = s.latest.point;
        st.measured = true;
        st.tMs = std::max(st.tMs, p.tMs);
        if (p.answered()) {
            allLost = false;
            st.rttMs = std::isnan(st.rttMs) ? p.mid : std::max(st.rttMs, p.mid);
            if (!std::isnan(s.latest.jitter))
                st.jitterMs = std::isnan(st.jitterMs) ? s.latest.jitter : std::max(st.jitterMs, s.latest.jitter);
        }
        st.loss = std::max(st.loss, p.loss);
        if (!s.latest.error.isEmpty())
            st.error = s.latest.error;
        st.recorded = st.recorded || s.info.recorded;
    }
    const bool wasCut = m_links[size_t(link)].cut;
    int &run = m_lossRun[size_t(link)];
    run = (any && allLost && st.error.isEmpty()) ? run + 1 : 0;
    st.cut = run >= 3 || (wasCut && allLost);
    const QString name = m_config.links[link].name;
    if (st.cut && !wasCut)
        m_timeline->add({now, TimelineEvent::Kind::LinkCut, tr("%1: link cut").arg(name),
                         tr("Every echo across %1 has been lost for 3 intervals in a row. Live migrations across it "
                            "stall; the storage replica on the far side falls behind (heals pending).").arg(name), true});
    else if (!st.cut && wasCut)
        m_timeline->add({now, TimelineEvent::Kind::LinkRestored, tr("%1: link restored").arg(name),
                         tr("Echoes across %1 are answered again (round trip %2 ms). Watch the heal backlog drain.")
                             .arg(name).arg(double(st.rttMs), 0, 'f', 1), false});
    m_links[size_t(link)] = st;
    Q_EMIT linkStateChanged(link);
}

qint64 ProbeHub::memoryBytes() const
{
    qint64 b = 0;
    for (const auto &s : m_series)
        b += s.history.memoryBytes();
    return b;
}

} // namespace hawan::probes
