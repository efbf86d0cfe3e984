#!/usr/bin/env python3
"""Writes libvirt test-driver node files (one per simulated host) and a Hawan config over them.

Used for the bundled demo (resources/demo, committed output) and by bench/scale (thousands of VMs).
    gen-testdriver-hosts.py OUTDIR --sites Roma1,Napoli --hosts 3 --vms 2 [--demo]
"""
import argparse, math, os, random, uuid

HEP = ["atlas-wn", "cms-wn", "lhcb-wn", "alice-wn", "squid", "cvmfs-s1", "condor-ce", "storm-fe",
       "argus", "bdii-site", "voms", "ui-atlas", "frontier", "xrootd-rdr", "perfsonar", "monit"]
# (libvirt test runstate, weight): 1 running, 3 paused, 5 shut off, 6 crashed
STATES = [(1, 70), (3, 10), (5, 15), (6, 5)]


def domain_xml(name, uid, mem_mib, vcpus, runstate, disk):
    return f"""  <domain type='test'>
    <name>{name}</name>
    <uuid>{uid}</uuid>
    <memory unit='MiB'>{mem_mib}</memory>
    <currentMemory unit='MiB'>{mem_mib}</currentMemory>
    <vcpu>{vcpus}</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <devices>
      <disk type='file' device='disk'>
        <source file='{disk}'/>
        <target dev='vda' bus='virtio'/>
      </disk>
    </devices>
    <test:runstate>{runstate}</test:runstate>
  </domain>
"""


# The shared volume every simulated host mounts, as a libvirt directory pool (VM disks live in it).
POOL = """  <pool type='dir'>
    <name>vmstore</name>
    <uuid>{uid}</uuid>
    <capacity unit='GiB'>2048</capacity>
    <allocation unit='GiB'>412</allocation>
    <available unit='GiB'>1636</available>
    <source/>
    <target>
      <path>/gluster/vmstore</path>
    </target>
  </pool>
"""


def node_xml(domains, cpus=32, mem_gib=128, host=""):
    pool = POOL.format(uid=uuid.uuid5(uuid.NAMESPACE_DNS, host + ".vmstore.hawan")) if host else ""
    return f"""<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
  <cpu>
    <mhz>2400</mhz>
    <model>x86_64</model>
    <active>{cpus}</active>
    <nodes>2</nodes>
    <sockets>2</sockets>
    <cores>{cpus // 4}</cores>
    <threads>2</threads>
  </cpu>
  <memory>{mem_gib * 1024 * 1024}</memory>
{''.join(domains)}{pool}</node>
"""


# The demo's fixed placement: a dozen VMs in mixed states over 2 sites x 3 hosts.
DEMO = {
    "roma1-hv1": [("atlas-wn01", 1, 4096, 4), ("cms-wn01", 1, 4096, 4), ("squid-roma1", 1, 2048, 2)],
    "roma1-hv2": [("cvmfs-s1", 1, 8192, 4), ("argus", 3, 2048, 1)],
    "roma1-hv3": [("ui-atlas", 5, 4096, 2)],
    "napoli-hv1": [("atlas-wn02", 1, 4096, 4), ("lhcb-wn01", 1, 4096, 4)],
    "napoli-hv2": [("condor-ce", 1, 4096, 2), ("storm-fe", 6, 8192, 4)],
    "napoli-hv3": [("bdii-site", 1, 1024, 1), ("voms", 5, 2048, 1)],
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--sites", default="Roma1,Napoli")
    ap.add_argument("--hosts", type=int, default=3, help="hosts per site")
    ap.add_argument("--vms", type=int, default=2, help="VMs per host")
    ap.add_argument("--demo", action="store_true", help="write the bundled demo's fixed placement")
    ap.add_argument("--refresh-ms", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--probe-loopback", action="store_true",
                    help="give every link an ICMP probe of 127.0.0.1 (a live, if tiny, round trip)")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.outdir, exist_ok=True)
    sites = a.sites.split(",")
    hosts = []
    for s in sites:
        for h in range(1, a.hosts + 1):
            hosts.append((s, f"{s.lower()}-hv{h}"))
    for site, host in hosts:
        doms = []
        if a.demo:
            specs = DEMO.get(host, [])
        else:
            specs = []
            for v in range(a.vms):
                st = rnd.choices([s for s, _ in STATES], [w for _, w in STATES])[0]
                specs.append((f"{host}-{HEP[v % len(HEP)]}{v // len(HEP):02d}", st,
                              rnd.choice([1024, 2048, 4096]), rnd.choice([1, 2, 4])))
        for name, st, mem, cpus in specs:
            uid = uuid.uuid5(uuid.NAMESPACE_DNS, f"hawan.{host}.{name}")
            doms.append(domain_xml(name, uid, mem, cpus, st, f"/gluster/vmstore/{name}.qcow2"))
        with open(os.path.join(a.outdir, f"{host}.xml"), "w") as f:
            f.write(node_xml(doms, host=host))
    with open(os.path.join(a.outdir, "hawan.toml"), "w") as f:
        if a.demo:
            f.write('# The bundled demo: two INFN sites of simulated hosts (libvirt test driver).\n'
                    '# Migration and fault drills need real daemons: see the lab in the README.\n')
        f.write(f'title = "{"Hawan demo" if a.demo else "Hawan generated topology"}"\n\n')
        f.write(f'[console]\nrefresh_interval_ms = {a.refresh_ms}\n\n')
        desc = {"Roma1": "INFN Roma1", "Napoli": "INFN Napoli"}
        for s in sites:
            f.write(f'[[site]]\nname = "{s}"\ndescription = "{desc.get(s, s)}"\n\n')
        # Two sites: the study's one link. More: a national network laid out as a square grid,
        # each site linked to its right and lower neighbours.
        pairs = [(0, 1)] if len(sites) == 2 else []
        if len(sites) > 2:
            cols = math.ceil(math.sqrt(len(sites)))
            for i in range(len(sites)):
                if (i + 1) % cols and i + 1 < len(sites):
                    pairs.append((i, i + 1))
                if i + cols < len(sites):
                    pairs.append((i, i + cols))
        for i, j in pairs:
            name = "GARR" if len(sites) == 2 else f"{sites[i]}-{sites[j]}"
            f.write(f'[[link]]\nname = "{name}"\nsites = ["{sites[i]}", "{sites[j]}"]\n'
                    'capacity_mbit = 10000\nrtt_limit_ms = 10.0\n')
            if a.probe_loopback:
                f.write(f'[[link.probe]]\nfrom = "{sites[i]}"\ntarget = "127.0.0.1"\n')
            f.write('\n')
        for site, host in hosts:
            f.write(f'[[host]]\nname = "{host}"\nsite = "{site}"\nuri = "test://{{config_dir}}/{host}.xml"\n\n')
        f.write('[[storage]]\nname = "vmstore"\nkind = "glusterfs"\nvolume = "vmstore"\ncommand = ["gluster"]\n')


if __name__ == "__main__":
    main()
