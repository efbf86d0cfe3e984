// libFuzzer target: the saved snapshot of a host (what a console shows, and recovers from, for a
// host down since before it started) read back from arbitrary bytes on disk.
#include "model/snapshotcache.h"

#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/tmp/hawan-fuzz-snapshot-%1.json").arg(::getpid());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    f.close();
    QString error;
    const auto snap = hawan::model::readSnapshotCache(path, &error);
    if (!snap && size > 0 && error.isEmpty())
        __builtin_trap(); // refused without a reason
    return 0;
}
