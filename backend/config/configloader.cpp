#include "config/configloader.h"
#include "config/configloader_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <toml++/toml.h>

#include <optional>
#include <string_view>

namespace hawan::config {

QString ConfigError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    return key.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                         : QStringLiteral("%1: %2: %3").arg(where, key, message);
}

QString ConfigLoader::formatErrors(const ConfigErrors &errors)
{
    QStringList lines;
    for (const auto &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}


QString ConfigLoader::checkLibvirtUri(const QString &uri)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^([a-z][a-z0-9]*)(?:\+([a-z0-9]+))?://([^/?#\s]*)(/[^?#\s]*)?(?:\?([^#\s]*))?$)"));
    static const QStringList drivers{"test", "qemu", "lxc", "xen", "libxl", "bhyve", "ch",
                                     "vbox", "esx", "vpx", "hyperv", "vz", "openvz", "remote"};
    static const QStringList transports{"unix", "tcp", "tls", "ssh", "libssh", "libssh2", "ext"};
    const auto m = re.match(uri);
    if (!m.hasMatch())
        return ConfigLoader::tr("'%1' is not a libvirt URI; expected driver[+transport]://[host]/path, "
                  "e.g. qemu+ssh://root@hv1.example.org/system or test:///abs/path/host.xml").arg(uri);
    const QString driver = m.captured(1), transport = m.captured(2), path = m.captured(4);
    if (!drivers.contains(driver))
        return ConfigLoader::tr("unknown libvirt driver '%1'; valid drivers: %2").arg(driver, drivers.join(QStringLiteral(", ")));
    if (!transport.isEmpty() && !transports.contains(transport))
        return ConfigLoader::tr("unknown transport '%1'; valid transports: %2").arg(transport, transports.join(QStringLiteral(", ")));
    if (driver == QLatin1String("test") && (path.isEmpty() || path == QLatin1String("/")))
        return ConfigLoader::tr("the test driver needs test:///default or an absolute path to a node XML file");
    if (driver == QLatin1String("qemu") && !transport.isEmpty() && transport != QLatin1String("unix")
        && m.captured(3).isEmpty())
        return ConfigLoader::tr("transport '%1' needs a host name, e.g. qemu+%1://hv1.example.org/system").arg(transport);
    return {};
}

ConfigResult ConfigLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return ConfigErrors{{path, 0, 0, {}, ConfigLoader::tr("no such file; pass an existing file with --config FILE")}};
    if (!f.open(QIODevice::ReadOnly))
        return ConfigErrors{{path, 0, 0, {}, ConfigLoader::tr("cannot read the file: %1").arg(f.errorString())}};
    return loadString(QString::fromUtf8(f.readAll()), QFileInfo(path).absoluteFilePath());
}

