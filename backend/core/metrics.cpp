#include "core/metrics.h"

#include "core/fleet.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace hawan::core {

namespace {

QByteArray escape(const QString &v)
{
    QByteArray out;
    for (const char c : v.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

using Labels = QVector<QPair<const char *, QString>>;

QByteArray number(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', 10);
}

// One family at a time: its metadata, then its samples (contiguous, as both formats require).
class Writer
{
public:
    explicit Writer(MetricsFormat f) : m_f(f) {}

    // `name` is the family's; a counter's samples are name_total. `unit`, when given, ends `name`.
    void family(const QByteArray &name, const char *type, const QByteArray &help, const QByteArray &unit = {})
    {
        m_name = name;
        m_type = type;
        const bool counter = m_type == "counter";
        const QByteArray typeName = counter && m_f == MetricsFormat::Prometheus ? name + "_total" : name;
        const QByteArray type2 = m_type == "info" && m_f == MetricsFormat::Prometheus ? QByteArray("gauge") : m_type;
        const QByteArray metaName = m_type == "info" && m_f == MetricsFormat::Prometheus ? name + "_info" : typeName;
        m_out += "# HELP " + metaName + ' ' + help + '\n';
        m_out += "# TYPE " + metaName + ' ' + type2 + '\n';
        if (!unit.isEmpty() && m_f == MetricsFormat::OpenMetrics)
            m_out += "# UNIT " + name + ' ' + unit + '\n';
    }
    void sample(const Labels &labels, double value, const QByteArray &suffix = {})
    {
        QByteArray n = m_name + suffix;
        if (m_type == "counter" && suffix.isEmpty())
            n += "_total";
        if (m_type == "info")
            n += "_info";
        m_out += n;
        if (!labels.isEmpty()) {
            m_out += '{';
            for (int i = 0; i < labels.size(); ++i) {
                if (i)
                    m_out += ',';
                m_out += QByteArray(labels[i].first) + "=\"" + escape(labels[i].second) + '"';
            }
            m_out += '}';
        }
        m_out += ' ' + number(value) + '\n';
    }
    QByteArray finish()
    {
        if (m_f == MetricsFormat::OpenMetrics)
            m_out += "# EOF\n";
        return m_out;
    }

private:
    MetricsFormat m_f;
    QByteArray m_out, m_name, m_type;
};

QString hostState(model::HostState s)
{
    return model::hostStateId(s);
}
} // namespace

QByteArray metricsContentType(MetricsFormat format)
{
    return format == MetricsFormat::OpenMetrics ? QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
                                                : QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

MetricsFormat metricsFormatFor(const QByteArray &accept)
{
    return accept.contains("application/openmetrics-text") ? MetricsFormat::OpenMetrics : MetricsFormat::Prometheus;
}

QByteArray renderMetrics(const Fleet &fleet, MetricsFormat format)
{
    Writer w(format);
    const model::Inventory &inv = *fleet.inventory();
    const auto &cfg = inv.config();

    w.family("hawan", "info", "The Hawan exporter and the configuration it watches.");
    w.sample({{"version", QStringLiteral(HAWAN_VERSION)}, {"config", cfg.title.isEmpty() ? cfg.sourceFile : cfg.title}}, 1);

    // Hosts and VMs.
    w.family("hawan_hosts", "gauge", "Hosts by site and connection state (up, unreachable, connecting).");
    for (int s = 0; s < inv.siteCount(); ++s) {
        QMap<QString, int> byState{{QStringLiteral("up"), 0}, {QStringLiteral("unreachable"), 0}, {QStringLiteral("connecting"), 0}};
        for (int h : inv.hostsOfSite(s))
            ++byState[hostState(inv.hostStatus(h).state)];
        for (auto it = byState.cbegin(); it != byState.cend(); ++it)
            w.sample({{"site", inv.site(s).name}, {"state", it.key()}}, it.value());
    }
    w.family("hawan_host_up", "gauge", "1 when the host's libvirt daemon answers.");
    for (int h = 0; h < inv.hostCount(); ++h)
        w.sample({{"host", inv.host(h).name}, {"site", inv.host(h).site}}, inv.hostStatus(h).state == model::HostState::Up ? 1 : 0);
    w.family("hawan_host_maintenance", "gauge", "1 when the host is in maintenance (plans send it nothing).");
    for (int h = 0; h < inv.hostCount(); ++h)
        w.sample({{"host", inv.host(h).name}}, inv.inMaintenance(h) ? 1 : 0);
    w.family("hawan_vms", "gauge",
             "VMs by host and state; those of a host that does not answer now are counted in state unknown.");
    for (int h = 0; h < inv.hostCount(); ++h) {
        QMap<QString, int> byState;
        const bool answers = inv.hostStatus(h).state == model::HostState::Up && !inv.isStale(h);
        for (const auto &vm : inv.vms(h))
            ++byState[answers ? model::vmStateId(vm.state) : QStringLiteral("unknown")];
        for (auto it = byState.cbegin(); it != byState.cend(); ++it)
            w.sample({{"host", inv.host(h).name}, {"site", inv.host(h).site}, {"state", it.key()}}, it.value());
    }

    // The WAN links, as their probes last measured them (a recording played back is not exported).
    const auto *probes = fleet.probes();
    auto linkFamily = [&](const QByteArray &name, const QByteArray &help, const QByteArray &unit, auto value) {
        w.family(name, "gauge", help, unit);
        for (int l = 0; l < cfg.links.size() && l < probes->linkCount(); ++l) {
            const auto &st = probes->linkState(l);
            if (!st.measured || st.recorded)
                continue;
            const double v = value(st, cfg.links[l]);
            if (!std::isnan(v))
                w.sample({{"link", cfg.links[l].name}}, v);
        }
    };
    // Seconds, Prometheus' base unit (promtool's lint says so); Grafana shows them in ms.
    linkFamily("hawan_link_rtt_seconds", "The WAN link's round trip: the worst median of its probes, last interval.", "seconds",
               [](const probes::LinkState &s, const config::Link &) { return double(s.rttMs) / 1000.0; });
    linkFamily("hawan_link_jitter_seconds", "The WAN link's round-trip jitter, last interval.", "seconds",
               [](const probes::LinkState &s, const config::Link &) { return double(s.jitterMs) / 1000.0; });
    linkFamily("hawan_link_loss_ratio", "Echoes lost on the WAN link, last interval (0 to 1).", "ratio",
               [](const probes::LinkState &s, const config::Link &) { return double(s.loss); });
    linkFamily("hawan_link_cut", "1 when every echo was lost for three intervals in a row.", {},
               [](const probes::LinkState &s, const config::Link &) { return s.cut ? 1.0 : 0.0; });
    linkFamily("hawan_link_rtt_limit_seconds", "The round trip the configuration allows the link ([[link]] rtt_limit_ms).",
               "seconds", [](const probes::LinkState &, const config::Link &l) { return l.rttLimitMs / 1000.0; });

    // Storage.
    const auto *mon = fleet.storage();
    w.family("hawan_storage_up", "gauge", "1 when the storage's CLI answered its last round.");
    for (int i = 0; i < mon->count(); ++i)
        if (mon->snapshot(i).hasData() || !mon->snapshot(i).error.isEmpty())
            w.sample({{"volume", mon->storage(i).name}}, mon->snapshot(i).error.isEmpty() ? 1 : 0);
    w.family("hawan_storage_heal_pending_entries", "gauge", "Entries pending heal (not exported when a brick cannot say).");
    for (int i = 0; i < mon->count(); ++i)
        if (const auto &sn = mon->snapshot(i); sn.hasData() && sn.error.isEmpty() && sn.pendingTotal() >= 0)
            w.sample({{"volume", mon->storage(i).name}}, double(sn.pendingTotal()));
    w.family("hawan_storage_split_brain_entries", "gauge", "Entries in split-brain.");
    for (int i = 0; i < mon->count(); ++i)
        if (const auto &sn = mon->snapshot(i); sn.hasData() && sn.error.isEmpty() && sn.splitBrainTotal() >= 0)
            w.sample({{"volume", mon->storage(i).name}}, double(sn.splitBrainTotal()));
    w.family("hawan_storage_brick_online", "gauge", "1 when the brick's process is online.");
    for (int i = 0; i < mon->count(); ++i) {
        const auto &sn = mon->snapshot(i);
        if (!sn.hasData() || !sn.error.isEmpty())
            continue;
        for (const auto &b : sn.status.bricks)
            w.sample({{"volume", mon->storage(i).name}, {"brick", b.host + QLatin1Char(':') + b.path}, {"site", mon->siteOfBrick(i, b.host)}},
                     b.online ? 1 : 0);
    }

    // Moves, from the journal every console and hawanctl write to (what compaction keeps of it).
    struct Tally
    {
        QMap<QPair<QString, QString>, int> count; // (kind, status)
        QMap<QString, double> bytes;              // kind
        QVector<double> durations;                // succeeded migrations, seconds
    } migrations, restarts;
    int open = 0;
    for (const auto &p : fleet.journal()->replay().plans) {
        open += p.isOpen() ? 1 : 0;
        const bool recover = p.plan.kind == jobs::Plan::Kind::Recover;
        Tally &t = recover ? restarts : migrations;
        const QString kind = jobs::Plan::kindId(p.plan.kind);
        for (const auto &m : p.moves) {
            if (m.status == jobs::MoveStatus::Pending || m.status == jobs::MoveStatus::Started)
                continue;
            ++t.count[{kind, jobs::moveStatusId(m.status)}];
            t.bytes[kind] += double(m.bytes);
            if (m.status == jobs::MoveStatus::Succeeded && m.startedAt.isValid() && m.endedAt.isValid() && !recover)
                t.durations << m.startedAt.msecsTo(m.endedAt) / 1000.0;
        }
    }
    w.family("hawan_migrations", "counter", "Live migrations that ended, by the plan's kind and how they ended (from the journal).");
    for (auto it = migrations.count.cbegin(); it != migrations.count.cend(); ++it)
        w.sample({{"kind", it.key().first}, {"status", it.key().second}}, it.value());
    w.family("hawan_migration_bytes", "counter", "Bytes live migrations sent across the network (from the journal).", "bytes");
    for (auto it = migrations.bytes.cbegin(); it != migrations.bytes.cend(); ++it)
        w.sample({{"kind", it.key()}}, it.value());
    w.family("hawan_migration_duration_seconds", "histogram", "How long the live migrations that succeeded took.", "seconds");
    {
        static const double bounds[] = {1, 2, 5, 10, 20, 30, 60, 120, 300, 600};
        double sum = 0;
        for (double d : migrations.durations)
            sum += d;
        for (double b : bounds)
            w.sample({{"le", QString::fromLatin1(number(b))}},
                     double(std::count_if(migrations.durations.cbegin(), migrations.durations.cend(), [b](double d) { return d <= b; })), "_bucket");
        w.sample({{"le", QStringLiteral("+Inf")}}, double(migrations.durations.size()), "_bucket");
        w.sample({}, double(migrations.durations.size()), "_count");
        w.sample({}, sum, "_sum");
    }
    w.family("hawan_restarts", "counter", "VMs of a crashed host restarted elsewhere by a recovery, by how it ended (from the journal).");
    for (auto it = restarts.count.cbegin(); it != restarts.count.cend(); ++it)
        w.sample({{"status", it.key().second}}, it.value());
    w.family("hawan_plans_open", "gauge", "Plans (evacuations, recoveries, moves) running or interrupted.");
    w.sample({}, open);

    // Alarms, as this process raises them (shelved ones left out).
    const auto *book = fleet.alarms();
    const auto active = book->active();
    for (const auto &[name, help, unackedOnly] :
         {std::tuple{QByteArrayLiteral("hawan_alarms"), QByteArrayLiteral("Active alarms by severity (shelved ones left out)."), false},
          std::tuple{QByteArrayLiteral("hawan_alarms_unacknowledged"), QByteArrayLiteral("Active alarms nobody acknowledged yet."), true}}) {
        w.family(name, "gauge", help);
        for (alarms::Severity s : {alarms::Severity::Warning, alarms::Severity::Major, alarms::Severity::Critical}) {
            const int n = int(std::count_if(active.cbegin(), active.cend(), [&, u = unackedOnly](const alarms::Alarm &a) {
                return a.condition.severity == s && !(u && a.acknowledged());
            }));
            w.sample({{"severity", alarms::severityId(s)}}, n);
        }
    }
    return w.finish();
}

} // namespace hawan::core
