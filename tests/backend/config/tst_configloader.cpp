// The configuration is validated in full before anything connects: every malformed file gets
// exactly the errors an operator needs (file, line, column, key, what would be valid).
#include "config/configloader.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace hawan::config;

namespace {
// A valid two-site configuration that the cases below break one piece at a time.
const QString kSites = QStringLiteral("[[site]]\nname = \"Roma1\"\n\n[[site]]\nname = \"Napoli\"\n");
const QString kHost = QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"qemu+ssh://root@r1.example.org/system\"\n");
} // namespace

class TstConfigLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void malformed_data();
    void malformed();
    void nonAsciiInStringsAndCommentsLoads();
    void validFullExample();
    void placeholdersAndDefaults();
    void missingFile();
};

void TstConfigLoader::malformed_data()
{
    QTest::addColumn<QString>("toml");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("syntax: unclosed table header")
        << QStringLiteral("[[site]\nname = \"Roma1\"\n")
        << QStringList{"bad.toml:1:8: TOML syntax error: Error while parsing table header: expected ']', saw '\\n'"};
    QTest::newRow("syntax: string without quotes")
        << kSites + QStringLiteral("\n[[host]]\nname = r1\n")
        << QStringList{"bad.toml:8:8: TOML syntax error: Error while parsing value: could not determine value type"};
    QTest::newRow("unknown top-level key, with suggestion")
        << QStringLiteral("hosts = []\n\n") + kSites
        << QStringList{"bad.toml:1:1: hosts: unknown key 'hosts'; did you mean 'host'? Valid keys here: title, console, migration, probes, experiments, drills, ha, access, audit, anti_affinity, site, link, cloud, host, storage"};
    QTest::newRow("unknown key in a host")
        << kSites + kHost + QStringLiteral("urii = \"x\"\n")
        << QStringList{"bad.toml:11:1: host[1].urii: unknown key 'urii'; did you mean 'uri'? Valid keys here: name, site, cloud, uri, migration_uri, fence, faults"};
    QTest::newRow("host in unknown site")
        << kSites + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Rome\"\nuri = \"qemu:///system\"\n")
        << QStringList{"bad.toml:9:8: host[1].site: unknown site 'Rome'; valid sites: Roma1, Napoli"};
    QTest::newRow("duplicate host name")
        << kSites + kHost + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Napoli\"\nuri = \"qemu+ssh://n1/system\"\n")
        << QStringList{"bad.toml:13:8: host[2].name: duplicate host name 'r1'; host names must be unique"};
    QTest::newRow("host of an unknown cloud")
        << kSites + QStringLiteral("\n[[host]]\nname = \"c1\"\nsite = \"Roma1\"\ncloud = \"prod\"\n")
        << QStringList{"bad.toml:10:9: host[1].cloud: no [[cloud]] named 'prod': add one (kind = \"openstack\", cloud = \"<clouds.yaml entry>\")"};
    QTest::newRow("cloud of an unknown kind")
        << kSites + QStringLiteral("\n[[cloud]]\nname = \"prod\"\nkind = \"vmware\"\ncloud = \"prod\"\n")
        << QStringList{"bad.toml:9:8: cloud[1].kind: unknown cloud kind 'vmware'; the one kind is \"openstack\""};
    QTest::newRow("duplicate site name")
        << kSites + QStringLiteral("\n[[site]]\nname = \"Roma1\"\n")
        << QStringList{"bad.toml:8:8: site[3].name: duplicate site name 'Roma1'; site names must be unique"};
    QTest::newRow("site name with a space")
        << QStringLiteral("[[site]]\nname = \"Roma 1\"\n")
        << QStringList{"bad.toml:2:8: site[1].name: 'Roma 1' is not a valid name; use letters, digits, '.', '_' or '-' (at most 63)"};
    QTest::newRow("URI that is not a URI")
        << kSites + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"r1.example.org\"\n")
        << QStringList{"bad.toml:10:7: host[1].uri: 'r1.example.org' is not a libvirt URI; expected driver[+transport]://[host]/path, e.g. qemu+ssh://root@hv1.example.org/system or test:///abs/path/host.xml"};
    QTest::newRow("URI with unknown driver")
        << kSites + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"kvm:///system\"\n")
        << QStringList{"bad.toml:10:7: host[1].uri: unknown libvirt driver 'kvm'; valid drivers: test, qemu, lxc, xen, libxl, bhyve, ch, vbox, esx, vpx, hyperv, vz, openvz, remote"};
    QTest::newRow("URI with unknown transport")
        << kSites + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"qemu+smtp://r1/system\"\n")
        << QStringList{"bad.toml:10:7: host[1].uri: unknown transport 'smtp'; valid transports: unix, tcp, tls, ssh, libssh, libssh2, ext"};
    QTest::newRow("remote transport without a host")
        << kSites + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"qemu+ssh:///system\"\n")
        << QStringList{"bad.toml:10:7: host[1].uri: transport 'ssh' needs a host name, e.g. qemu+ssh://hv1.example.org/system"};
    QTest::newRow("test driver without a file")
        << kSites + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"test:///\"\n")
        << QStringList{"bad.toml:10:7: host[1].uri: the test driver needs test:///default or an absolute path to a node XML file"};
    QTest::newRow("URI with a space")
        << kSites + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Roma1\"\nuri = \"qemu:///sys tem\"\n")
        << QStringList{"bad.toml:10:7: host[1].uri: 'qemu:///sys tem' is not a libvirt URI; expected driver[+transport]://[host]/path, e.g. qemu+ssh://root@hv1.example.org/system or test:///abs/path/host.xml"};
    QTest::newRow("two hosts with the same URI")
        << kSites + kHost + QStringLiteral("\n[[host]]\nname = \"r2\"\nsite = \"Roma1\"\nuri = \"qemu+ssh://root@r1.example.org/system\"\n")
        << QStringList{"bad.toml:15:7: host[2].uri: same URI as host 'r1'; each host needs its own connection"};
    QTest::newRow("malformed migration URI")
        << kSites + kHost + QStringLiteral("migration_uri = \"10.77.1.11\"\n")
        << QStringList{"bad.toml:11:17: host[1].migration_uri: '10.77.1.11' is not a libvirt URI; expected driver[+transport]://[host]/path, e.g. qemu+ssh://root@hv1.example.org/system or test:///abs/path/host.xml"};
    QTest::newRow("wrong type: name is a number")
        << kSites + QStringLiteral("\n[[host]]\nname = 42\nsite = \"Roma1\"\nuri = \"qemu:///system\"\n")
        << QStringList{"bad.toml:8:8: host[1].name: must be a string (the host's unique name), found an integer"};
    QTest::newRow("missing host uri")
        << kSites + QStringLiteral("\n[[host]]\nname = \"r1\"\nsite = \"Roma1\"\n")
        << QStringList{"bad.toml:7:1: host[1].uri: missing required key 'uri' (libvirt URI, e.g. qemu+ssh://root@hv1/system)"};
    QTest::newRow("missing site name")
        << QStringLiteral("[[site]]\ndescription = \"no name\"\n")
        << QStringList{"bad.toml:1:1: site[1].name: missing required key 'name' (the site's unique name)"};
    QTest::newRow("[host] instead of [[host]]")
        << kSites + QStringLiteral("\n[host]\nname = \"r1\"\n")
        << QStringList{"bad.toml:7:1: host: must be an array of tables: write [[host]] (double brackets) for each entry, found a table"};
    QTest::newRow("no site at all")
        << QStringLiteral("title = \"empty\"\n")
        << QStringList{"bad.toml:1:1: site: no site defined; add at least one [[site]] table with a name"};
    QTest::newRow("link with one site")
        << kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\"]\n")
        << QStringList{"bad.toml:8:9: link[1].sites: must list exactly two site names as strings, e.g. [\"Roma1\", \"Napoli\"]"};
    QTest::newRow("link joining a site to itself")
        << kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Roma1\"]\n")
        << QStringList{"bad.toml:8:9: link[1].sites: a link joins two different sites; both ends are 'Roma1'"};
    QTest::newRow("link to an unknown site")
        << kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Milano\"]\n")
        << QStringList{"bad.toml:8:9: link[1].sites: unknown site 'Milano'; valid sites: Roma1, Napoli"};
    QTest::newRow("two links for one pair")
        << kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Napoli\"]\n\n[[link]]\nsites = [\"Napoli\", \"Roma1\"]\n")
        << QStringList{"bad.toml:11:9: link[2].sites: a link between Napoli and Roma1 is already defined; one link per pair of sites"};
    QTest::newRow("negative link capacity")
        << kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Napoli\"]\ncapacity_mbit = -10\n")
        << QStringList{"bad.toml:9:17: link[1].capacity_mbit: must be a positive number of Mbit/s, found -10"};
    QTest::newRow("RTT limit as a string")
        << kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Napoli\"]\nrtt_limit_ms = \"10ms\"\n")
        << QStringList{"bad.toml:9:16: link[1].rtt_limit_ms: must be a float (round-trip limit in milliseconds), found a string"};
    QTest::newRow("refresh interval out of range")
        << QStringLiteral("[console]\nrefresh_interval_ms = 5\n\n") + kSites
        << QStringList{"bad.toml:2:23: console.refresh_interval_ms: 5 is out of range; valid: 100 to 3600000 milliseconds"};
    QTest::newRow("unknown storage kind")
        << kSites + QStringLiteral("\n[[storage]]\nkind = \"ceph\"\nvolume = \"vm\"\n")
        << QStringList{"bad.toml:8:8: storage[1].kind: unknown storage kind 'ceph'; valid kinds: glusterfs, nfs, local"};
    QTest::newRow("storage command empty")
        << kSites + QStringLiteral("\n[[storage]]\nkind = \"glusterfs\"\nvolume = \"vm\"\ncommand = []\n")
        << QStringList{"bad.toml:10:11: storage[1].command: must name a program, e.g. [\"gluster\"]"};
    QTest::newRow("site runner without test_dir")
        << QStringLiteral("[[site]]\nname = \"Roma1\"\nrunner = [\"ssh\", \"root@rm-hv01\"]\n")
        << QStringList{"bad.toml:1:1: site[1].test_dir: a site with a runner needs test_dir: where on the shared volume its experiments write"};
    QTest::newRow("link counters not strings")
        << kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Napoli\"]\ncounters = [\"cat\", 7]\n")
        << QStringList{"bad.toml:9:20: link[1].counters: every element must be a string, found an integer"};
    QTest::newRow("migration limit out of range")
        << QStringLiteral("[migration]\nmax_per_link = 0\n\n") + kSites
        << QStringList{"bad.toml:2:16: migration.max_per_link: 0 is out of range; valid: 1 to 16 migrations at once"};
    QTest::newRow("anti-affinity group with one VM")
        << kSites + QStringLiteral("\n[[anti_affinity]]\nname = \"db\"\nvms = [\"db1\"]\n")
        << QStringList{"bad.toml:9:7: anti_affinity[1].vms: must list at least two VM names as strings, e.g. [\"db1\", \"db2\"]"};
    QTest::newRow("anti-affinity group without a name")
        << kSites + QStringLiteral("\n[[anti_affinity]]\nvms = [\"db1\", \"db2\"]\n")
        << QStringList{"bad.toml:7:1: anti_affinity[1].name: missing required key 'name' (a label for the group)"};
    QTest::newRow("brick at an unknown site")
        << kSites + QStringLiteral("\n[[storage]]\nkind = \"glusterfs\"\nvolume = \"v\"\nbrick_sites = { \"10.0.0.1\" = \"Milano\" }\n")
        << QStringList{"bad.toml:10:30: storage[1].brick_sites.10.0.0.1: unknown site 'Milano'; valid sites: Roma1, Napoli"};
    QTest::newRow("zero link budget")
        << kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Napoli\"]\nmigration_budget_mbit = 0\n")
        << QStringList{"bad.toml:9:25: link[1].migration_budget_mbit: must be a positive number of Mbit/s, found 0"};
    const QString link = QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Napoli\"]\n[[link.probe]]\n");
    QTest::newRow("probe from a site that is not an end of the link")
        << kSites + link + QStringLiteral("from = \"Milano\"\ntarget = \"10.0.0.1\"\n")
        << QStringList{"bad.toml:10:8: link[1].probe[1].from: 'Milano' is not an end of this link; use Roma1 or Napoli"};
    QTest::newRow("probe with an unknown method")
        << kSites + link + QStringLiteral("from = \"Roma1\"\ntarget = \"10.0.0.1\"\nmethod = \"udp\"\n")
        << QStringList{"bad.toml:12:10: link[1].probe[1].method: 'udp' is not a probe method; use \"icmp\" (echo) or \"tcp:PORT\" (connect time, e.g. \"tcp:16509\" for libvirtd)"};
    QTest::newRow("probe target is a name, not an address")
        << kSites + link + QStringLiteral("from = \"Roma1\"\ntarget = \"napoli.example.org\"\n")
        << QStringList{"bad.toml:11:10: link[1].probe[1].target: 'napoli.example.org' is not an IPv4 address, e.g. \"10.77.2.2\""};
    QTest::newRow("probes too often")
        << QStringLiteral("[probes]\ninterval_ms = 50\n\n") + kSites
        << QStringList{"bad.toml:2:15: probes.interval_ms: 50 ms is too often; use 0 (off) or at least 100"};
    QTest::newRow("storage probe directory not absolute")
        << kSites + QStringLiteral("\n[[storage]]\nkind = \"glusterfs\"\nvolume = \"v\"\nprobe_dirs = { Roma1 = \"mnt\" }\n")
        << QStringList{"bad.toml:10:24: storage[1].probe_dirs.Roma1: must be an absolute directory path as a string"};
    // Outside strings and comments TOML is ASCII; toml++ 3.x misbehaves on some characters there.
    QTest::newRow("non-ASCII character after a value")
        << QStringLiteral("[console]\nrefresh_interval_ms = 10\u040C\n\n") + kSites
        << QStringList{"bad.toml:2:25: TOML syntax error: '\u040C' (U+040C) outside a string or comment; there TOML allows "
                       "ASCII only (keys: letters A-Z a-z, digits, _ and -). Quote it if it is part of a value."};
    QTest::newRow("non-ASCII key after strings and comments that may hold it")
        << QStringLiteral("# Roma \u2014 Napoli\ntitle = \"Roma \u2014 \\\" Napoli\"\n[console]\njournal = '''\n\u00e8'''\n"
                          "n\u00e8 = 1\n") + kSites
        << QStringList{"bad.toml:6:2: TOML syntax error: '\u00e8' (U+00E8) outside a string or comment; there TOML allows "
                       "ASCII only (keys: letters A-Z a-z, digits, _ and -). Quote it if it is part of a value."};
    QTest::newRow("non-ASCII in a bare value that holds a quote")
        << QStringLiteral("title = 10\"x\u00e8\"\n") + kSites
        << QStringList{"bad.toml:1:13: TOML syntax error: '\u00e8' (U+00E8) outside a string or comment; there TOML allows "
                       "ASCII only (keys: letters A-Z a-z, digits, _ and -). Quote it if it is part of a value."};
    QTest::newRow("non-ASCII after a backslash")
        << QStringLiteral("title = \"a\\\u00e8\"\n") + kSites
        << QStringList{"bad.toml:1:12: TOML syntax error: '\u00e8' (U+00E8) after a backslash in a string: not a TOML escape "
                       "(write it without the backslash)"};
    QTest::newRow("non-ASCII first after a line-ending backslash")
        << QStringLiteral("title = \"\"\"a \\\n   \u00e8\"\"\"\n") + kSites
        << QStringList{"bad.toml:2:4: TOML syntax error: '\u00e8' (U+00E8) first after a line-ending backslash: the TOML reader "
                       "Hawan uses cannot take it there (drop the backslash, or start the line with an ASCII character)"};
    QTest::newRow("non-ASCII in a bare value that holds a bracket and a quote")
        << QStringLiteral("title = 2x[\"\u00e8\"]\n") + kSites
        << QStringList{"bad.toml:1:13: TOML syntax error: '\u00e8' (U+00E8) outside a string or comment; there TOML allows "
                       "ASCII only (keys: letters A-Z a-z, digits, _ and -). Quote it if it is part of a value."};
    QTest::newRow("storage lockspace not absolute")
        << kSites + QStringLiteral("\n[[storage]]\nkind = \"glusterfs\"\nvolume = \"v\"\nlockspace_dir = \"lockspace\"\n")
        << QStringList{"bad.toml:10:17: storage[1].lockspace_dir: must be an absolute path"};
    QTest::newRow("drills: lab not a boolean, witness pace out of range")
        << QStringLiteral("[drills]\nlab = \"yes\"\nwriter_interval_ms = 5\n\n") + kSites
        << QStringList{"bad.toml:2:7: drills.lab: must be a boolean (true for a disposable lab, where drills run without typing a site's name), found a string",
                       "bad.toml:3:22: drills.writer_interval_ms: 5 is out of range; valid: 10 to 10000 ms"};
    QTest::newRow("ha: relative lease dir, grace too short, bad policy")
        << kSites + kHost + QStringLiteral("\n[ha]\nlease_dir = \"leases\"\ngrace_s = 1\n\n[[ha.policy]]\nmatch = \"web-*\"\npriority = 5000\n"
                                           "avoid = [\"nowhere\"]\nrestrt = true\n")
        << QStringList{"bad.toml:13:13: ha.lease_dir: must be an absolute path",
                       "bad.toml:14:11: ha.grace_s: 1 is out of range; valid: 3 to 600 seconds",
                       "bad.toml:18:12: ha.policy[1].priority: 5000 is out of range; valid: -1000 to 1000",
                       "bad.toml:19:10: ha.policy[1].avoid: unknown host 'nowhere'",
                       "bad.toml:20:1: ha.policy[1].restrt: unknown key 'restrt'; did you mean 'restart'? Valid keys here: match, restart, priority, avoid"};
    QTest::newRow("experiments: relative image, unknown type, too little memory")
        << QStringLiteral("[experiments]\nvm_image = \"tiny.img\"\nvm_domain_type = \"xen\"\nvm_memory_mib = 4\n\n") + kSites
        << QStringList{"bad.toml:2:12: experiments.vm_image: must be an absolute path, as the hosts see it on the shared volume",
                       "bad.toml:3:18: experiments.vm_domain_type: 'xen' is not one of: kvm, qemu",
                       "bad.toml:4:17: experiments.vm_memory_mib: 4 is out of range; valid: 16 to 65536 MiB"};
    QTest::newRow("drills: an unknown fault, a fault that is not a command")
        << kSites + QStringLiteral("\n[[host]]\nname = \"h\"\nsite = \"Roma1\"\nuri = \"test:///default\"\n"
                                   "faults = { power_of = [\"x\"], hang = \"kill -STOP\" }\n")
        << QStringList{"bad.toml:11:12: host[1].faults.power_of: unknown key 'power_of'; did you mean 'power_off'? Valid keys here: power_off, power_on, hang, resume, isolate, reconnect",
                       "bad.toml:11:37: host[1].faults.hang: must be an array ([\"ssh\", \"ipmi-host\", \"...\"]), found a string"};
    QTest::newRow("several errors, all listed in file order")
        << QStringLiteral("[[site]]\nname = \"Roma1\"\ncolour = \"red\"\n\n[[host]]\nname = \"r1\"\nsite = \"Napoli\"\nuri = \"nope\"\n")
        << QStringList{"bad.toml:3:1: site[1].colour: unknown key 'colour'. Valid keys here: name, description, runner, test_dir",
                       "bad.toml:7:8: host[1].site: unknown site 'Napoli'; valid sites: Roma1",
                       "bad.toml:8:7: host[1].uri: 'nope' is not a libvirt URI; expected driver[+transport]://[host]/path, e.g. qemu+ssh://root@hv1.example.org/system or test:///abs/path/host.xml"};
}