namespace detail {

void Reader::readSettings()
{
    v.checkKeys(root, {}, {"title", "console", "migration", "probes", "experiments", "drills", "ha", "access", "audit", "anti_affinity", "site", "link", "cloud", "host", "storage"});
    if (auto t = v.string(root, {}, "title", false, ConfigLoader::tr("the console's window title")))
        cfg.title = *t;

    if (const toml::node *n = v.need(root, {}, "console", toml::node_type::table, false, ConfigLoader::tr("console settings"))) {
        const toml::table &c = *n->as_table();
        v.checkKeys(c, QStringLiteral("console"), {"refresh_interval_ms", "journal", "keepalive_interval_s", "keepalive_count"});
        if (auto j = v.string(c, QStringLiteral("console"), "journal", false,
                              ConfigLoader::tr("path of the journal file, e.g. \"{config_dir}/hawan-journal.jsonl\"")))
            cfg.console.journal = QDir::cleanPath(QDir(configDir).absoluteFilePath(QString(*j).replace(QStringLiteral("{config_dir}"), configDir)));
        if (const toml::node *r = v.need(c, QStringLiteral("console"), "refresh_interval_ms",
                                         toml::node_type::integer, false, ConfigLoader::tr("milliseconds, 100 to 3600000"))) {
            const auto ms = r->as_integer()->get();
            if (ms < 100 || ms > 3600000)
                v.add(r->source(), QStringLiteral("console.refresh_interval_ms"),
                      ConfigLoader::tr("%1 is out of range; valid: 100 to 3600000 milliseconds").arg(ms));
            else
                cfg.console.refreshIntervalMs = int(ms);
        }
        auto small = [&](const char *key, int lo, int hi, int *into, const QString &what) {
            if (const toml::node *r = v.need(c, QStringLiteral("console"), key, toml::node_type::integer, false, what)) {
                const auto k = r->as_integer()->get();
                if (k < lo || k > hi)
                    v.add(r->source(), QStringLiteral("console.") + QLatin1String(key),
                          ConfigLoader::tr("%1 is out of range; valid: %2 to %3").arg(k).arg(lo).arg(hi));
                else
                    *into = int(k);
            }
        };
        small("keepalive_interval_s", 1, 60, &cfg.console.keepAliveIntervalS, ConfigLoader::tr("seconds between keepalive messages, 1 to 60"));
        small("keepalive_count", 1, 10, &cfg.console.keepAliveCount, ConfigLoader::tr("keepalive messages without an answer before a host is unreachable, 1 to 10"));
    }

    if (const toml::node *n = v.need(root, {}, "migration", toml::node_type::table, false, ConfigLoader::tr("limits for bulk moves"))) {
        const toml::table &m = *n->as_table();
        v.checkKeys(m, QStringLiteral("migration"), {"max_per_host", "max_per_link"});
        auto limit = [&](const char *key, int *into) {
            if (const toml::node *r = v.need(m, QStringLiteral("migration"), key, toml::node_type::integer, false,
                                             ConfigLoader::tr("1 to 16 migrations"))) {
                const auto k = r->as_integer()->get();
                if (k < 1 || k > 16)
                    v.add(r->source(), QStringLiteral("migration.") + QLatin1String(key),
                          ConfigLoader::tr("%1 is out of range; valid: 1 to 16 migrations at once").arg(k));
                else
                    *into = int(k);
            }
        };
        limit("max_per_host", &cfg.migration.maxPerHost);
        limit("max_per_link", &cfg.migration.maxPerLink);
    }

    if (const toml::node *n = v.need(root, {}, "probes", toml::node_type::table, false, ConfigLoader::tr("latency probes"))) {
        const toml::table &p = *n->as_table();
        v.checkKeys(p, QStringLiteral("probes"), {"interval_ms", "echoes", "timeout_ms", "service", "replay"});
        auto number = [&](const char *key, int lo, int hi, int *into, const QString &unit) {
            if (const toml::node *r = v.need(p, QStringLiteral("probes"), key, toml::node_type::integer, false,
                                             QStringLiteral("%1 %2 %3 %4").arg(lo).arg(ConfigLoader::tr("to")).arg(hi).arg(unit))) {
                const auto k = r->as_integer()->get();
                if (k < lo || k > hi)
                    v.add(r->source(), QStringLiteral("probes.") + QLatin1String(key),
                          ConfigLoader::tr("%1 is out of range; valid: %2 to %3 %4").arg(k).arg(lo).arg(hi).arg(unit));
                else
                    *into = int(k);
            }
        };
        number("interval_ms", 0, 3600000, &cfg.probes.intervalMs, ConfigLoader::tr("milliseconds (0 turns the probes off)"));
        if (cfg.probes.intervalMs > 0 && cfg.probes.intervalMs < 100) {
            v.add(p.get("interval_ms")->source(), QStringLiteral("probes.interval_ms"),
                  ConfigLoader::tr("%1 ms is too often; use 0 (off) or at least 100").arg(cfg.probes.intervalMs));
            cfg.probes.intervalMs = 1000;
        }
        number("echoes", 1, 50, &cfg.probes.echoes, ConfigLoader::tr("echoes per interval"));
        number("timeout_ms", 10, 60000, &cfg.probes.timeoutMs, ConfigLoader::tr("milliseconds"));
        if (const toml::node *b = v.need(p, QStringLiteral("probes"), "service", toml::node_type::boolean, false,
                                         ConfigLoader::tr("true or false")))
            cfg.probes.service = b->as_boolean()->get();
        if (auto r = v.string(p, QStringLiteral("probes"), "replay", false,
                              ConfigLoader::tr("a CSV of probe readings recorded by Hawan, played back and labelled \"recorded\"")))
            cfg.probes.replay = QDir::cleanPath(QDir(configDir).absoluteFilePath(QString(*r).replace(QStringLiteral("{config_dir}"), configDir)));
    }
}

QMap<QString, QStringList> Reader::faults(const toml::table &t, const QString &path, const QStringList &names)
{
    QMap<QString, QStringList> out;
    const toml::node *n = v.need(t, path, "faults", toml::node_type::table, false,
                                 ConfigLoader::tr("the drills' commands, e.g. { %1 = [\"...\"] }").arg(names.first()));
    if (!n)
        return out;
    const toml::table &f = *n->as_table();
    const QString where = path + QStringLiteral(".faults");
    v.checkKeys(f, where, names);
    for (const QString &name : names) {
        const QByteArray key = name.toLatin1();
        if (f.get(key.constData()))
            if (const QStringList cmd = argv(f, where, key.constData(), QStringLiteral("[\"ssh\", \"ipmi-host\", \"...\"]")); !cmd.isEmpty())
                out.insert(name, cmd);
    }
    return out;
}

QStringList Reader::argv(const toml::table &t, const QString &path, const char *key, const QString &what)
{
    QStringList out;
    const toml::node *n = v.need(t, path, key, toml::node_type::array, false, what);
    if (!n)
        return out;
    const QString where = path + QLatin1Char('.') + QLatin1String(key);
    for (const auto &el : *n->as_array()) {
        if (const auto *str = el.as_string())
            out << qs(str->get()).replace(QStringLiteral("{config_dir}"), configDir);
        else {
            v.add(el.source(), where, ConfigLoader::tr("every element must be a string, found %1").arg(typeName(el.type())));
            return {};
        }
    }
    if (out.isEmpty())
        v.add(n->source(), where, ConfigLoader::tr("must name a program, e.g. %1").arg(what));
    return out;
}

void Reader::readSites()
{
    int i = 0;
    for (const toml::table *t : v.tables(root, "site")) {
        const QString path = QStringLiteral("site[%1]").arg(++i);
        v.checkKeys(*t, path, {"name", "description", "runner", "test_dir"});
        Site s;
        if (auto name = v.string(*t, path, "name", true, ConfigLoader::tr("the site's unique name"))) {
            s.name = *name;
            if (!nameRe().match(s.name).hasMatch())
                v.add(t->get("name")->source(), path + QStringLiteral(".name"),
                      ConfigLoader::tr("'%1' is not a valid name; use letters, digits, '.', '_' or '-' (at most 63)").arg(s.name));
            else if (siteNames.contains(s.name))
                v.add(t->get("name")->source(), path + QStringLiteral(".name"),
                      ConfigLoader::tr("duplicate site name '%1'; site names must be unique").arg(s.name));
            siteNames.insert(s.name);
        }
        if (auto d = v.string(*t, path, "description", false, ConfigLoader::tr("free text")))
            s.description = *d;
        s.runner = argv(*t, path, "runner", ConfigLoader::tr("[\"ssh\", \"root@rm-hv01\"]: how experiments run a command at the site"));
        if (auto d = v.string(*t, path, "test_dir", false, ConfigLoader::tr("a directory on the shared volume as the site mounts it")))
            s.testDir = QString(*d).replace(QStringLiteral("{config_dir}"), configDir);
        if (!s.runner.isEmpty() && s.testDir.isEmpty())
            v.add(t->source(), path + QStringLiteral(".test_dir"),
                  ConfigLoader::tr("a site with a runner needs test_dir: where on the shared volume its experiments write"));
        cfg.sites.push_back(s);
    }
    if (!root.get("site") && cfg.sites.isEmpty())
        v.add(root.source(), QStringLiteral("site"),
              ConfigLoader::tr("no site defined; add at least one [[site]] table with a name"));
    for (const auto &site : cfg.sites)
        if (!site.name.isEmpty())
            validSites << site.name;
}

void Reader::readLinkProbes(const toml::table &linkTable, const QString &path, Link &l)
{
    const toml::table *t = &linkTable;
    int pi = 0;
    for (const toml::table *pt : v.tables(*t, "probe")) {
        const QString pp = path + QStringLiteral(".probe[%1]").arg(++pi);
        v.checkKeys(*pt, pp, {"from", "target", "method", "netns"});
        LinkProbe lp;
        if (auto f = v.string(*pt, pp, "from", true, ConfigLoader::tr("the site the probe measures from"))) {
            lp.from = *f;
            if (!l.siteA.isEmpty() && lp.from != l.siteA && lp.from != l.siteB)
                v.add(pt->get("from")->source(), pp + QStringLiteral(".from"),
                      ConfigLoader::tr("'%1' is not an end of this link; use %2 or %3").arg(lp.from, l.siteA, l.siteB));
        }
        if (auto a = v.string(*pt, pp, "target", true, ConfigLoader::tr("IPv4 address at the other end, e.g. \"10.77.2.2\""))) {
            lp.target = *a;
            static const QRegularExpression ipv4(QStringLiteral(R"(^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$)"));
            if (!ipv4.match(lp.target).hasMatch())
                v.add(pt->get("target")->source(), pp + QStringLiteral(".target"),
                      ConfigLoader::tr("'%1' is not an IPv4 address, e.g. \"10.77.2.2\"").arg(lp.target));
        }
        if (auto m = v.string(*pt, pp, "method", false, ConfigLoader::tr("\"icmp\" or \"tcp:PORT\""))) {
            static const QRegularExpression re(QStringLiteral(R"(^(icmp|tcp:(\d{1,5}))$)"));
            const auto mm = re.match(*m);
            const int port = mm.captured(2).toInt();
            if (!mm.hasMatch() || (mm.captured(1) != QLatin1String("icmp") && (port < 1 || port > 65535)))
                v.add(pt->get("method")->source(), pp + QStringLiteral(".method"),
                      ConfigLoader::tr("'%1' is not a probe method; use \"icmp\" (echo) or \"tcp:PORT\" "
                                       "(connect time, e.g. \"tcp:16509\" for libvirtd)").arg(*m));
            else if (mm.captured(1) == QLatin1String("icmp"))
                lp.method = QStringLiteral("icmp");
            else {
                lp.method = QStringLiteral("tcp");
                lp.port = quint16(port);
            }
        }
        if (auto ns = v.string(*pt, pp, "netns", false, ConfigLoader::tr("a network namespace name under /run/netns")))
            lp.netns = *ns;
        l.probes.push_back(lp);
    }
}

void Reader::readLinks()
{
    QSet<QString> linkPairs;
    int i = 0;
    for (const toml::table *t : v.tables(root, "link")) {
        const QString path = QStringLiteral("link[%1]").arg(++i);
        v.checkKeys(*t, path, {"name", "sites", "capacity_mbit", "rtt_limit_ms", "migration_budget_mbit", "probe", "counters", "emulate", "faults"});
        Link l;
        l.faults = faults(*t, path, {QStringLiteral("cut"), QStringLiteral("restore"), QStringLiteral("degrade")});
        l.counters = argv(*t, path, "counters",
                          ConfigLoader::tr("[\"ssh\", \"rm-gw\", \"cat\", \"/sys/class/net/wan0/statistics/tx_bytes\", \"/sys/class/net/wan0/statistics/rx_bytes\"]: prints the bytes carried from the first site to the second, then back"));
        l.emulate = argv(*t, path, "emulate", ConfigLoader::tr("[\"hawan-lab\", \"wan\", \"set\"]: sets an emulated delay (the lab only)"));
        if (auto n = v.string(*t, path, "name", false, ConfigLoader::tr("a label for the link")))
            l.name = *n;
        if (const toml::node *n = v.need(*t, path, "sites", toml::node_type::array, true,
                                         ConfigLoader::tr("the two sites it joins, e.g. [\"Roma1\", \"Napoli\"]"))) {
            const auto &arr = *n->as_array();
            QStringList names;
            bool typesOk = true;
            for (const auto &el : arr) {
                if (const auto *s = el.as_string())
                    names << qs(s->get());
                else
                    typesOk = false;
            }
            if (!typesOk || names.size() != 2)
                v.add(n->source(), path + QStringLiteral(".sites"),
                      ConfigLoader::tr("must list exactly two site names as strings, e.g. [\"Roma1\", \"Napoli\"]"));
            else if (names[0] == names[1])
                v.add(n->source(), path + QStringLiteral(".sites"),
                      ConfigLoader::tr("a link joins two different sites; both ends are '%1'").arg(names[0]));
            else {
                bool known = true;
                for (const auto &s : names)
                    if (!siteNames.contains(s)) {
                        v.add(n->source(), path + QStringLiteral(".sites"),
                              ConfigLoader::tr("unknown site '%1'; %2").arg(s, siteHint()));
                        known = false;
                    }
                QStringList sorted = names;
                sorted.sort();
                const QString pair = sorted.join(QLatin1Char('|'));
                if (known && linkPairs.contains(pair))
                    v.add(n->source(), path + QStringLiteral(".sites"),
                          ConfigLoader::tr("a link between %1 and %2 is already defined; one link per pair of sites").arg(names[0], names[1]));
                linkPairs.insert(pair);
                l.siteA = names[0];
                l.siteB = names[1];
            }
        }
        if (const toml::node *n = v.need(*t, path, "capacity_mbit", toml::node_type::integer, false,
                                         ConfigLoader::tr("nominal capacity in Mbit/s"))) {
            const auto c = n->as_integer()->get();
            if (c <= 0)
                v.add(n->source(), path + QStringLiteral(".capacity_mbit"),
                      ConfigLoader::tr("must be a positive number of Mbit/s, found %1").arg(c));
            else
                l.capacityMbit = quint64(c);
        }
        if (const toml::node *n = v.need(*t, path, "rtt_limit_ms", toml::node_type::floating_point, false,
                                         ConfigLoader::tr("round-trip limit in milliseconds"))) {
            const double r = n->value<double>().value_or(0);
            if (!(r > 0 && r <= 10000))
                v.add(n->source(), path + QStringLiteral(".rtt_limit_ms"),
                      ConfigLoader::tr("must be between 0 and 10000 milliseconds, found %1").arg(r));
            else
                l.rttLimitMs = r;
        }
        if (const toml::node *n = v.need(*t, path, "migration_budget_mbit", toml::node_type::integer, false,
                                         ConfigLoader::tr("Mbit/s shared by all migrations crossing the link"))) {
            const auto c = n->as_integer()->get();
            if (c <= 0)
                v.add(n->source(), path + QStringLiteral(".migration_budget_mbit"),
                      ConfigLoader::tr("must be a positive number of Mbit/s, found %1").arg(c));
            else
                l.migrationBudgetMbit = quint64(c);
        }
        readLinkProbes(*t, path, l);
        if (l.name.isEmpty() && !l.siteA.isEmpty())
            l.name = l.siteA + QLatin1Char('-') + l.siteB;
        cfg.links.push_back(l);
    }
}

void Reader::readHosts()
{
    QHash<QString, QString> uriOwner;
    QSet<QString> hostNames;
    int i = 0;
    for (const toml::table *t : v.tables(root, "host")) {
        const QString path = QStringLiteral("host[%1]").arg(++i);
        v.checkKeys(*t, path, {"name", "site", "cloud", "uri", "migration_uri", "fence", "faults"});
        Host h;
        h.faults = faults(*t, path, {QStringLiteral("power_off"), QStringLiteral("power_on"), QStringLiteral("hang"), QStringLiteral("resume"),
                                     QStringLiteral("isolate"), QStringLiteral("reconnect")});
        if (auto name = v.string(*t, path, "name", true, ConfigLoader::tr("the host's unique name"))) {
            h.name = *name;
            if (!nameRe().match(h.name).hasMatch())
                v.add(t->get("name")->source(), path + QStringLiteral(".name"),
                      ConfigLoader::tr("'%1' is not a valid name; use letters, digits, '.', '_' or '-' (at most 63)").arg(h.name));
            else if (hostNames.contains(h.name))
                v.add(t->get("name")->source(), path + QStringLiteral(".name"),
                      ConfigLoader::tr("duplicate host name '%1'; host names must be unique").arg(h.name));
            hostNames.insert(h.name);
        }
        if (auto site = v.string(*t, path, "site", true, siteHint())) {
            h.site = *site;
            if (!siteNames.contains(h.site))
                v.add(t->get("site")->source(), path + QStringLiteral(".site"),
                      ConfigLoader::tr("unknown site '%1'; %2").arg(h.site, siteHint()));
        }
        if (auto c = v.string(*t, path, "cloud", false, ConfigLoader::tr("the name of a [[cloud]] this host is a compute host of"))) {
            h.cloud = *c;
            if (cfg.cloudIndex(h.cloud) < 0)
                v.add(t->get("cloud")->source(), path + QStringLiteral(".cloud"),
                      cfg.clouds.isEmpty() ? ConfigLoader::tr("no [[cloud]] named '%1': add one (kind = \"openstack\", cloud = \"<clouds.yaml entry>\")").arg(h.cloud)
                                           : ConfigLoader::tr("no [[cloud]] named '%1'; clouds: %2").arg(h.cloud, [&] {
                                                 QStringList n;
                                                 for (const auto &x : cfg.clouds)
                                                     n << x.name;
                                                 return n.join(QStringLiteral(", "));
                                             }()));
        }
        if (auto uri = v.string(*t, path, "uri", h.cloud.isEmpty(), ConfigLoader::tr("libvirt URI, e.g. qemu+ssh://root@hv1/system"))) {
            h.uri = QString(*uri).replace(QStringLiteral("{config_dir}"), configDir);
            const QString why = ConfigLoader::checkLibvirtUri(h.uri);
            if (!why.isEmpty())
                v.add(t->get("uri")->source(), path + QStringLiteral(".uri"), why);
            else if (uriOwner.contains(h.uri))
                v.add(t->get("uri")->source(), path + QStringLiteral(".uri"),
                      ConfigLoader::tr("same URI as host '%1'; each host needs its own connection").arg(uriOwner.value(h.uri)));
            else
                uriOwner.insert(h.uri, h.name);
        }
        if (auto m = v.string(*t, path, "migration_uri", false,
                              ConfigLoader::tr("URI other hosts' daemons use to reach this one, e.g. qemu+tcp://10.77.2.11/system"))) {
            h.migrationUri = QString(*m).replace(QStringLiteral("{config_dir}"), configDir);
            const QString why = ConfigLoader::checkLibvirtUri(h.migrationUri);
            if (!why.isEmpty())
                v.add(t->get("migration_uri")->source(), path + QStringLiteral(".migration_uri"), why);
        } else if (QRegularExpression(QStringLiteral("^[a-z0-9]+\\+(tcp|tls|ssh|libssh|libssh2)://[^/]+/")).match(h.uri).hasMatch()) {
            h.migrationUri = h.uri; // a network URI with a host part serves daemons too
        }
        if (auto f = v.string(*t, path, "fence", false, ConfigLoader::tr("a shell command that powers the host off")))
            h.fence = *f;
        cfg.hosts.push_back(h);
    }
}

void Reader::readStorage()
{
    QSet<QString> storageNames;
    int i = 0;
    for (const toml::table *t : v.tables(root, "storage")) {
        const QString path = QStringLiteral("storage[%1]").arg(++i);
        v.checkKeys(*t, path, {"name", "kind", "volume", "command", "brick_sites", "probe_dirs", "lockspace_dir", "faults"});
        Storage s;
        s.faults = faults(*t, path, {QStringLiteral("brick_down"), QStringLiteral("brick_up"), QStringLiteral("node_lost"), QStringLiteral("node_back")});
        static const QStringList kinds{"glusterfs", "nfs", "local"};
        if (auto k = v.string(*t, path, "kind", true, ConfigLoader::tr("one of %1").arg(kinds.join(QStringLiteral(", "))))) {
            s.kind = *k;
            if (!kinds.contains(s.kind))
                v.add(t->get("kind")->source(), path + QStringLiteral(".kind"),
                      ConfigLoader::tr("unknown storage kind '%1'; valid kinds: %2").arg(s.kind, kinds.join(QStringLiteral(", "))));
        }
        if (auto vol = v.string(*t, path, "volume", true, ConfigLoader::tr("the volume name")))
            s.volume = *vol;
        s.name = s.volume;
        if (auto n = v.string(*t, path, "name", false, ConfigLoader::tr("a label")))
            s.name = *n;
        if (!s.name.isEmpty()) {
            if (storageNames.contains(s.name))
                v.add(t->source(), path + QStringLiteral(".name"),
                      ConfigLoader::tr("duplicate storage name '%1'; storage names must be unique").arg(s.name));
            storageNames.insert(s.name);
        }
        s.command = argv(*t, path, "command", ConfigLoader::tr("[\"gluster\"]"));
        if (s.command.isEmpty() && !t->get("command") && s.kind == QLatin1String("glusterfs"))
            s.command = QStringList{QStringLiteral("gluster")};
        if (const toml::node *n = v.need(*t, path, "brick_sites", toml::node_type::table, false,
                                         ConfigLoader::tr("brick host = site, e.g. { \"10.77.1.5\" = \"Roma1\" }"))) {
            for (auto &&[k, val] : *n->as_table()) {
                const auto *str = val.as_string();
                const QString site = str ? qs(str->get()) : QString();
                if (!str || !siteNames.contains(site))
                    v.add(val.source(), path + QStringLiteral(".brick_sites.") + qs(k.str()),
                          str ? ConfigLoader::tr("unknown site '%1'; %2").arg(site, siteHint())
                              : ConfigLoader::tr("must be a site name as a string, found %1").arg(typeName(val.type())));
                else
                    s.brickSites.insert(qs(k.str()), site);
            }
        }
        if (const toml::node *n = v.need(*t, path, "probe_dirs", toml::node_type::table, false,
                                         ConfigLoader::tr("site = directory on this volume as mounted there, e.g. { Roma1 = \"/mnt/vmstore\" }"))) {
            for (auto &&[k, val] : *n->as_table()) {
                const auto *str = val.as_string();
                const QString site = qs(k.str());
                if (!siteNames.contains(site))
                    v.add(val.source(), path + QStringLiteral(".probe_dirs.") + site,
                          ConfigLoader::tr("unknown site '%1'; %2").arg(site, siteHint()));
                else if (!str || !QDir::isAbsolutePath(qs(str->get()).replace(QStringLiteral("{config_dir}"), configDir)))
                    v.add(val.source(), path + QStringLiteral(".probe_dirs.") + site,
                          ConfigLoader::tr("must be an absolute directory path as a string"));
                else
                    s.probeDirs.insert(site, qs(str->get()).replace(QStringLiteral("{config_dir}"), configDir));
            }
        }
        if (auto l = v.string(*t, path, "lockspace_dir", false,
                              ConfigLoader::tr("virtlockd's file_lockspace_dir on this volume, as this console mounts it"))) {
            s.lockspaceDir = QString(*l).replace(QStringLiteral("{config_dir}"), configDir);
            if (!QDir::isAbsolutePath(s.lockspaceDir))
                v.add(t->get("lockspace_dir")->source(), path + QStringLiteral(".lockspace_dir"), ConfigLoader::tr("must be an absolute path"));
        }
        cfg.storage.push_back(s);
    }
}

void Reader::readAntiAffinity()
{
    int i = 0;
    QSet<QString> groupNames;
    for (const toml::table *t : v.tables(root, "anti_affinity")) {
        const QString path = QStringLiteral("anti_affinity[%1]").arg(++i);
        v.checkKeys(*t, path, {"name", "vms"});
        AntiAffinity g;
        if (auto n = v.string(*t, path, "name", true, ConfigLoader::tr("a label for the group"))) {
            g.name = *n;
            if (groupNames.contains(g.name))
                v.add(t->get("name")->source(), path + QStringLiteral(".name"),
                      ConfigLoader::tr("duplicate anti-affinity group '%1'").arg(g.name));
            groupNames.insert(g.name);
        }
        if (const toml::node *n = v.need(*t, path, "vms", toml::node_type::array, true,
                                         ConfigLoader::tr("names of VMs that must not share a host, e.g. [\"db1\", \"db2\"]"))) {
            bool ok = true;
            for (const auto &el : *n->as_array()) {
                if (const auto *str = el.as_string())
                    g.vms << qs(str->get());
                else
                    ok = false;
            }
            g.vms.removeDuplicates();
            if (!ok || g.vms.size() < 2)
                v.add(n->source(), path + QStringLiteral(".vms"),
                      ConfigLoader::tr("must list at least two VM names as strings, e.g. [\"db1\", \"db2\"]"));
        }
        cfg.antiAffinity.push_back(g);
    }
}

} // namespace detail

