#pragma once
// Renders the inventory for scripts and terminals: the JSON and table of `hawanctl status`.
#include "model/inventory.h"

#include <QJsonObject>
#include <QString>

namespace hawan::core {

QJsonObject statusJson(const model::Inventory &inv);
QString statusTable(const model::Inventory &inv);

} // namespace hawan::core
