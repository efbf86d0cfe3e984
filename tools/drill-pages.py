#!/usr/bin/env python3
"""Writes docs/drills/<id>.md, one page per drill, from drill runs kept by Hawan (the JSON files
under <state>/hawan/drills/): what the drill does, how to run it, and what it measured in the lab,
with the notes in NOTES (written by hand from those runs). Also prints the summary table for
docs/drills.md.

    tools/drill-pages.py HAWANCTL RUN.json...
"""
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "docs", "drills")

# What the lab runs showed, drill by drill (see docs/drills.md for the lab's setup).
NOTES = {
    "host-power-loss": "The host falls silent (`hawan-lab power-off-host`: its port on the site's switch goes down, "
    "then its daemon and guests are killed), so the console learns of it from its keepalive (2 s x 2 in the lab), "
    "not from a refused connection. The recovery is the one an operator runs (Hosts → Recover, or `hawanctl "
    "recover`): the fence command first, then each VM restarted from its last known definition; each VM's "
    "downtime is counted from the fault to its start on the new host. Powered on again, the host is taken out "
    "of the maintenance the recovery put it in and its stale definitions are removed (the console's recovery "
    "follower), so the next drill starts from a whole system. Once the HA watcher exists (issue 15) this drill "
    "is where its automatic recovery is measured.",
    "hung-daemon": "libvirtd is stopped with SIGSTOP: its guests keep running, its TCP connections stay open and "
    "silent. The console's keepalive marks the host unreachable; nothing is restarted (a recovery is refused "
    "while a host cannot be proven off), and the other hosts' reports go on at their usual pace, which is the "
    "'other hosts kept reporting' check: one thread per host, no call of one host waits for another.",
    "wan-cut-short": "Half the volume's network.ping-timeout (5 s in the lab, so 2 s). The probes' 'cut' needs "
    "three silent intervals, so a short cut is seen as an interval with every echo lost, often only after the "
    "link is back: the check says so. The write witnesses stall for about the cut's length and go on; GlusterFS "
    "keeps both bricks, so there is little or nothing to heal.",
    "wan-cut-long": "Twice the ping-timeout and 5 s more (15 s in the lab). Each site's client drops the far brick "
    "after the ping-timeout and writes on to its own; with replica 2 and no arbiter both sites keep writing. Each "
    "witness writes its own file, so there is no split-brain; the pending entries heal within seconds of the link's "
    "return (cluster.heal-timeout 10 s in the lab).",
    "lossy-wan": "3 % of frames dropped each way by the lab's WAN forwarder. Writes slow (TCP retransmissions on the "
    "replication traffic) but none is lost and no host is dropped.",
    "rtt-over-limit": "The one-way delay is raised to half the link's rtt_limit_ms plus 5 ms, so the round trip is "
    "10 ms above the limit; the delay read before the fault (`emulate --show`) is put back after.",
    "brick-down": "The brick process of one site is killed (`hawan-lab brick-down`); glusterd stays, and the repair "
    "is what an operator does: `gluster volume start vmstore force`. Writes go on to the other brick; the entries "
    "written meanwhile are healed within seconds after the brick's return.",
    "storage-node-lost": "The whole storage node goes (`hawan-lab node-down`: its port down, glusterd, brick and "
    "self-heal daemon killed). The console's gluster CLI calls then wait for the lost peer, and the surviving "
    "glusterd answers `volume status` with 'Another transaction is in progress' (it holds the volume's lock for "
    "the lost peer). Measured first: the monitor kept the last healthy picture ('in sync') on screen for 20 s. "
    "Fixed: a round that has not answered for 8 s (or two intervals) makes the volume's state unknown, so the "
    "drill now sees it after about 8 s (this run). Writes stall for about 8 s at both sites and go on.",
    "wan-cut-mid-migration": "The link is slowed to 40 Mbit/s so the copy lasts, the VM (the smallest running at the "
    "link's first site) is live-migrated by the console's own migration job, and the link is cut once 4 MiB have "
    "been copied. The migration fails (libvirt reports the peer's socket closed once the link is back) and the VM "
    "runs on at its source; nothing runs twice; the half-arrived copy is gone from the destination.",
}


def fmt(v, unit):
    return f"{v:.1f} {unit}" if unit == "s" else f"{v:.0f} {unit}"


def page(run, info):
    fault = run.get("fault_at_ms", -1)
    lines = [f"# Drill: {info['title']} (`{info['id']}`)", "",
             info["story"], "",
             "Run it from the Drills panel (Ctrl+Shift+D: choose it, Run drill…) or with",
             "", "```", f"hawanctl drill run {info['id']}", "```", "",
             f"It uses the configured fault commands `{info['fault']}` and `{info['repair']}` "
             "(see [configuration](../configuration.md)); on sites that are not a lab the operator types the "
             "site's name (`--confirm-site`). How every drill works: [drills.md](../drills.md).", "",
             "## In the lab", "",
             f"Run `{run['id']}` ({run['started'][:19].replace('T', ' ')} UTC) on `{run['target']}`: "
             f"**{'PASSED' if run['passed'] else 'FAILED'}**.", ""]
    lines += ["| Check | | Detail |", "|---|---|---|"]
    for c in run["checks"]:
        lines.append(f"| {c['name']} | {'✔' if c['passed'] else '✘'} | {c['detail']} |")
    lines += ["", "| Figure | Value | About |", "|---|---:|---|"]
    for f in run["figures"]:
        lines.append(f"| {f['name']} | {fmt(f['value'], f['unit'])} | {f['about']} |")
    lines += ["", "Timeline (seconds since the fault):", "", "```"]
    for e in run["events"]:
        t = (e["at_ms"] - fault) / 1000 if fault >= 0 else e["at_ms"] / 1000
        lines.append(f"{t:+7.1f}  {e['text']}")
    lines += ["```", ""]
    for n in run.get("notes", []):
        lines.append(f"Note: {n}")
        lines.append("")
    lines += ["## Reading it", "", NOTES.get(info["id"], ""), ""]
    return "\n".join(lines)


def main():
    hawanctl, files = sys.argv[1], sys.argv[2:]
    infos = {d["id"]: d for d in json.loads(subprocess.run([hawanctl, "drill", "list", "--json"], text=True,
                                                           capture_output=True, check=True).stdout)}
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for path in files:
        with open(path) as f:
            run = json.load(f)
        info = infos[run["spec"]["drill"]]
        with open(os.path.join(OUT, info["id"] + ".md"), "w") as f:
            f.write(page(run, info))

        def fig(name):
            vals = [x["value"] for x in run["figures"] if x["name"] == name]
            return vals

        detect = fig("detect_s")
        downtime = fig("downtime_s")
        stall = fig("longest_write_stall_s")
        heal = fig("heal_s")
        rows.append(f"| [{info['title']}](drills/{info['id']}.md) | {'✔' if run['passed'] else '✘'} | "
                    f"{detect[0]:.1f} s | " if detect else f"| [{info['title']}](drills/{info['id']}.md) | "
                    f"{'✔' if run['passed'] else '✘'} | – | ")
        rows[-1] += (f"{max(downtime):.1f} s | " if downtime else "– | ") + \
                    (f"{max(stall):.1f} s | " if stall else "– | ") + (f"{heal[0]:.1f} s |" if heal else "– |")
    print("| Drill | Verdict | Detected | Longest VM downtime | Longest write stall | Heal |")
    print("|---|---|---:|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
