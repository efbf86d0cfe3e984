#!/usr/bin/env python3
"""Crash recovery on the real lab, through hawanctl as an operator would. A software fault: the
libvirtd of a host dies while its guests keep running (the dangerous case: restarting them
elsewhere without fencing would run each twice on the same disk). `hawanctl recover` fences the
host first (its fence command powers everything in it off), then defines and starts each guest on
another host from the definitions it saved while the host was up. When the host comes back, its
stale definitions are removed. Every guest runs exactly once throughout."""
import json
import os
import re
import signal
import subprocess
import sys
import time
import unittest

from labtest import lab, main_on_running_lab

LAB_DIR = os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test")
CFG = os.path.join(LAB_DIR, "hawan.toml")
JOURNAL = os.path.join(LAB_DIR, "hawan-journal.jsonl")
HAWANCTL = os.environ.get("HAWANCTL", "")
CRASHED = "napoli-hv2"


def ctl(*args, timeout=180):
    return subprocess.run([HAWANCTL, "--config", CFG, *args], text=True, capture_output=True, timeout=timeout)


def state():
    with open(os.path.join(LAB_DIR, "state.json")) as f:
        return json.load(f)


def host(name):
    return next(h for h in state()["hosts"] if h["name"] == name)


def running_everywhere():
    """{vm name: [hosts where it runs]} from every daemon that answers."""
    active = {}
    for h in state()["hosts"]:
        r = lab("virsh", h["name"], "list", "--state-running", "--name", check=False)
        for n in r.stdout.split():
            active.setdefault(n, []).append(h["name"])
    return active


def guest_processes(ns):
    """QEMU processes living in a host's network namespace (zombies excluded)."""
    r = subprocess.run(["ip", "netns", "pids", ns], text=True, capture_output=True)
    out = []
    for pid in r.stdout.split():
        try:
            with open(f"/proc/{pid}/comm") as f:
                comm = f.read().strip()
            with open(f"/proc/{pid}/stat") as f:
                zombie = f.read().rsplit(")", 1)[1].split()[0] == "Z"
            if comm.startswith("qemu") and not zombie:
                out.append(int(pid))
        except OSError:
            pass
    return out


class LabRecover(unittest.TestCase):
    def setUp(self):
        self.assertTrue(HAWANCTL, "HAWANCTL must name the hawanctl binary")
        ctl("abort")
        # Two calm guests on the host that will crash.
        r = lab("virsh", CRASHED, "list", "--state-running", "--name")
        mine = [n for n in r.stdout.split() if "calm" in n]
        others = sorted(n for n, hs in running_everywhere().items() if "calm" in n and CRASHED not in hs)
        while len(mine) < 2:
            vm = others.pop()
            m = ctl("migrate", vm, CRASHED, "--time-limit", "120")
            self.assertEqual(m.returncode, 0, m.stdout + m.stderr)
            mine.append(vm)
        self.guests = sorted(mine)

    def tearDown(self):
        ctl("abort")
        if subprocess.run(["kill", "-0", str(host(CRASHED)["pid"])], capture_output=True).returncode != 0:
            lab("start-host", CRASHED, check=False)
        ctl("maintenance", CRASHED, "off")

    def test_fence_then_restart_elsewhere_then_clean_up(self):
        # A console saw the host while it was up: its guests' definitions are saved.
        st = ctl("status")
        self.assertEqual(st.returncode, 0, st.stdout + st.stderr)
        h = host(CRASHED)
        self.assertGreaterEqual(len(guest_processes(h["ns"])), 2)

        # Software fault: the daemon dies, the guests run on.
        os.kill(h["pid"], signal.SIGKILL)
        time.sleep(1)
        self.assertGreaterEqual(len(guest_processes(h["ns"])), 2, "the guests must outlive the daemon")

        # A host that answers is refused; this one does not, so the plan comes from the saved state.
        dry = ctl("recover", CRASHED, "--dry-run")
        self.assertEqual(dry.returncode, 0, dry.stdout + dry.stderr)
        planned = re.findall(r"^\s+(\S+)\s+(\S+) → (\S+)\s", dry.stdout, re.M)
        self.assertEqual(sorted(vm for vm, _, _ in planned), self.guests, dry.stdout)
        self.assertEqual(len(guest_processes(h["ns"])), 2, "a dry run fences nothing")

        t0 = time.time()
        r = ctl("recover", CRASHED, timeout=240)
        took = time.time() - t0
        print(r.stdout + r.stderr)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("finished Recover host " + CRASHED, r.stdout)
        self.assertEqual(guest_processes(h["ns"]), [], "fencing must have powered the guests off")
        active = running_everywhere()
        for vm, _, dst in re.findall(r"^\s+(\S+)\s+(\S+) → (\S+)\s", r.stdout, re.M):
            self.assertEqual(active.get(vm), [dst], f"{vm} must run once, on {dst}")
        for vm, hosts in active.items():
            self.assertEqual(len(hosts), 1, f"{vm} runs on {hosts}")

        # The journal says the host was fenced before any guest was started elsewhere.
        plan_id = re.search(r"^Plan (\w+): Recover host", r.stdout, re.M).group(1)
        with open(JOURNAL) as f:
            recs = [json.loads(l) for l in f if l.strip().startswith("{")]
        recs = [x for x in recs if x.get("plan") == plan_id]
        kinds = [x["rec"] + ":" + x.get("status", "") for x in recs]
        self.assertIn("fenced:", kinds, kinds)
        first_start = kinds.index("move:started")
        self.assertLess(kinds.index("fenced:"), first_start, kinds)
        print(f"recover took {took:.1f} s")

        # The host comes back with shut-off definitions of the guests: the next console removes them.
        lab("start-host", CRASHED)
        st = ctl("status")
        self.assertEqual(st.returncode, 0, st.stdout + st.stderr)
        self.assertEqual(st.stderr.count("Removed the stale definition"), len(self.guests), st.stderr)
        left = lab("virsh", CRASHED, "list", "--all", "--name").stdout.split()
        self.assertFalse([n for n in left if n in self.guests], left)
        for vm, hosts in running_everywhere().items():
            self.assertEqual(len(hosts), 1, f"{vm} runs on {hosts}")


if __name__ == "__main__":
    main_on_running_lab(LAB_DIR)
