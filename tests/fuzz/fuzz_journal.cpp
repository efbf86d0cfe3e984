// libFuzzer target: the journal read back (what a console, hawanctl or the HA watcher resumes plans
// from, and what another console appended) from arbitrary bytes, and its compaction.
#include "jobs/journal.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using hawan::jobs::Journal;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto replay = Journal::parse(bytes);
    for (const auto &p : replay.plans)
        if (p.plan.id.isEmpty())
            __builtin_trap(); // a plan that cannot be named was let in
    int dropped = 0;
    const QByteArray kept = Journal::compacted(bytes, QDateTime::currentDateTimeUtc(), &dropped);
    if (kept.size() > bytes.size() + 1 || dropped < 0)
        __builtin_trap(); // compaction only ever drops lines
    Journal::parse(kept);
    return 0;
}
