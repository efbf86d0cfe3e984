// libFuzzer target: what an OpenStack cloud (or whatever answers at its address) may hand the
// console: every Identity/Compute answer parser, and the clouds.yaml reader, on arbitrary bytes.
#include "cloud/cloudauth.h"
#include "cloud/nova.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace hawan::cloud;
    const ApiError e = parseError(int(size % 600), in);
    if (e.http != int(size % 600))
        __builtin_trap();
    (void)e.text();
    if (auto t = parseToken(QByteArrayLiteral("gAAAA-token"), in)) {
        if (t->catalog.isEmpty())
            __builtin_trap(); // a token is accepted only with a catalog
        (void)t->endpoint(QStringLiteral("compute"), QStringLiteral("public"), {});
    } else if (t.error().isEmpty()) {
        __builtin_trap();
    }
    if (auto s = parseServers(in)) {
        for (const Server &x : s.value()) {
            if (x.id.isEmpty())
                __builtin_trap();
            (void)vmInfoOf(x, QStringLiteral("c"));
        }
    } else if (s.error().isEmpty()) {
        __builtin_trap();
    }
    (void)parseServer(in);
    (void)parseServices(in);
    if (auto m = parseMigrations(in))
        for (const Migration &x : m.value())
            (void)x.finished();
    (void)failedActionEvent(in);
    auto c = parseCloudsYaml(in, QStringLiteral("hawan-lab"));
    if (!c && c.error().isEmpty())
        __builtin_trap(); // a refused clouds.yaml always says why
    if (c)
        (void)c->tokenRequest();
    return 0;
}
