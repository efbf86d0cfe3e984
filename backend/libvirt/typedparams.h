#pragma once
// An owned libvirt typed-parameter list (what migrate takes and job statistics return): built with
// add*, read with get*, freed once. Include only under backend/libvirt/.
#include "libvirt/guard.h"

#include <libvirt/libvirt.h>

#include <QtGlobal>

namespace hawan::lv {

class TypedParams
{
public:
    TypedParams() = default;
    ~TypedParams() { virTypedParamsFree(m_params, m_count); }
    TypedParams(const TypedParams &) = delete;
    TypedParams &operator=(const TypedParams &) = delete;

    void addULLong(const char *name, unsigned long long v) { virTypedParamsAddULLong(&m_params, &m_count, &m_max, name, v); }
    void addInt(const char *name, int v) { virTypedParamsAddInt(&m_params, &m_count, &m_max, name, v); }

    bool has(const char *name) const { return virTypedParamsGet(m_params, m_count, name) != nullptr; }
    // Any integer type, negative ones read as 0; 0 when absent.
    quint64 number(const char *name) const;

    // For calls that fill a list: pass these, the list is freed with this object.
    virTypedParameterPtr *out() { return &m_params; }
    int *outCount() { return &m_count; }
    virTypedParameterPtr data() const { return m_params; }
    int count() const { return m_count; }

private:
    virTypedParameterPtr m_params = nullptr;
    int m_count = 0, m_max = 0;
};

inline quint64 TypedParams::number(const char *name) const
{
    const virTypedParameterPtr p = virTypedParamsGet(m_params, m_count, name);
    if (!p)
        return 0;
    switch (p->type) {
    case VIR_TYPED_PARAM_ULLONG: return p->value.ul;
    case VIR_TYPED_PARAM_LLONG: return p->value.l > 0 ? quint64(p->value.l) : 0;
    case VIR_TYPED_PARAM_UINT: return p->value.ui;
    case VIR_TYPED_PARAM_INT: return p->value.i > 0 ? quint64(p->value.i) : 0;
    default: return 0;
    }
}

} // namespace hawan::lv
