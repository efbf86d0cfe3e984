// The configuration's operational sections: [experiments], [drills], [ha] (after the hosts).
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

} // namespace hawan::config::detail
