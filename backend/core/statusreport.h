#pragma once
// Renders the inventory for scripts and terminals: the JSON and table of `hawanctl status`.
#include "model/inventory.h"

#include <QJsonObject>
#include <QString>

namespace hawan::probes { class ProbeHub; }

namespace hawan::core {

// `probes` (may be null): the links' last measurements, and so which sites are cut off.
QJsonObject statusJson(const model::Inventory &inv, const probes::ProbeHub *probes = nullptr);
QString statusTable(const model::Inventory &inv, const probes::ProbeHub *probes = nullptr);

} // namespace hawan::core
