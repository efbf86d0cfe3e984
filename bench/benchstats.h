#pragma once
// What the benchmarks share: percentiles of a sample, and a 1 ms timer's lateness as the GUI
// thread's lag.
#include <algorithm>
#include <vector>

namespace hawan::bench {

struct Stats { double p50, p99, max; size_t n; };

inline Stats summarize(std::vector<double> v)
{
    if (v.empty())
        return {0, 0, 0, 0};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size())))]; };
    return {at(0.50), at(0.99), v.back(), v.size()};
}

} // namespace hawan::bench
