// libFuzzer target: the fio JSON parser on arbitrary bytes. Built with clang
// (-fsanitize=fuzzer,address,undefined) when clang++ is installed; ctest runs it for a bounded time
// from the real reports in tests/fixtures/fio.
#include "experiments/fio.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = hawan::experiments::parseFioJson(json);
    if (!r.ok())
        return 0;
    if (r->jobs.isEmpty())
        __builtin_trap(); // the parser promises at least one job
    for (const auto &j : r->jobs)
        for (const auto *d : {&j.read, &j.write})
            if (d->bandwidthBps < 0 || d->iops < 0 || std::isnan(d->bandwidthBps))
                __builtin_trap(); // never a negative or undefined figure
    return 0;
}
