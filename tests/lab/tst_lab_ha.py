#!/usr/bin/env python3
"""Automatic recovery on the real lab, with no console open: `hawanctl ha` watches every host. A host
that dies has its HA guests (the lab's policy: the calm ones) running elsewhere within 60 s, each
exactly once (asked of every daemon); a WAN cut fences and restarts nothing and says "partition";
a watcher killed mid-recovery is replaced by one that finishes the recovery without fencing again;
a second watcher waits in standby and takes over. The lock manager: a host frozen whole, its
disks still leased, is not restarted elsewhere on a fence's word; once really off it is. Two consoles
recovering one host: one runs, the other says who holds it. Deadlines: a daemon frozen before hawanctl starts
is shown unreachable within seconds and holds up no migration between two other hosts."""
import json
import os
import re
import signal
import subprocess
import tempfile
import time
import unittest

from labtest import lab, main_on_running_lab, wait_storage_in_sync

LAB_DIR = os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CFG = os.path.join(LAB_DIR, "hawan.toml")
JOURNAL = os.path.join(LAB_DIR, "hawan-journal.jsonl")
HAWANCTL = os.environ.get("HAWANCTL", "")
DEAD = "napoli-hv2"


def ctl(*args, timeout=180):
    return subprocess.run([HAWANCTL, "--config", CFG, *args], text=True, capture_output=True, timeout=timeout)


def state():
    with open(os.path.join(LAB_DIR, "state.json")) as f:
        return json.load(f)


def running_everywhere():
    """{vm name: [hosts where it runs]}, every daemon asked (on the host itself)."""
    active = {}
    for h in state()["hosts"]:
        for n in lab("virsh", h["name"], "list", "--state-running", "--name", check=False).stdout.split():
            active.setdefault(n, []).append(h["name"])
    return active


def journal_records():
    with open(JOURNAL) as f:
        return [json.loads(l) for l in f if l.strip().startswith("{")]