namespace {

// TOML allows only ASCII outside strings and comments. toml++ 3.x (Debian 12) reaches undefined
// behaviour when its whitespace test meets U+00A1 to U+0499 (is_non_ascii_horizontal_whitespace:
// found by tests/fuzz/fuzz_config.cpp), which it does for any non-ASCII character outside a
// string (values are scanned to their end, whitespace skipped), after a backslash in a string, and
// first after a line-ending backslash in a multi-line string. Such a character is refused before
// toml++ reads the text. Strings are told from bare tokens as toml++ does: a quote opens one only
// where a key or a value starts. Returns the first one (1-based line and column in characters),
// or line 0 when there is none.
struct Stray
{
    int line = 0, column = 0;
    QString character;
    enum class Where { OutsideStrings, AfterBackslash, AfterLineEndingBackslash } where = Where::OutsideStrings;
};
Stray nonAsciiToml(const QByteArray &utf8)
{
    enum class S { Normal, Comment, Basic, Literal, MultiBasic, MultiLiteral } st = S::Normal;
    // Where a quote opens a string: at a key (line start, a table header, a dotted key, an inline
    // table's key) or a value (after '=', in an array).
    bool inValue = false;  // the next token is a value (else a key)
    bool canOpen = true;   // the next token starts here (nothing of a bare token before it)
    QVector<char> nest;    // '[' array, '{' inline table, 'h' table header
    bool trimming = false; // after a line-ending backslash: whitespace skipped up to the next character
    bool bareValue = false; // inside a value that is not a string, array or inline table
    int line = 1, column = 0;
    const qsizetype n = utf8.size();
    auto at = [&](qsizetype i) { return i < n ? utf8[i] : '\0'; };
    auto triple = [&](qsizetype i, char q) { return at(i) == q && at(i + 1) == q && at(i + 2) == q; };
    auto stray = [&](qsizetype i, Stray::Where where) {
        qsizetype len = 1;
        while (i + len < n && (uchar(utf8[i + len]) & 0xC0) == 0x80)
            ++len;
        return Stray{line, column, QString::fromUtf8(utf8.mid(i, len)), where};
    };
    auto skipQuotes = [&](qsizetype &i, char q) { // a closing triple, after up to two quotes of content
        while (at(i + 1) == q) {
            ++i;
            ++column;
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = utf8[i];
        if ((uchar(c) & 0xC0) != 0x80)
            ++column; // a character starts here
        if (c == '\n') {
            ++line;
            column = 0;
            if (st == S::Comment || st == S::Basic || st == S::Literal) // ends here (toml++ says if badly)
                st = S::Normal;
            bareValue = false;
            if (st == S::Normal && nest.isEmpty()) { // the next line starts with a key
                inValue = false;
                canOpen = true;
            }
            continue;
        }
        switch (st) {
        case S::Normal:
            if (uchar(c) >= 0x80)
                return stray(i, Stray::Where::OutsideStrings);
            if (bareValue) {
                // toml++ reads a bare value (number, date, boolean, or garbage) up to whitespace,
                // ']', '}', ',' or '#': quotes, brackets and '=' inside it are part of it.
                if (c != ' ' && c != '\t' && c != '\r' && c != ']' && c != '}' && c != ',' && c != '#')
                    break;
                bareValue = false;
            }
            switch (c) {
            case ' ':
            case '\t':
            case '\r': break;
            case '#': st = S::Comment; break;
            case '=':
                inValue = true;
                canOpen = true;
                break;
            case '[':
                if (inValue)
                    nest << '[';
                else if (nest.isEmpty() || nest.last() != 'h')
                    nest << 'h';
                canOpen = true;
                break;
            case ']':
                if (!nest.isEmpty() && (nest.last() == '[' || nest.last() == 'h'))
                    nest.removeLast();
                canOpen = false;
                break;
            case '{':
                nest << '{';
                inValue = false;
                canOpen = true;
                break;
            case '}':
                if (!nest.isEmpty() && nest.last() == '{')
                    nest.removeLast();
                inValue = true;
                canOpen = false;
                break;
            case ',':
                inValue = nest.isEmpty() || nest.last() != '{';
                canOpen = true;
                break;
            case '.': canOpen = !inValue; break; // a dotted key's next part
            case '"':
            case '\'':
                if (!canOpen) // inside a bare token: toml++ scans it as part of that token
                    break;
                if (triple(i, c)) {
                    st = c == '"' ? S::MultiBasic : S::MultiLiteral;
                    i += 2;
                    column += 2;
                } else {
                    st = c == '"' ? S::Basic : S::Literal;
                }
                break;
            default:
                bareValue = inValue && canOpen;
                canOpen = false;
                break;
            }
            break;
        case S::Comment: break;
        case S::Basic:
        case S::MultiBasic:
            if (trimming) {
                if (c == ' ' || c == '\t' || c == '\r')
                    break;
                trimming = false;
                if (uchar(c) >= 0x80)
                    return stray(i, Stray::Where::AfterLineEndingBackslash);
            }
            if (c == '\\') {
                qsizetype j = i + 1;
                while (st == S::MultiBasic && (at(j) == ' ' || at(j) == '\t' || at(j) == '\r'))
                    ++j;
                if (st == S::MultiBasic && at(j) == '\n') { // a line-ending backslash
                    trimming = true;
                    break;
                }
                if (j > i + 1 && uchar(at(j)) >= 0x80) { // toml++ tests it while skipping the spaces
                    column += int(j - i);
                    return stray(j, Stray::Where::AfterBackslash);
                }
                ++i; // an escape: the next character is taken as one
                ++column;
                if (i < n && uchar(utf8[i]) >= 0x80)
                    return stray(i, Stray::Where::AfterBackslash);
            } else if (st == S::Basic && c == '"') {
                st = S::Normal;
                canOpen = false;
            } else if (st == S::MultiBasic && triple(i, '"')) {
                skipQuotes(i, '"');
                st = S::Normal;
                canOpen = false;
            }
            break;
        case S::Literal:
            if (c == '\'') {
                st = S::Normal;
                canOpen = false;
            }
            break;
        case S::MultiLiteral:
            if (triple(i, '\'')) {
                skipQuotes(i, '\'');
                st = S::Normal;
                canOpen = false;
            }
            break;
        }
    }
    return {};
}

} // namespace

using namespace detail;

ConfigResult ConfigLoader::loadString(const QString &text, const QString &fileName)
{
    const QByteArray utf8 = text.toUtf8();
    if (const Stray s = nonAsciiToml(utf8); s.line > 0) {
        const QString where = s.where == Stray::Where::AfterBackslash
            ? ConfigLoader::tr("after a backslash in a string: not a TOML escape (write it without the backslash)")
            : s.where == Stray::Where::AfterLineEndingBackslash
            ? ConfigLoader::tr("first after a line-ending backslash: the TOML reader Hawan uses cannot take it there "
                               "(drop the backslash, or start the line with an ASCII character)")
            : ConfigLoader::tr("outside a string or comment; there TOML allows ASCII only (keys: letters A-Z a-z, "
                               "digits, _ and -). Quote it if it is part of a value.");
        return ConfigErrors{{fileName, s.line, s.column, {},
                             ConfigLoader::tr("TOML syntax error: '%1' (U+%2) %3")
                                 .arg(s.character, QString::number(s.character.toUcs4().value(0), 16).toUpper().rightJustified(4, QLatin1Char('0')), where)}};
    }
    toml::table root;
    try {
        root = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())),
                           fileName.toStdString());
    } catch (const toml::parse_error &e) {
        const auto &b = e.source().begin;
        return ConfigErrors{{fileName, int(b.line), int(b.column), {},
                             ConfigLoader::tr("TOML syntax error: %1").arg(qs(e.description()))}};
    }

    Validator v(fileName);
    Config cfg;
    cfg.sourceFile = fileName;
    const QString configDir = QFileInfo(fileName).absolutePath();

    Reader r{v, root, cfg, configDir, {}, {}};
    // The sections in the order their checks depend on each other (sites before what names them).
    for (auto read : {&Reader::readSettings, &Reader::readExperiments, &Reader::readDrills, &Reader::readSites, &Reader::readLinks, &Reader::readClouds, &Reader::readHosts, &Reader::readStorage,
                      &Reader::readAntiAffinity, &Reader::readHa, &Reader::readAccess, &Reader::readAudit})
        (r.*read)();

    if (!v.errors.isEmpty()) {
        std::stable_sort(v.errors.begin(), v.errors.end(), [](const ConfigError &a, const ConfigError &b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
        return v.errors;
    }
    return cfg;
}

} // namespace hawan::config
