#pragma once
// History of one measured series (a link's round trip, a host's service round trip, a storage
// latency...), bounded in memory: the newest samples as they came, then coarser tiers of fixed
// time buckets, each keeping per bucket the lowest value, the median and the highest, and the mean
// loss. A graph asks for a time window and gets the finest tier that covers it in few points.
#include <QtGlobal>
#include <QVector>

#include <cmath>
#include <limits>
#include <vector>

namespace hawan::probes {

inline constexpr float kNoValue = std::numeric_limits<float>::quiet_NaN();

// One interval of a probe (raw tier) or one bucket (downsampled tiers).
// Raw: mid = median of the interval's answers, lo/hi = its spread (p10/p90), loss = lost/sent.
// Bucket: lo = lowest lo, mid = median of the mids, hi = highest hi, loss = mean loss.
// mid is NaN when nothing answered (loss 1).
struct Point
{
    qint64 tMs = 0;
    float lo = kNoValue, mid = kNoValue, hi = kNoValue;
    float loss = 0;
    bool answered() const { return !std::isnan(mid); }
};

struct TierSpec
{
    qint64 bucketMs;   // 0 = raw samples
    int capacity;      // points kept
};

class SeriesHistory
{
public:
    // Raw: the last hour (and a bit) at 1 Hz; then 10 s buckets for a day, 1 min for a week, 10 min for a month.
    static QVector<TierSpec> defaultTiers();
    explicit SeriesHistory(QVector<TierSpec> tiers = defaultTiers());

    // Samples must come in time order; an older one than the last is dropped (counted).
    void add(const Point &sample);

    int tierCount() const { return int(m_tiers.size()); }
    const TierSpec &tierSpec(int tier) const { return m_tiers[size_t(tier)].spec; }
    int size(int tier) const { return m_tiers[size_t(tier)].size; }
    // Oldest first, 0 <= i < size(tier).
    const Point &at(int tier, int i) const;
    // Points of a tier with from <= t <= to, oldest first; the tier's open bucket (not yet
    // complete) comes last as a provisional point when it falls in the window.
    QVector<Point> points(int tier, qint64 fromMs, qint64 toMs, bool includeOpen = true) const;
    // The finest tier that still holds `fromMs` and shows the window in at most maxPoints points
    // (given the raw sampling interval); the coarsest tier otherwise.
    int tierFor(qint64 fromMs, qint64 toMs, qint64 rawIntervalMs, int maxPoints = 4000) const;

    const Point *latest() const { return m_tiers[0].size ? &at(0, m_tiers[0].size - 1) : nullptr; }
    // Bumped whenever the tier's content (including its open bucket) changes.
    quint64 version(int tier) const { return m_tiers[size_t(tier)].version; }
    quint64 dropped() const { return m_dropped; }
    qint64 memoryBytes() const;

private:
    struct Open
    {
        qint64 start = -1;
        std::vector<float> mids;
        float lo = kNoValue, hi = kNoValue;
        double lossSum = 0;
        int count = 0;
    };
    struct Tier
    {
        TierSpec spec;
        std::vector<Point> ring;
        int head = 0, size = 0; // head: index of the oldest
        Open open;
        quint64 version = 0;
    };
    static void push(Tier &t, const Point &p);
    static Point close(const Open &o);
    static void accumulate(Open &o, const Point &p);
    static int lowerBound(const Tier &t, qint64 ms);

    std::vector<Tier> m_tiers;
    qint64 m_lastT = std::numeric_limits<qint64>::min();
    quint64 m_dropped = 0;
};

// Median, p10 and p90 of a set of values (sorted in place); NaN when empty.
struct Spread { float lo = kNoValue, mid = kNoValue, hi = kNoValue; };
Spread spreadOf(std::vector<float> &values);

} // namespace hawan::probes
