#!/usr/bin/env python3
"""bench/wan: what the lab's emulated WAN (hawan-wanfwd) adds and carries.

Uses the running lab (or brings up a minimal one and takes it down after). For one-way delays of
0, 5 and 20 ms, unpaced: ping round trip (median of 40) and its error against 2 x delay, TCP
throughput (iperf3, 1 and 4 streams, 5 s) and the forwarder's CPU per Gbit/s carried.
    bench/wan/run.py [--dir /srv/hawan-lab]
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


def lab(d, *a):
    return subprocess.run([sys.executable, LAB, "--dir", d, *a], text=True, capture_output=True, check=True)


def ns(n, *cmd, timeout=60):
    return subprocess.run(["ip", "netns", "exec", n, *cmd], text=True, capture_output=True, timeout=timeout)


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/srv/hawan-lab")
    a = ap.parse_args()
    started = False
    if not os.path.exists(os.path.join(a.dir, "state.json")):
        lab(a.dir, "up", "--hosts-per-site", "1", "--guests-per-host", "0")
        started = True
    try:
        st = json.load(open(os.path.join(a.dir, "state.json")))
        fwd = st["wan"]["pid"]
        src = next(h for h in st["hosts"] if h["site"] == "Roma1")
        dst = next(h for h in st["hosts"] if h["site"] == "Napoli")
        print(f"command: bench/wan/run.py   ({os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}, "
              f"{src['name']} -> {dst['name']}, one L2 hop through hawan-wanfwd)")
        print(f"{'delay':>6} {'RTT median':>11} {'RTT - 2d':>9} {'TCP 1 stream':>13} {'TCP 4 streams':>14} {'fwd CPU/Gbit':>13}")
        for d in (0, 5, 20):
            lab(a.dir, "wan", "set", "--delay", f"{d}ms", "--jitter", "0ms", "--loss", "0", "--rate", "0")
            ns(src["ns"], "ping", "-c", "2", "-W", "2", dst["ip"])
            r = ns(src["ns"], "ping", "-c", "40", "-i", "0.05", "-W", "2", dst["ip"])
            t = sorted(float(x) for x in re.findall(r"time=([\d.]+) ms", r.stdout))
            rtt = t[len(t) // 2]
            res = {}
            for streams in (1, 4):
                srv = subprocess.Popen(["ip", "netns", "exec", dst["ns"], "iperf3", "-s", "-1"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(0.4)
                c0 = cpu_seconds(fwd)
                w0 = time.monotonic()
                out = ns(src["ns"], "iperf3", "-c", dst["ip"], "-t", "5", "-P", str(streams), "-J").stdout
                cpu = cpu_seconds(fwd) - c0
                wall = time.monotonic() - w0
                srv.wait(timeout=10)
                gbit = json.loads(out)["end"]["sum_received"]["bits_per_second"] / 1e9
                res[streams] = (gbit, cpu / wall / gbit if gbit else float("nan"))
            print(f"{d:>4}ms {rtt:>9.3f}ms {rtt - 2 * d:>7.3f}ms {res[1][0]:>9.2f} Gb/s {res[4][0]:>10.2f} Gb/s "
                  f"{res[4][1] * 100:>9.0f} %core")
        lab(a.dir, "wan", "set", "--delay", "5ms")
    finally:
        if started:
            lab(a.dir, "down")


if __name__ == "__main__":
    main()
