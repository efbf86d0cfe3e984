#!/usr/bin/env python3
"""Host evacuation on the real lab, driven through hawanctl as an operator would: a host with 3
guests is emptied per its plan; the console (hawanctl) is killed mid-plan with a migration in
flight; `hawanctl resume` reconciles with the daemons and finishes, each VM running exactly once."""
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
EVACUATED = "roma1-hv2"


def ctl(*args, timeout=180):
    return subprocess.run([HAWANCTL, "--config", CFG, *args], text=True, capture_output=True, timeout=timeout)


def placement():
    """{vm name: [hosts where it is active]} and {host: [vm names defined there]} from the daemons."""
    st = json.loads(lab("status", "--json").stdout)
    active, defined = {}, {}
    for h in st["hosts"]:
        r = lab("virsh", h["name"], "list", "--all", "--name", check=False)
        names = [n for n in r.stdout.split() if n]
        defined[h["name"]] = names
        r = lab("virsh", h["name"], "list", "--state-running", "--name", check=False)
        for n in r.stdout.split():
            active.setdefault(n, []).append(h["name"])
    return active, defined


def plan_lines(text):
    """[(vm, from, to)] from a printed plan."""
    return re.findall(r"^\s+(\S+)\s+(\S+) → (\S+)\s", text, re.M)


def journal_records():
    with open(JOURNAL) as f:
        return [json.loads(line) for line in f if line.strip().startswith("{")]


class LabEvacuate(unittest.TestCase):
    def setUp(self):
        self.assertTrue(HAWANCTL, "HAWANCTL must name the hawanctl binary")
        ctl("maintenance", EVACUATED, "off")
        # Exactly three calm guests on the host to evacuate (the dirty one stays where it is).
        active, defined = placement()
        mine = [n for n in defined[EVACUATED] if "dirty" not in n]
        others = sorted(n for h, ns in defined.items() if h != EVACUATED for n in ns if "calm" in n)
        while len(mine) < 3:
            vm = others.pop()
            r = ctl("migrate", vm, EVACUATED, "--time-limit", "120")
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            mine.append(vm)
        while len(mine) > 3:
            r = ctl("migrate", mine.pop(), "roma1-hv1", "--time-limit", "120")
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.guests = sorted(mine)

    def tearDown(self):
        ctl("abort")  # nothing left open for the next test
        ctl("maintenance", EVACUATED, "off")

    def test_evacuate_killed_mid_plan_resumes_and_finishes(self):
        dry = ctl("evacuate", EVACUATED, "--dry-run")
        self.assertEqual(dry.returncode, 0, dry.stdout + dry.stderr)
        planned = plan_lines(dry.stdout)
        self.assertEqual(sorted(vm for vm, _, _ in planned), self.guests, dry.stdout)
        self.assertTrue(all(src == EVACUATED and dst != EVACUATED for _, src, dst in planned), dry.stdout)

        # One migration at a time, slowed to ~12 s each, so the kill lands mid-flight.
        p = subprocess.Popen([HAWANCTL, "--config", CFG, "evacuate", EVACUATED, "--bandwidth", "5",
                              "--max-per-host", "1"], text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out, deadline = "", time.time() + 60
        while time.time() < deadline and " start " not in out:
            out += p.stdout.readline()
        self.assertIn(" start ", out, out)
        time.sleep(3)
        p.send_signal(signal.SIGKILL)
        out += p.communicate()[0]
        plan = plan_lines(out)
        self.assertEqual(sorted(vm for vm, _, _ in plan), self.guests, out)
        plan_id = re.search(r"^Plan (\w+): Evacuate host", out, re.M).group(1)

        listed = ctl("plans")
        self.assertIn(plan_id, listed.stdout)
        self.assertRegex(listed.stdout, plan_id + r".*1 in flight")
        # The host is in maintenance: a new plan for it is refused while this one is open.
        again = ctl("evacuate", EVACUATED)
        self.assertNotEqual(again.returncode, 0)
        self.assertIn(f"hawanctl resume {plan_id}", again.stderr)

        t0 = time.time()
        r = ctl("resume", plan_id, timeout=240)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("finished Evacuate host", r.stdout)
        print(f"resume took {time.time() - t0:.1f} s:\n{r.stdout}")

        active, defined = placement()
        for vm, _, dst in plan:
            self.assertEqual(active.get(vm), [dst], f"{vm} must run once, on {dst}: {active.get(vm)}")
        self.assertFalse([n for n in defined[EVACUATED] if n in self.guests], defined[EVACUATED])
        for vm, hosts in active.items():
            self.assertEqual(len(hosts), 1, f"{vm} runs on {hosts}")

        recs = [x for x in journal_records() if x.get("plan") == plan_id]
        starts = {}
        for x in recs:
            if x["rec"] == "move" and x["status"] == "started":
                starts[x["move"]] = starts.get(x["move"], 0) + 1
        ends = [x for x in recs if x["rec"] == "move" and x["status"] == "succeeded"]
        self.assertEqual(len(ends), 3, recs)
        self.assertEqual(recs[-1]["rec"], "state")
        self.assertEqual(recs[-1]["state"], "finished")
        # The move in flight at the kill was reconciled, not started again.
        killed_in_flight = [m for m, n in starts.items() if n > 1]
        self.assertEqual(killed_in_flight, [], starts)
        self.assertNotIn(plan_id, ctl("plans").stdout)
        # Maintenance stays until the operator ends it.
        self.assertIn(EVACUATED, json.dumps([x for x in journal_records() if x["rec"] == "maintenance"][-1]))

        # Then the guests come back: not while the host is in maintenance; once out, each runs
        # once, on it again; asked again, there is nothing left to bring back.
        r = ctl("return", EVACUATED)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("in maintenance", r.stderr)
        ctl("maintenance", EVACUATED, "off")
        r = ctl("return", EVACUATED, timeout=240)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn(f"finished Bring VMs back to {EVACUATED}: 3 moved", r.stdout)
        active, defined = placement()
        for vm in self.guests:
            self.assertEqual(active.get(vm), [EVACUATED], f"{vm} must run once, on {EVACUATED}: {active.get(vm)}")
        for vm, hosts in active.items():
            self.assertEqual(len(hosts), 1, f"{vm} runs on {hosts}")
        self.assertIn("Nothing to bring back", ctl("return", EVACUATED).stdout)


if __name__ == "__main__":
    main_on_running_lab(LAB_DIR)
