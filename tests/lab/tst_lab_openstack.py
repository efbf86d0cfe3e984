#!/usr/bin/env python3
"""The console on a real OpenStack (issue 17): the lab's hosts become the compute hosts of a Zed
cloud from Debian's packages (`hawan-lab openstack up`: installs them if missing), and the console
config openstack/hawan.toml reads and acts through Nova. On it: Nova's view (servers, hosts,
sites); a live migration across the WAN through Nova ending with Nova's record on the new host; a
host evacuation and return through Nova (the compute service disabled, then enabled); a killed
host recovered (fence, forced down, evacuate): every server ACTIVE on a live host in Nova's record
and running exactly once as libvirt sees it, the dead host forced down until it is brought back.
And the libvirt path (hawan.toml, the same hosts) refuses to move a server behind Nova's back."""
import json
import os
import re
import subprocess
import sys
import time
import unittest

from labtest import REPO, lab, main_on_running_lab

sys.path.insert(0, os.path.join(REPO, "lab"))
import labcloud  # noqa: E402

LAB_DIR = os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test")
CLOUD_CFG = os.path.join(LAB_DIR, "openstack", "hawan.toml")
LIBVIRT_CFG = os.path.join(LAB_DIR, "hawan.toml")
HAWANCTL = os.environ.get("HAWANCTL", "")
MV = {"OpenStack-API-Version": "compute 2.80"}


def ctl(*args, cfg=CLOUD_CFG, timeout=300):
    r = subprocess.run([HAWANCTL, "--config", cfg, *args], text=True, capture_output=True, timeout=timeout)
    print(f"$ hawanctl {' '.join(args)} -> {r.returncode}\n{r.stdout}{r.stderr}", flush=True)
    return r


def flat(status):
    """hawanctl status --json as ({host: host}, {vm name: vm with its host and site})."""
    hosts, vms = {}, {}
    for site in status["sites"]:
        for h in site["hosts"]:
            hosts[h["name"]] = h
            for v in h["vms"]:
                vms[v["name"]] = dict(v, host=h["name"], site=site["name"])
    return hosts, vms


def state():
    with open(os.path.join(LAB_DIR, "state.json")) as f:
        return json.load(f)


