// The configuration's operational sections: [experiments], [drills], [ha] (after the hosts),
// and the [[cloud]] sources.
#include "config/configloader_p.h"

namespace hawan::config::detail {

void Reader::readExperiments()
{
    const toml::node *n = v.need(root, {}, "experiments", toml::node_type::table, false, ConfigLoader::tr("the experiments' test VMs"));
    if (!n)
        return;
    const toml::table &e = *n->as_table();
    const QString path = QStringLiteral("experiments");
    v.checkKeys(e, path, {"vm_image", "busy_vm_image", "vm_image_format", "vm_domain_type", "vm_memory_mib", "shutdown_timeout_s"});
    auto image = [&](const char *key, QString *into, const QString &what) {
        if (auto s = v.string(e, path, key, false, what)) {
            if (!s->startsWith(QLatin1Char('/')))
                v.add(e.get(key)->source(), path + QLatin1Char('.') + QLatin1String(key),
                      ConfigLoader::tr("must be an absolute path, as the hosts see it on the shared volume"));
            else
                *into = QDir::cleanPath(*s);
        }
    };
    image("vm_image", &cfg.experiments.vmImage, ConfigLoader::tr("the test VMs' template disk image on the shared volume"));
    image("busy_vm_image", &cfg.experiments.busyVmImage, ConfigLoader::tr("a template disk whose guest keeps dirtying its memory"));
    auto oneOf = [&](const char *key, const QStringList &valid, QString *into) {
        if (auto s = v.string(e, path, key, false, valid.join(QStringLiteral(" or ")))) {
            if (!valid.contains(*s))
                v.add(e.get(key)->source(), path + QLatin1Char('.') + QLatin1String(key),
                      ConfigLoader::tr("'%1' is not one of: %2").arg(*s, valid.join(QStringLiteral(", "))));
            else
                *into = *s;
        }
    };
    oneOf("vm_image_format", {QStringLiteral("raw"), QStringLiteral("qcow2")}, &cfg.experiments.vmImageFormat);
    oneOf("vm_domain_type", {QStringLiteral("kvm"), QStringLiteral("qemu")}, &cfg.experiments.vmDomainType);
    auto number = [&](const char *key, int lo, int hi, int *into, const QString &unit) {
        if (const toml::node *r = v.need(e, path, key, toml::node_type::integer, false,
                                         QStringLiteral("%1 %2 %3 %4").arg(lo).arg(ConfigLoader::tr("to")).arg(hi).arg(unit))) {
            const auto k = r->as_integer()->get();
            if (k < lo || k > hi)
                v.add(r->source(), path + QLatin1Char('.') + QLatin1String(key),
                      ConfigLoader::tr("%1 is out of range; valid: %2 to %3 %4").arg(k).arg(lo).arg(hi).arg(unit));
            else
                *into = int(k);
        }
    };
    number("vm_memory_mib", 16, 65536, &cfg.experiments.vmMemoryMiB, ConfigLoader::tr("MiB"));
    number("shutdown_timeout_s", 0, 3600, &cfg.experiments.shutdownTimeoutS, ConfigLoader::tr("seconds (0: forced off at once)"));
}

void Reader::readDrills()
{
    const toml::node *n = v.need(root, {}, "drills", toml::node_type::table, false, ConfigLoader::tr("the resilience drills"));
    if (!n)
        return;
    const toml::table &d = *n->as_table();
    const QString path = QStringLiteral("drills");
    v.checkKeys(d, path, {"lab", "writer_interval_ms"});
    if (const toml::node *b = v.need(d, path, "lab", toml::node_type::boolean, false,
                                     ConfigLoader::tr("true for a disposable lab, where drills run without typing a site's name")))
        cfg.drills.lab = b->as_boolean()->get();
    if (const toml::node *r = v.need(d, path, "writer_interval_ms", toml::node_type::integer, false, ConfigLoader::tr("10 to 10000 ms"))) {
        const auto k = r->as_integer()->get();
        if (k < 10 || k > 10000)
            v.add(r->source(), path + QStringLiteral(".writer_interval_ms"),
                  ConfigLoader::tr("%1 is out of range; valid: 10 to 10000 ms").arg(k));
        else
            cfg.drills.writerIntervalMs = int(k);
    }
}

void Reader::readHa()
{
    const toml::node *n = v.need(root, {}, "ha", toml::node_type::table, false, ConfigLoader::tr("automatic recovery"));
    if (!n)
        return;
    const toml::table &h = *n->as_table();
    const QString path = QStringLiteral("ha");
    v.checkKeys(h, path, {"lease_dir", "grace_s", "witness", "policy"});
    if (auto s = v.string(h, path, "lease_dir", false, ConfigLoader::tr("a directory every console and watcher reaches (on the shared volume)"))) {
        const QString dir = QString(*s).replace(QStringLiteral("{config_dir}"), configDir);
        if (!dir.startsWith(QLatin1Char('/')))
            v.add(h.get("lease_dir")->source(), path + QStringLiteral(".lease_dir"), ConfigLoader::tr("must be an absolute path"));
        else
            cfg.ha.leaseDir = QDir::cleanPath(dir);
    }
    if (const toml::node *r = v.need(h, path, "grace_s", toml::node_type::integer, false, ConfigLoader::tr("3 to 600 seconds"))) {
        const auto k = r->as_integer()->get();
        if (k < 3 || k > 600)
            v.add(r->source(), path + QStringLiteral(".grace_s"), ConfigLoader::tr("%1 is out of range; valid: 3 to 600 seconds").arg(k));
        else
            cfg.ha.graceS = int(k);
    }
    cfg.ha.witness = argv(h, path, "witness", ConfigLoader::tr("a command that exits 0 when this side may act for a silent site"));
    int i = 0;
    for (const toml::table *t : v.tables(h, "policy")) {
        const QString pp = QStringLiteral("ha.policy[%1]").arg(++i);
        v.checkKeys(*t, pp, {"match", "restart", "priority", "avoid"});
        HaPolicy p;
        if (auto m = v.string(*t, pp, "match", true, ConfigLoader::tr("a VM name or a pattern such as \"web-*\"")))
            p.match = *m;
        if (const toml::node *b = v.need(*t, pp, "restart", toml::node_type::boolean, false, ConfigLoader::tr("true or false")))
            p.restart = b->as_boolean()->get();
        if (const toml::node *r = v.need(*t, pp, "priority", toml::node_type::integer, false, ConfigLoader::tr("-1000 to 1000; higher first"))) {
            const auto k = r->as_integer()->get();
            if (k < -1000 || k > 1000)
                v.add(r->source(), pp + QStringLiteral(".priority"), ConfigLoader::tr("%1 is out of range; valid: -1000 to 1000").arg(k));
            else
                p.priority = int(k);
        }
        if (const toml::node *a = v.need(*t, pp, "avoid", toml::node_type::array, false, ConfigLoader::tr("host names, e.g. [\"napoli-hv2\"]"))) {
            for (const auto &el : *a->as_array()) {
                const auto *str = el.as_string();
                if (!str) {
                    v.add(el.source(), pp + QStringLiteral(".avoid"), ConfigLoader::tr("every element must be a host name"));
                    continue;
                }
                const QString host = qs(str->get());
                if (cfg.hostIndex(host) < 0)
                    v.add(el.source(), pp + QStringLiteral(".avoid"), ConfigLoader::tr("unknown host '%1'").arg(host));
                else
                    p.avoid << host;
            }
        }
        cfg.ha.policies.push_back(p);
    }
}

void Reader::readAccess()
{
    const toml::node *n = v.need(root, {}, "access", toml::node_type::table, false, ConfigLoader::tr("who may change things"));
    if (!n)
        return;
    const toml::table &a = *n->as_table();
    const QString path = QStringLiteral("access");
    v.checkKeys(a, path, {"viewers"});
    const toml::node *list = v.need(a, path, "viewers", toml::node_type::array, false,
                                    ConfigLoader::tr("user names that are always read-only, e.g. [\"shift\"]"));
    if (!list)
        return;
    for (const auto &el : *list->as_array()) {
        const auto *str = el.as_string();
        const QString user = str ? qs(str->get()).trimmed() : QString();
        if (user.isEmpty() || user.contains(QLatin1Char(' ')))
            v.add(el.source(), path + QStringLiteral(".viewers"), ConfigLoader::tr("every element must be a user name"));
        else
            cfg.access.viewers << user;
    }
}

void Reader::readAudit()
{
    const toml::node *n = v.need(root, {}, "audit", toml::node_type::table, false, ConfigLoader::tr("the audit trail and its key"));
    if (!n)
        return;
    const toml::table &a = *n->as_table();
    const QString path = QStringLiteral("audit");
    v.checkKeys(a, path, {"file", "key"});
    for (const auto &[key, target] : {std::pair{"file", &cfg.audit.file}, std::pair{"key", &cfg.audit.key}}) {
        auto s = v.string(a, path, key, false, ConfigLoader::tr("an absolute path ({config_dir} allowed)"));
        if (!s)
            continue;
        const QString p = QString(*s).replace(QStringLiteral("{config_dir}"), configDir);
        if (!p.startsWith(QLatin1Char('/')))
            v.add(a.get(key)->source(), path + QLatin1Char('.') + QLatin1String(key), ConfigLoader::tr("must be an absolute path"));
        else
            *target = QDir::cleanPath(p);
    }
}

void Reader::readClouds()
{
    QSet<QString> names;
    int i = 0;
    for (const toml::table *t : v.tables(root, "cloud")) {
        const QString path = QStringLiteral("cloud[%1]").arg(++i);
        v.checkKeys(*t, path, {"name", "kind", "cloud", "clouds_yaml", "region", "interface", "zones"});
        Cloud c;
        if (auto n = v.string(*t, path, "name", true, ConfigLoader::tr("the name its hosts give as cloud = \"...\""))) {
            c.name = *n;
            if (!nameRe().match(c.name).hasMatch())
                v.add(t->get("name")->source(), path + QStringLiteral(".name"),
                      ConfigLoader::tr("'%1' is not a valid name; use letters, digits, '.', '_' or '-' (at most 63)").arg(c.name));
            else if (names.contains(c.name))
                v.add(t->get("name")->source(), path + QStringLiteral(".name"), ConfigLoader::tr("duplicate cloud name '%1'").arg(c.name));
            names.insert(c.name);
        }
        if (auto k = v.string(*t, path, "kind", true, QStringLiteral("\"openstack\""))) {
            c.kind = *k;
            if (c.kind != QLatin1String("openstack"))
                v.add(t->get("kind")->source(), path + QStringLiteral(".kind"),
                      ConfigLoader::tr("unknown cloud kind '%1'; the one kind is \"openstack\"").arg(c.kind));
        }
        // Credentials are never in this file: they stay where OpenStack users keep them.
        if (auto e = v.string(*t, path, "cloud", true, ConfigLoader::tr("the entry of clouds.yaml with its auth, as for 'openstack --os-cloud'")))
            c.entry = *e;
        if (auto y = v.string(*t, path, "clouds_yaml", false, ConfigLoader::tr("a clouds.yaml file; default: the places openstack looks")))
            c.cloudsYaml = QDir::cleanPath(QDir(configDir).absoluteFilePath(QString(*y).replace(QStringLiteral("{config_dir}"), configDir)));
        if (auto r = v.string(*t, path, "region", false, ConfigLoader::tr("region name; default: the entry's region_name")))
            c.region = *r;
        if (auto f = v.string(*t, path, "interface", false, QStringLiteral("public, internal or admin"))) {
            if (!QStringList{QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("admin")}.contains(*f))
                v.add(t->get("interface")->source(), path + QStringLiteral(".interface"),
                      ConfigLoader::tr("'%1' is not an endpoint interface; use public, internal or admin").arg(*f));
            else
                c.interface = *f;
        }
        if (const toml::node *z = v.need(*t, path, "zones", toml::node_type::table, false,
                                         ConfigLoader::tr("site = \"availability zone\", e.g. { Roma1 = \"roma1\" }"))) {
            for (auto &&[key, val] : *z->as_table()) {
                const QString site = qs(key.str());
                if (!siteNames.contains(site))
                    v.add(val.source(), path + QStringLiteral(".zones"), ConfigLoader::tr("unknown site '%1'; %2").arg(site, siteHint()));
                else if (!val.is_string())
                    v.add(val.source(), path + QStringLiteral(".zones.") + site, ConfigLoader::tr("must be an availability zone's name"));
                else
                    c.zones.insert(site, qs(val.as_string()->get()));
            }
        }
        cfg.clouds.push_back(c);
    }
}

} // namespace hawan::config::detail