void TstConfigLoader::malformed()
{
    QFETCH(QString, toml);
    QFETCH(QStringList, expected);
    const ConfigResult r = ConfigLoader::loadString(toml, QStringLiteral("bad.toml"));
    QVERIFY2(!r.ok(), "a malformed file must not load");
    QStringList actual;
    for (const auto &e : r.error())
        actual << e.toString();
    if (actual != expected)
        qWarning().noquote() << "actual:\n" + actual.join(QLatin1Char('\n'));
    QCOMPARE(actual, expected);
}

void TstConfigLoader::nonAsciiInStringsAndCommentsLoads()
{
    // Italian in comments, strings of every kind, a quoted key, arrays over lines: all valid TOML.
    const QString toml = QStringLiteral(
        "# Configurazione: Roma \u2014 Napoli, perch\u00e9 s\u00ec\n"
        "title = \"Citt\u00e0 \\\"prova\\\" \u00e8\" # commento \u00e8\n"
        "[[site]]\nname = \"Roma1\"\ndescription = '''sede \u00e8\nqui'''\n"
        "[[site]]\nname = \"Napoli\"\ndescription = \"\"\"a \\\n  b \u00e8 \"\"\"\n"
        "[[anti_affinity]]\nname = 'gruppo \u00e0'\nvms = [\n  \"v\u00e81\", # uno\n  'v\u00e82',\n]\n");
    const ConfigResult r = ConfigLoader::loadString(toml, QStringLiteral("ok.toml"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(ConfigLoader::formatErrors(r.error())));
    QCOMPARE(r.value().title, QStringLiteral("Citt\u00e0 \"prova\" \u00e8"));
    QCOMPARE(r.value().sites[1].description, QStringLiteral("a b \u00e8 "));
    QCOMPARE(r.value().antiAffinity[0].vms, (QStringList{QStringLiteral("v\u00e81"), QStringLiteral("v\u00e82")}));
}

void TstConfigLoader::validFullExample()
{
    // The example documented in docs/configuration.md must stay valid.
    const ConfigResult r = ConfigLoader::loadFile(QStringLiteral(HAWAN_SOURCE_DIR "/docs/example-hawan.toml"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(ConfigLoader::formatErrors(r.error())));
    const Config &c = r.value();
    QCOMPARE(c.sites.size(), 2);
    QCOMPARE(c.sites[0].name, QStringLiteral("Roma1"));
    QCOMPARE(c.links.size(), 1);
    QCOMPARE(c.links[0].capacityMbit, quint64(10000));
    QCOMPARE(c.links[0].rttLimitMs, 10.0);
    QCOMPARE(c.hosts.size(), 4);
    QCOMPARE(c.hosts[0].fence.isEmpty(), false);
    QCOMPARE(c.hosts[0].migrationUri, c.hosts[0].uri); // ssh URI: daemons can use it too
    QCOMPARE(c.hosts[3].migrationUri, QStringLiteral("qemu+tcp://10.77.2.12/system"));
    QCOMPARE(c.storage.size(), 1);
    QCOMPARE(c.storage[0].command.first(), QStringLiteral("ssh"));
    QCOMPARE(c.console.refreshIntervalMs, 2000);
    QCOMPARE(c.experiments.vmImage, QStringLiteral("/gluster/vmstore/templates/cirros-0.6.2.img"));
    QCOMPARE(c.experiments.vmImageFormat, QStringLiteral("qcow2"));
    QCOMPARE(c.experiments.vmMemoryMiB, 256);
    QCOMPARE(c.hosts[0].faults.value(QStringLiteral("power_off")),
             (QStringList{QStringLiteral("ipmitool"), QStringLiteral("-H"), QStringLiteral("rm-hv01-ipmi.example.org"), QStringLiteral("chassis"),
                          QStringLiteral("power"), QStringLiteral("off")}));
    QCOMPARE(c.links[0].faults.size(), 0);
}

void TstConfigLoader::placeholdersAndDefaults()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.toml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write((kSites + QStringLiteral("\n[[link]]\nsites = [\"Roma1\", \"Napoli\"]\n\n[[host]]\nname = \"t\"\nsite = \"Napoli\"\n"
                                     "uri = \"test://{config_dir}/t.xml\"\n\n[[storage]]\nkind = \"glusterfs\"\nvolume = \"vmstore\"\n"
                                     "\n[[storage]]\nname = \"b\"\nkind = \"glusterfs\"\nvolume = \"b\"\ncommand = [\"sh\", \"{config_dir}/g.sh\"]\n"
                                     "brick_sites = { \"10.77.2.5\" = \"Napoli\" }\n")).toUtf8());
    f.close();
    const ConfigResult r = ConfigLoader::loadFile(path);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(ConfigLoader::formatErrors(r.error())));
    QCOMPARE(r->hosts[0].uri, QStringLiteral("test://%1/t.xml").arg(QFileInfo(path).absolutePath()));
    QCOMPARE(r->links[0].name, QStringLiteral("Roma1-Napoli"));
    QCOMPARE(r->links[0].rttLimitMs, 10.0);
    QCOMPARE(r->storage[0].command, QStringList{QStringLiteral("gluster")});
    QCOMPARE(r->storage[0].name, QStringLiteral("vmstore"));
    QCOMPARE(r->storage[1].command, (QStringList{QStringLiteral("sh"), QFileInfo(path).absolutePath() + QStringLiteral("/g.sh")}));
    QCOMPARE(r->storage[1].brickSites.value(QStringLiteral("10.77.2.5")), QStringLiteral("Napoli"));
    QCOMPARE(r->console.refreshIntervalMs, 2000);
    // No [experiments]: no VM tests, and the defaults a real site would want.
    QVERIFY(r->experiments.vmImage.isEmpty());
    QCOMPARE(r->experiments.vmDomainType, QStringLiteral("kvm"));
    QCOMPARE(r->experiments.vmImageFormat, QStringLiteral("raw"));
    QCOMPARE(r->experiments.shutdownTimeoutS, 60);
}

void TstConfigLoader::missingFile()
{
    const ConfigResult r = ConfigLoader::loadFile(QStringLiteral("/nonexistent/hawan.toml"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().first().toString(),
             QStringLiteral("/nonexistent/hawan.toml: no such file; pass an existing file with --config FILE"));
}

HAWAN_TEST_MAIN(TstConfigLoader, QCoreApplication)
#include "tst_configloader.moc"
