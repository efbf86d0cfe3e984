// libFuzzer target: the domain XML reader (what a recovery restarts from) on arbitrary bytes.
#include "libvirt/domainxml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto d = hawan::lv::parseDomainXml(xml);
    if (!d.valid && d.error.isEmpty())
        __builtin_trap(); // an unreadable definition always says why
    return 0;
}
