#pragma once
// What the fleet knows, as metrics for Prometheus (and so Grafana): hosts and VMs by state, the WAN
// links' round trip, jitter, loss and cut, the storage's bricks and heal backlog, migrations and
// restarts from the journal (counts, bytes, durations), plans open and the active alarms. Rendered
// in the OpenMetrics text format (what Prometheus asks for), or in Prometheus' classic text format
// (0.0.4: what promtool checks, and older scrapers read). `hawanctl serve-metrics` serves it.
#include <QByteArray>

namespace hawan::core {

class Fleet;

enum class MetricsFormat { OpenMetrics, Prometheus };

QByteArray renderMetrics(const Fleet &fleet, MetricsFormat format);
// The Content-Type of each format.
QByteArray metricsContentType(MetricsFormat format);
// The format a scraper's Accept header asks for: OpenMetrics when it names it, else the classic one.
MetricsFormat metricsFormatFor(const QByteArray &acceptHeader);

} // namespace hawan::core
