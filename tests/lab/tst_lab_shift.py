#!/usr/bin/env python3
"""Shift crews on the real lab. Roles: a read-only console (a wall screen) opens only read-only
connections to every host's libvirtd (asked of each daemon's own client list, through its admin
socket), while an operator's console opens read-write ones (the check can tell them apart);
`hawanctl --read-only` is refused an action, which changes nothing."""
import json
import os
import subprocess
import tempfile
import time
import unittest

from labtest import lab, main_on_running_lab

LAB_DIR = os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test")
CFG = os.path.join(LAB_DIR, "hawan.toml")
JOURNAL = os.path.join(LAB_DIR, "hawan-journal.jsonl")
HAWANCTL = os.environ.get("HAWANCTL", "")
HAWAN = os.environ.get("HAWAN", "")


def ctl(*args, timeout=180):
    return subprocess.run([HAWANCTL, "--config", CFG, *args], text=True, capture_output=True, timeout=timeout)


def state():
    with open(os.path.join(LAB_DIR, "state.json")) as f:
        return json.load(f)


def admin(host, *args):
    uri = f"libvirtd:///system?socket={host['dir']}/run/libvirt/libvirt-admin-sock"
    return subprocess.run(["virt-admin", "-c", uri, *args], text=True, capture_output=True, timeout=30)


def clients(host):
    """{client id: {field: value}} of the host's libvirtd, from its own admin interface."""
    out = {}
    for line in admin(host, "srv-clients-list", "libvirtd").stdout.splitlines():
        fields = line.split()
        if fields and fields[0].isdigit():
            info = {}
            for l in admin(host, "client-info", "libvirtd", fields[0]).stdout.splitlines():
                if ":" in l:
                    k, v = l.split(":", 1)
                    info[k.strip()] = v.strip()
            out[fields[0]] = info
    return out


class Console:
    """The desktop console, offscreen, with its own state folder."""

    def __init__(self, *args):
        self.state = tempfile.mkdtemp(prefix="hawan-console-")
        self.log = open(os.path.join(self.state, "console.log"), "w+")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_NO_GLIB="1", XDG_STATE_HOME=self.state)
        self.proc = subprocess.Popen([HAWAN, "--config", CFG, *args], stdout=self.log, stderr=subprocess.STDOUT, env=env)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


class LabShift(unittest.TestCase):
    def hosts(self):
        st = json.loads(ctl("--read-only", "status", "--json").stdout)
        return {h["name"]: h for s in st["sites"] for h in s["hosts"]}

    def console_clients(self, *args):
        """Starts a console, waits until every host has a new client, returns {host: [client info]}."""
        hosts = state()["hosts"]
        before = {h["name"]: set(clients(h)) for h in hosts}
        c = Console(*args)
        try:
            end = time.time() + 60
            new = {}
            while time.time() < end:
                new = {h["name"]: [info for cid, info in clients(h).items() if cid not in before[h["name"]]] for h in hosts}
                if all(new.values()):
                    time.sleep(3)  # whatever else it opens at start
                    new = {h["name"]: [info for cid, info in clients(h).items() if cid not in before[h["name"]]] for h in hosts}
                    break
                time.sleep(1)
            self.assertIsNone(c.proc.poll(), "the console ended early")
            return new
        finally:
            c.stop()

    def test_read_only_console_opens_only_read_only_connections(self):
        ro = self.console_clients("--read-only")
        print("read-only console:", {h: [(i.get("transport"), i.get("readonly")) for i in l] for h, l in ro.items()})
        for host, infos in ro.items():
            self.assertTrue(infos, f"the read-only console never connected to {host}")
            for info in infos:
                self.assertEqual(info.get("readonly"), "yes", f"{host}: {info}")
        # The same check sees an operator's console's read-write connections.
        rw = self.console_clients()
        print("operator console:", {h: [(i.get("transport"), i.get("readonly")) for i in l] for h, l in rw.items()})
        for host, infos in rw.items():
            self.assertTrue(any(i.get("readonly") == "no" for i in infos), f"{host}: {infos}")

    def test_read_only_hawanctl_is_refused_and_changes_nothing(self):
        hosts = self.hosts()
        vm, host = next((v, h["name"]) for h in hosts.values() for v in h["vms"] if v["state"] == "running")
        other = next(n for n, h in hosts.items() if n != host and h["state"] == "up")
        with open(JOURNAL, "rb") as f:
            before = f.read()
        for args in (["migrate", vm["name"], other], ["maintenance", other, "on"], ["evacuate", host]):
            r = ctl("--read-only", *args)
            self.assertNotEqual(r.returncode, 0, f"{args}: {r.stdout}{r.stderr}")
            self.assertIn("refused: this console is read-only (started read-only); nothing was changed", r.stderr, args)
        with open(JOURNAL, "rb") as f:
            self.assertEqual(f.read(), before, "a read-only hawanctl wrote to the journal")
        after = self.hosts()
        self.assertIn(vm["name"], [v["name"] for v in after[host]["vms"]])
        self.assertFalse(after[other]["maintenance"])


if __name__ == "__main__":
    main_on_running_lab(LAB_DIR, needs_hawanctl=True)
