<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfigLoader</name>
    <message>
        <source>unknown key '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; did you mean '%1'?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Valid keys here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required key '%1' (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be %1 (%2), found %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an array of tables: write [[%1]] (double brackets) for each entry, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a table, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a libvirt URI; expected driver[+transport]://[host]/path, e.g. qemu+ssh://root@hv1.example.org/system or test:///abs/path/host.xml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown libvirt driver '%1'; valid drivers: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown transport '%1'; valid transports: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the test driver needs test:///default or an absolute path to a node XML file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transport '%1' needs a host name, e.g. qemu+%1://hv1.example.org/system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file; pass an existing file with --config FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TOML syntax error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the console's window title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>console settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>milliseconds, 100 to 3600000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range; valid: 100 to 3600000 milliseconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the site's unique name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid name; use letters, digits, '.', '_' or '-' (at most 63)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate site name '%1'; site names must be unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no site defined; add at least one [[site]] table with a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no site is defined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid sites: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label for the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the two sites it joins, e.g. ["Roma1", "Napoli"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list exactly two site names as strings, e.g. ["Roma1", "Napoli"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a link joins two different sites; both ends are '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown site '%1'; %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a link between %1 and %2 is already defined; one link per pair of sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nominal capacity in Mbit/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a positive number of Mbit/s, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>round-trip limit in milliseconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between 0 and 10000 milliseconds, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host's unique name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate host name '%1'; host names must be unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libvirt URI, e.g. qemu+ssh://root@hv1/system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same URI as host '%1'; each host needs its own connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a shell command that powers the host off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown storage kind '%1'; valid kinds: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the volume name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate storage name '%1'; storage names must be unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every element must be a string, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URI other hosts' daemons use to reach this one, e.g. qemu+tcp://10.77.2.11/system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path of the journal file, e.g. "{config_dir}/hawan-journal.jsonl"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limits for bulk moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 to 16 migrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range; valid: 1 to 16 migrations at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mbit/s shared by all migrations crossing the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label for the group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate anti-affinity group '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names of VMs that must not share a host, e.g. ["db1", "db2"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list at least two VM names as strings, e.g. ["db1", "db2"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brick host = site, e.g. { "10.77.1.5" = "Roma1" }</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a site name as a string, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>latency probes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range; valid: %2 to %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>milliseconds (0 turns the probes off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms is too often; use 0 (off) or at least 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>echoes per interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the site the probe measures from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an end of this link; use %2 or %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPv4 address at the other end, e.g. "10.77.2.2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an IPv4 address, e.g. "10.77.2.2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"icmp" or "tcp:PORT"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a probe method; use "icmp" (echo) or "tcp:PORT" (connect time, e.g. "tcp:16509" for libvirtd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a network namespace name under /run/netns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site = directory on this volume as mounted there, e.g. { Roma1 = "/mnt/vmstore" }</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an absolute directory path as a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a CSV of probe readings recorded by Hawan, played back and labelled "recorded"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range; valid: %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds between keepalive messages, 1 to 60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keepalive messages without an answer before a host is unreachable, 1 to 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must name a program, e.g. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>["ssh", "root@rm-hv01"]: how experiments run a command at the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a directory on the shared volume as the site mounts it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a site with a runner needs test_dir: where on the shared volume its experiments write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>["ssh", "rm-gw", "cat", "/sys/class/net/wan0/statistics/tx_bytes", "/sys/class/net/wan0/statistics/rx_bytes"]: prints the bytes carried from the first site to the second, then back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>["hawan-lab", "wan", "set"]: sets an emulated delay (the lab only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>["gluster"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the experiments' test VMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an absolute path, as the hosts see it on the shared volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the test VMs' template disk image on the shared volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a template disk whose guest keeps dirtying its memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds (0: forced off at once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the drills' commands, e.g. { %1 = ["..."] }</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the resilience drills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true for a disposable lab, where drills run without typing a site's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 to 10000 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range; valid: 10 to 10000 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic recovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a directory every console and watcher reaches (on the shared volume)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 to 600 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range; valid: 3 to 600 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a command that exits 0 when this side may act for a silent site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a VM name or a pattern such as "web-*"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-1000 to 1000; higher first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range; valid: -1000 to 1000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host names, e.g. ["napoli-hv2"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every element must be a host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown host '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>virtlockd's file_lockspace_dir on this volume, as this console mounts it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after a backslash in a string: not a TOML escape (write it without the backslash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first after a line-ending backslash: the TOML reader Hawan uses cannot take it there (drop the backslash, or start the line with an ASCII character)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside a string or comment; there TOML allows ASCII only (keys: letters A-Z a-z, digits, _ and -). Quote it if it is part of a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TOML syntax error: '%1' (U+%2) %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who may change things</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user names that are always read-only, e.g. ["shift"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every element must be a user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit trail and its key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an absolute path ({config_dir} allowed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name of a [[cloud]] this host is a compute host of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no [[cloud]] named '%1': add one (kind = "openstack", cloud = "&lt;clouds.yaml entry&gt;")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no [[cloud]] named '%1'; clouds: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name its hosts give as cloud = "..."</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate cloud name '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown cloud kind '%1'; the one kind is "openstack"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry of clouds.yaml with its auth, as for 'openstack --os-cloud'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a clouds.yaml file; default: the places openstack looks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>region name; default: the entry's region_name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an endpoint interface; use public, internal or admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site = "availability zone", e.g. { Roma1 = "roma1" }</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an availability zone's name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shutting down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation><numerusform>%n s ago</numerusform><numerusform>%n s ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation><numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>about %n s</source>
        <translation><numerusform>about %n s</numerusform><numerusform>about %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation><numerusform>about %n min</numerusform><numerusform>about %n min</numerusform></translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PASSED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DID NOT RUN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>SITE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VCPUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DISKS</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>%1: state unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: brick offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 in split-brain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 to heal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: in sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RTT — (limit %1 ms; no probe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RTT not measured: probe error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RTT measuring… (limit %1 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CUT: 100 % loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limit %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RTT %1 ms (limit %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ↔ %2, %3 Mbit/s, round-trip limit %4 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Cut&lt;/b&gt;: every echo lost for 3 intervals in a row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round trip %1 ms, jitter %2 ms, loss %3 % (worst of its probes, last interval)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Played back from a recording, not measured now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not measured: add a [[link.probe]] to this [[link]] (docs/configuration.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · retry in %n s</source>
        <translation><numerusform> · retry in %n s</numerusform><numerusform> · retry in %n s</numerusform></translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale: no update since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up · %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::alarms::AlarmBook</name>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no journal: the acknowledgement would not be shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the journal cannot be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no active alarm '%1' (it may have cleared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already acknowledged by %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shelve until a time still to come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not shelved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::audit::Key</name>
    <message>
        <source>cannot create the folder %1 for the audit key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot make an audit key: the system's random source failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the audit key %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the audit key %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the audit key %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit key %1 is not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit key %1 may be read or written by others (mode %2): a key others may read authenticates nothing. Run: chmod 600 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit key %1 is not a key (expected at least 32 hex characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sealed secret of the definition does not open with the audit key (another key, or edited)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::audit::Trail</name>
    <message>
        <source>cannot open the audit trail %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot lock the audit trail %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the audit trail %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the audit trail's head %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key %1 (id %2) wrote none of these %3 records (they name key %4): the key was replaced, or it is another trail's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a record: edited, or cut in the middle of a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 names another key (%2): written with another key, or edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 was edited: its content does not match its MAC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 does not follow the record before it: record %2 was replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 comes later, at line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records out of order before record %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 is missing before this line: removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records %1 to %2 are missing before this line: removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 is out of order: it comes after record %2 (moved or copied)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no head beside the key (%1): whether the trail was cut short cannot be told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the head %1 was edited: it does not match its MAC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cut short: record %1, the last written, is missing at the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cut short: records %1 to %2 (the last written) are missing at the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last record (%1) is not the one written last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the head names record %1 but the trail goes on to %2: the head was put back from an older copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::cloud</name>
    <message>
        <source>line %1: a tab in the indentation (YAML indents with spaces)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: expected 'key: value'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: '%2' uses YAML that Hawan does not read (flow mappings, anchors, block scalars); write 'key: value' lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no cloud '%2'%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (no 'clouds:' mapping)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; it has: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, cloud '%2': no auth.auth_url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, cloud '%2': auth_type '%3' is not supported (password or v3applicationcredential)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, cloud '%2': an application credential needs application_credential_id (or _name) and application_credential_secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, cloud '%2': password auth needs auth.username and auth.password (or use an application credential)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, cloud '%2': no auth.project_name (a token without a project has no service catalog)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no clouds.yaml found (looked at %1): give clouds_yaml in [[cloud]]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no "%1" list in the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystone answered without a token (no X-Subject-Token header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystone's token answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystone's token answer has no "token"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystone's token has no service catalog: scope it to a project (project_name in clouds.yaml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's server list: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's answer has no server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's compute services: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's hypervisors: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's migrations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed (Nova's logs say why)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::cloud::ApiError</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::cloud::CloudSource</name>
    <message>
        <source>Cloud '%1': Nova lists only this project's servers to these credentials (not an admin): other projects' VMs are not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cloud '%1' does not answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cloud '%1' has no compute service on a host named '%2' (openstack compute service list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova: compute service forced down (its host was fenced)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova: compute service down (no heartbeat since %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova: compute service disabled (no new servers placed here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova: compute service disabled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compute service in zone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud '%1': compute host '%2' (zone %3) is on no site: add a [[host]] with cloud = "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud '%1': compute host '%2' of zone %3 (site %4) is not in the configuration: add a [[host]] with site = "%4" and cloud = "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cloud '%1' has no compute service on '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is back (its compute service reports again): clearing Nova's forced-down; it stays disabled until brought back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: clearing forced-down failed, tried again at the next heartbeat: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cloud source is gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova manages this VM: create and delete its servers through OpenStack (openstack server create/delete), not here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted by Nova</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; a live migration of %1 from it is in flight: its nova-compute may only be busy in it, check before recovering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's answer was not understood: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova reports the server in ERROR on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova reports the server in ERROR on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova has it on %1, neither %2 nor %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::cloud::NovaClient</name>
    <message>
        <source>Keystone at %1 did not answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystone refused the credentials of cloud '%1' (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the service catalog has no %1 compute endpoint%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> in region %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::cloud::NovaEvacuateJob</name>
    <message>
        <source>Evacuate %1 from %2 (through Nova, scheduler's choice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate %1 from %2 to %3 (through Nova)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cloud source for this host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forcing %1's compute service down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not force %1's compute service down, nothing evacuated: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled before Nova was asked; %1 stays on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asking Nova to evacuate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova refused the evacuation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rebuilding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova has not finished rebuilding %1 after %2 s: see 'openstack server show %3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova put %1 in ERROR: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no fault given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rebuilt by Nova, ACTIVE on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's evacuation of %1 ended '%2'%3: see 'openstack server event list %4'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (no destination found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::cloud::NovaMigrationJob</name>
    <message>
        <source>Migrate %1 from %2 (through Nova, scheduler's choice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrate %1 from %2 to %3 (through Nova)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova refused the live migration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abort refused by Nova: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova no longer knows this server (deleted while it migrated?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova completed it before the abort took effect; now on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now on %1 (Nova's record)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aborted in Nova; still on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova ended the live migration with the server still on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's scheduler found no valid destination (status '%1'): the target must be up, enabled, have room, and be in the server's availability zone if it was created in one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova's live migration to %1 ended '%2'; the server stays on %3 (nova-compute's log on %3 says why)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asking Nova</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nova: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading %1's migration on %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::Access</name>
    <message>
        <source>user '%1' is listed in [access] viewers of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: this console is read-only (%1); nothing was changed. Act from an operator's console, or with hawanctl as an operator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::AlarmWatch</name>
    <message numerus="yes">
        <source>%1 cut off: the WAN link %2 is down and none of its %n host(s) answers</source>
        <translation><numerusform>%1 cut off: the WAN link %2 is down and its %n host does not answer</numerusform><numerusform>%1 cut off: the WAN link %2 is down and none of its %n hosts answers</numerusform></translation>
    </message>
    <message>
        <source>Its hosts cannot be told dead from alive: do not restart their VMs elsewhere while they may still run. Check the link, then the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not answer (since %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not answer (since %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is in maintenance: expected while it is worked on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the host and its libvirt daemon; Hawan reconnects on its own.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s) were running on %1 when it stopped answering %2 ago: they may be down</source>
        <translation><numerusform>%n VM was running on %1 when it stopped answering %2 ago: it may be down</numerusform><numerusform>%n VMs were running on %1 when it stopped answering %2 ago: they may be down</numerusform></translation>
    </message>
    <message>
        <source>If the host is dead, recover its VMs (right-click the host &gt; Recover VMs…): Hawan fences it first. The HA watcher does it on its own where it runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage %1: state unknown: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the storage command of [[storage]] %1 runs (the Storage panel shows its output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brick %1 of %2 is offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brick %1 of %2 is offline (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes reach only the other copy. Bring the brick back (gluster volume start %1 force on its node), then let the heal finish before moving VMs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brick %1 of %2 is not reported by the volume's status (its node may be down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the brick's node and its glusterd; then let the heal finish before moving VMs.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of %1 in split-brain</source>
        <translation><numerusform>%n entry of %1 in split-brain</numerusform><numerusform>%n entries of %1 in split-brain</numerusform></translation>
    </message>
    <message>
        <source>The copies disagree and Gluster cannot choose: resolve each entry (the Storage panel lists them) before any VM on them is started.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is not in sync: %n entry(ies) pending heal</source>
        <translation><numerusform>%1 is not in sync: %n entry pending heal</numerusform><numerusform>%1 is not in sync: %n entries pending heal</numerusform></translation>
    </message>
    <message>
        <source>The heal runs on its own; a VM moved to the site with the stale copy reads through the link until it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WAN link %1 is cut: no echo answered for three intervals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No migration can cross it, and the storage replicas no longer reach each other. Call the network team; do not restart VMs across it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WAN link %1 loses %2% of its echoes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrations across it may stall; synchronous storage writes slow down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WAN link %1 round trip is %2 ms, over its %3 ms limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronous writes wait that long; postpone large moves until it drops.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe %1 has said nothing for %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its readings are missing from the graphs; the probe's thread may be stuck on its target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Jobs panel has its details; the VMs it did not move are where they were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has not moved for %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Jobs panel shows where it waits; cancel it there if it will not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VM %1 crashed on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read why in its log on the host (/var/log/libvirt/qemu/%1.log), then start it again (right-click it &gt; Start).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::CreateVmJob</name>
    <message>
        <source>no template image: set [experiments] vm_image to a small disk image on the shared volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no runner and test_dir: Hawan copies the template there with them ([[site]] runner, test_dir)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (its disk copy was removed again)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; its disk copy %2 could not be removed (%3): remove it by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a VM name: letters, digits, '.', '_' and '-', at most 64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no template image chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a VM named %1 is on %2 already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already (or the site cannot be asked): choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copying %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created with Hawan from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defining it failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defined on %1, disk %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running on %1, disk %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defined on %1, but it did not start: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::DeleteVmJob</name>
    <message>
        <source>Delete %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running: shut it down first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; could not remove %1: remove it by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; disk(s) not made by Hawan kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; disk removed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::Fleet</name>
    <message>
        <source>unknown host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Migrations and evacuations are disabled until it can be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no interrupted plan '%1' in the journal %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In maintenance: receives no new VMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Running plans are paused and nothing new starts; free the disk, then restart the console: it resumes from what the journal holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In maintenance (set by another console): receives no new VMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of maintenance (set by another console)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another console (%1) started: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was interrupted and is still open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage check overridden by the operator for %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers, so its VMs may be running there: restarting them elsewhere would run them twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to bring back to %1: no finished evacuation moved VMs off it that still run where it put them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in maintenance: take it out first, then bring its VMs back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 may still be running; from here it cannot be told dead from cut off. Its VMs restart elsewhere only after its fence command powers it off (a confirmation by hand is not enough across a cut link). Restore the link, or configure a fence that reaches %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its hosts cannot be told dead from alive from here; their VMs show as last seen. No recovery without a fence that succeeds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Actions go on, but are no longer recorded in the audit trail: free the disk, then restart the console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No audit key (%1): actions are not recorded in the audit trail, and the journal's records and saved definitions are not authenticated. See docs/audit.md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No audit key (%1): the journal's records are shown without being authenticated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelved until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unshelved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: compute service disabled in Nova</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: compute service enabled in Nova</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: Nova did not %2 its compute service: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::MigrationService</name>
    <message>
        <source>unknown host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the VM is already on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no migration_uri: the source daemon needs an address to reach it (see docs/configuration.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a compute host of cloud '%2': only its servers go there, through Nova</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a compute host of cloud '%2': Nova moves its servers only between its own hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a cloud's server is recovered by Nova's evacuate, not restarted from a domain definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cloud source for cloud '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::RecoveryFollower</name>
    <message>
        <source>%1 runs on both %2 and %3 (recovered there by plan %4): force off the copy on %2; the one on %3 is current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is back: removing its stale definition of %2 (restarted on %3 by plan %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stale definition of %1 on %2 (it runs on %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is back with a stale definition of %2 (restarted on %3 by plan %4): left for an operator's console to remove (this one is read-only)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::SiteStatus</name>
    <message>
        <source>%1 cut off: %2 down</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n host(s) silent</source>
        <translation><numerusform>%n host silent</numerusform><numerusform>%n hosts silent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) up</source>
        <translation><numerusform>%n host up</numerusform><numerusform>%n hosts up</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n unreachable</source>
        <translation><numerusform> · %n unreachable</numerusform><numerusform> · %n unreachable</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n connecting</source>
        <translation><numerusform> · %n connecting</numerusform><numerusform> · %n connecting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n VM(s) unknown</source>
        <translation><numerusform> · %n VM unknown</numerusform><numerusform> · %n VMs unknown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %1 of %n VM(s) running</source>
        <translation><numerusform> · %1 of %n VM running</numerusform><numerusform> · %1 of %n VMs running</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n unknown (host not answering)</source>
        <translation><numerusform> · %n unknown (host not answering)</numerusform><numerusform> · %n unknown (host not answering)</numerusform></translation>
    </message>
    <message>
        <source>Cut off: %1 down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::core::TimelineFeed</name>
    <message>
        <source>Migration of %1 started: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live migration of %1 from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n move(s) planned.</source>
        <translation><numerusform>%n move planned.</numerusform><numerusform>%n moves planned.</numerusform></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 → %3: %4 after %5 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration of %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aborted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan was aborted; moves not started stay where they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every move of the plan has ended (see the Jobs panel for each result).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: heal backlog rising</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entry(ies) pending heal on %1: a replica missed writes (a brick or the link was down).</source>
        <translation><numerusform>%n entry pending heal on %1: a replica missed writes (a brick or the link was down).</numerusform><numerusform>%n entries pending heal on %1: a replica missed writes (a brick or the link was down).</numerusform></translation>
    </message>
    <message>
        <source>%1: heal backlog drained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every replica of %1 is in sync again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::drills::DrillJob</name>
    <message>
        <source>Host power loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Powers a host off (its daemon and guests die at once). Expected: the console sees it unreachable, the recovery fences it and restarts its VMs on other hosts, each VM runs exactly once; the host is powered on again and its stale definitions removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hung hypervisor daemon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops a host's libvirtd (its guests keep running). Expected: the console marks the host unreachable, every other host keeps reporting, nothing is restarted (the VMs still run there); when the daemon resumes the console reconnects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAN cut shorter than the storage's ping-timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cuts the WAN for half the volume's network.ping-timeout. Expected: writes pause and go on, no brick is dropped, nothing is lost, no heal is needed or it drains at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAN cut longer than the storage's ping-timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cuts the WAN for twice the volume's network.ping-timeout and more. Expected: each site drops the other's brick and writes on after the timeout; after the link returns the self-heal drains and every acknowledged write is readable at both sites; split-brain only where both sites wrote one file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lossy WAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes the WAN lose packets (3 %). Expected: the link probes show the loss, writes slow but nothing is lost, hosts behind the WAN stay connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round trip above the link's limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raises the WAN's delay so its round trip exceeds the link's rtt_limit_ms. Expected: the console shows the link over its limit, writes slow but nothing is lost; the delay is put back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage brick down and back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kills one site's brick process. Expected: the console shows the brick offline, writes go on on the other brick, the brick is restarted and the self-heal drains the entries written meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage node lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takes one site's storage node away (brick and daemon). Expected: as a brick down, and the volume still answers from the other site; the node comes back and heals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAN cut during a live migration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slows the WAN, live-migrates a VM across it and cuts the link mid-copy. Expected: the migration ends (failed, within its time limit) and the VM runs on at its source, exactly once; the half-arrived copy is gone from the destination once the link returns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drill: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drill: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>put the loss of %1 back to 0 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>put the delay of %1 back to %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>take the rate limit off %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host to run the drill on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host is named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration has no WAN link ([[link]]).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration has no GlusterFS volume ([[storage]] with kind = "glusterfs").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No site is named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no '%2' fault command: add faults = { %2 = [...] } (see docs/configuration.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no fence command: the drill restarts VMs only after a fence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no emulate command: the drill reads the delay to put back with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no 'degrade' fault command: the drill slows the link with it so the cut comes mid-copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No VM runs at %1 to migrate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No running VM is named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host at the other site answers to receive the VM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not answer: a drill starts from a whole system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (plan %2): let it finish or end it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no runner and test_dir: the write witness cannot run there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a lab ([drills] lab = true): type the name of the site the fault hits (%1) to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fault lasts %1 s, then: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair once the recovery has ended: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrates %1 to %2 over the link slowed to 40 Mbit/s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A write witness writes numbered records at %1 under %2 during the drill; removed after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alarm: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drill did not run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the emulated delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the link's delay to put back: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What could not be repaired is tried again when Hawan next starts with this configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not record how to repair the fault (%1): the drill did not run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the drill's directory: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no acknowledgement in 30 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The write witnesses did not start (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write witnesses writing at every site</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>census: %n VM(s) running</source>
        <translation><numerusform>census: %n VM running</numerusform><numerusform>census: %n VMs running</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n defined</source>
        <translation><numerusform>, %n defined</numerusform><numerusform>, %n defined</numerusform></translation>
    </message>
    <message>
        <source>slow %1 to 40 Mbit/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not slow the link: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The VM to migrate is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start the migration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrating %1 from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration of %1 ended: %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The migration ended before the cut: nothing was cut mid-copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The migration copied nothing in 2 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration copying (%1 MiB so far)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fault: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fault command failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fault command done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 seen unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link seen cut by the probes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss seen by the probes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>round trip seen above the link's limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storage seen in trouble (a brick offline, or the volume not answering)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fault detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not seen by the console (the fault lasted %1 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after %1 s, once the %2 s fault was over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fault held %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other hosts kept reporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stalled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 still answered after %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery was refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery did not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>recovery plan %1 started: %n VM(s) to restart</source>
        <translation><numerusform>recovery plan %1 started: %n VM to restart</numerusform><numerusform>recovery plan %1 started: %n VMs to restart</numerusform></translation>
    </message>
    <message>
        <source>%1 fenced (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 running again on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fenced before any restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 restarted before the fence was recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not restarted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery ended: %1 of %2 restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host fenced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no fence recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every VM of the host restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery did not end within %1 s: aborted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair: loss back to 0 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair: delay back to %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair: rate limit off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repaired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repair '%1' failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 back to normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every brick online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back after the repair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not measured: no probe watches %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 out of maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not take %1 out of maintenance: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storage in sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after %1 s; at most %2 entries to heal seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still healing after %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no split-brain entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the arbiter keeps one side from writing on a cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no arbiter: each site's witness writes its own file, so no file was written on both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 seen: files written at both sites while they were apart%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (no arbiter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>witness at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's acknowledged writes readable at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 acknowledged, %2 records read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; %1 missing (first: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; %1 damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every VM runs exactly once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell: %1 did not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running twice: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defined nowhere: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not running any more: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s) asked of every daemon</source>
        <translation><numerusform>%n VM asked of every daemon</numerusform><numerusform>%n VMs asked of every daemon</numerusform></translation>
    </message>
    <message>
        <source>Defined on more than one host (one copy shut off): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not every stale definition was removed within a minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the migration ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 after %2 s; %3 runs on %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remove the drill's directory: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>passed: %n check(s)</source>
        <translation><numerusform>passed: %n check</numerusform><numerusform>passed: %n checks</numerusform></translation>
    </message>
    <message>
        <source>did not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>FAILED: %1 of %n check(s)</source>
        <translation><numerusform>FAILED: %1 of %n check</numerusform><numerusform>FAILED: %1 of %n checks</numerusform></translation>
    </message>
    <message>
        <source>; report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Console killed mid-evacuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts an evacuation of a host with hawanctl (one slowed migration at a time) and kills it (SIGKILL) while a migration is in flight. Expected: the plan is left open in the journal, resuming it reconciles the move in flight (never starts it twice) and finishes; every VM runs exactly once. The VMs are then brought back and the host taken out of maintenance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No VM runs on %1: there is nothing to evacuate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault: %1 evacuate %2 --bandwidth 5 --max-per-host 1, killed 3 s after its first migration starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair: hawanctl resume (the plan), hawanctl maintenance %1 off, hawanctl return %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl evacuating %1: plan %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a migration of the plan started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl killed (SIGKILL) with a migration in flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl ended (exit %1) before it could be killed mid-migration: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot run '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No migration of the evacuation started within 2 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list open plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan is left open in the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl plans does not list plan %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair: hawanctl resume %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resume plan %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the interrupted plan resumed and finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resumed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maintenance off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair: hawanctl return %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bring the VMs back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The VMs were not all brought back: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>returned: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look for an HA watcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the HA watcher, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recovery of %1 is run by %2: following its plan in the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no recovery plan of %1 by %2 in this console's journal within %3 s: give the consoles and the watcher one journal ([console] journal on the shared volume)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery by %1 %2: %3 of %4 restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not ended within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in that recovery's plan: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::drills::WriterJob</name>
    <message>
        <source>Writer at %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) acknowledged</source>
        <translation><numerusform>%n record acknowledged</numerusform><numerusform>%n records acknowledged</numerusform></translation>
    </message>
    <message>
        <source>%1; the writer died (killed with its host?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the writer exited with %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot run '%1': %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::experiments::Experiment</name>
    <message>
        <source>No emulate command for the link: measured over the link as it is, not at %1 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no runner: no test ran there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiment %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to measure: no test chosen, or no site has a runner ([[site]] runner).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the emulated delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the link's emulated delay (%1): the sweep did not run, so that nothing is left changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set the emulated delay to %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not put the link's delay back to %1 ms: %2. Set it by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not set the delay to %1 ms: %2; that point was skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create the run's directory (%2): no test ran there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not remove the run's directory (%2): remove it by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; report: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n measurement(s), %1 failed</source>
        <translation><numerusform>%n measurement, %1 failed</numerusform><numerusform>%n measurements, %1 failed</numerusform></translation>
    </message>
    <message>
        <source>'%1' is not a delay (0 to 1000 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>put the delay of %1 back to %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What could not be undone is tried again when Hawan next starts with this configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not record what the experiment changes (%1): it did not run.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n small file(s)</source>
        <translation><numerusform>%n small file</numerusform><numerusform>%n small files</numerusform></translation>
    </message>
    <message>
        <source>a %1 MiB file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At %1: writes %2 in %3 (run by: %4), and removes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On link %1: sets the emulated one-way delay to %2 ms in turn, then puts back the delay it has now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touches no existing VM. If it is interrupted, Hawan undoes it at its next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no hosts to make a test VM on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no WAN link between two sites ([[link]])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no test VM image: set [experiments] vm_image to a small disk image on the shared volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The VM tests did not run: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The VM tests did not run: neither end of %1 has a runner to copy the test VM's disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate-busy did not run: no busy guest's image ([experiments] busy_vm_image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove test VMs %1* from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 for the busy one)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>At %1: makes %n test VM(s) one after the other (%2*, %3 MiB, no network) from a copy of %4 in %5, migrates each to %6 and back, then deletes it and its disk.</source>
        <translation><numerusform>At %1: makes %n test VM (%2*, %3 MiB, no network) from a copy of %4 in %5, migrates it to %6 and back, then deletes it and its disk.</numerusform><numerusform>At %1: makes %n test VMs one after the other (%2*, %3 MiB, no network) from a copy of %4 in %5, migrates each to %6 and back, then deletes it and its disk.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link's bytes were not measured: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no counters command ([[link]] counters): the VM tests measured times, not the bytes the link carried.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::experiments::Fio</name>
    <message>
        <source>%1: '%2' is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: '%2' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a negative figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: 'clat_ns' (completion latency) is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not fio's JSON report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fio's report is not valid JSON (%1 at byte %2): truncated, or mixed with other output?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fio's report is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fio's report has no jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fio's report: a job is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::experiments::Leftovers</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clean up after interrupted experiments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Hawan tries again at its next start; or do it by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after an interrupted experiment: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::experiments::Measure</name>
    <message>
        <source>fio's job failed (error %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not hawan-meta's report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawan-meta: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawan-meta's report has no phases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawan-meta's report: a phase without a name, operations or time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metadata: create, stat, rename, unlink small files; extract a tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequential write (1 MiB blocks, fsync at the end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequential read (1 MiB blocks, cache dropped first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random read/write (4 KiB blocks, IOPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the command failed with no output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VM life cycle: create, start, migrate there and back, shut down, delete (time and WAN bytes per phase)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration of an idle VM (time, downtime, data, passes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration of a busy VM (it keeps dirtying its memory): time, downtime, data, passes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::experiments::Report</name>
    <message>
        <source>total time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 time per operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 throughput</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 IOPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mean latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 99th percentile latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: WAN bytes out of the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: WAN bytes into the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downtime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data sent (libvirt's job statistics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bytes on the WAN, that way (frames)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bytes on the WAN, the other way (frames)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passes over memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto-converge's CPU throttle, at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forced off (did not power off when asked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::experiments::VmTest</name>
    <message>
        <source>%1 with test VM %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no hosts to run it on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no busy guest's image ([experiments] busy_vm_image)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no test VM image ([experiments] vm_image)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no host of %1 answers outside maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the link's counters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the link's counters command printed '%1', not two byte counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy the test VM's disk at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copying the template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hawan experiment test VM: removed when its run ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not seen running within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete the test VM's disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the test VM could not be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 may be left on a host or its disk in %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::ha::Watcher</name>
    <message>
        <source>HA watcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taking the watcher's lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the HA watcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standby: the acting watcher is %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standby: %1 acts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standby: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>acting: watching %n host(s); a host silent for %1 s is fenced and its HA VMs restarted elsewhere</source>
        <translation><numerusform>acting: watching %n host; a host silent for %1 s is fenced and its HA VMs restarted elsewhere</numerusform><numerusform>acting: watching %n hosts; a host silent for %1 s is fenced and its HA VMs restarted elsewhere</numerusform></translation>
    </message>
    <message>
        <source>acting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (plan %2) is open in the journal: an operator resumes or aborts it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recovery of %1 (plan %2) was started on %3, which may still run it: left alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot finish the recovery of %1 (plan %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finishing the recovery of %1 left open (plan %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finishing the recovery of %1 left open (plan %2); fenced already: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable for %1 s while %2's other hosts answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PARTITION? every host of %1 fell silent at once (or its link is cut): from here a partition cannot be told from the loss of the site, so nothing is fenced or restarted. An operator decides; or set [ha] witness so that this side may act when the witness agrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA witness for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every host of %1 fell silent at once: asking the witness whether this side may act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PARTITION: the witness does not let this side act for %1 (%2): nothing is fenced or restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the witness lets this side act for %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 silent as a whole; the witness agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is silent (%2) but in maintenance: left to the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is silent (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is silent (%2) but is not recovered: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is silent (%2): none of its VMs has a restart policy, so it is not fenced</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is silent (%2): fencing it, then restarting %n HA VM(s) elsewhere</source>
        <translation><numerusform>%1 is silent (%2): fencing it, then restarting %n HA VM elsewhere</numerusform><numerusform>%1 is silent (%2): fencing it, then restarting %n HA VMs elsewhere</numerusform></translation>
    </message>
    <message>
        <source>the recovery of %1 did not start: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA watcher: %1 silent (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recovery of %1 waits for an operator: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its HA policy says not to restart it: left for the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no HA policy matches it: left for the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every host that could take it is avoided by its HA policy, or full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA policy: not on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA heartbeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped: the watcher's lease is let go (a standby watcher takes over); a recovery it started is finished by the next watcher, from the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: Nova counts its compute service down while it live-migrates %2; not recovered while that runs (recover by hand if the host is really dead)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::CommandJob</name>
    <message>
        <source>'%3' exited with %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%3' did not finish within %2 s or was killed%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot run '%2': %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::FenceJob</name>
    <message>
        <source>Fence %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no fence command is configured for this host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fence command exited with %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fence command could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fence command did not finish within 2 minutes or was killed, with everything it started: the host's power state is unknown (it may still be on); check it at its power controller before restarting its VMs anywhere%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::Job</name>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::Journal</name>
    <message>
        <source>a plan record needs 'plan', a known 'kind' and a 'moves' array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a move needs 'uuid', 'from' and 'to'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan %1 written twice; the first one is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record '%1' for unknown plan '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan %1 has no move %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown plan state '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown record '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: cut short (the writer stopped mid-line); skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: not a JSON object (%2); skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the journal %1 for writing: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a record from another console is not a JSON object (%1); skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not authenticated: its MAC does not match its content (edited, or signed with another key than %1); ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not authenticated: it carries no MAC (written by hand, or before the audit key existed); ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a record from another console: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::Lease</name>
    <message>
        <source>a process that has not said who it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (pid %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> since %1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the lease directory %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot test the lock of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the lease: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::LeaseJob</name>
    <message>
        <source>taking the lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lease directory %1 did not answer within %2 s: nothing was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot take the lease of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the lease: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is held by %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::MigrationJob</name>
    <message>
        <source>Migrate %1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::MigrationWorker</name>
    <message>
        <source>cannot connect to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>did not finish within %1 s and was aborted; the VM keeps running on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 runs on %2; %3's daemon never answered the migrate call (the job ended on where the VM runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 still runs on %2 and not on %3; %2's daemon ended the migration without answering the migrate call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::PlanRunner</name>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; nothing was started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused: running moves finish, no new one starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not started: the plan was aborted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aborting: cancelling running moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aborting: waiting to learn where in-flight VMs ended up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for every host to report</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>reconciling %n move(s) that were in flight</source>
        <translation><numerusform>reconciling %n move that was in flight</numerusform><numerusform>reconciling %n moves that were in flight</numerusform></translation>
    </message>
    <message>
        <source>host %1 is no longer in the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now on %1, not on %2: left where it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not found while a host is unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not found on any host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled; it keeps running on its host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: moved %2 → %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 not moved (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host %1 is no longer in the configuration; check the VM by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed while the console was away; %1 still holds an inactive definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed while the console was away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the migration in flight did not complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it never left %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is active on both %1 and %2: stop one by hand after checking which is current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is shut off on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither %1 nor %2 knows it: look for it on the other hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot reach a host to reconcile %1 (%2); retrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is cut: moves across it wait for it to return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in flight when the console stopped: checked again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already running on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not started: the journal could not record it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers again: not restarted elsewhere (migrate or evacuate instead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fencing %1: nothing restarts before it is powered off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fencing %1 failed: %2. Nothing was restarted (its VMs may still run there). Fix the fence command or power the host off by hand, then Resume; or Abort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fencing %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fence command exited 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fenced (%2): restarting its VMs elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fenced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was powered off by its fence command (%2); its VMs restart elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fencing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locating %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n move(s) done</source>
        <translation><numerusform>%1 of %n move done</numerusform><numerusform>%1 of %n moves done</numerusform></translation>
    </message>
    <message>
        <source>%1; nothing was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recovery of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host off: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::Planner</name>
    <message>
        <source>Migrate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate host %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate site %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Move %n VM(s)</source>
        <translation><numerusform>Move %n VM</numerusform><numerusform>Move %n VMs</numerusform></translation>
    </message>
    <message>
        <source>%1 is in maintenance or being emptied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's data is stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no migration_uri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other sites have %1 free for %2 of running VMs: not everything fits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's data is stale: the plan uses its last known VMs; check them before running it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is %1: start or recover it first, then move it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no host can receive it (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no other host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs %1 of memory; the most any eligible host has left is %2. Free memory or add a host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anti-affinity with %1 leaves no host for it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>needs %n vCPU(s); no eligible host has that many</source>
        <translation><numerusform>needs %n vCPU; no eligible host has that many</numerusform><numerusform>needs %n vCPUs; no eligible host has that many</numerusform></translation>
    </message>
    <message>
        <source>no eligible host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same site, most free memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other site: all of %1 is being emptied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other site: %1 has no other host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other site: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other site: anti-affinity with %1 rules out the same site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other site: no room at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown destination '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: destination is its own host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is being emptied by this plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 must not share a host (anti-affinity), both would be on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 would receive %2 but has %3 free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its disks are in storage pools no eligible host has (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 has no active storage pool holding its disks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover host %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers: its VMs may still run there. Recovery is for a host that is down; migrate or evacuate instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart at the other site: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart at the same site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the console never read its definition while %1 was up: define it on another host from your own copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shut off, left defined on %1 only: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already running on another host, not restarted: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring VMs back to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its disks are in storage pools %1 does not have (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anti-affinity with %1, now on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs %1 of memory; %2 has %3 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back where it ran before its evacuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back where it ran before: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What ran on %1 is not known here: this console has not seen it answer and has no saved list of its VMs. Recover it from a console that has seen it, or define and start its VMs by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>managed by %1: Hawan does not move, restart, define or remove it through libvirt, behind %1's back (its records of where the VM runs would go wrong). Act through %1 (for OpenStack: openstack server migrate --live-migration, or server evacuate) until this console has the cloud as a source.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::RestartJob</name>
    <message>
        <source>Restart %1 on %2 (recovered from %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already running on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defined on %1, not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot define %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defined on %1 but not started: %2. Start it there once the cause is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while starting it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while defining it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer from %1 after %2 s %3: its daemon, or the storage it waits on, may be stuck. %4 may still start there: check %1 (virsh domstate %4) before starting it anywhere else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not started on %1: it already runs on %2 (asked just now), so it stays there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not started on %1: %2, so whether %3 still runs somewhere is not known. Make the lockspace readable here (its mount), then recover again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not started on %1: the lock manager's lease on its disk %2 is still held after %6 s, so %3 may still run on %4 (a fence that reported success does not prove a host is off: it may be frozen). Check that %5 is really powered off, then recover again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while asking the other hosts and the disks' leases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while waiting for its disks' locks to be released</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::jobs::VmActionJob</name>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown host</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::lv::HostSession</name>
    <message>
        <source>Defined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undefined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started (incoming migration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started (restored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started (woken up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused (migration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused (I/O error)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused (watchdog)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped (shut down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped (forced off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped (crashed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped (migrated away)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped (saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped (host failure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended (power management)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statistics failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statistics failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no keepalive answer: host or daemon not responding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host is not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove stale definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is active here: not removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Define</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undefine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved snapshot of this host was refused, so nothing of it is shown or used for a recovery: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::model::Inventory</name>
    <message>
        <source>Connected to %1 (%2 %3, libvirt %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 unreachable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is up (%2, %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::model::SnapshotCache</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a saved snapshot (larger than %1 MiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a saved snapshot (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a saved snapshot (no time or VM list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a VM without uuid or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not authenticated: its MAC does not match its content (edited, or saved with another key than %1); its VMs and definitions are not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not authenticated: it carries no MAC (saved before the audit key existed, or written by hand); its VMs and definitions are not used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::probes</name>
    <message>
        <source>cannot open network namespace %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot enter network namespace %1: %2 (the console needs root for a namespace vantage)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an IPv4 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write + fsync on %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create in %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stat/unlink in %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::probes::Icmp</name>
    <message>
        <source>cannot open an ICMP socket (%1; raw: %2): run the console as root, allow ping sockets (sysctl net.ipv4.ping_group_range), or probe with method "tcp:PORT"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::probes::ProbeHub</name>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: create/stat/unlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: 4 KiB write + fsync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: migration stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer for %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: link cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every echo across %1 has been lost for 3 intervals in a row. Live migrations across it stall; the storage replica on the far side falls behind (heals pending).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: link restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Echoes across %1 are answered again (round trip %2 ms). Watch the heal backlog drain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the recording %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a recording of Hawan's probes (expected the CSV header of an export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no raw readings to play (export a 1 min or 10 min window)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 were skipped (not raw readings, or malformed)</source>
        <translation><numerusform>%n line of %1 was skipped (not a raw reading, or malformed)</numerusform><numerusform>%n lines of %1 were skipped (not raw readings, or malformed)</numerusform></translation>
    </message>
</context>
<context>
    <name>hawan::probes::Timeline</name>
    <message>
        <source>Migration started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuation started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuation ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heal backlog rising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heal backlog drained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host fenced</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::storage::DiskLeases</name>
    <message>
        <source>the lock manager's lockspace %1 cannot be read (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lease of %1 in %2 cannot be read (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lease of %1 in %2 cannot be tested (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::storage::GlusterXml</name>
    <message>
        <source>empty answer (no XML at all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XML nested deeper than %1 levels at line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XML with more than %1 elements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid XML at line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no &lt;cliOutput&gt; element: not an answer of gluster --xml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no &lt;opRet&gt; in the answer: it was cut short or is not from gluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;opRet&gt; is not a number: '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gluster failed (opRet %1, opErrno %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gluster: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer has no volume '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a brick of '%1' has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>volume '%1' lists no bricks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>volume '%1' says %2 bricks but lists %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a node of '%1' has status '%2' (expected 0 or 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a brick of '%1' has no hostname or path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no &lt;healInfo&gt;&lt;bricks&gt; in the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a brick in the heal answer has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brick %1 is connected but its entry count is missing or not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no &lt;volGetopts&gt; in the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer lists no options</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::storage::StorageMonitor</name>
    <message>
        <source>no answer within the time limit; the command was stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot run '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no output (exit code %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>volume info: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>volume status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>heal info: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>volume get: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the storage command works: %1 --xml volume info %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume %1 is not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gluster volume start %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brick %1:%2 is offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes go to one copy only until it returns; bring it back (volume start force) once its host is up, then let it heal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 entries pending heal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replicas differ until healed; trigger a heal (the self-heal daemon's own scan may wait minutes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both copies changed independently; list the files and choose the good copy of each (gluster volume heal %1 split-brain ...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The self-heal daemon is not running everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending entries will not heal by themselves; restart glusterd on the node, or volume start force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replica 2 across two sites without an arbiter: if the link is cut, both sides may keep writing (split-brain) or, with quorum, one side stops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replica 2 without an arbiter: split-brain risk when the bricks lose each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an arbiter brick at a third location (replica 3 arbiter 1), or set cluster.quorum-type to auto and accept that the first brick's side alone keeps writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quorum: %1; on a link cut only the side holding a majority (or the first brick, with 'auto' and replica 2) keeps writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network.ping-timeout is %1 s: when a brick's site goes silent, writes freeze for that long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a stretched volume a few seconds is usual (gluster volume set %1 network.ping-timeout 5), traded against false disconnects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cluster.heal-timeout is %1 s: pending entries may wait that long before the self-heal daemon looks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger a heal after an outage, or lower it (gluster volume set %1 cluster.heal-timeout 60).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All bricks online, nothing pending heal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its state is unknown (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no answer from the storage yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: brick %2:%3 is offline, so only one copy is current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: at least %2 entries are pending heal (the copies differ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 entries are pending heal (the copies differ)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entries in split-brain (listed by each brick holding a copy)</source>
        <translation><numerusform>%n entry in split-brain (listed by each brick holding a copy)</numerusform><numerusform>%n entries in split-brain (listed by each brick holding a copy)</numerusform></translation>
    </message>
    <message>
        <source>Quorum: none; on a link cut both sides keep writing, and the copies diverge (split-brain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set cluster.quorum-type to auto (gluster volume set %1 cluster.quorum-type auto), with an arbiter to keep both sites writable.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n entries are in split-brain</source>
        <translation><numerusform>%1: %n entry is in split-brain</numerusform><numerusform>%1: %n entries are in split-brain</numerusform></translation>
    </message>
    <message>
        <source>client.event-threads is %1: several VMs starting at once on one host (a crash recovery) can wedge that host's FUSE mount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each guest's image lock may hold one client thread until none is left (GlusterFS issue #4371); give the clients more (gluster volume set %1 client.event-threads 8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start %1 force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split-brain files of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer for %1 s from the storage CLI</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::util::Files</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::util::Net</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer from %1:%2 within %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot reach %1:%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::AlarmsView</name>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For 30 minutes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For 2 hours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For 8 hours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a day…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unshelve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beep when a new critical alarm is raised (a desktop notification is shown either way)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only console: alarms are acknowledged and shelved from an operator's console, or with hawanctl alarms ack KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledge the selected alarm, with a comment the other consoles see (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the selected alarm's condition from the active list, the notifications and the wall for a while (maintenance, a known problem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the selected shelved condition's alarms again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised at %1, cleared at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No active alarm: every host answers, the storage is in sync and the link within its limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelved (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shelved by %1 until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shelved by %1 until %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No active alarm.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n active alarm(s), all acknowledged.</source>
        <translation><numerusform>%n active alarm, acknowledged.</numerusform><numerusform>%n active alarms, all acknowledged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style='color:#d03434'&gt;%n critical alarm(s) not acknowledged.&lt;/b&gt; Select one, read what to do, then acknowledge it (Ctrl+K).</source>
        <translation><numerusform>&lt;b style='color:#d03434'&gt;%n critical alarm not acknowledged.&lt;/b&gt; Select it, read what to do, then acknowledge it (Ctrl+K).</numerusform><numerusform>&lt;b style='color:#d03434'&gt;%n critical alarms not acknowledged.&lt;/b&gt; Select one, read what to do, then acknowledge it (Ctrl+K).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) not acknowledged. Select one, read what to do, then acknowledge it (Ctrl+K).</source>
        <translation><numerusform>%n alarm not acknowledged. Select it, read what to do, then acknowledge it (Ctrl+K).</numerusform><numerusform>%n alarms not acknowledged. Select one, read what to do, then acknowledge it (Ctrl+K).</numerusform></translation>
    </message>
    <message>
        <source>Select an alarm to see what to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Comment (optional: what you are doing about it; every console sees it):&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alarm was not acknowledged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelve alarm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms of &lt;tt&gt;%1&lt;/tt&gt; are hidden from the active list, notifications and the wall for %2 minutes.&lt;p&gt;Why (every console sees it)?&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not shelved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alarm was not shelved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not unshelved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical alarm</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more not listed here: acknowledge or shelve those above, or list them all with hawanctl alarms.</source>
        <translation><numerusform>%n more not listed here: acknowledge or shelve those above, or list them all with hawanctl alarms.</numerusform><numerusform>%n more not listed here: acknowledge or shelve those above, or list them all with hawanctl alarms.</numerusform></translation>
    </message>
</context>
<context>
    <name>hawan::widgets::AuditView</name>
    <message>
        <source>Filter: user, action, VM or host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the records whose user, action, subject or text contain these words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the trail again (F5); it is also read every 10 s while shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check every record and the chain between them: says where a record was edited, removed or reordered, or the trail cut short (as 'hawanctl audit verify' does)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No record yet. What operators do with this configuration (from a console, hawanctl or the HA watcher) is recorded here: who, when, what, why and how it ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trail %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No audit key (%1): records are shown without being authenticated, and Verify is not possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — why: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 is not authentic: edited, or written with another key. Verify tells more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: %n record(s), every one authentic and in order, none missing at the end (verified %1).</source>
        <translation><numerusform>&lt;b&gt;Intact&lt;/b&gt;: %n record, authentic and in order, none missing at the end (verified %1).</numerusform><numerusform>&lt;b&gt;Intact&lt;/b&gt;: %n records, every one authentic and in order, none missing at the end (verified %1).</numerusform></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:%1'&gt;&lt;b&gt;NOT intact&lt;/b&gt;&lt;/span&gt; (%n finding(s)):&lt;br&gt;%2&lt;br&gt;Keep a copy of the file as it is and compare it with a backup.</source>
        <translation><numerusform>&lt;span style='color:%1'&gt;&lt;b&gt;NOT intact&lt;/b&gt;&lt;/span&gt; (%n finding):&lt;br&gt;%2&lt;br&gt;Keep a copy of the file as it is and compare it with a backup.</numerusform><numerusform>&lt;span style='color:%1'&gt;&lt;b&gt;NOT intact&lt;/b&gt;&lt;/span&gt; (%n findings):&lt;br&gt;%2&lt;br&gt;Keep a copy of the file as it is and compare it with a backup.</numerusform></translation>
    </message>
</context>
<context>
    <name>hawan::widgets::DrillsView</name>
    <message>
        <source>PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the verdict as one PDF: checks, the witnesses' graph, figures and timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the checks, figures and events as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the run as kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What must hold after the drill; a red row says what went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records each site's write witness had acknowledged, against seconds since the fault; a flat stretch is writes held up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking for hawan-writer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Drill&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host the fault hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the busiest host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site whose storage the fault hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the drill's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the fault lasts before the repair (a WAN cut's default follows the storage's ping-timeout)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The packets the WAN loses during the lossy-WAN drill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fault lasts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run drill…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Injects the fault after saying what it will do (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops the drill: repairs the fault, then verifies what it can (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only console: drills cannot be run here; the runs kept are shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drill not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;Its precondition does not hold:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the drill?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;It takes about %3 s. Cancel (Esc) repairs the fault at any time.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inject the fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a lab. Type the name of the site the fault hits (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not %2: the drill did not run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: repairing the fault, then verifying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading drill runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● %1 (running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drill has run yet.

Choose a drill on the left, then Run drill… (Ctrl+Return): it says what it will do and asks before it injects anything. Each drill ends with a verdict kept here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drill has run yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 checks, %5 failed · %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds since the fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acknowledged records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the drill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exporting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drill exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::EvacuationDialog</name>
    <message>
        <source>%1 — dry run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every host of &lt;b&gt;%1&lt;/b&gt; goes into maintenance and its VMs move to the other sites as below. Nothing moves until you press Start. Change a destination in the &lt;i&gt;To&lt;/i&gt; column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes into maintenance (it receives no new VMs until you take it out) and its VMs move as below: same site first, then the other site, within each host's free memory and the anti-affinity groups. Nothing moves until you press Start. Change a destination in the &lt;i&gt;To&lt;/i&gt; column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave it on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where %1 goes. "Leave it" keeps it on its host and reports it as not moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Cannot move&lt;/b&gt; (they stay where they are; the run reports them):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrations a host sends or receives at once ([migration] max_per_host).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrations crossing one WAN link at once ([migration] max_per_link).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cap per migration. Migrations crossing a WAN link also share its budget (migration_budget_mbit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link budget only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort a migration that takes longer; its VM stays on its host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-converge busy guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slow a guest's vCPUs if it dirties memory faster than the link carries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At once per host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At once per WAN link:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bandwidth per migration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time limit per migration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start site evacuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start evacuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left on %1 by the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen by the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left by the operator</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s) to move; every destination has room and the anti-affinity groups hold.</source>
        <translation><numerusform>%n VM to move; every destination has room and the anti-affinity groups hold.</numerusform><numerusform>%n VMs to move; every destination has room and the anti-affinity groups hold.</numerusform></translation>
    </message>
    <message>
        <source>The selected VMs move off their hosts as below: same site first, then the other site, within each host's free memory and the anti-affinity groups. Nothing moves until you press Start. Change a destination in the &lt;i&gt;To&lt;/i&gt; column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start moving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; does not answer (%2). The VMs that ran on it are restarted on other hosts from the definitions Hawan saved while it was up: a cold boot, what was in their memory is lost. First %3 Nothing restarts unless that succeeds, so no VM can run twice on the same disks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confirm below that you powered it off: it has no fence command in the configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hawan fences it (powers it off) with &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restarts at once per host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VMs a destination starts at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the host's name once it is powered off (or its VMs are killed). This is journaled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I powered %1 off; type its name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart VMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fence and restart VMs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s) to restart; every destination has room and the anti-affinity groups hold.</source>
        <translation><numerusform>%n VM to restart; every destination has room and the anti-affinity groups hold.</numerusform><numerusform>%n VMs to restart; every destination has room and the anti-affinity groups hold.</numerusform></translation>
    </message>
    <message>
        <source>Power %1 off, then type its name: nothing restarts before that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The VMs the last evacuation moved off &lt;b&gt;%1&lt;/b&gt; move back to it as below (those that cannot, and why, are listed apart). Nothing moves until you press Start. Change a destination in the &lt;i&gt;To&lt;/i&gt; column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring them back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::EventLogView</name>
    <message>
        <source>Filter events (host, VM or text)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::ExperimentsView</name>
    <message>
        <source>The figure plotted against the round trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlay an earlier run (hollow points) to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the report as one PDF: setup, every figure's plot and table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export every measurement's figures as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the run as kept: every sample, the setup, the versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tests:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the link as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>real link: measured as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-way delays (ms) the link is set to in turn; each test runs at each. Empty: the link as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link has no emulate command ([[link]] emulate): the tests measure it as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delays (ms):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs of each test at each point: the table shows their spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small files created, looked at, renamed and removed by the metadata test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written and read back by the sequential tests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the experiment: the link's delay is put back and its files removed (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only console: experiments are run from an operator's console or with hawanctl experiment run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No site has a runner: add &lt;tt&gt;runner&lt;/tt&gt; and &lt;tt&gt;test_dir&lt;/tt&gt; to a [[site]] of the configuration (docs/experiments.md shows how), then start Hawan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the chosen tests at every site with a runner (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs kept under %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiments: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiment not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. An experiment now would measure its moves along with the storage, and slow them. Run it when the plan has ended (the Jobs panel shows it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delays: %1. Write them as 0, 5, 10, 20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the experiment?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;It takes %2.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 %3%4%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (cancelling: putting things back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading experiment reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● %1 (running)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No experiment has run yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose the tests and the delays to sweep on the left, then &lt;b&gt;Run…&lt;/b&gt; (Ctrl+Return). Each run is kept as a report here, to compare and export.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No experiment report.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the first measurement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No measurement in this run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exporting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiment report exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking for hawan-meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every test the configuration allows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs a busy guest's template: [experiments] busy_vm_image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs a test VM template: [experiments] vm_image</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::HaStatusLabel</name>
    <message>
        <source>HA: …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the HA watcher's lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA: unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The HA watcher's lease cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA: no watcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No HA watcher acts for this configuration: a dead host's VMs come back only when an operator recovers it (Hosts → Recover). Start one with 'hawanctl ha' (or its systemd unit, hawan-ha.service).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA: watcher silent for %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA: watching from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA watcher: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it did last:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALARM </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::HealPlot</name>
    <message>
        <source>Entries pending heal over the last hour (split-brain in red); a rising line means the copies drift apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>collecting the heal backlog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending heal: %1 now, %2 at most in the last %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least %1 (a brick cannot answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ago</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::HostPanel</name>
    <message>
        <source>Select a host in the topology or a VM in the table to see the host's details here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libvirt URI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hypervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libvirt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fence command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (next attempt in %n s)</source>
        <translation><numerusform> (next attempt in %n s)</numerusform><numerusform> (next attempt in %n s)</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — data shown is stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 MHz (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 used by VMs of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 running of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage pools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3): %4 free of %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none defined (or not reported by this daemon)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s) as last seen; what runs now is unknown (the host does not answer)</source>
        <translation><numerusform>%n VM as last seen; what runs now is unknown (the host does not answer)</numerusform><numerusform>%n VMs as last seen; what runs now is unknown (the host does not answer)</numerusform></translation>
    </message>
    <message>
        <source>%1 vCPUs (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not read: cloud '%1' reports this host</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::JobsView</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done in %1 s · %2 sent · downtime %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1 keeps running on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1. The VM stays on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort the migration; the VM keeps running on the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No jobs yet. Drag a VM onto another host, or right-click a VM and choose "Migrate to", to start a live migration. Right-click a host to evacuate it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was interrupted (the console stopped while it ran): %2 moved, %3 in flight, %4 to go. Resume reconciles the moves that were in flight with the hosts first, so nothing runs twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconcile the moves in flight, start nothing new, close the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume it from a console that is not read-only, or with 'hawanctl resume %1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · capped at %1 MiB/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · guest throttled %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · post-copy: running on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bandwidth cap for this migration (a WAN link's shared budget may cap it lower).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default downtime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the VM may pause for the final copy; raise it to let a busy guest converge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the cap and downtime to the running migration (within half a second).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to post-copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the VM on the destination now and fetch the rest of its memory over the WAN. It always completes, but a link failure from here on loses the VM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cap:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max downtime:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to post-copy?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will run on %2 from now on and fetch its remaining memory over the link. If the link or either host fails before it is done, the VM is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not converging: the guest dirties memory at %1, as fast as the link carries it (%2). Raise the max downtime, switch to post-copy, or cancel and retry with auto-converge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not converging: the guest dirties memory at %1, as fast as the link carries it (%2). Raise the max downtime, or cancel and retry with auto-converge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording in the journal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defining it on %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting it on %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running on %1 (restarted in %2 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running on %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: not restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was started by a console on &lt;b&gt;%1&lt;/b&gt;. Hawan cannot tell from here whether that console still runs it: close it (or make sure it is gone) before resuming here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort a plan of another machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume a plan of another machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This plan was started by a console on %1. If that console still runs it, both would act on the same VMs. Is it closed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking every host and the disks' leases whether it still runs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for its disks' locks: held by a host that may still run it, or not yet released by the storage after a power loss (up to %1 s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Iteration %1 · </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent · %2 remaining · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · memory dirtied at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::LatencyPanel</name>
    <message>
        <source>Window:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the last %1 (key %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow now (key L). Dragging or zooming the graph pauses it; press Live to follow again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the visible graph as PNG or PDF, or its data as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAN round trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service round trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MiB/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probes are off ([probes] interval_ms = 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No link probe configured: add a [[link.probe]] with from and target to the [[link]] (see docs/configuration.md, "Probes").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service probe is off ([probes] service = false).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No storage probe: add probe_dirs = { Site = "/mounted/volume/dir" } to a [[storage]].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Following now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · no probe has reported for %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: %1 – %2 · press Live (L) to follow now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, loss %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the visible graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markers: migrations, evacuations, hosts down/up, fencing, link cut, heal backlog. Click one to read it; drag to pan, wheel to zoom, click a legend entry to hide a series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not encode the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::MainWindow</name>
    <message>
        <source>Hawan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hawan — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close Hawan; running jobs on the hosts continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask every host for fresh data now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find VM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the placement table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger topology, for projectors and wall screens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller topology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the topology zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch between light and dark palettes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen, for wall screens and demos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Hawan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version and purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Hawan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Hawan %1&lt;/h3&gt;&lt;p&gt;HA over WAN: an operations console for virtual machines on two sites joined by a layer-2 WAN, with shared replicated storage.&lt;/p&gt;&lt;p&gt;Configuration: %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 connecting</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · %n VM(s) running</source>
        <translation><numerusform> · %n VM running</numerusform><numerusform> · %n VMs running</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) on %1 host(s)</source>
        <translation><numerusform>%n VM on %1 hosts</numerusform><numerusform>%n VMs on %1 hosts</numerusform></translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force off %1 on %2?

This is like pulling the power cord: the guest loses unsaved data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shut down %1 on %2?

The guest is asked to power off cleanly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause %1 on %2?

The guest stops running until resumed; its services stop answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 on %3…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 requested for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 on %3 failed.

libvirt said: %4

Check the VM's state in the table; if the host is unreachable, wait for it to reconnect and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh every host now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom the topology in / out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toggle the dark theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right-click a VM (chip or table row) for its actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt;: simulated hosts (libvirt test driver). Migration, evacuation and fault drills need real libvirt daemons: as root, &lt;tt&gt;lab/hawan-lab up&lt;/tt&gt; starts a local two-site lab (open it with &lt;tt&gt;--config /srv/hawan-lab/hawan.toml&lt;/tt&gt;), or name your own hosts with &lt;tt&gt;--config FILE&lt;/tt&gt; (see docs/configuration.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot migrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The migration could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Evacuate host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan moving every VM off the selected host, then put it in maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate &amp;site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan moving every VM of the selected host's site to the other sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toggle &amp;maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the selected host in maintenance (it receives no new VMs), or take it out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot evacuate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared storage is not in sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Stopped before anything moved.&lt;/b&gt; Maintenance or an evacuation now could take down the only current copy of VM disks, or move VMs onto a stale one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Wait until the Storage panel shows every brick online and nothing pending heal (&lt;i&gt;Heal now&lt;/i&gt; starts the heal at once). If you must go ahead anyway, type &lt;b&gt;%1&lt;/b&gt; below: the override is logged.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override and continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate the selected host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate a site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maintenance on / off for the selected host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show / hide the latency graphs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency graphs: window 1 min, 10 min, 1 h, 24 h, 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency graphs: follow now again after a pan or zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recover crashed host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected host is down: fence it, then restart its VMs on other hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover crashed host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers, so its VMs may be running there: restarting them elsewhere would run them twice. Use Evacuate host to move them live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was restarted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>powered off by hand, confirmed in the console: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover the VMs of the selected host when it is down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Stopped before anything restarted.&lt;/b&gt; The copies of the VM disks differ: restarting the VMs now could boot them on a stale copy and lose what was written to the other:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate which host?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate which site?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toggle maintenance of which host?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bring back evacuated VMs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected host is out of maintenance: move back the VMs its last evacuation took off it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring VMs back to which host?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host has evacuated VMs to bring back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover which host?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every host answers: none to recover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring back evacuated VMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in maintenance</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is out of maintenance. Its evacuation moved %n VM(s) off it that still run where they went. Bring them back now? (Later: Hosts ▸ Bring back evacuated VMs.)</source>
        <translation><numerusform>%1 is out of maintenance. Its evacuation moved %n VM off it that still runs where it went. Bring it back now? (Later: Hosts ▸ Bring back evacuated VMs.)</numerusform><numerusform>%1 is out of maintenance. Its evacuation moved %n VMs off it that still run where they went. Bring them back now? (Later: Hosts ▸ Bring back evacuated VMs.)</numerusform></translation>
    </message>
    <message>
        <source>Plan bringing them back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; see the Jobs panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: resume or abort it in the Jobs panel first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Hosts ▸ Toggle maintenance, or its card's menu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confirmed in the console by typing its name</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s) unknown</source>
        <translation><numerusform>%n VM unknown</numerusform><numerusform>%n VMs unknown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n unknown</source>
        <translation><numerusform> · %n unknown</numerusform><numerusform> · %n unknown</numerusform></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency graphs: WAN round trip, service and storage latency, migration streams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiments: the study's storage tests over emulated WAN delays, with reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show / hide the experiments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiments: run the chosen tests (asks first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiments: cancel the running experiment (puts the link and the files back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New VM…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a VM on the selected host from a template image of the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drills: inject one fault, watch, repair, and get a verdict (no VM twice, no acknowledged write lost)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show / hide the drills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drills: run the chosen drill (says what it will do, asks first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drills: cancel the running drill (repairs the fault first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail: who did what, when, why and how it ended; Verify checks it was not edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only: this console changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only (%1): this console changes nothing; libvirt is opened read-only and the journal only read. Act from an operator's console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms: active, shelved and cleared; acknowledge and shelve them for every console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wall view: a full screen for a control room, readable from across the room (Esc leaves it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alarm</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ %n alarm(s), %1 new</source>
        <translation><numerusform>⚠ %n alarm, %1 new</numerusform><numerusform>⚠ %n alarms, %1 new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alarm(s)</source>
        <translation><numerusform>⚠ %n alarm</numerusform><numerusform>⚠ %n alarms</numerusform></translation>
    </message>
    <message>
        <source>Open the Alarms panel (Ctrl+Shift+L)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::MigrateDialog</name>
    <message>
        <source>Migrate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cap the migration stream so it does not starve other traffic on the WAN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-converge (slow the guest's vCPUs if it dirties memory faster than the link carries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort the migration if it takes longer; the VM then keeps running on the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VM:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-checks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bandwidth cap:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live migration keeps the VM running: its memory is copied to the destination while it runs, then it pauses for a moment and resumes there. The source daemon drives it, so closing Hawan does not stop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the VM is no longer on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the VM is %1: only a running or paused VM can migrate live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the source %1 is not answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the destination %1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>destination is up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no migration_uri in the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 free, the VM needs %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memory: %1 needed, %2 free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the VM has %1 vCPUs, %2 has %3 CPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no link between %1 and %2 is configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default (300 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the VM may pause for the final copy. A higher value lets a busy guest converge; it can also be raised while the migration runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow post-copy (switch when it does not converge)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the switch the VM runs on the destination and fetches its remaining memory over the WAN: it always converges, but if the link fails during post-copy the VM is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parallel streams for the memory copy: helps when one TCP stream cannot fill a long fat link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max downtime:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Post-copy: a WAN failure after the switch loses the VM (neither side has all of its memory).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parallel connections:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in maintenance: it receives no new VMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disk %1 is not a file path: check that %2 reaches it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disk %1: pool %2 on both hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disk %1: pool %2 on %3 is not active, so %3 cannot see the disk; start the pool first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disk %1 is in pool %2 here, but %3 has no pool at %4: if it cannot see the disk, the migration fails (the VM then stays here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disk %1: no storage pool holds it on either host, so whether the destination sees it cannot be checked (shared storage expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the link's round trip is not measured (add a [[link.probe]] to see it here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is cut: every echo across it is lost; a migration cannot complete until it returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 loses %2 % of echoes: the migration may stall, and post-copy is off (a failure after the switch would lose the VM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>round trip %1 ms is over the %2 ms limit: expect a slower copy and a longer final pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAN round trip %1 ms (limit %2 ms), no loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crosses the WAN (%1, %2 Mbit/s, RTT limit %3 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live migration keeps the VM running. Cloud '%1' carries it out through Nova (os-migrateLive), with Nova's own stream settings; closing Hawan does not stop it, and Nova keeps its record of where the server runs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::NewVmDialog</name>
    <message>
        <source>New VM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letters, digits, '.', '_', '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (template)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (busy template)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates are set in the configuration: [experiments] vm_image and busy_vm_image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start it once defined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give it a name: letters, digits, '.', '_' and '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is taken (on %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not connected: choose another host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies the template to %1 (at %2, by its runner), defines %3 on %4 with one vCPU, the memory above and no network interface%5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, then starts it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::PlacementView</name>
    <message>
        <source>Filter by name, host, site or state (e.g. "state:paused site:Napoli")  Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every word must match. Prefix a word with name:, host:, site: or state: to match one column only.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation><numerusform>%n VM</numerusform><numerusform>%n VMs</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 VMs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No VMs yet.
Hosts are being contacted; VMs appear as soon as a host answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No VM matches "%1".
Clear the filter (Esc) to see all %2 VMs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrate to</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Move %n selected VM(s)…</source>
        <translation><numerusform>Move %n selected VM…</numerusform><numerusform>Move %n selected VMs…</numerusform></translation>
    </message>
    <message>
        <source>Plan where each goes (capacity, same site first, anti-affinity), check it, then run it with the bulk limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove its definition, and the disk Hawan made for it (a VM that is shut off)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::PlanCard</name>
    <message>
        <source> · resumed after an interruption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start no new migration; running ones finish. Resume continues the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel running migrations (their VMs stay on their hosts) and drop the rest of the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running migrations are cancelled (their VMs keep running where they are) and the moves not yet started are dropped. Hosts stay in maintenance until you take them out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>○ %1 → %2 · waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◐ %1 → %2 · migrating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ %1 stays on %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– %1 not moved · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aborting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 of %3 moved · %4 migrating · %5 failed · %6 not moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ %1 cannot move · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◐ %1 → %2 · finishing (the next move sets up meanwhile)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::RemainingPlot</name>
    <message>
        <source>Memory still to copy, per progress sample; ticks mark the start of each iteration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for the first pass…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remaining: %1 · iteration %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::ReportExport</name>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started %1, ended %2 (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link %1, emulated one-way delays: %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link %1 as it is (no delay emulated: real sites)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) (metadata)</source>
        <translation><numerusform>%n file (metadata)</numerusform><numerusform>%n files (metadata)</numerusform></translation>
    </message>
    <message>
        <source>%1 MiB (sequential)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MiB for %2 s (random)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tests: %1; repeats: %2; %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation><numerusform>%n measurement</numerusform><numerusform>%n measurements</numerusform></translation>
    </message>
    <message>
        <source>Hawan experiment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared with %1 (hollow points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started %1 (UTC), running</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::ReportPlot</name>
    <message>
        <source>%1: no line (it needs two points or more at different round trips)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: each operation costs %2 round trips, plus %3 ms (R² %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3 per ms of round trip, %4 %3 at none (R² %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>round trip measured (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No measurement of this figure yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::StoragePanel</name>
    <message>
        <source>No shared storage to watch. Add a [[storage]] table with kind = "glusterfs" and the command that runs its CLI (see docs/configuration.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending heal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split-brain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possibly healing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heal now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the self-heal daemon to heal pending entries now instead of at its next scan (cluster.heal-timeout, 600 s by default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split-brain files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the files whose copies disagree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring bricks back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gluster volume start VOLUME force: restarts brick processes that died; running ones are untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: waiting for the first answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: state unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2, replica %3%4 · %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> with arbiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, no arbiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATE UNKNOWN since the last answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-heal daemon on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring bricks back?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs 'gluster volume start %1 force': brick processes of %1 that are not running are started again; running ones are not touched. Do it once the brick's host and disk are healthy; the brick then heals from its peer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done. The gluster CLI said:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It failed. The gluster CLI said:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::TopologyView</name>
    <message>
        <source>This configuration defines no sites.
Add [[site]] and [[host]] tables to %1 (see docs/configuration.md), then restart Hawan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hosts at this site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mem</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation><numerusform>%n VM</numerusform><numerusform>%n VMs</numerusform></translation>
    </message>
    <message>
        <source>, %1 running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No VMs on this host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No VM data yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 on %3&lt;br&gt;%4 vCPU · %5 · CPU %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last known data (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;Updated %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrate to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan moving every VM off %1 (dry run first), then put it in maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans may place VMs on this host again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans and drops place no new VM on this host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evacuate site %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan moving every VM of the site to the other sites, with a capacity check first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused: migrating (a copy arriving, or the last pause before the switch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click for the latency graphs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No VMs when last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover VMs of crashed host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fence %1 (power it off), then restart the VMs that ran on it on other hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for a host that is down: %1 answers, so evacuate it instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped by the fence of %1; not restarted elsewhere yet. If its restart failed, recover %1 again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Bring back %n evacuated VM(s)…</source>
        <translation><numerusform>Bring back %n evacuated VM…</numerusform><numerusform>Bring back %n evacuated VMs…</numerusform></translation>
    </message>
    <message>
        <source>Take %1 out of maintenance first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan moving back the VMs the last evacuation took off %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, state unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s) unknown</source>
        <translation><numerusform>%n VM unknown</numerusform><numerusform>%n VMs unknown</numerusform></translation>
    </message>
    <message>
        <source>silent behind the cut link (may still run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New VM here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a VM on %1 from a template image of the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shut it down first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove its definition, and the disk Hawan made for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no probe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measuring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probe error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n sites. Click a site, or move with the arrow keys and press Enter, to see its hosts. Type to find a site, host or VM.</source>
        <translation><numerusform>%n site. Click a site, or move with the arrow keys and press Enter, to see its hosts. Type to find a site, host or VM.</numerusform><numerusform>%n sites. Click a site, or move with the arrow keys and press Enter, to see its hosts. Type to find a site, host or VM.</numerusform></translation>
    </message>
    <message>
        <source>%1, host %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find “%1”: %2 (Enter opens it, Esc clears)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find “%1”: no site, host or VM has it in its name (Backspace, Esc clears)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 hosts up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 VMs running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>◀  All %n sites (Esc)</source>
        <translation><numerusform>◀  All %n site (Esc)</numerusform><numerusform>◀  All %n sites (Esc)</numerusform></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the site's hosts and VMs (Enter); Esc comes back to all sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click (or Enter) to see its hosts and VMs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::TourCaption</name>
    <message>
        <source>Tour over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This caption closes in 10 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for every host and the storage to answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space: start · Esc: end the tour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2  %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping: putting back what the tour changed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running… (Esc: stop and put everything back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space: next step · Esc: end the tour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space: close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::TourPlayer</name>
    <message>
        <source>the WAN degrades and a live migration across it slows, then it recovers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a host loses power: it is detected, fenced, and its VMs come back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a storage brick fails and heals while both sites keep writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the three stories, one after the other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking for hawan-writer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two sites, one network, one volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 share one layer-2 network across the WAN and one GlusterFS volume replicated at both sites: a VM can move between the sites while it runs, and restart at the other site when its host dies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A host loses power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The busiest host goes dark. The console notices when its keepalive goes unanswered, fences the host, and restarts each of its VMs on another host; then it checks that every VM runs exactly once and that no acknowledged write was lost (the Drills panel shows the verdict as it forms).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A storage brick fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's brick of the volume dies. Writes go on to the other copy at both sites (the witnesses' graph keeps climbing); the brick is restarted and the self-heal copies what it missed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That was the tour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything it changed is back as it was. Every step is an ordinary job of the console: the same migrations, recoveries and drills an operator runs, with their reports kept in the Drills panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WAN degrades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This configuration's link has no emulate command: this part of the tour needs the lab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Degrade %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>put the delay back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delay 20 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A live migration across the slow WAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A running VM moves to the other site while it runs. Its memory crosses the WAN; every page the guest writes meanwhile is sent again, and each round trip now costs 40 ms: the Jobs panel shows the copy's progress and rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no running VM to move, or no host to receive it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WAN recovers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delay goes back to what it was; the WAN box turns green again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The VM moves back to its own host, over the healthy WAN: much faster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tour ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tour was stopped; what it changed is back as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The one-way delay on %1 goes up to 20 ms: the round trip in the WAN box climbs past the link's limit, as on the latency graph (Ctrl+G).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::VmCommands</name>
    <message>
        <source>%1: requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed.

%2

The event log keeps this message; check the VM table for where things stand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running on %2. Shut it down (or force it off) first, then delete it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 on %2?

Its definition is removed from the host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk Hawan made for it is deleted: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its other disks are kept: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::VmTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last known data: host %1 is %2 (updated %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused: migrating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped by the fence of %1; not restarted elsewhere yet. If its restart failed, recover %1 again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Nova: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawan::widgets::WallView</name>
    <message>
        <source>%1: state unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: asking…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n brick(s) offline</source>
        <translation><numerusform>%1: %n brick offline</numerusform><numerusform>%1: %n bricks offline</numerusform></translation>
    </message>
    <message>
        <source>%1: split-brain (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: healing, %2 pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a brick does not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: in sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hawan wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>round trip (ms)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n CRITICAL</source>
        <translation><numerusform>%n CRITICAL</numerusform><numerusform>%n CRITICAL</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n MAJOR</source>
        <translation><numerusform>%n MAJOR</numerusform><numerusform>%n MAJOR</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n WARNING</source>
        <translation><numerusform>%n WARNING</numerusform><numerusform>%n WARNINGS</numerusform></translation>
    </message>
    <message>
        <source>ALL CLEAR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HAWAN · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 new</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>CUT OFF · %n host(s) silent</source>
        <translation><numerusform>CUT OFF · %n host silent</numerusform><numerusform>CUT OFF · %n hosts silent</numerusform></translation>
    </message>
    <message>
        <source>%1/%2 hosts up · %3 VMs running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>silent (cut off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT ANSWERING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n VM(s) · stale</source>
        <translation><numerusform>%n VM · stale</numerusform><numerusform>%n VMs · stale</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) running</source>
        <translation><numerusform>%n VM running</numerusform><numerusform>%n VMs running</numerusform></translation>
    </message>
    <message>
        <source> · maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CUT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss %1 % · limit %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites %1–%2 of %3 · next in a few seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing needs anyone now.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>+ %n more: see the Alarms panel</source>
        <translation><numerusform>+ %n more: see the Alarms panel</numerusform><numerusform>+ %n more: see the Alarms panel</numerusform></translation>
    </message>
    <message>
        <source> · ack %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAN round trip, last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawanctl</name>
    <message>
        <source>Configuration file (default: ~/.config/hawan/hawan.toml, else the demo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for every host to answer (default 15).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: unknown command '%1'; try 'hawanctl --help'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: no --config and no %1: using the bundled demo</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>hawanctl: the configuration is not valid (%n problem(s)):</source>
        <translation><numerusform>hawanctl: the configuration is not valid (%n problem):</numerusform><numerusform>hawanctl: the configuration is not valid (%n problems):</numerusform></translation>
    </message>
    <message>
        <source>%1: valid (%2 sites, %3 hosts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: --timeout needs a positive number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate: bandwidth cap in MiB/s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate: slow the guest down if it does not converge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate: abort after this many seconds (default 600).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl migrate VM HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: unknown host '%1'; hosts: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: no VM named '%1' on any reachable host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: cannot migrate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate/evacuate: longest pause allowed for the final copy, in ms (default: the hypervisor's, 300).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate: switch to post-copy if still copying after this many seconds (the VM then runs on the destination; a link failure from there on loses it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evacuate: every host of this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evacuate: print the plan, move nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evacuate/resume: migrations a host sends or receives at once (default from the config).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evacuate/resume: migrations crossing one WAN link at once (default from the config).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl evacuate HOST [--dry-run] | hawanctl evacuate --site SITE [--dry-run]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl maintenance HOST on|off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: --%1 takes 1 to 16</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan %1: %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (dry run: nothing is moved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  nothing to move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [crosses the WAN]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  cannot move %1 (on %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s, %2 MiB sent, downtime %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3 moved, %4 failed, %5 not moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: unknown site '%1'; sites: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: %1; nothing was moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No interrupted plan in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2  %3, created %4: %5 moved, %6 in flight, %7 to go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish one with 'hawanctl resume ID', drop it with 'hawanctl abort ID'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: no interrupted plan in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: no interrupted plan '%1' in %2; 'hawanctl plans' lists them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: cannot resume %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aborting plan %1: %2 (moves in flight are reconciled first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resuming plan %1: %2 (moves in flight are reconciled first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: unknown host '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in maintenance: plans send it nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: the shared storage is not in sync, so nothing was moved:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the heal to finish (hawanctl storage shows it), or, if you must, repeat with --override-storage "REASON" (the reason is written to the journal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: going ahead despite unsynced storage (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  storage not in sync (a real run stops here): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No GlusterFS volume in the configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OFFLINE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  self-heal daemon: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT running everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probes: how long to measure (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probes: record every reading to this CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: --seconds must be 1 to 86400</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: the probes are off in this configuration ([probes] interval_ms = 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: nothing to probe: add [[link.probe]] or probe_dirs (see docs/configuration.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer (loss 100 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms (p10-p90 %2-%3, jitter %4) loss %5 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary over %1 s (median of the interval medians, lowest, highest, mean loss):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3-%4), loss %5 %, %6 readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Recorded %n reading(s) in %1</source>
        <translation><numerusform>Recorded %n reading in %1</numerusform><numerusform>Recorded %n readings in %1</numerusform></translation>
    </message>
    <message>
        <source>recover: the host has no fence command and was powered off by hand; HOW (who, how) is journaled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl recover HOST [--dry-run] [--fenced-by-hand HOW]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restarted in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: %1 has no fence command in the configuration, so Hawan cannot make sure it is off. Power it off by hand (or add 'fence = "..."' to its [[host]]), then repeat with --fenced-by-hand "WHO/HOW"; that is written to the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>powered off by hand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evacuate, recover, maintenance on: go ahead although the shared storage is not in sync; REASON is journaled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: the shared storage is not in sync, so %1 was not marked for maintenance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  started by a console on %1: make sure it is closed before resuming here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: left %1 (%2) alone: a console on %3 started it and may still run it; once it is closed, name the plan: 'hawanctl %4 %1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl return HOST [--dry-run]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: %1 (plan %2); finish it with 'hawanctl resume %2' or drop it with 'hawanctl abort %2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ('hawanctl maintenance %1 off')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>. Use 'hawanctl evacuate %1' to move its VMs live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, delay %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, RTT %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>experiment: one-way WAN delays to sweep, e.g. 0,5,10,20ms (a lab's link; default: the link as it is).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>experiment: runs of each test at each point (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>experiment: small files of the metadata test (default 2000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>experiment: MiB written and read by the sequential tests (default 64).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: --repeats (1 to 100), --files and --size-mib must be positive whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: stopping the experiment: putting the link back and removing its files (Ctrl+C again to leave at once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: %1 (plan %2): the experiment did not run. Let it finish, or end it with 'hawanctl resume %2' or 'hawanctl abort %2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: the shared storage is not in sync, so the experiment did not run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Expected to take about %1 min.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N] [--override-storage REASON]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: unknown test '%1'; tests: metadata, seq-write, seq-read, rand-rw, vm-lifecycle, migrate-idle, migrate-busy, or all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict of %1 (%2, %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PASSED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run one with: hawanctl drill run NAME (a lab runs at once; elsewhere add --confirm-site SITE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drill has run yet (kept under %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: no drill run '%1' under %2 (hawanctl drill reports lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: unknown drill '%1'; drills: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: the drill did not run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Expected to take about %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: stopping the drill: repairing the fault and checking what it can (Ctrl+C again to leave at once; the next start repairs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drill: the host the fault hits (default: the one running the most VMs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drill wan-cut-mid-migration: the VM to migrate (default: the smallest running at the link's first site).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drill: how long the fault lasts, in seconds (default: the drill's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drill lossy-wan: the packet loss in percent (default 3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drill: not a lab: the name of the site the fault hits, to confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--loss PCT] [--confirm-site SITE] | reports | show ID [--csv FILE]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: --hold takes 0 to 3600 seconds, --loss more than 0 and at most 100 percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: %1 has not ended %2 s after its time limit (a daemon does not answer the abort); where %3 runs is not known: see 'hawanctl status'</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>HA watcher for %1: grace %2 s, leases in %3; %n policy(ies)</source>
        <translation><numerusform>HA watcher for %1: grace %2 s, leases in %3; %n policy</numerusform><numerusform>HA watcher for %1: grace %2 s, leases in %3; %n policies</numerusform></translation>
    </message>
    <message>
        <source>hawanctl: no [[ha.policy]] in the configuration: no VM is restarted by the watcher; it only watches and raises alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: stopping the watcher (Ctrl+C again to leave at once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No HA watcher acts (lease %1 free): a dead host's VMs come back only when an operator recovers it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA watcher acting: %1; last heartbeat %2 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl ha [status [--json]]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: %1; the trail %2 cannot be verified without the key it was written with</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), key %2 (id %3)</source>
        <translation><numerusform>%1: %n record, key %2 (id %3)</numerusform><numerusform>%1: %n records, key %2 (id %3)</numerusform></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trail: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intact: every record is authentic and in order, and none is missing at the end.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>NOT intact: %n finding(s). Keep a copy of the file as it is; compare it with a backup to see what was changed.</source>
        <translation><numerusform>NOT intact: %n finding. Keep a copy of the file as it is; compare it with a backup to see what was changed.</numerusform><numerusform>NOT intact: %n findings. Keep a copy of the file as it is; compare it with a backup to see what was changed.</numerusform></translation>
    </message>
    <message>
        <source>hawanctl: --since takes a date (2026-12-05), a date and time (2026-12-05T14:00:00Z) or a duration back from now (30m, 12h, 7d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: %1: records are shown without being authenticated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: no audit trail at %1 yet: nothing has been done from a console or hawanctl with this configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (why: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  [NOT AUTHENTIC]</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No record matches (%n in the trail).</source>
        <translation><numerusform>No record matches (%n in the trail).</numerusform><numerusform>No record matches (%n in the trail).</numerusform></translation>
    </message>
    <message>
        <source>Change nothing: libvirt opened read-only, the journal only read; every action is refused (also for users listed in [access] viewers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit show: records since a date, a time or a duration back (30m, 12h, 7d).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit show: records of this user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit show: records of this action (migrate, recover, vm-force-off, maintenance-on…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit show: records about this VM, host or site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl audit verify [--json] | hawanctl audit show [--since WHEN] [--user USER] [--what ACTION] [--subject NAME] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No active alarm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acknowledged by %1 at %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shelved by %1 until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no active alarm matches '%1' ('hawanctl alarms' lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' matches %2 alarms: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: usage: hawanctl alarms [list] [--json] | alarms ack KEY [--comment TEXT] | alarms shelve KEY --for 2h [--comment TEXT] | alarms unshelve KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: alarms shelve needs --for with a duration: 30m, 2h, 1d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the journal did not reach the disk within 10 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unshelved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alarms ack/shelve: why, for the other consoles and the audit trail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alarms shelve: how long (30m, 2h, 1d).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serve-metrics: the address and port to serve on (default 127.0.0.1:9477).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hawan command line.

Commands:
  status         print sites, hosts and VMs (a table, or JSON with --json)
  check-config   validate the configuration and exit
  migrate VM HOST   live-migrate VM to HOST, printing progress (exit 0 when it succeeds)
  evacuate HOST | --site SITE [--dry-run]
                 put the host (or every host of the site) in maintenance and move its VMs
                 away per a plan (same site first, capacity, anti-affinity); --dry-run prints the plan
  recover HOST [--dry-run] [--fenced-by-hand HOW]
                 the host is down: fence it (its fence command), then restart the VMs that ran on it
                 on other hosts from their last known definitions
  return HOST [--dry-run]
                 the host is out of maintenance: move back the VMs its last evacuation took off it
  plans          list plans a crash or kill left open in the journal
  resume [ID]    reconcile and finish interrupted plans (all, or the one with ID)
  abort [ID]     reconcile in-flight moves of interrupted plans and drop the rest
  maintenance HOST on|off   mark a host in or out of maintenance (plans send it nothing); marking
                 it waits for the shared storage and stops when it is not in sync (--override-storage)
  storage        shared storage: bricks, heal backlog, quorum and risky settings (exit 1 when critical)
  probes [--seconds N] [--csv FILE]
                 measure the WAN round trip, each host's service round trip and the storage latency
                 for N seconds (default 10), print them, and record every reading to FILE
  experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N]
                 the study's stress tests (metadata, seq-write, seq-read, rand-rw) at every site with a
                 runner, over the emulated delays where the link can set them; the report is kept as JSON
  drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--confirm-site SITE] | reports | show ID
                 the resilience drills: inject one configured fault, watch, repair, and print the verdict
                 (every VM runs exactly once, no acknowledged write lost, no split-brain); kept as JSON
  audit verify | show [--since WHEN] [--user U] [--what ACTION] [--subject NAME]
                 the audit trail: verify says where a record was edited, removed, reordered or the file cut
                 short (exit 1); show prints who did what, when, why and how it ended
  alarms [list] | ack KEY [--comment TEXT] | shelve KEY --for 2h | unshelve KEY
                 the alarms a console raises now (exit 1 while a critical one is unacknowledged), with
                 the shift's acknowledgements; ack and shelve are shared with every console on the journal
  serve-metrics [--listen ADDR:PORT]
                 serve the fleet's metrics for Prometheus on http://ADDR:PORT/metrics (read-only; until stopped)
  ha [status]    the HA watcher: runs until stopped; a host silent for [ha] grace_s is fenced and its VMs
                 with a restart policy come back elsewhere; one watcher acts at a time (the others wait);
                 a whole site silent at once is a partition alarm; 'ha status' says who acts and what it did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage, probes, experiment, drill, audit, alarms, serve-metrics or ha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: --listen takes ADDRESS:PORT, e.g. 127.0.0.1:9477 or [::1]:9477 (':9477' listens on every address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: cannot listen on %1: the port is taken, or the address is not this machine's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serving the metrics of %1 hosts on http://%2/metrics (Ctrl+C stops)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawanctl: %1 is marked %2 here, but Nova did not %3 its compute service: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hawanctl::JobLines</name>
    <message>
        <source>restart %1 on %2 (%3 fenced)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start %1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  cap %1 MiB/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  NOT CONVERGING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fencing %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fenced %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fencing %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iteration %1  </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent %1 MiB  remaining %2 MiB  %3 MiB/s%4%5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Hawan: reading the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the journal %1 (what plans ran, what is in maintenance)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding the journal %1 has not answered for %2 s. Hawan waits: nothing is done before the journal is read, so no plan is lost or run twice. Check that filesystem (a hung network mount?), or Quit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hawan: operations console for VMs across two sites joined by a layer-2 WAN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration file (default: ~/.config/hawan/hawan.toml, else the bundled demo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>light or dark (default: last used).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start full screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hawan: configuration not valid</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Fix them and start Hawan again (hawanctl check-config --config FILE checks a file without the GUI).</source>
        <translation><numerusform>%1 has %n problem. Fix it and start Hawan again (hawanctl check-config --config FILE checks a file without the GUI).</numerusform><numerusform>%1 has %n problems. Fix them and start Hawan again (hawanctl check-config --config FILE checks a file without the GUI).</numerusform></translation>
    </message>
    <message>
        <source>Why the lab could not start (shown with the demo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt;: simulated hosts (libvirt test driver), because the local lab could not start here: %1. Migration, evacuation and fault drills need the lab: as root, run &lt;tt&gt;lab/hawan-lab up&lt;/tt&gt;, then &lt;tt&gt;hawan --config /srv/hawan-lab/hawan.toml&lt;/tt&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play the demo tour NAME on the lab with captions: wan, host, brick or all (Space: next step, Esc: stop and put everything back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tour advances by itself this many seconds after each step ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawan: unknown tour '%1'; tours: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hawan: the tour acts on the lab: not with --read-only or the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch only: the console changes nothing (libvirt opened read-only, the journal only read); for wall screens and shift crews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the wall view, full screen and read-only: for a control room's screen (Esc quits).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>