#include "probes/series.h"

#include <algorithm>

namespace hawan::probes {

namespace {
// Linear interpolation between closest ranks (what spreadsheets call PERCENTILE.INC); the median
// of an even count is the mean of the two middle values.
float quantile(const std::vector<float> &sorted, double q)
{
    const double h = double(sorted.size() - 1) * q;
    const size_t i = size_t(std::floor(h));
    const size_t j = std::min(i + 1, sorted.size() - 1);
    return float(sorted[i] + (h - double(i)) * (sorted[j] - sorted[i]));
}
float lower(float a, float b) { return std::isnan(a) ? b : std::isnan(b) ? a : std::min(a, b); }
float higher(float a, float b) { return std::isnan(a) ? b : std::isnan(b) ? a : std::max(a, b); }
} // namespace

Spread spreadOf(std::vector<float> &values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](float v) { return std::isnan(v); }), values.end());
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return {quantile(values, 0.1), quantile(values, 0.5), quantile(values, 0.9)};
}

QVector<TierSpec> SeriesHistory::defaultTiers()
{
    // A little over each span, so a window of exactly that span still finds its start.
    return {{0, 3700}, {10'000, 8700}, {60'000, 10200}, {600'000, 4400}};
}

SeriesHistory::SeriesHistory(QVector<TierSpec> tiers)
{
    if (tiers.isEmpty() || tiers.front().bucketMs != 0)
        tiers.prepend({0, 3600});
    for (const auto &s : tiers) {
        Tier t;
        t.spec = s;
        t.spec.capacity = std::max(1, s.capacity);
        // Grown as points come: a thousand hosts' service series would otherwise hold 650 KB each
        // from the start (a month of tiers), touched or not.
        t.ring.reserve(size_t(std::min(t.spec.capacity, 64)));
        m_tiers.push_back(std::move(t));
    }
}

void SeriesHistory::push(Tier &t, const Point &p)
{
    const int cap = t.spec.capacity;
    if (t.size < cap) {
        // Not full: head is 0 and the ring holds exactly `size` points.
        if (t.ring.size() == t.ring.capacity())
            t.ring.reserve(size_t(std::min(cap, 2 * t.size)));
        t.ring.push_back(p);
        ++t.size;
    } else {
        t.ring[size_t(t.head)] = p;
        t.head = (t.head + 1) % cap;
    }
    ++t.version;
}

void SeriesHistory::accumulate(Open &o, const Point &p)
{
    if (p.answered())
        o.mids.push_back(p.mid);
    o.lo = lower(o.lo, std::isnan(p.lo) ? p.mid : p.lo);
    o.hi = higher(o.hi, std::isnan(p.hi) ? p.mid : p.hi);
    o.lossSum += p.loss;
    ++o.count;
}

Point SeriesHistory::close(const Open &o)
{
    Point p;
    p.tMs = o.start;
    std::vector<float> mids = o.mids;
    p.mid = spreadOf(mids).mid;
    p.lo = o.lo;
    p.hi = o.hi;
    p.loss = o.count ? float(o.lossSum / o.count) : 0.f;
    return p;
}

void SeriesHistory::add(const Point &sample)
{
    if (sample.tMs <= m_lastT) {
        ++m_dropped;
        return;
    }
    m_lastT = sample.tMs;
    push(m_tiers[0], sample);
    for (size_t k = 1; k < m_tiers.size(); ++k) {
        Tier &t = m_tiers[k];
        const qint64 start = sample.tMs - ((sample.tMs % t.spec.bucketMs) + t.spec.bucketMs) % t.spec.bucketMs;
        if (t.open.start != start) {
            if (t.open.count)
                push(t, close(t.open));
            t.open = Open{};
            t.open.start = start;
        }
        accumulate(t.open, sample);
        ++t.version;
    }
}

const Point &SeriesHistory::at(int tier, int i) const
{
    const Tier &t = m_tiers[size_t(tier)];
    return t.ring[size_t((t.head + i) % int(t.ring.size()))];
}

int SeriesHistory::lowerBound(const Tier &t, qint64 ms)
{
    int lo = 0, hi = t.size;
    const int cap = int(t.ring.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (t.ring[size_t((t.head + mid) % cap)].tMs < ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

QVector<Point> SeriesHistory::points(int tier, qint64 fromMs, qint64 toMs, bool includeOpen) const
{
    QVector<Point> out;
    const Tier &t = m_tiers[size_t(tier)];
    const int cap = int(t.ring.size());
    int i = lowerBound(t, fromMs);
    const int end = toMs == std::numeric_limits<qint64>::max() ? t.size : lowerBound(t, toMs + 1);
    out.reserve(end - i + 1);
    for (; i < end; ++i)
        out.push_back(t.ring[size_t((t.head + i) % cap)]);
    if (includeOpen && t.spec.bucketMs && t.open.count && t.open.start >= fromMs && t.open.start <= toMs)
        out.push_back(close(t.open));
    return out;
}

int SeriesHistory::tierFor(qint64 fromMs, qint64 toMs, qint64 rawIntervalMs, int maxPoints) const
{
    const qint64 span = std::max<qint64>(1, toMs - fromMs);
    for (int k = 0; k < tierCount(); ++k) {
        const Tier &t = m_tiers[size_t(k)];
        const qint64 step = t.spec.bucketMs ? t.spec.bucketMs : std::max<qint64>(1, rawIntervalMs);
        // Holds the window's start: either the ring is not full yet (it holds everything since
        // the beginning) or its oldest point is no newer than the window's start.
        const bool holds = t.size < t.spec.capacity || at(k, 0).tMs <= fromMs;
        if (holds && span / step <= maxPoints)
            return k;
    }
    return tierCount() - 1;
}

qint64 SeriesHistory::memoryBytes() const
{
    qint64 b = sizeof(*this);
    for (const auto &t : m_tiers)
        b += qint64(sizeof(Tier) + t.ring.capacity() * sizeof(Point) + t.open.mids.capacity() * sizeof(float));
    return b;
}

} // namespace hawan::probes
