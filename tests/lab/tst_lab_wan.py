#!/usr/bin/env python3
"""The emulated WAN, on the lab started by the lab_up fixture: delay gives a round trip of 2d
(+-10%), a cut stops cross-site traffic and a restore brings it back, a rate limit holds within
10%, and a guest migrated with virsh across the WAN runs on the destination."""
import json
import os
import re
import subprocess
import time
import unittest

from labtest import lab, main, ns_exec, ping_rtt_ms

A, B = "hwl-roma1-hv1", "hwl-napoli-hv1"
B_IP = "10.77.2.11"


class LabWan(unittest.TestCase):
    def tearDown(self):
        lab("wan", "restore")
        lab("wan", "set", "--delay", "5ms", "--jitter", "0ms", "--loss", "0", "--rate", "0")

    def test_round_trip_is_twice_the_delay(self):
        for d in (5, 20):
            lab("wan", "set", "--delay", f"{d}ms")
            rtt, r = ping_rtt_ms(A, B_IP)
            self.assertIsNotNone(rtt, r.stdout + r.stderr)
            self.assertAlmostEqual(rtt, 2 * d, delta=0.1 * 2 * d, msg=f"delay {d} ms: RTT {rtt} ms")
        # Same-site traffic does not cross the WAN.
        rtt, _ = ping_rtt_ms(A, "10.77.1.12", count=5)
        self.assertLess(rtt, 2.0)

    def test_cut_and_restore(self):
        lab("wan", "cut")
        rtt, r = ping_rtt_ms(A, B_IP, count=3)
        self.assertIsNone(rtt, "traffic crossed a cut link")
        self.assertIn("100% packet loss", r.stdout)
        self.assertTrue(json.loads(lab("wan", "show").stdout)["cut"])
        lab("wan", "restore")
        rtt, r = ping_rtt_ms(A, B_IP, count=3)
        self.assertIsNotNone(rtt, r.stdout)

    def test_rate_limit_holds(self):
        lab("wan", "set", "--delay", "1ms", "--rate", "100mbit")
        srv = subprocess.Popen(["ip", "netns", "exec", B, "iperf3", "-s", "-1"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        try:
            time.sleep(0.5)
            before = json.loads(lab("wan", "show").stdout)["a_to_b"]["bytes"]
            t0 = time.monotonic()
            r = ns_exec(A, "iperf3", "-c", B_IP, "-t", "5", "-O", "1", "-J", timeout=30)
            elapsed = time.monotonic() - t0
            after = json.loads(lab("wan", "show").stdout)["a_to_b"]["bytes"]
            res = json.loads(r.stdout)
            goodput = res["end"]["sum_received"]["bits_per_second"] / 1e6
        finally:
            srv.kill()
            srv.wait()
        # What the link carried (whole frames, measured by the forwarder) holds to the rate, and
        # TCP's goodput sits just under it (~95%: Ethernet, IP and TCP headers on 1500-byte frames).
        wire = (after - before) * 8 / elapsed / 1e6
        self.assertLessEqual(wire, 100 * 1.10, f"{wire:.1f} Mbit/s on the wire at a 100 Mbit/s limit")
        self.assertAlmostEqual(goodput, 95.0, delta=9.5, msg=f"goodput {goodput:.1f} Mbit/s at a 100 Mbit/s limit")

    def test_virsh_migration_crosses_the_wan(self):
        st = json.loads(lab("status", "--json").stdout)
        src = next(h for h in st["hosts"] if h["name"] == "roma1-hv2")
        guest = src["running"][0]
        before = json.loads(lab("wan", "show").stdout)["a_to_b"]["bytes"]
        r = lab("virsh", "roma1-hv2", "migrate", "--live", "--p2p", "--persistent", "--undefinesource",
                "--timeout", "60", "--timeout-suspend", guest, f"qemu+tcp://{B_IP}/system", check=False, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        after = json.loads(lab("wan", "show").stdout)["a_to_b"]["bytes"]
        st = json.loads(lab("status", "--json").stdout)
        hosts = {h["name"]: h for h in st["hosts"]}
        self.assertIn(guest, hosts["napoli-hv1"]["running"])
        self.assertNotIn(guest, hosts["roma1-hv2"]["guests"])  # undefined at the source
        self.assertGreater(after - before, 50 * 1024 * 1024, "the guest's 60 MiB did not cross the WAN")
        # Put it back, so later tests see the lab as started.
        lab("virsh", "napoli-hv1", "migrate", "--live", "--p2p", "--persistent", "--undefinesource",
            guest, "qemu+tcp://10.77.1.12/system", timeout=120)


    def test_hawanctl_migrate_round_trip(self):
        hawanctl = os.environ.get("HAWANCTL")
        if not hawanctl:
            self.skipTest("HAWANCTL is not set (ctest sets it)")
        cfg = os.path.join(os.environ.get("HAWAN_LAB_DIR", "/srv/hawan-lab-test"), "hawan.toml")
        st = json.loads(lab("status", "--json").stdout)
        src = next(h for h in st["hosts"] if h["name"] == "napoli-hv2")
        guest = src["running"][0]
        for dest in ("roma1-hv2", "napoli-hv2"):
            r = subprocess.run([hawanctl, "--config", cfg, "migrate", guest, dest, "--time-limit", "120"],
                               text=True, capture_output=True, timeout=180, env={**os.environ, "QT_NO_GLIB": "1"})
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            self.assertIn("done in", r.stdout)
            hosts = {h["name"]: h for h in json.loads(lab("status", "--json").stdout)["hosts"]}
            self.assertIn(guest, hosts[dest]["running"])


if __name__ == "__main__":
    main()
