#!/usr/bin/env python3
"""bench/evacuate: empty one host of 4 guests across the lab's WAN at 200 Mbit/s and 10 ms RTT,
(a) with Hawan (hawanctl evacuate: its plan, limits and the link's shared budget) and (b) with a
sequential `virsh migrate --live --p2p` loop, in the same run. Prints both times, the bandwidth
floor (bytes sent / link rate), the ratios, and the largest downtime of each.

The same-site neighbour is put in maintenance so the plan sends every guest to the other site.
Uses its own lab (brought up and taken down here), so no other lab may be running.
    bench/evacuate/run.py [--dir /srv/hawan-lab-bench] [--hawanctl build/app/hawanctl/hawanctl] [--keep]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAB = os.path.join(REPO, "lab", "hawan-lab")
RATE_MBIT = 200
HOST = "roma1-hv2"          # 4 calm guests (the dirty one sits on roma1-hv1)
NEIGHBOUR = "roma1-hv1"
TARGETS = ["napoli-hv1", "napoli-hv2"]


def lab(d, *a, check=True, timeout=600):
    r = subprocess.run([sys.executable, LAB, "--dir", d, *a], text=True, capture_output=True, timeout=timeout)
    if check and r.returncode != 0:
        sys.exit(f"hawan-lab {' '.join(a)} failed:\n{r.stdout}\n{r.stderr}")
    return r


def guests_on(d, host):
    r = lab(d, "virsh", host, "list", "--name")
    return sorted(n for n in r.stdout.split() if n)


def completed_stats(d, host, guest):
    """(bytes, downtime ms) from the destination's completed job statistics."""
    r = lab(d, "virsh", host, "domjobinfo", guest, "--completed", "--keep-completed", check=False)
    data = re.search(r"Data processed:\s+([\d.]+) (\w+)", r.stdout)
    down = re.search(r"Total downtime:\s+(\d+)\s+ms", r.stdout)
    unit = {"B": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}
    b = float(data.group(1)) * unit.get(data.group(2), 1) if data else 0.0
    return b, int(down.group(1)) if down else -1


