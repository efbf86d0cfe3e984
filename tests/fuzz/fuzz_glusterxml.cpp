// libFuzzer target: every gluster --xml parser on arbitrary bytes. Built with clang
// (-fsanitize=fuzzer,address,undefined) when clang++ is installed; ctest runs it for a bounded time
// from the real answers in tests/fixtures/gluster.
#include "storage/glusterxml.h"

#include <cstddef>
#include <cstdint>

using hawan::storage::GlusterXml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString vol = QStringLiteral("vmstore");
    if (auto r = GlusterXml::volumeInfo(xml, vol); r.ok() && r->bricks.isEmpty())
        __builtin_trap(); // the parser promises at least one brick
    (void)GlusterXml::volumeStatus(xml, vol);
    if (auto r = GlusterXml::healInfo(xml); r.ok())
        for (const auto &b : r.value())
            if (b.connected && b.pending < 0)
                __builtin_trap(); // a connected brick always has a count
    (void)GlusterXml::volumeOptions(xml);
    return 0;
}
