// libFuzzer target: the storage-pool XML reader (where a host sees VM disks) on arbitrary bytes.
#include "libvirt/domainxml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto p = hawan::lv::parsePoolXml(xml);
    if (p.targetPath.size() > qsizetype(size))
        __builtin_trap(); // nothing made up
    return 0;
}
