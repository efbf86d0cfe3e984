// libFuzzer target: the configuration loader (TOML, then every key's checks) on arbitrary text:
// a configuration is either valid or a list of errors, each with a line and a message.
#include "config/configloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = hawan::config::ConfigLoader::loadString(text, QStringLiteral("fuzz.toml"));
    if (!r) {
        if (r.error().isEmpty())
            __builtin_trap(); // refused without a reason
        for (const auto &e : r.error())
            if (e.message.isEmpty())
                __builtin_trap();
    }
    return 0;
}
