#pragma once
// hawanctl serve-metrics [--listen ADDR:PORT]: the fleet's metrics over HTTP for Prometheus
// (GET /metrics; OpenMetrics when the scraper asks for it, else Prometheus' text format), until
// stopped. Read-only: it opens libvirt read-only and changes nothing.
#include <QString>

class QCoreApplication;
namespace hawan::core { class Fleet; }

namespace hawanctl {

int serveMetrics(QCoreApplication &app, hawan::core::Fleet &fleet, const QString &listen);

} // namespace hawanctl