class LabOpenStack(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        t0 = time.time()
        r = lab("openstack", "up", timeout=1500)
        print(r.stdout, flush=True)
        print(f"openstack up in {time.time() - t0:.0f} s", flush=True)
        cls.st = state()
        cls.api = labcloud.Api(cls.st["openstack"]["ip"])
        cls.api.login()
        # Two servers on roma1-hv1 (an evacuation moves both), one on napoli-hv1 (the recovery's).
        cls.ids = {}
        for name, host in (("os-a", "roma1-hv1"), ("os-b", "roma1-hv1"), ("os-c", "napoli-hv1")):
            cls.ids[name] = labcloud.boot(cls.api, cls.st, name, host)

    @classmethod
    def tearDownClass(cls):
        if not os.environ.get("HAWAN_KEEP_CLOUD"):  # kept to look at it by hand
            lab("openstack", "down", check=False, timeout=300)

    # -- what Nova says, and what libvirt runs
    def server(self, name):
        self.api.login()
        _, b, _ = self.api.call("GET", "nova", f"/v2.1/servers/{self.ids[name]}", headers=MV)
        return b["server"]

    def service(self, host):
        _, b, _ = self.api.call("GET", "nova", "/v2.1/os-services?binary=nova-compute", headers=MV)
        return next(s for s in b["services"] if s["host"] == host)

    def running_on(self, uuid):
        """Lab hosts whose libvirtd runs the domain (hosts that answer)."""
        where = []
        for h in state()["hosts"]:
            r = lab("virsh", h["name"], "list", "--uuid", check=False, timeout=60)
            if r.returncode == 0 and uuid in r.stdout.split():
                where.append(h["name"])
        return where

    def wait_for(self, what, cond, timeout):
        end = time.time() + timeout
        while time.time() < end:
            if cond():
                return
            time.sleep(1)
        self.fail(f"{what}: not within {timeout} s")

    # -- the tests, in order (unittest sorts by name)
    def test_1_console_shows_novas_view(self):
        r = ctl("status", "--json")
        self.assertEqual(r.returncode, 0)
        hosts, vms = flat(json.loads(r.stdout))
        self.assertEqual(sorted(hosts), ["napoli-hv1", "napoli-hv2", "roma1-hv1", "roma1-hv2"])
        for h in hosts.values():
            self.assertEqual(h["state"], "up", h)
        self.assertEqual(vms["os-a"]["host"], "roma1-hv1")
        self.assertEqual(vms["os-c"]["host"], "napoli-hv1")
        self.assertEqual(vms["os-c"]["site"], "Napoli")
        # Nova's instance UUID is the domain libvirt runs, once.
        self.assertEqual(self.running_on(self.ids["os-a"]), ["roma1-hv1"])

    def test_2_migration_across_the_wan_through_nova(self):
        # A WAN slow enough for progress to be seen: the stream's figures read (read only) from
        # the source's libvirt each second while Nova carries the migration out.
        lab("wan", "set", "--rate", "16mbit")
        try:
            r = ctl("migrate", "os-a", "napoli-hv2")
        finally:
            lab("wan", "set", "--rate", "0")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("through Nova", r.stdout)
        sent = [int(m) for m in re.findall(r"os-a .*sent (\d+) MiB", r.stdout)]
        self.assertGreaterEqual(len(set(sent)), 3, f"live progress: {sent}")
        self.assertEqual(sent, sorted(sent))
        s = self.server("os-a")
        self.assertEqual(s["OS-EXT-SRV-ATTR:host"], "napoli-hv2")  # Nova's record
        self.assertEqual(s["status"], "ACTIVE")
        self.assertEqual(self.running_on(self.ids["os-a"]), ["napoli-hv2"])
        _, m, _ = self.api.call("GET", "nova", f"/v2.1/os-migrations?instance_uuid={self.ids['os-a']}", headers=MV)
        last = max(m["migrations"], key=lambda x: x["id"])
        self.assertEqual((last["migration_type"], last["source_compute"], last["dest_compute"]),
                         ("live-migration", "roma1-hv1", "napoli-hv2"))
        # And back, for the evacuation.
        self.assertEqual(ctl("migrate", "os-a", "roma1-hv1").returncode, 0)

    def test_3_evacuation_and_return_through_nova(self):
        r = ctl("evacuate", "roma1-hv1")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.service("roma1-hv1")["status"], "disabled")
        self.assertTrue(self.service("roma1-hv1")["disabled_reason"].startswith("hawan: maintenance"))
        for name in ("os-a", "os-b"):
            s = self.server(name)
            self.assertNotEqual(s["OS-EXT-SRV-ATTR:host"], "roma1-hv1")
            self.assertEqual(s["status"], "ACTIVE")
            self.assertEqual(self.running_on(self.ids[name]), [s["OS-EXT-SRV-ATTR:host"]])
        self.assertEqual(ctl("maintenance", "roma1-hv1", "off").returncode, 0)
        self.assertEqual(self.service("roma1-hv1")["status"], "enabled")
        r = ctl("return", "roma1-hv1")
        self.assertEqual(r.returncode, 0, r.stderr)
        for name in ("os-a", "os-b"):
            self.assertEqual(self.server(name)["OS-EXT-SRV-ATTR:host"], "roma1-hv1")
            self.assertEqual(self.running_on(self.ids[name]), ["roma1-hv1"])

    def test_4_crashed_host_recovered_through_nova(self):
        lab("kill-host", "napoli-hv1")
        # Nova counts a silent compute service down after service_down_time (20 s in the lab).
        self.wait_for("Nova counts napoli-hv1 down", lambda: self.service("napoli-hv1")["state"] == "down", 90)
        t0 = time.time()
        r = ctl("recover", "napoli-hv1", timeout=600)
        self.assertEqual(r.returncode, 0, r.stderr)
        print(f"recovery through Nova took {time.time() - t0:.1f} s", flush=True)
        s = self.server("os-c")
        self.assertEqual(s["status"], "ACTIVE")
        self.assertNotEqual(s["OS-EXT-SRV-ATTR:host"], "napoli-hv1")
        # Exactly once, as libvirt sees it (napoli-hv1's daemon is dead: it runs nothing).
        self.assertEqual(self.running_on(self.ids["os-c"]), [s["OS-EXT-SRV-ATTR:host"]])
        svc = self.service("napoli-hv1")
        self.assertTrue(svc["forced_down"])
        self.assertTrue(svc["disabled_reason"].startswith("hawan:"))
        # Powered on again: still forced down (nobody has brought it back) ...
        lab("start-host", "napoli-hv1")
        # Its compute service, restarted, cleans up what was evacuated from it: Nova marks the
        # evacuation "completed" (until then it refuses to count the host up again, and says so).
        def evacuation_completed():
            _, m, _ = self.api.call("GET", "nova", f"/v2.1/os-migrations?instance_uuid={self.ids['os-c']}&migration_type=evacuation", headers=MV)
            return any(x["status"] == "completed" for x in m["migrations"])
        early = ctl("maintenance", "napoli-hv1", "off")
        if early.returncode != 0:  # too early: Nova's refusal is printed, nothing is silently dropped
            self.assertIn("Nova", early.stderr)
        self.wait_for("the restarted compute completes the evacuation", evacuation_completed, 180)
        self.assertTrue(self.service("napoli-hv1")["forced_down"] or early.returncode == 0)
        self.assertEqual(self.running_on(self.ids["os-c"]), [s["OS-EXT-SRV-ATTR:host"]])
        # ... until the operator brings it back: enabled, not forced down, counted up again.
        self.assertEqual(ctl("maintenance", "napoli-hv1", "off").returncode, 0)
        self.wait_for("napoli-hv1 up in Nova", lambda: (lambda x: not x["forced_down"] and x["state"] == "up"
                                                          and x["status"] == "enabled")(self.service("napoli-hv1")), 90)

    def test_5_libvirt_path_refuses_a_nova_server(self):
        # The same hosts seen through libvirt (hawan.toml): Nova's domain carries its metadata.
        uuid = self.ids["os-b"]
        r = ctl("status", "--json", cfg=LIBVIRT_CFG)
        vm = next(v for v in flat(json.loads(r.stdout))[1].values() if v["uuid"] == uuid)
        r = ctl("migrate", vm["name"], "napoli-hv2", cfg=LIBVIRT_CFG)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("OpenStack Nova", r.stderr)
        self.assertEqual(self.running_on(uuid), [vm["host"]])


if __name__ == "__main__":
    main_on_running_lab(LAB_DIR, needs_hawanctl=True)