class Watcher:
    """`hawanctl ha` in the background, its output in a file."""

    def __init__(self, name):
        self.log = tempfile.NamedTemporaryFile(prefix=f"ha-{name}-", suffix=".log", delete=False, mode="w+")
        self.proc = subprocess.Popen([HAWANCTL, "--config", CFG, "ha"], stdout=self.log, stderr=subprocess.STDOUT, text=True)

    def text(self):
        with open(self.log.name) as f:
            return f.read()

    def wait_for(self, pattern, timeout):
        end = time.time() + timeout
        while time.time() < end:
            m = re.search(pattern, self.text(), re.M)
            if m:
                return m
            time.sleep(0.2)
        raise AssertionError(f"no '{pattern}' within {timeout} s:\n{self.text()}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class LabHa(unittest.TestCase):
    def setUp(self):
        self.assertTrue(HAWANCTL, "HAWANCTL must name the hawanctl binary")
        self.watchers = []
        ctl("abort")
        for h in state()["hosts"]:  # a guest an earlier failed run left shut off, at home again
            for vm in lab("virsh", h["name"], "list", "--state-shutoff", "--name", check=False).stdout.split():
                if vm.startswith(h["name"] + "-") and vm not in running_everywhere():
                    lab("virsh", h["name"], "start", vm, check=False)
        self.home = {vm: hs[0] for vm, hs in running_everywhere().items()}
        self.mine = sorted(vm for vm, h in self.home.items() if h == DEAD and "calm" in vm)
        self.assertTrue(self.mine, f"no calm guest on {DEAD}: {self.home}")

    def tearDown(self):
        for w in self.watchers:
            w.stop()
        lab("wan", "restore", check=False)
        for h in state()["hosts"]:
            lab("thaw-host", h["name"], check=False)
            lab("resume-host", h["name"], check=False)
            lab("start-host", h["name"], check=False)
        # The dead host back, its stale definitions removed by a console's start; its guests home.
        ctl("status")
        ctl("maintenance", DEAD, "off")
        for vm in self.mine:
            ctl("migrate", vm, DEAD, "--time-limit", "120")
        wait_storage_in_sync()

    def start_watcher(self, name="a"):
        w = Watcher(name)
        self.watchers.append(w)
        return w

    def wait_watcher_sees_all_up(self, timeout=60):
        """Until the acting watcher's heartbeat (every 5 s) shows every host up: it has read them
        (a fault right at its start is another case). Goes on after `timeout`, saying what it saw."""
        end = time.time() + timeout
        hosts = []
        while time.time() < end:
            try:
                st = json.loads(ctl("ha", "status", "--json").stdout or "{}")
            except ValueError:
                st = {}
            hosts = st.get("watcher", {}).get("detail", {}).get("hosts", [])
            if hosts and all(h["state"] == "up" for h in hosts):
                return
            time.sleep(1)
        print(f"the watcher's heartbeat did not show every host up within {timeout} s: {hosts}")

    def assert_each_once(self):
        active = running_everywhere()
        for vm in self.home:
            if "dirty" in vm:
                continue
            self.assertEqual(len(active.get(vm, [])), 1, f"{vm} runs on {active.get(vm)}")
        return active

    def test_dead_host_comes_back_elsewhere_and_standby_takes_over(self):
        a = self.start_watcher("a")
        a.wait_for(r"acting: watching", 60)
        b = self.start_watcher("b")
        b.wait_for(r"standby: the acting watcher is hawanctl ha \(pid %d" % a.proc.pid, 60)
        status = ctl("ha", "status", "--json")
        self.assertEqual(json.loads(status.stdout)["watcher"]["pid"], a.proc.pid, status.stdout)

        # The acting watcher dies; the standby takes over within its retry.
        a.proc.kill()
        a.proc.wait()
        b.wait_for(r"acting: watching", 30)
        self.wait_watcher_sees_all_up()

        # A power loss: the daemon and the guests die; no console open.
        t0 = time.time()
        lab("kill-host", DEAD)
        b.wait_for(r"recovery of %s: " % DEAD, 120)
        took = time.time() - t0
        print(b.text())
        print(f"{DEAD} killed; its HA guests running elsewhere {took:.1f} s later")
        self.assertLess(took, 60)
        n = len(self.mine)
        self.assertRegex(b.text(), r"recovery of %s: %d of %d moves? done" % (DEAD, n, n))
        active = self.assert_each_once()
        for vm in self.mine:
            self.assertNotIn(DEAD, active[vm])
        rec = [r for r in journal_records() if r.get("rec") == "fenced"]
        self.assertTrue(rec, "the journal says the host was fenced")

    def test_wan_cut_is_a_partition_nothing_fenced(self):
        w = self.start_watcher()
        w.wait_for(r"acting: watching", 60)
        fenced_before = len([r for r in journal_records() if r.get("rec") == "fenced"])
        lab("wan", "cut")
        w.wait_for(r"PARTITION\? every host of Napoli fell silent at once", 40)
        time.sleep(max(0, 60 - 20))  # the cut lasts 60 s in all
        lab("wan", "restore")
        w.wait_for(r"napoli-hv\d answers again", 90)
        print(w.text())
        self.assertNotIn("fencing it", w.text())
        self.assertEqual(len([r for r in journal_records() if r.get("rec") == "fenced"]), fenced_before)
        active = self.assert_each_once()
        for vm, h in self.home.items():
            self.assertEqual(active.get(vm), [h], f"{vm} moved during a partition")

    def test_watcher_killed_mid_recovery_is_finished_without_a_second_fence(self):
        a = self.start_watcher("a")
        a.wait_for(r"acting: watching", 60)
        self.wait_watcher_sees_all_up()
        start = len(journal_records())
        # A frozen daemon: its guests keep running until the fence powers them off.
        lab("hang-host", DEAD)
        # SIGKILL once the journal says the host is fenced, before its guests are all restarted.
        end = time.time() + 120
        plan = None
        while time.time() < end and plan is None:
            for r in journal_records()[start:]:
                if r.get("rec") == "fenced":
                    plan = r["plan"]
            time.sleep(0.02)
        self.assertIsNotNone(plan, a.text())
        a.proc.kill()
        a.proc.wait()
        recs = [r for r in journal_records() if r.get("plan") == plan]
        done = [r for r in recs if r.get("rec") == "move" and r.get("status") == "succeeded"]
        print(f"killed with {len(done)} of {len(self.mine)} restarts done")
        b = self.start_watcher("b")
        b.wait_for(r"recovery of %s: " % DEAD, 120)
        print(b.text())
        if len(done) < len(self.mine):
            self.assertRegex(b.text(), r"finishing the recovery of %s left open \(plan %s\); fenced already" % (DEAD, plan))
        self.assertNotIn("fencing it", b.text())
        recs = [r for r in journal_records() if r.get("plan") == plan]
        self.assertEqual(len([r for r in recs if r.get("rec") == "fenced"]), 1, recs)
        active = self.assert_each_once()
        for vm in self.mine:
            self.assertNotIn(DEAD, active[vm])

    def test_frozen_host_holding_its_disks_is_not_restarted_until_really_off(self):
        """The fence alone is not enough: the operator powered off the wrong outlet (recovery
        "fenced by hand") while the host is frozen whole, its virtlockd still holding its guests'
        disk leases. Recovery refuses, naming the disk; once the host is really off it proceeds."""
        # This host without a fence command, as a site whose PDU is switched by hand.
        with open(CFG) as f:
            text = f.read()
        nofence = os.path.join(LAB_DIR, "hawan-fenced-by-hand.toml")
        with open(nofence, "w") as f:
            f.write(re.sub(r'^fence = ".* kill-host %s"\n' % DEAD, "", text, flags=re.M))

        def ctl2(*args):
            return subprocess.run([HAWANCTL, "--config", nofence, *args], text=True, capture_output=True, timeout=180)

        self.assertEqual(ctl2("status").returncode, 0)  # this console has seen what DEAD runs
        lab("freeze-host", DEAD)
        try:
            r = ctl2("recover", DEAD, "--fenced-by-hand", "outlet 7 switched off (the wrong one)")
            print(r.stdout + r.stderr)
            for vm in self.mine:
                self.assertRegex(r.stdout, r"failed %s: .*the lock manager's lease on its disk \S*%s\.img is still held after \d+ s, "
                                           r"so %s may still run on %s" % (vm, vm, vm, DEAD))
            others = {}
            for h in state()["hosts"]:
                if h["name"] != DEAD:
                    for n in lab("virsh", h["name"], "list", "--state-running", "--name", check=False).stdout.split():
                        others.setdefault(n, []).append(h["name"])
            for vm in self.mine:
                self.assertNotIn(vm, others, f"{vm} started elsewhere while {DEAD} still runs it")
        finally:
            lab("kill-host", DEAD)  # now really off (SIGKILL takes frozen processes too)
        r = ctl2("recover", DEAD, "--fenced-by-hand", "outlet 8 switched off, checked dark")
        print(r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"finished Recover host %s: %d moved, 0 failed" % (DEAD, len(self.mine)))
        active = self.assert_each_once()
        for vm in self.mine:
            self.assertNotIn(DEAD, active[vm])

    def test_two_consoles_recovering_one_host_one_runs_the_other_says_who(self):
        """Two consoles (hawanctl recover, each its own process) asked to recover the same dead host:
        the first takes the host's recovery lease on the shared volume and runs; the second is
        refused, naming the first (its pid), and does nothing: one fence, each VM started once."""
        # A fence that takes 6 s (a slow power controller): the first holds the lease meanwhile.
        fence = os.path.join(LAB_DIR, "slow-fence.sh")
        with open(fence, "w") as f:
            f.write(f"#!/bin/sh\nsleep 6\nexec {os.path.join(REPO, 'lab', 'hawan-lab')} --dir {LAB_DIR} kill-host \"$1\"\n")
        os.chmod(fence, 0o755)
        with open(CFG) as f:
            text = f.read()
        slow = os.path.join(LAB_DIR, "hawan-slow-fence.toml")
        with open(slow, "w") as f:
            f.write(re.sub(r'^fence = ".* kill-host %s"$' % DEAD, f'fence = "{fence} {DEAD}"', text, flags=re.M))
        run = lambda: subprocess.Popen([HAWANCTL, "--config", slow, "recover", DEAD], stdout=subprocess.PIPE,
                                       stderr=subprocess.STDOUT, text=True)
        self.assertEqual(subprocess.run([HAWANCTL, "--config", slow, "status"], capture_output=True).returncode, 0)
        fenced_before = len([r for r in journal_records() if r.get("rec") == "fenced"])
        lab("kill-host", DEAD)
        first = run()
        time.sleep(2.5)
        second = run()
        out1, _ = first.communicate(timeout=180)
        out2, _ = second.communicate(timeout=180)
        print(out1 + "\n----\n" + out2)
        self.assertRegex(out1, r"fenced %s" % DEAD)
        self.assertRegex(out2, r"the recovery of %s is held by hawanctl recover \(pid %d on " % (DEAD, first.pid))
        self.assertIn("nothing was done", out2)
        self.assertNotEqual(second.returncode, 0)
        self.assertNotRegex(out2, r"fencing %s" % DEAD)
        self.assertEqual(len([r for r in journal_records() if r.get("rec") == "fenced"]), fenced_before + 1)
        active = self.assert_each_once()
        for vm in self.mine:
            self.assertNotIn(DEAD, active[vm])

    def test_frozen_daemon_at_start_holds_up_no_other_migration(self):
        frozen = "roma1-hv2"
        lab("hang-host", frozen)
        t0 = time.time()
        st = ctl("status", "--json", "--timeout", "30")
        took = time.time() - t0
        self.assertEqual(st.returncode, 0, st.stdout + st.stderr)
        hosts = {h["name"]: h for s in json.loads(st.stdout)["sites"] for h in s["hosts"]}
        self.assertEqual(hosts[frozen]["state"], "unreachable", hosts[frozen])
        print(f"status with {frozen} frozen answered in {took:.1f} s: {hosts[frozen]}")
        self.assertLess(took, 20)
        vm = next(v for v, h in self.home.items() if h == "napoli-hv1" and "calm" in v)
        t0 = time.time()
        m = ctl("migrate", vm, "roma1-hv1", "--time-limit", "120", timeout=200)
        print(m.stdout + m.stderr)
        self.assertEqual(m.returncode, 0, m.stdout + m.stderr)
        self.assertLess(time.time() - t0, 90)
        back = ctl("migrate", vm, "napoli-hv1", "--time-limit", "120", timeout=200)
        self.assertEqual(back.returncode, 0, back.stdout + back.stderr)
        lab("resume-host", frozen)


if __name__ == "__main__":
    main_on_running_lab(LAB_DIR, needs_hawanctl=True)
