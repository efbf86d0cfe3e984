// libFuzzer target: one record of virConnectGetAllDomainStats turned into a VM, from arbitrary
// "key=value" lines (a daemon of another version, or a broken one, may send any key with any
// type): numbers become unsigned, signed or double parameters, the rest strings.
#include "libvirt/statsparser.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QList>

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {
void quiet(void *, virErrorPtr) {}
virDomainPtr testDomain()
{
    static virDomainPtr dom = [] {
        virSetErrorFunc(nullptr, quiet);
        virConnectPtr conn = virConnectOpen("test:///default");
        return conn ? virDomainLookupByName(conn, "test") : nullptr;
    }();
    return dom;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    virDomainPtr dom = testDomain();
    if (!dom)
        return 0;
    virTypedParameterPtr params = nullptr;
    int n = 0, max = 0;
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    int i = 0;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0 || eq >= VIR_TYPED_PARAM_FIELD_LENGTH - 1 || n > 256)
            continue;
        const QByteArray key = line.left(eq), value = line.mid(eq + 1);
        bool ok = false;
        switch (i++ % 4) {
        case 0:
            if (const qulonglong u = value.toULongLong(&ok); ok) {
                virTypedParamsAddULLong(&params, &n, &max, key.constData(), u);
                continue;
            }
            break;
        case 1:
            if (const int v = value.toInt(&ok); ok) {
                virTypedParamsAddInt(&params, &n, &max, key.constData(), v);
                continue;
            }
            break;
        case 2:
            if (const double d = value.toDouble(&ok); ok) {
                virTypedParamsAddDouble(&params, &n, &max, key.constData(), d);
                continue;
            }
            break;
        default:
            break;
        }
        virTypedParamsAddString(&params, &n, &max, key.constData(), value.constData());
    }
    virDomainStatsRecord record{dom, params, n};
    const auto vm = hawan::lv::vmFromStatsRecord(record);
    if (vm.cpuPercent > 0 && !std::isfinite(vm.cpuPercent))
        __builtin_trap();
    virTypedParamsFree(params, n);
    return 0;
}
