#include "libvirt/api.h"

namespace hawan::lv {

Api &api()
{
    static Api table;
    return table;
}

} // namespace hawan::lv