def move_back(d, ctl, cfg, names):
    """Every guest back on HOST, at full speed (not measured)."""
    lab(d, "wan", "set", "--rate", "0")
    for g in names:
        if g not in guests_on(d, HOST):
            subprocess.run([ctl, "--config", cfg, "migrate", g, HOST], capture_output=True, text=True, timeout=300)
    lab(d, "wan", "set", "--rate", f"{RATE_MBIT}mbit")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/srv/hawan-lab-bench")
    ap.add_argument("--hawanctl", default=os.path.join(REPO, "build", "app", "hawanctl", "hawanctl"))
    ap.add_argument("--keep", action="store_true", help="leave the lab running afterwards")
    a = ap.parse_args()
    d, ctl = a.dir, a.hawanctl
    print(f"lab: up at {d} (2 sites x 2 hosts x 4 guests, one-way delay 5 ms)", flush=True)
    lab(d, "up", "--hosts-per-site", "2", "--guests-per-host", "4", "--delay-ms", "5")
    try:
        # The console's config, with the link's real capacity (its migration budget).
        cfg = os.path.join(d, "bench.toml")
        with open(os.path.join(d, "hawan.toml")) as f:
            text = re.sub(r"capacity_mbit = \d+", f"capacity_mbit = {RATE_MBIT}", f.read())
        with open(cfg, "w") as f:
            f.write(text.replace('journal = "{config_dir}/hawan-journal.jsonl"', 'journal = "{config_dir}/bench-journal.jsonl"'))
        # The same with no budget to speak of: TCP alone shares the link between the migrations.
        cfg_free = os.path.join(d, "bench-nobudget.toml")
        with open(cfg_free, "w") as f:
            f.write(text.replace('journal = "{config_dir}/hawan-journal.jsonl"', 'journal = "{config_dir}/bench-journal.jsonl"')
                    .replace(f"capacity_mbit = {RATE_MBIT}", f"capacity_mbit = {RATE_MBIT}\nmigration_budget_mbit = 100000"))
        lab(d, "wan", "set", "--rate", f"{RATE_MBIT}mbit")
        guests = guests_on(d, HOST)
        assert len(guests) == 4, guests
        subprocess.run([ctl, "--config", cfg, "maintenance", NEIGHBOUR, "on"], check=True, capture_output=True)

        # (a) Hawan: with the config's limits (2 per host, 2 per WAN link), then 4 at once
        hawan = []
        four = ["--max-per-host", "4", "--max-per-link", "4"]
        for conf, limits, label in ((cfg, [], "config limits: 2/host, 2/link, link budget 200 Mbit"),
                                    (cfg, four, "4 at once, link budget 200 Mbit"),
                                    (cfg_free, four, "4 at once, no budget (TCP shares the link)")):
            subprocess.run([ctl, "--config", conf, "maintenance", NEIGHBOUR, "on"], check=True, capture_output=True)
            r = subprocess.run([ctl, "--config", conf, "evacuate", HOST, *limits], text=True, capture_output=True, timeout=900)
            print(r.stdout, flush=True)
            if r.returncode != 0:
                sys.exit(f"hawanctl evacuate failed:\n{r.stderr}")
            secs = float(re.search(r"([\d.]+) s  \[\w+\] finished", r.stdout).group(1))
            # g: the command's own start-up before its first migration (connecting, the storage gate)
            gate = float(re.search(r"([\d.]+) s  \[\w+\] start ", r.stdout).group(1))
            moves = re.findall(r"succeeded (\S+): \S+ → (\S+) \(([\d.]+) s, (\d+) MiB sent, downtime (-?\d+) ms\)", r.stdout)
            assert len(moves) == 4, moves
            sent = sum(completed_stats(d, dst, g)[0] for g, dst, _, _, _ in moves)
            hawan.append((label, secs, sent, max(int(m[4]) for m in moves), gate))
            subprocess.run([ctl, "--config", conf, "maintenance", HOST, "off"], check=True, capture_output=True)
            move_back(d, ctl, cfg, guests)

        # (b) the sequential virsh loop, to the same destinations
        state = json.load(open(os.path.join(d, "state.json")))
        tcp = {h["name"]: h["tcp_uri"] for h in state["hosts"]}
        loop_bytes, loop_down = 0.0, -1
        t0 = time.monotonic()
        for i, g in enumerate(guests):
            dst = TARGETS[i % 2]
            lab(d, "virsh", HOST, "migrate", "--live", "--p2p", "--persistent", "--undefinesource", g, tcp[dst], timeout=900)
        loop_s = time.monotonic() - t0
        for i, g in enumerate(guests):
            b, dt = completed_stats(d, TARGETS[i % 2], g)
            loop_bytes += b
            loop_down = max(loop_down, dt)

        rate = RATE_MBIT * 1e6 / 8
        loop_floor = loop_bytes / rate
        print(f"link: {RATE_MBIT} Mbit/s, RTT 10 ms; 4 guests of 64 MiB from {HOST} to the other site")
        for label, secs, sent, down, _ in hawan:
            floor = sent / rate
            print(f"hawan ({label}): {secs:6.1f} s  {sent / 2**20:6.1f} MiB sent  floor {floor:5.1f} s  "
                  f"= {secs / floor:4.2f} x floor  {loop_s / secs:4.2f} x faster than the loop  largest downtime {down} ms")
        print(f"virsh loop: {loop_s:6.1f} s  {loop_bytes / 2**20:6.1f} MiB sent  floor {loop_floor:5.1f} s  "
              f"= {loop_s / loop_floor:4.2f} x floor  largest downtime {loop_down} ms")
        print("targets: hawan <= 1.25 x floor and >= 1.5 x faster than the loop")
        # Issue 18: the per-migration fixed cost o (set-up, switch-over) hidden behind the copying:
        # the loop pays n * (d + o), so o = (loop - loop floor) / n; n * d is each run's own floor.
        n = len(guests)
        o = (loop_s - loop_floor) / n
        print(f"fixed cost per migration o = ({loop_s:.1f} - {loop_floor:.1f}) / {n} = {o:.2f} s")
        for label, secs, sent, down, _ in hawan:
            nd = sent / rate
            bound = nd + 1.2 * o
            print(f"hawan ({label}): {secs:5.1f} s vs n*d + 1.2*o = {nd:.1f} + {1.2 * o:.2f} = {bound:.2f} s: "
                  f"{'met' if secs <= bound else 'missed'}")
        # What the budget lets through (libvirt caps in whole MiB/s) plus the command's own start-up g
        # (connecting to the hosts, the storage gate), which the loop does not have: see
        # docs/performance.md (session 19) for why n*d + 1.2*o is below what any scheduler can do here.
        budget_mibs = int(RATE_MBIT * 1e6 / 8 / 2**20)
        for label, secs, sent, down, gate in hawan:
            if "no budget" in label:
                continue
            nb = sent / (budget_mibs * 2**20)
            bound = gate + nb + 1.2 * o
            print(f"hawan ({label}): {secs:5.1f} s vs g + bytes/budget + 1.2*o = {gate:.1f} + {nb:.2f} + {1.2 * o:.2f} "
                  f"= {bound:.2f} s: {'met' if secs <= bound else 'missed'}")
    finally:
        if not a.keep:
            lab(d, "down")


if __name__ == "__main__":
    main()
